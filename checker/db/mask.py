"""Masked examples: the shape of a value, never the value.

Rule: every letter and digit becomes ``*``; separators stay. Three format markers are
kept because they carry no identity and show which format matched:

* Finnish personal identity code: the century sign (``******-****``, ``******A****``,
  ``******Y****``). The birth date, individual number and check character are hidden:
  together with a name list the date and check character would narrow a person down.
* IBAN: the country code (``FI** **** **** **** **``), grouped by four.
* e-mail: the top-level domain (``***@***.fi``); local part and domain are fixed-length
  stars, so their lengths are hidden too.

    >>> mask("131052-308T", "national-id")
    '******-****'
    >>> mask("FI2112345600000785", "bank-account")
    'FI** **** **** **** **'
    >>> mask("matti.meikalainen@example.fi", "email")
    '***@***.fi'
    >>> mask("+358 40 123 4567", "phone")
    '+*** ** *** ****'

Kinds recognised beyond checksums (``recognizers``) hide even the shape where the shape
could narrow a person down:

* person name, street address, free text: ``***`` per word, so neither letters nor word lengths show
  (``Anna-Liisa Virtanen`` -> ``*** ***``; free text -> ``*** …``);
* birth date: ``****-**-**`` whatever the written form; gender: ``*``;
* social-media profile: the network's host is kept, the profile starred
  (``linkedin.com/***``);
* postal code, coordinates, IP address: every letter and digit starred.

    >>> mask("Anna-Liisa Virtanen", "person-name")
    '*** ***'
    >>> mask("https://www.linkedin.com/in/matti-m", "social-media")
    'linkedin.com/***'
"""
from __future__ import annotations

MAX_LENGTH = 40
_CENTURY_SIGNS = frozenset("-+ABCDEFYXWVU")


def _stars(text: str) -> str:
    return "".join("*" if ch.isalnum() else ch for ch in text)


def mask(value: str, kind: str | None) -> str:
    """A masked example of ``value`` that validated as ``kind``.

    Defensive: a marker is kept only when it has the expected form (a century sign, two
    letters of a country code, an alphabetic top-level domain); otherwise the whole value is
    starred. Only letters and digits are starred, so every other character (separators) must
    carry no identity: callers pass values that a validator accepted.
    """
    text = value.strip()
    if kind == "national-id" and len(text) == 11 and text[6].upper() in _CENTURY_SIGNS:
        out = "*" * 6 + text[6].upper() + "*" * 4
    elif kind == "bank-account" and text[:2].isascii() and text[:2].isalpha():
        compact = text.replace(" ", "").upper()
        masked = compact[:2] + "*" * (len(compact) - 2)
        out = " ".join(masked[i : i + 4] for i in range(0, len(masked), 4))
    elif kind == "email" and "@" in text:
        tld = text.rsplit(".", 1)[-1] if "." in text.rsplit("@", 1)[-1] else ""
        out = "***@***" + (f".{tld.lower()}" if tld.isascii() and tld.isalpha() and len(tld) <= 6 else "")
    elif kind in ("person-name", "postal-address"):
        out = " ".join("***" for _ in text.replace(",", " ").split())
    elif kind == "free-text":
        out = "*** …"
    elif kind == "birth-date":
        out = "****-**-**"
    elif kind == "gender":
        out = "*"
    elif kind == "social-media":
        from .recognizers import social_host

        host = social_host(text)
        out = f"{host}/***" if host else "***"
    else:
        out = _stars(text)
    return out[:MAX_LENGTH]
