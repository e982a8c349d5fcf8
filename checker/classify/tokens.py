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


@lru_cache(maxsize=50_000)
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
_VOCABULARY = 40_000  # the most frequent English words of the list are enough for column names


def segment(token: str, short: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """A run-together English identifier split into words: 'contactphone' -> ('contact', 'phone').

    The most probable split under a Zipf model of English word frequencies: the word list
    ranked by frequency that the ``wordninja`` package ships (English Wikipedia unigrams),
    read on first use; the most frequent 40,000 words are kept. The token comes back whole
    when it is short or when a part would be shorter than three letters (Finnish compounds
    split into English nonsense that way: 'kayttopaikka' -> 'kay t top a ikk a'), except
    a last part in ``short`` (abbreviations such as 'ip': 'registerip' -> 'register ip').
    Callers accept a split only when a part means something to them (see Classifier).
    """
    if len(token) < _MIN_SEGMENTED - (1 if short else 0) or not token.isalpha():
        return (token,)
    parts = _split(token)
    if len(parts) < 2 or any(len(p) < _MIN_PART and not (i == len(parts) - 1 and p in short) for i, p in enumerate(parts)):
        return (token,)
    return parts


@lru_cache(maxsize=1)
def _ranks() -> tuple[dict[str, int], int]:
    """Word -> frequency rank (1 = most frequent), and the longest word's length."""
    import gzip
    import os
    from importlib.util import find_spec

    spec = find_spec("wordninja")  # located, not imported: its import builds a model of all 126k words
    if spec is None or spec.origin is None:
        return {}, 1
    path = os.path.join(os.path.dirname(spec.origin), "wordninja", "wordninja_words.txt.gz")
    with open(path, "rb") as raw:
        words = gzip.decompress(raw.read()).decode("utf-8").split("\n", _VOCABULARY)[:_VOCABULARY]
    return dict(zip(words, range(1, len(words) + 1))), max(map(len, words))


@lru_cache(maxsize=20_000)
def _split(token: str) -> tuple[str, ...]:
    """Dynamic programming over split points: the cheapest sequence of known words (unknown
    stretches cost a lot, so they stay whole only when nothing better exists)."""
    import math

    ranks, longest = _ranks()
    scale = math.log(max(len(ranks), 2))
    unknown = 1e6
    best = [0.0] + [unknown] * len(token)
    back = [0] * (len(token) + 1)
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - longest), end):
            rank = ranks.get(token[start:end])
            cost = best[start] + (math.log(rank * scale) if rank else unknown)  # Zipf: cost grows with rank
            if cost < best[end]:
                best[end], back[end] = cost, start
    parts: list[str] = []
    end = len(token)
    while end > 0:
        parts.append(token[back[end]:end])
        end = back[end]
    return tuple(reversed(parts))


def is_english_word(word: str) -> bool:
    """Whether ``word`` is among the most frequent English words (the segmentation's list)."""
    return word in _ranks()[0]


_PREFIX_SHARE = 0.6  # most of a schema's tables start with an application's prefix
_MIN_PREFIX_TABLES = 4


def app_prefix(names: list[str]) -> str:
    """The run-together prefix most table names of an application start with ('of' in
    'ofuser', 'ofroster', 'ofmucmember'; 'gibbon' in 'gibbonperson'), or ''.

    Only a prefix glued to the next word counts: 'phpbb_users' and 'oc_customer' already
    split at '_'. The longest prefix (2 to 8 letters) that at least 60 % of at least four
    tables start with, followed by more letters in each of them, and by different words
    (partitions 'payment_p2022_01', ... share a first word, not a prefix).
    """
    firsts = [t[0] for t in (tokenize(n) for n in names) if t]
    if len(firsts) < _MIN_PREFIX_TABLES:
        return ""
    best = ""
    for size in range(2, 9):
        counts: dict[str, int] = {}
        for token in firsts:
            if len(token) > size + 2:
                counts[token[:size]] = counts.get(token[:size], 0) + 1
        if not counts:
            break
        prefix, count = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
        distinct = len({t for t in firsts if t.startswith(prefix)})
        if count < _PREFIX_SHARE * len(firsts) or distinct < _PREFIX_SHARE * count:
            break  # not shared, or shared by copies of one table ('payment_p2022_01', ...)
        best = prefix
    return best
