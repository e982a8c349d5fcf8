"""Each lint rule fires on a minimal bad policy and stays quiet on the good one."""
from __future__ import annotations

import copy
from pathlib import Path

import yaml

from checker.catalog import load_catalog
from checker.engine import run_rules
from checker.legal import load_legal
from checker.policy import load_policy
from checker.rules.base import PolicyContext, Scope

GOOD = Path(__file__).parent / "fixtures" / "policies" / "good.yaml"


def lint(path: Path) -> list:
    return run_rules(Scope.POLICY, PolicyContext(load_policy(str(path)), load_legal(), load_catalog()))


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def good() -> dict:
    return copy.deepcopy(yaml.safe_load(GOOD.read_text(encoding="utf-8")))


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_good_policy_is_clean():
    assert lint(GOOD) == []


def test_pn110_law_reference_and_text_mention(tmp_path):
    data = good()
    data["rights"][0]["law"] = {"law": "henkilotietolaki-523-1999", "provision": "26 §"}
    data["purposes"][0]["label"]["fi"] = "laskutus henkilötietolain mukaisesti"
    path = write(tmp_path, data)
    found = [f for f in lint(path) if f.rule == "PN110"]
    assert sorted(f.location.line for f in found) == sorted([line_of(path, "henkilotietolaki-523-1999"), line_of(path, "henkilötietolain")])
    assert all("repealed on 2019-01-01" in f.message for f in found)


def test_pn111_privacy_shield(tmp_path):
    data = good()
    data["transfers"]["allowed"][0]["safeguard"] = "privacy-shield"
    path = write(tmp_path, data)
    (finding,) = [f for f in lint(path) if f.rule == "PN111"]
    assert finding.location.line == line_of(path, "privacy-shield")
    assert "C-311/18" in finding.message and "Data Privacy Framework" in finding.fix


def test_pn112_defunct_authority(tmp_path):
    data = good()
    data["sources"].append({"id": "vrk", "label": {"fi": "Väestörekisterikeskus", "en": "Population Register Centre"}, "organisation": "vaestorekisterikeskus", "feeds": ["customer-name"], "section": "5"})
    path = write(tmp_path, data)
    found = [f for f in lint(path) if f.rule == "PN112"]
    assert found and all("Digi- ja väestötietovirasto" in f.message for f in found)
    assert line_of(path, "organisation: vaestorekisterikeskus") in {f.location.line for f in found}


def test_pn120_purpose_without_basis(tmp_path):
    data = good()
    del data["purposes"][0]["legal_basis"]
    path = write(tmp_path, data)
    (finding,) = [f for f in lint(path) if f.rule == "PN120"]
    assert finding.location.line == line_of(path, "id: billing") and finding.reference == "GDPR Art. 13(1)(c)"


def test_pn121_category_without_retention(tmp_path):
    data = good()
    del data["category_groups"][0]["categories"][1]["retention"]
    path = write(tmp_path, data)
    (finding,) = [f for f in lint(path) if f.rule == "PN121"]
    assert finding.category == "contact-details" and finding.location.line == line_of(path, "id: contact-details")


def test_pn121_quiet_when_policy_level_retention_names_the_category(tmp_path):
    data = good()
    del data["category_groups"][0]["categories"][1]["retention"]
    data["retention"] = [{"id": "contacts", "categories": ["contact-details"], "period": "P2Y", "text": {"fi": "2 v", "en": "2 y"}, "section": "5"}]
    assert not [f for f in lint(write(tmp_path, data)) if f.rule == "PN121"]


def test_pn122_rights_missing(tmp_path):
    data = good()
    data["rights"] = [r for r in data["rights"] if r["right"] not in ("erasure", "portability")]
    found = [f for f in lint(write(tmp_path, data)) if f.rule == "PN122"]
    assert sorted(f.message.split("'")[1] for f in found) == ["erasure", "portability"]


def test_pn122_consent_basis_needs_withdrawal(tmp_path):
    data = good()
    data["purposes"][0]["legal_basis"] = "art6-1-a"
    found = [f for f in lint(write(tmp_path, data)) if f.rule == "PN122"]
    assert [f.message.split("'")[1] for f in found] == ["withdraw-consent"]


def _pn122(tmp_path, data) -> list[str]:
    return [f.message.split("'")[1] for f in lint(write(tmp_path, data)) if f.rule == "PN122"]


def test_pn122_objection_not_required_for_contract_basis(tmp_path):
    data = good()  # the only purpose is art6-1-b: Art. 21(1) does not apply
    data["rights"] = [r for r in data["rights"] if r["right"] != "objection"]
    assert _pn122(tmp_path, data) == []


def test_pn122_objection_required_for_legitimate_interests_or_public_task(tmp_path):
    for basis in ("art6-1-e", "art6-1-f"):
        data = good()
        data["purposes"].append({"id": "security", "label": {"fi": "tietoturva", "en": "security"}, "legal_basis": basis,
                                 "legitimate_interest": {"fi": "tietoturva", "en": "security"}, "section": "3"})
        data["rights"] = [r for r in data["rights"] if r["right"] != "objection"]
        found = [f for f in lint(write(tmp_path, data)) if f.rule == "PN122"]
        assert [f.message.split("'")[1] for f in found] == ["objection"], basis
        assert "Art. 21(1)" in found[0].message and "'security'" in found[0].message


def test_pn122_portability_not_required_for_legal_obligation(tmp_path):
    data = good()
    data["purposes"][0]["legal_basis"] = "art6-1-c"
    data["rights"] = [r for r in data["rights"] if r["right"] not in ("portability", "objection")]
    assert _pn122(tmp_path, data) == []


def test_pn122_direct_marketing_needs_its_own_objection(tmp_path):
    data = good()
    data["purposes"].append({"id": "marketing", "label": {"fi": "markkinointi", "en": "marketing"}, "legal_basis": "art6-1-f",
                             "legitimate_interest": {"fi": "myynti", "en": "sales"}, "direct_marketing": True, "section": "3"})
    assert _pn122(tmp_path, data) == ["object-direct-marketing"]  # a general 'objection' does not count (Art. 21(4))
    data["rights"].append({"right": "object-direct-marketing", "text": {"fi": "suoramarkkinointikielto", "en": "opt-out"}, "section": "9"})
    assert _pn122(tmp_path, data) == []


def test_pn122_unknown_basis_keeps_basis_dependent_rights(tmp_path):
    data = good()
    del data["purposes"][0]["legal_basis"]
    data["rights"] = [r for r in data["rights"] if r["right"] in ("access", "rectification")]
    del data["supervisory_authority"]
    assert _pn122(tmp_path, data) == ["erasure", "restriction", "portability", "objection", "withdraw-consent", "complaint"]


def test_pn122_required_rights_by_basis():
    from checker.rules.pn122_rights_missing import required_rights

    def rights(*bases, marketing=False):
        return list(required_rights([{"id": f"p{i}", "legal_basis": b, "direct_marketing": marketing} for i, b in enumerate(bases)]))

    always = ["access", "rectification", "erasure", "restriction"]
    assert rights("art6-1-c") == always + ["complaint"]
    assert rights("art6-1-d") == always + ["complaint"]
    assert rights("art6-1-b") == always + ["portability", "complaint"]
    assert rights("art6-1-a") == always + ["portability", "withdraw-consent", "complaint"]
    assert rights("art6-1-e") == always + ["objection", "complaint"]
    assert rights("art6-1-f", marketing=True) == always + ["objection", "object-direct-marketing", "complaint"]
    assert rights("art6-1-a", marketing=True) == always + ["portability", "object-direct-marketing", "withdraw-consent", "complaint"]
    assert rights(None) == always + ["portability", "objection", "withdraw-consent", "complaint"]
    assert rights() == always + ["portability", "objection", "withdraw-consent", "complaint"]


def test_pn123_source_kind_unlisted(tmp_path):
    data = good()
    data["sources"][0]["kinds"] = ["credit-data", "email"]
    path = write(tmp_path, data)
    (finding,) = [f for f in lint(path) if f.rule == "PN123"]
    assert finding.kind == "credit-data"


def test_seed_policy_reports_the_known_problems(run):
    from conftest import SEED_POLICY

    code, out, _ = run("policy", "lint", str(SEED_POLICY))
    assert code == 1
    for rule in ("PN110", "PN111", "PN112", "PN120", "PN121", "PN122", "PN123"):
        assert f" {rule} " in out, rule
    # no legal basis is stated, so the basis-dependent rights are required; the
    # direct-marketing objection (henkilötietolaki 30 §) is stated
    missing = sorted(line.split("'")[1] for line in out.splitlines() if " PN122 " in line)
    assert missing == ["erasure", "objection", "portability", "restriction", "withdraw-consent"]
    text = SEED_POLICY.read_text(encoding="utf-8").splitlines()
    for line in out.splitlines():
        if " PN111 " in line:
            number = int(line.split(":")[1])
            assert "privacy-shield" in text[number - 1]


def test_yaml_suppressions_in_the_policy(run, tmp_path):
    import json

    text = GOOD.read_text(encoding="utf-8")
    text = text.replace("      - id: contact-details\n", "      # notice-check: ignore PN121 -- retention set with the new CRM, 2026-12\n      - id: contact-details\n")
    text = text.replace("        retention: {criteria: {fi: asiakkuuden ajan, en: for the customer relationship}, section: \"4\"}\n", "")
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run("policy", "lint", str(path), "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["findings"] == [], report["findings"]
    assert report["suppressions"][0]["rule"] == "PN121" and "new CRM" in report["suppressions"][0]["suppression"]["reason"]
    path.write_text(text.replace(" -- retention set with the new CRM, 2026-12", ""), encoding="utf-8")
    code, out, _ = run("policy", "lint", str(path), "--fail-on", "warning")
    assert code == 1 and "PN002" in out and "PN121" in out
