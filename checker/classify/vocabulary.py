"""Pass 2, vocabulary: the catalog's terms and table words, indexed once (used by every pass that reads names)."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..catalog import Catalog
from .tokens import fold, tokenize

_MIN_COMPOUND_REST = 3  # 'laskutusosoite' = 'laskutus' + 'osoite': the rest must be at least this long
_MIN_PERSON_PART = 5  # 'asiakasrekisteri' starts with 'asiakas'
_MIN_SUBJECT_PART = 5  # 'suorituskerta' starts with 'suoritus', 'queuedemail' ends with 'email'
_MIN_NON_PERSON_PART = 6  # 'tutkintotoimikunta'; not 'kunta' in 'kotikunta_historia'
_MIN_INFLECTED = 6  # comment words: 'terveydentilan' is 'terveydentila' + case ending
_MAX_ENDING = 3


@dataclass(frozen=True)
class Term:
    kind: str
    strength: str  # strong | weak | compound
    lang: str
    term: str


@dataclass(frozen=True)
class Match:
    term: Term
    token: str  # the column token(s) matched
    length: int  # length of the matched term (longest wins among equals)


class Words:
    """Words matched as whole tokens or, when long enough, as the start (or end) of a longer token.

    Indexed by length, so a token costs one set lookup per distinct word length, not
    one comparison per word.
    """

    def __init__(self, words: Iterable[str], min_part: int, ends: bool = True) -> None:
        self.words = frozenset(fold(w).lower() for w in words)
        self.parts = frozenset(w for w in self.words if len(w) >= min_part)
        self.lengths = sorted({len(w) for w in self.parts}, reverse=True)
        self.ends = ends

    def find(self, token: str) -> str | None:
        if token in self.words:
            return token
        longest = len(token) - _MIN_COMPOUND_REST
        for size in self.lengths:
            if size > longest:
                continue
            if token[:size] in self.parts:
                return token[:size]
            if self.ends and token[-size:] in self.parts:
                return token[-size:]
        return None

    def any(self, tokens: Iterable[str]) -> str | None:
        for token in tokens:
            found = self.find(token)
            if found:
                return found
        return None


def phrases(by_lang: Mapping[str, Iterable[str]] | None) -> frozenset[tuple[str, ...]]:
    """Terms as token tuples, also run together ('company_name' -> ('companyname',))."""
    out: set[tuple[str, ...]] = set()
    for terms in (by_lang or {}).values():
        for term in terms:
            tokens = tokenize(term)
            if tokens:
                out.add(tokens)
                out.add(("".join(tokens),))
    return frozenset(out)


def flat(by_lang: Mapping[str, Iterable[str]] | None) -> list[str]:
    return [t for terms in (by_lang or {}).values() for t in terms]


_SECTIONS = ("organisation_context", "organisation_name", "person_reference", "record_keeping")


def catalog_sections(catalog: Catalog) -> dict[str, Any]:
    """The catalog's table-level word lists (see kinds.yaml)."""
    return {s: catalog.sections.get(s) for s in _SECTIONS}


class Vocabulary:
    """Indexes of the catalog's terms and table words, built once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.exact: dict[tuple[str, ...], list[Term]] = {}
        self.compounds: dict[str, Term] = {}
        self.excludes: dict[str, frozenset[str]] = {}
        subjects: dict[str, str] = {}
        for kind in catalog.kinds.values():
            raw = kind.raw
            for strength in ("strong", "weak"):
                for lang, terms in (raw.get(strength) or {}).items():
                    for term in terms:
                        self._add_exact(term, Term(kind.id, strength, lang, term))
            for term in raw.get("abbreviations") or ():
                self._add_exact(term, Term(kind.id, "strong", "abbr", term))
            for lang, parts in (raw.get("compounds") or {}).items():
                for part in parts:
                    self.compounds.setdefault(fold(part).lower(), Term(kind.id, "compound", lang, part))
            self.excludes[kind.id] = frozenset(tokenize(t)[0] for t in raw.get("exclude") or () if tokenize(t))
            for word in flat(raw.get("table_subjects")):
                subjects.setdefault(fold(word).lower(), kind.id)
        self.compound_lengths = sorted({len(p) for p in self.compounds}, reverse=True)
        self.max_phrase = max((len(k) for k in self.exact), default=1)
        # comments: strong words only (no abbreviations, no weak or generic words)
        self.strong_exact = {
            key: strong for key, entries in self.exact.items() if (strong := [e for e in entries if e.strength == "strong" and e.lang != "abbr"])
        }
        self.strong_words = {key[0]: entries for key, entries in self.strong_exact.items() if len(key) == 1 and len(key[0]) >= _MIN_INFLECTED}
        self.strong_lengths = sorted({len(w) for w in self.strong_words}, reverse=True)

        sections = catalog_sections(catalog)
        organisations = flat(sections.get("organisation_context"))
        self.person_words = Words(flat(catalog.person_context), _MIN_PERSON_PART, ends=False)
        self.organisation_words = Words(organisations, _MIN_NON_PERSON_PART)
        self.non_person_words = Words(flat(catalog.non_person_context), _MIN_NON_PERSON_PART)
        self.subject_words = Words(subjects, _MIN_SUBJECT_PART)
        self.subject_of = subjects
        self.organisation_names = phrases(sections.get("organisation_name"))
        self.person_references = phrases(sections.get("person_reference"))
        record = sections.get("record_keeping") or {}
        self.record_tokens = frozenset(fold(t).lower() for t in flat(record.get("tokens")))
        self.record_names = phrases(record.get("names"))
        self.coded_words = Words(flat(record.get("coded")), _MIN_SUBJECT_PART)
        self._cache: dict[tuple[str, ...], list[Match]] = {}

    def _add_exact(self, term: str, entry: Term) -> None:
        tokens = tokenize(term)
        if not tokens:
            return
        self.exact.setdefault(tokens, []).append(entry)
        if len(tokens) > 1:  # 'first_name' also matches the unsplit 'firstname'
            self.exact.setdefault(("".join(tokens),), []).append(entry)

    def matches(self, tokens: tuple[str, ...]) -> list[Match]:
        cached = self._cache.get(tokens)
        if cached is not None:
            return cached
        found: list[Match] = []
        n = len(tokens)
        covered: set[int] = set()
        for size in range(min(self.max_phrase, n), 0, -1):
            for start in range(0, n - size + 1):
                key = tokens[start : start + size]
                entries = self.exact.get(key)
                if entries:
                    found.extend(Match(e, "_".join(key), sum(map(len, key))) for e in entries)
                    covered.update(range(start, start + size))
        for i, token in enumerate(tokens):
            if i in covered:
                continue
            longest = len(token) - _MIN_COMPOUND_REST
            for size in self.compound_lengths:  # longest part first
                if size > longest:
                    continue
                entry = self.compounds.get(token[:size]) or self.compounds.get(token[-size:])
                if entry:
                    found.append(Match(entry, token, size))
                    break
        if len(self._cache) < 50_000:
            self._cache[tokens] = found
        return found

    def comment_matches(self, text: str) -> list[Match]:
        """Strong terms in free text, also inflected ('terveydentilan' = 'terveydentila' + n)."""
        tokens = tokenize(text)
        found: list[Match] = []
        n = len(tokens)
        for size in range(min(self.max_phrase, n), 0, -1):
            for start in range(0, n - size + 1):
                key = tokens[start : start + size]
                for entry in self.strong_exact.get(key, ()):
                    found.append(Match(entry, "_".join(key), sum(map(len, key))))
        for token in tokens:
            for size in self.strong_lengths:
                if size >= len(token) or len(token) - size > _MAX_ENDING:
                    continue
                for entry in self.strong_words.get(token[:size], ()):
                    found.append(Match(entry, token, size))
        return found

    def context(self, tokens: Iterable[str]) -> str:
        """'person', 'organisation', 'non-person' or 'neutral' for a table name's tokens.

        Whole words decide before parts of compounds: 'koodisto_asiakastyyppi' is a code
        table although 'asiakastyyppi' starts with 'asiakas'.
        """
        tokens = tuple(tokens)
        if any(t in self.person_words.words for t in tokens):
            return "person"
        if any(t in self.non_person_words.words for t in tokens):
            return "non-person"
        if any(t in self.organisation_words.words for t in tokens):
            return "organisation"
        if self.person_words.any(tokens):
            return "person"
        if self.non_person_words.any(tokens):
            return "non-person"
        if self.organisation_words.any(tokens):
            return "organisation"
        return "neutral"

    def subject(self, tokens: tuple[str, ...]) -> tuple[str, str] | None:
        """(kind, word) of a table name; the last word wins ('m_loan_transaction' is a transaction),
        but a log or audit of something is about that thing ('payment_audit' is about payments)."""
        wrapper = None
        for token in reversed(tokens):
            word = self.subject_words.find(token)
            if word:
                if self.subject_of[word] != "activity-log":
                    return self.subject_of[word], word
                wrapper = wrapper or (self.subject_of[word], word)
        return wrapper
