"""Dialect names accepted by the reader."""
from __future__ import annotations

from sqlglot.dialects.dialect import Dialect

SUPPORTED = ("postgres", "mysql", "tsql", "sqlite", "oracle", "bigquery", "snowflake")
ALIASES = {
    "postgresql": "postgres",
    "pg": "postgres",
    "mssql": "tsql",
    "sqlserver": "tsql",
    "mariadb": "mysql",
    "sqlite3": "sqlite",
}


def resolve_dialect(name: str) -> str:
    """Normalise a dialect name; raise ValueError for names sqlglot does not know.

    The seven SUPPORTED dialects are tested; any other sqlglot dialect is best effort.
    """
    key = (name or "").strip().lower()
    key = ALIASES.get(key, key)
    if key and "," not in key and Dialect.get(key) is not None:
        return key
    raise ValueError(f"unknown SQL dialect {name!r}; expected one of: {', '.join(SUPPORTED)}")
