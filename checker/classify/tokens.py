"""Pass 1, name tokens: fold, split and segment identifiers.

``asiakasSähköposti2`` -> ('asiakas', 'sahkoposti'): names are split on ``_``, ``-``, spaces,
camelCase and digits (digits are dropped), lower-cased, and ä/ö/å folded to a/o/a.
"""
from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")


def fold(text: str) -> str:
    text = text.translate(_FOLD)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text


def tokenize(name: str) -> tuple[str, ...]:
    """``asiakasSähköposti2`` -> ('asiakas', 'sahkoposti'); digits are dropped."""
    tokens: list[str] = []
    for part in _SPLIT.split(fold(name)):
        for token in _CAMEL.findall(part):
            if not token.isdigit():
                tokens.append(token.lower())
    return tuple(tokens)

