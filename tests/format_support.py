"""Reading a non-SQL format's changes into a schema in tests: ``apply_changes`` with embedded SQL
read by the SQL reader (each ``RunSql`` text written to a file, padded so that its lines and
columns are those of the text in its source file, and read like any file under that name)."""
from __future__ import annotations

import itertools
from pathlib import Path

from checker.model import Schema
from checker.sql.changes import RunSql, apply_changes
from checker.sql.files import Input
from checker.sql.reader import read_file
from checker.sql.state import SchemaState


def build(changes, scratch: Path, dialect: str = "postgres", files=()) -> tuple[Schema, list]:
    """(schema, problems) after playing ``changes``; RunSql locations keep their source file."""
    state = SchemaState()
    counter = itertools.count()
    scratch.mkdir(parents=True, exist_ok=True)

    def run_sql(ch: RunSql):
        f = scratch / f"embedded_{next(counter)}.sql"
        line, col = max(ch.location.line, 1), max(ch.location.col, 1)
        f.write_text("\n" * (line - 1) + " " * (col - 1) + ch.text, encoding="utf-8")
        _, problems = read_file(Input(str(f), ch.location.path), ch.dialect or dialect, state)
        return problems

    problems = apply_changes(state, changes, run_sql=run_sql)
    return Schema(tables=state.result(), files=tuple(files), flows=tuple(state.flows)), problems


def columns(schema: Schema, key: str) -> set[str]:
    t = schema.table(key)
    assert t is not None, f"table {key} missing"
    return {c.name for c in t.columns}
