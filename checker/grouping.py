"""One problem, several places: findings that share a cause become one group (pure).

Runs after the engine, on its sorted findings; the rules never know about it. A group is
the same kind missing from the notice in several columns (PN201/PN202/PN203), the same
recipient reached by several statements (PN301), the same transfer (PN302: system and
country), the same purpose (PN303), the same category used for the same purpose (PN304),
the same purge problem (PN306). Every other finding is a group of one.

Text and the report show one entry per group with all its locations; JSON keeps one result
per location with the shared ``group`` id; SARIF one result per location with the others
as ``relatedLocations``, so code scanning still annotates every line.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Finding, count_by_severity

# rule -> the fields (Finding attributes or extra keys) that name the shared cause
KEYS: dict[str, tuple[str, ...]] = {
    "PN201": ("kind",),
    "PN202": ("kind",),
    "PN203": ("kind",),
    "PN301": ("recipient",),
    "PN302": ("system", "country"),
    "PN303": ("purpose",),
    "PN304": ("category", "purpose"),
    "PN306": ("category",),
}


@dataclass(frozen=True)
class Group:
    id: str  # stable: rule and cause, e.g. "PN201-3f2a9c1b"
    rule: str
    findings: tuple[Finding, ...]  # in the check's order; the first one leads

    @property
    def lead(self) -> Finding:
        return self.findings[0]

    @property
    def size(self) -> int:
        return len(self.findings)


def _field(f: Finding, name: str):
    if hasattr(f, name) and name not in ("extra",):
        value = getattr(f, name)
        if value is not None:
            return value
    return dict(f.extra).get(name)


def group_key(f: Finding) -> tuple:
    """What findings of one problem share; a finding without such a cause is its own group."""
    fields = KEYS.get(f.rule)
    if fields:
        values = tuple(_field(f, name) for name in fields)
        if all(v is not None for v in values):
            return (f.rule, f.severity.label, *map(str, values))
    return (f.rule, f.severity.label, str(f.location), f.table or "", f.column or "", str(f.message))


def _group_id(key: tuple) -> str:
    return f"{key[0]}-" + hashlib.sha256("\x1f".join(map(str, key)).encode("utf-8", "surrogatepass")).hexdigest()[:8]


def group_findings(findings: Iterable[Finding]) -> list[Group]:
    """Groups in the order of their first finding."""
    members: dict[tuple, list[Finding]] = {}
    for f in findings:
        members.setdefault(group_key(f), []).append(f)
    return [Group(_group_id(key), key[0], tuple(found)) for key, found in members.items()]


def group_ids(findings: Sequence[Finding]) -> list[str]:
    """The group id of each finding, in the given order."""
    return [_group_id(group_key(f)) for f in findings]


def problem_counts(groups: Sequence[Group]) -> dict[str, int]:
    """Problems (groups) by severity, most severe first."""
    return count_by_severity(g.lead for g in groups)
