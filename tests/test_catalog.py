"""The built-in personal-data catalog (checker/catalog/kinds.yaml) against its schema and its own rules."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[1]
KINDS_YAML = ROOT / "checker" / "catalog" / "kinds.yaml"
SCHEMA_JSON = ROOT / "schemas" / "catalog.schema.json"

KIND_IDS = [
    "person-name", "birth-date", "age", "gender", "nationality", "marital-status", "language",
    "phone", "email", "postal-address", "postal-code", "geolocation", "ip-address", "device-id",
    "cookie-id", "username", "password", "credential", "bank-account", "payment-card", "payment-history",
    "income", "credit-data", "photo", "voice-recording", "social-media", "vehicle-registration",
    "property-id", "property-data", "energy-consumption", "free-text", "user-content", "activity-log",
    "business-id", "employment", "education", "marketing-preference", "customer-number",
    "national-id", "racial-ethnic-origin", "political-opinion", "religious-belief",
    "trade-union-membership", "genetic-data", "biometric-data", "health-data",
    "sex-life-orientation", "criminal-record",
]
ART9 = [
    "racial-ethnic-origin", "political-opinion", "religious-belief", "trade-union-membership",
    "genetic-data", "biometric-data", "health-data", "sex-life-orientation",
]
EXPECTED_CLASS = {
    **{k: ("special", "GDPR Art. 9(1)") for k in ART9},
    "criminal-record": ("criminal", "GDPR Art. 10"),
    "national-id": ("national-id", "Tietosuojalaki 1050/2018 29 §"),
}

# Strong terms / abbreviations that may knowingly appear in two kinds: (term, kinds).
# Empty: so far no overlap has been needed.
ALLOWED_STRONG_OVERLAPS: dict[str, frozenset[str]] = {}

TERM = re.compile(r"^[a-z]+(_[a-z]+)*$")  # folded ASCII, '_' between words, no digits
LANGS = ("en", "fi", "sv")


@pytest.fixture(scope="module")
def catalog() -> dict:
    return yaml.safe_load(KINDS_YAML.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kinds(catalog) -> dict[str, dict]:
    return {k["id"]: k for k in catalog["kinds"]}


def _terms(kind: dict):
    """(section, language, term) for every vocabulary entry of a kind."""
    for section in ("strong", "weak", "compounds", "table_subjects"):
        for lang, terms in (kind.get(section) or {}).items():
            for term in terms:
                yield section, lang, term
    for section in ("abbreviations", "exclude"):
        for term in kind.get(section) or ():
            yield section, "-", term


def _keys(term: str) -> set[str]:
    """What a term matches in the classifier: its token sequence, and the words run together."""
    words = term.split("_")
    return {" ".join(words), "".join(words)}


def test_catalog_validates_against_schema(catalog):
    schema = json.loads(SCHEMA_JSON.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(catalog), key=lambda e: list(map(str, e.absolute_path)))
    assert not errors, "\n".join(f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors)


def test_schema_is_strict():
    schema = json.loads(SCHEMA_JSON.read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema)
    base = yaml.safe_load(KINDS_YAML.read_text(encoding="utf-8"))
    bad_top = dict(base, extra=1)
    assert not validator.is_valid(bad_top)
    kind = dict(base["kinds"][0], synonyms=["x"])
    assert not validator.is_valid(dict(base, kinds=[kind]))
    kind = dict(base["kinds"][0], strong={"en": ["Etunimi"], "fi": [], "sv": []})
    assert not validator.is_valid(dict(base, kinds=[kind]))
    kind = dict(base["kinds"][0], article="GDPR Art. 9(1)")  # ordinary data has no article
    assert not validator.is_valid(dict(base, kinds=[kind]))


def test_every_kind_exactly_once(catalog):
    ids = [k["id"] for k in catalog["kinds"]]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    assert not duplicates, f"kinds listed twice: {duplicates}"
    assert sorted(ids) == sorted(KIND_IDS), f"missing {sorted(set(KIND_IDS) - set(ids))}, unknown {sorted(set(ids) - set(KIND_IDS))}"


def test_special_classes_and_articles(kinds):
    for kind_id, (klass, article) in EXPECTED_CLASS.items():
        assert (kinds[kind_id]["class"], kinds[kind_id]["article"]) == (klass, article), kind_id
    for kind_id, kind in kinds.items():
        if kind_id not in EXPECTED_CLASS:
            assert (kind["class"], kind["article"]) == ("ordinary", None), kind_id


def test_dpv_terms_are_prefixed_or_null(kinds):
    for kind_id, kind in kinds.items():
        assert kind["dpv"] is None or re.fullmatch(r"(pd|dpv):[A-Z][A-Za-z0-9]*", kind["dpv"]), kind_id


def test_every_kind_has_vocabulary(kinds):
    for kind_id, kind in kinds.items():
        strong = sum(len(kind["strong"].get(lang, [])) for lang in LANGS) + len(kind["abbreviations"])
        weak = sum(len(v) for v in kind["weak"].values())
        assert strong + weak > 0, f"{kind_id} has no terms"
        if kind_id != "free-text":  # free text is only ever a weak, in-context guess
            assert strong > 0, f"{kind_id} has no strong term"


def test_terms_are_folded_lower_case_ascii(catalog, kinds):
    problems = []
    for kind_id, kind in kinds.items():
        for section, lang, term in _terms(kind):
            pattern = r"^[a-z]+$" if section in ("compounds", "exclude", "table_subjects") else TERM
            if not isinstance(term, str) or not re.fullmatch(pattern, term):
                problems.append(f"{kind_id} {section}/{lang}: {term!r}")
    for section, terms_by_lang, pattern in _table_sections(catalog):
        for lang, terms in terms_by_lang.items():
            problems += [f"{section}/{lang}: {t!r}" for t in terms if not re.fullmatch(pattern, str(t))]
    assert not problems, "\n".join(problems)


def _table_sections(catalog: dict):
    """(name, terms by language, pattern) of the top-level table and column word lists."""
    word, term = r"^[a-z]+$", TERM
    yield "person_context", catalog["person_context"], word
    yield "non_person_context", catalog["non_person_context"], word
    yield "organisation_context", catalog["organisation_context"], word
    yield "organisation_name", catalog["organisation_name"], term
    yield "person_reference", catalog["person_reference"], term
    yield "record_keeping.tokens", catalog["record_keeping"]["tokens"], word
    yield "record_keeping.names", catalog["record_keeping"]["names"], term
    yield "record_keeping.coded", catalog["record_keeping"]["coded"], word


def test_no_duplicates_within_a_list(catalog, kinds):
    problems = []
    for kind_id, kind in kinds.items():
        seen = defaultdict(list)
        for section, lang, term in _terms(kind):
            seen[(section, lang, term)].append(1)
        problems += [f"{kind_id} {s}/{l}: {t}" for (s, l, t), n in seen.items() if len(n) > 1]
    for section, terms_by_lang, _ in _table_sections(catalog):
        for lang, terms in terms_by_lang.items():
            problems += [f"{section}/{lang}: {t}" for t in set(terms) if terms.count(t) > 1]
    assert not problems, "\n".join(problems)


def test_no_strong_term_in_two_kinds(kinds):
    """A strong term or abbreviation (also run together: first_name = firstname) names one kind."""
    owners: dict[str, set[str]] = defaultdict(set)
    for kind_id, kind in kinds.items():
        for section, _, term in _terms(kind):
            if section in ("strong", "abbreviations"):
                for key in _keys(term):
                    owners[key].add(kind_id)
    clashes = {
        key: sorted(ids)
        for key, ids in owners.items()
        if len(ids) > 1 and ALLOWED_STRONG_OVERLAPS.get(key.replace(" ", "_")) != frozenset(ids)
    }
    assert not clashes, f"strong terms in more than one kind: {clashes}"


def test_weak_term_is_not_strong_elsewhere(kinds):
    strong: dict[str, str] = {}
    for kind_id, kind in kinds.items():
        for section, _, term in _terms(kind):
            if section in ("strong", "abbreviations"):
                for key in _keys(term):
                    strong[key] = kind_id
    clashes = []
    for kind_id, kind in kinds.items():
        for section, _, term in _terms(kind):
            if section == "weak":
                other = {strong[k] for k in _keys(term) if k in strong} - {kind_id}
                if other:
                    clashes.append(f"weak '{term}' of {kind_id} is strong in {sorted(other)}")
    assert not clashes, "\n".join(clashes)


def test_exclude_does_not_veto_own_terms(kinds):
    """An exclude token that is also one of the kind's own words would veto the kind itself."""
    problems = []
    for kind_id, kind in kinds.items():
        exclude = set(kind["exclude"])
        for section, _, term in _terms(kind):
            if section in ("strong", "weak", "abbreviations"):
                vetoed = exclude.intersection(term.split("_"))
                if vetoed:
                    problems.append(f"{kind_id}: '{term}' contains excluded {sorted(vetoed)}")
    assert not problems, "\n".join(problems)


def test_context_lists_do_not_overlap(catalog):
    person = {t for terms in catalog["person_context"].values() for t in terms}
    non_person = {t for terms in catalog["non_person_context"].values() for t in terms}
    organisation = {t for terms in catalog["organisation_context"].values() for t in terms}
    assert not person & non_person, sorted(person & non_person)
    assert not person & organisation, sorted(person & organisation)
    assert not non_person & organisation, sorted(non_person & organisation)


def test_table_subjects_name_one_kind_and_never_people(catalog, kinds):
    """A table-subject word makes a table about one kind; a table about people has no such subject."""
    owners: dict[str, set[str]] = defaultdict(set)
    for kind_id, kind in kinds.items():
        for words in (kind.get("table_subjects") or {}).values():
            for word in words:
                owners[word].add(kind_id)
    assert not {w: sorted(k) for w, k in owners.items() if len(k) > 1}
    person = {t for terms in catalog["person_context"].values() for t in terms}
    assert not person & set(owners), sorted(person & set(owners))
    # the subjects the classifier relies on for special categories and person records
    for kind_id, word in [("health-data", "vitals"), ("health-data", "prescriptions"), ("credit-data", "loan"),
                          ("payment-history", "payment"), ("education", "suoritus"), ("employment", "jasenyys")]:
        assert word in {w for words in kinds[kind_id]["table_subjects"].values() for w in words}, (kind_id, word)


def test_record_keeping_never_hides_a_vocabulary_term(kinds, catalog):
    """A record-keeping token that is also a kind's own term would stop that kind's subject inference."""
    keeping = {t for terms in catalog["record_keeping"]["tokens"].values() for t in terms}
    terms = {term for kind in kinds.values() for section, _, term in _terms(kind) if section in ("strong", "weak", "abbreviations")}
    assert not keeping & terms, sorted(keeping & terms)


@pytest.mark.parametrize(
    "column, kind_id",
    [
        ("first_name", "person-name"), ("etunimet", "person-name"), ("fornamn", "person-name"),
        ("hetu", "national-id"), ("henkilotunnus", "national-id"), ("personnummer", "national-id"),
        ("ssn", "national-id"), ("sahkoposti", "email"), ("puhelinnumero", "phone"),
        ("postinumero", "postal-code"), ("syntymaaika", "birth-date"), ("dob", "birth-date"),
        ("aidinkieli", "language"), ("kansalaisuus", "nationality"), ("sukupuoli", "gender"),
        ("kiinteistotunnus", "property-id"), ("rakennustyyppi", "property-data"),
        ("mittarilukema", "energy-consumption"), ("suoramarkkinointikielto", "marketing-preference"),
        ("puhelutallenne", "voice-recording"), ("tilinumero", "bank-account"), ("iban", "bank-account"),
        ("ytunnus", "business-id"), ("asiakasnumero", "customer-number"), ("customer_number", "customer-number"),
        ("salasana", "password"), ("kayttajatunnus", "username"), ("last_login", "activity-log"),
        ("ip_address", "ip-address"), ("diagnosis", "health-data"), ("religion", "religious-belief"),
        ("oppijanumero", "national-id"), ("gender_identity", "sex-life-orientation"), ("kuolinpaiva", "health-data"),
        ("created_by", "username"), ("luotu_kayttaja", "username"), ("ammattijarjesto", "trade-union-membership"),
    ],
)
def test_key_terms_are_strong(kinds, column, kind_id):
    kind = kinds[kind_id]
    strong = {t for lang in LANGS for t in kind["strong"].get(lang, [])} | set(kind["abbreviations"])
    assert column in strong


def test_generic_words_are_weak_only(kinds):
    """Generic words must never be strong: 'product.name' or 'film.title' are not personal."""
    generic = {"name", "nimi", "namn", "title", "description", "kuvaus", "notes", "lisatieto", "city",
               "kaupunki", "language", "kieli", "age", "location", "code", "customer_id", "type", "status"}
    for kind_id, kind in kinds.items():
        strong = {t for lang in LANGS for t in kind["strong"].get(lang, [])} | set(kind["abbreviations"])
        assert not strong & generic, f"{kind_id}: {sorted(strong & generic)}"
