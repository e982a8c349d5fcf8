"""One finding per problem: the same kind missing in several columns, or the same recipient
reached by several statements, is one entry in text and the report, one group id in JSON,
related locations in SARIF."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import EXAMPLE, SEED_POLICY

CONFIG = str(EXAMPLE / "notice-check.toml")

SCHEMA = """
CREATE TABLE asiakas (id integer PRIMARY KEY, etunimi varchar(100), vuositulot numeric, kuukausitulot numeric);
CREATE TABLE hakemus (id integer PRIMARY KEY, asiakas_id integer, tulot numeric);
"""
FLOWS = """
COPY (SELECT etunimi FROM asiakas) TO PROGRAM 'curl https://liidipartneri.example/a';
COPY (SELECT etunimi FROM asiakas) TO PROGRAM 'curl https://liidipartneri.example/b';
"""
DATAMAP = """
version: 1
home: {location: FI}
systems:
  - id: lead-partner
    location: FI
    operated_by: liidipartneri-oy
    match: {uris: ["*liidipartneri*"]}
"""


def project(tmp_path: Path) -> Path:
    (tmp_path / "policy.yaml").write_text(SEED_POLICY.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "schema.sql").write_text(SCHEMA, encoding="utf-8")
    (tmp_path / "flows.sql").write_text(FLOWS, encoding="utf-8")
    (tmp_path / "datamap.yaml").write_text(DATAMAP, encoding="utf-8")
    return tmp_path


def check(run, tmp_path, fmt, lang="en"):
    p = project(tmp_path)
    return run("check", str(p / "schema.sql"), str(p / "flows.sql"), "--policy", str(p / "policy.yaml"), "--datamap", str(p / "datamap.yaml"), "--format", fmt, "--lang", lang)


def test_json_keeps_one_result_per_location_with_a_shared_group(run, tmp_path):
    code, out, _ = check(run, tmp_path, "json")
    findings = json.loads(out)["findings"]
    income = [f for f in findings if f["rule"] == "PN201" and f["kind"] == "income"]
    assert sorted(f["column"] for f in income) == ["kuukausitulot", "tulot", "vuositulot"]
    assert len({f["group"] for f in income}) == 1
    recipient = [f for f in findings if f["rule"] == "PN301"]
    assert [f["line"] for f in recipient] == [2, 3] and len({f["group"] for f in recipient}) == 1
    others = [f["group"] for f in findings if f not in income and f not in recipient]
    assert len(set(others)) == len(others)  # everything else stands alone
    assert income[0]["group"] not in others and recipient[0]["group"] != income[0]["group"]


def test_text_shows_one_entry_with_all_locations_and_counts_problems(run, tmp_path):
    code, out, _ = check(run, tmp_path, "json")
    findings = json.loads(out)["findings"]
    problems = len({f["group"] for f in findings})
    code, text, _ = check(run, tmp_path, "text")
    assert text.count("PN201 error") == 1 and text.count("PN301 error") == 1
    assert "the same problem at 3 locations:" in text and "the same problem at 2 locations:" in text
    for column in ("asiakas.vuositulot", "asiakas.kuukausitulot", "hakemus.tulot"):
        assert column in text
    assert f"{problems} findings (" in text and f"at {len(findings)} locations" in text


def test_sarif_relates_the_other_locations(run, tmp_path):
    code, out, _ = check(run, tmp_path, "sarif")
    results = json.loads(out)["runs"][0]["results"]
    income = [r for r in results if r["ruleId"] == "PN201" and r["properties"]["kind"] == "income"]
    assert len(income) == 3  # code scanning still annotates every column
    def place(loc):
        region = loc["physicalLocation"]["region"]
        return loc["physicalLocation"]["artifactLocation"]["uri"], region["startLine"], region["startColumn"]

    everywhere = {place(r["locations"][0]) for r in income}
    assert len(everywhere) == 3
    for r in income:
        related = {place(loc) for loc in r["relatedLocations"]}
        assert related == everywhere - {place(r["locations"][0])}


def test_grouping_is_pure_and_keeps_the_check_order():
    from checker.grouping import group_findings
    from checker.model import Finding, Location, Severity

    def f(line, kind, rule="PN201"):
        return Finding(rule, Severity.ERROR, f"x{line}", Location("a.sql", line, 1), table="t", column=f"c{line}", kind=kind)

    found = [f(1, "income"), f(2, "email"), f(3, "income"), f(4, None, "PN204"), f(5, None, "PN204")]
    groups = group_findings(found)
    assert [[x.location.line for x in g.findings] for g in groups] == [[1, 3], [2], [4], [5]]
    assert group_findings(found) == groups  # stable ids


def test_text_defaults_to_the_policys_language(run, tmp_path):
    """Without --lang or a configured lang, text output speaks the notice's language (fi)."""
    p = project(tmp_path)
    code, text, _ = run("check", str(p / "schema.sql"), "--policy", str(p / "policy.yaml"), "--datamap", str(p / "datamap.yaml"))
    assert "sama ongelma 3 kohdassa:" in text and "sisältää tietoa tulot (income), jota seloste ei mainitse" in text
    assert "holds" not in text and "korjaus: " in text
