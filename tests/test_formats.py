"""Every output format, parsed back: structure, escaping of hostile text, stable fingerprints."""
from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema

from checker.model import Finding, Location, Report, Severity, Suppression
from checker.render import github, gitlab, json_out, junit, sarif
from checker.render.fingerprint import fingerprint, fingerprints
from checker.render.formats import FORMATS
from checker.rules import RULES

ROOT = Path(__file__).resolve().parents[1]
RESULT_SCHEMA = ROOT / "schemas" / "check-result.schema.json"

HOSTILE = 'x<script>alert(1)</script> "q" \'s\' 100% a,b c:d\nline2\r\x1b[31mred'

ERROR = Finding(
    "PN201",
    Severity.ERROR,
    "asiakas.vuositulot holds income (income), which the notice does not list",
    Location("./migrations\\V3__tulot.sql", 4, 5),
    fix="add a category with kinds: [income] to the notice",
    table="asiakas",
    column="vuositulot",
    kind="income",
    confidence="high",
    reason="name matches 'tulot'",
)
WARNING = Finding(
    "PN203",
    Severity.WARNING,
    f"asiakas.{HOSTILE} looks personal with low confidence",
    Location("migrations/V4__misc.sql", 12, 3),
    fix="review it, or annotate: -- privacy: none",
    table="asiakas",
    column=HOSTILE,
    kind="free-text",
    confidence="low",
    reason=HOSTILE,
)
INFO = Finding(
    "PN205",
    Severity.INFO,
    "category mother-tongue: no column holds it",
    Location("policy.yaml", 0, 0),  # about the whole file
    fix="annotate the columns that hold it, or remove the category",
    category="mother-tongue",
    reference="GDPR Art. 5(1)(c)",
)
POLICY = Finding(
    "PN110",
    Severity.ERROR,
    "cites Henkilötietolaki (523/1999), repealed on 2019-01-01",
    Location("policy.yaml", 20, 7),
    fix="cite the law in force",
    reference="Henkilötietolaki 523/1999",
)
SUPPRESSED = Finding(
    "PN202",
    Severity.ERROR,
    "potilas.diagnoosi holds health data (health), which the notice does not cover",
    Location("migrations/V2__potilas.sql", 8, 5),
    fix="add a special category",
    table="potilas",
    column="diagnoosi",
    kind="health",
    confidence="high",
)
SUPPRESSION = Suppression(("PN202",), "pseudonymised, see DPIA-7", Location("migrations/V2__potilas.sql", 7))

FINDINGS = (ERROR, WARNING, INFO, POLICY)


def make_report(findings=FINDINGS, suppressed=((SUPPRESSED, SUPPRESSION),)) -> Report:
    counts = {s.label: sum(1 for f in findings if f.severity is s) for s in sorted(Severity, reverse=True)}
    return Report(tuple(findings), {"findings": counts, "files": 3}, tuple(suppressed), tool_version="9.9.9")


def moved(f: Finding, lines: int = 10) -> Finding:
    return dataclasses.replace(f, location=dataclasses.replace(f.location, line=f.location.line + lines if f.location.line else 0))


# ---------------------------------------------------------------- registry


def test_formats_registry_all_render():
    assert set(FORMATS) == {"text", "json", "sarif", "junit", "github", "gitlab"}
    for name, render in FORMATS.items():
        for report in (make_report(), make_report((), ())):
            out = render(report)
            assert isinstance(out, str) and out.endswith("\n"), name
            assert render(report) == out, f"{name} is not deterministic"


def test_text_format_uses_summary():
    out = FORMATS["text"](make_report())
    assert "PN201" in out and "\x1b" not in out
    assert out.rstrip().splitlines()[-1].startswith("4 findings")


# ---------------------------------------------------------------- fingerprint


def test_fingerprint_ignores_lines_but_not_identity():
    assert fingerprint(ERROR) == fingerprint(moved(ERROR))
    assert fingerprint(ERROR) == fingerprint(dataclasses.replace(ERROR, location=Location("migrations/V3__tulot.sql", 9, 1)))
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint(ERROR))
    for change in ({"rule": "PN202"}, {"column": "palkka"}, {"table": "x"}, {"kind": "salary"}, {"category": "c"}):
        assert fingerprint(dataclasses.replace(ERROR, **change)) != fingerprint(ERROR), change
    assert fingerprint(dataclasses.replace(ERROR, location=Location("other.sql", 4, 5))) != fingerprint(ERROR)


def test_fingerprints_unique_within_report():
    twin = dataclasses.replace(POLICY, message="cites another law", location=Location("policy.yaml", 30, 7))
    fps = fingerprints([POLICY, twin])
    assert fps[0] == fingerprint(POLICY) and len(set(fps)) == 2


# ---------------------------------------------------------------- SARIF


def sarif_doc(report: Report | None = None) -> dict:
    return json.loads(sarif.render(report or make_report()))


def test_sarif_valid_against_official_schema(sarif_schema):
    schema = json.loads(sarif_schema.read_text(encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    for report in (make_report(), make_report((), ())):
        errors = sorted(validator.iter_errors(json.loads(sarif.render(report))), key=str)
        assert not errors, errors[0]


def test_sarif_run_and_rules():
    doc = sarif_doc()
    assert doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and doc["version"] == "2.1.0"
    (run,) = doc["runs"]
    assert run["invocations"] == [{"executionSuccessful": True}]
    driver = run["tool"]["driver"]
    assert driver["name"] == "notice-check" and driver["version"] == "9.9.9"
    assert driver["informationUri"] == "https://github.com/notice-check/notice-check"
    ids = [r["id"] for r in driver["rules"]]
    assert ids == list(RULES) and len(set(ids)) == len(ids)  # every rule once, also those without findings
    pn201 = driver["rules"][ids.index("PN201")]
    rule = RULES["PN201"]
    assert pn201["name"] == rule.name
    assert pn201["shortDescription"]["text"] == rule.summary
    assert pn201["fullDescription"]["text"] == rule.section("What it does")
    assert "How to fix" in pn201["help"]["text"] and "## How to fix" in pn201["help"]["markdown"]
    assert pn201["defaultConfiguration"]["level"] == "error"
    assert {"privacy", "gdpr"} <= set(pn201["properties"]["tags"])
    assert driver["rules"][ids.index("PN205")]["defaultConfiguration"]["level"] == "note"
    for r in driver["rules"]:
        assert r["properties"].get("precision", "high") in {"very-high", "high", "medium", "low"}
        assert "security-severity" not in r["properties"]


def test_sarif_results():
    doc = sarif_doc()
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert len(results) == len(FINDINGS) + 1
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    by_rule = {r["ruleId"]: r for r in results}
    assert [by_rule[k]["level"] for k in ("PN201", "PN203", "PN205")] == ["error", "warning", "note"]

    err = by_rule["PN201"]
    assert err["message"]["text"] == ERROR.message + ". Fix: " + ERROR.fix
    phys = err["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"] == {"uri": "migrations/V3__tulot.sql", "uriBaseId": "%SRCROOT%"}
    assert phys["region"] == {"startLine": 4, "startColumn": 5}
    assert err["properties"] == {"table": "asiakas", "column": "vuositulot", "kind": "income", "confidence": "high", "reason": "name matches 'tulot'"}

    info = by_rule["PN205"]
    assert "region" not in info["locations"][0]["physicalLocation"]  # line 0: whole file
    assert info["properties"] == {"category": "mother-tongue", "reference": "GDPR Art. 5(1)(c)"}

    assert by_rule["PN203"]["properties"]["column"] == HOSTILE  # JSON carries it verbatim

    sup = by_rule["PN202"]
    assert sup["suppressions"][0]["kind"] == "inSource"
    assert sup["suppressions"][0]["justification"] == "pseudonymised, see DPIA-7"
    assert sup["suppressions"][0]["location"]["physicalLocation"]["region"]["startLine"] == 7
    assert all("suppressions" not in r for r in results if r["ruleId"] != "PN202")


def test_sarif_fingerprints_survive_moved_lines():
    before = {r["ruleId"]: r["partialFingerprints"]["noticeCheck/v1"] for r in sarif_doc()["runs"][0]["results"]}
    after_report = make_report(tuple(moved(f) for f in FINDINGS), ((moved(SUPPRESSED), SUPPRESSION),))
    after_doc = sarif_doc(after_report)
    after = {r["ruleId"]: r["partialFingerprints"]["noticeCheck/v1"] for r in after_doc["runs"][0]["results"]}
    assert before == after
    assert after_doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 14
    assert len(set(before.values())) == len(before)


def test_sarif_paths():
    assert sarif.artifact_location(".\\db\\a b.sql") == {"uri": "db/a%20b.sql", "uriBaseId": "%SRCROOT%"}
    assert sarif.artifact_location("/abs/x.sql") == {"uri": "file:///abs/x.sql"}
    assert sarif.artifact_location("C:\\repo\\x.sql") == {"uri": "file:///C:/repo/x.sql"}


def test_sarif_unknown_rule_still_indexed():
    stranger = dataclasses.replace(ERROR, rule="PN999")
    run = sarif_doc(make_report((stranger,), ()))["runs"][0]
    (result,) = run["results"]
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "PN999"


# ---------------------------------------------------------------- JUnit


def test_junit_structure_and_hostile_text():
    out = junit.render(make_report())
    assert "\x1b" not in out and "<script>" not in out
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    assert suite.get("name") == "notice-check"
    cases = suite.findall("testcase")
    assert len(cases) == len(FINDINGS) + 1
    assert suite.get("tests") == "5" and suite.get("failures") == "3" and suite.get("skipped") == "1"
    assert root.get("failures") == "3"
    failures = suite.findall("testcase/failure")
    assert sorted(f.get("type") for f in failures) == ["PN110", "PN201", "PN203"]

    by_class = {c.get("classname"): c for c in cases}
    assert by_class["PN201"].get("name") == "migrations/V3__tulot.sql:4:5 asiakas.vuositulot"
    assert by_class["PN205"].get("name") == "policy.yaml mother-tongue"
    assert by_class["PN205"].find("failure") is None
    assert "category mother-tongue" in by_class["PN205"].find("system-out").text
    assert "DPIA-7" in by_class["PN202"].find("skipped").get("message")

    cleaned = HOSTILE.replace("\x1b", "")
    warn = by_class["PN203"]
    assert warn.get("name").endswith("asiakas." + cleaned)  # attribute round-trips, newlines included
    assert warn.find("failure").get("message") == f"asiakas.{cleaned} looks personal with low confidence"
    # element text: XML parsers normalise a bare CR to LF, the rest round-trips
    assert f"reason: {cleaned.replace(chr(13), chr(10))}" in warn.find("failure").text


def test_junit_never_empty():
    root = ET.fromstring(junit.render(make_report((), ())))
    cases = root.findall("testsuite/testcase")
    assert len(cases) == 1 and not list(cases[0])
    assert root.find("testsuite").get("tests") == "1" and root.find("testsuite").get("failures") == "0"


def test_junit_strips_all_xml_illegal_characters():
    bad = "a\x00b\x08c\x0bd\x1fe\ufffef\x7fg"
    out = junit.render(make_report((dataclasses.replace(ERROR, message=bad),), ()))
    failure = ET.fromstring(out).find("testsuite/testcase/failure")
    assert failure.get("message") == "abcdef\x7fg"


# ---------------------------------------------------------------- GitHub


_COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape_data(text: str) -> str:
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def _unescape_property(text: str) -> str:
    return _unescape_data(text.replace("%3A", ":").replace("%2C", ","))


def parse_github(out: str) -> tuple[list[tuple[str, dict[str, str], str]], list[str]]:
    commands, plain = [], []
    for line in out.splitlines():
        m = _COMMAND.match(line)
        if not m:
            plain.append(line)
            continue
        props = dict(p.split("=", 1) for p in m.group(2).split(","))
        commands.append((m.group(1), {k: _unescape_property(v) for k, v in props.items()}, _unescape_data(m.group(3))))
    return commands, plain


def test_github_commands():
    out = github.render(make_report())
    assert out.count("\n") == len(FINDINGS) + 1  # one line per finding + summary: no raw newline inside a command
    assert "\r" not in out and "\x1b" not in out
    commands, plain = parse_github(out)
    assert len(commands) == len(FINDINGS)
    assert plain == ["4 findings (2 errors, 1 warning, 1 info) — 1 suppressed"]
    by_title = {props["title"]: (cmd, props, msg) for cmd, props, msg in commands}

    cmd, props, msg = by_title["PN201 unlisted-personal-data"]
    assert cmd == "error"
    assert props == {"file": "migrations/V3__tulot.sql", "line": "4", "col": "5", "title": "PN201 unlisted-personal-data"}
    assert msg == ERROR.message + ". Fix: " + ERROR.fix

    cmd, props, msg = by_title["PN203 review-low-confidence"]
    assert cmd == "warning"
    shown = HOSTILE.replace("\x1b", "\N{REPLACEMENT CHARACTER}")
    assert msg == f"asiakas.{shown} looks personal with low confidence. Fix: {WARNING.fix}"

    cmd, props, msg = by_title["PN205 unused-category"]
    assert cmd == "notice" and props == {"file": "policy.yaml", "title": "PN205 unused-category"}


def test_github_property_escaping():
    assert github.escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert github.escape_data("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae"
    odd = dataclasses.replace(ERROR, location=Location("dir,x/a:b%.sql", 1, 0))
    commands, _ = parse_github(github.render(make_report((odd,), ())))
    assert commands[0][1]["file"] == "dir,x/a:b%.sql" and "col" not in commands[0][1]


def test_github_clean_run():
    assert github.render(make_report((), ())) == "no findings\n"


# ---------------------------------------------------------------- GitLab


def test_gitlab_code_quality():
    issues = json.loads(gitlab.render(make_report()))
    assert isinstance(issues, list) and len(issues) == len(FINDINGS)  # suppressed findings are not issues
    by_rule = {i["check_name"]: i for i in issues}
    assert {k: by_rule[k]["severity"] for k in ("PN201", "PN203", "PN205")} == {"PN201": "critical", "PN203": "major", "PN205": "info"}
    err = by_rule["PN201"]
    assert err["description"] == ERROR.message + ". Fix: " + ERROR.fix
    assert err["location"] == {"path": "migrations/V3__tulot.sql", "lines": {"begin": 4}}
    assert by_rule["PN205"]["location"]["lines"] == {"begin": 1}
    assert by_rule["PN203"]["description"].startswith("asiakas." + HOSTILE)
    for issue in issues:
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    moved_issues = json.loads(gitlab.render(make_report(tuple(moved(f) for f in FINDINGS))))
    assert [i["fingerprint"] for i in moved_issues] == [i["fingerprint"] for i in issues]
    assert err["fingerprint"] == fingerprint(ERROR)


def test_gitlab_empty():
    assert json.loads(gitlab.render(make_report((), ()))) == []


# ---------------------------------------------------------------- JSON


def test_json_output_matches_schema():
    schema = json.loads(RESULT_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    extra = dataclasses.replace(ERROR, extra=(("law", "523/1999"),))
    for report in (make_report(), make_report((), ()), make_report((extra,), ())):
        doc = json.loads(json_out.render(report))
        errors = list(validator.iter_errors(doc))
        assert not errors, errors[0]
    doc = json.loads(json_out.render(make_report()))
    assert doc["findings"][1]["column"] == HOSTILE
    broken = json.loads(json_out.render(make_report()))
    broken["findings"][0]["severity"] = "fatal"
    broken["findings"][1]["confidence"] = "certain"
    del broken["findings"][2]["rule"]
    assert len(list(validator.iter_errors(broken))) == 3


def test_check_text_output_has_the_run_summary(run, monkeypatch):
    """`check` renders text through render_report: findings, then the totals of the run."""
    from conftest import EXAMPLE, ROOT

    monkeypatch.chdir(ROOT)
    args = ("check", "--config", str(EXAMPLE / "notice-check.toml"), "--no-cache", "--no-color", "--lang", "en")
    _, text, _ = run(*args)
    assert "personal columns of" in text.splitlines()[-1] and " PN302 " in text


# ---------------------------------------------------------------- one finding, several places

GROUPED = dataclasses.replace(POLICY, related=(Location("policy.yaml", 25, 7), Location("other.yaml", 3, 1)))


def test_related_locations_in_text_json_and_sarif():
    from checker.render.text import render_findings

    text = render_findings([GROUPED], "1 finding")
    assert "    also at: 25:7, other.yaml:3:1\n" in text  # same file: line:col only
    schema = json.loads(RESULT_SCHEMA.read_text(encoding="utf-8"))
    doc = json.loads(json_out.render(make_report((GROUPED,), ())))
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(doc)) == []
    assert doc["findings"][0]["related"] == [{"path": "policy.yaml", "line": 25, "col": 7}, {"path": "other.yaml", "line": 3, "col": 1}]
    assert "related" not in json.loads(json_out.render(make_report((POLICY,), ())))["findings"][0]
    result = sarif_doc(make_report((GROUPED,), ()))["runs"][0]["results"][0]
    related = [(r["id"], r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"]) for r in result["relatedLocations"]]
    assert related == [(0, "policy.yaml", 25), (1, "other.yaml", 3)]


def test_related_locations_valid_sarif(sarif_schema):
    validator = jsonschema.Draft4Validator(json.loads(sarif_schema.read_text(encoding="utf-8")))
    assert list(validator.iter_errors(sarif_doc(make_report((GROUPED,), ())))) == []


def test_grouped_problem_with_own_related_places_in_sarif_and_text(sarif_schema):
    """A problem found in two columns (checker.grouping) whose findings also list their own
    places: SARIF has one relatedLocations with every other place once, text shows both."""
    from checker.render.text import render_findings

    first = dataclasses.replace(ERROR, related=(Location("shared.sql", 9, 1),))
    second = dataclasses.replace(ERROR, column="kuukausitulot", location=Location("schema.sql", 40, 3),
                                 related=(Location("shared.sql", 9, 1), first.location))
    doc = sarif_doc(make_report((first, second), ()))
    assert list(jsonschema.Draft4Validator(json.loads(sarif_schema.read_text(encoding="utf-8"))).iter_errors(doc)) == []
    result = next(r for r in doc["runs"][0]["results"] if r["locations"][0]["physicalLocation"]["region"]["startLine"] == first.location.line)
    places = [(r["physicalLocation"]["artifactLocation"]["uri"], r["physicalLocation"]["region"]["startLine"]) for r in result["relatedLocations"]]
    assert sorted(places) == sorted([("shared.sql", 9), ("schema.sql", 40)])
    assert [r["id"] for r in result["relatedLocations"]] == [0, 1]
    text = render_findings([first, second], "2 findings")
    assert text.count(" PN201 error ") == 1
    assert "also at: shared.sql:9:1" in text and "the same problem at 2 locations:" in text and "schema.sql:40:3" in text
