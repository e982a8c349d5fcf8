"""PN206 stale-datamap-entry: a data-map entry names a column the schema does not have.

What it does
    Checks every ``columns:`` entry of the data map (``table.column`` or
    ``schema.table.column``) against the schema after the last migration, and reports
    entries whose column does not exist (dropped, renamed, or a typo).

Why it matters
    A decision recorded for a column that is gone protects nothing; worse, after a rename
    the new column is classified again from its name while the reviewed decision stays on
    the old one. Stale entries pile up when a draft from ``classify --format yaml`` is kept
    for years.

Example
    columns:
      asiakas.faksi: none     # the column was dropped in V8

How to fix
    Delete the entry, or rename it to the column's new name.

References
    GDPR Art. 5(2) (accountability), Art. 30 (records kept up to date).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN206"
NAME = "stale-datamap-entry"
SEVERITY = Severity.INFO
SCOPE = Scope.SCHEMA
SUMMARY = N_("A data-map entry names a column the schema does not have.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    datamap = ctx.datamap
    if datamap is None or not ctx.schema.tables:
        return
    existing = {f"{c.column.table}.{c.column.name}".lower() for c in ctx.classifications}
    for key, location in datamap.where.items():
        if key in existing:
            continue
        yield problem(
            location=location,
            message=msg("the data map decides '{key}', but the schema has no such column", key=key),
            fix=msg("delete the entry, or rename it to the column's current name"),
            table=key.rsplit(".", 1)[0],
            column=key.rsplit(".", 1)[-1],
            category=datamap.columns.get(key),
        )
