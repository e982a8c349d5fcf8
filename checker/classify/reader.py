"""The classifier's shared state: the catalog's vocabulary, the notice's words, lexicons and caches.

Every pass module reads it through a ``Reader`` (the ``Classifier`` is one); nothing in it
changes after construction except the caches.
"""
from __future__ import annotations

from ..catalog import Catalog
from .morphology import Lexicon
from .notice import PolicyView
from .records import NameFacts
from .roles import Roles
from .vocabulary import Vocabulary, flat
from .words import COMMON_ENDINGS


class Reader:
    def __init__(self, catalog: Catalog, policy: PolicyView | None = None) -> None:
        self.catalog = catalog
        self.vocabulary = Vocabulary(catalog)
        self.policy = policy or PolicyView({})
        self.facts_cache: dict[tuple[tuple[str, ...], str], NameFacts] = {}  # (tokens, type family) -> facts
        voc = self.vocabulary
        people = flat(catalog.person_context)
        self.people = Lexicon((fold_word, fold_word) for fold_word in voc.person_words.words)
        sections = catalog.sections
        self.roles = Roles(voc.person_words.words, flat(sections.get("not_roles")), voc.organisation_words.words)
        generic = {t.term for entries in voc.exact.values() for t in entries if t.strength == "weak"}
        generic |= voc.record_tokens | {k[0] for k in voc.record_names if len(k) == 1} | set(people)
        # segmentation is tried only on a token with a catalog word inside ('contactphone')
        self.inner = frozenset(k[0] for k in voc.exact if len(k) == 1 and len(k[0]) >= 4)
        self.inner_lengths = sorted({len(w) for w in self.inner})
        self.has_inner: dict[str, bool] = {}
        # what the catalog's 'last_X' activity terms end with ('login', 'visit', 'seen')
        self.last_heads = frozenset(key[1] for key, entries in voc.exact.items()
                                     if len(key) == 2 and key[0] == "last" and any(e.kind == "activity-log" for e in entries))
        # abbreviations a run-together name may end with ('registerip', 'lastip'); not one
        # that ends many English words ('ss': 'access', 'class')
        self.short_words = frozenset(t.term for entries in voc.exact.values() for t in entries
                                      if t.lang == "abbr" and t.term.isalpha() and len(t.term) < 3
                                      and t.term not in COMMON_ENDINGS)
        self.roles_seen: dict[tuple[str, ...], str | None] = {}
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

    def person_word(self, token: str) -> str | None:
        """A person word of the catalog, also inflected ('asiakkaan', 'omistajan')."""
        if token in self.vocabulary.person_words.words:
            return token
        found = self.people.find(token, compounds=False)
        return found[0] if found else None
