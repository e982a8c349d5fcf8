"""Pass 1, name tokens: fold, split and segment identifiers.

``asiakasSähköposti2`` -> ('asiakas', 'sahkoposti'): names are split on ``_``, ``-``, spaces,
camelCase and digits (digits are dropped), lower-cased, and ä/ö/å folded to a/o/a.
"""
from __future__ import annotations

import re
from functools import lru_cache
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



_MIN_SEGMENTED = 7  # shorter run-together names are rarely two words ('userid' is handled as a key)
_MIN_PART = 3


def segment(token: str) -> tuple[str, ...]:
    """A run-together English identifier split into words: 'contactphone' -> ('contact', 'phone').

    Uses the word-frequency model of the ``wordninja`` package (English Wikipedia unigrams),
    imported on first use. The token comes back whole when it is short or when a part would
    be shorter than three letters (Finnish compounds split into English nonsense that way:
    'kayttopaikka' -> 'kay t top a ikk a'). Callers accept a split only when a part means
    something to them (see Classifier).
    """
    if len(token) < _MIN_SEGMENTED or not token.isalpha():
        return (token,)
    parts = _split(token)
    if len(parts) < 2 or any(len(p) < _MIN_PART for p in parts):
        return (token,)
    return parts


@lru_cache(maxsize=20_000)
def _split(token: str) -> tuple[str, ...]:
    import wordninja

    return tuple(wordninja.split(token))
