"""Value recognizers beyond checksums: each kind found, and its false-positive traps left alone.

Expected kinds are hand labels. Column-level tests (spread of birth dates, one gender code
set, varied postal codes and names) are exercised through ``collect`` with whole columns.
"""
from __future__ import annotations

import datetime

import pytest

from checker.db import mask, recognizers
from checker.db.evidence import collect
from checker.db.recognizers import recognize


@pytest.mark.parametrize(
    "value, kind",
    [
        ("Matti Virtanen", "person-name"),
        ("Virtanen, Matti", "person-name"),
        ("Anna-Liisa Lindqvist", "person-name"),
        ("Karin Johansson", "person-name"),
        ("MATTI VIRTANEN", "person-name"),
        ("Kauppakatu 3 B 12", "postal-address"),
        ("Mannerheimintie 12, 00100 Helsinki", "postal-address"),
        ("Storgatan 5", "postal-address"),
        ("12 High Street", "postal-address"),
        ("1033 N Park Ave", "postal-address"),
        ("683 10 Street SW", "postal-address"),
        ("4, Rue Milton", "postal-address"),
        ("Theodor-Heuss-Straße 34", "postal-address"),
        ("Ullevålsveien 14", "postal-address"),
        ("Grétrystraat 63", "postal-address"),
        ("T1H 1Y8", "postal-code"),
        ("1016 AB", "postal-code"),
        ("00100", "postal-code"),
        ("FI-33100", "postal-code"),
        ("114 55", "postal-code"),
        ("SW1A 1AA", "postal-code"),
        ("60.16990, 24.93840", "geolocation"),
        ("POINT(24.9384 60.1699)", "geolocation"),
        ("192.168.10.20", "ip-address"),
        ("2001:db8::8a2e:370:7334", "ip-address"),
        ("https://www.linkedin.com/in/matti-virtanen", "social-media"),
        ("instagram.com/@matti_v", "social-media"),
        ("Asiakas pyysi soittamaan numeroon 040 123 4567 iltapäivällä", "free-text"),
        ("Lähetä kopio osoitteeseen matti@example.fi kiitos", "free-text"),
        ("Henkilötunnus 131052-308T korjattu asiakkaan pyynnöstä", "free-text"),
        ("M", "gender"),
        ("nainen", "gender"),
    ],
)
def test_recognized(value, kind):
    assert recognize(value) == kind


@pytest.mark.parametrize(
    "value",
    [
        # product names, codes and other look-alikes
        "Kaukolämpö Perus", "Lämpöpumppu 9 kW", "Aurinkopaneeli X200", "Huoltosopimus 24/7", "SKU-1234", "ABC-123-XY",
        "Helsinki", "Espoo", "Oy Esimerkki Ab", "12 Angry Men", "Route 66", "101 Dalmatians", "Windows 10", "Office 365",
        "Boulevard of Broken Dreams", "Avenue Q", "Liittymismaksu 2024",
        # version strings, decimals, counters
        "1.2.3", "10.0", "3.14159", "2024", "12345678",
        # URLs that are not profiles, sentences without identifiers
        "https://example.com/about", "https://www.linkedin.com", "Tuote toimitetaan maanantaina varastosta",
        "Tilaus 12345 toimitettu 2024-03-02",
        # a CIDR block and a broken address
        "10.0.0.0/8", "999.1.1.1",
        # times of day are not dates of birth
        "2001-05-03 14:22:10",
    ],
)
def test_not_recognized(value):
    assert recognize(value) is None, value


def _column(values, family="text"):
    ev = collect(values, family)
    return ev.best(), ev


def test_birth_dates_need_spread_over_decades():
    born = [f"{1940 + 3 * i}-0{1 + i % 9}-1{i % 9}" for i in range(20)]
    assert _column(born, "date")[0] == "birth-date"
    this_year = datetime.date.today().year
    invoices = [f"{this_year - i % 4}-0{1 + i % 9}-1{i % 9}" for i in range(20)]  # recent, ordinary dates
    assert _column(invoices, "date")[0] is None
    one_day = ["1980-01-01"] * 20  # a default value repeated
    assert _column(one_day, "date")[0] is None
    future = [f"{this_year + 1 + i}-01-01" for i in range(20)]
    assert _column(future, "date")[0] is None


def test_gender_codes_need_one_code_set_and_every_value():
    assert _column(["M", "F", "F", "M", "X"] * 4)[0] == "gender"
    assert _column(["S", "M", "L", "XL"] * 5)[0] is None  # clothing sizes
    assert _column(["A", "B", "M", "F"] * 5)[0] is None  # grades with two look-alikes
    assert _column(["M"] * 20)[0] is None  # one code only


def test_postal_codes_need_variety_and_no_counter():
    assert _column(["00100", "33720", "90100", "02150", "20500"] * 4)[0] == "postal-code"
    assert _column([f"{10001 + i}" for i in range(20)])[0] is None  # a counter, not postal codes
    assert _column(["00100"] * 20)[0] is None  # a constant


def test_names_need_variety():
    people = ["Matti Virtanen", "Anna Korhonen", "Erik Lindqvist", "Sanna Laine", "Timo Heikkinen"] * 4
    assert _column(people)[0] == "person-name"
    products = ["Tuuli", "Onni"] * 10  # two product names that happen to be first names
    assert _column(products)[0] is None


def test_json_documents_sampled_by_key():
    docs = ['{"contact": {"email": "a%d@example.fi", "lang": "fi"}, "n": %d}' % (i, i) for i in range(10)]
    best, ev = _column(docs, "json")
    assert best == "email" and ev.count("email") == 10
    assert dict(ev.keys)["email"] == ("contact.email",)
    assert "under key contact.email" in ev.describe("email") and "a1@" not in repr(ev)
    # a key that is itself personal data is never reported
    odd = ['{"matti.virtanen@example.fi": {"email": "b%d@example.fi"}}' % i for i in range(5)]
    assert dict(_column(odd, "json")[1].keys).get("email", ()) == ()


def test_numbers_and_dates_only_reach_their_recognizers():
    assert recognize("00100", "number") is None  # no postal code from a number column
    assert recognize("1985-03-12", "date") == "birth-date"
    assert recognize("Matti Virtanen", "date") is None


@pytest.mark.parametrize(
    "value, kind, masked",
    [
        ("Anna-Liisa Virtanen", "person-name", "*** ***"),
        ("Kauppakatu 3 B 12", "postal-address", "*** *** *** ***"),
        ("1985-03-12", "birth-date", "****-**-**"),
        ("12.3.1985", "birth-date", "****-**-**"),
        ("M", "gender", "*"),
        ("00100", "postal-code", "*****"),
        ("60.16990, 24.93840", "geolocation", "**.*****, **.*****"),
        ("192.168.10.20", "ip-address", "***.***.**.**"),
        ("https://www.linkedin.com/in/matti-virtanen", "social-media", "linkedin.com/***"),
        ("Soita 040 123 4567 huomenna", "free-text", "*** …"),
    ],
)
def test_masks_of_new_kinds(value, kind, masked):
    assert mask.mask(value, kind) == masked


def test_name_data_is_documented_and_has_both_languages():
    first, last = recognizers.name_lists()
    assert {"matti", "anna", "karin", "lars"} <= first and {"virtanen", "korhonen", "johansson", "andersson"} <= last
    from importlib import resources

    head = resources.files("checker.data").joinpath("person-names.tsv").read_text(encoding="utf-8").splitlines()[:3]
    assert "DVV" in head[1] and "CC BY 4.0" in head[1] and "Isof" in head[1] and "Faker" in head[2]


def test_hostile_json_is_text_not_a_crash():
    deep = '{"a":' * 3000 + "1" + "}" * 3000
    best, ev = _column([deep, '{"broken": ', "{}"], "json")
    assert best is None and ev.sampled == 3
