"""PN307 no-purge: a category with a retention period has no purge statement.

What it does
    For every category with a retention period that some column holds, looks for a
    purge statement (see PN306) on a table holding it. Reports the category when there
    is none anywhere in the checked SQL.

Why it matters
    A retention period that nothing enforces is a promise kept by luck (GDPR Art.
    5(1)(e)).

Example
    -- notice: call recordings 6 months; no DELETE FROM puhelutallenne ... anywhere

How to fix
    Add a scheduled purge, e.g. ``DELETE FROM puhelutallenne WHERE tallennettu < now() -
    interval '6 months';`` in the jobs folder that notice-check reads. If the purge lives
    outside SQL (an application job), suppress this finding with the reason.

References
    GDPR Art. 5(1)(e), Art. 25.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from .base import FlowContext, Scope, problem
from .pn306_retention_exceeded import retention_periods

ID = "PN307"
NAME = "no-purge"
SEVERITY = Severity.WARNING
SCOPE = Scope.FLOW
SUMMARY = "A category with a retention period has no purge statement anywhere."
SUMMARY_FI = "Tietoryhmällä on säilytysaika, mutta mikään poistoajo ei poista sitä."


def check(ctx: FlowContext) -> Iterator[Finding]:
    periods = retention_periods(ctx.policy)
    purged = {f.purge.table for f in ctx.schema.flows if f.purge is not None}
    holders: dict[str, set[str]] = {}
    for (table, _), c in ctx.index.by_column.items():
        if c.category in periods and ctx.tables.get(table) is not None and ctx.tables[table].kind == "table":
            holders.setdefault(c.category, set()).add(table)
    for path, _, category in ctx.policy.categories():
        tables = holders.get(category["id"])
        if not tables or tables & purged:
            continue
        yield problem(
            location=ctx.policy.where(*path),
            message=f"category '{category['id']}' is kept {periods[category['id']]} by the notice, but no purge statement deletes from {', '.join(sorted(tables))}",
            fix=f"add a purge, e.g. DELETE FROM {sorted(tables)[0]} WHERE <timestamp> < now() - interval '...'",
            category=category["id"],
            reference="GDPR Art. 5(1)(e)",
        )
