"""What the classifier reads from the notice: its categories, their kinds, patterns and words."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .tokens import tokenize


@dataclass(frozen=True)
class PolicyView:
    """What the classifier needs from the policy (kept small to stay pure and testable)."""

    categories: Mapping[str, tuple[str, ...]]  # category id -> kinds, in policy order
    patterns: tuple[tuple[str, str], ...] = ()  # (glob over 'table.column', category id)
    words: Mapping[str, frozenset[str]] = field(default_factory=dict)  # category id -> folded words of its labels

    @classmethod
    def from_policy(cls, policy) -> "PolicyView":
        categories: dict[str, tuple[str, ...]] = {}
        patterns: list[tuple[str, str]] = []
        words: dict[str, frozenset[str]] = {}
        for _, group, category in policy.categories():
            categories[category["id"]] = tuple(category.get("kinds") or ())
            for pattern in category.get("patterns") or ():
                patterns.append((pattern.lower(), category["id"]))
            texts = [category["id"], *(category.get("label") or {}).values(), *(group.get("label") or {}).values()]
            words[category["id"]] = frozenset(t for text in texts for t in tokenize(text) if len(t) >= 4)
        return cls(categories, tuple(patterns), words)

    def covering(self, kind: str, table_tokens: tuple[str, ...] = ()) -> str | None:
        """The category covering a kind; where several do, the one whose words fit the table best."""
        candidates = [c for c, kinds in self.categories.items() if kind in kinds]
        if len(candidates) <= 1 or not table_tokens:
            return candidates[0] if candidates else None

        def fit(category: str) -> int:
            return sum(1 for w in self.words.get(category, ()) for t in table_tokens if t[:5] == w[:5])

        return max(candidates, key=lambda c: (fit(c), -candidates.index(c)))
