"""The README stays true: its commands, rule table and CI test command."""
from __future__ import annotations

import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_rule_is_in_the_readme_table():
    from checker.rules import RULES

    for rule in RULES.values():
        assert re.search(rf"^\| {rule.id} \| {rule.name} \| {rule.severity.label} \|", README, re.M), rule.id


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    test_command = blocks[1].strip()
    assert "pytest" in test_command
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_rule_explains_itself(run):
    from checker.rules import RULES

    for rule_id in RULES:
        code, out, _ = run("explain", rule_id)
        assert code == 0
        for heading in ("What it does", "Why it matters", "Example", "How to fix", "References"):
            assert f"\n{heading}\n" in out, (rule_id, heading)


def test_every_rule_has_a_finnish_summary():
    from checker.rules import RULES

    for rule in RULES.values():
        assert rule.summary_in("en") == rule.summary
        assert rule.summary_in("fi") and rule.summary_in("fi") != rule.summary, rule.id
