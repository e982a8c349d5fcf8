"""What a database catalog tells about a table and its columns, before it becomes the model's
``Table`` (``introspect.to_schema``); and a catalog type name's family."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class ColumnInfo:
    name: str
    sql_type: str
    family: str
    comment: str = ""
    readable: bool = True  # the user may SELECT it


@dataclass(frozen=True)
class TableInfo:
    schema: str  # the database schema, e.g. "public" or "main"
    name: str
    kind: str  # table | view | materialized-view | foreign-table
    columns: tuple[ColumnInfo, ...]
    comment: str = ""
    primary_key: tuple[str, ...] = ()
    row_address: str | None = None  # "ctid" / "rowid" when usable for a stable order

    @property
    def key(self) -> str:
        from ..sql.names import make_key

        return make_key(self.schema, self.name)


@lru_cache(maxsize=4096)
def family(sql_type: str, dialect: str) -> str:
    """Type family of a catalog type name, as for SQL files (cached: a warehouse repeats a few
    dozen type names over a hundred thousand columns)."""
    if not sql_type.strip():
        return "unknown"
    from ..sql.types import family_of_type_name  # sqlglot is imported only there

    return family_of_type_name(sql_type, dialect)
