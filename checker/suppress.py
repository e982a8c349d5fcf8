"""Inline suppressions: ``-- notice-check: ignore PN201 -- reason`` (SQL) or ``# ...`` (YAML).

The comment stands on the finding's line or on the line directly above it. Several
rules may be listed (``ignore PN201, PN203``). The reason is required: a suppression
without one is not honoured and is reported (PN002). A suppression that hides
nothing is reported too (PN003), so that stale ones get cleaned up.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Finding, Location, Suppression

MARKER = re.compile(r"notice-check\s*:\s*ignore\b(?P<rest>.*)", re.IGNORECASE)
RULES_AND_REASON = re.compile(r"^\s*(?P<rules>PN\d{3}(?:\s*,\s*PN\d{3})*)\s*(?:(?:--|—|:)\s*(?P<reason>.*))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Malformed:
    location: Location
    text: str
    problem: str


def parse_comments(path: str, comments: Mapping[int, Sequence[str]]) -> tuple[list[Suppression], list[Malformed]]:
    suppressions: list[Suppression] = []
    malformed: list[Malformed] = []
    for line, texts in sorted(comments.items()):
        for text in texts:
            marker = MARKER.search(text)
            if not marker:
                continue
            where = Location(path, line, 1)
            parsed = RULES_AND_REASON.match(marker.group("rest"))
            if not parsed:
                malformed.append(Malformed(where, text.strip(), "name the rules to ignore, e.g. 'notice-check: ignore PN201 -- reason'"))
                continue
            reason = (parsed.group("reason") or "").strip()
            if not reason:
                malformed.append(Malformed(where, text.strip(), "a reason is required after the rule ids ('-- why this is acceptable')"))
                continue
            rules = tuple(r.strip().upper() for r in parsed.group("rules").split(","))
            suppressions.append(Suppression(rules, reason, where))
    return suppressions, malformed


def yaml_comments(path: str, text: str) -> dict[int, tuple[str, ...]]:
    """Comments of a YAML file that carry the marker (a plain line scan is enough for them)."""
    found: dict[int, tuple[str, ...]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        index = line.find("#")
        if index >= 0 and "notice-check" in line[index:]:
            found[number] = (line[index + 1 :],)
    return found


def apply(findings: Iterable[Finding], suppressions: Sequence[Suppression]) -> tuple[list[Finding], list[tuple[Finding, Suppression]], set[Suppression]]:
    """Split findings into kept and suppressed; also return the suppressions that were used."""
    index: dict[tuple[str, int], list[Suppression]] = {}
    for s in suppressions:
        index.setdefault((s.location.path, s.location.line), []).append(s)
    kept: list[Finding] = []
    hidden: list[tuple[Finding, Suppression]] = []
    used: set[Suppression] = set()
    for finding in findings:
        match = None
        for line in (finding.location.line, finding.location.line - 1):
            for s in index.get((finding.location.path, line), ()):
                if finding.rule in s.rules:
                    match = s
                    break
            if match:
                break
        if match:
            hidden.append((finding, match))
            used.add(match)
        else:
            kept.append(finding)
    return kept, hidden, used
