"""The fixed word lists and small word helpers every pass shares (pure, no state)."""
from __future__ import annotations

import re


SUBJECT_FROM_COLUMNS = 2  # special-category columns of one kind that make a table about it

CONTACT_KINDS = frozenset({"postal-address", "postal-code", "phone", "email"})
ADDRESS_KINDS = frozenset({"postal-address", "postal-code"})
LINKING_KINDS = frozenset({"email", "national-id"})  # a row holding one is about that person
# the generic name of a record: in a person's record whose subject is K it names the K
# (employer_data.name is the employer, lists.title the diagnosis)
NAMING_WORDS = frozenset({"name", "names", "title", "nimi", "nimet", "nimike", "otsikko", "namn", "titel", "rubrik"})
# a comment on a code column describes its values, not the column ('Enumeraatio ... MATKAPUHELINNUMERO')
CODE_TOKENS = frozenset({"type", "tyyppi", "typ", "status", "tila", "code", "koodi", "kod", "enum"})
IDENTITY_KINDS = frozenset({"person-name", "national-id", "birth-date"})
# the value column of a table named after a kind ('eidastunniste.tunniste'): evidence in the column
VALUE_WORDS = frozenset({"tunniste", "tunnus", "identifier", "value", "arvo", "number", "numero", "varde", "nummer"})
# kinds a weak word gives in any row tied to a person: their own writing, activity and credentials
CONTENT_KINDS = frozenset({"free-text", "user-content", "activity-log", "password", "credential", "language"})
NUMBER_WORDS = frozenset({"number", "no", "nr", "num", "numero", "nro", "nummer"})
# kinds whose strong terms MySQL applications also store in an integer: a time as a Unix
# time ('user_lastvisit int(11)'), an IPv4 address as INET_ATON's number ('ip_address
# bigint'): the number type does not veto their strong terms
NUMBER_TIMES = frozenset({"activity-log", "ip-address"})
# a text key this long or longer (or of no declared length) can hold a login or handle;
# UUIDs (36), SHA-1 (40) and shorter codes are surrogate keys
HANDLE_SIZE = 64
NOT_HANDLES = frozenset({"client"})  # OAuth 2.0's client_id names an application (RFC 6749, 2.2)
DECLARED_SIZE = re.compile(r"\(\s*(\d+)")
# a person word followed by one of these names the person's own record, not their things
COMMON_ENDINGS = frozenset({"ss", "ed", "er", "es", "ly", "al", "ic", "on", "en", "an"})
LOG_WORDS = frozenset({"log", "logs", "audit", "loki", "lokit", "logg", "loggar", "session", "sessions"})
# place words that also name a state of a thing ('state', 'tila' is not a place word)
AMBIGUOUS_PLACES = frozenset({"state", "region", "country", "county", "district", "province"})
COUNT_WORDS = frozenset({"count", "counts", "num", "number", "of", "total", "cnt", "nr", "no"})
AUDIT_VERBS = frozenset({"created", "modified", "updated", "changed", "deleted", "edited", "approved"})
DIRECTION_WORDS = frozenset({"from", "to", "lahettaja", "vastaanottaja", "fran", "till"})
PERSON_RECORD_WORDS = frozenset(
    "data info information details detail profile profiles record records account accounts master"
    " tiedot tieto tiedosto uppgifter".split()
)
# kinds a weak word gives in a row tied to a person: the person's own name and addresses
# written into it ('orders.delivery_name', 'orders.billing_city' next to 'customer_id')
ROW_OF_PERSON_KINDS = frozenset({"person-name", "postal-address", "postal-code", "phone", "email"})
KEY_TOKENS = frozenset({"id", "uuid", "guid", "pk", "fk"})
REFERENCE_TOKENS = frozenset({"id", "oid", "uuid", "fk", "ref"})
# words ending in 'id' that are not '<something>id' keys
NOT_KEYS = frozenset(
    "valid invalid fluid liquid solid rapid acid hybrid humid vivid lucid timid rigid morbid candid"
    " avoid android covid squid druid pyramid orchid placid lipid thyroid steroid opioid typhoid"
    " fibroid adenoid carotid rheumatoid hemorrhoid paranoid".split()
)



def last_position(tokens: tuple[str, ...], matched: str) -> int:
    """Where a match ends in the name's tokens ('recipient_name': 'name' ends at 2)."""
    last = matched.split("_")[-1]
    return max((i + 1 for i, t in enumerate(tokens) if t == last), default=0)


def singular(word: str) -> str:
    """An English plural's singular ('nationalities' -> 'nationality', 'addresses' -> 'address',
    'phones' -> 'phone'); other words as they are."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def ends_with(tokens: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whether the tokens end with the tail (non-empty)."""
    return bool(tail) and tokens[-len(tail):] == tail


def is_key(tokens: tuple[str, ...]) -> bool:
    """Whether a name ends as a key ('user_id', 'henkiloid', 'file_ids'), not a word ending in 'id' ('valid')."""
    last = tokens[-1]
    if last == "ids" or (len(last) >= 6 and last.endswith("ids") and last[:-1] not in NOT_KEYS):
        return True  # a list of keys ('file_ids', MySQL's folded 'fileids')
    return last in KEY_TOKENS or (len(last) >= 5 and last.endswith(("id", "uuid", "guid")) and last not in NOT_KEYS)
