"""Pass 3, morphology: inflected and compound Finnish and Swedish words read as their base word.

A name token matches a lexicon word when their *keys* agree. A key is the word's Snowball
stem (the ``snowballstemmer`` package: Finnish and Swedish) or the word itself, with the
Finnish consonant gradation evened out (double letters single, ``nt`` -> ``n``), so that
``asiakkaan`` reads as ``asiakas``, ``omistajan`` as ``omistaja``, ``tallenteet`` as
``tallenne`` and ``kundens`` as ``kund``. Two keys agree when one is the start of the other
and they differ by at most two letters (an ending the stemmer left), the shorter having at
least five letters.

A compound is read by its parts: a token that starts or ends (less an ending) with a lexicon
word's key of five or more letters (``puhelutallenne`` ends with ``tallenne``; ``suoramarkkinointikielto``
starts with ``suoramarkkinoin``, the key of ``suoramarkkinoinnin``).

Why Snowball plus evening out: measured on the notice and catalog words, Snowball alone
joins ``omistaja``/``omistajan`` and ``hakija``/``hakijan`` but not ``asiakas``/``asiakkaan``
(stems ``asiakas`` and ``asiak``) nor ``tallenne``/``tallenteet`` (``tal``/``tallent``); the
raw word with gradation evened out covers those (``nt``/``lt``/``rt``/``mp`` read as ``n``/``l``/``r``/``m``). Voikko would analyse better but needs a
C library and a dictionary that ``pip install`` cannot bring.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_MIN_KEY = 5
_HEAD = 4
_MAX_ENDING = 6  # an inflected form is at most this much longer than its word ('asiakkaidensa')
_MIN_COMPOUND_KEY = 5
_SLACK = 2
_DOUBLE = re.compile(r"(.)\1")
# Finnish consonant gradation, strong -> weak grade after doubles are single ('kielto' ~ 'kiellot')
_GRADATION = (("nt", "n"), ("lt", "l"), ("rt", "r"), ("mp", "m"))
_ENDING_LETTERS = frozenset("ntaeiouysl")  # what a cut may remove: case and plural endings, not a compound's head


@lru_cache(maxsize=2)
def _stemmer(language: str):
    import snowballstemmer  # imported on first use: schemas without Finnish or Swedish never need it

    return snowballstemmer.stemmer(language)


@lru_cache(maxsize=50_000)
def even(word: str) -> str:
    """Consonant gradation and vowel length evened out: 'asiakkaan' -> 'asiakan', 'tallenteet' -> 'talenet'."""
    word = _DOUBLE.sub(r"\1", word)
    for strong, weak in _GRADATION:
        word = word.replace(strong, weak)
    return word


@lru_cache(maxsize=20_000)
def keys(word: str) -> frozenset[str]:
    """The keys of a folded lower-case word (its evened stems and itself)."""
    out = {even(word)}
    for language in ("finnish", "swedish"):
        stem = _stemmer(language).stemWord(word)
        if len(stem) >= _MIN_KEY:
            out.add(even(stem))
    return frozenset(k for k in out if len(k) >= _MIN_KEY)


def _cuts(key: str) -> list[str]:
    """The key and the key less up to two ending letters ('asiakas' -> 'asiaka', 'asiak')."""
    out = [key]
    for cut in range(1, _SLACK + 1):
        if len(key) - cut < _MIN_KEY or key[-cut] not in _ENDING_LETTERS:
            break
        out.append(key[:-cut])
    return out


class Lexicon:
    """Words (folded, lower case) with a value each, found again in inflected or compound tokens.

    Two rounds, the cheap one first: the words and the token with gradation evened out
    ('omistajan' ~ 'omistaja', 'asiakkaan' ~ 'asiakas'), then, only when that finds nothing,
    the Snowball stems of the token and of the few words that start like it. So a run whose
    names are plain English or plain base forms never loads the stemmers.
    """

    def __init__(self, entries: Iterable[tuple[str, object]]) -> None:
        self.entries = tuple(entries)
        self.by_head: dict[str, list[tuple[str, object]]] = {}
        self.by_gram: dict[str, list[tuple[str, object]]] = {}
        for word, value in self.entries:
            if len(word) >= _MIN_KEY:
                evened = even(word)
                self.by_head.setdefault(evened[:_HEAD], []).append((word, value))
                self.by_gram.setdefault(evened[:_MIN_KEY], []).append((word, value))
        self.plain = _Index(((even(w), w, v) for w, v in self.entries))
        self._stemmed: dict[tuple[str, ...], _Index] = {}
        self._cache: dict[str, tuple[str, object] | None] = {}

    def _stems(self, words: list[tuple[str, object]]) -> _Index:
        """The stem index of some words (those that could match a token), built once per set."""
        key = tuple(w for w, _ in words)
        index = self._stemmed.get(key)
        if index is None:
            index = self._stemmed[key] = _Index((k, w, v) for w, v in words for k in keys(w))
        return index

    def find(self, token: str, compounds: bool = True, stems: bool = True) -> tuple[str, object] | None:
        """(lexicon word, value) that ``token`` is an inflected form or a compound of, or None;
        ``stems=False`` stays with the evened words (no stemmer)."""
        cache_key = f"{int(compounds)}{int(stems)}{token}"
        if cache_key in self._cache:
            return self._cache[cache_key]
        found = None
        evened = even(token)
        if len(token) >= _MIN_KEY:
            alike = self.by_head.get(evened[:_HEAD])
            if alike:
                found = self.plain.inflected(token, (evened,))
                if found is None and stems:
                    found = self._stems(alike).inflected(token, keys(token))
            if found is None and compounds:
                inside = sorted({g for i in range(len(evened) - _MIN_KEY + 1) if (g := evened[i:i + _MIN_KEY]) in self.by_gram})
                if inside:
                    words = [e for g in inside for e in self.by_gram[g]]
                    found = self.plain.compound(evened)
                    if found is None and stems:
                        found = self._stems(words).compound(evened)
        if len(self._cache) < 50_000:
            self._cache[cache_key] = found
        return found


class _Index:
    """Keys (and keys less an ending) of lexicon words, and the compound parts among them."""

    def __init__(self, items: Iterable[tuple[str, str, object]]) -> None:
        self.by_key: dict[str, tuple[str, object]] = {}
        self.parts: dict[str, tuple[str, object]] = {}
        for key, word, value in items:
            if len(key) < _MIN_KEY:
                continue
            for short in _cuts(key):
                held = self.by_key.get(short)
                if held is None or len(word) < len(held[0]):  # the nearest word: 'lasku' -> 'laskutus'
                    self.by_key[short] = (word, value)
            if len(key) >= _MIN_COMPOUND_KEY:
                self.parts.setdefault(key, (word, value))
        self.part_lengths = sorted({len(k) for k in self.parts}, reverse=True)

    def inflected(self, token: str, token_keys: Iterable[str]) -> tuple[str, object] | None:
        """The word whose key is the longest match of a key of the token (order-independent)."""
        found, best = None, 0
        for key in token_keys:
            for short in _cuts(key):
                hit = self.by_key.get(short)
                if hit and len(short) > best and len(token) <= len(hit[0]) + _MAX_ENDING:
                    found, best = hit, len(short)
                    break
        return found

    def compound(self, evened: str) -> tuple[str, object] | None:
        """The word a compound starts or ends with (less an ending), longest part first."""
        for cut in _cuts(evened):
            for size in self.part_lengths:
                if size > len(cut) - 3:
                    continue
                hit = self.parts.get(cut[:size]) or self.parts.get(cut[-size:])
                if hit:
                    return hit
        return None
