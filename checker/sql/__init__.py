"""SQL files, directories and migration histories -> the schema after the last migration.

This package is the only place in the project that imports sqlglot.

Inputs
    Files or directories (every ``*.sql`` below, hidden directories skipped, in migration order:
    see ``checker.sql.migrations``). Listed files keep the given order; all inputs feed one schema
    state. Unreadable, missing, binary (NUL bytes) or empty files become fatal ``ParseProblem``s;
    non-UTF-8 files are decoded as cp1252 / latin-1 with a warning in ``SourceFile.warnings``.

Reading a file
    pg_dump ``COPY ... FROM stdin`` data blocks and psql ``\\`` meta-commands are skipped; T-SQL
    ``GO`` lines and Oracle ``/`` lines end a batch; MySQL ``DELIMITER`` is honoured. The file is
    tokenized once and every statement is parsed on its own, so a bad statement becomes one
    ``ParseProblem`` (line:col of the offending token) and the rest still count. Statements that
    cannot change tables (INSERT ... VALUES, UPDATE, DELETE, SET, GRANT, transaction control,
    indexes, sequences, functions, procedures, triggers, ...) are counted but not parsed.
    T-SQL needs no ';': inside a batch a line starting with CREATE/ALTER/DROP <object>, EXEC,
    INSERT, UPDATE, DELETE, ... starts a new statement; procedure/trigger bodies and IF/BEGIN
    blocks run to the next GO. A CREATE TABLE that fails to parse is still reported, but its
    column definitions are salvaged one by one.

Schema changes understood
    CREATE TABLE (IF NOT EXISTS, PARTITION BY, PARTITION OF / INHERITS / LIKE copy the parent's
    columns, AS SELECT derives columns, FOREIGN / EXTERNAL), CREATE [OR REPLACE] [MATERIALIZED]
    VIEW with derived column names, ALTER TABLE ADD / DROP / RENAME COLUMN, ALTER COLUMN TYPE,
    MySQL CHANGE / MODIFY, RENAME TO / RENAME TABLE / SET SCHEMA, DROP TABLE / VIEW / SCHEMA,
    COMMENT ON TABLE / COLUMN, MySQL column and table COMMENT, T-SQL ``EXEC sp_rename``, T-SQL
    ``IF ... CREATE/DROP`` (the THEN branch is applied), SELECT ... INTO, ``SET search_path``
    (first schema, per file), Oracle ``ADD (...)`` / ``MODIFY (...)`` / ``DROP (...)`` /
    ``RENAME a TO b``, PostgreSQL ``CREATE TYPE .. AS ENUM`` / ``CREATE DOMAIN`` (type families).
    CREATE TEMPORARY TABLE (and T-SQL ``#temp``) is ignored: it does not outlive the session.
    CREATE TABLE of an existing name replaces it (e.g. a Flyway baseline after older versions).

Not supported
    Annotations on view column lines (use COMMENT ON COLUMN), MySQL routine bodies without
    DELIMITER (split at ';' like the mysql client would), DDL inside functions / dynamic SQL.

Names
    Unquoted identifiers are lower-cased, quoted ones keep their text; comparisons are
    case-insensitive. Table key = ``schema.name`` with default schemas (public, dbo, main) and
    database/project prefixes dropped.

Privacy annotations
    * ``-- privacy: <category-id>`` or ``-- privacy: none`` at the end of the line naming the
      column (the last column named on that line), e.g. ``hetu varchar(11), -- privacy: national-id``
    * the same comment on its own line directly above the column's line (searched upwards
      through a run of comment-only lines; applies to the first column named on that line),
      also above ``ALTER TABLE ... ADD COLUMN x`` when the column is on that line
    * ``privacy: <id>`` anywhere in a column comment: ``COMMENT ON COLUMN t.c IS 'Nimi.
      privacy: customer-name'`` or MySQL ``COMMENT 'privacy: none'``
    ``/* ... */`` and MySQL ``#`` comments work too. Ids look like ``[a-z0-9]+(-[a-z0-9]+)*``
    (matched case-insensitively, stored lower-case); ``none`` means "not personal" and is stored
    as ``Annotation(None, ...)``. A later annotation overrides an earlier one; within one
    definition a COMMENT clause beats a ``--`` comment. Renames and type changes keep it.
"""
from __future__ import annotations

import gc
import logging
import os
from typing import Callable, Sequence

from ..model import Location, ParseProblem, Schema, SourceFile
from .dialects import SUPPORTED, resolve_dialect
from .files import expand
from .migrations import order_migrations
from .names import fold_identifier, table_key
from .reader import read_file
from .scan import scan_many
from .state import SchemaState

__all__ = ["read_schema", "order_migrations", "fold_identifier", "table_key", "resolve_dialect", "SUPPORTED"]


def read_schema(
    paths: Sequence[str | os.PathLike],
    *,
    dialect: str = "postgres",
    dialect_for: Callable[[str], str | None] | None = None,
    display_root: str | None = None,
    cache_dir: str | None = None,
    workers: int | None = 1,
) -> Schema:
    """Read SQL inputs in order and return the resulting schema.

    ``dialect_for(path)`` may return a dialect for one file (None = ``dialect``); ``path`` is
    the file as found: a listed path as given, or the directory as given joined with the file's
    path below it. An unknown dialect name raises ValueError. Locations use paths relative to ``display_root``
    (default: the current directory) with forward slashes, or the path as given outside it.

    ``cache_dir``: keep phase-1 scans there by content hash (see ``checker.sql.scan``).
    ``workers``: processes for phase 1; None chooses (parallel only when there is a lot to
    tokenize and more than one core).
    """
    base = resolve_dialect(dialect)
    root = os.path.abspath(display_root or os.getcwd())
    plist = [os.fspath(p) for p in paths]
    state = SchemaState()
    files: list[SourceFile] = []
    problems: list[ParseProblem] = []
    for p in plist:
        if os.path.isdir(p) and not _has_sql(p):
            problems.append(ParseProblem(Location(p.replace(os.sep, "/")), "no .sql files in directory", fatal=True))
    logger = logging.getLogger("sqlglot")
    old_level = logger.level
    gc_was_on = gc.isenabled()
    logger.setLevel(logging.ERROR)  # sqlglot warns on every statement it keeps as a command
    gc.disable()
    try:
        inputs = expand(plist, root)
        dialects = []
        for inp in inputs:
            d = base
            if dialect_for is not None:
                chosen = dialect_for(inp.path)
                if chosen:
                    d = resolve_dialect(chosen)
            dialects.append(d)
        scans: list = [None] * len(inputs)
        if cache_dir or workers != 1:
            scans = scan_many([(i.path, d) for i, d in zip(inputs, dialects)], cache_dir, _workers(inputs, workers))
        for inp, d, scan in zip(inputs, dialects, scans):
            source, probs = read_file(inp, d, state, scan)
            files.append(source)
            problems.extend(probs)
        tables = state.result()
    finally:
        if gc_was_on:
            gc.freeze()  # what was parsed lives until exit: never scan it again
            gc.enable()
        logger.setLevel(old_level)
    return Schema(tables=tables, files=tuple(files), problems=tuple(problems), flows=tuple(state.flows))


PARALLEL_BYTES = 4_000_000  # below this, starting worker processes costs more than it saves


def _workers(inputs, requested: int | None) -> int:
    if requested is not None:
        return max(1, requested)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    if cores < 2 or len(inputs) < 2:
        return 1
    total = 0
    for inp in inputs:
        try:
            total += os.path.getsize(inp.path)
        except OSError:
            pass
    return min(cores, 4) if total >= PARALLEL_BYTES else 1


def _has_sql(directory: str) -> bool:
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        if any(f.lower().endswith(".sql") for f in filenames):
            return True
    return False
