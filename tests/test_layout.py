"""The one-way layout of checker/: no import cycles, no private names imported across modules.

Every ``import`` counts, also those inside functions (lazy imports) and under
``TYPE_CHECKING``: a cycle closed by a lazy import is still a cycle in the design. The same
analysis runs on small synthetic packages first, to show that it finds what it looks for.
"""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def modules(folder: Path, package: str) -> dict[str, Path]:
    """Module name -> file, for every .py file under ``folder`` (the package ``package``)."""
    out: dict[str, Path] = {}
    for path in sorted(folder.rglob("*.py")):
        parts = [package, *path.relative_to(folder).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports(name: str, path: Path, known: set[str]) -> list[tuple[str, str, int]]:
    """(imported module, imported name or "", line) of every import in one module; relative
    imports resolved, ``from pkg import mod`` resolved to the module ``pkg.mod``."""
    is_package = path.name == "__init__.py"
    here = name if is_package else name.rpartition(".")[0]
    found: list[tuple[str, str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, "", node.lineno) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.append((sub, "", node.lineno) if sub in known else (target, alias.name, node.lineno))
    return found


def violations(folder: Path, package: str) -> tuple[list[list[str]], list[str]]:
    """(import cycles as lists of module names, private names imported across modules)."""
    mods = modules(folder, package)
    known = set(mods)
    graph: dict[str, set[str]] = {m: set() for m in mods}
    private: list[str] = []
    for name, path in mods.items():
        for target, imported, line in imports(name, path, known):
            if target in known and target != name:
                graph[name].add(target)
            inside = target == package or target.startswith(package + ".")
            last = imported or target.rpartition(".")[2]
            if inside and last.startswith("_") and not (last.startswith("__") and last.endswith("__")):
                private.append(f"{path.relative_to(folder.parent)}:{line}: imports {last} from {target}")
    return cycles(graph), private


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for succ in sorted(graph[node]):
            if succ not in index:
                visit(succ)
                low[node] = min(low[node], low[succ])
            elif succ in on_stack:
                low[node] = min(low[node], index[succ])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return out


def write(folder: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


def test_the_analysis_finds_a_planted_cycle_and_private_import(tmp_path: Path) -> None:
    # the shape issue 14 removed: commands imported by the CLI, importing its helpers back lazily
    pkg = write(tmp_path / "pkg", {
        "__init__.py": "",
        "cli.py": "from .cmd import run\n\ndef _emit(text):\n    print(text)\n",
        "cmd.py": "def run():\n    from .cli import _emit\n    _emit('x')\n",
        "sub/__init__.py": "",
        "sub/deep.py": "from .. import cli\nfrom ..cli import _emit as emit\n",
    })
    found_cycles, found_private = violations(pkg, "pkg")
    assert found_cycles == [["pkg.cli", "pkg.cmd"]]
    assert found_private == ["pkg/cmd.py:2: imports _emit from pkg.cli", "pkg/sub/deep.py:2: imports _emit from pkg.cli"]


def test_the_analysis_accepts_a_one_way_package(tmp_path: Path) -> None:
    pkg = write(tmp_path / "pkg", {
        "__init__.py": "from . import cmd\n",
        "helpers.py": "import os\n\ndef emit(text):\n    print(text)\n\ndef _local():\n    return os.sep\n",
        "cmd.py": "from __future__ import annotations\nfrom .helpers import emit\nfrom . import helpers\n\ndef run():\n    emit(helpers.__name__)\n",
    })
    assert violations(pkg, "pkg") == ([], [])


def test_a_cycle_through_a_package_init_is_found(tmp_path: Path) -> None:
    # `from . import a` in a package's __init__ and `from .. import x` back from the submodule
    pkg = write(tmp_path / "pkg", {
        "__init__.py": "",
        "rules/__init__.py": "from . import a\nTHING = 1\n",
        "rules/a.py": "def f():\n    from . import THING\n    return THING\n",
    })
    assert violations(pkg, "pkg")[0] == [["pkg.rules", "pkg.rules.a"]]


def test_checker_has_no_import_cycles_and_no_private_cross_module_imports() -> None:
    found_cycles, found_private = violations(ROOT / "checker", "checker")
    assert found_cycles == []
    assert found_private == []


TERMINAL = {("sys", "exit"), ("sys", "stdout"), ("sys", "stderr"), ("sys", "stdin"), ("click", "echo"), ("click", "secho"),
            ("click", "prompt"), ("click", "confirm"), ("click", "get_current_context"), ("os", "_exit")}


def terminal_io(path: Path) -> list[str]:
    """Calls and attributes that talk to the terminal or end the process: print(), sys.exit,
    sys.stdout / stderr / stdin, click.echo / prompt / context."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("print", "exit", "input"):
            found.append((node.lineno, f"{path.name}:{node.lineno}: {node.func.id}()"))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and (node.value.id, node.attr) in TERMINAL:
            found.append((node.lineno, f"{path.name}:{node.lineno}: {node.value.id}.{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.module in ("sys", "click") and any((node.module, a.name) in TERMINAL for a in node.names):
            found.append((node.lineno, f"{path.name}:{node.lineno}: from {node.module} import ..."))
    return [text for _, text in sorted(found)]


def test_terminal_io_is_found_when_planted(tmp_path: Path) -> None:
    path = write(tmp_path, {"m.py": "import sys, click\nprint('x')\nsys.stderr.write('y')\nclick.echo('z')\n"}) / "m.py"
    assert terminal_io(path) == ["m.py:2: print()", "m.py:3: sys.stderr", "m.py:4: click.echo"]


def test_only_the_cli_package_does_terminal_io_and_exits() -> None:
    """README "Layout": checker/cli/ is the only place with exit codes and terminal I/O
    (``python -m checker`` hands main()'s exit code to sys.exit)."""
    found = []
    for name, path in modules(ROOT / "checker", "checker").items():
        if name == "checker.cli" or name.startswith("checker.cli.") or name == "checker.__main__":
            continue
        found += terminal_io(path)
    assert found == []


def test_exit_codes_are_defined_only_in_exitcodes() -> None:
    """No numeric exit code is written anywhere else in checker/cli/: a `return <int>` from a command
    or main() names a constant of checker/cli/exitcodes.py."""
    literal_returns = []
    for path in sorted((ROOT / "checker" / "cli").glob("*.py")):
        if path.name == "exitcodes.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, int) and not isinstance(node.value.value, bool):
                literal_returns.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id.startswith("EXIT_") for t in node.targets):
                literal_returns.append(f"{path.name}:{node.lineno}: defines {node.targets[0].id}")
    assert literal_returns == []


def test_check_format_names_are_the_renderers() -> None:
    from checker.cli.options import CHECK_FORMATS
    from checker.render.formats import FORMATS

    assert sorted(CHECK_FORMATS) == sorted(FORMATS)


def sqlglot_imports(path: Path) -> list[int]:
    """Lines of ``path`` that import sqlglot (at any depth, lazily or not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "sqlglot" for a in node.names):
            lines.append(node.lineno)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] == "sqlglot":
            lines.append(node.lineno)
    return lines


def test_sqlglot_import_is_found_when_planted(tmp_path: Path) -> None:
    planted = write(tmp_path, {"m.py": "def f():\n    from sqlglot import exp\n    return exp\n"})
    assert sqlglot_imports(planted / "m.py") == [2]


def test_only_the_sql_package_imports_sqlglot() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "checker").rglob("*.py"))
        if (ROOT / "checker" / "sql") not in path.parents
        for line in sqlglot_imports(path)
    ]
    assert found == []
