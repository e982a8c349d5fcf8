"""Value validators: which personal-data kind (checker/catalog/kinds.yaml id) a value proves.

Checksums come from python-stdnum where it has them: ``stdnum.fi.hetu`` (Finnish personal
identity code, including the century signs of 2023: Y X W V U for the 1900s, B C D E F for
the 2000s; temporary numbers 900-999 count), ``stdnum.fi.ytunnus``, ``stdnum.iban`` and
``stdnum.luhn`` (payment cards of 13-19 digits). E-mail and phone numbers are format checks.
A validator never raises and never records the value.

    >>> detect("131052-308T")
    'national-id'
    >>> detect("+358 40 123 4567")
    'phone'
"""
from __future__ import annotations

import re
from collections.abc import Callable

from stdnum import iban, luhn
from stdnum.fi import hetu, ytunnus

from ..i18n import N_

_HETU = re.compile(r"^[0-3]\d[01]\d\d\d[-+ABCDEFYXWVU]\d{3}[0-9A-Y]$")
_HETU_ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_CENTURY = {"+": 18, **dict.fromkeys("-YXWVU", 19), **dict.fromkeys("ABCDEF", 20)}
# python-stdnum >= 1.19 knows the 2023 century signs; older ones get the official rule below.
_STDNUM_HAS_2023_SIGNS = "Y" in getattr(hetu, "_century_codes", {})
_YTUNNUS = re.compile(r"^\d{7}-\d$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$")
_CARD_CHARS = re.compile(r"^\d[\d -]{11,22}\d$")
_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$"
)
_PHONE_CHARS = re.compile(r"^\+?[\d ()./-]{6,24}$")
_PHONE_SEPARATORS = re.compile(r"[ ()./-]")
_E164 = re.compile(r"^(?:\+|00)[1-9]\d{6,14}$")
_FI_NATIONAL = re.compile(r"^0[1-9]\d{5,10}$")  # 040 123 4567, 050..., 09 123 4567

LABELS = {  # plural, inside sentences; translated through the message catalogs
    "national-id": N_("Finnish personal identity codes"),
    "business-id": N_("Finnish business IDs (Y-tunnus)"),
    "bank-account": N_("IBAN account numbers"),
    "payment-card": N_("payment card numbers (Luhn)"),
    "email": N_("e-mail addresses"),
    "phone": N_("phone numbers"),
}


def is_hetu(value: str) -> bool:
    """Finnish personal identity code with a valid date and check character."""
    text = value.strip().upper()
    if not _HETU.match(text):
        return False
    if _STDNUM_HAS_2023_SIGNS:
        return bool(hetu.is_valid(text, allow_temporary=True))
    return _hetu_fallback(text)


def _hetu_fallback(text: str) -> bool:
    """The official rule: (DDMMYY + individual number) mod 31 -> check character."""
    import datetime

    try:
        datetime.date((_CENTURY[text[6]] * 100) + int(text[4:6]), int(text[2:4]), int(text[0:2]))
    except (KeyError, ValueError):
        return False
    if int(text[7:10]) < 2:
        return False
    return _HETU_ALPHABET[int(text[0:6] + text[7:10]) % 31] == text[10]


def is_ytunnus(value: str) -> bool:
    text = value.strip()
    return bool(_YTUNNUS.match(text)) and bool(ytunnus.is_valid(text))


def is_iban(value: str) -> bool:
    text = value.replace(" ", "").strip().upper()
    return bool(_IBAN.match(text)) and bool(iban.is_valid(text))


def is_card(value: str) -> bool:
    text = value.strip()
    if not _CARD_CHARS.match(text):
        return False
    digits = text.replace(" ", "").replace("-", "")
    return 13 <= len(digits) <= 19 and digits[0] != "0" and bool(luhn.is_valid(digits))


def is_email(value: str) -> bool:
    text = value.strip()
    return len(text) <= 254 and bool(_EMAIL.match(text))


def is_phone(value: str) -> bool:
    """E.164 (``+358401234567``, ``00358...``) or a Finnish national number (``040 123 4567``)."""
    text = value.strip()
    if not _PHONE_CHARS.match(text):
        return False
    compact = _PHONE_SEPARATORS.sub("", text)
    return bool(_E164.match(compact) or _FI_NATIONAL.match(compact))


# Order matters only where formats could overlap: checksums first, loose formats last.
VALIDATORS: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("national-id", is_hetu),
    ("business-id", is_ytunnus),
    ("bank-account", is_iban),
    ("payment-card", is_card),
    ("email", is_email),
    ("phone", is_phone),
)

KINDS = tuple(kind for kind, _ in VALIDATORS)


def detect(value: str) -> str | None:
    """The kind id ``value`` validates as, or None."""
    if not value or len(value) > 254:
        return None
    for kind, check in VALIDATORS:
        try:
            if check(value):
                return kind
        except Exception:  # a validator must never fail a scan (nor echo the value)
            continue
    return None
