"""Pass 1-3 on a column name: its tokens against the vocabulary, with segmentation, plurals,
Finnish/Swedish inflection and an owner prefix read off; roles and organisation words."""
from __future__ import annotations

from dataclasses import replace

from ..i18n import listed, msg
from ..catalog import Kind
from ..model import Column
from .reader import Reader
from .records import NameFacts, STRENGTH_ORDER, TableInfo
from .tokens import segment, tokenize
from .vocabulary import Match
from .words import ADDRESS_KINDS, NUMBER_TIMES, is_key, last_position, singular


def facts_of(reader: Reader, column: Column) -> NameFacts:
    """The name facts of a column (cached by tokens and type family)."""
    return facts_for(reader, tokenize(column.name), column.type_family)


def facts_for(reader: Reader, tokens: tuple[str, ...], family: str) -> NameFacts:
    """Passes 1-3 on a name: the vocabulary's matches, then, if none, the name read as a catalog
    word's inflection, a 'last_X' activity term, an English plural or a run-together name."""
    cache_key = (tokens, family)
    facts = reader.facts_cache.get(cache_key)
    if facts is not None:
        return facts
    facts = match_terms(reader, tokens, family)
    if not facts.candidates and not facts.vetoes and family != "boolean":
        # pass 3 on the catalog's own Finnish/Swedish words: 'palautteen' is 'palaute'
        # (not for a flag: 'perintaan' true/false says a step was taken, labelling policy 9)
        base = tuple(catalog_word(reader, t) or t for t in tokens)
        if base != tokens:
            again = match_terms(reader, base, family)
            if again.candidates:
                again.segmented = listed([msg("'{token}' read as '{base}'", token=t, base=b) for t, b in zip(tokens, base) if t != b])
                facts = again
    if not facts.candidates and len(tokens) >= 3 and tokens[0] == "last" and tokens[-1] in reader.last_heads:
        # 'last_strong_login', 'last_forum_visit': the catalog's 'last_login', 'last_visit'
        # with a qualifier between (labelling policy rule 17)
        again = match_terms(reader, ("last", tokens[-1]), family)
        if again.candidates:
            facts = replace(again, tokens=tokens, segmented=msg("'{token}' read as '{base}'", token="_".join(tokens), base="last_" + tokens[-1]))
    if not facts.candidates and not facts.vetoes:
        # an English plural of a catalog word: 'nationalities', 'addresses', 'phones'
        single = tuple(singular(t) if (t,) not in reader.vocabulary.exact else t for t in tokens)
        if single != tokens:
            again = match_terms(reader, single, family)
            if again.candidates:
                again.segmented = listed([msg("'{token}' read as '{base}'", token=t, base=b) for t, b in zip(tokens, single) if t != b])
                facts = again
    if not facts.candidates and any(word_inside(reader, t) or t.endswith(tuple(reader.short_words)) for t in tokens):
        split = tuple(part for token in tokens for part in segment(token, reader.short_words))
        if split != tokens:
            again = match_terms(reader, split, family)
            flag = any(t in reader.vocabulary.record_tokens for t in split)
            # weak words too ('preferredname', 'lastvisit'): the table's context and the
            # guard rails judge them as they judge the same words written apart
            if not flag and again.candidates:
                names = ", ".join(f"'{t}'" for t in tokens if len(segment(t, reader.short_words)) > 1)
                again.segmented = msg("{tokens} read as '{parts}'", tokens=names, parts=" ".join(split))
                facts = again
    if len(reader.facts_cache) < 100_000:
        reader.facts_cache[cache_key] = facts
    return facts


def match_terms(reader: Reader, tokens: tuple[str, ...], family: str) -> NameFacts:
    """The vocabulary's candidates for the tokens, ranked; excluded tokens and type vetoes recorded."""
    candidates: list[tuple[tuple, Match, Kind]] = []
    vetoes: list[str] = []
    vetoed: set[str] = set()
    for match in reader.vocabulary.matches(tokens):
        kind = reader.catalog.kinds[match.term.kind]
        excluded = reader.vocabulary.excludes.get(kind.id, frozenset()).intersection(tokens)
        if excluded:
            vetoes.append(msg("token '{token}' excludes {kind}", token=sorted(excluded)[0], kind=kind.id))
            vetoed.add(kind.id)
            continue
        unix_time = family == "number" and kind.id in NUMBER_TIMES and match.term.strength == "strong" and match.term.lang != "abbr"
        if kind.types and family not in ("unknown", "other") and family not in kind.types and not unix_time:
            vetoes.append(msg("type {family} excludes {kind}", family=family, kind=kind.id))
            vetoed.add(kind.id)
            continue
        # among weak words the head of the name wins, the last word in English ('recipient_name' is a name)
        head = last_position(tokens, match.token) if match.term.strength == "weak" else 0
        rank = (STRENGTH_ORDER[match.term.strength], kind.is_special, head, match.length)
        candidates.append((rank, match, kind))
    return NameFacts(tokens, candidates, list(dict.fromkeys(vetoes)), frozenset(vetoed))


def catalog_word(reader: Reader, token: str) -> str | None:
    """The catalog's Finnish or Swedish word a token inflects, if it is not a word itself."""
    if (token,) in reader.vocabulary.exact or len(token) < 5 or is_key((token,)):
        return None  # 'henkiloid' is a key, not an inflected 'henkilooid'
    found = reader.catalog_words.find(token, compounds=False, stems=False)  # the evened word is enough here
    return found[0] if found else None


def word_inside(reader: Reader, token: str) -> bool:
    """Whether a catalog word is part of a longer token ('contactphone' holds 'phone')."""
    found = reader.has_inner.get(token)
    if found is None:
        inner = reader.inner
        found = any(token[i:i + size] in inner for size in reader.inner_lengths if size < len(token)
                    for i in range(len(token) - size + 1))
        reader.has_inner[token] = found
    return found


def role_word(reader: Reader, tokens: tuple[str, ...]) -> str | None:
    """The first token naming a person or a person's role ('soittajan', 'reviewer'), if any."""
    if tokens in reader.roles_seen:
        return reader.roles_seen[tokens]
    found = next((t for t in tokens if reader.roles.role(t, reader.person_word)), None)
    if len(reader.roles_seen) < 50_000:
        reader.roles_seen[tokens] = found
    return found


def organisation_word(reader: Reader, tokens: tuple[str, ...]) -> str | None:
    """An organisation word in a column name ('subscriber_employer_city'), not inside an address term."""
    voc = reader.vocabulary
    for token in tokens:
        word = voc.organisation_words.find(token)
        if word and not any(e.kind in ADDRESS_KINDS for e in voc.exact.get((token,), ())):
            return word
    return None


def notice_term(reader: Reader, tokens: tuple[str, ...]) -> tuple[str, str, str, str] | None:
    """The notice's word (word, category, label, section) a token names, if any."""
    for token in tokens:
        found = reader.notice.find(token)
        if found:
            return found[1]
    return None


def owner_prefix(reader: Reader, facts: NameFacts, column: Column, info: TableInfo) -> NameFacts:
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
    if all(is_key((t,)) for t in rest_tokens):
        return facts  # 'kielisyys_id' is the prefix's own code, not an owner's key
    repeats_table = any(t == prefix or (len(prefix) >= 3 and t.startswith(prefix)) for t in info.tokens)
    if not repeats_table and prefix not in reader.vocabulary.person_words.words:
        return facts
    if len(on_prefix) < len(facts.candidates):
        # 'user_pass': the rest's own word is the value, the prefix only the owner
        return replace(facts, candidates=[c for c in facts.candidates if c[1].token != prefix])
    rest = facts_for(reader, rest_tokens, column.type_family)
    voc = reader.vocabulary
    if not repeats_table and not rest.candidates and not (
            rest_tokens in voc.record_names or any(t in voc.record_tokens for t in rest_tokens)):
        return facts  # 'vastuuhenkilo_vara' (the deputy responsible person) stays a person
    note = msg("'{prefix}' says whose the column is", prefix=prefix)
    return replace(rest, tokens=tokens, segmented=msg("{first}; {rest}", first=note, rest=rest.segmented) if rest.segmented else note)
