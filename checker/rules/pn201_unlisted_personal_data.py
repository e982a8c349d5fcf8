"""PN201 unlisted-personal-data: a column holds personal data of a kind no category of the notice covers.

What it does
    Classifies every column of the schema (after the last migration) and reports
    those that hold personal data, with medium or high confidence, of a kind that
    no data category of the notice lists (``kinds`` of ``category_groups[].categories``).
    Special categories, criminal data and national identification numbers are
    reported by PN202 instead.

Why it matters
    The notice must list the categories of personal data processed (GDPR Art.
    13-14). A column added by a migration that the notice does not mention means
    the published promise is no longer true.

Example
    ALTER TABLE asiakas ADD COLUMN vuositulot numeric(12,2);   -- income: not in the notice

How to fix
    Add a category covering the kind to the notice (section 4), or annotate the
    column if it is not personal data: ``vuositulot numeric -- privacy: none``, or
    map it to an existing category: ``-- privacy: <category-id>``.

References
    GDPR Art. 13(1)(c), Art. 14(1)(d), Art. 30(1)(c).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, lowered, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, column_problem, uncovered

ID = "PN201"
NAME = "unlisted-personal-data"
SEVERITY = Severity.ERROR
SCOPE = Scope.SCHEMA
SUMMARY = N_("A column holds personal data of a kind no category of the notice covers.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for c, kind in uncovered(ctx):
        if kind.is_special:
            continue
        yield column_problem(
            c,
            msg("{table}.{column} holds {label} ({kind}), which the notice does not list", table=c.column.table, column=c.column.name, label=lowered(kind.label, kind.id), kind=kind.id),
            fix=msg("add a category with kinds: [{kind}] to the notice (section 4) — or annotate the column: -- privacy: none", kind=kind.id),
        )
