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


# What a Finnish DPO would write about the seed notice, read from the notice itself
# (/work/shared/seeds/000_b5d408eeeaa2c955.txt), section by section: rule -> the YAML lines
# (text found on them, or (text, lines below it)) of each expected finding; several needles =
# one finding with places.
SEED_EXPECTED = {
    # "henkilötietolain mukaisesti" (s. 3); the 26 § sentence, shared by access and rectification;
    # the 30 § sentence
    "PN110": [["law: henkilotietolaki-523-1999"], ['provision: "26 §"', 'provision: "26 §"'], ['provision: "30 §"']],
    "PN111": [["safeguard: privacy-shield"]],  # s. 7
    "PN112": [[("text: &registers-sentence", 1)]],  # its Finnish text (next line); one sentence, 5 sources
    "PN113": [["fi: Energiateollisuuden julkaisema sähkömarkkinoiden"]],  # s. 5, "Energiategollisuuden ... tiedonvaihdon"
    "PN120": [[f"id: {p}"] for p in ("network-operation", "connections", "energy-supply", "billing",
                                      "customer-relationship", "marketing", "business-development")],
    "PN121": [["id: customer-name"]],  # one finding; 19 categories, all but call-recordings
    "PN122": [["- right: access"]] * 5,  # at the rights list  # erasure, restriction, portability, objection, withdraw-consent
    "PN123": [["kinds: [credit-data]"]],  # Suomen Asiakastieto, no credit category in s. 4
    "PN124": [["id: data-subject"]],  # s. 5 collects from customers; nothing on Art. 13(2)(e)
    "PN126": [["- id: network-operation"]],  # at the purposes list  # asiakasanalyysitiedot, credit data; nothing on automated decisions
    "PN127": [["id: energy-usage"]],  # energiankäyttötiedot, tehotiedot, mittausdata: no DPO named
    "PN128": [["asiakastapahtuman varmentaminen"], ["palveluiden laadun kehittäminen"], ["id: leppakoski-group"]],
    "PN129": [["id: population-register"], ["id: electricity-market-data-exchange"]],
    "PN130": [["id: identity-code"]],  # henkilötunnus, no 29 § ground
    "PN131": [["id: marketing"]],  # "markkinointi sekä etämyynti" with e-mail and phone
    "PN132": [["- law: tietosuojalaki-1050-2018"]],  # at the legal framework  # cites only 1050/2018 and 523/1999
}


def _seed_lint():
    import datetime

    from conftest import SEED_POLICY

    legal = load_legal()
    as_of = max(datetime.date.fromisoformat(d) for d, _ in legal.freshness.values())
    return SEED_POLICY, run_rules(Scope.POLICY, PolicyContext(load_policy(str(SEED_POLICY)), legal, load_catalog(), today=as_of))


def test_seed_policy_lint_is_what_a_dpo_would_write():
    path, findings = _seed_lint()
    lines = path.read_text(encoding="utf-8").splitlines()

    def place_lines(needles):
        found, start = [], 0
        for needle in needles:
            needle, offset = needle if isinstance(needle, tuple) else (needle, 0)
            number = next(i for i, line in enumerate(lines, 1) if i > start and needle in line) + offset
            found.append(number)
            start = number
        return found

    got = sorted((f.rule, f.location.line) for f in findings)
    expected = sorted((rule, place_lines(needles)[0]) for rule, groups in SEED_EXPECTED.items() for needles in groups)
    assert got == expected
    by_rule = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    # duplicates: one finding per sentence, with every place
    (shared,) = [f for f in by_rule["PN110"] if f.related]
    assert [r.line for r in shared.related] == place_lines(['provision: "26 §"', 'provision: "26 §"'])[1:]
    (vrk,) = by_rule["PN112"]
    assert len(vrk.related) == 4  # register-updates, population-register, credit-information, land-survey, other-registers
    (retention,) = by_rule["PN121"]
    assert retention.severity.label == "error" and len(retention.related) == 18 and "19 categories" in retention.message
    assert "call-recordings" not in retention.message
    # corrected facts
    for f in by_rule["PN110"]:
        assert "37 §" in f.message and "GDPR" in f.fix
    assert "GDPR Art. 15 (access)" in shared.fix and "Art. 16 (rectification)" in shared.fix
    (shield,) = by_rule["PN111"]
    assert "certified" in shield.fix and "C-703/25 P" in shield.fix and "2021/914" in shield.fix
    assert "transfer impact assessment" in shield.fix and "Binding corporate rules" not in shield.fix  # vendors are not a group
    assert "Fingrid Datahub" in by_rule["PN113"][0].message and "2022-02-21" in by_rule["PN113"][0].message
    missing = sorted(f.message.split("'")[1] for f in by_rule["PN122"])
    assert missing == ["erasure", "objection", "portability", "restriction", "withdraw-consent"]
    # Art. 14 is cited: the notice collects from DVV, Suomen Asiakastieto, Maanmittauslaitos
    assert all("Art. 14(1)(c)" in f.reference for f in by_rule["PN120"])
    assert "Art. 14(2)(a)" in retention.reference
    assert not {"PN114", "PN125"} & set(by_rule)  # fresh data; Privacy Shield is no Art. 46/47 safeguard


def test_seed_policy_cli_exit_and_related_places(run):
    import json

    from conftest import SEED_POLICY

    code, out, _ = run("policy", "lint", str(SEED_POLICY), "--format", "json")
    assert code == 1
    findings = json.loads(out)["findings"]
    assert sum(1 for f in findings if f["rule"] == "PN121") == 1
    assert all(len({(r["line"], r["col"]) for r in f.get("related", [])}) == len(f.get("related", [])) for f in findings)


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


# ---------------------------------------------------------------- notice lint v2: corrections

def _rules(tmp_path, data, rule, **context) -> list:
    path = write(tmp_path, data)
    return [f for f in run_rules(Scope.POLICY, PolicyContext(load_policy(str(path)), load_legal(), load_catalog(), **context)) if f.rule == rule]


def test_pn110_one_finding_per_sentence_with_every_place(tmp_path):
    text = GOOD.read_text(encoding="utf-8")
    text = text.replace(
        "  - {right: access, text: {fi: tarkastusoikeus, en: right of access}, section: \"9\"}\n"
        "  - {right: rectification, text: {fi: oikaisu, en: rectification}, section: \"9\"}\n",
        "  - right: access\n    text: &r26 {fi: henkilötietolain 26 §:n mukaisesti oikeus tarkastaa ja korjata, en: under s. 26 of the Personal Data Act}\n"
        "    law: {law: henkilotietolaki-523-1999, provision: \"26 §\"}\n    section: \"9\"\n"
        "  - right: rectification\n    text: *r26\n    law: {law: henkilotietolaki-523-1999, provision: \"26 §\"}\n    section: \"9\"\n")
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    (finding,) = [f for f in lint(path) if f.rule == "PN110"]
    laws = [i for i, line in enumerate(text.splitlines(), 1) if "law: {law: henkilotietolaki-523-1999" in line]
    assert finding.location.line == laws[0] and [r.line for r in finding.related] == laws[1:]
    assert "GDPR Art. 15 (access) and GDPR Art. 16 (rectification)" in finding.fix
    assert "supplemented by the Data Protection Act" in finding.fix  # laws.yaml replaced_by_note
    assert "37 §" in finding.message


def test_pn121_is_an_error_grouped_into_one_finding(tmp_path):
    data = good()
    for category in data["category_groups"][0]["categories"]:
        del category["retention"]
    path = write(tmp_path, data)
    (finding,) = [f for f in lint(path) if f.rule == "PN121"]
    assert finding.severity.label == "error" and finding.location.line == line_of(path, "id: customer-name")
    assert [r.line for r in finding.related] == [line_of(path, "id: contact-details")]
    assert "customer-name, contact-details" in finding.message
    assert "end of the year in which the financial year ended" in finding.fix  # Kirjanpitolaki 2:10


def test_art14_cited_when_the_notice_has_third_party_sources(tmp_path):
    data = good()
    del data["purposes"][0]["legal_basis"]
    (finding,) = _rules(tmp_path, data, "PN120")
    assert finding.reference == "GDPR Art. 13(1)(c)"
    data["sources"].append({"id": "dvv", "label": {"fi": "DVV", "en": "DVV"}, "organisation": "dvv", "publicly_accessible": False, "feeds": ["customer-name"], "section": "5"})
    (finding,) = _rules(tmp_path, data, "PN120")
    assert finding.reference == "GDPR Art. 13(1)(c) and Art. 14(1)(c)"
    data["sources"] = data["sources"][1:]
    (finding,) = _rules(tmp_path, data, "PN120")
    assert finding.reference == "GDPR Art. 14(1)(c)"


def test_pn111_bcr_only_for_group_companies_and_dpf_litigation(tmp_path):
    data = good()
    data["transfers"]["allowed"][0]["safeguard"] = "privacy-shield"
    del data["transfers"]["allowed"][0]["safeguard_copy"]
    (finding,) = _rules(tmp_path, data, "PN111")
    assert "Binding corporate rules" not in finding.fix  # to a processor (outside vendor)
    assert "certified" in finding.fix and "T-553/23" in finding.fix and "C-703/25 P" in finding.fix and "pending" in finding.fix
    assert "2021/914" in finding.fix and "transfer impact assessment" in finding.fix
    data["recipients"][0]["type"] = "group-company"
    data["recipients"][0]["legal_basis"] = "art6-1-b"
    (finding,) = _rules(tmp_path, data, "PN111")
    assert "Binding corporate rules" in finding.fix and "only inside the corporate group" in finding.fix


def test_pn111_expired_adequacy_decision_is_invalid(tmp_path):
    import datetime

    data = good()
    data["transfers"]["allowed"][0].update(country="GB", safeguard="adequacy-decision")
    del data["transfers"]["allowed"][0]["safeguard_copy"]
    assert _rules(tmp_path, data, "PN111", today=datetime.date(2031, 12, 27)) == []  # last valid day
    (finding,) = _rules(tmp_path, data, "PN111", today=datetime.date(2031, 12, 28))
    assert "expired on 2031-12-27" in finding.message
    data["transfers"]["allowed"][0]["country"] = "CN"
    (finding,) = _rules(tmp_path, data, "PN111")
    assert "no adequacy decision for CN" in finding.message


def test_expired_safeguard_counts_as_invalid():
    import dataclasses
    import datetime

    legal = load_legal()
    scc = dict(legal.safeguards["scc-2021-914"], valid_until="2030-01-01")
    dated = dataclasses.replace(legal, safeguards={**legal.safeguards, "scc-2021-914": scc})
    assert dated.safeguard_invalid("scc-2021-914", datetime.date(2030, 1, 1)) is None
    assert dated.safeguard_invalid("scc-2021-914", datetime.date(2030, 1, 2)) == "expired on 2030-01-01"
    assert "C-311/18" in legal.safeguard_invalid("privacy-shield", datetime.date(2026, 1, 1))
    assert legal.adequacy("GB", datetime.date(2031, 12, 27)) is not None  # renewed until 27.12.2031
    assert legal.adequacy("GB", datetime.date(2031, 12, 28)) is None


# ---------------------------------------------------------------- notice lint v2: new rules

def test_pn113_moved_data_exchange(tmp_path):
    data = good()
    source = {"id": "exchange", "label": {"fi": "sähkömarkkinoiden tiedonvaihto", "en": "electricity market data exchange"},
              "text": {"fi": "Tietoja päivitetään Energiateollisuuden julkaisemien sähkömarkkinoiden tiedonvaihdon perusteella.",
                       "en": "Data are updated from the electricity market data exchange published by Finnish Energy."},
              "organisation": "energiateollisuus", "publicly_accessible": False, "feeds": [], "section": "5"}
    data["sources"].append(source)
    (finding,) = _rules(tmp_path, data, "PN113")
    assert finding.severity.label == "info" and "Fingrid Datahub" in finding.message and "electricity" in finding.message
    source["text"] = {"fi": "Noudatamme Energiateollisuuden suosituksia.", "en": "We follow Finnish Energy's recommendations."}
    source["label"] = {"fi": "suositukset", "en": "recommendations"}
    assert _rules(tmp_path, data, "PN113") == []  # the organisation alone, not the moved role


def test_pn114_outdated_legal_data(tmp_path):
    import datetime

    legal = load_legal()
    as_of, days = legal.freshness["checker/data/legal/eea.yaml"]
    deadline = datetime.date.fromisoformat(as_of) + datetime.timedelta(days=days)
    assert "checker/data/legal/eea.yaml" not in {f.location.path for f in _rules(tmp_path, good(), "PN114", today=deadline)}
    found = _rules(tmp_path, good(), "PN114", today=deadline + datetime.timedelta(days=1))
    assert "checker/data/legal/eea.yaml" in {f.location.path for f in found}
    assert all("update notice-check" in f.fix for f in found)


def test_pn124_requirement_to_provide(tmp_path):
    data = good()
    del data["requirement_to_provide"]
    (finding,) = _rules(tmp_path, data, "PN124")
    assert finding.reference == "GDPR Art. 13(2)(e)"
    data["sources"][0]["origin"] = "third-party"  # nothing collected from the data subject: Art. 13 does not apply
    data["sources"][0]["publicly_accessible"] = False
    assert _rules(tmp_path, data, "PN124") == []


def test_pn125_safeguard_copy(tmp_path):
    data = good()
    del data["transfers"]["allowed"][0]["safeguard_copy"]
    (finding,) = _rules(tmp_path, data, "PN125")
    assert "Art. 46(2)(c)" in finding.message and finding.reference == "GDPR Art. 13(1)(f)"
    data["transfers"]["allowed"][0]["safeguard"] = "eu-us-dpf"  # an adequacy decision: no copy to give
    assert _rules(tmp_path, data, "PN125") == []


def test_pn126_automated_decisions(tmp_path):
    data = good()
    statement = data.pop("automated_decisions")
    (finding,) = _rules(tmp_path, data, "PN126")
    assert "suggest" not in finding.message
    data["sources"].append({"id": "credit", "label": {"fi": "luottotiedot", "en": "credit data"}, "organisation": "suomen-asiakastieto",
                            "publicly_accessible": False, "kinds": ["credit-data"], "feeds": [], "section": "5"})
    (finding,) = _rules(tmp_path, data, "PN126")
    assert "source 'credit' (credit-data)" in finding.message and "Art. 14(2)(g)" in finding.reference
    data["automated_decisions"] = dict(statement, used=True)
    (finding,) = _rules(tmp_path, data, "PN126")
    assert "logic and significance" in finding.message


def test_pn127_dpo_prompt_for_metering_data(tmp_path):
    data = good()
    data["category_groups"][0]["categories"].append({"id": "metering", "label": {"fi": "mittausdata", "en": "metering data"},
                                                     "kinds": ["energy-consumption"], "retention": {"period": "P6Y", "section": "4"}, "section": "4"})
    (finding,) = _rules(tmp_path, data, "PN127")
    assert finding.severity.label == "info" and "Art. 37(1)(b)" in finding.message
    data["dpo"] = {"designated": False, "text": {"fi": "Tietosuojavastaavaa ei ole nimetty.", "en": "No DPO is designated."}, "section": "1"}
    assert _rules(tmp_path, data, "PN127") == []
    data["dpo"] = {"name": "Tietosuojavastaava", "email": "dpo@example.fi", "section": "1"}
    assert _rules(tmp_path, data, "PN127") == []


def test_pn128_purposes_outside_section_3_and_group_disclosures(tmp_path):
    data = good()
    data["sources"][0]["stated_purposes"] = [{"text": {"fi": "laadun kehittäminen", "en": "improving quality"}}]
    data["recipients"].append({"id": "group", "label": {"fi": "konserni", "en": "group"}, "type": "group-company", "section": "6"})
    path = write(tmp_path, data)
    found = [f for f in lint(path) if f.rule == "PN128"]
    assert sorted(f.location.line for f in found) == sorted([line_of(path, "- text:"), line_of(path, "- id: group")])
    data["sources"][0]["stated_purposes"][0]["purpose"] = "billing"  # belongs to a purpose with a basis
    data["recipients"][1]["legal_basis"] = "art6-1-f"
    assert _rules(tmp_path, data, "PN128") == []


def test_pn129_public_sources_one_finding_per_sentence(tmp_path):
    data = good()
    sentence = {"fi": "Tietoja saadaan DVV:ltä ja Maanmittauslaitokselta.", "en": "Data come from DVV and the National Land Survey."}
    for org in ("dvv", "maanmittauslaitos"):
        data["sources"].append({"id": org, "label": {"fi": org, "en": org}, "text": sentence, "organisation": org, "feeds": ["customer-name"], "section": "5"})
    (finding,) = _rules(tmp_path, data, "PN129")
    assert "'dvv', 'maanmittauslaitos'" in finding.message and len(finding.related) == 1
    for source in data["sources"][1:]:
        source["publicly_accessible"] = True
    assert _rules(tmp_path, data, "PN129") == []


def test_pn130_identity_code_ground(tmp_path):
    data = good()
    data["category_groups"][0]["categories"][0]["kinds"].append("national-id")
    (finding,) = _rules(tmp_path, data, "PN130")
    assert finding.category == "customer-name" and "29 §" in finding.reference
    data["category_groups"][0]["categories"][0]["identity_code_ground"] = {"provision": "29 § 1 mom. 2 k.", "text": {"fi": "sopimuksen hoitaminen", "en": "managing the contract"}}
    assert _rules(tmp_path, data, "PN130") == []


def test_pn131_electronic_marketing(tmp_path):
    data = good()
    data["purposes"].append({"id": "marketing", "label": {"fi": "markkinointi", "en": "marketing"}, "legal_basis": "art6-1-f",
                             "legitimate_interest": {"fi": "myynti", "en": "sales"}, "direct_marketing": True, "section": "3"})
    data["rights"].append({"right": "object-direct-marketing", "text": {"fi": "kielto", "en": "opt-out"}, "section": "9"})
    (finding,) = _rules(tmp_path, data, "PN131")
    assert "email, phone" in finding.message and "917/2014 200 §" in finding.reference
    data["purposes"][1]["electronic_marketing"] = "existing-customers"
    assert _rules(tmp_path, data, "PN131") == []
    del data["purposes"][1]["electronic_marketing"]
    data["purposes"][1]["legal_basis"] = "art6-1-a"
    del data["purposes"][1]["legitimate_interest"]
    assert _rules(tmp_path, data, "PN131") == []


def test_pn132_gdpr_not_cited(tmp_path):
    data = good()
    del data["legal_framework"]
    assert len(_rules(tmp_path, data, "PN132")) == 1
    data["title"]["fi"] = "Tietosuoja-asetuksen mukainen seloste"
    assert _rules(tmp_path, data, "PN132") == []
