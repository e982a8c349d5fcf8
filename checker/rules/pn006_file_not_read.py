"""PN006 file-not-read: a file named like a migration was not read.

What it does
    Notes files in a migration folder that look like migrations but are not read: a
    dialect-suffixed file written for another database (``V3__x.sql.sqlite`` when the folder
    is read as PostgreSQL), Flyway's ``.sql.todo`` and other ``.sql.<suffix>`` names, and
    versioned names without the ``.sql`` extension. Rollback files (``down.sql``,
    ``*.down.sql``, Flyway ``U`` files) are never applied and are not noted.

Why it matters
    A skipped file may be the one that adds or drops a personal-data column. Migration tools
    skip the same files, so usually nothing is wrong, but a skip should never go unseen.

Example
    db/migration/V100__remove_index has no .sql extension: Flyway skips it, and so does the check.

How to fix
    Nothing, when the tool skips the file too. Otherwise rename it to ``.sql``, or set the
    folder's dialect (``paths = [{path = "db", dialect = "sqlite"}]``) to read the other files.

References
    Flyway migration naming: https://documentation.red-gate.com/flyway/flyway-concepts/migrations
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN006"
NAME = "file-not-read"
SEVERITY = Severity.INFO
SCOPE = Scope.SCHEMA
SUMMARY = N_("A file named like a migration was not read.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for parse_problem in ctx.schema.problems:
        if parse_problem.kind == "skipped":
            yield problem(location=parse_problem.location, message=parse_problem.message, fix=msg("rename the file to .sql if the migration tool runs it, or set the folder's dialect"))
