"""Column-level flows out of DML and DDL statements: what is read, where it goes, what is excluded.

A flow is extracted when its statement is applied, against the schema state at that point,
so ``*`` expands to the columns that existed then. INSERT ... SELECT pairs target columns
with the select list by position (not by name). Columns used only in WHERE / JOIN / GROUP
BY / HAVING / ORDER BY are recorded as ``filters``: they count as read for purpose checks.
Queries are read by the one query walker (``walk.py``); this module turns statements into flows.
"""
from __future__ import annotations

import re

from sqlglot import exp

from ..model import ColumnRef, Flow, Location, Purge, Sink
from .names import fold_identifier, ident, make_key, table_parts
from .walk import Out, QueryWalker, Walked, conjuncts, from_items, items_of, ref_key

_UNIT_DAYS = {"year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400}
_UNIT_ISO = {"year": "Y", "month": "M", "week": "W", "day": "D"}


class FlowExtractor:
    """Turns statements into ``Flow`` records, using the schema state for names and ``*``."""

    def __init__(self, state, ctx) -> None:
        self.state = state
        self.ctx = ctx
        self.walk = QueryWalker(state, ctx)

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
            q = self.walk.query(e.this)
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
        q = self.walk.query(source)
        key, sink = self._table_sink(target)
        t = self.state.find_node(target, self.ctx) if isinstance(target, exp.Table) else None
        if not names and t is not None:
            names = list(t.columns)
        mapping = []
        for i, o in enumerate(q.outputs):  # by position: reordered column lists stay right
            if i < len(names):
                mapping.append((ColumnRef(key, names[i]), tuple(sorted(o.refs, key=ref_key))))
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
        q = self.walk.query(query)
        key, sink = self._table_sink(target)
        names = [fold_identifier(ident(c) or "") for c in e.this.expressions] if isinstance(e.this, exp.Schema) else []
        mapping = tuple(
            (ColumnRef(key, names[i] if i < len(names) else o.name), tuple(sorted(o.refs, key=ref_key)))
            for i, o in enumerate(q.outputs)
        )
        return [self._flow(statement, loc, q, sink, mapping=mapping)]

    def _select(self, e: exp.Expr, loc: Location) -> list[Flow]:
        into = e.args.get("into") if isinstance(e, exp.Select) else None
        q = self.walk.query(e)
        if isinstance(into, exp.Into):
            key, sink = self._table_sink(into.this)
            return [self._flow("select-into", loc, q, sink)]
        return [self._flow("select", loc, q, None)]

    def _update(self, e: exp.Update, loc: Location) -> list[Flow]:
        q = Walked()
        key, sink = self._table_sink(e.this)
        scope = self.walk.scope([e.this, *(from_items(e))], q)
        mapping = []
        for assignment in e.expressions:
            if isinstance(assignment, exp.EQ):
                refs = self.walk.refs(assignment.expression, scope, q)
                col = fold_identifier(ident(assignment.this) or "")
                q.outputs.append(Out(col, frozenset(refs)))
                mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=ref_key))))
        self.walk.where(e.args.get("where"), scope, q)
        return [self._flow("update", loc, q, sink, mapping=tuple(mapping))]

    def _delete(self, e: exp.Delete, loc: Location) -> list[Flow]:
        target = e.this
        q = Walked()
        scope = self.walk.scope([target, *(e.args.get("using") or [])], q)
        where = e.args.get("where")
        self.walk.where(where, scope, q)
        key = self.walk.key(target)
        purge = _purge(where.this if isinstance(where, exp.Where) else None, key) if key else None
        return [self._flow("delete", loc, q, Sink("table", key or "?"), purge=purge)]

    def _merge(self, e: exp.Merge, loc: Location) -> list[Flow]:
        q = Walked()
        key, sink = self._table_sink(e.this)
        scope = self.walk.scope([e.this, e.args.get("using")], q)
        self.walk.filter_refs(e.args.get("on"), scope, q)
        mapping = []
        whens = e.args.get("whens")
        for when in (whens.expressions if isinstance(whens, exp.Whens) else []):
            then = when.args.get("then")
            if isinstance(then, exp.Update):
                for assignment in then.expressions:
                    if isinstance(assignment, exp.EQ):
                        refs = self.walk.refs(assignment.expression, scope, q)
                        col = fold_identifier(ident(assignment.this) or "")
                        q.outputs.append(Out(col, frozenset(refs)))
                        mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=ref_key))))
            elif isinstance(then, exp.Insert):
                cols = then.this.expressions if isinstance(then.this, (exp.Tuple, exp.Schema)) else []
                values = then.expression.expressions if isinstance(then.expression, exp.Tuple) else []
                for i, value in enumerate(values):
                    refs = self.walk.refs(value, scope, q)
                    col = fold_identifier(ident(cols[i]) or "") if i < len(cols) else str(i)
                    q.outputs.append(Out(col, frozenset(refs)))
                    mapping.append((ColumnRef(key, col), tuple(sorted(refs, key=ref_key))))
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

    def _copy_source(self, src) -> Walked:
        if isinstance(src, (exp.Subquery, exp.Select)):
            return self.walk.query(src)
        q = Walked()
        cols = None
        if isinstance(src, exp.Schema):
            cols = [fold_identifier(ident(c) or "") for c in src.expressions]
            src = src.this
        if isinstance(src, exp.Table):
            rel, key = self.walk.table_rel(src)
            q.sources.add(key)
            q.outputs = [o for o in items_of(rel) if cols is None or o.name in cols]
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
        rel, key = self.walk.table_rel(securable)
        q = Walked(outputs=[o for o in items_of(rel) if selected is None or o.name in selected], sources={key})
        flows = []
        for principal in e.args.get("principals") or []:
            role = fold_identifier(ident(principal.this) or principal.sql())
            flows.append(self._flow("grant", loc, q, Sink("role", role), roles=(role,)))
        return flows

    # ------------------------------------------------------------ helpers

    def _table_sink(self, node) -> tuple[str, Sink]:
        if isinstance(node, exp.Schema):
            node = node.this
        key = self.walk.key(node) or "?"
        schema, _ = table_parts(node, self.ctx.default_schema) if isinstance(node, exp.Table) else (None, "")
        t = self.state.find_node(node, self.ctx) if isinstance(node, exp.Table) else None
        return key, Sink("table", key, schema=schema.lower() if schema else None, server=getattr(t, "server", None) if t else None)

    def _flow(self, statement: str, loc: Location, q: Walked, sink: Sink | None, **extra) -> Flow:
        reads = q.reads()
        return Flow(
            statement=statement,
            location=loc,
            reads=tuple(sorted(reads, key=ref_key)),
            filters=tuple(sorted(q.filters - reads, key=ref_key)),
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




def _with(flow: Flow, **changes) -> Flow:
    from dataclasses import replace

    return replace(flow, **changes)


















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
    for cond in conjuncts(where):
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
