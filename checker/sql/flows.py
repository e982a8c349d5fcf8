"""Column-level flows out of DML and DDL statements: what is read, where it goes, what is excluded.

A flow is extracted when its statement is applied, against the schema state at that point,
so ``*`` expands to the columns that existed then. INSERT ... SELECT pairs target columns
with the select list by position (not by name). Columns used only in WHERE / JOIN / GROUP
BY / HAVING / ORDER BY are recorded as ``filters``: they count as read for purpose checks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlglot import exp

from ..model import ColumnRef, Exclusion, Flow, Location, Purge, Sink
from .names import fold_identifier, ident, make_key, table_parts

Refs = frozenset[ColumnRef]
Rel = list[tuple[str, Refs]]  # output columns in order: (folded name, source columns)


class _TableRel:
    """A stored table's columns as a relation, built only as far as a query needs it."""

    __slots__ = ("table",)

    def __init__(self, table) -> None:
        self.table = table

    def lookup(self, name: str) -> Refs | None:
        c = self.table.columns.get(name)
        return frozenset({ColumnRef(self.table.key, c.name.lower())}) if c is not None else None

    def items(self) -> Rel:
        key = self.table.key
        return [(name, frozenset({ColumnRef(key, c.name.lower())})) for name, c in self.table.columns.items()]


def _items(rel) -> Rel:
    return rel.items() if isinstance(rel, _TableRel) else rel

_UNIT_DAYS = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}
_UNIT_ISO = {"year": "Y", "month": "M", "week": "W", "day": "D"}


@dataclass
class _Query:
    outputs: Rel = field(default_factory=list)
    filters: set[ColumnRef] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    schemas: set[str] = field(default_factory=set)
    servers: set[str] = field(default_factory=set)
    exclusions: list[Exclusion] = field(default_factory=list)

    def reads(self) -> set[ColumnRef]:
        return {r for _, refs in self.outputs for r in refs}

    def absorb(self, other: "_Query") -> None:
        """Everything ``other`` reads counts as filtering here (a subquery in WHERE, ...)."""
        self.filters |= other.reads() | other.filters
        self.sources |= other.sources
        self.schemas |= other.schemas
        self.servers |= other.servers


class FlowExtractor:
    """Turns statements into ``Flow`` records, using the schema state for names and ``*``."""

    def __init__(self, state, ctx) -> None:
        self.state = state
        self.ctx = ctx

    # ------------------------------------------------------------ statements

    def extract(self, e: exp.Expr, purpose: str | None) -> list[Flow]:
        flows = self._extract(e)
        return [_with(f, purpose=purpose) for f in flows]

    def _extract(self, e: exp.Expr) -> list[Flow]:
        loc = self.ctx.stmt_loc
        if isinstance(e, exp.Insert):
            return self._insert(e, loc)
        if isinstance(e, exp.Create):
            return self._create(e, loc)
        if isinstance(e, exp.Select) or isinstance(e, exp.SetOperation):
            return self._select(e, loc)
        if isinstance(e, exp.Update):
            return self._update(e, loc)
        if isinstance(e, exp.Delete):
            return self._delete(e, loc)
        if isinstance(e, exp.Merge):
            return self._merge(e, loc)
        if isinstance(e, exp.Copy):
            return self._copy(e, loc)
        if isinstance(e, exp.Grant):
            return self._grant(e, loc)
        if isinstance(e, exp.Export):
            q = self.query(e.this)
            uri = _option(e.args.get("options"), "uri") or ""
            return [self._flow("export-data", loc, q, Sink("uri", uri))]
        return []

    def _insert(self, e: exp.Insert, loc: Location) -> list[Flow]:
        target = e.this
        names: list[str] = []
        if isinstance(target, exp.Schema):
            names = [fold_identifier(ident(c) or "") for c in target.expressions]
            target = target.this
        source = e.expression
        if source is None:
            return []
        q = self.query(source)
        key, sink = self._table_sink(target)
        t = self.state.find_node(target, self.ctx) if isinstance(target, exp.Table) else None
        if not names and t is not None:
            names = list(t.columns)
        mapping = []
        for i, (_, refs) in enumerate(q.outputs):  # by position: reordered column lists stay right
            if i < len(names):
                mapping.append((ColumnRef(key, names[i]), tuple(sorted(refs, key=_ref_key))))
        return [self._flow("insert-select", loc, q, sink, mapping=tuple(mapping))]

    def _create(self, e: exp.Create, loc: Location) -> list[Flow]:
        kind = str(e.args.get("kind") or "").upper()
        query = e.expression
        if kind == "SERVER" or kind == "PUBLICATION" or kind == "SUBSCRIPTION":
            return []  # handled from tokens (sqlglot keeps them as commands)
        if kind not in ("TABLE", "VIEW") or not isinstance(query, (exp.Select, exp.SetOperation, exp.Subquery)):
            return []
        target = e.this.this if isinstance(e.this, exp.Schema) else e.this
        props = e.args.get("properties")
        materialized = bool(props and any(isinstance(p, exp.MaterializedProperty) for p in props.expressions))
        statement = "create-table-as" if kind == "TABLE" else ("materialized-view" if materialized else "view")
        q = self.query(query)
        key, sink = self._table_sink(target)
        names = [fold_identifier(ident(c) or "") for c in e.this.expressions] if isinstance(e.this, exp.Schema) else []
        mapping = tuple(
            (ColumnRef(key, names[i] if i < len(names) else name), tuple(sorted(refs, key=_ref_key)))
            for i, (name, refs) in enumerate(q.outputs)
        )
        return [self._flow(statement, loc, q, sink, mapping=mapping)]

    def _select(self, e: exp.Expr, loc: Location) -> list[Flow]:
        into = e.args.get("into") if isinstance(e, exp.Select) else None
        q = self.query(e)
        if isinstance(into, exp.Into):
            key, sink = self._table_sink(into.this)
            return [self._flow("select-into", loc, q, sink)]
        return [self._flow("select", loc, q, None)]

    def _update(self, e: exp.Update, loc: Location) -> list[Flow]:
        q = _Query()
        key, sink = self._table_sink(e.this)
        scope = self._scope([e.this, *(_from_items(e))], q)
        mapping = []
        for assignment in e.expressions:
            if isinstance(assignment, exp.EQ):
                refs = self._refs(assignment.expression, scope, q)
                col = fold_identifier(ident(assignment.this) or "")
                q.outputs.append((col, frozenset(refs)))
                mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=_ref_key))))
        self._where(e.args.get("where"), scope, q)
        return [self._flow("update", loc, q, sink, mapping=tuple(mapping))]

    def _delete(self, e: exp.Delete, loc: Location) -> list[Flow]:
        target = e.this
        q = _Query()
        scope = self._scope([target, *(e.args.get("using") or [])], q)
        where = e.args.get("where")
        self._where(where, scope, q)
        key = self._key(target)
        purge = _purge(where.this if isinstance(where, exp.Where) else None, key) if key else None
        return [self._flow("delete", loc, q, Sink("table", key or "?"), purge=purge)]

    def _merge(self, e: exp.Merge, loc: Location) -> list[Flow]:
        q = _Query()
        key, sink = self._table_sink(e.this)
        scope = self._scope([e.this, e.args.get("using")], q)
        self._filter_refs(e.args.get("on"), scope, q)
        mapping = []
        whens = e.args.get("whens")
        for when in (whens.expressions if isinstance(whens, exp.Whens) else []):
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                for assignment in then.expressions:
                    if isinstance(assignment, exp.EQ):
                        refs = self._refs(assignment.expression, scope, q)
                        col = fold_identifier(ident(assignment.this) or "")
                        q.outputs.append((col, frozenset(refs)))
                        mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=_ref_key))))
            elif isinstance(then, exp.Insert):
                cols = then.this.expressions if isinstance(then.this, (exp.Tuple, exp.Schema)) else []
                values = then.expression.expressions if isinstance(then.expression, exp.Tuple) else []
                for i, value in enumerate(values):
                    refs = self._refs(value, scope, q)
                    col = fold_identifier(ident(cols[i]) or "") if i < len(cols) else str(i)
                    q.outputs.append((col, frozenset(refs)))
                    mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=_ref_key))))
        return [self._flow("merge", loc, q, sink, mapping=tuple(mapping))]

    def _copy(self, e: exp.Copy, loc: Location) -> list[Flow]:
        """COPY t|(query) TO file|PROGRAM|STDOUT (postgres); COPY INTO @stage|'uri' FROM t|(query) (snowflake)."""
        files = e.args.get("files") or []
        target = e.this
        if e.args.get("kind"):  # FROM: only an unload when the target is a location
            text = target.name if isinstance(target, (exp.Literal, exp.Table)) else target.sql()
            location = target.sql() if not isinstance(target, exp.Literal) else target.name
            location = location[1:-1] if len(location) > 1 and location[0] == location[-1] == "'" else location
            if not (location.startswith("@") or _URI.match(text or "")) or not files:
                return []
            return [self._flow("copy-into-location", loc, self._copy_source(files[0]), Sink("uri", location))]
        q = self._copy_source(target)
        first = files[0] if files else None
        word = first.name.upper() if first is not None else "STDOUT"
        if word == "PROGRAM":
            params = e.args.get("params") or []
            sink = Sink("program", params[0].sql() if params else "")
        elif word in ("STDOUT", "STDIN") or first is None:
            sink = Sink("stdout", "STDOUT")
        else:
            text = first.name if isinstance(first, exp.Literal) else first.sql()
            sink = Sink("uri", text) if _URI.match(text) else Sink("file", text)
        return [self._flow("copy-to", loc, q, sink)]

    def _copy_source(self, src) -> _Query:
        if isinstance(src, (exp.Subquery, exp.Select)):
            return self.query(src)
        q = _Query()
        cols = None
        if isinstance(src, exp.Schema):
            cols = [fold_identifier(ident(c) or "") for c in src.expressions]
            src = src.this
        if isinstance(src, exp.Table):
            rel, key = self._table_rel(src, {})
            q.sources.add(key)
            q.outputs = [(n, r) for n, r in _items(rel) if cols is None or n in cols]
        return q

    def _grant(self, e: exp.Grant, loc: Location) -> list[Flow]:
        privileges = e.args.get("privileges") or []
        selected: list[str] | None = None
        can_read = False
        for p in privileges:
            name = str(p.this).upper() if isinstance(p, exp.GrantPrivilege) else str(p).upper()
            if name in ("SELECT", "ALL", "ALL PRIVILEGES"):
                can_read = True
                cols = p.expressions if isinstance(p, exp.GrantPrivilege) else []
                if cols:
                    selected = [fold_identifier(ident(c) or c.name) for c in cols]
        securable = e.args.get("securable")
        if not can_read or not isinstance(securable, exp.Table):
            return []
        rel, key = self._table_rel(securable, {})
        q = _Query(outputs=[(n, r) for n, r in _items(rel) if selected is None or n in selected], sources={key})
        flows = []
        for principal in e.args.get("principals") or []:
            role = fold_identifier(ident(principal.this) or principal.sql())
            flows.append(self._flow("grant", loc, q, Sink("role", role), roles=(role,)))
        return flows

    # ------------------------------------------------------------ queries

    def query(self, node: exp.Expr | None, ctes: dict[str, Rel] | None = None, depth: int = 0) -> _Query:
        q = _Query()
        if node is None or depth > 40:
            return q
        while isinstance(node, exp.Subquery):
            node = node.this
        ctes = ctes or {}
        with_ = node.args.get("with_")
        if isinstance(with_, exp.With):
            ctes = dict(ctes)  # copied only here: a chain of many CTEs stays linear
            for cte in with_.expressions:
                sub = self.query(cte.this, ctes, depth + 1)
                q.filters |= sub.filters
                q.sources |= sub.sources
                q.schemas |= sub.schemas
                q.servers |= sub.servers
                q.exclusions += sub.exclusions
                ctes[cte.alias_or_name.lower()] = _renamed(sub.outputs, cte.args.get("alias"))
        if isinstance(node, exp.SetOperation):
            left = self.query(node.this, ctes, depth + 1)
            right = self.query(node.expression, ctes, depth + 1)
            if isinstance(node, exp.Except):  # rows of the right side are taken out
                q.outputs = left.outputs
                q.filters |= left.filters | right.reads() | right.filters
                q.exclusions += left.exclusions + [Exclusion("except", s, None) for s in sorted(right.sources)]
            else:
                q.outputs = [(n, r | (right.outputs[i][1] if i < len(right.outputs) else frozenset())) for i, (n, r) in enumerate(left.outputs)]
                q.filters |= left.filters | right.filters
                q.exclusions += left.exclusions
            for side in (left, right):
                q.sources |= side.sources
                q.schemas |= side.schemas
                q.servers |= side.servers
            return q
        if not isinstance(node, exp.Select):
            return q
        items = []
        from_ = node.args.get("from_")
        if isinstance(from_, exp.From):
            items.append(from_.this)
        joins = node.args.get("joins") or []
        items += [j.this for j in joins]
        scope = self._scope(items, q, ctes, depth)
        for proj in node.expressions:
            if isinstance(proj, exp.Star):
                for rel in scope.values():
                    q.outputs.extend(_items(rel))
            elif isinstance(proj, exp.Column) and isinstance(proj.this, exp.Star):
                q.outputs.extend(_items(scope.get(proj.table.lower(), [])))
            else:
                name = fold_identifier(proj.alias_or_name or "") if proj.alias_or_name else ""
                q.outputs.append((name, frozenset(self._refs(proj, scope, q, ctes, depth))))
        for join in joins:
            self._filter_refs(join.args.get("on"), scope, q, ctes, depth)
            if join.side == "LEFT" or join.args.get("kind") == "ANTI":
                joined = join.this.alias_or_name.lower()
                if join.args.get("kind") == "ANTI" or _null_checked(node.args.get("where"), joined):
                    q.exclusions.append(Exclusion("anti-join", self._key(join.this) or joined, None))
        for part in ("group", "having", "qualify", "order"):
            self._filter_refs(node.args.get(part), scope, q, ctes, depth)
        self._where(node.args.get("where"), scope, q, ctes, depth)
        return q

    def _scope(self, items, q: _Query, ctes: dict[str, Rel] | None = None, depth: int = 0) -> dict[str, Rel]:
        scope: dict[str, Rel] = {}
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
                scope[alias] = _renamed(_items(rel), alias_node) if has_columns else rel
            elif isinstance(src, exp.Subquery):
                sub = self.query(src.this, ctes, depth + 1)
                q.sources |= sub.sources
                q.schemas |= sub.schemas
                q.servers |= sub.servers
                q.filters |= sub.filters
                q.exclusions += sub.exclusions
                scope[alias] = _renamed(sub.outputs, src.args.get("alias"))
            else:  # table functions: dblink(...) and friends
                for fn in src.find_all(exp.Anonymous):
                    if fn.name.lower() == "dblink":
                        q.servers.add(_dblink_target(fn))
                        q.sources.add(f"dblink:{_dblink_target(fn)}")
                scope[alias] = []
        return scope

    def _table_rel(self, node: exp.Table, ctes: dict[str, Rel]) -> tuple[Rel, str]:
        if not node.args.get("db") and node.name.lower() in ctes:
            return ctes[node.name.lower()], ""
        t = self.state.find_node(node, self.ctx)
        if t is None:
            key = self._key(node) or node.name.lower()
            return [], key
        return _TableRel(t), t.key

    def _refs(self, node, scope: dict[str, Rel], q: _Query, ctes=None, depth: int = 0) -> set[ColumnRef]:
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
                q.filters |= sub.filters
                q.sources |= sub.sources
                continue
            if isinstance(cur, exp.Column):
                out |= self._resolve(cur, scope)
                continue
            if isinstance(cur, exp.Anonymous) and cur.name.lower() == "dblink":
                q.servers.add(_dblink_target(cur))
            stack.extend(v for v in cur.iter_expressions())
        return out

    def _resolve(self, col: exp.Column, scope: dict[str, Rel]) -> set[ColumnRef]:
        name = col.name.lower()
        table = col.table.lower()
        pools = [scope.get(table, [])] if table else list(scope.values())
        for rel in pools:
            if isinstance(rel, _TableRel):
                found = rel.lookup(name)
                if found is not None:
                    return set(found)
                continue
            for n, refs in rel:
                if n == name:
                    return set(refs)
        if table and table in scope and not isinstance(scope[table], _TableRel) and not scope[table]:
            return set()
        if len(scope) == 1 and not table:  # unknown table: keep the name we saw
            only = next(iter(scope))
            rel = scope[only]
            return {ColumnRef(only, name)} if not isinstance(rel, _TableRel) and not rel else set()
        return set()

    def _filter_refs(self, node, scope, q: _Query, ctes=None, depth: int = 0) -> None:
        if node is not None:
            q.filters |= self._refs(node, scope, q, ctes, depth)

    def _where(self, where, scope, q: _Query, ctes=None, depth: int = 0) -> None:
        if not isinstance(where, exp.Where):
            return
        for cond in _conjuncts(where.this):
            exclusion = self._exclusion(cond, scope)
            if exclusion:
                q.exclusions.append(exclusion)
        for sub in where.find_all(exp.Select):
            s = self.query(sub, ctes, depth + 1)
            q.absorb(s)
        q.filters |= self._refs(where.this, scope, q, ctes, depth)

    def _exclusion(self, cond: exp.Expr, scope: dict[str, Rel]) -> Exclusion | None:
        inner = cond.this if isinstance(cond, exp.Not) else None
        if isinstance(inner, exp.Exists):
            tables = [self._key(t) for t in inner.find_all(exp.Table)]
            return Exclusion("not-exists", tables[0] if tables else None, None)
        if isinstance(inner, exp.In) and inner.args.get("query") is not None:
            tables = [self._key(t) for t in inner.args["query"].find_all(exp.Table)]
            return Exclusion("not-in", tables[0] if tables else None, None)
        flag = _flag_column(cond)
        if flag is not None:
            refs = self._resolve(flag, scope)
            ref = next(iter(sorted(refs, key=_ref_key)), None)
            return Exclusion("flag", ref.table if ref else flag.table.lower() or None, ref.column if ref else flag.name.lower())
        return None

    # ------------------------------------------------------------ helpers

    def _key(self, node) -> str | None:
        if isinstance(node, exp.Schema):
            node = node.this
        if not isinstance(node, exp.Table):
            return None
        t = self.state.find_node(node, self.ctx)
        if t is not None:
            return t.key
        schema, name = table_parts(node, self.ctx.default_schema)
        return make_key(schema, name) if name else None

    def _table_sink(self, node) -> tuple[str, Sink]:
        if isinstance(node, exp.Schema):
            node = node.this
        key = self._key(node) or "?"
        schema, _ = table_parts(node, self.ctx.default_schema) if isinstance(node, exp.Table) else (None, "")
        t = self.state.find_node(node, self.ctx) if isinstance(node, exp.Table) else None
        return key, Sink("table", key, schema=schema.lower() if schema else None, server=getattr(t, "server", None) if t else None)

    def _flow(self, statement: str, loc: Location, q: _Query, sink: Sink | None, **extra) -> Flow:
        reads = q.reads()
        return Flow(
            statement=statement,
            location=loc,
            reads=tuple(sorted(reads, key=_ref_key)),
            filters=tuple(sorted(q.filters - reads, key=_ref_key)),
            sink=sink,
            sources=tuple(sorted(s for s in q.sources if s)),
            source_schemas=tuple(sorted(q.schemas)),
            source_servers=tuple(sorted(q.servers)),
            exclusions=tuple(dict.fromkeys(q.exclusions)),
            **extra,
        )


# ---------------------------------------------------------------- token-level statements


def server_flow(words: list[str], text: str, loc: Location) -> Flow | None:
    """CREATE SERVER s ... OPTIONS (host 'x') / CREATE PUBLICATION p FOR TABLE a, b / SUBSCRIPTION."""
    upper = [w.upper() for w in words]
    if len(upper) < 3 or upper[0] != "CREATE":
        return None
    name = fold_identifier(words[2])
    if upper[1] == "SERVER":
        host = re.search(r"\bhost\s+'([^']*)'", text, re.IGNORECASE)
        return Flow("server", loc, sink=Sink("server", name, server=name, host=host.group(1) if host else None))
    if upper[1] == "PUBLICATION":
        tables = re.search(r"\bFOR\s+TABLE\s+(.+)$", text, re.IGNORECASE | re.DOTALL)
        names = tuple(make_key(*_split_name(n)) for n in tables.group(1).split(",")) if tables else ()
        everything = bool(re.search(r"\bFOR\s+ALL\s+TABLES\b", text, re.IGNORECASE))
        return Flow("publication", loc, sink=Sink("publication", name), sources=names or (("*",) if everything else ()))
    if upper[1] == "SUBSCRIPTION":
        host = re.search(r"\bhost\s*=\s*([^\s']+)", text, re.IGNORECASE)
        return Flow("subscription", loc, sink=Sink("subscription", name, host=host.group(1) if host else None))
    return None


def _split_name(text: str) -> tuple[str | None, str]:
    parts = [fold_identifier(p) for p in text.strip().rstrip(";").split(".")]
    parts = [p.split()[0] if p.split() else p for p in parts]
    return (parts[-2] if len(parts) > 1 else None), parts[-1]


# ---------------------------------------------------------------- pure helpers

_URI = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _ref_key(r: ColumnRef) -> tuple[str, str]:
    return (r.table, r.column)


def _with(flow: Flow, **changes) -> Flow:
    from dataclasses import replace

    return replace(flow, **changes)


def _from_items(e: exp.Expr) -> list[exp.Expr]:
    from_ = e.args.get("from_")
    items = [from_.this] if isinstance(from_, exp.From) else []
    items += [j.this for j in e.args.get("joins") or ()]
    return items


def _renamed(rel: Rel, alias) -> Rel:
    names = alias.args.get("columns") if isinstance(alias, exp.TableAlias) else None
    if not names:
        return rel
    out = list(rel)
    for i, n in enumerate(names[: len(out)]):
        out[i] = (fold_identifier(ident(n) or out[i][0]), out[i][1])
    return out


def _conjuncts(node) -> list[exp.Expr]:
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
    for cond in _conjuncts(where.this):
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


def _dblink_target(fn: exp.Anonymous) -> str:
    first = fn.expressions[0] if fn.expressions else None
    text = first.name if isinstance(first, exp.Literal) else (first.sql() if first is not None else "")
    host = re.search(r"\bhost\s*=\s*([^\s']+)", text, re.IGNORECASE)
    return host.group(1) if host else text


def _option(options, name: str) -> str | None:
    for o in options or []:
        if isinstance(o, exp.Property) and o.name.lower() == name:
            v = o.args.get("value")
            return v.name if isinstance(v, exp.Literal) else (v.sql() if v is not None else None)
        if isinstance(o, exp.EQ) and o.this.name.lower() == name:
            return o.expression.name
    return None


# ---------------------------------------------------------------- purges


def _purge(where, table: str) -> Purge | None:
    """``col < now() - interval 'N unit'`` (and the DATE_SUB / DATEADD spellings) in a DELETE."""
    for cond in _conjuncts(where):
        col, bound = None, None
        if isinstance(cond, (exp.LT, exp.LTE)):
            col, bound = cond.this, cond.expression
        elif isinstance(cond, (exp.GT, exp.GTE)):
            col, bound = cond.expression, cond.this
        if not isinstance(col, exp.Column):
            continue
        period = _interval(bound)
        if period:
            number, unit = period
            iso = f"P{_fmt(number)}{_UNIT_ISO[unit]}" if unit in _UNIT_ISO else f"PT{_fmt(number)}{unit[0].upper()}"
            return Purge(table, col.name.lower(), iso, number * _UNIT_DAYS[unit])
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


_UNIT_WORDS = {
    "y": "year", "yy": "year", "yyyy": "year", "year": "year", "years": "year",
    "mm": "month", "m": "month", "mon": "month", "mons": "month", "month": "month", "months": "month",
    "wk": "week", "ww": "week", "week": "week", "weeks": "week",
    "d": "day", "dd": "day", "day": "day", "days": "day",
    "hh": "hour", "hour": "hour", "hours": "hour", "minute": "minute", "minutes": "minute", "second": "second", "seconds": "second",
}


def _unit(text: str) -> str | None:
    return _UNIT_WORDS.get(text.strip().lower())


def _interval(node) -> tuple[float, str] | None:
    if node is None:
        return None
    for iv in node.find_all(exp.Interval):
        value = iv.this
        unit = iv.args.get("unit")
        text = value.name if isinstance(value, exp.Literal) else (value.sql() if value is not None else "")
        unit_text = unit.name if unit is not None else ""
        m = re.match(r"^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", text, re.IGNORECASE)
        if m:
            u = _unit(m.group(2) or unit_text)
            if u:
                return float(m.group(1)), u
    for fn in node.find_all(exp.DateAdd, exp.TimestampAdd, exp.DateSub, exp.TimestampSub, exp.TsOrDsAdd):
        amount = fn.expression
        unit = fn.args.get("unit")
        if isinstance(amount, exp.Neg):
            amount = amount.this
        if isinstance(amount, exp.Literal) and re.match(r"^\s*-?\d+(\.\d+)?\s*$", str(amount.this)) and unit is not None:
            u = _unit(unit.name)
            if u:
                return abs(float(amount.this)), u
    return None
