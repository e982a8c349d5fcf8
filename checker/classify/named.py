"""A column whose own name names a kind: the table's context and the guard rails decide how
far to trust it (record keeping, organisations, ambiguous places, things of a person, special
categories only with evidence in the column or the table's own name)."""
from __future__ import annotations

from ..i18n import joined, msg
from ..model import Classification, Confidence
from .keys import audit_name, key_not_data, record_keeping
from .names import organisation_word, role_word
from .reader import Reader
from .records import CONFIDENCE, ColumnInput
from .results import result_of, table_may_give, term_reason
from .tables import thing_of_a_person
from .vocabulary import Match
from .words import ADDRESS_KINDS, AMBIGUOUS_PLACES, CONTACT_KINDS, CONTENT_KINDS, KEY_TOKENS, NAMING_WORDS, ROW_OF_PERSON_KINDS, is_key, singular


def named_column(reader: Reader, item: ColumnInput) -> Classification:
    """Judge a column whose own name has a term: the first rule below that applies decides."""
    column, info, facts, tokens = item.column, item.info, item.facts, item.tokens
    voc = reader.vocabulary
    table, subject, record, about = info.name, info.subject, item.record, item.about
    _, match, kind = facts.best
    keyed = key_not_data(reader, item, match)
    if keyed is not None:
        return keyed
    term = match.term
    confidence = CONFIDENCE[term.strength]
    reason = term_reason(facts, match, kind)
    vetoes = msg(" ({vetoes})", vetoes=joined(facts.vetoes)) if facts.vetoes else ""
    person_column = voc.person_words.any(tokens) or role_word(reader, tokens)  # contact_title, subscriber_state, owner_email

    if (column.name in info.keys and tokens[-1] in KEY_TOKENS and (match.token in voc.subject_of or (term.strength == "weak" and match.token.split("_")[-1] != tokens[-1]))
            and record_keeping(reader, column, tokens, info) == "a key"):
        # 'prescription_id' names another record of the schema (a table-subject word), not a value
        # about the person; 'kayttopaikka_id' (an identifier kind's own term) stays a value
        return Classification(column, None, None, None, msg("{reason}, but the column is a key to another record{vetoes}", reason=reason, vetoes=vetoes), "none")

    if (len(tokens) >= 2 and tokens[-1] in KEY_TOKENS and column.type_family in ("number", "uuid")
            and tokens[:-1] == info.tokens):
        # 'mittauslukema.mittauslukema_id': the row's own number, whatever the table's name holds
        return Classification(column, None, None, None, msg("{reason}, but the column is {keeping}{vetoes}", reason=reason, keeping=msg("the table's own key"), vetoes=vetoes), "none")

    organisation = organisation_word(reader, tokens)
    if organisation and (kind.id in ADDRESS_KINDS or facts.vetoed_kinds & ADDRESS_KINDS):
        return Classification(column, None, None, None, msg("address of an organisation ('{organisation}'){vetoes}", organisation=organisation, vetoes=vetoes), "none")
    if column.name == info.organisation_record:
        return Classification(column, None, None, None, msg("{reason}, but it names the organisation whose record table '{table}' is", reason=reason, table=table), "none")

    holder = person_at_the_head(reader, item, match)
    if holder is not None:
        return holder
    thing = name_of_a_thing(reader, item, match)
    if thing is not None:
        return thing

    if record and term.strength == "weak" and kind.id != subject and not person_column:
        matched = set(match.token.split("_"))
        rest = tuple(t for t in tokens if t not in matched)
        if info.context == "person":
            keeping = None  # weak words count in a table about people anyway
        elif is_key(tokens) or column.name in info.keys:
            keeping = msg("a key")  # 'external_id' of a clinical record: the id in another system
        else:
            keeping = record_keeping(reader, column, rest, info) if rest else None
        if keeping is not None and audit_name(column, tokens):
            return result_of(reader, column, info, reader.catalog.kinds["username"], Confidence.MEDIUM,
                                msg("'{column}' names who {verb} the row (labelling policy rule 8)", column=column.name, verb=tokens[0]))
        if keeping is not None:  # 'usage_category_title': about a code, not about the person
            return Classification(column, None, None, None, msg("{reason}, but the column is {keeping}{vetoes}", reason=reason, keeping=keeping, vetoes=vetoes), "none")
        # notes in a person's record of a special category are that category (clinical
        # notes are health data), and the record's bare 'name' names the K
        special_notes = kind.id in ("free-text", "user-content") and reader.catalog.kinds[subject].is_special
        if special_notes or (len(tokens) == 1 and tokens[0] in NAMING_WORDS and info.context != "person"):
            what = msg("free text") if kind.id == "free-text" else msg("the name")
            return result_of(reader, column, info, reader.catalog.kinds[subject], Confidence.MEDIUM, msg("{reason}: {what} in {about}", reason=reason, what=what, about=about))

    if info.organisation_record and kind.id in CONTACT_KINDS and not person_column:
        reason = msg("{reason}, but table '{table}' is an organisation's record ('{record}')", reason=reason, table=table, record=info.organisation_record)
        return result_of(reader, column, info, kind, Confidence.LOW, msg("{reason}{vetoes}", reason=reason, vetoes=vetoes))

    if kind.id == subject and info.context != "non-person":
        where = msg(", in {about}", about=about)
        personal = True
    elif info.context == "person" or person_column:
        where = msg(", in table '{table}' about people", table=table) if info.context == "person" else msg(", a column about a person ('{word}')", word=person_column)
        personal = True
    elif info.contact_person and (kind.id in CONTACT_KINDS or kind.id == "free-text"):
        where = msg(", of the person named in '{column}'", column=info.contact_person)
        personal = True
    elif record and info.context != "organisation":
        where = msg(", in {about}", about=about)
        personal = True
    elif (info.link is not None and info.context == "neutral" and not any(t in voc.record_tokens for t in tokens)
          and (kind.id in CONTENT_KINDS or (kind.id in ROW_OF_PERSON_KINDS and len(tokens) >= 2 and not info.linked_by_value
                                              and not info.linked_to_organisation and not facts.vetoes and not is_key(tokens)))):
        # ... and the name and address written into their row ('orders.delivery_name': a
        # qualified name, not the bare 'name' of the row's own thing)
        # what a person writes or does in a row tied to them ('messages.body' by 'from_user_id')
        where = msg(", in table '{table}' linked to a person by {link}", table=table, link=info.link)
        personal = True
    else:
        where, personal = "", False

    if (personal and term.strength == "weak" and kind.id == "postal-address" and match.token in AMBIGUOUS_PLACES
            and not info.named_for_people and not info.has_address and not person_column):
        # 'sales_order.state' in a table about people only by its identity columns: the
        # order's state, unless an address column says the row holds an address
        return result_of(reader, column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' holds no address to be part of{vetoes}", reason=reason, table=table, vetoes=vetoes))
    if (personal and term.strength == "weak" and info.context == "person" and not record
            and len(tokens) == 1 and tokens[0] in NAMING_WORDS and thing_of_a_person(reader, info)):
        # 'user_flag.name', 'userprop.name': the name of the person's flag or property
        return result_of(reader, column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' holds things of a person ('{thing}'), and the bare name is the thing's{vetoes}", reason=reason, table=table, thing=info.tokens[-1], vetoes=vetoes))
    excluded_context = info.context in ("non-person", "organisation")
    if (personal and term.strength == "weak" and kind.is_special and kind.id != subject
            and not info.named_for_people and not person_column):
        # guard: an ambiguous word ('weight', 'height', 'oid') in another kind's record (an
        # invoice, an order) is not a special category: only a review prompt
        return result_of(reader, column, info, kind, Confidence.LOW, msg("{reason}, but table '{table}' is a record of something else{vetoes}", reason=reason, table=table, vetoes=vetoes))
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
    return result_of(reader, column, info, kind, confidence, msg("{reason}{vetoes}", reason=reason, vetoes=vetoes) if vetoes else reason)


def name_of_a_thing(reader: Reader, item: ColumnInput, match: Match) -> Classification | None:
    """A generic 'name' or 'title' qualified by a word for a thing names that thing, not a
    person: 'img_name' is the photo's (the qualifier's own kind), and in a person's
    sub-record whose subject is K ('student_medical_alerts.alert_title') the qualifier repeating
    the table's own thing word names the row's K (labelling policy 1: the kind says what the
    value is).
    A qualifier that is a person word or role ('contact_name', 'owner_name') keeps the name."""
    column, info, facts, tokens = item.column, item.info, item.facts, item.tokens
    if match.term.strength != "weak" or match.token not in NAMING_WORDS or tokens[-1] != match.token:
        return None
    # a person word the table's name repeats only says whose the row is ('staff_' in 'staff_certification')
    qualifier = tuple(t for t in tokens[:-1] if not (t in info.tokens and reader.person_word(t)))
    if not qualifier or any(reader.person_word(t) or role_word(reader, (t,)) for t in qualifier):
        return None
    # a qualifier of a contact kind names whom the row is sent to ('recipient_name'): a person
    before = [c for c in facts.candidates if c[1].token in qualifier and c[2].id not in ROW_OF_PERSON_KINDS]
    if before:
        _, own, kind = max(before, key=lambda c: c[0])
        if not kind.is_special and kind.gdpr_class != "national-id":
            reason = msg("'{column}' names a thing of the person ('{token}' = {kind}), not the person", column=column.name, token=own.token, kind=kind.id)
            return result_of(reader, column, info, kind, Confidence.MEDIUM, reason)
        return None
    things = {singular(t) for t in info.tokens if not reader.person_word(t) and not role_word(reader, (t,))}
    repeated = [t for t in qualifier if singular(t) in things]
    if info.context != "person" or len(repeated) < len(qualifier) or all(singular(t) in things for t in info.tokens):
        return None
    subject = info.subject
    if subject is not None and subject not in ROW_OF_PERSON_KINDS and table_may_give(reader, subject, info):
        reason = msg("'{column}' names the row's '{word}', in {about}", column=column.name, word=repeated[-1], about=item.about)
        return result_of(reader, column, info, reader.catalog.kinds[subject], Confidence.MEDIUM, reason)
    return None  # the thing's kind is unknown: the generic word's reading stands


def person_at_the_head(reader: Reader, item: ColumnInput, match: Match) -> Classification | None:
    """A person word or role at the head of a text name says whom the value is: 'cc_owner' is the
    card owner (their name), not the generic 'cc' before it; English names put the head last
    (the rule that makes 'recipient_name' a name)."""
    column, info, tokens = item.column, item.info, item.tokens
    if match.term.strength != "weak" or column.type_family != "text" or len(tokens) < 2:
        return None
    head = tokens[-1]
    if match.token.split("_")[-1] == head or info.context in ("non-person", "organisation"):
        return None
    if reader.person_word(head) or reader.people.find(head):
        reason = msg("'{head}' at the head of '{column}' names a person: as text it holds the person's name, not the generic '{token}' before it", head=head, column=column.name, token=match.token)
        return result_of(reader, column, info, reader.catalog.kinds["person-name"], Confidence.MEDIUM, reason)
    return None
