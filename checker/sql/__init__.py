"""SQL files, directories and migration histories -> the schema after the last migration.

This package is the only place in the project that imports sqlglot.

Inputs
    Files or directories, each in a format (``checker.sql.formats``: detected, or configured per
    path): SQL files and migration folders (the files the folder's migration layout applies, in
    its order: see ``checker.sql.migrations``), or Liquibase, Django, Alembic, Rails, Prisma and
    dbt inputs, whose readers turn them into change records (``checker.sql.changes``) played onto
    the same state; their embedded SQL goes through the SQL reader at its place in the file.
    Listed files keep the given order; all inputs feed one schema state. Unreadable, missing, binary (NUL bytes) or empty files become fatal ``ParseProblem``s;
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
import inspect
import logging
import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..model import Location, ParseProblem, Schema, SourceFile
from .changes import RunSql, apply_changes
from .dialects import SUPPORTED, resolve_dialect
from .files import Input, InputPlan, OrderEntry, display_path, is_excluded, plan_inputs
from .formats import detect_format, files_of, format_reader
from .migrations import order_migrations
from .names import fold_identifier, table_key
from .reader import read_file, read_sql_text
from .scan import scan_many
from .state import SchemaState

__all__ = ["read_schema", "input_order", "order_migrations", "fold_identifier", "table_key", "resolve_dialect", "SUPPORTED"]


@dataclass(frozen=True)
class _Job:
    """One listed path: SQL inputs, or a path of another format."""

    path: str
    format: str
    inputs: tuple[Input, ...] = ()


def _plan(plist, root, dialect_of, format_for, exclude) -> tuple[list[_Job], InputPlan, list[ParseProblem]]:
    plan = InputPlan()
    jobs: list[_Job] = []
    problems: list[ParseProblem] = []
    for p in plist:
        shown = display_path(p, root)
        fmt = (format_for(p) if format_for is not None else None) or detect_format(p)
        if fmt != "sql":
            if format_reader(fmt) is None:
                problems.append(ParseProblem(Location(shown), f"the {fmt} format is not available in this version: not read", fatal=True))
            else:
                plan.entries.append(OrderEntry(shown, fmt))
                jobs.append(_Job(p, fmt))
            continue
        before = len(plan.inputs)
        plan_inputs([p], root, dialect_of, plan, exclude)
        inputs = tuple(plan.inputs[before:])
        if os.path.isdir(p) and not inputs:
            problems.append(ParseProblem(Location(shown), "no SQL migration files in directory (and no other schema format recognised)", fatal=True))
        jobs.append(_Job(p, "sql", inputs))
    return jobs, plan, problems


def input_order(
    paths: Sequence[str | os.PathLike],
    *,
    dialect: str = "postgres",
    dialect_for: Callable[[str], str | None] | None = None,
    format_for: Callable[[str], str | None] | None = None,
    exclude: Sequence[str] = (),
    display_root: str | None = None,
) -> list[OrderEntry]:
    """What ``read_schema`` would read, in order: every file met with its layout (or format),
    and for each file left out the reason (``OrderEntry.reason``)."""
    root = os.path.abspath(display_root or os.getcwd())
    jobs, plan, _ = _plan([os.fspath(p) for p in paths], root, _dialect_of(dialect, dialect_for), format_for, exclude)
    return list(plan.entries)


def _dialect_of(dialect: str, dialect_for) -> Callable[[str], str]:
    base = resolve_dialect(dialect)
    known: dict[str, str] = {}

    def dialect_of(path: str) -> str:  # asked once per path
        if path not in known:
            chosen = dialect_for(path) if dialect_for is not None else None
            known[path] = resolve_dialect(chosen) if chosen else base
        return known[path]

    return dialect_of


def read_schema(
    paths: Sequence[str | os.PathLike],
    *,
    dialect: str = "postgres",
    dialect_for: Callable[[str], str | None] | None = None,
    format_for: Callable[[str], str | None] | None = None,
    exclude: Sequence[str] = (),
    display_root: str | None = None,
    cache_dir: str | None = None,
    workers: int | None = 1,
) -> Schema:
    """Read the inputs in order and return the resulting schema.

    ``dialect_for(path)`` may return a dialect for one file (None = ``dialect``), and
    ``format_for(path)`` a format for one listed path (None = detect it); ``path`` is the file
    as found: a listed path as given, or the directory as given joined with the file's path
    below it. ``exclude``: globs of files below listed folders not to read (matched against
    the path and the file name). An unknown dialect name raises ValueError. Locations use paths
    relative to ``display_root`` (default: the current directory) with forward slashes, or the
    path as given outside it.

    ``cache_dir``: keep phase-1 scans there by content hash (see ``checker.sql.scan``).
    ``workers``: processes for phase 1; None chooses (parallel only when there is a lot to
    tokenize and more than one core).
    """
    dialect_of = _dialect_of(dialect, dialect_for)
    root = os.path.abspath(display_root or os.getcwd())
    plist = [os.fspath(p) for p in paths]
    state = SchemaState()
    files: list[SourceFile] = []
    logger = logging.getLogger("sqlglot")
    old_level = logger.level
    gc_was_on = gc.isenabled()
    logger.setLevel(logging.ERROR)  # sqlglot warns on every statement it keeps as a command
    gc.disable()
    try:
        jobs, plan, problems = _plan(plist, root, dialect_of, format_for, exclude)
        problems.extend(plan.problems)
        inputs = plan.inputs
        dialects = [dialect_of(i.path) for i in inputs]
        scans: dict[str, object] = {}
        if cache_dir or workers != 1:
            found = scan_many([(i.path, d) for i, d in zip(inputs, dialects)], cache_dir, _workers(inputs, workers))
            scans = {i.path: sc for i, sc in zip(inputs, found)}
        for job in jobs:
            if job.format == "sql":
                for inp in job.inputs:
                    source, probs = read_file(inp, dialect_of(inp.path), state, scans.get(inp.path))
                    files.append(source)
                    problems.extend(probs)
            else:
                sources, probs = _read_format(job, state, root, dialect_of(job.path), exclude)
                files.extend(sources)
                problems.extend(probs)
        tables = state.result()
    finally:
        if gc_was_on:
            gc.freeze()  # what was parsed lives until exit: never scan it again
            gc.enable()
        logger.setLevel(old_level)
    return Schema(tables=tables, files=tuple(files), problems=tuple(problems), flows=tuple(state.flows))


def _read_format(job: _Job, state: SchemaState, root: str, dialect: str, exclude: Sequence[str] = ()) -> tuple[list[SourceFile], list[ParseProblem]]:
    """Read one path of another format into the state; its embedded SQL through the SQL reader."""
    module = format_reader(job.format)
    assert module is not None  # checked when planning
    options = {"dialect": dialect} if "dialect" in inspect.signature(module.read).parameters else {}
    files = [f for f in files_of(job.path) if not is_excluded(f, exclude)]
    changes, problems, sources = module.read(files, lambda f: display_path(f, root), **options)
    embedded: dict[str, list[SourceFile]] = {}

    def run_sql(ch: RunSql) -> list[ParseProblem]:
        source, probs = read_sql_text(ch.text, ch.location.path, resolve_dialect(ch.dialect) if ch.dialect else dialect, state, at=ch.location)
        embedded.setdefault(source.path, []).append(source)
        return probs

    problems = list(problems) + apply_changes(state, changes, run_sql=run_sql)
    # a file's schema changes count as its statements (its embedded SQL adds its own)
    counted = Counter(ch.location.path for ch in changes if not isinstance(ch, RunSql))
    sources = [replace(s, statements=s.statements or counted.get(s.path, 0)) for s in sources]
    merged = [_merge(s, embedded.pop(s.path, [])) for s in sources]
    merged.extend(_merge(more[0], more[1:]) for more in embedded.values())  # SQL files a changelog named
    return merged, problems


def _merge(source: SourceFile, sql: list[SourceFile]) -> SourceFile:
    """A file of another format with the counts and comment lines of the SQL read from it."""
    if not sql:
        return source
    comments = dict(source.comments)
    for s in sql:
        for line, texts in s.comments.items():
            comments[line] = tuple(dict.fromkeys(comments.get(line, ()) + texts))
    return replace(
        source,
        statements=source.statements + sum(s.statements for s in sql),
        commands=source.commands + sum(s.commands for s in sql),
        failed=source.failed + sum(s.failed for s in sql),
        skipped_data_blocks=source.skipped_data_blocks + sum(s.skipped_data_blocks for s in sql),
        comments=dict(sorted(comments.items())),
        warnings=tuple(dict.fromkeys(source.warnings + tuple(w for s in sql for w in s.warnings))),
    )


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
