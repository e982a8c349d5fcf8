"""PN002 invalid-suppression: a suppression comment is malformed or gives no reason.

What it does
    Reports ``notice-check: ignore`` comments that name no rule ids, or give no
    reason. Such a comment suppresses nothing.

Why it matters
    Every suppression is an accepted risk about personal data; the compliance
    officer audits them, and an audit needs the reason written down.

Example
    ALTER TABLE asiakas ADD COLUMN vuositulot numeric;  -- notice-check: ignore PN201

How to fix
    Give the rule ids and the reason:
    ``-- notice-check: ignore PN201 -- income is aggregated, see DPIA 2026-04``.

References
    GDPR Art. 5(2) (accountability).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import Scope, SuppressionContext, problem

ID = "PN002"
NAME = "invalid-suppression"
SEVERITY = Severity.WARNING
SCOPE = Scope.SUPPRESSION
SUMMARY = N_("A suppression comment is malformed or gives no reason.")


def check(ctx: SuppressionContext) -> Iterator[Finding]:
    for m in ctx.malformed:
        yield problem(location=m.location, message=msg("suppression not honoured: {problem}", problem=m.problem), fix=msg("write: notice-check: ignore PN201 -- <reason>"))
