"""Passing and failing SQL per rule, from tests/fixtures/rules/<RULE>.yml (one test per case).

Each case: ``sql`` (written to a file), optional ``dialect`` (default postgres) and
``expect``: the [line, col] of each finding of that rule, in the SQL file. ``[POLICY,
"text"]`` means the finding is in the policy, at the line containing the text.
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
            yield pytest.param(data["rule"], case, id=f"{data['rule']}: {case['name']}")


@pytest.mark.parametrize("rule, case", cases())
def test_rule_case(rule, case, tmp_path):
    sql = tmp_path / "case.sql"
    sql.write_text(case["sql"], encoding="utf-8")
    schema = read([(str(sql), None)], case.get("dialect", "postgres"))
    result = check(schema, load_policy(str(POLICY)), None, RuleSettings())
    found = sorted((f.location.path, f.location.line, f.location.col) for f in result.findings if f.rule == rule)
    policy_lines = POLICY.read_text(encoding="utf-8").splitlines()
    expected = []
    for where in case["expect"]:
        if where[0] == "POLICY":
            line = next(i for i, text in enumerate(policy_lines, 1) if where[1] in text)
            expected.append((str(POLICY), line))
        else:
            expected.append((str(sql), where[0], where[1]))
    got = [f[:2] if f[0] == str(POLICY) else f for f in found]
    assert sorted(got) == sorted(expected), [f.message for f in result.findings]
