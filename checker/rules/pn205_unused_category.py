"""PN205 unused-category: a category the notice lists that no column holds.

What it does
    Reports data categories of the notice that cover catalog kinds, but that no
    column of the checked schema was classified into.

Why it matters
    Either the notice promises more than the system keeps (the notice can be
    simplified), or the data lives in columns the checker could not recognise (they
    should be annotated). Informational: the data may live in another system.

Example
    A notice that lists "äidinkieli" (mother tongue) while no table has a language
    column.

How to fix
    Annotate the columns that hold it (``-- privacy: mother-tongue``), or remove the
    category from the notice when no system keeps it.

References
    GDPR Art. 5(1)(c) (data minimisation), Art. 30.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN205"
NAME = "unused-category"
SEVERITY = Severity.INFO
SCOPE = Scope.SCHEMA
SUMMARY = N_("A category the notice lists that no column holds.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    used = {c.category for c in ctx.classifications if c.category}
    for path, _, category in ctx.policy.categories():
        if category["id"] in used or not category.get("kinds"):
            continue
        yield problem(
            location=ctx.policy.where(*path),
            message=msg("category '{category}' is listed in the notice, but no column of the checked schema holds it", category=category["id"]),
            fix=msg("annotate the columns that hold it (-- privacy: {category}), or remove it from the notice if no system keeps it", category=category["id"]),
            category=category["id"],
        )
