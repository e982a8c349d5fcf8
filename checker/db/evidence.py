"""Sampled values -> counts and masked examples -> a raised or lowered classification.

Rules (``share`` = valid values of a kind / sampled values of the column):

* share >= 0.8: the column holds that kind, confidence high, whatever its name says
  (``col7`` full of personal identity codes is national-id);
* 0.3 <= share < 0.8: that kind with medium confidence, when the name gave no kind or only a
  low-confidence one; a name guess of the same kind is raised to at least medium;
* a name guess of a kind that has a validator, whose values clearly do not validate
  (share < 0.05 with at least 10 values sampled), is lowered one step (high -> medium -> low);
* declared classifications (annotation, data map, policy pattern) keep their kind and
  category: the evidence is only added to the reason.

Only counts and masked examples are kept (``Classification.evidence``, the reason text).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model import Classification, Confidence
from .mask import mask
from ..i18n import Msg, msg
from .validators import KINDS, LABELS, detect

HIGH_SHARE = 0.8
MEDIUM_SHARE = 0.3
NO_MATCH_SHARE = 0.05
NO_MATCH_MIN_SAMPLES = 10
MAX_EXAMPLES = 2


@dataclass(frozen=True)
class Evidence:
    """What a column's sample showed: counts per kind and masked examples (no values)."""

    sampled: int
    valid: tuple[tuple[str, int], ...] = ()  # (kind, count), most frequent first
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (kind, masked examples)

    def count(self, kind: str) -> int:
        return dict(self.valid).get(kind, 0)

    def share(self, kind: str) -> float:
        return self.count(kind) / self.sampled if self.sampled else 0.0

    def best(self) -> str | None:
        return self.valid[0][0] if self.valid else None

    def describe(self, kind: str) -> str:
        """``sampled 50 values: 49 valid Finnish personal identity codes (e.g. ******-****)``"""
        examples = dict(self.examples).get(kind, ())
        what = msg(LABELS[kind]) if kind in LABELS else kind
        if examples:
            return msg("sampled {sampled} values: {valid} valid {what} (e.g. {examples})", sampled=self.sampled, valid=self.count(kind), what=what, examples=", ".join(examples))
        return msg("sampled {sampled} values: {valid} valid {what}", sampled=self.sampled, valid=self.count(kind), what=what)

    def as_pairs(self) -> tuple[tuple[str, Any], ...]:
        """Hashable, JSON-friendly pairs for ``Classification.evidence``."""
        return (("sampled", self.sampled), ("valid", self.valid), ("examples", self.examples))


def collect(values: Iterable[str]) -> Evidence:
    """Validate values one by one; keep counts and at most two masked examples per kind."""
    sampled = 0
    counts: dict[str, int] = {}
    examples: dict[str, list[str]] = {}
    for value in values:
        sampled += 1
        kind = detect(value)
        if kind is None:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        shown = examples.setdefault(kind, [])
        if len(shown) < MAX_EXAMPLES:
            masked = mask(value, kind)
            if masked not in shown:
                shown.append(masked)
    order = sorted(counts.items(), key=lambda kv: (-kv[1], KINDS.index(kv[0])))
    return Evidence(sampled, tuple(order), tuple((k, tuple(examples[k])) for k, _ in order))


Covering = Callable[[str, Classification], "str | None"]


def apply(c: Classification, ev: Evidence | None, covering: Covering) -> Classification:
    """``c`` with the sample's evidence applied; ``covering(kind, c)`` is the notice category for a new kind."""
    if ev is None or ev.sampled == 0:
        return c
    pairs = ev.as_pairs()
    best = ev.best()
    if c.source in ("annotation", "datamap", "policy-pattern"):
        reason = msg("{first}; {rest}", first=c.reason, rest=ev.describe(best)) if best else c.reason
        return dataclasses.replace(c, reason=reason, evidence=pairs)
    if best and ev.share(best) >= HIGH_SHARE:
        return _with_kind(c, best, Confidence.HIGH, ev, covering)
    if best and ev.share(best) >= MEDIUM_SHARE:
        if c.kind == best:
            confidence = max(c.confidence or Confidence.MEDIUM, Confidence.MEDIUM)
            return dataclasses.replace(c, confidence=confidence, reason=msg("{first}; {rest}", first=c.reason, rest=ev.describe(best)), evidence=pairs)
        if c.kind is None or c.confidence is None or c.confidence == Confidence.LOW:
            return _with_kind(c, best, Confidence.MEDIUM, ev, covering)
    if c.kind in KINDS and c.confidence is not None and ev.sampled >= NO_MATCH_MIN_SAMPLES and ev.share(c.kind) < NO_MATCH_SHARE:
        lowered = Confidence(max(Confidence.LOW, c.confidence - 1))
        reason = msg("{reason}; but only {valid} of {sampled} sampled values are valid {what}", reason=c.reason, valid=ev.count(c.kind), sampled=ev.sampled, what=msg(LABELS[c.kind]))
        return dataclasses.replace(c, confidence=lowered, reason=reason, evidence=pairs)
    return dataclasses.replace(c, evidence=pairs)


def _with_kind(c: Classification, kind: str, confidence: Confidence, ev: Evidence, covering: Covering) -> Classification:
    if c.kind == kind:
        reason = msg("{first}; {rest}", first=c.reason, rest=ev.describe(kind))
        category = c.category
    else:
        reason = msg("{evidence} (the name suggested {kind})", evidence=ev.describe(kind), kind=c.kind) if c.kind else ev.describe(kind)
        category = covering(kind, c)
    return dataclasses.replace(c, kind=kind, category=category, confidence=max(confidence, c.confidence or confidence),
                               reason=reason, source="sample", evidence=ev.as_pairs())


def make_adjust(evidence: Mapping[tuple[str, str], Evidence], policy: Any) -> Callable[[Classification], Classification]:
    """The pipeline hook of a scan: column-comment annotations named as such, then the sample's evidence."""
    from ..classify import PolicyView, tokenize

    view = PolicyView.from_policy(policy) if policy is not None else None

    def covering(kind: str, c: Classification) -> str | None:
        return view.covering(kind, tokenize(c.column.table.rsplit(".", 1)[-1])) if view else None

    def adjust(c: Classification) -> Classification:
        if c.source == "annotation" and c.reason.startswith("data map"):  # no line numbers in a database
            if isinstance(c.reason, Msg) and dict(c.reason.params).get("origin") is not None:  # "{origin}: ..." of classify
                reason = Msg(c.reason.template, **dict(dict(c.reason.params), origin=msg("column comment")))
            else:
                reason = "column comment" + c.reason[len("data map") :]
            c = dataclasses.replace(c, reason=reason)
        return apply(c, evidence.get((c.column.table, c.column.name)), covering)

    return adjust
