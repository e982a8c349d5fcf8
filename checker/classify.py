"""Columns -> personal-data kinds -> notice categories, with a confidence and a reason (pure).

Precedence: inline annotation > data map > the policy's own column patterns > vocabulary.

Vocabulary matching works on folded tokens: names are split on ``_``, ``-``, spaces,
camelCase and digits, lower-cased, and ä/ö/å folded to a/o/a. A kind matches by a
*strong* term or abbreviation (high confidence), a Finnish/Swedish *compound part*
(``laskutus|osoite``: medium), or a *weak* generic word (``nimi``, ``name``) that
counts only in a table about people or in a person's record (medium; low in a
neutral table, nothing in a product or code table). The SQL type family vetoes
kinds that cannot be stored so (a boolean ``email_verified`` is not an e-mail
address), and a kind's ``exclude`` tokens veto it (``file_name``).

What the table says about a column (all from catalog word lists, never from table
names of one schema):

- *context*: a table is about people (``asiakas``, or any table with a first-name,
  identity-code or birth-date column), about organisations (``employer_data``),
  not about people (``tuote``, ``koodisto_kieli``), or neutral.
- *organisation's record*: a table with an organisation-name column
  (``company_name``) and no identity column holds an organisation's contact
  details; only its contact-person columns (``contact_name``) are personal.
- *contact person*: in another record that names a contact or responsible person
  (``vastuuhenkilo``), the phone and e-mail are that person's.
- *subject*: what the rows are about, from the table name (``form_vitals`` -> health
  data, ``m_loan`` -> credit data; the catalog's ``table_subjects``, or a kind's own
  term: ``externalid``) or, for special categories, from two or more of its columns
  (``history_data``) or its comment (``jarjesto``: 'Ammattijärjestö').
- *link*: the table is about people, has a column referring to a person (``pid``,
  ``customer_id``, ``henkiloid``), an e-mail address or identity code, or refers to
  a table that is linked (``maksu.lasku_id``). A table named after a kind and not
  linked is that kind's code list (``kansalaisuus``).

In a linked table with subject K, a column whose own name gives nothing and which is
not record keeping (keys, audit times, flags, versions) is K with medium confidence,
weak words count, and free text in a record of a special category is K (clinical
notes are health data). A person's reference to a list whose subject is a special
category is that category (membership of a trade union). A column whose name gives
nothing may also be read from its COMMENT: strong terms only, medium confidence; a
comment never vetoes.
"""
from __future__ import annotations

import fnmatch
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from .catalog import Catalog, Kind
from .i18n import joined, lowered, msg
from .model import Classification, Column, Confidence, Location, Schema, Table

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "Ä": "a", "Ö": "o", "Å": "a"})
_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_SPLIT = re.compile(r"[^A-Za-z0-9]+")
_MIN_COMPOUND_REST = 3  # 'laskutusosoite' = 'laskutus' + 'osoite': the rest must be at least this long
_MIN_PERSON_PART = 5  # 'asiakasrekisteri' starts with 'asiakas'
_MIN_SUBJECT_PART = 5  # 'suorituskerta' starts with 'suoritus', 'queuedemail' ends with 'email'
_MIN_NON_PERSON_PART = 6  # 'tutkintotoimikunta'; not 'kunta' in 'kotikunta_historia'
_MIN_INFLECTED = 6  # comment words: 'terveydentilan' is 'terveydentila' + case ending
_MAX_ENDING = 3
_SUBJECT_FROM_COLUMNS = 2  # special-category columns of one kind that make a table about it

_CONTACT_KINDS = frozenset({"postal-address", "postal-code", "phone", "email"})
_ADDRESS_KINDS = frozenset({"postal-address", "postal-code"})
_LINKING_KINDS = frozenset({"email", "national-id"})  # a row holding one is about that person
# the generic name of a record: in a person's record whose subject is K it names the K
# (employer_data.name is the employer, lists.title the diagnosis)
_NAMING_WORDS = frozenset({"name", "names", "title", "nimi", "nimet", "nimike", "otsikko", "namn", "titel", "rubrik"})
# a comment on a code column describes its values, not the column ('Enumeraatio ... MATKAPUHELINNUMERO')
_CODE_TOKENS = frozenset({"type", "tyyppi", "typ", "status", "tila", "code", "koodi", "kod", "enum"})
_IDENTITY_KINDS = frozenset({"person-name", "national-id", "birth-date"})
_KEY_TOKENS = frozenset({"id", "uuid", "guid", "pk", "fk"})
_REFERENCE_TOKENS = frozenset({"id", "oid", "uuid", "fk", "ref"})
# words ending in 'id' that are not '<something>id' keys
_NOT_KEYS = frozenset(
    "valid invalid fluid liquid solid rapid acid hybrid humid vivid lucid timid rigid morbid candid"
    " avoid android covid squid druid pyramid orchid placid lipid thyroid steroid opioid typhoid"
    " fibroid adenoid carotid rheumatoid hemorrhoid paranoid".split()
)


def _ends_with(tokens: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return bool(tail) and tokens[-len(tail):] == tail


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


class _Words:
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


def _phrases(by_lang: Mapping[str, Iterable[str]] | None) -> frozenset[tuple[str, ...]]:
    """Terms as token tuples, also run together ('company_name' -> ('companyname',))."""
    out: set[tuple[str, ...]] = set()
    for terms in (by_lang or {}).values():
        for term in terms:
            tokens = tokenize(term)
            if tokens:
                out.add(tokens)
                out.add(("".join(tokens),))
    return frozenset(out)


def _flat(by_lang: Mapping[str, Iterable[str]] | None) -> list[str]:
    return [t for terms in (by_lang or {}).values() for t in terms]


_SECTIONS = ("organisation_context", "organisation_name", "person_reference", "record_keeping")


def _catalog_sections(catalog: Catalog) -> dict[str, Any]:
    """The catalog's table-level word lists (see kinds.yaml)."""
    return {s: catalog.sections.get(s) for s in _SECTIONS}


class Vocabulary:
    """Indexes of the catalog's terms and table words, built once."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.exact: dict[tuple[str, ...], list[_Term]] = {}
        self.compounds: dict[str, _Term] = {}
        self.excludes: dict[str, frozenset[str]] = {}
        subjects: dict[str, str] = {}
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
                    self.compounds.setdefault(fold(part).lower(), _Term(kind.id, "compound", lang, part))
            self.excludes[kind.id] = frozenset(tokenize(t)[0] for t in raw.get("exclude") or () if tokenize(t))
            for word in _flat(raw.get("table_subjects")):
                subjects.setdefault(fold(word).lower(), kind.id)
        self.compound_lengths = sorted({len(p) for p in self.compounds}, reverse=True)
        self.max_phrase = max((len(k) for k in self.exact), default=1)
        # comments: strong words only (no abbreviations, no weak or generic words)
        self.strong_exact = {
            key: strong for key, entries in self.exact.items() if (strong := [e for e in entries if e.strength == "strong" and e.lang != "abbr"])
        }
        self.strong_words = {key[0]: entries for key, entries in self.strong_exact.items() if len(key) == 1 and len(key[0]) >= _MIN_INFLECTED}
        self.strong_lengths = sorted({len(w) for w in self.strong_words}, reverse=True)

        sections = _catalog_sections(catalog)
        organisations = _flat(sections.get("organisation_context"))
        self.person_words = _Words(_flat(catalog.person_context), _MIN_PERSON_PART, ends=False)
        self.organisation_words = _Words(organisations, _MIN_NON_PERSON_PART)
        self.non_person_words = _Words(_flat(catalog.non_person_context), _MIN_NON_PERSON_PART)
        self.subject_words = _Words(subjects, _MIN_SUBJECT_PART)
        self.subject_of = subjects
        self.organisation_names = _phrases(sections.get("organisation_name"))
        self.person_references = _phrases(sections.get("person_reference"))
        record = sections.get("record_keeping") or {}
        self.record_tokens = frozenset(fold(t).lower() for t in _flat(record.get("tokens")))
        self.record_names = _phrases(record.get("names"))
        self.coded_words = _Words(_flat(record.get("coded")), _MIN_SUBJECT_PART)
        self._cache: dict[tuple[str, ...], list[_Match]] = {}

    def _add_exact(self, term: str, entry: _Term) -> None:
        tokens = tokenize(term)
        if not tokens:
            return
        self.exact.setdefault(tokens, []).append(entry)
        if len(tokens) > 1:  # 'first_name' also matches the unsplit 'firstname'
            self.exact.setdefault(("".join(tokens),), []).append(entry)

    def matches(self, tokens: tuple[str, ...]) -> list[_Match]:
        cached = self._cache.get(tokens)
        if cached is not None:
            return cached
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
            longest = len(token) - _MIN_COMPOUND_REST
            for size in self.compound_lengths:  # longest part first
                if size > longest:
                    continue
                entry = self.compounds.get(token[:size]) or self.compounds.get(token[-size:])
                if entry:
                    found.append(_Match(entry, token, size))
                    break
        if len(self._cache) < 50_000:
            self._cache[tokens] = found
        return found

    def comment_matches(self, text: str) -> list[_Match]:
        """Strong terms in free text, also inflected ('terveydentilan' = 'terveydentila' + n)."""
        tokens = tokenize(text)
        found: list[_Match] = []
        n = len(tokens)
        for size in range(min(self.max_phrase, n), 0, -1):
            for start in range(0, n - size + 1):
                key = tokens[start : start + size]
                for entry in self.strong_exact.get(key, ()):
                    found.append(_Match(entry, "_".join(key), sum(map(len, key))))
        for token in tokens:
            for size in self.strong_lengths:
                if size >= len(token) or len(token) - size > _MAX_ENDING:
                    continue
                for entry in self.strong_words.get(token[:size], ()):
                    found.append(_Match(entry, token, size))
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


_ABOUT_PEOPLE = "about people"  # _TableInfo.link of a table about people itself

_CONFIDENCE = {"strong": Confidence.HIGH, "compound": Confidence.MEDIUM, "weak": Confidence.MEDIUM}
_STRENGTH_ORDER = {"strong": 3, "compound": 2, "weak": 1}


@dataclass
class _Facts:
    """What the vocabulary says about one column name and type, before any table context."""

    tokens: tuple[str, ...]
    candidates: list[tuple[tuple, _Match, Kind]]
    vetoes: list[str]
    vetoed_kinds: frozenset[str]

    @property
    def best(self) -> tuple[tuple, _Match, Kind] | None:
        return max(self.candidates, key=lambda c: c[0]) if self.candidates else None


@dataclass
class _TableInfo:
    name: str
    tokens: tuple[str, ...]
    context: str  # person | organisation | non-person | neutral
    organisation_record: str | None = None  # the organisation-name column of an organisation's own record
    contact_person: str | None = None  # a column naming the record's contact / responsible person
    subject: str | None = None  # kind id
    subject_why: str = ""
    link: str | None = None  # how the table is tied to a person (for reasons)
    references: tuple[tuple[str, str], ...] = ()  # (column, referenced name) for links through other tables
    keys: frozenset[str] = frozenset()  # columns naming another record table of the schema (foreign keys)
    special_refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (table, kind): refers to a special-category list


class Classifier:
    def __init__(
        self,
        catalog: Catalog,
        policy: PolicyView | None = None,
        datamap: Mapping[str, str | None] | None = None,
        datamap_where: Mapping[str, Location] | None = None,
    ) -> None:
        self.catalog = catalog
        self.vocabulary = Vocabulary(catalog)
        self.policy = policy or PolicyView({})
        self.datamap = {k.lower(): v for k, v in (datamap or {}).items()}
        self.datamap_where = {k.lower(): v for k, v in (datamap_where or {}).items()}
        self._facts: dict[tuple[str, str], _Facts] = {}

    # -- public -------------------------------------------------------------------------

    def classify_schema(self, schema: Schema) -> list[Classification]:
        infos = {id(t): self._table_info(t) for t in schema.tables}
        self._link_through_references(schema.tables, infos)
        results: list[Classification] = []
        for table in schema.tables:
            info = infos[id(table)]
            for column in table.columns:
                results.append(self._classify(column, table, info))
        return results

    def classify(self, column: Column, table: Table | None = None, context: str | None = None) -> Classification:
        """One column; ``table`` gives its context (without the schema, links through other tables are not seen)."""
        if table is not None:
            info = self._table_info(table)
        else:
            info = _TableInfo(column.table, tokenize(column.table), "neutral")
        if context is not None:
            info.context = context
        return self._classify(column, table, info)

    # -- internals ----------------------------------------------------------------------

    def _classify(self, column: Column, table: Table | None, info: _TableInfo) -> Classification:
        guess = self._vocabulary(column, info)
        if column.annotation is not None:
            return self._declared(column, column.annotation.category, guess, "annotation", column.annotation.location)
        key = f"{column.table}.{column.name}".lower()
        if key in self.datamap:
            return self._declared(column, self.datamap[key], guess, "datamap", self.datamap_where.get(key))
        for pattern, category in self.policy.patterns:
            if fnmatch.fnmatchcase(key, pattern):
                kinds = self.policy.categories.get(category, ())
                kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
                return Classification(column, kind, category, Confidence.HIGH, msg("policy pattern '{pattern}' of category '{category}'", pattern=pattern, category=category), "policy-pattern")
        return guess

    def _facts_of(self, column: Column) -> _Facts:
        family = column.type_family
        cache_key = (column.name, family)
        facts = self._facts.get(cache_key)
        if facts is not None:
            return facts
        tokens = tokenize(column.name)
        candidates: list[tuple[tuple, _Match, Kind]] = []
        vetoes: list[str] = []
        vetoed: set[str] = set()
        for match in self.vocabulary.matches(tokens):
            kind = self.catalog.kinds[match.term.kind]
            excluded = self.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens)
            if excluded:
                vetoes.append(msg("token '{token}' excludes {kind}", token=sorted(excluded)[0], kind=kind.id))
                vetoed.add(kind.id)
                continue
            if kind.types and family not in ("unknown", "other") and family not in kind.types:
                vetoes.append(msg("type {family} excludes {kind}", family=family, kind=kind.id))
                vetoed.add(kind.id)
                continue
            rank = (_STRENGTH_ORDER[match.term.strength], kind.is_special, match.length)
            candidates.append((rank, match, kind))
        facts = _Facts(tokens, candidates, list(dict.fromkeys(vetoes)), frozenset(vetoed))
        if len(self._facts) < 100_000:
            self._facts[cache_key] = facts
        return facts

    # .. the table

    def _table_info(self, table: Table) -> _TableInfo:
        voc = self.vocabulary
        tokens = tokenize(table.name)
        context = voc.context(tokens)
        name_context = context
        facts = [(c, self._facts_of(c)) for c in table.columns]
        identity = organisation = contact = None
        special: dict[str, list[str]] = {}
        for column, f in facts:
            if organisation is None and f.tokens in voc.organisation_names:
                organisation = column.name
            best = f.best
            if best is None:
                continue
            _, match, kind = best
            strength = match.term.strength
            if strength == "strong" and kind.id in _IDENTITY_KINDS and identity is None:
                identity = column.name
            if kind.id == "person-name" and contact is None and voc.person_words.any(f.tokens):
                contact = column.name
            if kind.is_special and strength != "weak":
                special.setdefault(kind.id, []).append(column.name)
        if context != "person" and identity is not None:
            context = "person"  # a table holding unmistakable identity columns is about people, whatever its name
        info = _TableInfo(table.name, tokens, context)
        if organisation is not None and identity is None:
            info.organisation_record = organisation
        elif contact is not None:
            info.contact_person = contact
        subject = voc.subject(tokens)
        if subject is not None:
            info.subject, word = subject
            info.subject_why = msg("by its name: '{word}'", word=word)
        elif name_context != "person":
            kind_id, names = max(special.items(), key=lambda kv: (len(kv[1]), kv[0]), default=(None, []))
            if len(names) >= _SUBJECT_FROM_COLUMNS:
                info.subject = kind_id
                info.subject_why = msg("by its columns: {columns}", columns=", ".join(names[:3]) + (", ..." if len(names) > 3 else ""))
            elif table.comment:  # 'Ammattijärjestö. Sisältää myös keskusjärjestöt.'
                found = [(m.length, m) for m in voc.comment_matches(table.comment) if self.catalog.kinds[m.term.kind].is_special]
                if found:
                    match = max(found, key=lambda f: f[0])[1]
                    info.subject = match.term.kind
                    info.subject_why = msg("by its comment: '{token}'", token=match.token)
        if context == "person" and info.organisation_record is None:
            info.link = _ABOUT_PEOPLE
        references: list[tuple[str, str]] = []
        for column, f in facts:
            if info.link is None and self._refers_to_person(column, f.tokens):
                info.link = f"'{column.name}'"
            ref = self._reference(column, f.tokens)
            if ref:
                references.append((column.name, ref))
        info.references = tuple(references)
        if info.link is None and context == "neutral":
            for column, f in facts:  # an e-mail address or identity code names the person a row is about
                best = f.best
                if best and best[2].id in _LINKING_KINDS and best[1].term.strength == "strong":
                    info.link = f"'{column.name}'"
                    break
        if info.subject is None and context != "non-person" and not voc.person_words.any(tokens):
            named = self._named_after(tokens)
            if named is not None and info.link is not None:
                # a table named after an attribute and tied to a person holds that attribute ('externalid')
                info.subject, info.subject_why = named, msg("by its name: '{word}'", word=table.name)
            elif named is not None and context == "neutral" and len(tokens) == 1:
                # ... and not tied to anyone, it is the attribute's code list ('kansalaisuus', 'gender')
                info.context = "non-person"
        return info

    def _named_after(self, tokens: tuple[str, ...]) -> str | None:
        """The kind a table name is a vocabulary term of ('externalid', 'henkilo_hetu'), if any."""
        best = None
        for match in self.vocabulary.matches(tokens):
            kind = self.catalog.kinds[match.term.kind]
            if self.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens) or match.term.strength == "compound":
                continue
            rank = (_STRENGTH_ORDER[match.term.strength], kind.is_special, match.length)
            if best is None or rank > best[0]:
                best = (rank, kind.id)
        return best[1] if best else None

    def _link_through_references(self, tables: Iterable[Table], infos: dict[int, _TableInfo]) -> None:
        """A table referring to a linked table is linked too ('maksu.lasku_id' -> 'lasku.asiakas_id').

        Also marks the columns that name another record table of the schema as keys
        ('prescriptions.encounter' -> 'form_encounter'); a reference to a code list or
        catalogue ('suoritus.tutkinnonosa') stays a value.
        """
        by_name: dict[str, _TableInfo] = {}
        for table in tables:
            by_name.setdefault(table.name.lower(), infos[id(table)])
        prefixed: dict[str, list[_TableInfo]] = {}
        for name, info in by_name.items():
            prefix, _, rest = name.partition("_")
            if rest and len(prefix) <= 4:  # 'm_loan' for 'loan_id', 'form_encounter' for 'encounter'
                prefixed.setdefault(rest, []).append(info)

        def targets(column: str, ref: str, loose: bool = True) -> list[_TableInfo]:
            bare = ref == column.lower()  # 'encounter' rather than 'encounter_id'
            names = (ref,) if bare else (ref, ref + "s", ref + "es")  # plurals only for 'x_id'
            exact = [t for t in map(by_name.get, names) if t is not None]
            return exact or (prefixed.get(ref, []) if loose or not bare else [])

        for info in by_name.values():
            keys = {column for column, ref in info.references if any(t is not info and t.context != "non-person" for t in targets(column, ref))}
            info.keys = frozenset(keys)
        for _ in range(3):  # links through up to three tables
            changed = False
            for info in by_name.values():
                if info.link is not None or info.subject is None:
                    continue
                for column, ref in info.references:
                    linked = [t for t in targets(column, ref, loose=False) if t is not info and t.link is not None and t.organisation_record is None]
                    if linked:
                        info.link = msg("'{column}' (a reference to table '{table}')", column=column, table=linked[0].name)
                        changed = True
                        break
            if not changed:
                break
        # a person's reference to a list of trade unions reveals membership; a reference to
        # another person's record (linked, itself or through others) is only a key
        for info in by_name.values():
            for column, ref in info.references:
                for target in targets(column, ref):
                    if target is not info and target.link is None and target.subject and self.catalog.kinds[target.subject].is_special:
                        info.special_refs[column] = (target.name, target.subject)

    def _refers_to_person(self, column: Column, tokens: tuple[str, ...]) -> bool:
        if not tokens or column.type_family in ("boolean", "date", "json", "binary"):
            return False
        voc = self.vocabulary
        if tokens in voc.person_references:
            return True
        last = tokens[-1]
        if len(tokens) >= 2 and last in _REFERENCE_TOKENS:
            return tokens[-2] in voc.person_words.words
        if len(tokens) == 1:
            for suffix in ("id", "oid"):
                if last.endswith(suffix) and last[: -len(suffix)] in voc.person_words.words:
                    return True
            return last in voc.person_words.words and column.type_family == "number"
        return False

    @staticmethod
    def _reference(column: Column, tokens: tuple[str, ...]) -> str | None:
        """The table name a column seems to refer to ('lasku_id' -> 'lasku'), if any."""
        if not tokens or column.type_family in ("boolean", "date", "json", "binary"):
            return None
        if len(tokens) >= 2 and tokens[-1] in _REFERENCE_TOKENS:
            return "_".join(tokens[:-1])
        if column.type_family == "number":
            return "_".join(tokens)
        return None

    # .. the column

    def _organisation_word(self, tokens: tuple[str, ...]) -> str | None:
        """An organisation word in a column name ('subscriber_employer_city'), not inside an address term."""
        voc = self.vocabulary
        for token in tokens:
            word = voc.organisation_words.find(token)
            if word and not any(e.kind in _ADDRESS_KINDS for e in voc.exact.get((token,), ())):
                return word
        return None

    def _is_key(self, tokens: tuple[str, ...]) -> bool:
        last = tokens[-1]
        return last in _KEY_TOKENS or (len(last) >= 5 and last.endswith(("id", "uuid", "guid")) and last not in _NOT_KEYS)

    def _record_keeping(self, column: Column, tokens: tuple[str, ...], info: _TableInfo | None = None) -> str | None:
        """Why a column is a key, flag or audit column (never data about the person), or None."""
        voc = self.vocabulary
        if column.type_family == "boolean":
            return msg("a flag")
        if not tokens:
            return msg("a key")
        if info is not None and column.type_family == "number" and _ends_with(info.tokens, tokens):
            return msg("the table's own key")  # 'form_encounter.encounter': the row's number
        if self._is_key(tokens) or (info is not None and column.name in info.keys):
            # a coded value ('loan_status_id', 'list_option_id') is data, another record's key is not
            if info is not None and tokens[-1] in _KEY_TOKENS and _ends_with(info.tokens, tokens[:-1]):
                return msg("the table's own key")  # 'procedure_result.procedure_result_id'
            if len(tokens) < 2 or not any(voc.coded_words.find(t) for t in tokens[:-1]):
                return msg("a key")
            return None  # a coded value: 'loan_status_id' is data although 'status' alone is workflow
        if tokens in voc.record_names or any(t in voc.record_tokens for t in tokens):
            return msg("record keeping")
        if self._refers_to_person(column, tokens):
            return msg("a reference to a person")
        return None

    def _declared(self, column: Column, category: str | None, guess: Classification, source: str, where: Location | None) -> Classification:
        if source == "datamap":
            origin = msg("data map entry at {where}", where=str(where)) if where and where.line else msg("data map")
        elif where and where.line:
            origin = msg("annotation at line {line}", line=where.line)
        else:
            origin = msg("column comment")
        if category is None:
            return Classification(column, None, None, None, msg("{origin}: not personal (privacy: none)", origin=origin), source, None, where)
        if category not in self.policy.categories:
            reason = msg("{origin} names category '{category}', which the notice does not define", origin=origin, category=category)
            return Classification(column, guess.kind, None, Confidence.HIGH, reason, source, category, where)
        kinds = self.policy.categories[category]
        kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
        return Classification(column, kind, category, Confidence.HIGH, msg("{origin}: category '{category}'", origin=origin, category=category), source, category, where)

    def _result(self, column: Column, info: _TableInfo, kind: Kind, confidence: Confidence, reason: str) -> Classification:
        return Classification(column, kind.id, self.policy.covering(kind.id, info.tokens), confidence, reason, "vocabulary")

    def _label(self, kind_id: str) -> Any:
        """The kind's label in lower case, in every language of the catalog (for reasons)."""
        return lowered(self.catalog.kinds[kind_id].label, kind_id)

    def _vocabulary(self, column: Column, info: _TableInfo) -> Classification:
        facts = self._facts_of(column)
        tokens = facts.tokens
        voc = self.vocabulary
        table = info.name
        subject = info.subject
        record = subject is not None and info.link is not None and info.context != "non-person"
        about = ""
        if subject:
            about = msg("table '{table}', whose subject is {subject} ({why})", table=table, subject=self._label(subject), why=info.subject_why)
            if info.link == _ABOUT_PEOPLE:
                about = msg("table '{table}' about people, whose subject is {subject} ({why})", table=table, subject=self._label(subject), why=info.subject_why)
            elif record:
                about = msg("{about}, linked to a person by {link}", about=about, link=info.link)
        best = facts.best
        if best is None:
            if facts.vetoes:
                return Classification(column, None, None, None, joined(facts.vetoes), "none")
            if column.name in info.special_refs and info.link is not None and info.context != "non-person":
                target, kind_id = info.special_refs[column.name]
                whose = msg("table '{table}' about people", table=table) if info.link == _ABOUT_PEOPLE else msg("a record linked to a person by {link}", link=info.link)
                reason = msg("refers to table '{target}', whose subject is {subject}, from {whose}", target=target, subject=self._label(kind_id), whose=whose)
                return self._result(column, info, self.catalog.kinds[kind_id], Confidence.MEDIUM, reason)
            keeping = self._record_keeping(column, tokens, info)
            if column.comment and tokens and keeping in (None, "a flag") and tokens[-1] not in _CODE_TOKENS:
                found = self._from_comment(column, info)
                if found is not None:
                    if keeping is not None and found.confidence > Confidence.LOW and any(t in voc.record_tokens for t in tokens):
                        # a record-keeping flag's comment ('is_primary_record') names what the row is
                        # about, not what the flag stores: a review prompt
                        found = replace(found, confidence=Confidence.LOW, reason=msg("{reason}, but the column is a record-keeping flag", reason=found.reason))
                    return found
            if record and keeping is None and not self._organisation_word(tokens):
                kind = self.catalog.kinds[subject]
                return self._result(column, info, kind, Confidence.MEDIUM, msg("column of {about}", about=about))
            return Classification(column, None, None, None, msg("no personal-data term in the name"), "none")

        _, match, kind = best
        term = match.term
        confidence = _CONFIDENCE[term.strength]
        lang = "" if term.lang == "abbr" else f" ({term.lang})"
        if term.strength == "compound":
            reason = msg("compound part '{part}' in '{token}' = {kind}{lang}", part=term.term, token=match.token, kind=kind.id, lang=lang)
        elif term.strength == "weak":
            reason = msg("generic word '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
        elif term.lang == "abbr":
            reason = msg("abbreviation '{token}' = {kind}", token=match.token, kind=kind.id)
        else:
            reason = msg("token '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
        vetoes = msg(" ({vetoes})", vetoes=joined(facts.vetoes)) if facts.vetoes else ""
        person_column = voc.person_words.any(tokens)  # contact_title, subscriber_state, guardiancity

        if (column.name in info.keys and tokens[-1] in _KEY_TOKENS and match.token in voc.subject_of
                and self._record_keeping(column, tokens, info) == "a key"):
            # 'prescription_id' names another record of the schema (a table-subject word), not a value
            # about the person; 'kayttopaikka_id' (an identifier kind's own term) stays a value
            return Classification(column, None, None, None, msg("{reason}, but the column is a key to another record{vetoes}", reason=reason, vetoes=vetoes), "none")

        organisation = self._organisation_word(tokens)
        if organisation and (kind.id in _ADDRESS_KINDS or facts.vetoed_kinds & _ADDRESS_KINDS):
            return Classification(column, None, None, None, msg("address of an organisation ('{organisation}'){vetoes}", organisation=organisation, vetoes=vetoes), "none")
        if column.name == info.organisation_record:
            return Classification(column, None, None, None, msg("{reason}, but it names the organisation whose record table '{table}' is", reason=reason, table=table), "none")

        if record and term.strength == "weak" and kind.id != subject and not person_column:
            matched = set(match.token.split("_"))
            rest = tuple(t for t in tokens if t not in matched)
            if info.context == "person":
                keeping = None  # weak words count in a table about people anyway
            elif self._is_key(tokens) or column.name in info.keys:
                keeping = msg("a key")  # 'external_id' of a clinical record: the id in another system
            else:
                keeping = self._record_keeping(column, rest, info) if rest else None
            if keeping is not None:  # 'usage_category_title': about a code, not about the person
                return Classification(column, None, None, None, msg("{reason}, but the column is {keeping}{vetoes}", reason=reason, keeping=keeping, vetoes=vetoes), "none")
            # notes in a person's record of a special category are that category (clinical
            # notes are health data), and the record's bare 'name' names the K
            special_notes = kind.id == "free-text" and self.catalog.kinds[subject].is_special
            if special_notes or (len(tokens) == 1 and tokens[0] in _NAMING_WORDS and info.context != "person"):
                what = msg("free text") if kind.id == "free-text" else msg("the name")
                return self._result(column, info, self.catalog.kinds[subject], Confidence.MEDIUM, msg("{reason}: {what} in {about}", reason=reason, what=what, about=about))

        if info.organisation_record and kind.id in _CONTACT_KINDS and not person_column:
            reason = msg("{reason}, but table '{table}' is an organisation's record ('{record}')", reason=reason, table=table, record=info.organisation_record)
            return self._result(column, info, kind, Confidence.LOW, msg("{reason}{vetoes}", reason=reason, vetoes=vetoes))

        if kind.id == subject and info.context != "non-person":
            where = msg(", in {about}", about=about)
            personal = True
        elif info.context == "person" or person_column:
            where = msg(", in table '{table}' about people", table=table) if info.context == "person" else msg(", a column about a person ('{word}')", word=person_column)
            personal = True
        elif info.contact_person and (kind.id in _CONTACT_KINDS or kind.id == "free-text"):
            where = msg(", of the person named in '{column}'", column=info.contact_person)
            personal = True
        elif record and info.context != "organisation":
            where = msg(", in {about}", about=about)
            personal = True
        else:
            where, personal = "", False

        excluded_context = info.context in ("non-person", "organisation")
        if term.strength == "weak":
            if personal:
                reason = msg("{reason}{where}", reason=reason, where=where)
            elif excluded_context and not kind.is_special:
                return Classification(column, None, None, None, msg("{reason}, but table '{table}' is not about people", reason=reason, table=table), "none")
            else:
                confidence = Confidence.LOW
                reason = msg("{reason}, table '{table}' gives no context", reason=reason, table=table)
        elif personal:
            if where and (kind.id == subject or info.contact_person):
                reason = msg("{reason}{where}", reason=reason, where=where)
        elif excluded_context and not kind.is_special:
            confidence = Confidence.LOW
            reason = msg("{reason}, but table '{table}' looks like it is not about people", reason=reason, table=table)
        return self._result(column, info, kind, confidence, msg("{reason}{vetoes}", reason=reason, vetoes=vetoes) if vetoes else reason)

    def _from_comment(self, column: Column, info: _TableInfo) -> Classification | None:
        family = column.type_family
        candidates = []
        for match in self.vocabulary.comment_matches(column.comment):
            kind = self.catalog.kinds[match.term.kind]
            if kind.types and family not in ("unknown", "other") and family not in kind.types:
                continue
            candidates.append(((kind.is_special, match.length), match, kind))
        if not candidates:
            return None
        _, match, kind = max(candidates, key=lambda c: c[0])
        if match.term.term.replace("_", "") != match.token.replace("_", ""):
            reason = msg("comment mentions '{token}' = {kind} ('{term}')", token=match.token, kind=kind.id, term=match.term.term)
        else:
            reason = msg("comment mentions '{token}' = {kind}", token=match.token, kind=kind.id)
        confidence = Confidence.MEDIUM
        if kind.id == info.subject and info.link is not None and info.context != "non-person":
            reason = msg("{reason}, in table '{table}', whose subject is {subject}", reason=reason, table=info.name, subject=self._label(kind.id))
        elif info.context in ("non-person", "organisation") and not kind.is_special:
            confidence = Confidence.LOW
            reason = msg("{reason}, but table '{table}' looks like it is not about people", reason=reason, table=info.name)
        return self._result(column, info, kind, confidence, reason)
