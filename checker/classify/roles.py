"""Pass 5, people in roles: a column named for a person's role in the row holds that person.

A *role word* is either a word of the catalog's ``person_context`` lexicon (customer,
asiakas, kund; also inflected: ``asiakkaan``, ``omistajan``) or an agent noun by its form:

- Finnish ``-ja``/``-jä`` agent nouns and their genitive ``-jan``/``-jän`` (``omistaja``,
  ``soittajan``, ``ilmoittaja``, ``muokkaaja``, ``poistaja``), five letters before the ending;
- Swedish ``-are`` and ``-ande``/``-ende`` (``ägare``, ``köpare``, ``sökande``);
- English ``-er``/``-or``/``-ee``/``-ant``/``-ian`` (``owner``, ``caller``, ``sender``,
  ``creator``, ``reviewer``, ``applicant``, ``guardian``, ``invitee``), minus the catalog's
  ``not_roles`` words, which are agent-noun shaped but name things (``server``, ``number``,
  ``folder``, ``parameter``).

Organisation words (``supplier``, ``valmistaja``) are never roles of a person. What a role
column holds follows from the other tokens (see ``role_kind``): the role alone or with a
name word is the person's name (a text column) or user name; with an e-mail, phone or
address word it is that contact kind; with a key word it is a key to the person (not
personal data by itself, see the README on keys).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

from .tokens import is_english_word

_FI = ("ja", "jan", "jat")
_SV = ("are", "ande", "ende", "arens", "aren")
_EN = ("er", "or", "ee", "ant", "ian", "ers", "ors", "ees", "ants", "ians")
_MIN_BASE = 3


def agent_noun(token: str, not_roles: frozenset[str], is_word: Callable[[str], bool] | None = None) -> bool:
    """Whether a folded token has the form of an agent noun (a person doing something).

    With ``is_word`` (an English lexicon), an English agent noun must be made from a word:
    'owner' from 'own', 'creator' from 'create', 'shopper' from 'shop', 'applicant' from
    'apply'; 'encounter' ('encount') and 'parameter' ('paramet') are not.
    """
    if token in not_roles or len(token) < 5:
        return False
    for ending in _FI:
        if token.endswith(ending) and len(token) - len(ending) >= 4 and token[-len(ending) - 1] in "aeiouy":
            return True  # omista-ja, soitta-jan, haki-ja: a verb stem ending in a vowel before -ja
    for ending in _SV + _EN:
        if token.endswith(ending) and len(token) - len(ending) >= (2 if ending in _SV else _MIN_BASE):
            base = token[: -len(ending)]
            if ending in ("er", "ers") and base.endswith(("e", "i")):
                continue  # 'user' is listed; 'tier', 'carrier' are not agent nouns by this rule
            if ending in _EN and is_word is not None and not _from_a_word(base, is_word):
                continue
            return True
    return False


def _from_a_word(base: str, is_word: Callable[[str], bool]) -> bool:
    candidates = (base, base + "e", base[:-1], base[:-1] + "y")
    return any(len(c) >= _MIN_BASE and is_word(c) for c in candidates)


class Roles:
    """Role words: a lexicon plus agent-noun morphology, less organisation and thing words."""

    def __init__(self, lexicon: Iterable[str], not_roles: Iterable[str], organisations: Iterable[str]) -> None:
        self.lexicon = frozenset(lexicon)
        self.not_roles = frozenset(not_roles) | frozenset(organisations)

    def role(self, token: str, person_lexicon_find) -> str | None:
        """The role word a token names, or None. ``person_lexicon_find`` reads inflected lexicon words."""
        if token in self.not_roles:
            return None
        if token in self.lexicon:
            return token
        if agent_noun(token, self.not_roles, is_english_word):
            return token
        found = person_lexicon_find(token)
        return found if found and found not in self.not_roles else None
