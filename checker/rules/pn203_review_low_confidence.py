"""PN203 review-low-confidence: a column looks personal only with low confidence.

What it does
    Reports columns whose name suggests personal data only weakly — a generic word
    such as ``nimi``/``name`` in a table that gives no context, or a contact field in
    a table that does not look like it is about people — and which the notice does
    not already cover.

Why it matters
    A reviewer should decide once, and record the decision, rather than the checker
    guessing on every run.

Example
    CREATE TABLE kayttopaikka (nimi varchar(200));   -- a person's name or a place name?

How to fix
    Annotate the column: ``-- privacy: <category-id>`` if it is personal data, or
    ``-- privacy: none`` if it is not; or record it in the data map (``columns:``).

References
    GDPR Art. 4(1) (definition of personal data).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Confidence, Finding, Severity
from .base import CheckContext, Scope, column_problem

ID = "PN203"
NAME = "review-low-confidence"
SEVERITY = Severity.WARNING
SCOPE = Scope.SCHEMA
SUMMARY = N_("A column looks personal only with low confidence: review or annotate it.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for c in ctx.classifications:
        if c.kind is None or c.confidence != Confidence.LOW or c.category is not None or c.declared_category is not None:
            continue
        yield column_problem(
            c,
            msg("{table}.{column} may hold {kind} (low confidence): review it", table=c.column.table, column=c.column.name, kind=c.kind),
            fix=msg("annotate the column: -- privacy: <category-id> if it is personal data, or -- privacy: none if not"),
        )
