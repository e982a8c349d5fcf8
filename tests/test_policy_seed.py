"""The seed notice (Leppäkosken Lämpö Oy) as a policy: schema, references, legal data, rendering."""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SEEDS, require
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from checker.render.notice import md_escape, render_notice

ROOT = Path(__file__).resolve().parent.parent
POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
LEGAL = ROOT / "checker" / "data" / "legal"
SCHEMAS = ROOT / "schemas"
SEED_NAME = "000_b5d408eeeaa2c955.txt"

# Kind ids of the catalog (checker/catalog/kinds.yaml); checked against the file too when it exists.
KNOWN_KINDS = {
    "person-name", "birth-date", "age", "gender", "nationality", "marital-status", "language", "phone",
    "email", "postal-address", "postal-code", "geolocation", "ip-address", "device-id", "cookie-id",
    "username", "password", "credential", "bank-account", "payment-card", "payment-history", "income", "credit-data",
    "photo", "voice-recording", "social-media", "vehicle-registration", "property-id", "property-data",
    "energy-consumption", "free-text", "user-content", "activity-log", "business-id", "employment", "education",
    "marketing-preference", "customer-number", "national-id", "racial-ethnic-origin", "political-opinion",
    "religious-belief", "trade-union-membership", "genetic-data", "biometric-data", "health-data",
    "sex-life-orientation", "criminal-record",
}

# Facts of the seed, word for word as the seed text file has them.
SEED_FACTS = [
    # header, 1, 2
    "Leppäkosken Lämpö Oy:n tietosuojaseloste",
    "Tietosuojalain (1050 / 2018) mukainen tietosuojaseloste",
    "Leppäkosken Lämpö Oy",
    "0840218-6",
    "Eino Salmelaisen katu 23, 39500 Ikaalinen",
    "03 45 031 tai 03 450 3399",
    "www.leppakoski.fi",
    "Oili Tuomisto, assistentti",
    "oili.tuomisto@leppakoski.fi",
    "044 750 3305",
    "Leppäkosken Lämpö Oy:n asiakas- ja markkinointirekisterit",
    # 3
    "Rekisterinpitäjä tai sen valtuuttama yhteistyökumppani käyttää rekisterin tietoja henkilötietolain mukaisesti seuraaviin tarkoituksiin:",
    "kaukolämpö- ja maakaasuverkkojen rakentaminen, käyttö ja ylläpito",
    "kaukolämpö- ja maakaasuliittymien toimittaminen ja ylläpito",
    "energiantoimitus, mittaus ja verkkopalvelut",
    "laskutus, maksujen valvonta ja perintä, korvausten maksaminen",
    "asiakassuhteiden hoito, kehittäminen ja ylläpito laskutukseen",
    "rekisterinpitäjän edustamien tuotteiden ja palveluiden markkinointi sekä etämyynti",
    "rekisterinpitäjän liiketoiminnan kehittäminen",
    # 4
    "Asiakastiedot:",
    "nimi, ikä tai syntymäaika (omistaja ja/tai haltija)",
    "henkilötunnus / Y-tunnus",
    "yhteystiedot (puhelin, lähiosoite, laskutusosoite, sähköpostiosoite)",
    "pankkiyhteystiedot",
    "äidinkieli",
    "muut asiakkaan ja potentiaalisen asiakkaan suostumuksella tai valtuuttamalla saadut tiedot, jotka ovat tarpeellisia hänen pyytämänsä palvelun toteuttamiseksi.",
    "Käyttöpaikan tiedot:",
    "rakennustyyppi ja käyttötarkoitus",
    "liittymistiedot",
    "energiankäyttötiedot",
    "tehotiedot",
    "Muut tiedot:",
    "kiinteistötiedot (kiinteistötunnus, kiinteistön nimi, rakennustilavuus, valmistusvuosi, omistaja)",
    "tapahtuma- ja asiakasanalyysitiedot",
    "laskutustiedot (osoite, laskutusrytmi, laskutustapa, tiedot maksuista)",
    "mittausdata / kulutustiedot",
    "suoramarkkinoinnin kieltotiedot",
    "internetsivujen käyttöön liittyvät tunnistautumis- ja lokitiedot",
    "muut asiakkaan suostumuksella saadut tiedot, jotka voidaan tarvita em. toimintoihin liittyvien palvelujen toteuttamiseksi.",
    # 5
    "Tiedot saadaan asiakkailta mm. tarjouspyyntöjen, kilpailujen ja arvontojen, sopimusten, verkkosivujen, chat-keskusteluiden tai muiden kontaktien yhteydessä.",
    "Asiakaspuheluita voidaan tallentaa asiakastapahtuman varmentamiseksi ja palveluiden laadun kehittämiseksi.",
    "Puhelutallenteita säilytetään 6 kk",
    "Tietoja voidaan myös kerätä, tallettaa ja päivittää asiakas- ja markkinointirekisterien välillä, Väestörekisterikeskukseen, Suomen Asiakastieto Oy:n, Maanmittauslaitoksen tai muuta vastaavaa palvelua tarjoavan rekisterinpitäjän rekisteristä.",
    "Tietoja päivitetään myös Energiategollisuuden julkaisemien sähkömarkkinoiden tiedonvaihdon perusteella.",
    # 6
    "Tietoja ei luovuteta säännönmukaisesti Leppäkosken Sähkö - konsernin tai sen järjestelmätoimittajien ulkopuolelle.",
    "Tietoja voidaan luovuttaa viranomaisille voimassaolevan lainsäädännön mukaisesti.",
    # 7
    "Tietoja ei pääasiallisesti siirretä EU:n tai ETA:n ulkopuolelle.",
    "Jos järjestelmäteknisistä syistä tietoja joudutaan siirtämään EU:n tai ETA:n ulkopuolelle, käytämme ainoastaan Privacy Shield -sertifioituja toimittajia.",
    # 8
    "Tietojärjestelmät on suojattu palomurein, salasanoin sekä muilla teknisillä keinoilla.",
    "Niillä henkilöillä, jotka tarvitsevat tietoja työtehtävissään, on järjestelmiin henkilökohtaiset käyttäjätunnukset ja salasanat.",
    "Heiltä edellytetään lainsäädännön ja voimassaolevien ohjeiden mukaisten salassapitosäännösten noudattamista.",
    "Manuaalisesti käsiteltävä henkilötietoja sisältävä paperiaineisto säilytetään lukituissa ja valvotuissa tiloissa.",
    # 9
    "Rekisteröidyllä on henkilötietolain 26 §:n mukaisesti oikeus tarkastaa häntä koskevat tiedot ja vaatia virheellisen tiedon korjaamista.",
    "Tarkastus- ja korjaamispyynnöt voi tehdä www.leppakoski.fi nettisivuilla sekä Ikaalisissa Leppäkosken Sähkö -konsernin toimitaloissa osoitteessa Eino Salmelaisen katu 23, 39500 Ikaalinen.",
    "Henkilötietolain 30 §:n mukaan rekisteröidyllä on oikeus kieltää tietojensa käyttäminen suoramarkkinointiin, etämyyntiin, mielipidetutkimuksiin, henkilömatrikkelia tai sukututkimusta varten ilmoittamalla siitä asiakaspalveluun.",
    "Jos rekisteröity katsoo, että hänen lakisääteisiä oikeuksiaan on loukattu, hän voi tehdä asiasta valituksen tietosuojavaltuutetulle, jonka yhteystiedot löytyvät linkin",
    "https://tietosuoja.fi",
]

EN_HEADINGS = [
    "1. Controller", "2. Name of the register", "3. Purposes of processing", "4. Personal data processed",
    "5. Sources of data", "6. Disclosures of data", "7. Transfers outside the EU or EEA",
    "8. Security of processing", "9. Your rights",
]
FI_HEADINGS = [
    "1. Rekisterinpitäjä", "2. Rekisterin nimi", "3. Henkilötietojen käsittelyn tarkoitus",
    "4. Rekisterin tietosisältö", "5. Säännönmukaiset tietolähteet", "6. Tietojen säännönmukaiset luovutukset",
    "7. Tietojen siirto EU:n tai ETA:n ulkopuolelle", "8. Rekisterin suojaamisen periaatteet",
]

LEGAL_FILES = {
    "laws.yaml": "laws_file",
    "safeguards.yaml": "safeguards_file",
    "authorities.yaml": "authorities_file",
    "eea.yaml": "eea_file",
}


# ---------------------------------------------------------------- fixtures / helpers

def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def policy() -> dict[str, Any]:
    return _load_yaml(POLICY)


@pytest.fixture(scope="module")
def legal() -> dict[str, Any]:
    return {name: _load_yaml(LEGAL / name) for name in LEGAL_FILES}


@pytest.fixture(scope="module")
def policy_validator() -> Draft202012Validator:
    schema = _schema("policy.schema.json")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(validator: Draft202012Validator, data: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]


def _seed_text() -> str:
    path = SEEDS / SEED_NAME
    require(path.is_file(), "the seed notice", f"no file {path}")
    return path.read_text(encoding="utf-8")


def _catalog_kinds() -> set[str]:
    kinds = set(KNOWN_KINDS)
    path = ROOT / "checker" / "catalog" / "kinds.yaml"
    if path.is_file():
        data = _load_yaml(path)
        items = data.get("kinds", []) if isinstance(data, dict) else data
        kinds = {item["id"] for item in items}
    return kinds


def _ids(items: Any, where: str, problems: list[str]) -> set[str]:
    seen: set[str] = set()
    for item in items or []:
        if item["id"] in seen:
            problems.append(f"{where}: duplicate id {item['id']}")
        seen.add(item["id"])
    return seen


def unresolved_references(policy: dict[str, Any], legal: dict[str, Any], kinds: set[str]) -> list[str]:
    """Every reference of docs/policy-format.md that does not resolve (a stand-in for checker.policy)."""
    problems: list[str] = []
    laws = {law["id"] for law in legal["laws.yaml"]["laws"]}
    safeguards = {s["id"] for s in legal["safeguards.yaml"]["safeguards"]}
    orgs = {a["id"] for a in legal["authorities.yaml"]["authorities"]}

    purposes = _ids(policy.get("purposes"), "purposes", problems)
    subjects = _ids(policy.get("data_subjects"), "data_subjects", problems)
    _ids(policy.get("category_groups"), "category_groups", problems)
    categories_list = [c for g in policy.get("category_groups", []) for c in g["categories"]]
    categories = _ids(categories_list, "categories", problems)
    recipients = _ids(policy.get("recipients"), "recipients", problems)
    _ids(policy.get("sources"), "sources", problems)
    _ids(policy.get("security"), "security", problems)
    _ids(policy.get("retention"), "retention", problems)
    _ids((policy.get("transfers") or {}).get("allowed"), "transfers", problems)

    def check(values: Any, known: set[str], what: str, where: str) -> None:
        for value in values or []:
            if value not in known:
                problems.append(f"{where}: unknown {what} {value!r}")

    for c in categories_list:
        check(c.get("kinds"), kinds, "kind", f"category {c['id']}")
        check(c.get("purposes"), purposes, "purpose", f"category {c['id']}")
        check(c.get("data_subjects"), subjects, "data subject", f"category {c['id']}")
    for s in policy.get("sources", []):
        check(s.get("feeds"), categories, "category", f"source {s['id']}")
        check(s.get("kinds"), kinds, "kind", f"source {s['id']}")
        if s.get("organisation") is not None:
            check([s["organisation"]], orgs, "organisation", f"source {s['id']}")
    for t in (policy.get("transfers") or {}).get("allowed", []):
        check([t["recipient"]], recipients, "recipient", f"transfer {t['id']}")
        check([t["safeguard"]], safeguards, "safeguard", f"transfer {t['id']}")
        check(t.get("categories"), categories, "category", f"transfer {t['id']}")
    for r in policy.get("retention", []):
        check(r.get("categories"), categories, "category", f"retention {r['id']}")
    law_refs = [e["law"] for e in policy.get("legal_framework", [])]
    law_refs += [p["law"]["law"] for p in policy.get("purposes", []) if p.get("law")]
    law_refs += [r["law"]["law"] for r in policy.get("rights", []) if r.get("law")]
    check(law_refs, laws, "law", "law reference")
    authority = policy.get("supervisory_authority") or {}
    if authority.get("organisation"):
        check([authority["organisation"]], orgs, "organisation", "supervisory_authority")
    return problems


# ---------------------------------------------------------------- schema

def test_seed_policy_validates(policy, policy_validator):
    assert _errors(policy_validator, policy) == []


def test_seed_policy_references_resolve(policy, legal):
    assert unresolved_references(policy, legal, _catalog_kinds()) == []


def test_reference_helper_reports_broken_references(policy, legal):
    broken = copy.deepcopy(policy)
    broken["sources"][0]["feeds"].append("no-such-category")
    broken["transfers"]["allowed"][0]["safeguard"] = "no-such-safeguard"
    broken["rights"][0]["law"]["law"] = "no-such-law"
    problems = unresolved_references(broken, legal, _catalog_kinds())
    assert len(problems) == 3, problems


@pytest.mark.parametrize(
    "change, fragment",
    [
        (lambda p: p["purposes"][0].update(legal_basis="art6-1-f"), "legitimate_interest"),
        (lambda p: p["purposes"][0].update(legal_basis="art6-1-g"), "art6-1-g"),
        (lambda p: p["purposes"][0].update(id="Network_Operation"), "Network_Operation"),
        (lambda p: p["purposes"][0].update(colour="red"), "colour"),
        (lambda p: p["controller"]["address"].update(country="FIN"), "FIN"),
        (lambda p: p["retention"][0].update(period="6 months"), "6 months"),
        (lambda p: p["register"]["name"].pop("en"), "'en' is a required property"),
        (lambda p: p["register"]["name"].update(de="Register"), "de"),
        (lambda p: p.update(version=2), "1 was expected"),
    ],
)
def test_schema_rejects(policy, policy_validator, change, fragment):
    bad = copy.deepcopy(policy)
    change(bad)
    errors = _errors(policy_validator, bad)
    assert errors and any(fragment in e for e in errors), errors


def test_schema_accepts_art6_1_f_with_interest_and_sv_text(policy, policy_validator):
    good = copy.deepcopy(policy)
    good["purposes"][0]["legal_basis"] = "art6-1-f"
    good["purposes"][0]["legitimate_interest"] = {"fi": "verkon käyttövarmuus", "en": "network reliability"}
    good["register"]["name"]["sv"] = "kund- och marknadsföringsregister"
    assert _errors(policy_validator, good) == []


def test_every_schema_property_has_a_description():
    def walk(node: Any, path: str, missing: list[str]) -> None:
        if isinstance(node, dict):
            for key, sub in (node.get("properties") or {}).items():
                if "description" not in sub:
                    missing.append(f"{path}/{key}")
            for key, sub in node.items():
                walk(sub, f"{path}/{key}", missing)
        elif isinstance(node, list):
            for sub in node:
                walk(sub, path, missing)

    for name in ("policy.schema.json", "legal.schema.json"):
        missing: list[str] = []
        walk(_schema(name), name, missing)
        assert missing == []


# ---------------------------------------------------------------- legal data

@pytest.mark.parametrize("filename", sorted(LEGAL_FILES))
def test_legal_file_validates(filename, legal):
    schema = _schema("legal.schema.json")
    Draft202012Validator.check_schema(schema)
    registry = Registry().with_resource(schema["$id"], Resource.from_contents(schema))
    specific = Draft202012Validator(
        {"$ref": f"{schema['$id']}#/$defs/{LEGAL_FILES[filename]}"},
        registry=registry,
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )
    assert _errors(specific, legal[filename]) == []
    whole = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert _errors(whole, legal[filename]) == []
    first_line = (LEGAL / filename).read_text(encoding="utf-8").splitlines()[:6]
    assert any("schemas/legal.schema.json" in line for line in first_line)


def test_legal_cross_references(legal):
    laws = {law["id"]: law for law in legal["laws.yaml"]["laws"]}
    safeguards = {s["id"]: s for s in legal["safeguards.yaml"]["safeguards"]}
    orgs = {a["id"]: a for a in legal["authorities.yaml"]["authorities"]}
    for law in laws.values():
        assert law["repealed_by"] is None or law["repealed_by"] in laws
        for pattern in law["mentions"]:
            re.compile(pattern, re.IGNORECASE)
    for safeguard in safeguards.values():
        assert set(safeguard["suggest"]) <= set(safeguards)
        assert all(safeguards[s]["valid"] for s in safeguard["suggest"])
    for org in orgs.values():
        assert org["merged_into"] is None or org["merged_into"] in orgs
        for pattern in org["aliases"]:
            re.compile(pattern, re.IGNORECASE)
    for entry in legal["eea.yaml"]["adequacy"]:
        assert entry.get("safeguard") is None or entry["safeguard"] in safeguards


def test_legal_facts(legal):
    laws = {law["id"]: law for law in legal["laws.yaml"]["laws"]}
    assert laws["henkilotietolaki-523-1999"]["repealed_on"] == "2019-01-01"
    assert laws["henkilotietolaki-523-1999"]["repealed_by"] == "tietosuojalaki-1050-2018"
    assert laws["tietosuojalaki-1050-2018"]["repealed_on"] is None
    assert laws["gdpr"]["applies_from"] == "2018-05-25"
    safeguards = {s["id"]: s for s in legal["safeguards.yaml"]["safeguards"]}
    assert safeguards["privacy-shield"]["valid"] is False
    assert safeguards["privacy-shield"]["invalidated_on"] == "2020-07-16"
    assert "C-311/18" in safeguards["privacy-shield"]["invalidated_by"]
    assert safeguards["safe-harbor"]["invalidated_on"] == "2015-10-06"
    assert "eu-us-dpf" in safeguards["privacy-shield"]["suggest"]
    assert safeguards["eu-us-dpf"]["valid"] and safeguards["eu-us-dpf"]["requires_certification"]
    assert safeguards["eu-us-dpf"]["countries"] == ["US"]
    orgs = {a["id"]: a for a in legal["authorities.yaml"]["authorities"]}
    assert orgs["vaestorekisterikeskus"]["exists"] is False
    assert orgs["vaestorekisterikeskus"]["merged_into"] == "dvv"
    assert orgs["vaestorekisterikeskus"]["ceased_on"] == "2020-01-01"
    eea = legal["eea.yaml"]
    assert len(eea["eu"]) == 27 and len(set(eea["eu"])) == 27 and "FI" in eea["eu"]
    assert eea["eea_efta"] == ["IS", "LI", "NO"]
    adequacy = {e.get("country"): e for e in eea["adequacy"]}
    assert adequacy["US"]["requires_certification"] is True
    assert {"AD", "AR", "BR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY", "US"} <= set(adequacy)
    assert adequacy["BR"]["date"] == "2026-01-26"  # Implementing Decision (EU) 2026/179
    assert adequacy["GB"]["valid_until"] == "2031-12-27"  # renewed 19.12.2025
    assert not set(adequacy) & set(eea["eu"] + eea["eea_efta"])


def _matches(patterns: list[str], text: str) -> bool:
    return any(re.search(p, text, re.IGNORECASE) for p in patterns)


def test_mentions_and_aliases_find_the_seed_wording(legal):
    laws = {law["id"]: law["mentions"] for law in legal["laws.yaml"]["laws"]}
    orgs = {a["id"]: a["aliases"] for a in legal["authorities.yaml"]["authorities"]}
    assert _matches(laws["henkilotietolaki-523-1999"], "käyttää rekisterin tietoja henkilötietolain mukaisesti")
    assert _matches(laws["henkilotietolaki-523-1999"], "Henkilötietolain 30 §:n mukaan")
    assert _matches(laws["tietosuojalaki-1050-2018"], "Tietosuojalain (1050 / 2018) mukainen tietosuojaseloste")
    assert not _matches(laws["tietosuojalaki-1050-2018"], "henkilötietolain 26 §:n mukaisesti")
    assert not _matches(laws["henkilotietolaki-523-1999"], "Tietosuojalain (1050 / 2018) mukainen")
    assert _matches(laws["gdpr"], "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679 mukaisesti")
    assert _matches(orgs["vaestorekisterikeskus"], "päivittää ... Väestörekisterikeskukseen")
    assert _matches(orgs["suomen-asiakastieto"], "Suomen Asiakastieto Oy:n")
    assert not _matches(orgs["suomen-asiakastieto"], "Asiakastiedot:")
    assert _matches(orgs["maanmittauslaitos"], "Maanmittauslaitoksen")
    assert _matches(orgs["energiateollisuus"], "Energiategollisuuden julkaisemien")
    assert _matches(orgs["tietosuojavaltuutettu"], "valituksen tietosuojavaltuutetulle")


# ---------------------------------------------------------------- what the seed encodes

def test_seed_encoding_choices(policy, legal):
    purposes = {p["id"]: p for p in policy["purposes"]}
    assert list(purposes) == [
        "network-operation", "connections", "energy-supply", "billing",
        "customer-relationship", "marketing", "business-development",
    ]
    assert purposes["marketing"]["direct_marketing"] is True
    assert not any("legal_basis" in p for p in policy["purposes"])  # the seed states none
    assert "dpo" not in policy
    groups = {g["id"]: [c["id"] for c in g["categories"]] for g in policy["category_groups"]}
    assert groups["customer-data"] == ["customer-name", "identity-code", "contact-details", "bank-details",
                                       "mother-tongue", "customer-consent-data"]
    assert groups["usage-site-data"] == ["site-name", "site-address", "building-type", "connection-data",
                                         "energy-usage", "power-data"]
    assert groups["other-data"] == ["property-data", "event-analytics", "billing-data", "metering-data",
                                    "marketing-bans", "web-login-data", "other-consent-data"]
    categories = {c["id"]: c for g in policy["category_groups"] for c in g["categories"]}
    assert categories["marketing-bans"]["opt_out"] is True
    assert categories["call-recordings"]["retention"]["period"] == "P6M"
    retained = [c for c in categories.values() if c.get("retention")]
    assert [c["id"] for c in retained] == ["call-recordings"]  # the only retention the seed states
    assert [r["period"] for r in policy["retention"]] == ["P6M"]
    # the credit-information source provides a kind that no section-4 category covers
    sources = {s["id"]: s for s in policy["sources"]}
    assert sources["credit-information"]["organisation"] == "suomen-asiakastieto"
    assert sources["credit-information"]["kinds"] == ["credit-data"]
    assert not any("credit-data" in c["kinds"] for c in categories.values())
    assert sources["population-register"]["organisation"] == "vaestorekisterikeskus"
    # section 5 states two purposes of its own (call recordings), with no legal basis
    assert [p["text"]["fi"] for p in sources["call-recording"]["stated_purposes"]] == [
        "asiakastapahtuman varmentaminen", "palveluiden laadun kehittäminen"]
    assert not any("legal_basis" in p for p in sources["call-recording"]["stated_purposes"])
    # the seed says nothing on these Art. 13/14 points: they stay absent (the lint reports them)
    for absent in ("requirement_to_provide", "automated_decisions"):
        assert absent not in policy
    assert not any("publicly_accessible" in s for s in policy["sources"])
    assert not any("identity_code_ground" in c for c in categories.values())
    assert not any("electronic_marketing" in p or "safeguard_copy" in p for p in policy["purposes"] + policy["transfers"]["allowed"])
    # the repealed law is cited at section 3 and in the rights
    framework = {e["section"]: e["law"] for e in policy["legal_framework"]}
    assert framework == {"0": "tietosuojalaki-1050-2018", "3": "henkilotietolaki-523-1999"}
    assert {r["right"]: r.get("law", {}).get("provision") for r in policy["rights"]} == {
        "access": "26 §", "rectification": "26 §", "object-direct-marketing": "30 §", "complaint": None,
    }
    transfer = policy["transfers"]["allowed"][0]
    assert (policy["transfers"]["default"], transfer["country"], transfer["recipient"], transfer["safeguard"]) == (
        "none", "US", "system-vendors", "privacy-shield")
    recipients = {r["id"]: (r["type"], r.get("country")) for r in policy["recipients"]}
    assert recipients == {"leppakoski-group": ("group-company", "FI"), "system-vendors": ("processor", None),
                          "authorities": ("authority", "FI")}


def test_seed_source_mappings_stay_within_what_the_seed_implies(policy):
    sources = {s["id"]: s for s in policy["sources"]}
    # the seed names no data for these sources: nothing is mapped
    assert sources["register-updates"]["feeds"] == []
    assert sources["electricity-market-data-exchange"]["feeds"] == []
    assert sources["other-registers"]["feeds"] == []
    assert sources["land-survey"]["feeds"] == ["property-data"]
    # "Väestörekisterikeskukseen" (to) is kept in fi and flagged in the translation
    assert "Väestörekisterikeskukseen" in sources["population-register"]["text"]["fi"]
    assert "to [sic] the Population Register Centre" in sources["population-register"]["text"]["en"]


def test_implied_values_are_marked_in_comments():
    lines = POLICY.read_text(encoding="utf-8").splitlines()
    needles = ["direct_marketing: true", "country: US", "type: processor", "country: FI", "organisation: vaestorekisterikeskus",
               "origin: controller", "origin: third-party"]
    for needle in needles:
        hits = [i for i, line in enumerate(lines) if line.strip().startswith(needle)]
        assert hits, needle
        for i in hits:
            window = "\n".join(lines[max(0, i - 8): i + 1])
            assert "Implied" in window, (needle, i + 1)


# ---------------------------------------------------------------- rendering

def test_facts_are_quoted_from_the_seed():
    seed = _seed_text()
    assert len(SEED_FACTS) >= 25
    missing = [fact for fact in SEED_FACTS if fact not in seed]
    assert missing == []


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_finnish_rendering_contains_every_seed_fact(policy, fmt):
    out = render_notice(policy, "fi", fmt)
    for fact in SEED_FACTS:
        assert not set(fact) & set("&<>\"'")  # so the raw output can be searched
    missing = [fact for fact in SEED_FACTS if fact not in out]
    assert missing == []
    for heading in FI_HEADINGS:
        assert heading in out


def test_finnish_rendering_adds_nothing_the_seed_lacks(policy):
    out = render_notice(policy, "fi", "markdown")
    assert "oikeusperuste" not in out  # no legal basis in the seed
    assert "Tietosuojavastaava" not in out  # no DPO in the seed
    assert "Säilytysajat" not in out  # the only retention is the sentence of section 5
    assert out.count("Rekisteröidyllä on henkilötietolain 26 §:n mukaisesti") == 1  # shared sentence once
    assert out.count("Tietoja voidaan myös kerätä") == 1


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_english_rendering_has_english_headings(policy, fmt):
    out = render_notice(policy, "en", fmt)
    for heading in EN_HEADINGS:
        assert heading in out
    for heading in FI_HEADINGS:
        assert heading not in out
    assert "Call recordings are kept for 6 months." in out
    assert "0840218-6" in out and "oili.tuomisto@leppakoski.fi" in out


def test_html_is_a_complete_document(policy):
    out = render_notice(policy, "en", "html")
    assert out.startswith("<!DOCTYPE html>")
    assert '<html lang="en">' in out and "</html>" in out
    assert '<meta charset="utf-8">' in out and "<style>" in out
    assert '<a href="mailto:oili.tuomisto@leppakoski.fi">' in out
    assert '<html lang="fi">' in render_notice(policy, "fi", "html")


def _hostile_policy() -> dict[str, Any]:
    evil = "<script>alert(1)</script>"
    return {
        "version": 1,
        "language": "fi",
        "title": {"fi": evil, "en": evil},
        "controller": {"name": 'Evil & "Co"', "address": {"street": evil, "city": "X", "country": "FI"},
                       "web": "https://example.com/?a=1&b=<2>", "section": "1"},
        "purposes": [{"id": "p", "label": {"fi": evil, "en": evil}, "section": "3"}],
        "category_groups": [{
            "id": "g", "label": {"fi": "# not a heading", "en": "# not a heading"}, "section": "4",
            "categories": [{"id": "c", "label": {"fi": "1. *bold* [x](javascript:y)", "en": "x"},
                            "kinds": [], "section": "4"}],
        }],
    }


def test_html_escapes_user_text():
    out = render_notice(_hostile_policy(), "fi", "html")
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "Evil &amp; &quot;Co&quot;" in out
    assert 'href="https://example.com' not in out  # not a safe URL: rendered as text


def test_markdown_escapes_user_text():
    out = render_notice(_hostile_policy(), "fi", "markdown")
    assert "<script>" not in out
    assert r"\<script\>alert(1)\</script\>" in out
    assert "\n# not a heading" not in out
    assert r"\# not a heading" in out
    assert r"1\. \*bold\* \[x\](javascript:y)" in out


def test_md_escape_keeps_ordinary_text():
    assert md_escape("0840218-6, ja/tai (omistaja)") == "0840218-6, ja/tai (omistaja)"
    assert md_escape("- item") == r"\- item"
    assert md_escape("a_b") == r"a\_b"


def test_absent_fields_render_nothing():
    minimal = _hostile_policy()
    minimal["purposes"][0]["label"] = {"fi": "laskutus", "en": "billing"}
    out = render_notice(minimal, "fi", "markdown")
    for heading in ("## 5.", "## 6.", "## 7.", "## 8.", "## 9."):
        assert heading not in out
    minimal["purposes"][0].update(legal_basis="art6-1-f", legitimate_interest={"fi": "perintä", "en": "collection"})
    out = render_notice(minimal, "en", "markdown")
    assert "legal basis: legitimate interests (GDPR Art. 6(1)(f))" in out
    assert "legitimate interest: collection" in out


def test_rejects_unknown_language_or_format(policy):
    with pytest.raises(ValueError):
        render_notice(policy, "sv", "markdown")
    with pytest.raises(ValueError):
        render_notice(policy, "fi", "pdf")


def test_lint_v2_statements_are_rendered():
    """What a notice adds to satisfy PN124-PN131 appears in the published notice."""
    good = yaml.safe_load((Path(__file__).parent / "fixtures" / "policies" / "good.yaml").read_text(encoding="utf-8"))
    good["dpo"] = {"designated": False, "text": {"fi": "Tietosuojavastaavaa ei ole nimetty.", "en": "No DPO is designated."}, "section": "1"}
    good["purposes"][0]["electronic_marketing"] = "consent"
    good["sources"][0]["text"] = {"fi": "Puhelut tallennetaan.", "en": "Calls are recorded."}
    good["sources"][0]["stated_purposes"] = [{"text": {"fi": "laadun kehittäminen", "en": "quality"}, "legal_basis": "art6-1-f"}]
    good["recipients"][0]["legal_basis"] = "art6-1-b"
    good["category_groups"][0]["categories"][0]["identity_code_ground"] = {"provision": "29 §", "text": {"fi": "asiakkaan yksilöinti", "en": "identifying the customer"}}
    out = render_notice(good, "fi", "markdown")
    for text in ("Tietosuojavastaavaa ei ole nimetty.", "vain ennakkosuostumuksella", "laadun kehittäminen: oikeusperuste oikeutettu etu",
                 "henkilötietojen käsittelijä, oikeusperuste: sopimus", "nimi (asiakkaan yksilöinti)",
                 "kopio: Kopion saa pyytämällä yhteyshenkilöltä.", "Nimi ja yhteystiedot tarvitaan sopimukseen",
                 "Automaattisia päätöksiä tai profilointia ei tehdä."):
        assert text in out, text


def test_legal_facts_of_notice_lint_v2(legal):
    """The facts issue 12 names, as dated data with sources (values from the issue's review)."""
    laws = {law["id"]: law for law in legal["laws.yaml"]["laws"]}
    assert laws["henkilotietolaki-523-1999"]["repealed_by_provision"] == "37 §"  # 38 § = transitional provisions
    assert "37 §" in " ".join(s["title"] for s in laws["henkilotietolaki-523-1999"]["sources"])
    safeguards = {s["id"]: s for s in legal["safeguards.yaml"]["safeguards"]}
    dpf = safeguards["eu-us-dpf"]
    assert dpf["valid_from"] == "2023-07-10" and "2023/1795" in dpf["note"]["en"]
    cases = {c["case"]: (c["court"], c["status"], c["date"]) for c in dpf["litigation"]}
    assert cases == {"T-553/23": ("General Court", "decided", "2025-09-03"), "C-703/25 P": ("CJEU", "pending", "2025-10-31")}
    assert safeguards["bcr"]["within_group_only"] is True and safeguards["art49-derogation"]["occasional_only"] is True
    assert "2/2018" in " ".join(s["title"] for s in safeguards["art49-derogation"]["sources"])
    assert safeguards["scc-2021-914"]["copy_required"] and not dpf.get("copy_required")
    energy = {a["id"]: a for a in legal["authorities.yaml"]["authorities"]}["energiateollisuus"]
    (moved,) = energy["roles_moved"]
    assert (moved["moved_to"], moved["moved_on"]) == ("fingrid-datahub", "2022-02-21")
    assert "electricity" in moved["scope_note"]["en"]
    for name, data in legal.items():
        assert data.get("as_of") and data.get("review_within_days"), name  # PN114 can tell when to update
    for law in laws.values():  # every source has a title and an address; unverified facts say so
        assert all(s["url"].startswith("https://") for s in law["sources"])
