"""Pass 4, table analysis: what a table is about (context, subject, the notice's category), how
it is tied to a person (links, keys repeating a people table's number, links through references)."""
from __future__ import annotations

from collections.abc import Iterable

from ..i18n import msg
from ..model import Table
from .keys import names_a_person, referenced_table, refers_to_person
from .names import facts_of, notice_term
from .reader import Reader
from .records import ABOUT_PEOPLE, STRENGTH_ORDER, TableInfo
from .tokens import segment, tokenize
from .words import ADDRESS_KINDS, IDENTITY_KINDS, LINKING_KINDS, PERSON_RECORD_WORDS, SUBJECT_FROM_COLUMNS


def table_info(reader: Reader, table: Table, prefix: str = "") -> TableInfo:
    """What one table is about and how it is tied to a person (links through others come later)."""
    voc = reader.vocabulary
    tokens = table_tokens(reader, table.name, prefix)
    context = voc.context(tokens)
    name_context = context
    facts = [(c, facts_of(reader, c)) for c in table.columns]
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
        if strength == "strong" and kind.id in IDENTITY_KINDS and identity is None:
            identity = column.name
        if kind.id == "person-name" and contact is None and voc.person_words.any(f.tokens):
            contact = column.name
        if kind.is_special and strength != "weak":
            special.setdefault(kind.id, []).append(column.name)
        if kind.id in ADDRESS_KINDS and strength != "weak":
            address = True
    if context != "person" and identity is not None:
        context = "person"  # a table holding unmistakable identity columns is about people, whatever its name
    info = TableInfo(table.name, tokens, context)
    info.named_for_people = name_context == "person"
    info.has_address = address
    info.notice = notice_term(reader, tokens)
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
        if len(names) >= SUBJECT_FROM_COLUMNS:
            info.subject = kind_id
            info.subject_why = msg("by its columns: {columns}", columns=", ".join(names[:3]) + (", ..." if len(names) > 3 else ""))
        elif table.comment:  # 'Ammattijärjestö. Sisältää myös keskusjärjestöt.'
            found = [(m.length, m) for m in voc.comment_matches(table.comment) if reader.catalog.kinds[m.term.kind].is_special]
            if found:
                match = max(found, key=lambda f: f[0])[1]
                info.subject = match.term.kind
                info.subject_why = msg("by its comment: '{token}'", token=match.token)
    if context == "person" and info.organisation_record is None:
        info.link = ABOUT_PEOPLE
    references: list[tuple[str, str]] = []
    for column, f in facts:
        if info.link is None and (refers_to_person(reader, column, f.tokens)
                                  or (context == "neutral" and names_a_person(reader, column, f.tokens))):
            info.link = f"'{column.name}'"
        ref = referenced_table(column, f.tokens)
        if ref:
            references.append((column.name, ref))
    info.references = tuple(references)
    if info.link is None and context == "neutral":
        for column, f in facts:  # an e-mail address or identity code names the person a row is about
            best = f.best
            if best and best[2].id in LINKING_KINDS and best[1].term.strength == "strong":
                info.link = f"'{column.name}'"
                info.linked_by_value = True
                break
    if info.subject is None and context != "non-person" and not voc.person_words.any(tokens):
        named = named_after(reader, tokens)
        if named is not None and info.link is not None:
            # a table named after an attribute and tied to a person holds that attribute ('externalid')
            info.subject, info.subject_why = named, msg("by its name: '{word}'", word=table.name)
        elif named is not None and context == "neutral" and len(tokens) == 1:
            # ... and not tied to anyone, it is the attribute's code list ('kansalaisuus', 'gender')
            info.context = "non-person"
    return info


def table_tokens(reader: Reader, name: str, prefix: str = "") -> tuple[str, ...]:
    """A table name's tokens, without the application's prefix ('ofuser' -> 'user' where
    most tables start with 'of'); a run-together name ('userprofile', 'gibbonperson' as
    MySQL folds 'gibbonPerson') is segmented when the split has a whole person,
    non-person or organisation word the unsplit name lacks."""
    tokens = tokenize(name)
    if prefix and tokens and tokens[0].startswith(prefix) and len(tokens[0]) > len(prefix):
        tokens = (tokens[0][len(prefix):],) + tokens[1:]
    voc = reader.vocabulary
    if voc.context(tokens) != "neutral" or not any(len(t) >= 7 for t in tokens):
        return tokens
    split = tuple(part for token in tokens for part in segment(token))
    words = (voc.person_words.words, voc.non_person_words.words, voc.organisation_words.words)
    if split != tokens and any(p in w for p in split for w in words):
        return split
    return tokens


def named_after(reader: Reader, tokens: tuple[str, ...]) -> str | None:
    """The kind a table name is a vocabulary term of ('externalid', 'henkilo_hetu'), if any.
    Not a credential: an 'api_token' table's scope and context columns are not tokens."""
    best = None
    for match in reader.vocabulary.matches(tokens):
        kind = reader.catalog.kinds[match.term.kind]
        if reader.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens) or match.term.strength == "compound":
            continue
        if kind.id in ("credential", "password", "user-content"):
            continue  # 'message_reads.read_at' is not a message
        rank = (STRENGTH_ORDER[match.term.strength], kind.is_special, match.length)
        if best is None or rank > best[0]:
            best = (rank, kind.id)
    return best[1] if best else None


def thing_of_a_person(reader: Reader, info: TableInfo) -> bool:
    """A table named for a person's things ('user_flag', 'userprop', 'customer_groups'):
    a person word followed by words that name no person and no kind."""
    tokens = info.tokens
    people = [i for i, t in enumerate(tokens) if reader.person_word(t)]
    if not people or people[-1] == len(tokens) - 1:
        return False
    last = tokens[-1]
    if last in PERSON_RECORD_WORDS:
        return False  # 'patient_data', 'user_profile': the person's own record
    return not reader.vocabulary.matches((last,)) and not reader.vocabulary.subject_words.find(last)


def link_through_references(reader: Reader, tables: Iterable[Table], infos: dict[int, TableInfo]) -> None:
    """A table referring to a linked table is linked too ('maksu.lasku_id' -> 'lasku.asiakas_id').

    Also marks the columns that name another record table of the schema as keys
    ('prescriptions.encounter' -> 'form_encounter'); a reference to a code list or
    catalogue ('suoritus.tutkinnonosa') stays a value.
    """
    tables = list(tables)
    by_name: dict[str, TableInfo] = {}
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
            best = facts_of(reader, column).best
            if best is not None and best[2].id == "customer-number":
                numbers.setdefault(column.name.lower(), table.name)
    for table in tables:
        info = infos[id(table)]
        for column in table.columns:
            owner = numbers.get(column.name.lower())
            if owner is not None and owner != table.name:
                info.person_keys[column.name] = owner
                if info.link is None:
                    info.link = msg("'{column}' (a key to table '{table}')", column=column.name, table=owner)
    prefixed: dict[str, list[TableInfo]] = {}
    for name, info in by_name.items():
        prefix, _, rest = name.partition("_")
        if rest and len(prefix) <= 4:  # 'm_loan' for 'loan_id', 'form_encounter' for 'encounter'
            prefixed.setdefault(rest, []).append(info)

    def targets(column: str, ref: str, loose: bool = True) -> list[TableInfo]:
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
                if target is not info and target.link is None and target.subject and reader.catalog.kinds[target.subject].is_special:
                    info.special_refs[column] = (target.name, target.subject)
