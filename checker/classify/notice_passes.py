"""Passes 8-9, the notice's own words: a column or table named as a notice category, the
notice's example phrases on table + column, and a low guess the notice confirms."""
from __future__ import annotations

from dataclasses import replace

from ..i18n import msg
from ..model import Classification, Column, Confidence
from .names import facts_of, notice_term, organisation_word
from .reader import Reader
from .records import ColumnInput, TableInfo
from .results import admits


def notice_result(reader: Reader, column: Column, info: TableInfo, term: tuple[str, str, str, str], where: str) -> Classification | None:
    """The notice category's first kind the column's type admits, with a reason quoting the notice."""
    word, category, label, section = term
    for kind_id in reader.policy.categories.get(category, ()):
        kind = reader.catalog.kinds.get(kind_id)
        if kind is None or not admits(reader, kind, column):
            continue
        if where != "column" and (kind.is_special or kind.gdpr_class == "national-id"):
            return None  # guard: never from table context alone
        quote = label if len(label) <= 80 else label[:77] + "..."
        reason = msg("{where} matches the notice's word '{word}' of category '{category}' ('{quote}', section {section})", where=where, word=word, category=category, quote=quote, section=section)
        return Classification(column, kind.id, category, Confidence.MEDIUM, reason, "vocabulary")
    return None


def notice_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """Pass 8 on the column: 'mittauslukema' is the notice's 'mittausdata' (metering data)."""
    if item.keeping is not None:
        return None
    term = notice_term(reader, item.tokens)
    return notice_result(reader, item.column, item.info, term, msg("column '{column}'", column=item.column.name)) if term else None


def notice_table_pass(reader: Reader, item: ColumnInput) -> Classification | None:
    """Pass 9, tables that are categories: a column of table 'puhelutallenteet' is a call recording."""
    column, info = item.column, item.info
    if item.keeping is not None or info.notice is None or organisation_word(reader, item.tokens):
        return None
    if info.context == "non-person" or column.type_family in ("boolean", "date"):
        return None
    return notice_result(reader, column, info, info.notice, msg("column of table '{table}', which", table=info.name))


def notice_phrase_pass(reader: Reader, column: Column, info: TableInfo) -> Classification | None:
    """Pass 8 on table and column together: the notice's example 'kiinteistön nimi' names
    'kiinteisto.nimi' (the table word inflected, the column word as written)."""
    tokens = facts_of(reader, column).tokens
    if not reader.policy.phrases or not tokens:
        return None
    for (owner, word), category, label, section in reader.policy.phrases:
        if tokens[-1] != word or not any(same_word(reader, t, owner) for t in info.tokens):
            continue
        kinds = [reader.catalog.kinds[k] for k in reader.policy.categories.get(category, ()) if k in reader.catalog.kinds]
        kinds = [k for k in kinds if admits(reader, k, column) and not k.is_special and k.gdpr_class != "national-id"]
        if not kinds:
            continue
        named = [k for k in kinds if not k.id.endswith("-id")] or kinds  # a name is not an identifier kind
        quote = label if len(label) <= 80 else label[:77] + "..."
        reason = msg("the notice names '{owner} {word}' in category '{category}' ('{quote}', section {section})", owner=owner, word=word, category=category, quote=quote, section=section)
        return Classification(column, named[0].id, category, Confidence.MEDIUM, reason, "vocabulary")
    return None


def same_word(reader: Reader, token: str, word: str) -> bool:
    """Whether a table token is the notice's owner word, also inflected ('kiinteiston' is 'kiinteisto')."""
    if token == word:
        return True
    found = reader.phrase_owners.find(token, compounds=False)
    return found is not None and found[0] == word


def notice_confirms(reader: Reader, column: Column, info: TableInfo, guess: Classification) -> Classification | None:
    """A low guess ('valmistusvuosi' in a neutral table) that the notice itself lists as an
    example of a category covering that kind becomes medium."""
    if guess.kind is None or guess.confidence is None:
        return None
    tokens = facts_of(reader, column).tokens
    for word, category, label, section in reader.policy.terms:
        if word in tokens and guess.kind in reader.policy.categories.get(category, ()):
            quote = label if len(label) <= 80 else label[:77] + "..."
            reason = msg("{reason}; the notice lists '{word}' in category '{category}' ('{quote}', section {section})", reason=guess.reason, word=word, category=category, quote=quote, section=section)
            return replace(guess, category=category, confidence=Confidence.MEDIUM, reason=reason)
    if info.notice is not None and guess.kind in reader.policy.categories.get(info.notice[1], ()):
        word, category, label, section = info.notice
        reason = msg("{reason}; table '{table}' matches the notice's word '{word}' of category '{category}' (section {section})", reason=guess.reason, table=info.name, word=word, category=category, section=section)
        return replace(guess, category=category, confidence=Confidence.MEDIUM, reason=reason)
    return None
