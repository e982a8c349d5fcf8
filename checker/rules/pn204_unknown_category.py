"""PN204 unknown-category: an annotation or data-map entry names a category the notice does not define.

What it does
    Checks every ``-- privacy: <category-id>`` annotation and every data-map
    ``columns:`` entry against the categories of the policy.

Why it matters
    A typo or a category that was never added to the notice silently leaves the
    column undocumented: the annotation claims coverage that does not exist.

Example
    luottoluokitus varchar(2)   -- privacy: luottotiedot   (no such category)

How to fix
    Use an existing category id (``notice-check classify`` lists them in its
    output), or add the category to the notice first.

References
    GDPR Art. 13(1)(c), Art. 14(1)(d).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, column_problem

ID = "PN204"
NAME = "unknown-category"
SEVERITY = Severity.ERROR
SCOPE = Scope.SCHEMA
SUMMARY = N_("An annotation or data-map entry names a category the notice does not define.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    known = ctx.policy.category_ids()
    for c in ctx.classifications:
        if c.declared_category is None or c.declared_category in known:
            continue
        import difflib

        close = difflib.get_close_matches(c.declared_category, sorted(known), n=1, cutoff=0.6)
        fix = msg("use a category id the policy defines, or add '{category}' to the notice", category=c.declared_category)
        if close:
            fix = msg("did you mean '{close}'? {fix}", close=close[0], fix=fix)
        how = msg("annotated") if c.source == "annotation" else msg("mapped in the data map")
        yield column_problem(
            c,
            msg("{table}.{column} is {how} as category '{category}', which the notice does not define", table=c.column.table, column=c.column.name, how=how, category=c.declared_category),
            fix=fix,
            location=c.declared_at,
        )
