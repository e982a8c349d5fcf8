"""PN001 parse-error: a SQL statement could not be parsed.

What it does
    Reports each statement the SQL parser (sqlglot) could not read, with the
    parser's message. The rest of the file is still read: one bad statement never
    stops the check.

Why it matters
    A statement that is not understood may create or change a column that holds
    personal data; the check is blind to it until it parses.

Example
    CREATE TABEL asiakas (nimi text);   -- typo: TABEL

How to fix
    Correct the statement, or set the right dialect for the path (``--dialect`` or
    ``dialects`` in the configuration). Statements that sqlglot understands only as
    opaque commands (procedural code, vendor extensions) are counted in the summary,
    not reported.

References
    sqlglot dialects: https://sqlglot.com/sqlglot/dialects.html
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, problem

ID = "PN001"
NAME = "parse-error"
SEVERITY = Severity.WARNING
SCOPE = Scope.SCHEMA
SUMMARY = N_("A SQL statement could not be parsed.")


def check(ctx: CheckContext) -> Iterator[Finding]:
    for parse_problem in ctx.schema.problems:
        if not parse_problem.fatal and parse_problem.source == "sql" and parse_problem.kind == "parse":
            yield problem(location=parse_problem.location, message=msg("cannot parse statement: {problem}", problem=parse_problem.message),
                          fix=msg("fix the statement or set the dialect for this path"))
