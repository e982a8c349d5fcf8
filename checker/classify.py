"""Columns -> personal-data kinds -> notice categories, with a confidence and a reason (pure).

Precedence: inline annotation > data map > the policy's own column patterns > vocabulary.

Vocabulary matching works on folded tokens: names are split on ``_``, ``-``, spaces,
camelCase and digits, lower-cased, and ä/ö/å folded to a/o/a. A kind matches by a
*strong* term or abbreviation (high confidence), a Finnish/Swedish *compound part*
(``laskutus|osoite``: medium), or a *weak* generic word (``nimi``, ``name``) that
counts only in a table about people (medium; low in a neutral table, nothing in a
product or code table). The SQL type family vetoes kinds that cannot be stored so
(a boolean ``email_verified`` is not an e-mail address), and a kind's ``exclude``
tokens veto it (``file_name``).
"""
from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .catalog import Catalog, Kind
from .model import Annotation, Classification, Column, Confidence, Location, Schema, Table

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")
_MIN_COMPOUND_REST = 3  # 'laskutusosoite' = 'laskutus' + 'osoite': the rest must be at least this long


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


@dataclass(frozen=True)
class _Term:
    kind: str
    strength: str  # strong | weak | compound
    lang: str
    term: str


@dataclass(frozen=True)
class _Match:
    term: _Term
    token: str  # the column token(s) matched
    length: int  # length of the matched term (longest wins among equals)


class Vocabulary:
    """Indexes of the catalog's terms, built once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.exact: dict[tuple[str, ...], list[_Term]] = {}
        self.compounds: list[tuple[str, _Term]] = []
        self.excludes: dict[str, frozenset[str]] = {}
        for kind in catalog.kinds.values():
            raw = kind.raw
            for strength in ("strong", "weak"):
                for lang, terms in (raw.get(strength) or {}).items():
                    for term in terms:
                        self._add_exact(term, _Term(kind.id, strength, lang, term))
            for term in raw.get("abbreviations") or ():
                self._add_exact(term, _Term(kind.id, "strong", "abbr", term))
            for lang, parts in (raw.get("compounds") or {}).items():
                for part in parts:
                    self.compounds.append((fold(part).lower(), _Term(kind.id, "compound", lang, part)))
            self.excludes[kind.id] = frozenset(tokenize(t)[0] for t in raw.get("exclude") or () if tokenize(t))
        self.compounds.sort(key=lambda item: -len(item[0]))
        self.max_phrase = max((len(k) for k in self.exact), default=1)
        self.person_context = self._context_set(catalog.person_context)
        self.non_person_context = self._context_set(catalog.non_person_context)

    @staticmethod
    def _context_set(by_lang: Mapping[str, Iterable[str]]) -> frozenset[str]:
        return frozenset(fold(t).lower() for terms in by_lang.values() for t in terms)

    def _add_exact(self, term: str, entry: _Term) -> None:
        tokens = tokenize(term)
        if not tokens:
            return
        self.exact.setdefault(tokens, []).append(entry)
        if len(tokens) > 1:  # 'first_name' also matches the unsplit 'firstname'
            self.exact.setdefault(("".join(tokens),), []).append(entry)

    def matches(self, tokens: tuple[str, ...]) -> list[_Match]:
        found: list[_Match] = []
        n = len(tokens)
        covered: set[int] = set()
        for size in range(min(self.max_phrase, n), 0, -1):
            for start in range(0, n - size + 1):
                key = tokens[start : start + size]
                entries = self.exact.get(key)
                if entries:
                    found.extend(_Match(e, "_".join(key), sum(map(len, key))) for e in entries)
                    covered.update(range(start, start + size))
        for i, token in enumerate(tokens):
            if i in covered:
                continue
            for part, entry in self.compounds:
                if len(token) - len(part) >= _MIN_COMPOUND_REST and (token.endswith(part) or token.startswith(part)):
                    found.append(_Match(entry, token, len(part)))
                    break
        return found

    def context(self, tokens: Iterable[str]) -> str:
        """'person', 'non-person' or 'neutral' for a table name's tokens."""
        tokens = tuple(tokens)
        for token in tokens:
            if token in self.person_context or any(
                token.startswith(p) and len(token) - len(p) >= _MIN_COMPOUND_REST for p in self.person_context if len(p) >= 5
            ):
                return "person"
        if any(t in self.non_person_context for t in tokens):
            return "non-person"
        return "neutral"


@dataclass(frozen=True)
class PolicyView:
    """What the classifier needs from the policy (kept small to stay pure and testable)."""

    categories: Mapping[str, tuple[str, ...]]  # category id -> kinds, in policy order
    patterns: tuple[tuple[str, str], ...] = ()  # (glob over 'table.column', category id)
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)  # category id -> folded words of its labels

    @classmethod
    def from_policy(cls, policy) -> "PolicyView":
        categories: dict[str, tuple[str, ...]] = {}
        patterns: list[tuple[str, str]] = []
        words: dict[str, frozenset[str]] = {}
        for _, group, category in policy.categories():
            categories[category["id"]] = tuple(category.get("kinds") or ())
            for pattern in category.get("patterns") or ():
                patterns.append((pattern.lower(), category["id"]))
            texts = [category["id"], *(category.get("label") or {}).values(), *(group.get("label") or {}).values()]
            words[category["id"]] = frozenset(t for text in texts for t in tokenize(text) if len(t) >= 4)
        return cls(categories, tuple(patterns), words)

    def covering(self, kind: str, table_tokens: tuple[str, ...] = ()) -> str | None:
        """The category covering a kind; where several do, the one whose words fit the table best."""
        candidates = [c for c, kinds in self.categories.items() if kind in kinds]
        if len(candidates) <= 1 or not table_tokens:
            return candidates[0] if candidates else None

        def fit(category: str) -> int:
            return sum(1 for w in self.words.get(category, ()) for t in table_tokens if t[:5] == w[:5])

        return max(candidates, key=lambda c: (fit(c), -candidates.index(c)))


_CONFIDENCE = {"strong": Confidence.HIGH, "compound": Confidence.MEDIUM, "weak": Confidence.MEDIUM}
_STRENGTH_ORDER = {"strong": 3, "compound": 2, "weak": 1}


class Classifier:
    def __init__(self, catalog: Catalog, policy: PolicyView | None = None, datamap: Mapping[str, str | None] | None = None) -> None:
        self.catalog = catalog
        self.vocabulary = Vocabulary(catalog)
        self.policy = policy or PolicyView({})
        self.datamap = {k.lower(): v for k, v in (datamap or {}).items()}

    # -- public -------------------------------------------------------------------------

    def classify_schema(self, schema: Schema) -> list[Classification]:
        results: list[Classification] = []
        for table in schema.tables:
            context = self._table_context(table)
            for column in table.columns:
                results.append(self.classify(column, table, context))
        return results

    def classify(self, column: Column, table: Table | None = None, context: str | None = None) -> Classification:
        if context is None:
            context = self._table_context(table) if table else "neutral"
        guess = self._vocabulary(column, table, context)
        if column.annotation is not None:
            return self._declared(column, column.annotation.category, guess, "annotation", column.annotation.location)
        key = f"{column.table}.{column.name}".lower()
        if key in self.datamap:
            return self._declared(column, self.datamap[key], guess, "datamap", None)
        for pattern, category in self.policy.patterns:
            if fnmatch.fnmatchcase(key, pattern):
                kinds = self.policy.categories.get(category, ())
                kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
                return Classification(column, kind, category, Confidence.HIGH, f"policy pattern '{pattern}' of category '{category}'", "policy-pattern")
        return guess

    # -- internals ----------------------------------------------------------------------

    def _table_context(self, table: Table) -> str:
        context = self.vocabulary.context(tokenize(table.name))
        if context == "person":
            return context
        # a table holding unmistakable identity columns is about people, whatever its name
        for column in table.columns:
            for match in self.vocabulary.matches(tokenize(column.name)):
                if match.term.strength == "strong" and match.term.kind in ("person-name", "national-id", "birth-date"):
                    return "person"
        return context

    def _declared(self, column: Column, category: str | None, guess: Classification, source: str, where: Location | None) -> Classification:
        origin = f"annotation at line {where.line}" if where and where.line else "data map"
        if category is None:
            return Classification(column, None, None, None, f"{origin}: not personal (privacy: none)", source, None, where)
        if category not in self.policy.categories:
            return Classification(column, guess.kind, None, Confidence.HIGH, f"{origin} names category '{category}', which the notice does not define", source, category, where)
        kinds = self.policy.categories[category]
        kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
        return Classification(column, kind, category, Confidence.HIGH, f"{origin}: category '{category}'", source, category, where)

    def _vocabulary(self, column: Column, table: Table | None, context: str) -> Classification:
        tokens = tokenize(column.name)
        candidates: list[tuple[tuple, _Match, Kind]] = []
        vetoes: list[str] = []
        for match in self.vocabulary.matches(tokens):
            kind = self.catalog.kinds[match.term.kind]
            excluded = self.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens)
            if excluded:
                vetoes.append(f"token '{sorted(excluded)[0]}' excludes {kind.id}")
                continue
            family = column.type_family
            if kind.types and family not in ("unknown", "other") and family not in kind.types:
                vetoes.append(f"type {family} excludes {kind.id}")
                continue
            rank = (_STRENGTH_ORDER[match.term.strength], kind.is_special, match.length)
            candidates.append((rank, match, kind))
        if not candidates:
            reason = "; ".join(vetoes) if vetoes else "no personal-data term in the name"
            return Classification(column, None, None, None, reason, "none")
        _, match, kind = max(candidates, key=lambda c: c[0])
        term = match.term
        confidence = _CONFIDENCE[term.strength]
        lang = "" if term.lang == "abbr" else f" ({term.lang})"
        if term.strength == "compound":
            reason = f"compound part '{term.term}' in '{match.token}' = {kind.id}{lang}"
        elif term.strength == "weak":
            reason = f"generic word '{match.token}' = {kind.id}{lang}"
        elif term.lang == "abbr":
            reason = f"abbreviation '{match.token}' = {kind.id}"
        else:
            reason = f"token '{match.token}' = {kind.id}{lang}"
        table_name = table.name if table else column.table
        if term.strength == "weak":
            if context == "person":
                reason += f", in table '{table_name}' about people"
            elif context == "non-person" and not kind.is_special:
                return Classification(column, None, None, None, reason + f", but table '{table_name}' is not about people", "none")
            else:
                confidence = Confidence.LOW
                reason += f", table '{table_name}' gives no context"
        elif context == "non-person" and not kind.is_special:
            confidence = Confidence.LOW
            reason += f", but table '{table_name}' looks like it is not about people"
        if vetoes:
            reason += f" ({'; '.join(vetoes)})"
        table_tokens = tokenize(table.name) if table else tokenize(column.table)
        return Classification(column, kind.id, self.policy.covering(kind.id, table_tokens), confidence, reason, "vocabulary")
