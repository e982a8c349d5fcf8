"""The classifier: runs the passes over each column in their stated order (see __init__)."""
from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from ..catalog import Catalog, Kind
from ..i18n import joined, listed, lowered, msg
from ..model import Classification, Column, Confidence, Location, Schema, Table
from .morphology import Lexicon
from .notice import PolicyView
from .roles import Roles
from .tokens import app_prefix, segment, tokenize
from .vocabulary import Match, Vocabulary, flat

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
# the value column of a table named after a kind ('eidastunniste.tunniste'): evidence in the column
_VALUE_WORDS = frozenset({"tunniste", "tunnus", "identifier", "value", "arvo", "number", "numero", "varde", "nummer"})
# kinds a weak word gives in any row tied to a person: their own writing, activity and credentials
_CONTENT_KINDS = frozenset({"free-text", "user-content", "activity-log", "password", "credential", "language"})
_NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "numero", "nro", "nummer"})
# kinds whose strong terms MySQL applications also store in an integer: a time as a Unix
# time ('user_lastvisit int(11)'), an IPv4 address as INET_ATON's number ('ip_address
# bigint'): the number type does not veto their strong terms
_NUMBER_TIMES = frozenset({"activity-log", "ip-address"})
# a text key this long or longer (or of no declared length) can hold a login or handle;
# UUIDs (36), SHA-1 (40) and shorter codes are surrogate keys
_HANDLE_SIZE = 64
_NOT_HANDLES = frozenset({"client"})  # OAuth 2.0's client_id names an application (RFC 6749, 2.2)
_DECLARED_SIZE = re.compile(r"\(\s*(\d+)")
# a person word followed by one of these names the person's own record, not their things
_COMMON_ENDINGS = frozenset({"ss", "ed", "er", "es", "ly", "al", "ic", "on", "en", "an"})
_LOG_WORDS = frozenset({"log", "logs", "audit", "loki", "lokit", "logg", "loggar", "session", "sessions"})
# place words that also name a state of a thing ('state', 'tila' is not a place word)
_AMBIGUOUS_PLACES = frozenset({"state", "region", "country", "county", "district", "province"})
_COUNT_WORDS = frozenset({"count", "counts", "num", "number", "of", "total", "cnt", "nr", "no"})
_AUDIT_VERBS = frozenset({"created", "modified", "updated", "changed", "deleted", "edited", "approved"})
_DIRECTION_WORDS = frozenset({"from", "to", "lahettaja", "vastaanottaja", "fran", "till"})
_PERSON_RECORD_WORDS = frozenset(
    "data info information details detail profile profiles record records account accounts master"
    " tiedot tieto tiedosto uppgifter".split()
)
# kinds a weak word gives in a row tied to a person: the person's own name and addresses
# written into it ('orders.delivery_name', 'orders.billing_city' next to 'customer_id')
_ROW_OF_PERSON_KINDS = frozenset({"person-name", "postal-address", "postal-code", "phone", "email"})
_KEY_TOKENS = frozenset({"id", "uuid", "guid", "pk", "fk"})
_REFERENCE_TOKENS = frozenset({"id", "oid", "uuid", "fk", "ref"})
# words ending in 'id' that are not '<something>id' keys
_NOT_KEYS = frozenset(
    "valid invalid fluid liquid solid rapid acid hybrid humid vivid lucid timid rigid morbid candid"
    " avoid android covid squid druid pyramid orchid placid lipid thyroid steroid opioid typhoid"
    " fibroid adenoid carotid rheumatoid hemorrhoid paranoid".split()
)


def _last_position(tokens: tuple[str, ...], matched: str) -> int:
    """Where a match ends in the name's tokens ('recipient_name': 'name' ends at 2)."""
    last = matched.split("_")[-1]
    return max((i + 1 for i, t in enumerate(tokens) if t == last), default=0)


def _singular(word: str) -> str:
    """An English plural's singular ('nationalities' -> 'nationality', 'addresses' -> 'address',
    'phones' -> 'phone'); other words as they are."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _ends_with(tokens: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    return bool(tail) and tokens[-len(tail):] == tail


_ABOUT_PEOPLE = "about people"  # _TableInfo.link of a table about people itself

_CONFIDENCE = {"strong": Confidence.HIGH, "compound": Confidence.MEDIUM, "weak": Confidence.MEDIUM}
_STRENGTH_ORDER = {"strong": 3, "compound": 2, "weak": 1}


@dataclass
class _Facts:
    """What the vocabulary says about one column name and type, before any table context."""

    tokens: tuple[str, ...]
    candidates: list[tuple[tuple, Match, Kind]]
    vetoes: list[str]
    vetoed_kinds: frozenset[str]
    segmented: str = ""  # 'contactphone' read as 'contact phone' (for the reason)

    @property
    def best(self) -> tuple[tuple, Match, Kind] | None:
        return max(self.candidates, key=lambda c: c[0]) if self.candidates else None


@dataclass
class _TableInfo:
    name: str
    tokens: tuple[str, ...]
    context: str  # person | organisation | non-person | neutral
    named_for_people: bool = False  # the table's own name says it is about people ('patients', not 'orders')
    has_address: bool = False  # a column names a street address or postal code in the catalog's strong words
    organisation_record: str | None = None  # the organisation-name column of an organisation's own record
    contact_person: str | None = None  # a column naming the record's contact / responsible person
    subject: str | None = None  # kind id
    subject_why: str = ""
    subject_word: str = ""  # the table-name word that gave the subject
    link: str | None = None  # how the table is tied to a person (for reasons)
    linked_by_value: bool = False  # tied by an e-mail or identity code in the row, not by a key
    linked_to_organisation: bool = False  # the key points to an organisation's record (northwind 'customers')
    references: tuple[tuple[str, str], ...] = ()  # (column, referenced name) for links through other tables
    keys: frozenset[str] = frozenset()  # columns naming another record table of the schema (foreign keys)
    special_refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (table, kind): refers to a special-category list
    person_keys: dict[str, str] = field(default_factory=dict)  # column -> the people table whose number it repeats
    notice: tuple[str, str, str, str] | None = None  # the table is a category of the notice: (word, category, label, section)


@dataclass(frozen=True)
class _Input:
    """One column as every pass sees it (built once, never changed)."""

    column: Column
    info: _TableInfo
    facts: _Facts
    tokens: tuple[str, ...]
    keeping: str | None  # why the column is record keeping (key, flag, audit), or None
    record: bool  # the table is a person's record with a subject
    about: str  # the table's subject and link, for reasons


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
        self._facts: dict[tuple[tuple[str, ...], str], _Facts] = {}
        voc = self.vocabulary
        people = flat(catalog.person_context)
        self.people = Lexicon((fold_word, fold_word) for fold_word in voc.person_words.words)
        sections = catalog.sections
        self.roles = Roles(voc.person_words.words, flat(sections.get("not_roles")), voc.organisation_words.words)
        generic = {t.term for entries in voc.exact.values() for t in entries if t.strength == "weak"}
        generic |= voc.record_tokens | {k[0] for k in voc.record_names if len(k) == 1} | set(people)
        # segmentation is tried only on a token with a catalog word inside ('contactphone')
        self._inner = frozenset(k[0] for k in voc.exact if len(k) == 1 and len(k[0]) >= 4)
        self._inner_lengths = sorted({len(w) for w in self._inner})
        self._has_inner: dict[str, bool] = {}
        # what the catalog's 'last_X' activity terms end with ('login', 'visit', 'seen')
        self._last_heads = frozenset(key[1] for key, entries in voc.exact.items()
                                     if len(key) == 2 and key[0] == "last" and any(e.kind == "activity-log" for e in entries))
        # abbreviations a run-together name may end with ('registerip', 'lastip'); not one
        # that ends many English words ('ss': 'access', 'class')
        self._short_words = frozenset(t.term for entries in voc.exact.values() for t in entries
                                      if t.lang == "abbr" and t.term.isalpha() and len(t.term) < 3
                                      and t.term not in _COMMON_ENDINGS)
        self._roles_seen: dict[tuple[str, ...], str | None] = {}
        self.catalog_words = Lexicon(
            (key[0], key[0]) for key, entries in voc.exact.items()
            if len(key) == 1 and len(key[0]) >= 5 and any(e.lang in ("fi", "sv") for e in entries)
        )
        self.phrase_owners = Lexicon((owner, owner) for (owner, _), *_ in self.policy.phrases)
        self.notice = Lexicon(
            (word, (word, category, label, section))
            for word, category, label, section in self.policy.terms
            if word not in generic and word not in voc.person_words.words
        )

    # -- public -------------------------------------------------------------------------

    def classify_schema(self, schema: Schema) -> list[Classification]:
        prefix = app_prefix([t.name for t in schema.tables])
        infos = {id(t): self._table_info(t, prefix) for t in schema.tables}
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
        if guess.confidence is None or guess.confidence < Confidence.MEDIUM:
            return self._notice_phrase_pass(column, info) or self._notice_confirms(column, info, guess) or guess
        return guess

    def _facts_of(self, column: Column) -> _Facts:
        return self._facts_for(tokenize(column.name), column.type_family)

    def _facts_for(self, tokens: tuple[str, ...], family: str) -> _Facts:
        cache_key = (tokens, family)
        facts = self._facts.get(cache_key)
        if facts is not None:
            return facts
        facts = self._match(tokens, family)
        if not facts.candidates and not facts.vetoes and family != "boolean":
            # pass 3 on the catalog's own Finnish/Swedish words: 'palautteen' is 'palaute'
            # (not for a flag: 'perintaan' true/false says a step was taken, labelling policy 9)
            base = tuple(self._catalog_word(t) or t for t in tokens)
            if base != tokens:
                again = self._match(base, family)
                if again.candidates:
                    again.segmented = listed([msg("'{token}' read as '{base}'", token=t, base=b) for t, b in zip(tokens, base) if t != b])
                    facts = again
        if not facts.candidates and len(tokens) >= 3 and tokens[0] == "last" and tokens[-1] in self._last_heads:
            # 'last_strong_login', 'last_forum_visit': the catalog's 'last_login', 'last_visit'
            # with a qualifier between (labelling policy rule 17)
            again = self._match(("last", tokens[-1]), family)
            if again.candidates:
                facts = replace(again, tokens=tokens, segmented=msg("'{token}' read as '{base}'", token="_".join(tokens), base="last_" + tokens[-1]))
        if not facts.candidates and not facts.vetoes:
            # an English plural of a catalog word: 'nationalities', 'addresses', 'phones'
            single = tuple(_singular(t) if (t,) not in self.vocabulary.exact else t for t in tokens)
            if single != tokens:
                again = self._match(single, family)
                if again.candidates:
                    again.segmented = listed([msg("'{token}' read as '{base}'", token=t, base=b) for t, b in zip(tokens, single) if t != b])
                    facts = again
        if not facts.candidates and any(self._word_inside(t) or t.endswith(tuple(self._short_words)) for t in tokens):
            split = tuple(part for token in tokens for part in segment(token, self._short_words))
            if split != tokens:
                again = self._match(split, family)
                flag = any(t in self.vocabulary.record_tokens for t in split)
                # weak words too ('preferredname', 'lastvisit'): the table's context and the
                # guard rails judge them as they judge the same words written apart
                if not flag and again.candidates:
                    names = ", ".join(f"'{t}'" for t in tokens if len(segment(t, self._short_words)) > 1)
                    again.segmented = msg("{tokens} read as '{parts}'", tokens=names, parts=" ".join(split))
                    facts = again
        if len(self._facts) < 100_000:
            self._facts[cache_key] = facts
        return facts

    def _match(self, tokens: tuple[str, ...], family: str) -> _Facts:
        candidates: list[tuple[tuple, Match, Kind]] = []
        vetoes: list[str] = []
        vetoed: set[str] = set()
        for match in self.vocabulary.matches(tokens):
            kind = self.catalog.kinds[match.term.kind]
            excluded = self.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens)
            if excluded:
                vetoes.append(msg("token '{token}' excludes {kind}", token=sorted(excluded)[0], kind=kind.id))
                vetoed.add(kind.id)
                continue
            unix_time = family == "number" and kind.id in _NUMBER_TIMES and match.term.strength == "strong" and match.term.lang != "abbr"
            if kind.types and family not in ("unknown", "other") and family not in kind.types and not unix_time:
                vetoes.append(msg("type {family} excludes {kind}", family=family, kind=kind.id))
                vetoed.add(kind.id)
                continue
            # among weak words the head of the name wins, the last word in English ('recipient_name' is a name)
            head = _last_position(tokens, match.token) if match.term.strength == "weak" else 0
            rank = (_STRENGTH_ORDER[match.term.strength], kind.is_special, head, match.length)
            candidates.append((rank, match, kind))
        return _Facts(tokens, candidates, list(dict.fromkeys(vetoes)), frozenset(vetoed))

    def _catalog_word(self, token: str) -> str | None:
        """The catalog's Finnish or Swedish word a token inflects, if it is not a word itself."""
        if (token,) in self.vocabulary.exact or len(token) < 5 or self._is_key((token,)):
            return None  # 'henkiloid' is a key, not an inflected 'henkilooid'
        found = self.catalog_words.find(token, compounds=False, stems=False)  # the evened word is enough here
        return found[0] if found else None

    def _word_inside(self, token: str) -> bool:
        """Whether a catalog word is part of a longer token ('contactphone' holds 'phone')."""
        found = self._has_inner.get(token)
        if found is None:
            inner = self._inner
            found = any(token[i:i + size] in inner for size in self._inner_lengths if size < len(token)
                        for i in range(len(token) - size + 1))
            self._has_inner[token] = found
        return found

    def _person_word(self, token: str) -> str | None:
        """A person word of the catalog, also inflected ('asiakkaan', 'omistajan')."""
        if token in self.vocabulary.person_words.words:
            return token
        found = self.people.find(token, compounds=False)
        return found[0] if found else None

    def _role(self, tokens: tuple[str, ...]) -> str | None:
        """The first token naming a person or a person's role ('soittajan', 'reviewer'), if any."""
        if tokens in self._roles_seen:
            return self._roles_seen[tokens]
        found = next((t for t in tokens if self.roles.role(t, self._person_word)), None)
        if len(self._roles_seen) < 50_000:
            self._roles_seen[tokens] = found
        return found

    # .. the table

    def _table_info(self, table: Table, prefix: str = "") -> _TableInfo:
        voc = self.vocabulary
        tokens = self._table_tokens(table.name, prefix)
        context = voc.context(tokens)
        name_context = context
        facts = [(c, self._facts_of(c)) for c in table.columns]
        identity = organisation = contact = None
        address = False
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
            if kind.id in _ADDRESS_KINDS and strength != "weak":
                address = True
        if context != "person" and identity is not None:
            context = "person"  # a table holding unmistakable identity columns is about people, whatever its name
        info = _TableInfo(table.name, tokens, context)
        info.named_for_people = name_context == "person"
        info.has_address = address
        info.notice = self._notice_term(tokens)
        if organisation is not None and identity is None:
            info.organisation_record = organisation
        elif contact is not None:
            info.contact_person = contact
        subject = voc.subject(tokens)
        if subject is not None:
            info.subject, word = subject
            info.subject_word = word
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
            if info.link is None and (self._refers_to_person(column, f.tokens)
                                      or (context == "neutral" and self._names_a_person(column, f.tokens))):
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
                    info.linked_by_value = True
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

    @staticmethod
    def _audit_name(column: Column, tokens: tuple[str, ...]) -> bool:
        """'modified_name', 'created_name' as text: the name of the user who edited the row."""
        return column.type_family == "text" and len(tokens) == 2 and tokens[0] in _AUDIT_VERBS and tokens[1] in ("name", "user")

    def _thing_of_a_person(self, info: _TableInfo) -> bool:
        """A table named for a person's things ('user_flag', 'userprop', 'customer_groups'):
        a person word followed by words that name no person and no kind."""
        tokens = info.tokens
        people = [i for i, t in enumerate(tokens) if self._person_word(t)]
        if not people or people[-1] == len(tokens) - 1:
            return False
        last = tokens[-1]
        if last in _PERSON_RECORD_WORDS:
            return False  # 'patient_data', 'user_profile': the person's own record
        return not self.vocabulary.matches((last,)) and not self.vocabulary.subject_words.find(last)

    def _table_tokens(self, name: str, prefix: str = "") -> tuple[str, ...]:
        """A table name's tokens, without the application's prefix ('ofuser' -> 'user' where
        most tables start with 'of'); a run-together name ('userprofile', 'gibbonperson' as
        MySQL folds 'gibbonPerson') is segmented when the split has a whole person,
        non-person or organisation word the unsplit name lacks."""
        tokens = tokenize(name)
        if prefix and tokens and tokens[0].startswith(prefix) and len(tokens[0]) > len(prefix):
            tokens = (tokens[0][len(prefix):],) + tokens[1:]
        voc = self.vocabulary
        if voc.context(tokens) != "neutral" or not any(len(t) >= 7 for t in tokens):
            return tokens
        split = tuple(part for token in tokens for part in segment(token))
        words = (voc.person_words.words, voc.non_person_words.words, voc.organisation_words.words)
        if split != tokens and any(p in w for p in split for w in words):
            return split
        return tokens

    def _named_after(self, tokens: tuple[str, ...]) -> str | None:
        """The kind a table name is a vocabulary term of ('externalid', 'henkilo_hetu'), if any.
        Not a credential: an 'api_token' table's scope and context columns are not tokens."""
        best = None
        for match in self.vocabulary.matches(tokens):
            kind = self.catalog.kinds[match.term.kind]
            if self.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens) or match.term.strength == "compound":
                continue
            if kind.id in ("credential", "password", "user-content"):
                continue  # 'message_reads.read_at' is not a message
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
        tables = list(tables)
        by_name: dict[str, _TableInfo] = {}
        for table in tables:
            by_name.setdefault(table.name.lower(), infos[id(table)])
        # keys that point to a person: the number a table about people is keyed by
        # ('asiakkaat.asiakasnumero') is a link wherever another table repeats it
        numbers: dict[str, str] = {}
        for table in tables:
            info = infos[id(table)]
            if info.context != "person":
                continue
            for column in table.columns:
                best = self._facts_of(column).best
                if best is not None and best[2].id == "customer-number":
                    numbers.setdefault(column.name.lower(), table.name)
        for table in tables:
            info = infos[id(table)]
            for column in table.columns:
                owner = numbers.get(column.name.lower())
                if owner is not None and owner != table.name:
                    info.person_keys[column.name] = owner
                    if info.link is None:
                        info.link = f"'{column.name}' (a key to table '{owner}')"
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
            for column, ref in info.references:
                if info.link == f"'{column}'":
                    found = [t for t in targets(column, ref) if t is not info]
                    info.linked_to_organisation = bool(found) and all(t.organisation_record for t in found)
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
            # 'customer_id', and a role's key: 'author_id', 'creator_id', 'from_user_id'
            return tokens[-2] in voc.person_words.words or self.roles.role(tokens[-2], self._person_word) is not None
        if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid"):
            # the 'id_customer' convention of some MySQL applications
            return last in voc.person_words.words
        if len(tokens) == 1:
            for suffix in ("id", "oid"):
                if last.endswith(suffix) and last[: -len(suffix)] in voc.person_words.words:
                    return True
            return last in voc.person_words.words and column.type_family == "number"
        return False

    def _names_a_person(self, column: Column, tokens: tuple[str, ...]) -> bool:
        """A text column naming who a message is from or to ('from_user', 'to_user'), or a lone
        role noun naming who reported, applied or sent ('ilmoittaja', 'sender'): the row is
        theirs, as with a key ('from_user_id'). Not an audit column ('muutettu_kayttaja',
        'creator' say who edited or made a row, not whose it is), not a plural of a thing
        ('headers')."""
        if column.type_family != "text":
            return False
        if len(tokens) == 1 and tokens[0] not in self.vocabulary.person_words.words:
            # a lone role noun naming who reported or applied ('ilmoittaja', 'applicant'); not
            # an audit user's catalog term ('muokkaaja', 'kasittelija' edit a row, not own it)
            word = tokens[0]
            best = self._facts_for(tokens, "text").best
            if best is not None and best[2].id == "username":
                return False
            if word != _singular(word) and self.roles.role(_singular(word), self._person_word) is None:
                return False  # 'headers' is no role when 'header' is none
            # who created or modified a row keeps records, not owns the row ('creator': 'created')
            stem = word[:-2] if word.endswith(("or", "er")) else word
            if any(t.startswith(stem) for t in self.vocabulary.record_tokens if len(stem) >= 4):
                return False
            return self.roles.role(word, self._person_word) is not None
        if len(tokens) != 2 or tokens[0] not in _DIRECTION_WORDS:
            return False
        last = tokens[-1]
        return last in self.vocabulary.person_words.words or self.roles.role(last, self._person_word) is not None

    @staticmethod
    def _reference(column: Column, tokens: tuple[str, ...]) -> str | None:
        """The table name a column seems to refer to ('lasku_id' -> 'lasku'), if any."""
        if not tokens or column.type_family in ("boolean", "date", "json", "binary"):
            return None
        if len(tokens) >= 2 and tokens[-1] in _REFERENCE_TOKENS:
            return "_".join(tokens[:-1])
        if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid"):
            return "_".join(tokens[1:])  # 'id_customer'
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
        if last == "ids" or (len(last) >= 6 and last.endswith("ids") and last[:-1] not in _NOT_KEYS):
            return True  # a list of keys ('file_ids', MySQL's folded 'fileids')
        return last in _KEY_TOKENS or (len(last) >= 5 and last.endswith(("id", "uuid", "guid")) and last not in _NOT_KEYS)

    def _record_keeping(self, column: Column, tokens: tuple[str, ...], info: _TableInfo | None = None) -> str | None:
        """Why a column is a key, flag or audit column (never data about the person), or None."""
        voc = self.vocabulary
        if column.type_family == "boolean":
            return msg("a flag")
        if not tokens:
            return msg("a key")
        if tokens[-1] == "by" and column.type_family in ("number", "uuid"):
            return msg("a key")  # 'prescribed_by', 'graded_by' as numbers point to a user (labelling policy 8)
        if info is not None and column.type_family == "number" and _ends_with(info.tokens, tokens):
            return msg("the table's own key")  # 'form_encounter.encounter': the row's number
        if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid", "text"):
            return msg("a key")  # 'id_google_calendar': the id_X convention
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
        """Run the passes in order over one immutable column input; the first that decides wins."""
        facts = self._owner_prefix(self._facts_of(column), column, info)
        subject = info.subject
        record = subject is not None and info.link is not None and info.context != "non-person" and not info.linked_to_organisation
        about = ""
        if subject:
            about = msg("table '{table}', whose subject is {subject} ({why})", table=info.name, subject=self._label(subject), why=info.subject_why)
            if info.link == _ABOUT_PEOPLE:
                about = msg("table '{table}' about people, whose subject is {subject} ({why})", table=info.name, subject=self._label(subject), why=info.subject_why)
            elif record:
                about = msg("{about}, linked to a person by {link}", about=about, link=info.link)
        handle = self._text_handle(column, facts.tokens)
        if handle is not None:
            return self._result(column, info, self.catalog.kinds["username"], Confidence.MEDIUM, handle)
        if facts.best is not None:
            return self._named(_Input(column, info, facts, facts.tokens, None, record, about))
        if facts.vetoes:
            return Classification(column, None, None, None, joined(facts.vetoes), "none")
        item = _Input(column, info, facts, facts.tokens, self._record_keeping(column, facts.tokens, info), record, about)
        for evidence in (self._special_reference_pass, self._comment_pass, self._role_pass, self._notice_pass,
                         self._notice_table_pass, self._subject_pass, self._counter_pass):
            found = evidence(item)
            if found is not None:
                return found
        return Classification(column, None, None, None, msg("no personal-data term in the name"), "none")

    def _owner_prefix(self, facts: _Facts, column: Column, info: _TableInfo) -> _Facts:
        """Pass 1 on the table: a first token that only says whose the column is ('user_' in
        'users', 'comment_' in 'wp_comments', 'emp_' in 'hs_hr_employee', 'user_lastvisit')
        is read off, and the rest of the name decides: 'user_pass' is a password, not a user
        name, 'comment_approved' not a comment. Only a weak match on the prefix is dropped
        ('diagnosis_date' keeps its strong 'diagnosis'); a bare person word before a name
        that says nothing stays ('vastuuhenkilo_vara')."""
        tokens = facts.tokens
        if len(tokens) < 2 or any(c[1].token == tokens[0] and c[1].term.strength != "weak" for c in facts.candidates):
            return facts
        prefix, rest_tokens = tokens[0], tokens[1:]
        on_prefix = [c for c in facts.candidates if c[1].token == prefix]
        if not on_prefix and facts.candidates:
            return facts
        if all(self._is_key((t,)) for t in rest_tokens):
            return facts  # 'kielisyys_id' is the prefix's own code, not an owner's key
        repeats_table = any(t == prefix or (len(prefix) >= 3 and t.startswith(prefix)) for t in info.tokens)
        if not repeats_table and prefix not in self.vocabulary.person_words.words:
            return facts
        if len(on_prefix) < len(facts.candidates):
            # 'user_pass': the rest's own word is the value, the prefix only the owner
            return replace(facts, candidates=[c for c in facts.candidates if c[1].token != prefix])
        rest = self._facts_for(rest_tokens, column.type_family)
        voc = self.vocabulary
        if not repeats_table and not rest.candidates and not (
                rest_tokens in voc.record_names or any(t in voc.record_tokens for t in rest_tokens)):
            return facts  # 'vastuuhenkilo_vara' (the deputy responsible person) stays a person
        note = msg("'{prefix}' says whose the column is", prefix=prefix)
        return replace(rest, tokens=tokens, segmented=msg("{first}; {rest}", first=note, rest=rest.segmented) if rest.segmented else note)

    def _text_handle(self, column: Column, tokens: tuple[str, ...]) -> str | None:
        """Pass 5 on a person's key written as text: 'sender_id VARCHAR(128)', 'user_id TEXT'
        (a Matrix '@alice:server') hold the person's login or handle, which is a user name
        (labelling policy rules 18-19); a text key no longer than a UUID or a hash
        ('user_id VARCHAR(40)') is a surrogate key like a number. The reason, if so."""
        if column.type_family != "text" or not column.sql_type or len(tokens) < 2 or tokens[-1] != "id":
            return None  # no declared type (a column list from elsewhere): nothing says it is long
        owner = tokens[-2]
        if owner in _NOT_HANDLES or not (owner in self.vocabulary.person_words.words or self._role((owner,))):
            return None
        size = _DECLARED_SIZE.search(column.sql_type)
        if size is not None and int(size.group(1)) < _HANDLE_SIZE:
            return None
        return msg("'{column}' names a person ('{owner}') as {type}, too long for a surrogate key: it holds their login or handle",
                   column=column.name, owner=owner, type=column.sql_type)

    def _key_not_data(self, item: _Input, match: Match) -> Classification | None:
        """Guard: an OID of a thing, or a key to a person, is not data of its own (README: keys)."""
        column, info, tokens = item.column, item.info, item.tokens
        oid_of = self._oid_of_a_thing(match, tokens, info)
        if oid_of:
            return Classification(column, None, None, None, msg("'{column}' is the OID of {thing}, not of a person", column=column.name, thing=oid_of), "none")
        if column.name in info.person_keys:
            return Classification(column, None, None, None, msg("a key to table '{table}' (a person): the row's link to them, not data of its own", table=info.person_keys[column.name]), "none")
        if (match.term.strength == "weak" and len(tokens) >= 2 and tokens[-1] in _KEY_TOKENS
                and (self._person_word(tokens[-2]) or self._role((tokens[-2],)))):
            # 'user_id', 'sender_id' of any type
            return Classification(column, None, None, None, msg("'{column}' is a key to a person: the row's link to them, not data of its own", column=column.name), "none")
        return None

    @staticmethod
    def _term_reason(facts: _Facts, match: Match, kind: Kind) -> str:
        """What the name's own term says: "token 'sahkoposti' = email (fi)"."""
        term = match.term
        lang = "" if term.lang == "abbr" else f" ({term.lang})"
        if term.strength == "compound":
            reason = msg("compound part '{part}' in '{token}' = {kind}{lang}", part=term.term, token=match.token, kind=kind.id, lang=lang)
        elif term.strength == "weak":
            reason = msg("generic word '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
        elif term.lang == "abbr":
            reason = msg("abbreviation '{token}' = {kind}", token=match.token, kind=kind.id)
        else:
            reason = msg("token '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
        return msg("{segmented}: {reason}", segmented=facts.segmented, reason=reason) if facts.segmented else reason

    def _oid_of_a_thing(self, match: Match, tokens: tuple[str, ...], info: _TableInfo) -> str | None:
        """Guard: 'hakukohde_oid' is the OID of an application target; only a person's OID
        ('henkilo_oid', 'oppija_oid', a bare 'oid' in a table named for people) is a national id."""
        if match.term.strength != "weak" or match.token != "oid" or tokens[-1] != "oid":
            return None
        if len(tokens) >= 2:
            owner = tokens[-2]
            return None if self._person_word(owner) or self._role((owner,)) else msg("a '{owner}'", owner=owner)
        if any(t in self.vocabulary.person_words.words or self._person_word(t) for t in info.tokens):
            return None
        return msg("a row of table '{table}'", table=info.name)

    # .. passes for a column whose own name names no kind, in the order _vocabulary runs them

    def _special_reference_pass(self, item: _Input) -> Classification | None:
        """A person's reference to a list whose subject is a special category (a trade union)."""
        column, info = item.column, item.info
        if column.name not in info.special_refs or info.link is None or info.context == "non-person":
            return None
        target, kind_id = info.special_refs[column.name]
        whose = msg("table '{table}' about people", table=info.name) if info.link == _ABOUT_PEOPLE else msg("a record linked to a person by {link}", link=info.link)
        reason = msg("refers to table '{target}', whose subject is {subject}, from {whose}", target=target, subject=self._label(kind_id), whose=whose)
        return self._result(column, info, self.catalog.kinds[kind_id], Confidence.MEDIUM, reason)

    def _comment_pass(self, item: _Input) -> Classification | None:
        """Pass 7: the column's COMMENT, when its name says nothing and it is no code column."""
        column, tokens, keeping = item.column, item.tokens, item.keeping
        if not (column.comment and tokens and keeping in (None, "a flag") and tokens[-1] not in _CODE_TOKENS):
            return None
        found = self._from_comment(column, item.info)
        if found is not None and keeping is not None and found.confidence > Confidence.LOW and any(t in self.vocabulary.record_tokens for t in tokens):
            # a record-keeping flag's comment ('is_primary_record') names what the row is
            # about, not what the flag stores: a review prompt
            found = replace(found, confidence=Confidence.LOW, reason=msg("{reason}, but the column is a record-keeping flag", reason=found.reason))
        return found

    def _counter_pass(self, item: _Input) -> Classification | None:
        """A count of a person's own actions in their row: 'posts', 'num_logins', 'warning_count'
        as numbers in a table named for people (labelling policy rule 17). The counted word is a
        table subject of user content or activity in the catalog ('post', 'login', 'visit')."""
        column, tokens, info = item.column, item.tokens, item.info
        if column.type_family != "number" or not info.named_for_people or not tokens or self._is_key(tokens):
            return None
        counted = [t for t in tokens if t not in _COUNT_WORDS]
        if not counted or len(counted) > 1 or len(counted) == len(tokens) and not counted[0].endswith("s"):
            return None  # 'posts' counts; 'post' alone is no count
        kind = self.vocabulary.subject_of.get(counted[0]) or self.vocabulary.subject_of.get(_singular(counted[0]))
        if kind not in ("activity-log", "user-content"):
            return None
        return self._result(column, info, self.catalog.kinds["activity-log"], Confidence.MEDIUM,
                            msg("'{column}' counts the person's '{counted}' in table '{table}' about people", column=column.name, counted=counted[0], table=info.name))

    def _subject_pass(self, item: _Input) -> Classification | None:
        """Pass 4 on the table: a column of a person's record about K says nothing of its own: it is K."""
        info, tokens, subject = item.info, item.tokens, item.info.subject
        voc = self.vocabulary
        # the bare 'date' or 'time' of a person's visit or appointment is when they came, not
        # record keeping (labelling policy rule 7: a rental date is activity); a log's date is
        # when the row was written
        event_time = (subject == "activity-log" and item.keeping == "record keeping" and item.column.type_family == "date"
                      and tokens in voc.record_names and info.subject_word not in _LOG_WORDS)
        if not item.record or (item.keeping is not None and not event_time) or self._organisation_word(tokens):
            return None
        kind = self.catalog.kinds[subject]
        if kind.id in _CONTENT_KINDS and not self._admits(kind, item.column):
            return None  # guard: the type vetoes ('like_count' in a posts table is nobody's writing)
        value_of_named = info.subject_why.startswith("by its name") and set(tokens) <= _VALUE_WORDS
        if value_of_named or self._table_may_give(subject, info):
            return self._result(item.column, info, kind, Confidence.MEDIUM, msg("column of {about}", about=item.about))
        if kind.gdpr_class != "national-id":
            # a special category only from the table's other columns: a review prompt, never PN202
            return self._result(item.column, info, kind, Confidence.LOW, msg("column of {about}; nothing in the column itself names it", about=item.about))
        return None

    # .. a column whose name names a kind: the table and the guard rails decide how far to trust it

    def _named(self, item: _Input) -> Classification:
        column, info, facts, tokens = item.column, item.info, item.facts, item.tokens
        voc = self.vocabulary
        table, subject, record, about = info.name, info.subject, item.record, item.about
        _, match, kind = facts.best
        keyed = self._key_not_data(item, match)
        if keyed is not None:
            return keyed
        term = match.term
        confidence = _CONFIDENCE[term.strength]
        reason = self._term_reason(facts, match, kind)
        vetoes = msg(" ({vetoes})", vetoes=joined(facts.vetoes)) if facts.vetoes else ""
        person_column = voc.person_words.any(tokens) or self._role(tokens)  # contact_title, subscriber_state, owner_email

        if (column.name in info.keys and tokens[-1] in _KEY_TOKENS and (match.token in voc.subject_of or (term.strength == "weak" and match.token.split("_")[-1] != tokens[-1]))
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
            if keeping is not None and self._audit_name(column, tokens):
                return self._result(column, info, self.catalog.kinds["username"], Confidence.MEDIUM,
                                    msg("'{column}' names who {verb} the row (labelling policy rule 8)", column=column.name, verb=tokens[0]))
            if keeping is not None:  # 'usage_category_title': about a code, not about the person
                return Classification(column, None, None, None, msg("{reason}, but the column is {keeping}{vetoes}", reason=reason, keeping=keeping, vetoes=vetoes), "none")
            # notes in a person's record of a special category are that category (clinical
            # notes are health data), and the record's bare 'name' names the K
            special_notes = kind.id in ("free-text", "user-content") and self.catalog.kinds[subject].is_special
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
        elif (info.link is not None and info.context == "neutral" and not any(t in voc.record_tokens for t in tokens)
              and (kind.id in _CONTENT_KINDS or (kind.id in _ROW_OF_PERSON_KINDS and len(tokens) >= 2 and not info.linked_by_value
                                                  and not info.linked_to_organisation and not facts.vetoes and not self._is_key(tokens)))):
            # ... and the name and address written into their row ('orders.delivery_name': a
            # qualified name, not the bare 'name' of the row's own thing)
            # what a person writes or does in a row tied to them ('messages.body' by 'from_user_id')
            where = msg(", in table '{table}' linked to a person by {link}", table=table, link=info.link)
            personal = True
        else:
            where, personal = "", False

        if (personal and term.strength == "weak" and kind.id == "postal-address" and match.token in _AMBIGUOUS_PLACES
                and not info.named_for_people and not info.has_address and not person_column):
            # 'sales_order.state' in a table about people only by its identity columns: the
            # order's state, unless an address column says the row holds an address
            return self._result(column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' holds no address to be part of{vetoes}", reason=reason, table=table, vetoes=vetoes))
        if (personal and term.strength == "weak" and info.context == "person" and not record
                and len(tokens) == 1 and tokens[0] in _NAMING_WORDS and self._thing_of_a_person(info)):
            # 'user_flag.name', 'userprop.name': the name of the person's flag or property
            return self._result(column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' holds things of a person ('{thing}'), and the bare name is the thing's{vetoes}", reason=reason, table=table, thing=info.tokens[-1], vetoes=vetoes))
        excluded_context = info.context in ("non-person", "organisation")
        if (personal and term.strength == "weak" and kind.is_special and kind.id != subject
                and not info.named_for_people and not person_column):
            # guard: an ambiguous word ('weight', 'height', 'oid') in another kind's record (an
            # invoice, an order) is not a special category: only a review prompt
            return self._result(column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' is a record of something else{vetoes}", reason=reason, table=table, vetoes=vetoes))
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
        elif excluded_context and not kind.is_special and not (kind.id == "username" and column.type_family == "text"):
            # (a text user name, 'updated_by' in a code table, names a user wherever it is: rule 8)
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

    # .. evidence passes for a column whose own name names no kind (see __init__ for the order)

    def _admits(self, kind: Kind, column: Column) -> bool:
        family = column.type_family
        return not kind.types or family in ("unknown", "other") or family in kind.types

    def _table_may_give(self, kind_id: str | None, info: _TableInfo) -> bool:
        """Guard: table context alone never gives a national id, nor a special category unless
        the table's own name names it ('form_vitals'); two 'hetu' columns do not make a
        table's letters and timestamps identity codes."""
        if kind_id is None:
            return False
        kind = self.catalog.kinds[kind_id]
        return kind.gdpr_class != "national-id" and (not kind.is_special or info.subject_why.startswith("by its name"))

    def _role_pass(self, item: _Input) -> Classification | None:
        """Pass 5: 'ilmoittaja', 'reviewer' (text) name a person; 'soittajan_numero', 'caller_number' are phones."""
        if item.keeping not in (None, "a reference to a person"):
            return None
        column, tokens, info = item.column, item.tokens, item.info
        family = column.type_family
        if family not in ("text", "unknown") or not tokens:
            return None
        role = self._role(tokens)
        if role is None or self._organisation_word(tokens) or info.context in ("non-person", "organisation"):
            return None
        rest = tuple(t for t in tokens if t != role)
        why = msg("'{role}' names a person in a role", role=role)
        if rest and rest[-1] in _REFERENCE_TOKENS:
            return None  # a key to the person (see the README on keys)
        if not rest:
            if self._person_word(role) or self.people.find(role):  # 'omistaja', 'asiakkaan', 'tilinomistaja': the person's name
                return self._result(column, info, self.catalog.kinds["person-name"], Confidence.MEDIUM, msg("{why}: as text it holds the person's name", why=why))
            kind = self.catalog.kinds["username"]
            return self._result(column, info, kind, Confidence.MEDIUM, msg("{why}: as text it holds who the person is (user name or name)", why=why))
        if len(rest) == 1 and rest[0] in _NUMBER_WORDS and not self._person_word(role):
            kind = self.catalog.kinds["phone"]
            return self._result(column, info, kind, Confidence.MEDIUM, msg("{why}; a role's number is their phone number ('{word}')", why=why, word=rest[-1]))
        return None

    def _notice_term(self, tokens: tuple[str, ...]) -> tuple[str, str, str, str] | None:
        for token in tokens:
            found = self.notice.find(token)
            if found:
                return found[1]
        return None

    def _notice_result(self, column: Column, info: _TableInfo, term: tuple[str, str, str, str], where: str) -> Classification | None:
        word, category, label, section = term
        for kind_id in self.policy.categories.get(category, ()):
            kind = self.catalog.kinds.get(kind_id)
            if kind is None or not self._admits(kind, column):
                continue
            if where != "column" and (kind.is_special or kind.gdpr_class == "national-id"):
                return None  # guard: never from table context alone
            quote = label if len(label) <= 80 else label[:77] + "..."
            reason = msg("{where} matches the notice's word '{word}' of category '{category}' ('{quote}', section {section})",
                         where=where, word=word, category=category, quote=quote, section=section)
            return Classification(column, kind.id, category, Confidence.MEDIUM, reason, "vocabulary")
        return None

    def _notice_pass(self, item: _Input) -> Classification | None:
        """Pass 8 on the column: 'mittauslukema' is the notice's 'mittausdata' (metering data)."""
        if item.keeping is not None:
            return None
        term = self._notice_term(item.tokens)
        return self._notice_result(item.column, item.info, term, msg("column '{column}'", column=item.column.name)) if term else None

    def _notice_table_pass(self, item: _Input) -> Classification | None:
        """Pass 9, tables that are categories: a column of table 'puhelutallenteet' is a call recording."""
        column, info = item.column, item.info
        if item.keeping is not None or info.notice is None or self._organisation_word(item.tokens):
            return None
        if info.context == "non-person" or column.type_family in ("boolean", "date"):
            return None
        return self._notice_result(column, info, info.notice, msg("column of table '{table}', which", table=info.name))

    def _notice_phrase_pass(self, column: Column, info: _TableInfo) -> Classification | None:
        """Pass 8 on table and column together: the notice's example 'kiinteistön nimi' names
        'kiinteisto.nimi' (the table word inflected, the column word as written)."""
        tokens = self._facts_of(column).tokens
        if not self.policy.phrases or not tokens:
            return None
        for (owner, word), category, label, section in self.policy.phrases:
            if tokens[-1] != word or not any(self._same_word(t, owner) for t in info.tokens):
                continue
            kinds = [self.catalog.kinds[k] for k in self.policy.categories.get(category, ()) if k in self.catalog.kinds]
            kinds = [k for k in kinds if self._admits(k, column) and not k.is_special and k.gdpr_class != "national-id"]
            if not kinds:
                continue
            named = [k for k in kinds if not k.id.endswith("-id")] or kinds  # a name is not an identifier kind
            quote = label if len(label) <= 80 else label[:77] + "..."
            reason = msg("the notice names '{owner} {word}' in category '{category}' ('{quote}', section {section})",
                         owner=owner, word=word, category=category, quote=quote, section=section)
            return Classification(column, named[0].id, category, Confidence.MEDIUM, reason, "vocabulary")
        return None

    def _same_word(self, token: str, word: str) -> bool:
        if token == word:
            return True
        found = self.phrase_owners.find(token, compounds=False)
        return found is not None and found[0] == word

    def _notice_confirms(self, column: Column, info: _TableInfo, guess: Classification) -> Classification | None:
        """A low guess ('valmistusvuosi' in a neutral table) that the notice itself lists as an
        example of a category covering that kind becomes medium."""
        if guess.kind is None or guess.confidence is None:
            return None
        tokens = self._facts_of(column).tokens
        for word, category, label, section in self.policy.terms:
            if word in tokens and guess.kind in self.policy.categories.get(category, ()):
                quote = label if len(label) <= 80 else label[:77] + "..."
                reason = msg("{reason}; the notice lists '{word}' in category '{category}' ('{quote}', section {section})",
                             reason=guess.reason, word=word, category=category, quote=quote, section=section)
                return replace(guess, category=category, confidence=Confidence.MEDIUM, reason=reason)
        if info.notice is not None and guess.kind in self.policy.categories.get(info.notice[1], ()):
            word, category, label, section = info.notice
            reason = msg("{reason}; table '{table}' matches the notice's word '{word}' of category '{category}' (section {section})",
                         reason=guess.reason, table=info.name, word=word, category=category, section=section)
            return replace(guess, category=category, confidence=Confidence.MEDIUM, reason=reason)
        return None
