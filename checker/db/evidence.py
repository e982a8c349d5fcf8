"""Sampled values -> counts and masked examples -> a raised or lowered classification.

Each value is recognised (``recognizers``: checksums and formats, then names, dates,
addresses, ...), each kind is tested over the column, and only counts, masked examples and
(for JSON documents) key paths are kept.

Rules (``share`` = valid values of a kind / sampled values of the column):

* share >= 0.8: the column holds that kind, confidence high, whatever its name says
  (``col7`` full of personal identity codes is national-id);
* 0.3 <= share < 0.8: that kind with medium confidence, when the name gave no kind or only a
  low-confidence one; a name guess of the same kind is raised to at least medium;
* a name guess of a kind that has a checksum or strict-format validator (``validators``),
  whose values clearly do not validate (share < 0.05 with at least 10 values sampled), is
  lowered one step (high -> medium -> low);
* declared classifications (annotation, data map, policy pattern) keep their kind and
  category: the evidence is only added to the reason.

Only counts, masked examples and key paths are kept (``Classification.evidence``, the reason text).
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..i18n import Msg, msg
from ..model import Classification, Confidence
from . import validators
from .mask import mask
from .recognizers import COLUMN_TESTS, KINDS, LABELS, json_leaves, recognize

HIGH_SHARE = 0.8
MEDIUM_SHARE = 0.3
NO_MATCH_SHARE = 0.05
NO_MATCH_MIN_SAMPLES = 10
MAX_EXAMPLES = 2
MAX_KEYS = 3


@dataclass(frozen=True)
class Evidence:
    """What a column's sample showed: counts per kind and masked examples (no values)."""

    sampled: int
    valid: tuple[tuple[str, int], ...] = ()  # (kind, count), most frequent first
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (kind, masked examples)
    keys: tuple[tuple[str, tuple[str, ...]], ...] = ()  # JSON columns: (kind, key paths it was found under)

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
        keys = dict(self.keys).get(kind, ())
        params = dict(sampled=self.sampled, valid=self.count(kind), what=what)
        if keys:
            what = msg("{what} under key {keys}", what=what, keys=", ".join(keys))
            params["what"] = what
        if examples:
            return msg("sampled {sampled} values: {valid} valid {what} (e.g. {examples})", examples=", ".join(examples), **params)
        return msg("sampled {sampled} values: {valid} valid {what}", **params)

    def as_pairs(self) -> tuple[tuple[str, Any], ...]:
        """Hashable, JSON-friendly pairs for ``Classification.evidence``."""
        pairs: tuple[tuple[str, Any], ...] = (("sampled", self.sampled), ("valid", self.valid), ("examples", self.examples))
        return pairs + ((("keys", self.keys),) if self.keys else ())


def collect(values: Iterable[str], family: str = "text") -> Evidence:
    """Recognise values one by one, then test each kind over the column (``recognizers``);
    keep counts, at most two masked examples per kind and, for JSON objects, the key paths
    (identifier-like keys seen in two or more rows) where a kind was found. The values
    themselves are dropped before this returns."""
    sampled = 0
    matched: dict[str, list[str]] = {}
    paths: dict[str, dict[str, int]] = {}
    known: dict[str, str | None] = {}  # a column repeats its values: recognise each once
    for value in values:
        sampled += 1
        leaves = json_leaves(value) if family == "json" or value.lstrip().startswith("{") else None
        if leaves is None:
            kind = known[value] if value in known else known.setdefault(value, recognize(value, family))
            if kind:
                matched.setdefault(kind, []).append(value)
            continue
        found: dict[str, tuple[str, str]] = {}
        for path, leaf in leaves:
            kind = recognize(leaf, "text")
            if kind and kind not in found:
                found[kind] = (path, leaf)
        for kind, (path, leaf) in found.items():
            matched.setdefault(kind, []).append(leaf)
            seen = paths.setdefault(kind, {})
            seen[path] = seen.get(path, 0) + 1
    for kind in list(matched):
        test = COLUMN_TESTS.get(kind)
        if test is not None and not test(matched[kind], sampled):
            del matched[kind]
    examples = {kind: _examples(found, kind) for kind, found in matched.items()}
    order = sorted(((k, len(v)) for k, v in matched.items()), key=lambda kv: (-kv[1], KINDS.index(kv[0])))
    keys = tuple((k, tuple(sorted(p for p, n in paths[k].items() if n >= 2 and "?" not in p)[:MAX_KEYS])) for k, _ in order if k in paths)
    matched.clear()
    known.clear()
    return Evidence(sampled, tuple(order), tuple((k, examples[k]) for k, _ in order), tuple((k, p) for k, p in keys if p))


def _examples(values: list[str], kind: str) -> tuple[str, ...]:
    shown: list[str] = []
    for value in values:
        masked = mask(value, kind)
        if masked not in shown:
            shown.append(masked)
        if len(shown) == MAX_EXAMPLES:
            break
    return tuple(shown)


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
    if c.kind in validators.KINDS and c.confidence is not None and ev.sampled >= NO_MATCH_MIN_SAMPLES and ev.share(c.kind) < NO_MATCH_SHARE:
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
