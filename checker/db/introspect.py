"""Read tables, views, columns, types and comments from a live catalog -> ``checker.model.Schema``.

* SQLite: ``sqlite_master`` and ``pragma_table_xinfo`` (internal ``sqlite_*`` tables skipped).
* PostgreSQL: ``pg_catalog`` (tables, partitioned tables, views, materialized views, foreign
  tables; ``pg_catalog``, ``information_schema``, ``pg_toast``/temp schemas and objects owned
  by extensions skipped), column comments via ``col_description`` (a ``privacy: <id>``
  marker in a comment is an annotation, as in ``COMMENT ON COLUMN`` in SQL files).

Types map to the same families as SQL files (the SQL reader's ``type_family``); domains
take their base type's family, enums are text. Table keys follow the SQL reader: default
schemas (public, main) are dropped. Database objects have no lines: every Table and Column
location is ``Location(<display url>)`` (line 0); findings name table and column.
"""
from __future__ import annotations

from ..model import Annotation, Column, Location, Schema, Table
from .catalog import ColumnInfo, TableInfo, family
from .session import Session


# ------------------------------------------------------------------ SQLite


def sqlite_tables(session: Session) -> list[TableInfo]:
    objects = session.rows(
        "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid"
    )
    out: list[TableInfo] = []
    for obj_type, name, sql in objects:
        info = session.rows("SELECT name, type, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid", (name,), what=f"reading columns of {name}")
        columns = tuple(ColumnInfo(col, typ or "", family(typ or "", "sqlite")) for col, typ, _, hidden in info if hidden != 1)
        pk = tuple(col for col, _, pk, _ in sorted(info, key=lambda r: r[2]) if pk)
        without_rowid = bool(sql) and "without rowid" in " ".join(str(sql).lower().split())
        virtual = bool(sql) and str(sql).lstrip().upper().startswith("CREATE VIRTUAL")
        is_table = obj_type == "table"
        out.append(TableInfo("main", name, "table" if is_table else "view", columns, primary_key=pk if is_table else (),
                             row_address="rowid" if is_table and not without_rowid and not virtual else None))
    session.end()
    return out


# ------------------------------------------------------------------ PostgreSQL

_PG_KINDS = {"r": "table", "p": "table", "v": "view", "m": "materialized-view", "f": "foreign-table"}

_PG_COLUMNS = """
SELECT n.nspname, c.relname, c.relkind, coalesce(obj_description(c.oid, 'pg_class'), ''),
       a.attname, format_type(a.atttypid, a.atttypmod), t.typtype,
       CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) ELSE '' END,
       coalesce(col_description(c.oid, a.attnum), ''),
       has_column_privilege(c.oid, a.attnum, 'SELECT')
  FROM pg_catalog.pg_class c
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
 WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'
   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                    WHERE d.classid = 'pg_catalog.pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY n.nspname, c.relname, a.attnum
"""

_PG_PRIMARY_KEYS = """
SELECT n.nspname, c.relname, a.attname
  FROM pg_catalog.pg_index i
  JOIN pg_catalog.pg_class c ON c.oid = i.indrelid
  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
  CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
  JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
 WHERE i.indisprimary AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 ORDER BY n.nspname, c.relname, k.ord
"""


def postgres_tables(session: Session) -> list[TableInfo]:
    rows = session.rows(_PG_COLUMNS)
    keys: dict[tuple[str, str], list[str]] = {}
    for nsp, rel, col in session.rows(_PG_PRIMARY_KEYS):
        keys.setdefault((nsp, rel), []).append(col)
    session.end()
    grouped: dict[tuple[str, str], tuple[str, str, list[ColumnInfo]]] = {}
    for nsp, rel, relkind, tcomment, col, sql_type, typtype, base, comment, readable in rows:
        if typtype == "e":
            fam = "text"
        elif typtype == "d":
            fam = family(base, "postgres")
        else:
            fam = family(sql_type, "postgres")
        entry = grouped.setdefault((nsp, rel), (relkind, tcomment, []))
        entry[2].append(ColumnInfo(col, sql_type, fam, comment, bool(readable)))
    out = []
    for (nsp, rel), (relkind, tcomment, columns) in grouped.items():
        kind = _PG_KINDS[relkind]
        address = "ctid" if relkind in ("r", "p", "m") else None
        out.append(TableInfo(nsp, rel, kind, tuple(columns), tcomment, tuple(keys.get((nsp, rel), ())), address))
    return out


def read_tables(session: Session) -> list[TableInfo]:
    if session.engine == "sqlalchemy":
        from .alchemy import alchemy_tables

        return alchemy_tables(session)  # type: ignore[arg-type]
    return sqlite_tables(session) if session.engine == "sqlite" else postgres_tables(session)


# ------------------------------------------------------------------ -> Schema


def to_schema(tables: list[TableInfo], display: str) -> Schema:
    """The model objects the classifier and rules read; ``display`` is the password-free URL."""
    from ..sql.annotations import find_marker
    from ..sql.names import display_schema

    where = Location(display)
    out: list[Table] = []
    for t in tables:
        key = t.key
        columns = []
        for c in t.columns:
            hit = find_marker(c.comment) if c.comment else None
            annotation = Annotation(hit[0], where) if hit else None
            columns.append(Column(key, c.name, c.sql_type, c.family, c.comment, where, annotation=annotation))
        out.append(Table(key, t.name, display_schema(t.schema), t.kind, tuple(columns), t.comment, where))
    return Schema(tables=tuple(out))
