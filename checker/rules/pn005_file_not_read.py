"""PN005 file-not-read: a file named like a migration was not read.

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

from ..model import Severity
from .base import CheckContext, Problem

ID = "PN005"
NAME = "file-not-read"
SEVERITY = Severity.INFO
SCOPE = "schema"
SUMMARY = "A file named like a migration was not read."
SUMMARY_FI = "Migraatiolta näyttävää tiedostoa ei luettu."


def check(ctx: CheckContext) -> Iterator[Problem]:
    for problem in ctx.schema.problems:
        if problem.kind == "skipped":
            yield Problem(location=problem.location, message=problem.message, fix="rename the file to .sql if the migration tool runs it, or set the folder's dialect")
