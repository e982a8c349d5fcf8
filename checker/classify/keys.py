"""Keys, flags and audit columns: what is record keeping, what refers to a person, a person's
key written as text (a handle), an OID of a thing (README: keys that point to a person)."""
from __future__ import annotations

from ..i18n import msg
from ..model import Classification, Column
from .names import facts_for, role_word
from .reader import Reader
from .records import ColumnInput, TableInfo
from .vocabulary import Match
from .words import AUDIT_VERBS, DECLARED_SIZE, DIRECTION_WORDS, HANDLE_SIZE, KEY_TOKENS, NOT_HANDLES, REFERENCE_TOKENS, ends_with, is_key, singular


def record_keeping(reader: Reader, column: Column, tokens: tuple[str, ...], info: TableInfo | None = None) -> str | None:
    """Why a column is a key, flag or audit column (never data about the person), or None."""
    voc = reader.vocabulary
    if column.type_family == "boolean":
        return msg("a flag")
    if not tokens:
        return msg("a key")
    if tokens[-1] == "by" and column.type_family in ("number", "uuid"):
        return msg("a key")  # 'prescribed_by', 'graded_by' as numbers point to a user (labelling policy 8)
    if info is not None and column.type_family == "number" and ends_with(info.tokens, tokens):
        return msg("the table's own key")  # 'form_encounter.encounter': the row's number
    if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid", "text"):
        return msg("a key")  # 'id_google_calendar': the id_X convention
    if is_key(tokens) or (info is not None and column.name in info.keys):
        # a coded value ('loan_status_id', 'list_option_id') is data, another record's key is not
        if info is not None and tokens[-1] in KEY_TOKENS and ends_with(info.tokens, tokens[:-1]):
            return msg("the table's own key")  # 'procedure_result.procedure_result_id'
        if len(tokens) < 2 or not any(voc.coded_words.find(t) for t in tokens[:-1]):
            return msg("a key")
        return None  # a coded value: 'loan_status_id' is data although 'status' alone is workflow
    if tokens in voc.record_names or any(t in voc.record_tokens for t in tokens):
        return msg("record keeping")
    if refers_to_person(reader, column, tokens):
        return msg("a reference to a person")
    return None


def refers_to_person(reader: Reader, column: Column, tokens: tuple[str, ...]) -> bool:
    """Whether a column is a key to a person ('customer_id', 'author_id', 'id_customer', 'henkiloid')."""
    if not tokens or column.type_family in ("boolean", "date", "json", "binary"):
        return False
    voc = reader.vocabulary
    if tokens in voc.person_references:
        return True
    last = tokens[-1]
    if len(tokens) >= 2 and last in REFERENCE_TOKENS:
        # 'customer_id', and a role's key: 'author_id', 'creator_id', 'from_user_id'
        return tokens[-2] in voc.person_words.words or reader.roles.role(tokens[-2], reader.person_word) is not None
    if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid"):
        # the 'id_customer' convention of some MySQL applications
        return last in voc.person_words.words
    if len(tokens) == 1:
        for suffix in ("id", "oid"):
            if last.endswith(suffix) and last[: -len(suffix)] in voc.person_words.words:
                return True
        return last in voc.person_words.words and column.type_family == "number"
    return False


def names_a_person(reader: Reader, column: Column, tokens: tuple[str, ...]) -> bool:
    """A text column naming who a message is from or to ('from_user', 'to_user'), or a lone
    role noun naming who reported, applied or sent ('ilmoittaja', 'sender'): the row is
    theirs, as with a key ('from_user_id'). Not an audit column ('muutettu_kayttaja',
    'creator' say who edited or made a row, not whose it is), not a plural of a thing
    ('headers')."""
    if column.type_family != "text":
        return False
    if len(tokens) == 1 and tokens[0] not in reader.vocabulary.person_words.words:
        # a lone role noun naming who reported or applied ('ilmoittaja', 'applicant'); not
        # an audit user's catalog term ('muokkaaja', 'kasittelija' edit a row, not own it)
        word = tokens[0]
        best = facts_for(reader, tokens, "text").best
        if best is not None and best[2].id == "username":
            return False
        if word != singular(word) and reader.roles.role(singular(word), reader.person_word) is None:
            return False  # 'headers' is no role when 'header' is none
        # who created or modified a row keeps records, not owns the row ('creator': 'created')
        stem = word[:-2] if word.endswith(("or", "er")) else word
        if any(t.startswith(stem) for t in reader.vocabulary.record_tokens if len(stem) >= 4):
            return False
        return reader.roles.role(word, reader.person_word) is not None
    if len(tokens) != 2 or tokens[0] not in DIRECTION_WORDS:
        return False
    last = tokens[-1]
    return last in reader.vocabulary.person_words.words or reader.roles.role(last, reader.person_word) is not None


def referenced_table(column: Column, tokens: tuple[str, ...]) -> str | None:
    """The table name a column seems to refer to ('lasku_id' -> 'lasku'), if any."""
    if not tokens or column.type_family in ("boolean", "date", "json", "binary"):
        return None
    if len(tokens) >= 2 and tokens[-1] in REFERENCE_TOKENS:
        return "_".join(tokens[:-1])
    if len(tokens) >= 2 and tokens[0] == "id" and column.type_family in ("number", "uuid"):
        return "_".join(tokens[1:])  # 'id_customer'
    if column.type_family == "number":
        return "_".join(tokens)
    return None


def audit_name(column: Column, tokens: tuple[str, ...]) -> bool:
    """'modified_name', 'created_name' as text: the name of the user who edited the row."""
    return column.type_family == "text" and len(tokens) == 2 and tokens[0] in AUDIT_VERBS and tokens[1] in ("name", "user")


def text_handle(reader: Reader, column: Column, tokens: tuple[str, ...]) -> str | None:
    """Pass 5 on a person's key written as text: 'sender_id VARCHAR(128)', 'user_id TEXT'
    (a Matrix '@alice:server') hold the person's login or handle, which is a user name
    (labelling policy rules 18-19); a text key no longer than a UUID or a hash
    ('user_id VARCHAR(40)') is a surrogate key like a number. The reason, if so."""
    if column.type_family != "text" or not column.sql_type or len(tokens) < 2 or tokens[-1] != "id":
        return None  # no declared type (a column list from elsewhere): nothing says it is long
    owner = tokens[-2]
    if owner in NOT_HANDLES or not (owner in reader.vocabulary.person_words.words or role_word(reader, (owner,))):
        return None
    size = DECLARED_SIZE.search(column.sql_type)
    if size is not None and int(size.group(1)) < HANDLE_SIZE:
        return None
    return msg("'{column}' names a person ('{owner}') as {type}, too long for a surrogate key: it holds their login or handle",
            column=column.name, owner=owner, type=column.sql_type)


def key_not_data(reader: Reader, item: ColumnInput, match: Match) -> Classification | None:
    """Guard: an OID of a thing, or a key to a person, is not data of its own (README: keys)."""
    column, info, tokens = item.column, item.info, item.tokens
    oid_of = oid_of_a_thing(reader, match, tokens, info)
    if oid_of:
        return Classification(column, None, None, None, msg("'{column}' is the OID of {thing}, not of a person", column=column.name, thing=oid_of), "none")
    if column.name in info.person_keys:
        return Classification(column, None, None, None, msg("a key to table '{table}' (a person): the row's link to them, not data of its own", table=info.person_keys[column.name]), "none")
    if (match.term.strength == "weak" and len(tokens) >= 2 and tokens[-1] in KEY_TOKENS
            and (reader.person_word(tokens[-2]) or role_word(reader, (tokens[-2],)))):
        # 'user_id', 'sender_id' of any type
        return Classification(column, None, None, None, msg("'{column}' is a key to a person: the row's link to them, not data of its own", column=column.name), "none")
    return None


def oid_of_a_thing(reader: Reader, match: Match, tokens: tuple[str, ...], info: TableInfo) -> str | None:
    """Guard: 'hakukohde_oid' is the OID of an application target; only a person's OID
    ('henkilo_oid', 'oppija_oid', a bare 'oid' in a table named for people) is a national id."""
    if match.term.strength != "weak" or match.token != "oid" or tokens[-1] != "oid":
        return None
    if len(tokens) >= 2:
        owner = tokens[-2]
        return None if reader.person_word(owner) or role_word(reader, (owner,)) else msg("a '{owner}'", owner=owner)
    if any(t in reader.vocabulary.person_words.words or reader.person_word(t) for t in info.tokens):
        return None
    return msg("a row of table '{table}'", table=info.name)
