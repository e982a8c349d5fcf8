"""Output columns of a query (for views, materialized views and CREATE TABLE AS).

Names come from aliases and plain column references; ``*`` and ``t.*`` expand from known
tables, CTEs and subqueries. Expressions without an alias and stars over unknown sources are
skipped. A plain column reference keeps its source column's type.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlglot import exp

from .names import ident


@dataclass(frozen=True)
class Derived:
    name: str
    node: exp.Expr | None  # where it is named, for its location
    sql_type: str = ""
    type_family: str = "unknown"


Resolver = Callable[[exp.Table], "list[Derived] | None"]


def query_columns(query: exp.Expr | None, resolve: Resolver, ctes: dict[str, list[Derived]] | None = None, depth: int = 0) -> list[Derived]:
    if query is None or depth > 30:
        return []
    while isinstance(query, exp.Subquery):
        query = query.this
    ctes = ctes or {}
    with_ = query.args.get("with_")
    if isinstance(with_, exp.With):
        ctes = dict(ctes)  # copied only here: a chain of many CTEs stays linear
        for cte in with_.expressions:
            cols = query_columns(cte.this, resolve, ctes, depth + 1)
            ctes[cte.alias_or_name.lower()] = _renamed(cols, cte.args.get("alias"))
    if isinstance(query, exp.SetOperation):  # UNION etc.: the left-most query names the columns
        return query_columns(query.this, resolve, ctes, depth + 1)
    if not isinstance(query, exp.Select):
        return []

    sources: dict[str, list[Derived] | None] = {}
    from_ = query.args.get("from_")
    items = [from_.this] if isinstance(from_, exp.From) else []
    items += [j.this for j in query.args.get("joins") or ()]
    for src in items:
        alias = src.alias_or_name.lower()
        if isinstance(src, exp.Table):
            cols = ctes.get(src.name.lower()) if not src.args.get("db") else None
            if cols is None:
                cols = resolve(src)
            cols = _renamed(cols, src.args.get("alias")) if cols is not None else None
        elif isinstance(src, exp.Subquery):
            cols = _renamed(query_columns(src.this, resolve, ctes, depth + 1), src.args.get("alias"))
        else:
            cols = None
        sources[alias] = cols

    out: list[Derived] = []
    for proj in query.expressions:
        if isinstance(proj, exp.Star):
            for cols in sources.values():
                out.extend(_at(c, proj) for c in cols or ())
        elif isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star):
            out.extend(_at(c, proj) for c in sources.get(proj.table.lower()) or ())
        elif isinstance(proj, exp.Alias):
            name = ident(proj.args.get("alias"))
            if name:
                src_col = _source(proj.this, sources) if isinstance(proj.this, exp.Column) else None
                out.append(_derived(name, proj.args.get("alias"), src_col))
        elif isinstance(proj, exp.Column):
            name = ident(proj.this)
            if name:
                out.append(_derived(name, proj.this, _source(proj, sources)))
    return out


def _at(col: Derived, node: exp.Expr) -> Derived:
    return Derived(col.name, node, col.sql_type, col.type_family)


def _derived(name: str, node: exp.Expr | None, src: Derived | None) -> Derived:
    if src is None:
        return Derived(name, node)
    return Derived(name, node, src.sql_type, src.type_family)


def _source(col: exp.Column, sources: dict[str, list[Derived] | None]) -> Derived | None:
    name = col.name.lower()
    table = col.table.lower()
    pools = [sources.get(table)] if table else list(sources.values())
    for cols in pools:
        for c in cols or ():
            if c.name.lower() == name:
                return c
    return None


def _renamed(cols: list[Derived], alias: exp.Expr | None) -> list[Derived]:
    """Apply a column alias list, e.g. ``AS t(a, b)``."""
    names = alias.args.get("columns") if isinstance(alias, exp.TableAlias) else None
    if not names:
        return cols
    out = list(cols)
    for i, n in enumerate(names[: len(out)]):
        c = out[i]
        out[i] = Derived(ident(n) or c.name, c.node, c.sql_type, c.type_family)
    return out
