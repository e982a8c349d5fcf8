"""PN121 category-without-retention: a data category has no retention period or criteria.

What it does
    Reports every data category that has neither its own ``retention`` (a period or
    criteria) nor a policy-level ``retention`` statement that names it.

Why it matters
    Art. 13(2)(a) requires the notice to state how long personal data is stored, or
    the criteria that decide it. Without it, nothing can be checked against the
    purge jobs of the database (see PN306/PN307).

Example
    categories:
      - id: bank-details
        label: {fi: pankkiyhteystiedot, en: bank details}
        kinds: [bank-account]

How to fix
    Add ``retention: {period: P6Y}`` (ISO 8601) or ``retention: {criteria: {fi: ..., en: ...}}``,
    e.g. for billing data "6 years from the end of the financial year, as the
    Accounting Act (Kirjanpitolaki 1336/1997, 2 ch. 10 §) requires for vouchers".

References
    GDPR Art. 5(1)(e), Art. 13(2)(a).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN121"
NAME = "category-without-retention"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("A data category has no retention period or criteria.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    covered = {c for r in ctx.policy.items("retention") for c in r.get("categories") or ()}
    for path, _, category in ctx.policy.categories():
        retention = category.get("retention") or {}
        if retention.get("period") or retention.get("criteria") or category["id"] in covered:
            continue
        yield problem(
            location=ctx.policy.where(*path),
            message=msg("category '{category}' states no retention period or criteria", category=category["id"]),
            fix=msg("add retention: {{period: P..}} or retention: {{criteria: ...}} to the category"),
            category=category["id"],
            reference=N_("GDPR Art. 13(2)(a)"),
        )
