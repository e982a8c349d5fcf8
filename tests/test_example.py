"""The bundled example: its planted findings, and nothing else, in every format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT

CONFIG = str(EXAMPLE / "notice-check.toml")

PLANTED = {
    ("PN202", "asiakas", "terveydentila_lisatieto"),
    ("PN202", "asiakas", "erityisryhma"),
    ("PN201", "asiakas", "kansalaisuus"),
    ("PN201", "asiakas", "vuositulot"),
    ("PN204", "asiakas", "luottoluokitus"),
}
PLANTED_FLOWS = {
    ("PN301", "liidikumppani.sql"),
    ("PN302", "crm_pilvi_vienti.sql"),
    ("PN305", "kevatkampanja_2026.sql"),
    ("PN306", "arkisto_siivous.sql"),
}


@pytest.fixture
def report(run, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, err = run("check", "--config", CONFIG, "--format", "json", "--no-cache")
    assert code == 1, err
    return json.loads(out)


def test_planted_column_findings_and_no_noise(report):
    found = {(f["rule"], f["table"], f["column"]) for f in report["findings"] if f["rule"].startswith("PN2") and f["rule"] != "PN205"}
    assert found == PLANTED


def test_planted_flow_findings_and_no_false_positives(report):
    found = {(f["rule"], Path(f["path"]).name) for f in report["findings"] if f["rule"].startswith("PN3")}
    assert found == PLANTED_FLOWS
    transfer = next(f for f in report["findings"] if f["rule"] == "PN302")
    assert transfer["country"] == "US" and transfer["recipient"] == "system-vendors" and transfer["system"] == "crm-cloud"
    assert "asiakas_yhteystieto.sahkoposti" in transfer["sources"] and "contact-details" in transfer["source_categories"]


def test_json_output_matches_its_schema(report):
    from jsonschema import Draft202012Validator

    schema = json.loads((ROOT / "schemas" / "check-result.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator(schema).validate(report)


def test_sarif_output_is_valid_sarif(run, monkeypatch, sarif_schema):
    from jsonschema import Draft4Validator

    monkeypatch.chdir(ROOT)
    code, out, _ = run("check", "--config", CONFIG, "--format", "sarif", "--no-cache")
    sarif = json.loads(out)
    Draft4Validator(json.loads(sarif_schema.read_text(encoding="utf-8"))).validate(sarif)
    results = sarif["runs"][0]["results"]
    flow = next(r for r in results if r["ruleId"] == "PN301")
    assert flow["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "examples/leppakoski/queries/integrations/liidikumppani.sql"
    assert flow["properties"]["recipient"] == "liidipartneri-oy"
