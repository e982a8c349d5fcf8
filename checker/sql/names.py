"""Identifier folding and table keys."""
from __future__ import annotations

from sqlglot import exp

# Default schemas are dropped from table keys, so `public.asiakas` == `asiakas`.
DEFAULT_SCHEMAS = frozenset({"public", "dbo", "main"})

_QUOTES = {'"': '"', "`": "`", "[": "]"}


def fold_identifier(name: str) -> str:
    """Comparison form of one identifier: surrounding quotes removed, lower-cased."""
    name = name.strip()
    if len(name) >= 2 and _QUOTES.get(name[0]) == name[-1]:
        name = name[1:-1]
    return name.lower()


def table_key(name: str) -> str:
    """Key for a dotted table name as written by a user, e.g. ``public.Asiakas`` -> ``asiakas``.

    A three-part name keeps only the last two parts (the database/project part is ignored).
    """
    parts = [fold_identifier(p) for p in name.split(".") if p.strip()]
    return make_key(parts[-2] if len(parts) > 1 else None, parts[-1] if parts else "")


def make_key(schema: str | None, name: str) -> str:
    schema = schema.lower() if schema else None
    if schema and schema not in DEFAULT_SCHEMAS:
        return f"{schema}.{name.lower()}"
    return name.lower()


def ident(node: exp.Expr | None) -> str | None:
    """Display text of an identifier-like node: unquoted -> lower-case, quoted -> as written."""
    if node is None:
        return None
    if isinstance(node, exp.Identifier):
        text = node.this
        return text if node.quoted else text.lower()
    if isinstance(node, exp.Literal):  # MySQL "double quoted" names arrive as strings
        return node.this
    if isinstance(node, (exp.Column, exp.Table)):
        return ident(node.this)
    name = node.name
    return name.lower() if name else None


def display_schema(schema: str | None) -> str | None:
    return None if not schema or schema.lower() in DEFAULT_SCHEMAS else schema


def table_parts(table: exp.Expr, default_schema: str | None = None) -> tuple[str | None, str]:
    """(schema, name) display texts of a table reference; default schemas become None."""
    if isinstance(table, exp.Schema):
        table = table.this
    if not isinstance(table, exp.Table):
        return None, ident(table) or ""
    name = ident(table.this) or ""
    schema = ident(table.args.get("db")) if table.args.get("db") else default_schema
    return display_schema(schema), name
