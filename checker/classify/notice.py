"""Pass 8, the notice's own words: its categories, their kinds, patterns and wording.

An organisation names its categories in its own language, often the language of its
schema. Every word of a category's label (all languages), including the examples in
parentheses (``kiinteistötiedot (kiinteistötunnus, …, omistaja)``), becomes a *notice
term*: the word, the category, the label it was quoted from and the notice section. The
generic head of a compound label word is cut off (``kieltotiedot`` -> ``kielto``,
``mittausdata`` -> ``mittaus``), so the term names what is specific to the category. Words
shorter than five letters and words that name no category of their own (the catalog's
generic and record-keeping words, people) are filtered out by the classifier.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .tokens import tokenize

# generic heads of Finnish/Swedish/English compound category names ('kieltotiedot', 'mittausdata')
GENERIC_HEADS = ("tiedot", "tieto", "tietoja", "data", "uppgifter", "information", "details", "info")
_MIN_WORD = 5


_CHUNKS = re.compile(r"[(),;/]|\s(?:ja|tai|sekä|och|eller|and|or)\s", re.IGNORECASE)


def example_phrases(label: str) -> list[tuple[str, ...]]:
    """Two-word examples of a label: 'kiinteistötiedot (kiinteistötunnus, kiinteistön nimi)' -> [('kiinteiston', 'nimi')]."""
    out = []
    for chunk in _CHUNKS.split(label):
        tokens = tokenize(chunk)
        if len(tokens) == 2:
            out.append(tokens)
    return out


def notice_words(label: str) -> list[str]:
    """The specific words of a category label: 'suoramarkkinoinnin kieltotiedot' -> ['suoramarkkinoinnin', 'kielto']."""
    out = []
    for token in tokenize(label):
        for head in GENERIC_HEADS:
            if token.endswith(head) and len(token) - len(head) >= _MIN_WORD:
                token = token[: -len(head)]
                break
        if len(token) >= _MIN_WORD and token not in GENERIC_HEADS:
            out.append(token)
    return out


@dataclass(frozen=True)
class PolicyView:
    """What the classifier needs from the policy (kept small to stay pure and testable)."""

    categories: Mapping[str, tuple[str, ...]]  # category id -> kinds, in policy order
    patterns: tuple[tuple[str, str], ...] = ()  # (glob over 'table.column', category id)
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)  # category id -> folded words of its labels
    # (folded word, category id, the label it is quoted from, notice section)
    terms: tuple[tuple[str, str, str, str], ...] = ()
    # (tokens of an example phrase, category id, label, section): 'kiinteistön nimi' -> ('kiinteiston', 'nimi')
    phrases: tuple[tuple[tuple[str, ...], str, str, str], ...] = ()

    @classmethod
    def from_policy(cls, policy) -> "PolicyView":
        categories: dict[str, tuple[str, ...]] = {}
        patterns: list[tuple[str, str]] = []
        words: dict[str, frozenset[str]] = {}
        terms: list[tuple[str, str, str, str]] = []
        phrases: list[tuple[tuple[str, ...], str, str, str]] = []
        for _, group, category in policy.categories():
            categories[category["id"]] = tuple(category.get("kinds") or ())
            for pattern in category.get("patterns") or ():
                patterns.append((pattern.lower(), category["id"]))
            texts = [category["id"], *(category.get("label") or {}).values(), *(group.get("label") or {}).values()]
            words[category["id"]] = frozenset(t for text in texts for t in tokenize(text) if len(t) >= 4)
            if category.get("kinds"):
                section = str(category.get("section") or group.get("section") or "")
                for label in (category.get("label") or {}).values():
                    for word in notice_words(str(label)):
                        terms.append((word, category["id"], str(label), section))
                    for phrase in example_phrases(str(label)):
                        phrases.append((phrase, category["id"], str(label), section))
        return cls(categories, tuple(patterns), words, tuple(terms), tuple(phrases))

    def covering(self, kind: str, table_tokens: tuple[str, ...] = ()) -> str | None:
        """The category covering a kind; where several do, the one whose words fit the table best."""
        candidates = [c for c, kinds in self.categories.items() if kind in kinds]
        if len(candidates) <= 1 or not table_tokens:
            return candidates[0] if candidates else None

        def fit(category: str) -> int:
            return sum(1 for w in self.words.get(category, ()) for t in table_tokens if t[:5] == w[:5])

        return max(candidates, key=lambda c: (fit(c), -candidates.index(c)))
