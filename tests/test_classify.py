"""The column classifier (checker/classify/) on hand-built tables, with the real catalog.

Finnish, Swedish and English names, the traps of generic words, table context
(people / organisations / code lists), table subjects, comments and the precedence
annotation > data map > policy pattern > vocabulary.
"""
from __future__ import annotations

import time

import pytest

from checker.catalog import load_catalog
from checker.classify import Classifier, PolicyView, tokenize
from checker.model import Annotation, Column, Confidence, Location, Schema, Table

CATEGORIES = {
    "customer-name": ("person-name", "birth-date"),
    "identity-code": ("national-id",),
    "contact-details": ("phone", "email", "postal-address", "postal-code"),
    "site-name": (),
}


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier(load_catalog(), PolicyView(CATEGORIES))


def table(name: str, *columns, comment: str = "") -> Table:
    """``table('asiakas', 'nimi', ('syntymaaika', 'date'), ('x', 'text', 'a comment'))``."""
    cols = []
    for spec in columns:
        col_name, family, *comment_ = (spec, "text") if isinstance(spec, str) else spec
        cols.append(Column(table=name, name=col_name, type_family=family, comment=comment_[0] if comment_ else ""))
    return Table(key=name, name=name, schema=None, columns=tuple(cols), comment=comment)


def classify(classifier: Classifier, t: Table, column: str):
    (c,) = [c for c in t.columns if c.name == column]
    return classifier.classify(c, t)


def personal(result) -> str | None:
    """The kind when predicted personal (medium or high confidence), as the evaluation counts it."""
    return result.kind if result.confidence is not None and result.confidence >= Confidence.MEDIUM else None


# ------------------------------------------------------------------ tokens


def test_tokenize_folds_splits_and_drops_digits():
    assert tokenize("asiakasSähköposti2") == ("asiakas", "sahkoposti")
    assert tokenize("FirstName") == ("first", "name")
    assert tokenize("referrerID") == ("referrer", "id")
    assert tokenize("Födelsedatum") == ("fodelsedatum",)


# ------------------------------------------------------------------ vocabulary and context


def test_nimi_is_a_person_name_in_a_customer_table_but_not_in_a_product_table(classifier):
    person = classify(classifier, table("asiakas", "asiakas_id", "nimi"), "nimi")
    assert personal(person) == "person-name" and person.confidence == Confidence.MEDIUM
    assert "'nimi'" in person.reason and "about people" in person.reason
    product = classify(classifier, table("tuote", "tuote_id", "nimi"), "nimi")
    assert product.kind is None and "not about people" in product.reason


def test_a_code_table_with_a_person_word_inside_a_compound_is_still_a_code_table(classifier):
    t = table("koodisto_asiakastyyppi", "koodi", "nimi", "kuvaus")
    assert classify(classifier, t, "nimi").kind is None


def test_boolean_email_verified_is_not_an_email(classifier):
    t = table("users", ("email", "text"), ("email_verified", "boolean"))
    assert personal(classify(classifier, t, "email")) == "email"
    verified = classify(classifier, t, "email_verified")
    assert verified.kind is None and "type boolean excludes email" in verified.reason


@pytest.mark.parametrize("name", ["file_name", "host_name", "company_name", "tiedostonimi"])
def test_things_with_names_are_not_person_names(classifier, name):
    result = classify(classifier, table("customer", "first_name", name), name)
    assert result.kind != "person-name"
    # a person's company is where the person works
    assert personal(result) == ("employment" if name == "company_name" else None), result.reason


@pytest.mark.parametrize(
    "name, kind",
    [
        ("laskutusosoite", "postal-address"),
        ("sahkopostiosoite", "email"),
        ("henkilotunnus", "national-id"),
        ("hetu", "national-id"),
        ("personnummer", "national-id"),
        ("ssn", "national-id"),
        ("FirstName", "person-name"),
        ("BirthDate", "birth-date"),
        ("fornamn", "person-name"),
        ("efternamn", "person-name"),
        ("epost", "email"),
        ("etunimet", "person-name"),
        ("syntymaaika", "birth-date"),
        ("diagnoosi", "health-data"),
        ("sjukdom", "health-data"),
        ("kuolinpaiva", "health-data"),
        ("gender_identity", "sex-life-orientation"),
        ("oppijanumero", "national-id"),
    ],
)
def test_strong_terms_in_three_languages(classifier, name, kind):
    result = classify(classifier, table("henkilo", name), name)
    assert personal(result) == kind, result.reason
    assert result.confidence == Confidence.HIGH


def test_a_compound_part_matches_with_medium_confidence(classifier):
    result = classify(classifier, table("sopimus", "postitusosoite"), "postitusosoite")
    assert result.kind == "postal-address" and result.confidence == Confidence.MEDIUM
    assert result.reason == "compound part 'osoite' in 'postitusosoite' = postal-address (fi)"


def test_sahkopostiosoite_is_an_email_address_not_a_postal_address(classifier):
    result = classify(classifier, table("asiakas", "sahkopostiosoite"), "sahkopostiosoite")
    assert result.kind == "email"


def test_health_column(classifier):
    result = classify(classifier, table("asiakas", "terveydentila_lisatieto"), "terveydentila_lisatieto")
    assert result.kind == "health-data" and result.confidence == Confidence.HIGH
    assert result.reason.startswith("token 'terveydentila' = health-data")


def test_audit_user_columns_are_usernames_only_as_text(classifier):
    t = table("jasenyys", ("luotu_kayttaja", "text"), ("created_by", "number"), ("createdby", "text"))
    assert personal(classify(classifier, t, "luotu_kayttaja")) == "username"
    assert personal(classify(classifier, t, "createdby")) == "username"
    key = classify(classifier, t, "created_by")
    assert key.kind is None and "type number excludes username" in key.reason


def test_address_parts_count_in_a_person_table_only(classifier):
    person = table("customer", "first_name", "state", "country")
    assert personal(classify(classifier, person, "state")) == "postal-address"
    assert personal(classify(classifier, person, "country")) == "postal-address"
    assert personal(classify(classifier, table("warehouse", "state"), "state")) is None


def test_contact_details_of_an_organisation_record_are_not_personal(classifier):
    # Northwind 'customers' are companies: a company name and only a contact person
    t = table("customers", "customer_id", "company_name", "contact_name", "contact_title", "address", "phone", "city")
    assert personal(classify(classifier, t, "contact_name")) == "person-name"
    assert personal(classify(classifier, t, "contact_title")) == "employment"
    for name in ("address", "phone", "city", "company_name"):
        result = classify(classifier, t, name)
        assert personal(result) is None, result.reason
    assert "organisation" in classify(classifier, t, "phone").reason


def test_a_person_table_with_a_company_name_is_still_about_people(classifier):
    t = table("asiakas", "etunimi", "sukunimi", "yritysnimi", "puhelin")
    assert personal(classify(classifier, t, "puhelin")) == "phone"


def test_contact_details_of_a_named_responsible_person_are_personal(classifier):
    # an agreement (a 'tutkinto' table, not about people) naming a responsible person
    t = table("sopimus_ja_tutkinto", "sopimus_ja_tutkinto_id", "vastuuhenkilo", "puhelin", "sahkoposti", "kieli")
    assert personal(classify(classifier, t, "vastuuhenkilo")) == "person-name"
    phone = classify(classifier, t, "puhelin")
    assert personal(phone) == "phone" and "vastuuhenkilo" in phone.reason
    assert personal(classify(classifier, t, "sahkoposti")) == "email"
    assert personal(classify(classifier, t, "kieli")) is None
    without = table("tutkintotoimikunta", "nimi_fi", "sahkoposti")
    assert personal(classify(classifier, without, "sahkoposti")) is None


def test_an_organisations_address_next_to_a_person_is_not_the_persons(classifier):
    t = table("insurance_data", "subscriber_fname", "subscriber_city", "subscriber_employer", "subscriber_employer_city")
    assert personal(classify(classifier, t, "subscriber_city")) == "postal-address"
    assert personal(classify(classifier, t, "subscriber_employer")) == "employment"
    employer_city = classify(classifier, t, "subscriber_employer_city")
    assert employer_city.kind is None and "organisation ('employer')" in employer_city.reason


def test_a_table_named_after_an_attribute_without_a_person_is_a_code_list(classifier):
    t = table("kansalaisuus", ("id", "number"), ("kansalaisuuskoodi", "text"))
    assert personal(classify(classifier, t, "kansalaisuuskoodi")) is None
    linked = table("henkilo_kansalaisuus", ("henkilo_id", "number"), ("kansalaisuus_id", "number"))
    assert personal(classify(classifier, linked, "kansalaisuus_id")) == "nationality"


# ------------------------------------------------------------------ table subjects


VITALS = (("id", "number"), ("uuid", "binary"), ("date", "date"), ("pid", "number"), ("user", "text"),
          ("bps", "text"), ("weight", "number"), ("note", "text"), ("activity", "number"),
          ("external_id", "text"), ("last_updated", "date"))


def test_subject_of_a_table_linked_to_a_person(classifier):
    t = table("form_vitals", *VITALS)
    bps = classify(classifier, t, "bps")
    assert personal(bps) == "health-data" and bps.confidence == Confidence.MEDIUM
    assert "form_vitals" in bps.reason and "health data" in bps.reason and "'pid'" in bps.reason
    assert personal(classify(classifier, t, "weight")) == "health-data"  # weak word in a person's record
    note = classify(classifier, t, "note")  # clinical notes are health data
    assert personal(note) == "health-data" and "'note'" in note.reason
    assert personal(classify(classifier, t, "user")) == "username"
    for name in ("id", "uuid", "date", "pid", "activity", "external_id", "last_updated"):
        result = classify(classifier, t, name)
        assert personal(result) is None, f"{name}: {result.reason}"


def test_no_subject_inference_without_a_person_link(classifier):
    t = table("form_vitals", *[c for c in VITALS if c[0] != "pid"])
    bps = classify(classifier, t, "bps")
    assert bps.kind is None and bps.reason == "no personal-data term in the name"
    # the table's own weak words still count: 'weight' in a vitals table is a body weight
    weight = classify(classifier, t, "weight")
    assert personal(weight) == "health-data" and "linked" not in weight.reason
    assert personal(classify(classifier, table("parcel", "weight"), "weight")) is None


def test_subjects_in_finnish_with_a_person_reference_column(classifier):
    t = table("suorituskerta", ("suorituskerta_id", "number"), ("suorittaja", "number"), ("opiskelijavuosi", "number"),
              ("suoritusaika_alku", "date"), ("tila", "text"), ("muutettuaika", "date"), ("toimikunta", "text"))
    year = classify(classifier, t, "opiskelijavuosi")
    assert personal(year) == "education" and "'suorittaja'" in year.reason
    assert personal(classify(classifier, t, "suoritusaika_alku")) == "education"
    for name in ("suorituskerta_id", "suorittaja", "tila", "muutettuaika", "toimikunta"):
        assert personal(classify(classifier, t, name)) is None, name


def test_subject_of_a_table_about_people(classifier):
    t = table("jasenyys", ("jasenyys_id", "number"), ("henkiloid", "number"), ("alkupvm", "date"),
              ("edustus", "text"), ("luotuaika", "date"), ("asiantuntijaksi", "boolean"))
    assert personal(classify(classifier, t, "alkupvm")) == "employment"
    assert personal(classify(classifier, t, "edustus")) == "employment"
    for name in ("jasenyys_id", "henkiloid", "luotuaika", "asiantuntijaksi"):
        assert personal(classify(classifier, t, name)) is None, name


def test_subject_from_the_columns_of_a_table_is_only_a_review_prompt(classifier):
    # guard rail: a special category needs evidence in the column itself; the table's other
    # columns make 'coffee' a low-confidence prompt (PN203), never a PN202 error
    t = table("history_data", ("pid", "number"), "relatives_cancer", "relatives_diabetes", "coffee", ("date", "date"))
    coffee = classify(classifier, t, "coffee")
    assert personal(coffee) is None
    assert coffee.kind == "health-data" and coffee.confidence == Confidence.LOW and "relatives_cancer" in coffee.reason
    assert personal(classify(classifier, t, "date")) is None


def test_an_employers_record_holds_the_persons_employment_but_the_employers_address(classifier):
    t = table("employer_data", ("pid", "number"), "name", "street", "city", "state", ("start_date", "date"), "occupation")
    assert personal(classify(classifier, t, "name")) == "employment"
    assert personal(classify(classifier, t, "start_date")) == "employment"
    assert personal(classify(classifier, t, "occupation")) == "employment"
    for name in ("street", "city", "state"):
        assert personal(classify(classifier, t, name)) is None, name


def test_links_through_referenced_tables_and_keys_in_a_schema(classifier):
    lasku = table("lasku", ("lasku_id", "number"), ("asiakas_id", "number"), ("summa", "number"))
    maksu = table("maksu", ("maksu_id", "number"), ("lasku_id", "number"), ("summa", "number"), ("maksupaiva", "date"))
    results = {(r.column.table, r.column.name): r for r in classifier.classify_schema(Schema(tables=(lasku, maksu)))}
    summa = results[("maksu", "summa")]
    assert personal(summa) == "payment-history" and "'lasku_id'" in summa.reason and "'lasku'" in summa.reason
    assert personal(results[("lasku", "summa")]) == "payment-history"
    assert personal(results[("maksu", "maksupaiva")]) == "payment-history"
    assert personal(results[("maksu", "lasku_id")]) is None
    # without the schema, maksu is not linked to anybody
    assert personal(classify(classifier, maksu, "summa")) is None


def test_a_reference_to_a_list_of_trade_unions_reveals_membership(classifier):
    unions = table("jarjesto", ("jarjestoid", "number"), "nimi_fi", "osoite", comment="Ammattijärjestö. Sisältää myös keskusjärjestöt.")
    member = table("henkilo", ("henkiloid", "number"), "etunimi", ("jarjesto", "number"))
    results = {(r.column.table, r.column.name): r for r in classifier.classify_schema(Schema(tables=(unions, member)))}
    union = results[("henkilo", "jarjesto")]
    assert personal(union) == "trade-union-membership" and "'jarjesto'" in union.reason
    assert personal(results[("jarjesto", "osoite")]) is None


# ------------------------------------------------------------------ comments


def test_a_comment_gives_a_kind_where_the_name_gives_nothing(classifier):
    comment = "Asiakas kuuluu sairauden / terveydentilan vuoksi erityisryhmään: lämmöntoimitus priorisoidaan"
    t = table("asiakas", "etunimi", ("erityisryhma", "boolean", comment), ("luokka", "text", "Asiakkaan luokka"))
    result = classify(classifier, t, "erityisryhma")
    assert personal(result) == "health-data" and result.confidence == Confidence.MEDIUM
    assert "comment" in result.reason and "terveydentilan" in result.reason
    assert classify(classifier, t, "luokka").kind is None


def test_a_comment_never_vetoes_and_keys_ignore_comments(classifier):
    t = table("henkilo_passinumero", ("henkilo_id", "number", "Viittaustaulu. Henkilön passinumero."),
              ("passinumero", "text", "tuote ei ole henkilötieto"))
    assert personal(classify(classifier, t, "henkilo_id")) is None
    assert personal(classify(classifier, t, "passinumero")) == "national-id"


# ------------------------------------------------------------------ precedence


def _annotated(category: str | None) -> Column:
    return Column(table="asiakas", name="sukunimi", type_family="text", annotation=Annotation(category, Location("V1.sql", 7)))


def test_annotation_none_overrides_the_vocabulary(classifier):
    result = classifier.classify(_annotated(None), table("asiakas", "sukunimi"))
    assert result.kind is None and result.source == "annotation"
    assert result.reason == "annotation at line 7: not personal (privacy: none)"


def test_annotation_with_a_category_overrides_the_vocabulary(classifier):
    result = classifier.classify(_annotated("site-name"), table("asiakas", "sukunimi"))
    assert result.category == "site-name" and result.confidence == Confidence.HIGH and result.source == "annotation"
    assert result.declared_category == "site-name"


def test_an_unknown_annotated_category_is_kept_as_declared(classifier):
    result = classifier.classify(_annotated("luottotiedot"), table("asiakas", "sukunimi"))
    assert result.category is None and result.declared_category == "luottotiedot"
    assert result.kind == "person-name"  # the vocabulary's kind is kept for the report
    assert "luottotiedot" in result.reason and "does not define" in result.reason


def test_data_map_entry_overrides_the_vocabulary():
    classifier = Classifier(load_catalog(), PolicyView(CATEGORIES), {"asiakas.asiakasnumero": "customer-name", "asiakas.sukunimi": None})
    t = table("asiakas", "asiakasnumero", "sukunimi")
    number = classify(classifier, t, "asiakasnumero")
    assert (number.category, number.source, number.reason) == ("customer-name", "datamap", "data map: category 'customer-name'")
    none = classify(classifier, t, "sukunimi")
    assert none.kind is None and none.source == "datamap"


def test_policy_pattern_overrides_the_vocabulary():
    classifier = Classifier(load_catalog(), PolicyView(CATEGORIES, patterns=(("kayttopaikka*.nimi", "site-name"),)))
    result = classify(classifier, table("kayttopaikka", "nimi"), "nimi")
    assert (result.category, result.source, result.confidence) == ("site-name", "policy-pattern", Confidence.HIGH)
    assert "kayttopaikka*.nimi" in result.reason


def test_categories_are_found_for_kinds(classifier):
    result = classify(classifier, table("asiakas", "puhelin"), "puhelin")
    assert result.category == "contact-details"
    assert classify(classifier, table("asiakas", "kansalaisuus"), "kansalaisuus").category is None


# ------------------------------------------------------------------ reasons and speed


def test_reasons_are_readable_and_name_the_matched_token(classifier):
    t = table("asiakas", "etunimi", "hetu", "postitusosoite", "nimi")
    assert classify(classifier, t, "etunimi").reason == "token 'etunimi' = person-name (fi)"
    assert classify(classifier, t, "hetu").reason == "token 'hetu' = national-id (fi)"
    assert classify(classifier, t, "nimi").reason == "generic word 'nimi' = person-name (fi), in table 'asiakas' about people"
    assert classify(classifier, table("x", "ssn"), "ssn").reason == "abbreviation 'ssn' = national-id"


def test_ten_thousand_columns_classify_quickly():
    names = ["id", "created", "etunimi", "sukunimi", "nimi", "email", "phone", "status", "kuvaus", "summa",
             "diagnosis", "note", "laskutusosoite", "maksupaiva", "user", "version", "amount", "bps", "hetu"]
    tables = []
    for i in range(500):
        prefix = ("asiakas", "form_vitals", "tuote", "lasku", "m_loan")[i % 5]
        columns = [("pid", "number")] + [(f"{names[(i + j) % len(names)]}_{'x' * (j % 4)}{i % 7}", "text") for j in range(19)]
        tables.append(table(f"{prefix}_{i}", *columns))
    schema = Schema(tables=tuple(tables))
    classifier = Classifier(load_catalog(), PolicyView(CATEGORIES))
    start = time.perf_counter()
    results = classifier.classify_schema(schema)
    elapsed = time.perf_counter() - start
    assert len(results) == 10_000
    assert elapsed < 1.0, f"{elapsed:.3f} s for 10,000 columns"  # typically ~0.1 s


# ------------------------------------------------------------------ caution in person-linked records


def test_a_clinical_record_takes_health_data_but_not_its_workflow_columns(classifier):
    t = table("lab_observation", ("pid", "number"), "result_text", "order_status", "value_type",
              ("lab_observation_id", "number"), ("observation", "number"))
    assert personal(classify(classifier, t, "result_text")) == "health-data"
    for column in ("order_status", "value_type", "lab_observation_id", "observation"):
        assert personal(classify(classifier, t, column)) is None, column


def test_an_audit_of_payments_is_about_payments(classifier):
    t = table("payment_audit", ("pid", "number"), ("amount", "number"))
    assert personal(classify(classifier, t, "amount")) == "payment-history"


def test_a_record_keeping_flag_is_only_a_review_prompt_from_its_comment(classifier):
    t = table("asiakas", "etunimi", ("is_primary_record", "boolean", "Primary record of the medication"))
    result = classify(classifier, t, "is_primary_record")
    assert result.kind == "health-data" and result.confidence == Confidence.LOW


def test_a_key_to_another_record_is_not_the_value_it_names(classifier):
    schema = Schema(tables=(
        table("prescriptions", ("patient_id", "number"), "dosage"),
        table("drug_sales", ("pid", "number"), ("prescription_id", "number")),
    ))
    results = {(c.column.table, c.column.name): c for c in classifier.classify_schema(schema)}
    assert personal(results[("drug_sales", "prescription_id")]) is None
