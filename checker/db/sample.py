"""Deterministic value samples, reduced to ``Evidence`` before they leave this module.

Up to N non-null, non-empty values per column, cut to 256 characters (JSON documents to
4096), in a stable order: the primary key where there is one, else the physical row
address (PostgreSQL ``ctid``, SQLite and DuckDB ``rowid``), else (views, foreign tables) the
value itself. The same database state gives the same sample. A PostgreSQL table without a
key is sampled from its first ROW_ADDRESS_PAGES pages (a TID range scan), so that a huge heap
is not sorted whole. Only columns of the type
families some recognizer reads are sampled (``recognizers.SAMPLED_FAMILIES``: text, number,
date, JSON, other, unknown; booleans, binary and UUIDs hold nothing the recognizers know).
Each column is read in its own read-only transaction; the values are dropped as soon as
they are counted.
"""
from __future__ import annotations

import datetime
import json
from decimal import Decimal
from typing import Any

from .session import Session
from .evidence import Evidence, collect
from .recognizers import SAMPLED_FAMILIES
from .catalog import ColumnInfo, TableInfo

MAX_CHARS = 256
MAX_JSON_CHARS = 4096  # a JSON document cut short does not parse
ROW_ADDRESS_PAGES = 4096  # PostgreSQL tables without a key: sampled from their first 32 MiB


def sampleable(column: ColumnInfo) -> bool:
    return column.readable and column.family in SAMPLED_FAMILIES


def sample_evidence(session: Session, table: TableInfo, column: ColumnInfo, n: int) -> Evidence:
    """Read up to ``n`` values of one column and return only what they prove."""
    if session.engine == "sqlalchemy":
        from .alchemy import sample_query

        query, params = sample_query(table, column, n, session.spec.name), ()  # type: ignore[attr-defined]
    else:
        query, params = (sqlite_query if session.engine == "sqlite" else postgres_query)(table, column, n)
    rows = session.rows(query, params, what=f"sampling {table.key}.{column.name}")
    try:
        limit = MAX_JSON_CHARS if column.family == "json" else MAX_CHARS
        return collect((text for text in (as_text(value, limit) for (value,) in rows) if text), column.family)
    finally:
        del rows
        session.end()


def as_text(value: object, limit: int = MAX_CHARS) -> str | None:
    """Text of a sampled value, cut to ``limit`` (numbers as digits, dates ISO, JSON documents
    serialised); None for other types."""
    if isinstance(value, str):
        return value[:limit]
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)[:limit]
    if isinstance(value, datetime.datetime):
        return value.isoformat(sep=" ")[:limit]
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)[:limit]
    return None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def sqlite_query(table: TableInfo, column: ColumnInfo, n: int) -> tuple[str, tuple[Any, ...]]:
    col = _quote(column.name)
    chars = MAX_JSON_CHARS if column.family == "json" else MAX_CHARS
    if table.primary_key:
        order = ", ".join(_quote(k) for k in table.primary_key)
    elif table.row_address:
        order = table.row_address
    else:
        order = "1"
    sql = (
        f"SELECT substr(CAST({col} AS TEXT), 1, {chars}) FROM {_quote(table.name)} "
        f"WHERE {col} IS NOT NULL AND CAST({col} AS TEXT) <> '' ORDER BY {order} LIMIT ?"
    )
    return sql, (n,)


def postgres_query(table: TableInfo, column: ColumnInfo, n: int) -> tuple[Any, tuple[Any, ...]]:
    from psycopg import sql

    col = sql.Identifier(column.name)
    bound = sql.SQL("")
    if table.primary_key:
        order = sql.SQL(", ").join(sql.Identifier(k) for k in table.primary_key)
    elif table.row_address:
        order = sql.SQL(table.row_address)
        # a table without a key: only its first pages (a TID range scan from PostgreSQL 14 on),
        # so that the sort is over a bounded part of a large table, still deterministic
        bound = sql.SQL(" AND ctid < {}::tid").format(sql.Literal(f"({ROW_ADDRESS_PAGES},0)"))
    else:
        order = sql.SQL("1")
    query = sql.SQL(
        "SELECT left({col}::text, {chars}) FROM {table} WHERE {col} IS NOT NULL AND {col}::text <> ''{bound} ORDER BY {order} LIMIT {limit}"
    ).format(col=col, chars=sql.Literal(MAX_JSON_CHARS if column.family == "json" else MAX_CHARS), table=sql.Identifier(table.schema, table.name),
             bound=bound, order=order, limit=sql.Literal(int(n)))
    # no parameters: a '%' in a column name must not be read as a placeholder
    return query, ()
