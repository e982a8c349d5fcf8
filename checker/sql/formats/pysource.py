"""Reading Python migration files (Django, Alembic) as syntax trees: never imported, never run.

Shared by the Django and Alembic readers: parsing with located errors, call names and
arguments, string values that can be decided without running anything, and ``# privacy:`` /
``# notice-check:`` comments.
"""
from __future__ import annotations

import ast
import io
import os
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Annotation, Location, ParseProblem
from ..annotations import find_marker
from ..files import read_text


@dataclass
class PyFile:
    display: str
    tree: ast.Module
    comments: dict[int, tuple[str, ...]] = field(default_factory=dict)  # line -> comment texts
    own_line: frozenset[int] = frozenset()  # lines holding nothing but a comment
    lines: list[str] = field(default_factory=list)

    def at(self, node: ast.AST) -> Location:
        return Location(self.display, getattr(node, "lineno", 0), getattr(node, "col_offset", -1) + 1)

    def annotation(self, node: ast.AST, trailing: bool = True, above: bool = True) -> Annotation | None:
        """A ``# privacy: <id>`` comment on the lines of ``node``, or on own-line comments just
        above it. Several definitions on one line: only the last gets the comment at the end of
        the line (``trailing``), only the first the comment above (``above``), as in SQL."""
        if not self.comments:
            return None
        first = getattr(node, "lineno", 0)
        last = getattr(node, "end_lineno", first) or first
        for line in range(last if trailing else last - 1, first - 1, -1):
            found, category = _marker(self.comments.get(line))
            if found:
                return Annotation(category, Location(self.display, line, 1))
        line = first - 1
        while above and line in self.own_line:
            found, category = _marker(self.comments.get(line))
            if found:
                return Annotation(category, Location(self.display, line, 1))
            line -= 1
        return None


def _marker(texts: tuple[str, ...] | None) -> tuple[bool, str | None]:
    """(found, category) of the last ``privacy:`` marker among one line's comments."""
    found: tuple[bool, str | None] = (False, None)
    for t in texts or ():
        hit = find_marker(t)
        if hit:
            found = (True, hit[0])
    return found


def parse_python(path: str, display: str) -> tuple[PyFile | None, ParseProblem | None]:
    """The file's syntax tree, or a located fatal problem (unreadable, not Python)."""
    decoded = read_text(path)
    if decoded.text is None:
        return None, ParseProblem(Location(display), decoded.error.replace("not SQL text", "not Python"), fatal=True)
    try:
        tree = ast.parse(decoded.text, filename=display)
    except SyntaxError as e:
        return None, ParseProblem(Location(display, e.lineno or 0, e.offset or 0), f"not valid Python: {e.msg}", fatal=True)
    except (ValueError, RecursionError) as e:
        return None, ParseProblem(Location(display), f"not valid Python: {e}", fatal=True)
    comments, own = _comments(decoded.text)
    return PyFile(display, tree, comments, own, decoded.text.split("\n")), None


def _comments(text: str) -> tuple[dict[int, tuple[str, ...]], frozenset[int]]:
    """Comments that may matter (annotations, suppressions); tokenizing only when one may exist."""
    low = text.lower()
    if "privacy" not in low and "notice-check" not in low:
        return {}, frozenset()
    found: dict[int, list[str]] = {}
    own: set[int] = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT:
                found.setdefault(tok.start[0], []).append(tok.string.lstrip("#").strip())
                if not tok.line[: tok.start[1]].strip():
                    own.add(tok.start[0])
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    return {k: tuple(v) for k, v in found.items()}, frozenset(own)


def peek(path: str, size: int = 8192) -> str:
    """The first bytes of a file as text ("" when unreadable): for detection, not for reading."""
    try:
        with open(path, "rb") as fh:
            return fh.read(size).decode("utf-8", errors="replace")
    except OSError:
        return ""


def folder_holds(path: str, inner: str, wanted: Callable[[str], object], claims: Callable[[str, str], bool]) -> bool:
    """Does folder ``path``, or its subfolder ``inner``, hold a file that ``claims(name, head)``
    is of the format? Only the first few names ``wanted`` picks are looked at (detection is cheap)."""
    for folder in (path, os.path.join(path, inner)):
        try:
            names = sorted(n for n in os.listdir(folder) if wanted(n))
        except OSError:
            continue
        if any(claims(n, peek(os.path.join(folder, n))) for n in names[:3]):
            return True
    return False


def compiled_or_cache(path: str) -> bool:
    """Python's own byte-code caches, never inputs."""
    return path.endswith((".pyc", ".pyo")) or f"{os.sep}__pycache__{os.sep}" in path or "/__pycache__/" in path


def call_name(node: ast.AST) -> str:
    """``migrations.AddField`` -> ``AddField``; ``op.create_table`` -> ``create_table``."""
    if isinstance(node, ast.Call):
        node = node.func
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def dotted(node: ast.AST) -> str:
    """``sa.Column`` -> ``sa.Column``; anything else -> ''."""
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else node.attr
    if isinstance(node, ast.Name):
        return node.id
    return ""


def arg(call: ast.Call, pos: int, name: str) -> ast.AST | None:
    """Argument ``name`` given by keyword or at position ``pos`` (-1: keyword only)."""
    for kw in call.keywords:
        if kw.arg == name:
            return kw.value
    if 0 <= pos < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args[: pos + 1]):
        return call.args[pos]
    return None


def literal(node: ast.AST | None, default=None):
    """A Python literal's value, or ``default`` when it is not a literal."""
    if node is None:
        return default
    try:
        return ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return default


class Strings:
    """Strings known without running code: literals, ``+`` of known strings, and names bound to
    such strings by straight-line assignments at module or class level (``sql = "..."``,
    ``sql += "..."``). A name assigned under ``if`` / ``for`` / ``try`` is unknown."""

    def __init__(self) -> None:
        self.names: dict[str, str | None] = {}

    def learn(self, body: list[ast.stmt]) -> "Strings":
        for st in body:
            if isinstance(st, ast.Assign):
                value = self.value(st.value)
                for t in st.targets:
                    if isinstance(t, ast.Name):
                        self.names[t.id] = value
            elif isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) and st.value is not None:
                self.names[st.target.id] = self.value(st.value)
            elif isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and isinstance(st.op, ast.Add):
                old, more = self.names.get(st.target.id), self.value(st.value)
                self.names[st.target.id] = old + more if old is not None and more is not None else None
            elif isinstance(st, (ast.If, ast.For, ast.While, ast.Try, ast.With)):
                for sub in ast.walk(st):
                    targets = sub.targets if isinstance(sub, ast.Assign) else [getattr(sub, "target", None)] if isinstance(sub, (ast.AugAssign, ast.AnnAssign)) else []
                    for t in targets:
                        if isinstance(t, ast.Name):
                            self.names[t.id] = None
        return self

    def child(self) -> "Strings":
        s = Strings()
        s.names = dict(self.names)
        return s

    def value(self, node: ast.AST | None) -> str | None:
        """The string, or None when it is not known without running code. Iterative: a
        thousand-fold ``"a" + "b" + ...`` must not exhaust the stack."""
        parts: list[str] = []
        todo = [node]
        while todo:
            n = todo.pop()
            if isinstance(n, ast.Constant) and isinstance(n.value, str):
                parts.append(n.value)
            elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add):
                todo += [n.right, n.left]
            elif isinstance(n, ast.Name) and self.names.get(n.id) is not None:
                parts.append(self.names[n.id])
            else:
                return None
        return "".join(parts)


_QUOTE = re.compile(r"[rRbBuUfF]*(\"\"\"|'''|\"|')")


def string_start(file: PyFile, node: ast.AST) -> Location:
    """Where the text of a string literal starts (after its prefix and opening quotes)."""
    while isinstance(node, ast.BinOp):
        node = node.left
    loc = file.at(node)
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and 0 < loc.line <= len(file.lines):
        m = _QUOTE.match(file.lines[loc.line - 1], loc.col - 1)
        if m:
            return Location(loc.path, loc.line, m.end() + 1)
    return loc


__all__ = ["PyFile", "Strings", "arg", "call_name", "compiled_or_cache", "dotted", "folder_holds", "literal", "parse_python", "peek", "string_start"]
