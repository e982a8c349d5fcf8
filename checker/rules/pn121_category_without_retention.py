"""PN121 category-without-retention: data categories have no retention period or criteria.

What it does
    Reports the data categories that have neither their own ``retention`` (a period or
    criteria) nor a policy-level ``retention`` statement that names them: one finding
    for the notice, at the first such category, listing every other one as a related
    place (one missing statement is one finding, not one per category).

Why it matters
    Art. 13(2)(a) (data from the data subject) and Art. 14(2)(a) (data from elsewhere)
    require the notice to state how long personal data is stored, or the criteria that
    decide it; it is mandatory information, so the finding is an error. Without it,
    nothing can be checked against the purge jobs of the database (see PN306/PN307).

Example
    categories:
      - id: bank-details
        label: {fi: pankkiyhteystiedot, en: bank details}
        kinds: [bank-account]

How to fix
    Add ``retention: {period: P6Y}`` (ISO 8601) or ``retention: {criteria: {fi: ..., en: ...}}``
    to each category, or a ``retention`` statement naming the categories. For accounting
    material follow the Accounting Act exactly: vouchers are kept "at least six years from
    the end of the year in which the financial year ended" (Kirjanpitolaki 1336/1997,
    2 ch. 10 §), which is longer than six years from the end of the financial year.

References
    GDPR Art. 5(1)(e), Art. 13(2)(a), Art. 14(2)(a); Kirjanpitolaki 1336/1997, 2 ch. 10 §.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import Msg, N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN121"
NAME = "category-without-retention"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("Data categories have no retention period or criteria.")


def _example(ctx: PolicyContext) -> Msg | str:
    provision = ctx.legal.provision("kirjanpitolaki-1336-1997", "2 ch. 10 §")
    if not provision:
        return ""
    subject = {lang: text.split(" (")[0].lower() for lang, text in provision["subject"].items()}
    return msg("; e.g. billing data: {subject} (Kirjanpitolaki 1336/1997, 2 ch. 10 §)", subject=subject)


def check(ctx: PolicyContext) -> Iterator[Finding]:
    covered = {c for r in ctx.policy.items("retention") for c in r.get("categories") or ()}
    missing = []
    for path, _, category in ctx.policy.categories():
        retention = category.get("retention") or {}
        if not (retention.get("period") or retention.get("criteria") or category["id"] in covered):
            missing.append((path, category["id"]))
    if not missing:
        return
    ids = [category_id for _, category_id in missing]
    if len(ids) == 1:
        message = msg("category '{category}' states no retention period or criteria", category=ids[0])
    else:
        message = msg("{n} categories state no retention period or criteria: {categories}", n=len(ids), categories=", ".join(ids))
    yield problem(
        location=ctx.policy.where(*missing[0][0]),
        message=message,
        fix=msg("add retention: {{period: P..}} or retention: {{criteria: ...}} to each category, or a retention statement naming them{example}", example=_example(ctx)),
        category=ids[0] if len(ids) == 1 else None,
        reference=cite(ctx.policy, "13(2)(a)", "14(2)(a)"),
        related=tuple(ctx.policy.where(*path) for path, _ in missing[1:]),
        extra=(("categories", ids),) if len(ids) > 1 else (),
    )
