"""Passing and failing SQL per rule, from tests/fixtures/rules/<RULE>.yml (one test per case).

A file: ``rule``, optional ``policy`` / ``datamap`` (fixture names under fixtures/policies and
fixtures/datamaps), optional ``prelude`` (SQL read before each case, e.g. the tables), and
``cases``. Each case: ``sql`` (written to a file, ``path`` relative to the test folder, default
case.sql), optional ``dialect`` (default postgres) and ``expect``: the [line, col] of each
finding of that rule in the case file; ``[POLICY, "text"]`` means the finding is in the policy,
at the line containing the text.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checker.engine import RuleSettings
from checker.pipeline import check, read
from checker.policy import load_policy

FIXTURES = Path(__file__).parent / "fixtures" / "rules"
POLICY = Path(__file__).parent / "fixtures" / "policies" / "good.yaml"


def cases():
    return list(_cases())


def _cases():
    for path in sorted(FIXTURES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, data, id=f"{data['rule']}: {case['name']}")


@pytest.mark.parametrize("rule, case, data", cases())
def test_rule_case(rule, case, data, tmp_path):
    from checker.datamap import load_datamap

    policy_path = POLICY.parent / f"{data['policy']}.yaml" if data.get("policy") else POLICY
    datamap = load_datamap(str(FIXTURES.parent / "datamaps" / f"{data['datamap']}.yaml")) if data.get("datamap") else None
    dialect = case.get("dialect", data.get("dialect", "postgres"))
    sources = []
    if data.get("prelude"):
        prelude = tmp_path / "prelude.sql"
        prelude.write_text(data["prelude"], encoding="utf-8")
        sources.append((str(prelude), "postgres"))
    sql = tmp_path / case.get("path", "case.sql")
    sql.parent.mkdir(parents=True, exist_ok=True)
    sql.write_text(case["sql"], encoding="utf-8")
    sources.append((str(sql), dialect))
    schema = read(sources, dialect)
    if rule != "PN001":
        assert not schema.problems, schema.problems
    POLICY_ = policy_path
    result = check(schema, load_policy(str(POLICY_)), datamap, RuleSettings())
    found = sorted((f.location.path, f.location.line, f.location.col) for f in result.findings if f.rule == rule)
    policy_lines = POLICY_.read_text(encoding="utf-8").splitlines()
    expected = []
    for where in case["expect"]:
        if where[0] == "POLICY":
            line = next(i for i, text in enumerate(policy_lines, 1) if where[1] in text)
            expected.append((str(POLICY_), line))
        elif where[0] == "DATAMAP":
            lines = Path(datamap.path).read_text(encoding="utf-8").splitlines()
            line = next(i for i, text in enumerate(lines, 1) if where[1] in text)
            expected.append((datamap.path, line))
        else:
            expected.append((str(sql), where[0], where[1]))
    got = [f[:2] if f[0] in (str(POLICY_), datamap.path if datamap else None) else f for f in found]
    assert sorted(got) == sorted(expected), [f.message for f in result.findings]
