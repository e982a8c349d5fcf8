"""Schema changes as records: what readers of non-SQL schema definitions produce.

Liquibase changelogs, Django and Alembic migrations, Rails ``schema.rb``, Prisma schemas and dbt
projects are read into a list of these records (in the order the tool would apply them), and
``apply_changes`` plays them onto the same ``SchemaState`` the SQL reader fills. Every record
carries the ``Location`` (file:line:col) of what it names, so findings point into the source
format. SQL embedded in such a format (Liquibase ``<sql>``, Django ``RunSQL``, Alembic
``op.execute``, dbt models) is a ``RunSql`` record and goes through the SQL reader.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import Annotation, Location, ParseProblem
from .annotations import find_marker
from .names import display_schema, fold_identifier
from .state import ColState, SchemaState, TableState


@dataclass(frozen=True)
class NewColumn:
    name: str
    sql_type: str = ""  # as written in the source format ("varchar(255)", "CharField", "String")
    type_family: str = "unknown"  # text | number | date | boolean | binary | json | uuid | other | unknown
    comment: str = ""  # remarks / help_text / db_comment / ``///`` / description
    location: Location = Location("")
    annotation: Annotation | None = None  # explicit ``privacy:`` marker (comment or meta)


@dataclass(frozen=True)
class CreateTable:
    name: str
    columns: tuple[NewColumn, ...]
    location: Location
    schema: str | None = None
    comment: str = ""
    kind: str = "table"  # table | view | materialized-view


@dataclass(frozen=True)
class DropTable:
    name: str
    location: Location
    schema: str | None = None


@dataclass(frozen=True)
class RenameTable:
    old: str
    new: str
    location: Location
    schema: str | None = None


@dataclass(frozen=True)
class AddColumn:
    table: str
    column: NewColumn
    location: Location
    schema: str | None = None


@dataclass(frozen=True)
class DropColumn:
    table: str
    name: str
    location: Location
    schema: str | None = None


@dataclass(frozen=True)
class RenameColumn:
    table: str
    old: str
    new: str
    location: Location
    schema: str | None = None


@dataclass(frozen=True)
class AlterColumn:
    """A new type and/or comment; ``None`` leaves that part as it was."""

    table: str
    name: str
    location: Location
    schema: str | None = None
    sql_type: str | None = None
    type_family: str | None = None
    comment: str | None = None
    annotation: Annotation | None = None


@dataclass(frozen=True)
class RunSql:
    """SQL text inside another format; ``location`` is where the text starts."""

    text: str
    location: Location
    dialect: str | None = None  # None: the run's dialect


Change = CreateTable | DropTable | RenameTable | AddColumn | DropColumn | RenameColumn | AlterColumn | RunSql


def annotation_in(text: str, where: Location) -> Annotation | None:
    """The ``privacy: <id>`` marker in a comment-like text, as an annotation located at ``where``."""
    hit = find_marker(text or "")
    return Annotation(hit[0], where) if hit else None


def _col_state(c: NewColumn) -> ColState:
    ann = c.annotation or annotation_in(c.comment, c.location)
    return ColState(c.name, c.sql_type, c.type_family, c.comment, c.location, annotation=ann)


def apply_changes(
    state: SchemaState,
    changes: Iterable[Change],
    *,
    run_sql: Callable[[RunSql], list[ParseProblem]],
) -> list[ParseProblem]:
    """Play ``changes`` onto ``state`` in order. A change naming a table or column the state
    does not have is a located warning (never silently dropped). ``run_sql(RunSql)`` reads
    embedded SQL into the same state and returns its problems."""
    problems: list[ParseProblem] = []

    def table(schema: str | None, name: str, where: Location) -> TableState | None:
        t = state.find(schema, name)
        if t is None:
            problems.append(ParseProblem(where, f"table {name!r} is not defined at this point of the history"))
        return t

    for ch in changes:
        if isinstance(ch, CreateTable):
            t = TableState(ch.name, display_schema(ch.schema), ch.kind, ch.location, 0, comment=ch.comment)
            for c in ch.columns:
                t.columns[fold_identifier(c.name)] = _col_state(c)
            state.add_table(t)
        elif isinstance(ch, DropTable):
            t = table(ch.schema, ch.name, ch.location)
            if t is not None:
                state.tables.pop(t.key, None)
        elif isinstance(ch, RenameTable):
            t = table(ch.schema, ch.old, ch.location)
            if t is not None:
                state.rename_table(t, t.schema, ch.new)
        elif isinstance(ch, AddColumn):
            t = table(ch.schema, ch.table, ch.location)
            if t is not None:
                t.columns[fold_identifier(ch.column.name)] = _col_state(ch.column)
        elif isinstance(ch, DropColumn):
            t = table(ch.schema, ch.table, ch.location)
            if t is not None and t.columns.pop(fold_identifier(ch.name), None) is None:
                problems.append(ParseProblem(ch.location, f"column {ch.table}.{ch.name} is not defined at this point of the history"))
        elif isinstance(ch, RenameColumn):
            t = table(ch.schema, ch.table, ch.location)
            if t is not None:
                if fold_identifier(ch.old) not in t.columns:
                    problems.append(ParseProblem(ch.location, f"column {ch.table}.{ch.old} is not defined at this point of the history"))
                else:
                    state.rename_column(t, ch.old, ch.new, ch.location)
        elif isinstance(ch, AlterColumn):
            t = table(ch.schema, ch.table, ch.location)
            col = t.columns.get(fold_identifier(ch.name)) if t is not None else None
            if t is not None and col is None:
                problems.append(ParseProblem(ch.location, f"column {ch.table}.{ch.name} is not defined at this point of the history"))
            if col is not None:
                if ch.sql_type is not None:
                    col.sql_type = ch.sql_type
                if ch.type_family is not None:
                    col.type_family = ch.type_family
                if ch.comment is not None:
                    col.comment = ch.comment
                ann = ch.annotation or (annotation_in(ch.comment, ch.location) if ch.comment is not None else None)
                if ann is not None:
                    col.annotation = ann
        elif isinstance(ch, RunSql):
            problems.extend(run_sql(ch))
    return problems


__all__ = [
    "AddColumn", "AlterColumn", "Change", "CreateTable", "DropColumn", "DropTable", "NewColumn",
    "RenameColumn", "RenameTable", "RunSql", "annotation_in", "apply_changes",
]
