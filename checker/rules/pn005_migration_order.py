"""PN005 migration-order: the order of a migration history cannot be decided.

What it does
    Reports two migration files that claim the same version, a folder that mixes migration
    layouts (Flyway names beside numbered files) or puts unversioned files among versioned
    ones, a file that does not fit its folder's layout (a ``.sql`` beside Diesel migration
    folders, another file than ``up.sql`` inside one), and a Liquibase changelog that includes
    a file that cannot be found or has several masters. Each message names both files where two
    are involved. The layouts are described in docs/inputs.md.

Why it matters
    The schema is rebuilt by applying the migrations in order: applied in the wrong order, a
    dropped table comes back or an added column is lost, and the check then reports (or misses)
    personal data the real database does not (or does) hold.

Example
    migrations/V2__asiakas.sql and migrations/V2_0__laskutus.sql both claim version 2.

How to fix
    Rename one of the files so that every version is unique, keep one layout per folder, or
    list the files in the intended order (listed files keep their order).
    ``notice-check check --show-order`` lists the order that is applied.

References
    Flyway migration naming: https://documentation.red-gate.com/flyway/flyway-concepts/migrations
    golang-migrate file format: https://github.com/golang-migrate/migrate/blob/master/MIGRATIONS.md
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN005"
NAME = "migration-order"
SEVERITY = Severity.WARNING
SCOPE = Scope.SCHEMA
SUMMARY = N_("The order of a migration history cannot be decided.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for parse_problem in ctx.schema.problems:
        if parse_problem.kind == "layout":
            related = (("related", str(parse_problem.related)),) if parse_problem.related else ()
            yield problem(location=parse_problem.location, message=parse_problem.message, fix=msg("rename or move the file so that the folder has one layout and every version once, or list the files in the order they run"), extra=related)
