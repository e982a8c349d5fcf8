"""Passes for a column whose name names no kind, from its table and its own words: a reference
to a special-category list, the column's comment (7), a person in a role (5), the table's
subject (4), counts of a person's own actions."""
from __future__ import annotations

from dataclasses import replace

from ..i18n import msg
from ..model import Classification, Column, Confidence
from .names import organisation_word, role_word
from .reader import Reader
from .records import ABOUT_PEOPLE, ColumnInput, TableInfo
from .results import admits, kind_label, result_of, table_may_give
from .words import CODE_TOKENS, CONTENT_KINDS, COUNT_WORDS, LOG_WORDS, NUMBER_WORDS, REFERENCE_TOKENS, VALUE_WORDS, is_key, singular


def special_reference_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """A person's reference to a list whose subject is a special category (a trade union)."""
    column, info = item.column, item.info
    if column.name not in info.special_refs or info.link is None or info.context == "non-person":
        return None
    target, kind_id = info.special_refs[column.name]
    whose = msg("table '{table}' about people", table=info.name) if info.link == ABOUT_PEOPLE else msg("a record linked to a person by {link}", link=info.link)
    reason = msg("refers to table '{target}', whose subject is {subject}, from {whose}", target=target, subject=kind_label(reader, kind_id), whose=whose)
    return result_of(reader, column, info, reader.catalog.kinds[kind_id], Confidence.MEDIUM, reason)


def comment_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """Pass 7: the column's COMMENT, when its name says nothing and it is no code column."""
    column, tokens, keeping = item.column, item.tokens, item.keeping
    if not (column.comment and tokens and keeping in (None, "a flag") and tokens[-1] not in CODE_TOKENS):
        return None
    found = from_comment(reader, column, item.info)
    if found is not None and keeping is not None and found.confidence > Confidence.LOW and any(t in reader.vocabulary.record_tokens for t in tokens):
        # a record-keeping flag's comment ('is_primary_record') names what the row is
        # about, not what the flag stores: a review prompt
        found = replace(found, confidence=Confidence.LOW, reason=msg("{reason}, but the column is a record-keeping flag", reason=found.reason))
    return found


def from_comment(reader: Reader, column: Column, info: TableInfo) -> Classification | None:
    """The kind the column's COMMENT names (strong terms the type admits), judged against its table."""
    family = column.type_family
    candidates = []
    for match in reader.vocabulary.comment_matches(column.comment):
        kind = reader.catalog.kinds[match.term.kind]
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
        reason = msg("{reason}, in table '{table}', whose subject is {subject}", reason=reason, table=info.name, subject=kind_label(reader, kind.id))
    elif info.context in ("non-person", "organisation") and not kind.is_special:
        confidence = Confidence.LOW
        reason = msg("{reason}, but table '{table}' looks like it is not about people", reason=reason, table=info.name)
    return result_of(reader, column, info, kind, confidence, reason)


def role_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """Pass 5: 'ilmoittaja', 'reviewer' (text) name a person; 'soittajan_numero', 'caller_number' are phones."""
    if item.keeping not in (None, "a reference to a person"):
        return None
    column, tokens, info = item.column, item.tokens, item.info
    family = column.type_family
    if family not in ("text", "unknown") or not tokens:
        return None
    role = role_word(reader, tokens)
    if role is None or organisation_word(reader, tokens) or info.context in ("non-person", "organisation"):
        return None
    rest = tuple(t for t in tokens if t != role)
    why = msg("'{role}' names a person in a role", role=role)
    if rest and rest[-1] in REFERENCE_TOKENS:
        return None  # a key to the person (see the README on keys)
    if not rest:
        if reader.person_word(role) or reader.people.find(role):  # 'omistaja', 'asiakkaan', 'tilinomistaja': the person's name
            return result_of(reader, column, info, reader.catalog.kinds["person-name"], Confidence.MEDIUM, msg("{why}: as text it holds the person's name", why=why))
        kind = reader.catalog.kinds["username"]
        return result_of(reader, column, info, kind, Confidence.MEDIUM, msg("{why}: as text it holds who the person is (user name or name)", why=why))
    if len(rest) == 1 and rest[0] in NUMBER_WORDS and not reader.person_word(role):
        kind = reader.catalog.kinds["phone"]
        return result_of(reader, column, info, kind, Confidence.MEDIUM, msg("{why}; a role's number is their phone number ('{word}')", why=why, word=rest[-1]))
    return None


def subject_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """Pass 4 on the table: a column of a person's record about K says nothing of its own: it is K."""
    info, tokens, subject = item.info, item.tokens, item.info.subject
    voc = reader.vocabulary
    # the bare 'date' or 'time' of a person's visit or appointment is when they came, not
    # record keeping (labelling policy rule 7: a rental date is activity); a log's date is
    # when the row was written
    event_time = (subject == "activity-log" and item.keeping == "record keeping" and item.column.type_family == "date"
                  and tokens in voc.record_names and info.subject_word not in LOG_WORDS)
    if not item.record or (item.keeping is not None and not event_time) or organisation_word(reader, tokens):
        return None
    kind = reader.catalog.kinds[subject]
    if kind.id in CONTENT_KINDS and not admits(reader, kind, item.column):
        return None  # guard: the type vetoes ('like_count' in a posts table is nobody's writing)
    value_of_named = info.subject_why.startswith("by its name") and set(tokens) <= VALUE_WORDS
    if value_of_named or table_may_give(reader, subject, info):
        return result_of(reader, item.column, info, kind, Confidence.MEDIUM, msg("column of {about}", about=item.about))
    if kind.gdpr_class != "national-id":
        # a special category only from the table's other columns: a review prompt, never PN202
        return result_of(reader, item.column, info, kind, Confidence.LOW, msg("column of {about}; nothing in the column itself names it", about=item.about))
    return None


def counter_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """A count of a person's own actions in their row: 'posts', 'num_logins', 'warning_count'
    as numbers in a table named for people (labelling policy rule 17). The counted word is a
    table subject of user content or activity in the catalog ('post', 'login', 'visit')."""
    column, tokens, info = item.column, item.tokens, item.info
    if column.type_family != "number" or not info.named_for_people or not tokens or is_key(tokens):
        return None
    counted = [t for t in tokens if t not in COUNT_WORDS]
    if not counted or len(counted) > 1 or len(counted) == len(tokens) and not counted[0].endswith("s"):
        return None  # 'posts' counts; 'post' alone is no count
    kind = reader.vocabulary.subject_of.get(counted[0]) or reader.vocabulary.subject_of.get(singular(counted[0]))
    if kind not in ("activity-log", "user-content"):
        return None
    return result_of(reader, column, info, reader.catalog.kinds["activity-log"], Confidence.MEDIUM,
                        msg("'{column}' counts the person's '{counted}' in table '{table}' about people", column=column.name, counted=counted[0], table=info.name))
