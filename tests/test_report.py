"""`notice-check report` and `notice-check ropa`: sections, counts, escaping, CSV, JSON-LD."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT, SEED_POLICY

CONFIG = str(EXAMPLE / "notice-check.toml")
SCRIPT = "<script>alert(1)</script>"
ATTR = '"><img src=x onerror=alert(1)>'
PLANTED_SQL = f"""
CREATE TABLE asiakas (
    asiakas_id integer PRIMARY KEY,
    etunimi varchar(100),
    "sahkoposti{SCRIPT}" varchar(200),
    "vuositulot{ATTR.replace('"', '""')}" numeric,
    puhelin varchar(40)
);
COMMENT ON COLUMN asiakas.puhelin IS '{SCRIPT} {ATTR} | extra cell';
CREATE TABLE "asiakas_arkisto{ATTR.replace('"', '""')}" (asiakas_id integer, sukunimi varchar(100));
CREATE VIEW asiakas_v AS SELECT a.etunimi, b.sukunimi
  FROM asiakas a JOIN "asiakas_arkisto{ATTR.replace('"', '""')}" b ON a.asiakas_id = b.asiakas_id;
"""


def labels():
    from checker.report import load_labels

    return load_labels()


@pytest.fixture(scope="module")
def example_reports(tmp_path_factory):
    """The example's report in both languages, written by the CLI."""
    from checker.cli import main

    out = tmp_path_factory.mktemp("report")
    for lang in ("fi", "en"):
        assert main(["report", "--config", CONFIG, "--lang", lang, "-o", str(out)]) == 0
    return out


@pytest.fixture
def planted(tmp_path):
    """A project whose column names, comment and table name carry HTML payloads."""
    shutil.copy(SEED_POLICY, tmp_path / "policy.yaml")
    (tmp_path / "schema.sql").write_text(PLANTED_SQL, encoding="utf-8")
    return tmp_path


def test_labels_have_the_same_keys_in_both_languages():
    def keys(node, prefix=""):
        if isinstance(node, dict):
            return {k for key, value in node.items() for k in keys(value, f"{prefix}.{key}")} | {prefix}
        return {prefix}

    assert keys(labels()["fi"]) == keys(labels()["en"])


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_section_in_both_languages(example_reports, lang):
    from checker.report import SECTIONS

    page = (example_reports / f"report.{lang}.html").read_text(encoding="utf-8")
    markdown = (example_reports / f"report.{lang}.md").read_text(encoding="utf-8")
    titles = labels()[lang]["sections"]
    assert f'<html lang="{lang}">' in page
    for section in SECTIONS:
        assert f'<section id="{section}">' in page
        assert f'<a href="#{section}">' in page  # table of contents
        assert f"\n## {titles[section]}\n" in markdown
    assert "<svg" in page and "<details open>" in page
    assert "Content-Security-Policy" in page and "<script" not in page.lower()
    assert not re.search(r"(src|href)=\"(https?:)?//", page), "no external asset"
    assert markdown.index(titles["verdict"]) < markdown.index(titles["findings"]) < markdown.index(titles["lint"])


def test_counts_match_the_check(example_reports, run):
    code, out, _ = run("check", "--config", CONFIG, "--format", "json")
    result = json.loads(out)
    counts = result["summary"]["findings"]
    page = (example_reports / "report.en.html").read_text(encoding="utf-8")
    findings = page[page.index('<section id="findings">') : page.index('<section id="suppressions">')].replace("<wbr>", "")
    for severity in ("error", "warning", "info"):  # one card per problem: the JSON's groups
        groups = {f["group"] for f in result["findings"] if f["severity"] == severity}
        assert findings.count(f'<article class="finding {severity}">') == len(groups)
    for f in result["findings"]:  # every place of every problem is shown
        assert f'class="loc">{f["path"]}:{f["line"]}:{f["col"]}<' in findings, f
    problems = len({f["group"] for f in result["findings"]})
    assert sum(counts.values()) > problems > 0  # the example has a problem at two places (PN202 health data)
    assert f"<h2>Findings ({problems})</h2>" in page
    assert f"{problems} problems at {sum(counts.values())} locations" in findings
    verdict = page[page.index('<section id="verdict">') : page.index('<section id="notice">')]
    errors = re.search(r"error</span></th><td class=\"n\">(\d+)</td>", verdict)
    error_problems = len({f["group"] for f in result["findings"] if f["severity"] == "error"})
    assert errors and int(errors.group(1)) == error_problems  # the verdict counts problems, as the findings do
    assert code == 1 and 'class="verdict fail"' in verdict  # the example fails the check


def test_findings_sorted_by_severity_with_fix_and_location(example_reports):
    page = (example_reports / "report.en.html").read_text(encoding="utf-8").replace("<wbr>", "")
    lint = page[page.index('<section id="lint">') :]
    order = [m.group(1) for m in re.finditer(r'<article class="finding (\w+)">', lint)]
    rank = {"error": 0, "warning": 1, "info": 2}
    assert order and order == sorted(order, key=rank.get)
    assert "PN111" in lint and "<strong>Fix:</strong>" in lint
    assert re.search(r'class="loc">policies/leppakoski-lampo\.yaml:\d+:\d+<', lint)


def test_flows_and_data_map_show_the_example(example_reports):
    page = (example_reports / "report.en.html").read_text(encoding="utf-8")
    flows = page[page.index('<section id="flows">') : page.index('<section id="findings">')]
    assert "crm-cloud" in flows and "US (outside the EU/EEA)" in flows and "PN302" in flows
    assert 'class="flagged"' in flows
    datamap = page[page.index('<section id="datamap">') : page.index('<section id="coverage">')]
    assert "sahkoposti" in datamap and "contact-details" in datamap


def test_refuses_to_overwrite_without_force(example_reports, run):
    before = (example_reports / "report.en.md").read_bytes()
    code, _, err = run("report", "--config", CONFIG, "--lang", "en", "-o", str(example_reports))
    assert code == 2 and "--force" in err
    assert (example_reports / "report.en.md").read_bytes() == before
    code, _, _ = run("report", "--config", CONFIG, "--lang", "en", "-o", str(example_reports), "--force")
    assert code == 0


def test_output_folder_is_required(run):
    code, _, err = run("report", "--config", CONFIG)
    assert code == 2 and "--output" in err


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_untrusted_names_and_comments_are_escaped(planted, run, lang):
    code, _, err = run("report", "schema.sql", "--policy", "policy.yaml", "--dialect", "postgres", "--lang", lang, "-o", "out", cwd=planted)
    assert code == 0, err
    page = (planted / "out" / f"report.{lang}.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as text
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in page  # attribute break-out neutralised
    assert re.search(r'<td class="comment">&lt;script&gt;', page)  # the column comment
    assert re.search(r"<title>asiakas_arkisto&#34;&gt;&lt;img", page)  # SVG node tooltip
    markdown = (planted / "out" / f"report.{lang}.md").read_text(encoding="utf-8")
    # the notice changes are a fenced diff (literal text); everything else is escaped
    fences = re.findall(r"^(`{3,})diff\n.*?^\1$", markdown, flags=re.M | re.S)
    assert len(fences) == 1
    prose = re.sub(r"^(`{3,})diff\n.*?^\1$", "", markdown, flags=re.M | re.S)
    assert not re.search(r"(?<!\\)<(script|img|/script)", prose)
    assert r"\<script\>alert(1)\</script\>" in markdown
    for line in markdown.splitlines():
        if line.startswith("| asiakas | puhelin"):
            assert len(re.findall(r"(?<!\\)\|", line)) == 9  # 8 cells: the comment's pipe is escaped
            break
    else:
        pytest.fail("the commented column is missing from the Markdown data map")


def test_evidence_shows_counts_and_masked_examples_only():
    import dataclasses

    from checker.catalog import load_catalog
    from checker.model import Classification, Column, Confidence
    from checker.report import column_row

    c = Classification(Column("asiakas", "hetu"), "national-id", "identity-code", Confidence.HIGH, "sampled", "sample",
                       evidence=(("sampled", 50), ("valid", (("fi-hetu", 49),)), ("examples", (("fi-hetu", ("******-****",)),)), ("raw", "010101-123A")))
    row = column_row(c, "en", load_catalog())
    assert dict(row.evidence) == {"sampled": "50", "valid": "fi-hetu 49", "examples": "fi-hetu ******-****"}
    assert "010101" not in repr(dataclasses.asdict(row))


# ---------------------------------------------------------------- ropa


def test_ropa_csv_has_a_row_per_purpose(tmp_path, run):
    from checker.policy import load_policy

    target = tmp_path / "ropa.csv"
    code, _, err = run("ropa", "--config", CONFIG, "--lang", "en", "-o", str(target))
    assert code == 0, err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    purposes = load_policy(str(SEED_POLICY)).items("purposes")
    assert [r["Id"] for r in rows] == [p["id"] for p in purposes]
    marketing = next(r for r in rows if r["Id"] == "marketing")
    assert "Leppäkosken Lämpö Oy" in marketing["Controller"]
    assert "Privacy Shield" in marketing["Transfers to third countries and safeguards"]
    assert "liidipartneri-oy" in marketing["Recipients seen in SQL"]
    assert re.search(r"contact-details: [1-9]\d* columns, [1-9]\d* tables", marketing["In the databases (columns / tables)"])
    code, _, err = run("ropa", "--config", CONFIG, "-o", str(target))
    assert code == 2 and "--force" in err


def test_ropa_jsonld_validates_and_uses_dpv(run):
    from jsonschema import Draft202012Validator

    code, out, err = run("ropa", "--config", CONFIG, "--format", "jsonld")
    assert code == 0, err
    doc = json.loads(out)
    schema = json.loads((ROOT / "schemas" / "ropa.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(doc), key=str)
    assert not errors, errors[0].message
    assert doc["@context"]["dpv"] == "https://w3id.org/dpv#" and doc["@type"] == "dpv:ROPA"
    process = next(p for p in doc["dpv:hasProcess"] if p["@id"].endswith("process/marketing"))
    for term in ("dpv:hasPurpose", "dpv:hasPersonalData", "dpv:hasDataController", "dpv:hasRecipient", "dpv:hasDataSubject",
                 "dpv:hasLegalBasis", "dpv:hasTechnicalOrganisationalMeasure"):
        assert term in process
    assert "dpv:DirectMarketing" in process["dpv:hasPurpose"]["@type"]
    broader = {b["@id"] for c in process["dpv:hasPersonalData"] for b in c.get("skos:broader", ())}
    assert {"pd:Name", "pd:EmailAddress"} <= broader
    calls = next(c for c in process["dpv:hasPersonalData"] if c["@id"].endswith("category/call-recordings"))
    assert calls["dpv:hasStorageCondition"]["dpv:hasDuration"]["@value"] == "P6M"
    transfer = process["dpv:hasProcess"][0]
    assert transfer["dpv:hasThirdCountry"] == "US" and transfer["nc:safeguardValid"] is False


def test_ropa_legal_bases_map_to_dpv(tmp_path, run):
    from checker.ropa import LEGAL_BASES

    text = SEED_POLICY.read_text(encoding="utf-8").replace("  - id: billing\n", "  - id: billing\n    legal_basis: art6-1-b\n", 1)
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    code, out, err = run("ropa", "--policy", "policy.yaml", "--format", "jsonld", cwd=tmp_path)  # no SQL: the policy alone
    assert code == 0, err
    billing = next(p for p in json.loads(out)["dpv:hasProcess"] if p["@id"].endswith("process/billing"))
    assert [b["@id"] for b in billing["dpv:hasLegalBasis"]] == ["dpv:Contract", "eu-gdpr:A6-1-b"]
    assert set(v[0] for v in LEGAL_BASES.values()) == {"dpv:Consent", "dpv:Contract", "dpv:LegalObligation", "dpv:VitalInterest", "dpv:PublicInterest", "dpv:LegitimateInterest"}
    assert "nc:columns" not in json.dumps(billing)  # no SQL read: no evidence counts


def test_help_shows_examples(run):
    for command in ("report", "ropa"):
        code, out, _ = run(command, "--help")
        assert code == 0 and "Example" in out and f"notice-check {command} " in out


def test_reports_are_deterministic(planted, run):
    args = ("report", "schema.sql", "--policy", "policy.yaml", "--dialect", "postgres", "--lang", "en", "--force")
    run(*args, "-o", "a", cwd=planted)
    run(*args, "-o", "b", cwd=planted)
    for name in ("report.en.html", "report.en.md"):
        assert (planted / "a" / name).read_bytes() == (planted / "b" / name).read_bytes()
    assert Path(planted / "a" / "report.en.html").stat().st_size > 10_000


def test_suppressions_and_baseline_are_listed_with_reasons(planted, run):
    sql = (planted / "schema.sql").read_text(encoding="utf-8")
    sql = sql.replace("    puhelin varchar(40)\n", "    puhelin varchar(40),\n    -- notice-check: ignore PN201 -- <i>kept</i> for the tax office\n    kansalaisuus varchar(40)\n")
    (planted / "schema.sql").write_text(sql, encoding="utf-8")
    args = ("schema.sql", "--policy", "policy.yaml", "--dialect", "postgres")
    assert run("baseline", *args, "-o", "baseline.json", "--reason", "adopted <b>as is</b>, PRIV-12", cwd=planted)[0] == 0
    code, _, err = run("report", *args, "--lang", "en", "--baseline", "baseline.json", "-o", "out", cwd=planted)
    assert code == 0, err
    page = (planted / "out" / "report.en.html").read_text(encoding="utf-8")
    section = page[page.index('<section id="suppressions">') : page.index('<section id="lint">')]
    assert "&lt;i&gt;kept&lt;/i&gt; for the tax office" in section and "asiakas.kansalaisuus" in section
    assert "hidden (known)" in section and "vuositulot" in section
    assert "adopted &lt;b&gt;as is&lt;/b&gt;, PRIV-12" in section
    findings = page[page.index('<section id="findings">') : page.index('<section id="suppressions">')]
    assert '<article class="finding error">' not in findings  # the baseline hides the PN201 on vuositulot
    markdown = (planted / "out" / "report.en.md").read_text(encoding="utf-8")
    assert r"\<i\>kept\</i\> for the tax office" in markdown and "hidden (known)" in markdown


def test_finnish_report_has_no_english_rule_message(example_reports, run):
    """Every finding's message, fix and the rule's summary are in Finnish (the English texts
    come from `check`/`policy lint --format json`, not from the report code)."""
    import html

    _, out, _ = run("check", "--config", CONFIG, "--format", "json")
    _, lint_out, _ = run("policy", "lint", str(SEED_POLICY), "--format", "json")
    findings = json.loads(out)["findings"] + json.loads(lint_out)["findings"]
    assert len(findings) > 30
    from checker.rules import RULES

    for name in ("report.fi.html", "report.fi.md"):
        text = (example_reports / name).read_text(encoding="utf-8")
        text = html.unescape(text) if name.endswith(".html") else text.replace("\\", "")
        # the proposed notice changes quote the bilingual policy YAML itself: left out
        text = re.sub(r'<section id="changes">.*?</section>|^(`{3,})diff\n.*?^\1$', "", text, flags=re.M | re.S)
        for f in findings:
            for english in (f["message"], f["fix"]):
                assert english not in text, (name, f["rule"], english)
            assert RULES[f["rule"]].summary not in text, (name, f["rule"])
        assert "holds" not in text and "the notice" not in text
        visible = re.sub(r"<style>.*?</style>|<[^>]+>", " ", text, flags=re.S)
        english = re.findall(r"\b(?:the|which|does|with|from|table|column|finding|findings)\b", visible)
        assert not english, english  # labels, reasons and sink kinds are Finnish too


def test_flows_show_only_live_objects(tmp_path, run):
    """A view a later migration dropped is no flow any more; the one that replaced it is."""
    shutil.copy(SEED_POLICY, tmp_path / "policy.yaml")
    (tmp_path / "V1__schema.sql").write_text(
        "CREATE TABLE asiakas (id integer PRIMARY KEY, etunimi varchar(100), sahkoposti varchar(200));\n"
        "CREATE VIEW vanha_nakyma AS SELECT etunimi, sahkoposti FROM asiakas;\n", encoding="utf-8")
    (tmp_path / "V2__drop.sql").write_text(
        "DROP VIEW vanha_nakyma;\nCREATE VIEW uusi_nakyma AS SELECT etunimi FROM asiakas;\n", encoding="utf-8")
    code, _, err = run("report", "V1__schema.sql", "V2__drop.sql", "--policy", "policy.yaml", "--dialect", "postgres", "--lang", "en", "-o", "out", cwd=tmp_path)
    assert code == 0, err
    page = (tmp_path / "out" / "report.en.html").read_text(encoding="utf-8")
    flows = page[page.index('<section id="flows">') : page.index('<section id="findings">')]
    assert "uusi_nakyma" in flows
    assert "vanha_nakyma" not in flows


def test_notice_brief_leaves_out_fields_the_notice_does_not_have(tmp_path, run):
    import yaml

    data = yaml.safe_load(SEED_POLICY.read_text(encoding="utf-8"))
    data.pop("contact", None)
    (tmp_path / "policy.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "schema.sql").write_text("CREATE TABLE asiakas (id integer, etunimi varchar(100));\n", encoding="utf-8")
    code, _, err = run("report", "schema.sql", "--policy", "policy.yaml", "--lang", "en", "-o", "out", cwd=tmp_path)
    assert code == 0, err
    page = (tmp_path / "out" / "report.en.html").read_text(encoding="utf-8")
    markdown = (tmp_path / "out" / "report.en.md").read_text(encoding="utf-8")
    brief = page[page.index('<section id="notice">') : page.index('<section id="datamap">')]
    assert "Contact person" not in brief and "Contact person" not in markdown
    assert "<dd></dd>" not in page and "<dd><ul></ul></dd>" not in page
    assert "Controller" in brief


def test_purges_outside_sql_are_checked_and_shown(tmp_path, run):
    """A deletion declared in the data map (a system's own setting) replaces the SQL purge
    PN307 asks for, is checked against the notice's period (PN306) and shown per category."""
    shutil.copy(SEED_POLICY, tmp_path / "policy.yaml")
    (tmp_path / "schema.sql").write_text(
        "CREATE TABLE puhelutallenne (id bigint, asiakas_id bigint, tallennettu timestamptz, tiedosto text); -- privacy: call-recordings\n",
        encoding="utf-8")
    base = "version: 1\nhome: {location: FI}\n"
    (tmp_path / "none.yaml").write_text(base, encoding="utf-8")
    (tmp_path / "declared.yaml").write_text(base + "purges:\n  - {category: call-recordings, period: P12M, by: system, name: Puhelinvaihde}\n", encoding="utf-8")

    def check(datamap):
        code, out, err = run("check", "schema.sql", "--policy", "policy.yaml", "--datamap", datamap, "--format", "json", cwd=tmp_path)
        return {(f["rule"], f["path"], f["line"]) for f in json.loads(out)["findings"] if f["rule"] in ("PN306", "PN307")}

    assert {r for r, _, _ in check("none.yaml")} == {"PN307"}
    assert check("declared.yaml") == {("PN306", "declared.yaml", 4)}  # the entry, longer than P6M

    code, _, err = run("report", "schema.sql", "--policy", "policy.yaml", "--datamap", "declared.yaml", "--lang", "en", "-o", "out", cwd=tmp_path)
    assert code == 0, err
    page = (tmp_path / "out" / "report.en.html").read_text(encoding="utf-8")
    assert "Deleted by:</strong> system &#39;Puhelinvaihde&#39; after P12M (data map)" in page
    fi = run("report", "schema.sql", "--policy", "policy.yaml", "--datamap", "none.yaml", "--lang", "fi", "-o", "out", cwd=tmp_path)
    assert "Poistaa:</strong> <span class=\"missing\">" in (tmp_path / "out" / "report.fi.html").read_text(encoding="utf-8")
