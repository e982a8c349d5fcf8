"""Evidence from values beyond checksums: small recognizers, each with a value test and a column test.

The shape follows Presidio's ``PatternRecognizer`` (a pattern, a validation hook, a score)
without its NER models, plus what a column gives that a single value cannot: a column test
over the values that matched (birth dates must spread over decades; a gender column uses
two or more codes of one code set). Kinds are ids of ``checker/catalog/kinds.yaml``.

    >>> recognize("Matti Virtanen")
    'person-name'
    >>> recognize("00100")
    'postal-code'

Order matters where formats overlap: checksummed identifiers and e-mail/phone first
(``validators``), then the formats below, then names, then free text. A recognizer never
raises and never records a value; ``column_test`` sees the matched values of one column
while that column is being checked and returns only True or False.
"""
from __future__ import annotations

import datetime
import ipaddress
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..i18n import N_
from . import validators


TEXTUAL = frozenset({"text", "unknown", "other"})


@dataclass(frozen=True)
class Recognizer:
    kind: str
    label: str  # "person names": what the counts are of
    match: Callable[[str], bool]
    # (matched values of one column, values sampled) -> does the column as a whole hold this kind?
    column_test: Callable[[Sequence[str], int], bool] | None = None
    families: frozenset[str] = TEXTUAL  # type families whose values it reads
    needs: str = ""  # a quick test first: one of these marks must be in the value ("d" a digit, "@", "/", ":")
    no_digits: bool = False  # a value with a digit never matches


# ------------------------------------------------------------------ person names


@lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-case, from checker/data/person-names.tsv."""
    from importlib import resources

    first: set[str] = set()
    last: set[str] = set()
    text = resources.files("checker.data").joinpath("person-names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, name, _ = line.split("\t")
        (first if kind == "first" else last).add(name.lower())
    return frozenset(first), frozenset(last)


_NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÜÉÈ][a-zåäöüéèáíóúšžæøß'’]+(?:-[A-ZÅÄÖÜÉÈ][a-zåäöüéèáíóúšžæøß'’]+)?$")
_UPPER_TOKEN = re.compile(r"^[A-ZÅÄÖÜÉÈ'’-]{2,}$")


def is_person_name(value: str) -> bool:
    """One to four name-shaped words (``Matti``, ``Virtanen, Matti``, ``Anna-Liisa Ek``), at least
    half of them known first names or surnames, and every word a known name when there is one."""
    text = value.strip().replace(",", " ")
    tokens = text.split()
    if not 1 <= len(tokens) <= 4 or len(text) > 80:
        return False
    if not all(_NAME_TOKEN.match(t) or _UPPER_TOKEN.match(t) for t in tokens):
        return False
    first, last = name_lists()
    known = sum(1 for t in tokens if _known(t.lower(), first, last))
    return known == len(tokens) if len(tokens) <= 2 else known * 2 >= len(tokens)


def _known(token: str, first: frozenset[str], last: frozenset[str]) -> bool:
    parts = token.split("-")
    return all(p in first or p in last for p in parts)


def names_vary(values: Sequence[str], sampled: int) -> bool:
    """A column of person names repeats little: a list of three product names is not one."""
    return len(set(values)) >= max(3, len(values) // 4)


# ------------------------------------------------------------------ dates of birth

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?$")
_FI_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
OLDEST_YEARS = 110
BIRTH_MIN_YEARS_SPREAD = 15


def parse_date(value: str) -> datetime.date | None:
    text = value.strip()
    m = _ISO_DATE.match(text)
    try:
        if m:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))
        m = _FI_DATE.match(text)
        if m:
            return datetime.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def is_birth_date_candidate(value: str) -> bool:
    """A calendar date (no time of day) within the last 110 years, not in the future."""
    day = parse_date(value)
    if day is None:
        return False
    today = datetime.date.today()
    return today.replace(year=today.year - OLDEST_YEARS) <= day <= today


def birth_dates_spread(values: Sequence[str], sampled: int) -> bool:
    """Dates of birth spread over decades with few repeats; invoice or log dates cluster in recent years."""
    days = [d for d in (parse_date(v) for v in values) if d]
    if len(days) < 5:
        return False
    years = [d.year for d in days]
    span = max(years) - min(years)
    median_age = datetime.date.today().year - sorted(years)[len(years) // 2]
    return span >= BIRTH_MIN_YEARS_SPREAD and median_age >= 15 and len(set(days)) >= len(days) * 0.8


# ------------------------------------------------------------------ gender codes

GENDER_CODE_SETS: tuple[frozenset[str], ...] = (
    frozenset({"m", "f", "x", "u"}),  # ISO/IEC 5218-like letters, en
    frozenset({"male", "female", "other", "unknown", "non-binary"}),
    frozenset({"mies", "nainen", "muu"}),  # fi
    frozenset({"man", "kvinna", "annat"}),  # sv
    frozenset({"n", "m", "mies", "nainen"}),
)


def is_gender_code(value: str) -> bool:
    low = value.strip().lower()
    return any(low in codes for codes in GENDER_CODE_SETS)


def gender_codes_cover(values: Sequence[str], sampled: int) -> bool:
    """Every sampled value a code, at least two codes, all of one code set (sizes S/M/L or
    grades A/B/C fail: L and A are no gender codes)."""
    seen = {v.strip().lower() for v in values}
    return len(values) == sampled and len(seen) >= 2 and any(seen <= codes for codes in GENDER_CODE_SETS)


# ------------------------------------------------------------------ street addresses

# street-name endings: Finnish, Swedish, Norwegian, Danish, German, Dutch (Mannerheimintie,
# Kauppakatu, Storgatan, Kungsvägen, Ullevålsveien, Theodor-Heuss-Straße, Grétrystraat)
STREET_ENDINGS = ("tie", "katu", "kuja", "polku", "väylä", "kaari", "rinne", "raitti", "piha", "tori", "aukio", "puistikko",
                  "ranta", "mäki", "linja", "gatan", "vägen", "gränd", "stigen", "backen", "torget", "allén", "leden",
                  "gata", "väg", "veien", "vegen", "gate", "vej", "gade", "straße", "strasse", "straat", "weg", "gasse", "laan")
_STREET_WORDS = r"(?:Street|St|Road|Rd|Avenue|Ave|Av|Lane|Ln|Drive|Dr|Way|Close|Court|Ct|Boulevard|Blvd|Parkway|Pkwy|Place|Pl|Loop|Terrace|Crescent|Square|Sq)"
_COMPASS = r"(?: (?:N|S|E|W|NE|NW|SE|SW|North|South|East|West))?"
# number first: "12 High Street", "1033 N Park Ave", "683 10 Street SW", "590 Columbia Boulevard West"
_NUMBER_FIRST = re.compile(rf"^\d{{1,5}}[A-Za-z]?(?: (?:N|S|E|W)\.?)?(?: [A-Z0-9][\w'.-]*){{0,3}} {_STREET_WORDS}\.?{_COMPASS}$", re.I)
# a street word first: "4, Rue Milton", "11, Place Bellecour", "Rua Dr. Falcão Filho, 155", "Calle Mayor 5"
_WORD_FIRST = re.compile(r"^(?:\d{1,5}[A-Za-z]?,? )?(?:Rue|Place|Avenue|Av\.|Avenida|Rua|Calle|Via|Viale|Boulevard|Chemin|Praça|Plaza|Ulica|ul\.) "
                         r"[\w'. -]{2,40}?(?:,? \d{1,5}[A-Za-z]?)?$", re.I)
_STREET = re.compile(r"^((?:[A-ZÅÄÖÜ][\wäöüåéèß.]*[ -]){0,3}[A-ZÅÄÖÜa-zåäöü][\wäöüåéèß]+) (\d{1,4}(?: ?[A-Za-z])?(?:[ /-]\d{1,4})?(?: ?[a-z])?)(?:,? (?:FI-)?\d{5}(?: [A-ZÅÄÖ][A-Za-zåäö]+)?)?$")


def is_street_address(value: str) -> bool:
    """A street and house number (``Kauppakatu 3 B 12``, ``Storgatan 5``, ``12 High Street``),
    optionally followed by a postal code and town."""
    text = value.strip()
    m = _STREET.match(text)
    if m:
        return m[1].lower().endswith(STREET_ENDINGS)
    if not any(ch.isdigit() for ch in text):
        return False
    return bool(_NUMBER_FIRST.match(text) or _WORD_FIRST.match(text))


# ------------------------------------------------------------------ postal codes

_POSTAL = (
    re.compile(r"^(?:FI-?)?\d{5}$"),  # Finland (and DE, FR, ... five digits)
    re.compile(r"^(?:SE-?)?\d{3} ?\d{2}$"),  # Sweden: 123 45
    re.compile(r"^(?:NO|DK)-\d{4}$"),  # Norway, Denmark (with the prefix: bare four digits are years)
    re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$"),  # United Kingdom
    re.compile(r"^\d{5}(?:-\d{4})?$"),  # United States ZIP
    re.compile(r"^[A-Z]\d[A-Z] ?\d[A-Z]\d$"),  # Canada
    re.compile(r"^\d{4} ?[A-Z]{2}$"),  # Netherlands
)


def is_postal_code(value: str) -> bool:
    text = value.strip().upper()
    return any(p.match(text) for p in _POSTAL)


def postal_codes_vary(values: Sequence[str], sampled: int) -> bool:
    """Postal codes of people: several codes, not one constant, and not a run of counters
    (a five-digit id column counts up: 10001, 10002, ...)."""
    codes = sorted({v.strip() for v in values})
    if len(codes) < 3:
        return False
    digits = [int(re.sub(r"\D", "", c)) for c in codes if re.sub(r"\D", "", c)]
    steps = [b - a for a, b in zip(digits, digits[1:])]
    return not steps or sum(1 for s in steps if s == 1) < len(steps) * 0.5


# ------------------------------------------------------------------ coordinates

_COORDS = re.compile(r"^\(?\s*(-?\d{1,3}\.\d{3,})\s*[,; ]\s*(-?\d{1,3}\.\d{3,})\s*\)?$")
_POINT = re.compile(r"^POINT\s*\(\s*(-?\d{1,3}\.\d{3,})\s+(-?\d{1,3}\.\d{3,})\s*\)$", re.I)


def is_coordinates(value: str) -> bool:
    """``60.1699, 24.9384`` or ``POINT(24.9384 60.1699)``: latitude and longitude in range, 3+ decimals."""
    text = value.strip()
    m = _COORDS.match(text)
    if m:
        a, b = float(m[1]), float(m[2])
        return (abs(a) <= 90 and abs(b) <= 180) or (abs(b) <= 90 and abs(a) <= 180)
    m = _POINT.match(text)
    return bool(m) and abs(float(m[2])) <= 90 and abs(float(m[1])) <= 180


# ------------------------------------------------------------------ IP addresses


def is_ip_address(value: str) -> bool:
    """An IPv4 (dotted quad) or IPv6 address, by ``ipaddress``; version strings like 1.2.3 fail."""
    text = value.strip()
    if "/" in text or not (text.count(".") == 3 or ":" in text):
        return False
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


# ------------------------------------------------------------------ social profiles

SOCIAL_HOSTS = ("facebook.com", "instagram.com", "linkedin.com", "twitter.com", "x.com", "tiktok.com", "youtube.com",
                "github.com", "mastodon.social", "threads.net", "snapchat.com", "pinterest.com", "reddit.com", "vk.com")
_PROFILE = re.compile(r"^(?:https?://)?(?:[a-z]{2,3}\.|www\.|m\.)?([a-z.]+)/(?:in/|u/|user/|@)?@?[\w.\-]{2,60}/?$", re.I)


def social_host(value: str) -> str | None:
    """The network's host of a profile URL (``linkedin.com``), or None."""
    m = _PROFILE.match(value.strip())
    return m[1].lower() if m and m[1].lower() in SOCIAL_HOSTS else None


def is_social_profile(value: str) -> bool:
    return social_host(value) is not None


# ------------------------------------------------------------------ free text

_EMAIL_IN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_PHONE_IN = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d ()/-]{6,18}\d(?!\w)")
_HETU_IN = re.compile(r"\b\d{6}[-+ABCDEFYXWVU]\d{3}[0-9A-Y]\b")


def is_text_with_identifiers(value: str) -> bool:
    """Prose (four words or more) that contains a valid e-mail address, phone number or identity code."""
    text = value.strip()
    if len(text.split()) < 4:
        return False
    for pattern, check in ((_HETU_IN, validators.is_hetu), (_EMAIL_IN, validators.is_email), (_PHONE_IN, validators.is_phone)):
        if any(check(m.group(0)) for m in pattern.finditer(text)):
            return True
    return False


# ------------------------------------------------------------------ the registry (checked in this order)

RECOGNIZERS: tuple[Recognizer, ...] = (
    *(Recognizer(kind, validators.LABELS[kind], check, families=TEXTUAL | {"number"}, needs="@" if kind == "email" else "d")
      for kind, check in validators.VALIDATORS),
    Recognizer("ip-address", N_("IP addresses"), is_ip_address, needs="d:"),
    Recognizer("geolocation", N_("coordinates (latitude, longitude)"), is_coordinates, needs="d"),
    Recognizer("social-media", N_("social-media profile URLs"), is_social_profile, needs="/"),
    Recognizer("birth-date", N_("dates spread like dates of birth"), is_birth_date_candidate, birth_dates_spread, TEXTUAL | {"date"}, needs="d"),
    Recognizer("postal-address", N_("street addresses"), is_street_address, needs="d"),
    Recognizer("postal-code", N_("postal codes"), is_postal_code, postal_codes_vary, needs="d"),
    Recognizer("gender", N_("gender codes"), is_gender_code, gender_codes_cover, no_digits=True),
    Recognizer("person-name", N_("person names (Finnish and Swedish name statistics)"), is_person_name, names_vary, no_digits=True),
    Recognizer("free-text", N_("free texts containing e-mail addresses, phone numbers or identity codes"), is_text_with_identifiers, needs="d@"),
)

KINDS = tuple(r.kind for r in RECOGNIZERS)
LABELS = {r.kind: r.label for r in RECOGNIZERS}
COLUMN_TESTS = {r.kind: r.column_test for r in RECOGNIZERS if r.column_test}


SAMPLED_FAMILIES = frozenset().union(*(r.families for r in RECOGNIZERS)) | {"json"}


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=16)
def _for_family(family: str) -> tuple[Recognizer, ...]:
    return tuple(r for r in RECOGNIZERS if family in r.families)


def recognize(value: str, family: str = "text") -> str | None:
    """The first kind ``value`` (of a column of type ``family``) is recognised as, or None (never raises)."""
    if not value or len(value) > 512:
        return None
    marks = ("d" if _DIGIT.search(value) else "") + "".join(ch for ch in "@/:" if ch in value)
    for r in _for_family(family):
        if (r.needs and not any(m in marks for m in r.needs)) or (r.no_digits and "d" in marks):
            continue
        try:
            if r.match(value):
                return r.kind
        except Exception:  # a recognizer must never fail a scan (nor echo the value)
            continue
    return None


# ------------------------------------------------------------------ JSON documents

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,40}$")


def json_leaves(value: str, limit: int = 64) -> list[tuple[str, str]] | None:
    """(key path, text) of a JSON object's scalar leaves, or None when ``value`` is no JSON object.
    Key paths are kept only when every key is identifier-like (``contact.email``); others are ``?``."""
    text = value.strip()
    if not text.startswith("{"):
        return None
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested too deep to read
        return None
    if not isinstance(doc, dict):
        return None
    out: list[tuple[str, str]] = []
    stack: list[tuple[str, object]] = [("", doc)]
    while stack and len(out) < limit:
        path, node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                key = str(k) if _KEY.match(str(k)) else "?"
                stack.append((f"{path}.{key}" if path else key, v))
        elif isinstance(node, list):
            stack.extend((f"{path}[]", v) for v in node[:16])
        elif isinstance(node, (str, int)) and not isinstance(node, bool):
            out.append((path, str(node)))
    return out
