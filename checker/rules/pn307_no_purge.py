"""PN307 no-purge: a category with a retention period has no purge statement.

What it does
    For every category with a retention period that some column holds, looks for a
    purge statement (see PN306) on a table holding it, or a purge the data map declares
    for the category (``purges``: a job, a system or a document outside the checked SQL).
    Reports the category when there is neither.

Why it matters
    A retention period that nothing enforces is a promise kept by luck (GDPR Art.
    5(1)(e)).

Example
    -- notice: call recordings 6 months; no DELETE FROM puhelutallenne ... anywhere

How to fix
    Add a scheduled purge, e.g. ``DELETE FROM puhelutallenne WHERE tallennettu < now() -
    interval '6 months';`` in the jobs folder that notice-check reads. If the purge lives
    outside SQL (application code, a scheduler, a system's setting, a manual procedure),
    declare it in the data map: ``purges: [{category: call-recordings, period: P6M, by: job,
    name: "cron: puhelut-siivous"}]`` (PN306 then checks its period).

References
    GDPR Art. 5(1)(e), Art. 25.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, problem
from .pn306_retention_exceeded import retention_periods

ID = "PN307"
NAME = "no-purge"
SEVERITY = Severity.WARNING
SCOPE = Scope.FLOW
SUMMARY = N_("A category with a retention period has no purge statement anywhere.")


def check(ctx: FlowContext) -> Iterator[Finding]:
    periods = retention_periods(ctx.policy)
    purged = {f.purge.table for f in ctx.schema.flows if f.purge is not None}
    holders: dict[str, set[str]] = {}
    for (table, _), c in ctx.index.by_column.items():
        if c.category in periods and ctx.tables.get(table) is not None and ctx.tables[table].kind == "table":
            holders.setdefault(c.category, set()).add(table)
    for path, _, category in ctx.policy.categories():
        tables = holders.get(category["id"])
        if not tables or tables & purged or ctx.estate.purges_of(category["id"]):
            continue
        yield problem(
            location=ctx.policy.where(*path),
            message=msg("category '{category}' is kept {period} by the notice, but no purge statement deletes from {tables}", category=category["id"], period=periods[category["id"]], tables=", ".join(sorted(tables))),
            fix=msg("add a purge, e.g. DELETE FROM {table} WHERE <timestamp> < now() - interval '...', or declare the job, system or document that deletes it in the data map (purges)", table=sorted(tables)[0]),
            category=category["id"],
            reference=N_("GDPR Art. 5(1)(e)"),
        )
