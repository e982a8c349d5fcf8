"""Output columns of a query (for views, materialized views and CREATE TABLE AS), read from the
query walker (``walk.py``).

Names come from aliases and plain column references; ``*`` and ``t.*`` expand from known
tables, CTEs and subqueries. Expressions without an alias and stars over unknown sources are
skipped. A plain column reference keeps its source column's type.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from .walk import QueryWalker, StateLike


@dataclass(frozen=True)
class Derived:
    name: str
    node: exp.Expr | None  # where it is named, for its location
    sql_type: str = ""
    type_family: str = "unknown"


def query_columns(query: exp.Expr | None, state: StateLike, ctx) -> list[Derived]:
    """The named output columns of ``query`` against the schema state, in order."""
    out = []
    for o in QueryWalker(state, ctx).query(query).outputs:
        if o.shown:
            typed = o.typed
            out.append(Derived(o.shown, o.node, typed.sql_type, typed.type_family) if typed is not None else Derived(o.shown, o.node))
    return out
