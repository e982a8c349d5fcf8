"""The rule registry: one list of modules, ids that match file names, typed scopes and checks,
and the engine stamping rule id and severity onto the findings rules yield."""
from __future__ import annotations

import ast
import collections.abc
import re
import typing
from pathlib import Path
from types import SimpleNamespace

import pytest

from checker.engine import RuleSettings, run_rules
from checker.model import Finding, Location, Severity
from checker.rules import MODULE_NAMES, MODULES, RULES
from checker.rules.base import CONTEXTS, UNSTAMPED, PolicyContext, Scope, problem

RULES_DIR = Path(__file__).resolve().parents[1] / "checker" / "rules"
FILE_NAME = re.compile(r"pn(\d{3})_([a-z0-9_]+)")


def naming_problems(file_stem: str, module) -> list[str]:
    """What is wrong with a rule module's ID and NAME, given its file name pnNNN_some_name."""
    match = FILE_NAME.fullmatch(file_stem)
    if match is None:
        return [f"{file_stem}: file name is not pnNNN_name"]
    out = []
    if module.ID != f"PN{match.group(1)}":
        out.append(f"{file_stem}: ID {module.ID} does not match the file name")
    if module.NAME != match.group(2).replace("_", "-"):
        out.append(f"{file_stem}: NAME {module.NAME} does not match the file name")
    return out


def test_naming_check_catches_a_mismatch() -> None:
    assert naming_problems("pn201_unlisted_personal_data", SimpleNamespace(ID="PN201", NAME="unlisted-personal-data")) == []
    assert naming_problems("pn201_unlisted_personal_data", SimpleNamespace(ID="PN202", NAME="unlisted-data")) == [
        "pn201_unlisted_personal_data: ID PN202 does not match the file name",
        "pn201_unlisted_personal_data: NAME unlisted-data does not match the file name",
    ]
    assert naming_problems("rule_x", SimpleNamespace(ID="PN001", NAME="x")) == ["rule_x: file name is not pnNNN_name"]


def test_every_rule_file_is_registered_once() -> None:
    on_disk = sorted(p.stem for p in RULES_DIR.glob("pn*.py"))
    assert sorted(MODULE_NAMES) == on_disk
    assert len(set(MODULE_NAMES)) == len(MODULE_NAMES)
    assert list(MODULE_NAMES) == sorted(MODULE_NAMES)  # listed in id order
    assert [m.__name__.rpartition(".")[2] for m in MODULES] == list(MODULE_NAMES)
    assert list(RULES) == [m.ID for m in MODULES]


@pytest.mark.parametrize("module", MODULES, ids=MODULE_NAMES)
def test_rule_id_and_name_match_the_file_name(module) -> None:
    assert naming_problems(module.__name__.rpartition(".")[2], module) == []


@pytest.mark.parametrize("module", MODULES, ids=MODULE_NAMES)
def test_rule_scope_and_check_are_typed(module) -> None:
    """SCOPE is a Scope, and check() takes that scope's context and yields findings."""
    assert isinstance(module.SCOPE, Scope)
    assert isinstance(module.SEVERITY, Severity)
    hints = typing.get_type_hints(module.check)
    params = [name for name in hints if name != "return"]
    assert len(params) == 1 and hints[params[0]] is CONTEXTS[module.SCOPE]
    returned = hints["return"]
    assert typing.get_origin(returned) in (collections.abc.Iterator, collections.abc.Iterable)
    assert typing.get_args(returned) == (Finding,)


@pytest.mark.parametrize("module", MODULES, ids=MODULE_NAMES)
def test_rule_modules_never_import_the_registry(module) -> None:
    """The registry imports the modules by name (importlib), which tests/test_layout.py cannot
    follow: a rule module importing the registry back would be a cycle it does not see.
    (Importing a sibling module, ``from .base`` or ``from .pn306_...``, it does see.)"""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            assert node.module is not None, f"line {node.lineno}: from . import ..."
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            assert node.module != "checker.rules"
        if isinstance(node, ast.Import):
            assert all(alias.name != "checker.rules" for alias in node.names)


def test_every_scope_has_rules_and_a_context() -> None:
    assert set(CONTEXTS) == set(Scope)
    assert {r.scope for r in RULES.values()} == set(Scope)


def test_the_engine_stamps_rule_id_and_configured_severity() -> None:
    from checker.catalog import load_catalog
    from checker.legal import load_legal
    from checker.policy import load_policy

    seed = Path(__file__).resolve().parents[1] / "policies" / "leppakoski-lampo.yaml"
    context = PolicyContext(load_policy(str(seed)), load_legal(), load_catalog())
    default = run_rules(Scope.POLICY, context)
    assert default and all(f.rule in RULES and f.severity is RULES[f.rule].severity for f in default)
    regraded = run_rules(Scope.POLICY, context, RuleSettings(severity={"PN110": Severity.INFO}))
    assert {f.severity for f in regraded if f.rule == "PN110"} == {Severity.INFO}
    # the rest of each finding is what the rule yielded
    assert [(f.message, f.location) for f in regraded] == [(f.message, f.location) for f in default]


def test_rules_yield_unstamped_findings() -> None:
    made = problem(Location("p.yaml", 3, 5), "message", table="t", fix="do this")
    assert made.rule == UNSTAMPED
    assert (made.location, made.message, made.table, made.fix) == (Location("p.yaml", 3, 5), "message", "t", "do this")


def test_the_engine_refuses_a_context_of_another_scope() -> None:
    with pytest.raises(TypeError, match="flow rules receive a FlowContext"):
        run_rules(Scope.FLOW, SimpleNamespace())
