"""PN004 scan-incomplete: a live scan could not read part of the database.

What it does
    Reports each table or column of a live database (``notice-check scan``) whose values
    were not sampled: the table's time limit (``--table-timeout``) ran out, a sampling
    query hit the statement timeout (``--timeout``), or the user may not read it. The
    rest of the database is still scanned: one slow table never fails the whole scan.

Why it matters
    A column that was not sampled is classified by its name only. Personal data in a
    column with a meaningless name stays unseen until the column is sampled, so the
    result is incomplete, and says so.

Example
    scan --db postgresql://reader@dwh/sales --sample 20 --table-timeout 60
    (a 2-billion-row fact table whose columns could not all be sampled within 60 s)

How to fix
    Raise ``--table-timeout`` or ``--timeout`` for that table, grant SELECT on it, or
    exclude it deliberately (``--exclude 'sales.fact_*'``) and record why.

References
    GDPR Art. 30(1)(c) (the record must describe the categories of personal data);
    piicatcher issues #145 and #190 (per-table timeouts that skip and log).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN004"
NAME = "scan-incomplete"
SEVERITY = Severity.WARNING
SCOPE = Scope.SCHEMA
SUMMARY = N_("A live scan could not sample a table or column (time limit or permission).")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for skipped in ctx.schema.problems:
        if skipped.source == "scan":
            yield problem(location=skipped.location, message=skipped.message, table=skipped.table, column=skipped.column,
                          fix=msg("raise --table-timeout / --timeout, grant SELECT, or --exclude it and record why"))
