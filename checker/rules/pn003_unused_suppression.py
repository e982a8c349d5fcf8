"""PN003 unused-suppression: a suppression comment hides no finding.

What it does
    Reports ``notice-check: ignore`` comments that matched no finding on their line
    or the line below.

Why it matters
    Stale suppressions pile up and, when the code changes, may one day hide a real
    finding nobody reviewed.

Example
    -- notice-check: ignore PN202 -- legacy column, dropped in V9
    kayttaja_nimi text,

How to fix
    Delete the comment, or move it next to the finding it is meant for.

References
    GDPR Art. 5(2) (accountability).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import Scope, SuppressionContext, problem

ID = "PN003"
NAME = "unused-suppression"
SEVERITY = Severity.INFO
SCOPE = Scope.SUPPRESSION
SUMMARY = N_("A suppression comment hides no finding.")


def check(ctx: SuppressionContext) -> Iterator[Finding]:
    for s in ctx.suppressions:
        if s not in ctx.used:
            yield problem(location=s.location, message=msg("suppression of {rules} hides no finding", rules=", ".join(s.rules)), fix=msg("delete the comment or move it next to its finding"))
