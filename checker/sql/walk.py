"""The one query walker: what a query outputs, reads, filters on and excludes.

Both consumers read from it: flows (``flows.py``: which source columns reach a sink) and the
columns of views and CREATE TABLE AS (``views.py``: names, locations, types). A walk unwraps
subqueries, resolves ``WITH`` (CTEs see the ones before them), takes ``UNION`` column names
from the left branch (sources from both), expands ``*`` and ``t.*`` from the schema state,
applies alias lists (``AS t(a, b)``) and resolves column names against the FROM items.
Nesting deeper than ``MAX_DEPTH`` is not followed (the result is empty there, never wrong).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol, Union

from sqlglot import exp

from ..model import ColumnRef, Exclusion
from .names import fold_identifier, ident, make_key, table_parts

MAX_DEPTH = 40  # nested queries followed; the parser refuses far deeper input anyway

Refs = frozenset[ColumnRef]


class Typed(Protocol):
    """A stored column's type (the schema state's column)."""

    sql_type: str
    type_family: str


class Out(NamedTuple):
    """One output column of a query."""

    name: str  # folded, for matching
    refs: Refs  # the source columns its value comes from
    shown: str | None = None  # as a view column would be named; None: an unnamed expression
    node: exp.Expr | None = None  # where it is named
    typed: Typed | None = None  # a plain reference's source column, else None


class StateLike(Protocol):
    def find_node(self, node: exp.Expr, ctx: Any) -> Any: ...


class TableRel:
    """A stored table's columns as a relation, built only as far as a query needs it."""

    __slots__ = ("table",)

    def __init__(self, table) -> None:
        self.table = table

    def lookup(self, name: str) -> Out | None:
        c = self.table.columns.get(name)
        return Out(name, frozenset({ColumnRef(self.table.key, c.name.lower())}), c.name, None, c) if c is not None else None

    def items(self) -> list[Out]:
        key = self.table.key
        return [Out(name, frozenset({ColumnRef(key, c.name.lower())}), c.name, None, c) for name, c in self.table.columns.items()]


Rel = Union[TableRel, "list[Out]"]
Scope = dict[str, Rel]  # FROM item alias -> its columns


def items_of(rel: Rel) -> list[Out]:
    return rel.items() if isinstance(rel, TableRel) else rel


@dataclass
class Walked:
    """What a query (or a statement's parts) reads."""

    outputs: list[Out] = field(default_factory=list)
    filters: set[ColumnRef] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    schemas: set[str] = field(default_factory=set)
    servers: set[str] = field(default_factory=set)
    exclusions: list[Exclusion] = field(default_factory=list)

    def reads(self) -> set[ColumnRef]:
        return {r for o in self.outputs for r in o.refs}

    def take(self, sub: "Walked", *, reads_filter: bool = False, places: bool = True, exclusions: bool = True) -> None:
        """Add what a nested query ``sub`` reads: its filters and sources always; its outputs as
        filters (``reads_filter``: a subquery in WHERE), its schemas and servers (``places``), its
        exclusions (``exclusions``)."""
        self.filters |= sub.filters
        if reads_filter:
            self.filters |= sub.reads()
        self.sources |= sub.sources
        if places:
            self.schemas |= sub.schemas
            self.servers |= sub.servers
        if exclusions:
            self.exclusions += sub.exclusions


class QueryWalker:
    """Walks queries against the schema state at the statement being read."""

    def __init__(self, state: StateLike, ctx) -> None:
        self.state = state
        self.ctx = ctx

    # ------------------------------------------------------------ queries

    def query(self, node: exp.Expr | None, ctes: dict[str, list[Out]] | None = None, depth: int = 0) -> Walked:
        q = Walked()
        if node is None or depth > MAX_DEPTH:
            return q
        while isinstance(node, exp.Subquery):
            node = node.this
        ctes = ctes or {}
        with_ = node.args.get("with_")
        if isinstance(with_, exp.With):
            ctes = dict(ctes)  # copied only here: a chain of many CTEs stays linear
            for cte in with_.expressions:
                sub = self.query(cte.this, ctes, depth + 1)
                q.take(sub)
                ctes[cte.alias_or_name.lower()] = renamed(sub.outputs, cte.args.get("alias"))
        if isinstance(node, exp.SetOperation):
            return self._set_operation(node, q, ctes, depth)
        if not isinstance(node, exp.Select):
            return q
        items = from_items(node)
        joins = node.args.get("joins") or []
        scope = self.scope(items, q, ctes, depth)
        for proj in node.expressions:
            q.outputs.extend(self._projection(proj, scope, q, ctes, depth))
        for join in joins:
            self.filter_refs(join.args.get("on"), scope, q, ctes, depth)
            if join.side == "LEFT" or join.args.get("kind") == "ANTI":
                joined = join.this.alias_or_name.lower()
                if join.args.get("kind") == "ANTI" or _null_checked(node.args.get("where"), joined):
                    q.exclusions.append(Exclusion("anti-join", self.key(join.this) or joined, None))
        for part in ("group", "having", "qualify", "order"):
            self.filter_refs(node.args.get(part), scope, q, ctes, depth)
        self.where(node.args.get("where"), scope, q, ctes, depth)
        return q

    def _set_operation(self, node: exp.SetOperation, q: Walked, ctes: dict[str, list[Out]], depth: int) -> Walked:
        """UNION / INTERSECT: names from the left, sources from both; EXCEPT: the right filters."""
        left = self.query(node.this, ctes, depth + 1)
        right = self.query(node.expression, ctes, depth + 1)
        q.take(left)
        if isinstance(node, exp.Except):  # rows of the right side are taken out
            q.outputs = left.outputs
            q.take(right, reads_filter=True, exclusions=False)
            q.exclusions += [Exclusion("except", s, None) for s in sorted(right.sources)]
        else:
            n = len(right.outputs)
            q.outputs = [o._replace(refs=o.refs | right.outputs[i].refs) if i < n else o for i, o in enumerate(left.outputs)]
            q.take(right, exclusions=False)
        return q

    def _projection(self, proj: exp.Expr, scope: Scope, q: Walked, ctes, depth: int) -> list[Out]:
        if isinstance(proj, exp.Star):
            return [o._replace(node=proj) for rel in scope.values() for o in items_of(rel)]
        if isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star):
            return [o._replace(node=proj) for o in items_of(scope.get(proj.table.lower(), []))]
        name = fold_identifier(proj.alias_or_name or "") if proj.alias_or_name else ""
        column = proj.this if isinstance(proj, exp.Alias) else proj
        if isinstance(column, exp.Column):  # a plain reference: its source's refs and type
            named = proj.args.get("alias") if isinstance(proj, exp.Alias) else proj.this
            shown = ident(named) or None
            found = self.match(column, scope)
            refs = found.refs if found is not None else frozenset(self.resolve(column, scope))
            if found is not None and not found.shown:  # a view has only named columns to take a type from
                found = self.match(column, scope, named_only=True)
            return [Out(name, refs, shown, named, found.typed if found is not None and shown else None)]
        refs = frozenset(self.refs(proj, scope, q, ctes, depth))
        if isinstance(proj, exp.Alias):
            alias = proj.args.get("alias")
            return [Out(name, refs, ident(alias) or None, alias)]
        return [Out(name, refs)]

    def scope(self, items, q: Walked, ctes: dict[str, list[Out]] | None = None, depth: int = 0) -> Scope:
        """The FROM / JOIN / USING items by alias; what they read goes into ``q``."""
        scope: Scope = {}
        for src in items:
            if src is None:
                continue
            alias = src.alias_or_name.lower()
            if isinstance(src, exp.Table):
                rel, key = self._table_rel(src, ctes or {})
                if key:
                    q.sources.add(key)
                    schema, _ = table_parts(src, self.ctx.default_schema)
                    if schema:
                        q.schemas.add(schema.lower())
                    t = self.state.find_node(src, self.ctx)
                    server = getattr(t, "server", None) if t is not None else None
                    if server:
                        q.servers.add(server)
                alias_node = src.args.get("alias")
                has_columns = isinstance(alias_node, exp.TableAlias) and alias_node.args.get("columns")
                scope[alias] = renamed(items_of(rel), alias_node) if has_columns else rel
            elif isinstance(src, exp.Subquery):
                sub = self.query(src.this, ctes, depth + 1)
                q.take(sub)
                scope[alias] = renamed(sub.outputs, src.args.get("alias"))
            else:  # table functions: dblink(...) and friends
                for fn in src.find_all(exp.Anonymous):
                    if fn.name.lower() == "dblink":
                        q.servers.add(dblink_target(fn))
                        q.sources.add(f"dblink:{dblink_target(fn)}")
                scope[alias] = []
        return scope

    def table_rel(self, node: exp.Table) -> tuple[Rel, str]:
        """A stored table's columns and key (an unknown table: no columns, its written key)."""
        return self._table_rel(node, {})

    def _table_rel(self, node: exp.Table, ctes: dict[str, list[Out]]) -> tuple[Rel, str]:
        if not node.args.get("db") and node.name.lower() in ctes:
            return ctes[node.name.lower()], ""
        t = self.state.find_node(node, self.ctx)
        if t is None:
            key = self.key(node) or node.name.lower()
            return [], key
        return TableRel(t), t.key

    # ------------------------------------------------------------ expressions

    def refs(self, node, scope: Scope, q: Walked, ctes=None, depth: int = 0) -> set[ColumnRef]:
        """Source columns an expression's value comes from (subqueries in it included)."""
        out: set[ColumnRef] = set()
        if node is None:
            return out
        stack = [node]
        while stack:
            cur = stack.pop()
            if isinstance(cur, (exp.Subquery, exp.Select)) and cur is not node:
                sub = self.query(cur, ctes, depth + 1)
                out |= sub.reads()
                q.take(sub, places=False, exclusions=False)
                continue
            if isinstance(cur, exp.Column):
                out |= self.resolve(cur, scope)
                continue
            if isinstance(cur, exp.Anonymous) and cur.name.lower() == "dblink":
                q.servers.add(dblink_target(cur))
            stack.extend(v for v in cur.iter_expressions())
        return out

    def match(self, col: exp.Column, scope: Scope, named_only: bool = False) -> Out | None:
        """The output column a column reference names: qualified, or the first FROM item having it
        (``named_only``: among the columns a view would have, for its types)."""
        name = col.name.lower()
        table = col.table.lower()
        pools = [scope.get(table, [])] if table else list(scope.values())
        for rel in pools:
            if isinstance(rel, TableRel):
                found = rel.lookup(name)
                if found is not None:
                    return found
                continue
            for o in rel:
                if o.name == name and (o.shown or not named_only):
                    return o
        return None

    def resolve(self, col: exp.Column, scope: Scope) -> set[ColumnRef]:
        found = self.match(col, scope)
        if found is not None:
            return set(found.refs)
        name = col.name.lower()
        table = col.table.lower()
        if table and table in scope and not isinstance(scope[table], TableRel) and not scope[table]:
            return set()
        if len(scope) == 1 and not table:  # unknown table: keep the name we saw
            only = next(iter(scope))
            rel = scope[only]
            return {ColumnRef(only, name)} if not isinstance(rel, TableRel) and not rel else set()
        return set()

    def filter_refs(self, node, scope: Scope, q: Walked, ctes=None, depth: int = 0) -> None:
        if node is not None:
            q.filters |= self.refs(node, scope, q, ctes, depth)

    def where(self, where, scope: Scope, q: Walked, ctes=None, depth: int = 0) -> None:
        """WHERE: its columns are filters, its subqueries are read, exclusions are recorded."""
        if not isinstance(where, exp.Where):
            return
        for cond in conjuncts(where.this):
            exclusion = self._exclusion(cond, scope)
            if exclusion:
                q.exclusions.append(exclusion)
        for sub in where.find_all(exp.Select):
            q.take(self.query(sub, ctes, depth + 1), reads_filter=True, exclusions=False)
        q.filters |= self.refs(where.this, scope, q, ctes, depth)

    def _exclusion(self, cond: exp.Expr, scope: Scope) -> Exclusion | None:
        inner = cond.this if isinstance(cond, exp.Not) else None
        if isinstance(inner, exp.Exists):
            tables = [self.key(t) for t in inner.find_all(exp.Table)]
            return Exclusion("not-exists", tables[0] if tables else None, None)
        if isinstance(inner, exp.In) and inner.args.get("query") is not None:
            tables = [self.key(t) for t in inner.args["query"].find_all(exp.Table)]
            return Exclusion("not-in", tables[0] if tables else None, None)
        flag = _flag_column(cond)
        if flag is not None:
            refs = self.resolve(flag, scope)
            ref = next(iter(sorted(refs, key=ref_key)), None)
            return Exclusion("flag", ref.table if ref else flag.table.lower() or None, ref.column if ref else flag.name.lower())
        return None

    def key(self, node) -> str | None:
        """The table key a reference names (the stored table's, or as written)."""
        if isinstance(node, exp.Schema):
            node = node.this
        if not isinstance(node, exp.Table):
            return None
        t = self.state.find_node(node, self.ctx)
        if t is not None:
            return t.key
        schema, name = table_parts(node, self.ctx.default_schema)
        return make_key(schema, name) if name else None


# ---------------------------------------------------------------- pure helpers


def ref_key(r: ColumnRef) -> tuple[str, str]:
    return (r.table, r.column)


def from_items(e: exp.Expr) -> list[exp.Expr]:
    """The FROM item and the joined ones, in order."""
    from_ = e.args.get("from_")
    items = [from_.this] if isinstance(from_, exp.From) else []
    items += [j.this for j in e.args.get("joins") or ()]
    return items


def renamed(rel: list[Out], alias) -> list[Out]:
    """Apply a column alias list, e.g. ``AS t(a, b)``, by position."""
    names = alias.args.get("columns") if isinstance(alias, exp.TableAlias) else None
    if not names:
        return rel
    out = list(rel)
    for i, n in enumerate(names[: len(out)]):
        o = out[i]
        shown = ident(n) or o.shown
        out[i] = o._replace(name=fold_identifier(ident(n) or o.name), shown=shown)
    return out


def conjuncts(node) -> list[exp.Expr]:
    """The terms of ``a AND (b AND c)``, in order (iterative: thousands of ANDs nest deep)."""
    out: list[exp.Expr] = []
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, exp.And):
            stack += (cur.expression, cur.this)
        elif isinstance(cur, exp.Paren):
            stack.append(cur.this)
        elif cur is not None:
            out.append(cur)
    return out


def _null_checked(where, alias: str) -> bool:
    """WHERE <alias>.col IS NULL (the anti-join idiom)."""
    if not isinstance(where, exp.Where):
        return False
    for cond in conjuncts(where.this):
        if isinstance(cond, exp.Is) and isinstance(cond.expression, exp.Null) and isinstance(cond.this, exp.Column):
            if cond.this.table.lower() == alias:
                return True
    return False


def _flag_column(cond: exp.Expr) -> exp.Column | None:
    """A boolean filter that keeps rows whose flag is off: NOT c, c = false, c IS NOT TRUE, c = 0, c <> true."""
    if isinstance(cond, exp.Not) and isinstance(cond.this, exp.Column):
        return cond.this
    if isinstance(cond, exp.Not) and isinstance(cond.this, exp.Is) and isinstance(cond.this.this, exp.Column) and _is_true(cond.this.expression):
        return cond.this.this
    if isinstance(cond, (exp.EQ, exp.Is)):
        col, value = cond.this, cond.expression
        if isinstance(value, exp.Column) and not isinstance(col, exp.Column):
            col, value = value, col
        if isinstance(col, exp.Column) and (_is_false(value)):
            return col
        if isinstance(col, exp.Coalesce) and isinstance(col.this, exp.Column) and _is_false(value):
            return col.this
    if isinstance(cond, exp.NEQ) and isinstance(cond.this, exp.Column) and _is_true(cond.expression):
        return cond.this
    return None


def _is_false(v) -> bool:
    return isinstance(v, exp.Boolean) and not v.this or (isinstance(v, exp.Literal) and not v.is_string and v.this == "0") or (
        isinstance(v, exp.Literal) and v.is_string and v.this.lower() in ("f", "false", "n", "no", "0")
    )


def _is_true(v) -> bool:
    return isinstance(v, exp.Boolean) and bool(v.this) or (isinstance(v, exp.Literal) and not v.is_string and v.this == "1")


def dblink_target(fn: exp.Anonymous) -> str:
    """The host (or connection text) of a ``dblink(...)`` call."""
    first = fn.expressions[0] if fn.expressions else None
    text = first.name if isinstance(first, exp.Literal) else (first.sql() if first is not None else "")
    host = re.search(r"\bhost\s*=\s*([^\s']+)", text, re.IGNORECASE)
    return host.group(1) if host else text
