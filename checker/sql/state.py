"""The schema state: DDL expressions applied in order."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from sqlglot import exp

from ..model import Annotation, Column, Location, Table
from .annotations import Annotator, find_marker
from .names import display_schema, fold_identifier, ident, make_key, table_parts
from .split import LineIndex
from .types import type_family
from .views import Derived, query_columns


@dataclass
class ColState:
    name: str
    sql_type: str = ""
    type_family: str = "unknown"
    comment: str = ""
    location: Location = Location("")
    introduced_at: Location | None = None
    renamed_from: str | None = None
    annotation: Annotation | None = None


@dataclass
class TableState:
    name: str
    schema: str | None
    kind: str
    location: Location
    order: int
    columns: dict[str, ColState] = field(default_factory=dict)  # folded name -> column
    comment: str = ""
    server: str | None = None
    uri: str | None = None

    @property
    def key(self) -> str:
        return make_key(self.schema, self.name)


class FileCtx:
    """What applying a statement needs to know about the file it comes from."""

    def __init__(self, path: str, dialect: str, index: LineIndex, annotator: Annotator, render: Callable[[exp.DataType], str]) -> None:
        self.path = path
        self.dialect = dialect
        self.index = index
        self.annotator = annotator
        self.render = render
        self.default_schema: str | None = None  # from SET search_path
        self.purpose: str | None = None  # from a ``notice-check: purpose=`` comment
        self.stmt_loc = Location(path)

    def loc(self, node: exp.Expr | None) -> Location:
        """Location of the first token of ``node`` (or of the statement when unknown)."""
        if isinstance(node, exp.Table):  # a qualified name starts at its first part
            parts = [p for p in (node.args.get("catalog"), node.args.get("db"), node.this) if isinstance(p, exp.Expr)]
            starts = [p.meta_get("start") for p in parts if p.meta_get("start") is not None]
            if starts:
                line = self.index.line_of(min(starts))
                return Location(self.path, line, self.index.col(line, min(starts)))
        while node is not None:
            start = node.meta_get("start")
            if start is not None:
                return self.at(start)
            node = node.this if isinstance(node, (exp.Column, exp.Table, exp.ColumnDef, exp.Alias, exp.Schema, exp.TableAlias)) else None
            if not isinstance(node, exp.Expr):
                break
        return self.stmt_loc

    def at(self, start: int) -> Location:
        """Location of a text offset."""
        line = self.index.line_of(start)
        return Location(self.path, line, self.index.col(line, start))


class SchemaState:
    def __init__(self) -> None:
        self.tables: dict[str, TableState] = {}
        self.user_types: dict[str, str] = {}  # enum/domain name -> type family
        self.flows: list = []  # checker.model.Flow, in statement order
        self._order = 0

    # ------------------------------------------------------------ lookup

    def find(self, schema: str | None, name: str) -> TableState | None:
        t = self.tables.get(make_key(schema, name))
        if t is None and schema is None:  # unqualified name of a table in a non-default schema
            low = name.lower()
            hits = [t for t in self.tables.values() if t.name.lower() == low]
            if len(hits) == 1:
                return hits[0]
        return t

    def find_node(self, node: exp.Expr, ctx: FileCtx) -> TableState | None:
        schema, name = table_parts(node, ctx.default_schema)
        return self.find(schema, name) or (self.find(None, name) if schema and not node_has_db(node) else None)

    def result(self) -> tuple[Table, ...]:
        out = []
        for t in sorted(self.tables.values(), key=lambda t: t.order):
            key = t.key
            cols = tuple(
                Column(key, c.name, c.sql_type, c.type_family, c.comment, c.location, c.introduced_at, c.renamed_from, c.annotation)
                for c in t.columns.values()
            )
            out.append(Table(key, t.name, t.schema, t.kind, cols, t.comment, t.location, t.server, t.uri))
        return tuple(out)

    def add_table(self, t: TableState) -> TableState:
        """Put ``t`` into the state as the newest table (replacing one of the same key)."""
        self._order += 1
        t.order = self._order
        self.tables[t.key] = t
        return t

    # ------------------------------------------------------------ dispatch

    def apply(self, e: exp.Expr, ctx: FileCtx, kind: str | None = None) -> None:
        if isinstance(e, exp.Create):
            self._create(e, ctx, kind)
        elif isinstance(e, exp.Alter):
            self._alter(e, ctx)
        elif isinstance(e, exp.Drop):
            self._drop(e, ctx)
        elif isinstance(e, exp.Comment):
            self._comment(e, ctx)
        elif isinstance(e, exp.Execute):
            self._execute(e, ctx)
        elif isinstance(e, exp.IfBlock):  # T-SQL IF ...: apply the statements of the THEN branch
            self.apply(e.args.get("true"), ctx)
        elif isinstance(e, exp.Block):
            for sub in e.expressions:
                if isinstance(sub, exp.Expr):
                    self.apply(sub, ctx)
        elif isinstance(e, exp.Select) and isinstance(e.args.get("into"), exp.Into):
            self._select_into(e, ctx)

    # ------------------------------------------------------------ CREATE

    def _create(self, e: exp.Create, ctx: FileCtx, kind_override: str | None) -> None:
        kind = str(e.args.get("kind") or "").upper()
        if kind not in ("TABLE", "VIEW"):
            return
        props = e.args.get("properties")
        plist = list(props.expressions) if isinstance(props, exp.Properties) else []
        if any(isinstance(p, exp.TemporaryProperty) for p in plist):
            return  # temporary tables do not outlive the session
        target = e.this
        tnode = target.this if isinstance(target, exp.Schema) else target
        if not isinstance(tnode, exp.Table):
            return
        schema, name = table_parts(tnode, ctx.default_schema)
        if name.startswith("#") or (isinstance(tnode.this, exp.Identifier) and tnode.this.args.get("temporary")):
            return  # T-SQL #temp table
        key = make_key(schema, name)
        old = self.tables.get(key)
        if old is not None and e.args.get("exists"):
            return  # IF NOT EXISTS
        if kind == "VIEW":
            tkind = "materialized-view" if any(isinstance(p, exp.MaterializedProperty) for p in plist) else "view"
        elif kind_override:
            tkind = kind_override
        else:
            tkind = "external-table" if any(isinstance(p, exp.ExternalProperty) for p in plist) else "table"
        if old is None:
            self._order += 1
        t = TableState(name, schema, tkind, ctx.loc(tnode), old.order if old else self._order)
        for p in plist:
            if isinstance(p, exp.InheritsProperty):
                for parent in p.expressions:
                    self._copy_columns(t, parent, ctx)
            elif isinstance(p, exp.PartitionedOfProperty):
                self._copy_columns(t, p.this, ctx)
            elif isinstance(p, exp.LikeProperty):  # MySQL CREATE TABLE a LIKE b
                self._copy_columns(t, p.this, ctx)
            elif isinstance(p, exp.SchemaCommentProperty):
                t.comment = _text(p.this)
        items = [i for i in target.expressions if not isinstance(i, exp.ColumnDef) or _named(i)] if isinstance(target, exp.Schema) else []
        defs = [i for i in items if isinstance(i, exp.ColumnDef)]
        anns = ctx.annotator.for_columns([ctx.loc(d).line for d in defs]) if defs else []
        ann_of = {id(d): a for d, a in zip(defs, anns)}
        view_names: list[exp.Expr] = []
        for item in items:
            if isinstance(item, exp.ColumnDef):
                col = self._coldef(item, ctx, ann_of.get(id(item)))
                t.columns[fold_identifier(col.name)] = col
            elif isinstance(item, exp.LikeProperty):
                self._copy_columns(t, item.this, ctx)
            elif isinstance(item, (exp.Identifier, exp.Column)):
                view_names.append(item)
        query = e.args.get("expression")
        if isinstance(query, exp.Expr) and not isinstance(query, (exp.Literal, exp.Var)):
            self._derive(t, query, view_names, ctx)
        elif view_names and kind == "TABLE":  # SQLite columns without a type
            anns = ctx.annotator.for_columns([ctx.loc(n).line for n in view_names])
            for n, ann in zip(view_names, anns):
                name = ident(n) or ""
                t.columns.setdefault(fold_identifier(name), ColState(name, location=ctx.loc(n), annotation=ann))
        self.tables[key] = t

    def _derive(self, t: TableState, query: exp.Expr, names: list[exp.Expr], ctx: FileCtx) -> None:
        derived = query_columns(query, self, ctx)
        if names:  # explicit column list: names from the list, types when the counts agree
            same = len(derived) == len(names)
            derived = [
                Derived(ident(n) or "", n, derived[i].sql_type if same else "", derived[i].type_family if same else "unknown")
                for i, n in enumerate(names)
            ]
        for d in derived:
            if d.name and fold_identifier(d.name) not in t.columns:
                loc = ctx.loc(d.node) if d.node is not None else t.location
                t.columns[fold_identifier(d.name)] = ColState(d.name, d.sql_type, d.type_family, location=loc)

    def _copy_columns(self, t: TableState, src_node: exp.Expr, ctx: FileCtx) -> None:
        """Columns of another table (INHERITS, PARTITION OF, LIKE), located at the reference."""
        if not isinstance(src_node, exp.Table):
            return
        src = self.find_node(src_node, ctx)
        if src is None:
            return
        loc = ctx.loc(src_node)
        for k, c in src.columns.items():
            if k not in t.columns:
                t.columns[k] = ColState(c.name, c.sql_type, c.type_family, c.comment, loc, annotation=c.annotation)

    def _coldef(self, cd: exp.ColumnDef, ctx: FileCtx, ann: Annotation | None) -> ColState:
        name = ident(cd.this) or cd.name
        col = ColState(name, location=ctx.loc(cd.this), annotation=ann)
        self._set_type(col, cd.args.get("kind"), ctx)
        for cons in cd.args.get("constraints") or ():
            kind = cons.args.get("kind") if isinstance(cons, exp.ColumnConstraint) else cons
            if isinstance(kind, exp.CommentColumnConstraint):
                self._set_comment(col, kind.this, ctx)
        return col

    def _set_type(self, col: ColState, dtype: exp.Expr | None, ctx: FileCtx) -> None:
        if isinstance(dtype, exp.DataType):
            col.sql_type = ctx.render(dtype)
            col.type_family = type_family(dtype, ctx.dialect, self.user_types)

    def _set_comment(self, col: ColState, node: exp.Expr | None, ctx: FileCtx) -> None:
        """Column comment text; a ``privacy:`` marker in it becomes the annotation."""
        text = _text(node)
        col.comment = text
        hit = find_marker(text)
        if hit:
            col.annotation = Annotation(hit[0], ctx.loc(node))

    # ------------------------------------------------------------ ALTER

    def _alter(self, e: exp.Alter, ctx: FileCtx) -> None:
        t = self.find_node(e.this, ctx)
        if t is None:
            return
        actions: list[exp.Expr] = []
        for a in e.args.get("actions") or []:  # Oracle ADD (a int, b int) arrives as one Schema
            actions.extend(a.expressions if isinstance(a, exp.Schema) else [a])
        actions = [a for a in actions if not isinstance(a, exp.ColumnDef) or _named(a)]
        defs = [a for a in actions if isinstance(a, exp.ColumnDef)]
        defs += [a.this for a in actions if isinstance(a, exp.ModifyColumn) and isinstance(a.this, exp.ColumnDef)]
        defs.sort(key=_start)  # statement order, for the annotation rules
        anns = dict(zip(map(id, defs), ctx.annotator.for_columns([ctx.loc(d).line for d in defs]))) if defs else {}
        options = e.args.get("options") or []
        for a in actions:
            if isinstance(a, exp.ColumnDef):
                col = self._coldef(a, ctx, anns.get(id(a)))
                key = fold_identifier(col.name)
                if key in t.columns and a.args.get("exists"):
                    continue  # ADD COLUMN IF NOT EXISTS
                t.columns[key] = col
                _position(t, key, a.args.get("position"))
            elif isinstance(a, exp.Drop) and str(a.args.get("kind") or "").upper() == "COLUMN":
                for c in _as_list(a.args.get("tables")):
                    t.columns.pop(fold_identifier(ident(c) or c.name), None)
            elif isinstance(a, exp.Command) and str(a.this).upper() == "DROP":  # Oracle DROP (a, b)
                names = _text(a.expression).strip()
                if names.startswith("(") and names.endswith(")"):
                    for n in names[1:-1].split(","):
                        t.columns.pop(fold_identifier(n), None)
            elif isinstance(a, exp.RenameColumn):
                self._rename_column(t, a.this, a.args.get("to"), ctx)
            elif isinstance(a, exp.AlterColumn):
                col = t.columns.get(fold_identifier(ident(a.this) or a.name))
                if col is not None and isinstance(a.args.get("dtype"), exp.DataType):
                    self._set_type(col, a.args["dtype"], ctx)
            elif isinstance(a, exp.ModifyColumn) and isinstance(a.this, exp.ColumnDef):
                self._modify(t, a, ctx, anns.get(id(a.this)))
            elif isinstance(a, exp.AlterRename):
                to = next((o for o in options if isinstance(o, exp.ToTableProperty)), None)
                if to is not None:  # postgres `RENAME a TO b` (COLUMN omitted)
                    self._rename_column(t, a.this, to.this, ctx)
                    return
                t = self._rename_table(t, a.this, ctx)
        for o in options:
            if isinstance(o, exp.SchemaCommentProperty):
                t.comment = _text(o.this)
            elif isinstance(o, exp.SetConfigProperty) and isinstance(o.this, exp.Command):
                words = _text(o.this.expression).split()  # SET SCHEMA x
                if str(o.this.this).upper() == "SET" and len(words) == 2 and words[0].upper() == "SCHEMA":
                    quoted = words[1][:1] in '["`'
                    t = self.rename_table(t, _unbracket(words[1]) if quoted else words[1].lower(), t.name)

    def modify_column(self, t: TableState, cd: exp.ColumnDef, ctx: FileCtx) -> None:
        (ann,) = ctx.annotator.for_columns([ctx.loc(cd).line])
        self._modify(t, exp.ModifyColumn(this=cd), ctx, ann)

    def _modify(self, t: TableState, a: exp.ModifyColumn, ctx: FileCtx, ann: Annotation | None) -> None:
        """MySQL CHANGE [COLUMN] old new type / MODIFY [COLUMN] name type."""
        cd = a.this
        new = self._coldef(cd, ctx, ann)
        old_name = ident(a.args.get("rename_from")) if a.args.get("rename_from") else new.name
        old_key = fold_identifier(old_name or "")
        old = t.columns.get(old_key)
        if old is None:
            return
        new_key = fold_identifier(new.name)
        if not isinstance(cd.args.get("kind"), exp.DataType):  # partial: Oracle MODIFY (a NOT NULL)
            new.sql_type, new.type_family = old.sql_type, old.type_family
            new.comment = new.comment or old.comment
        if new_key == old_key and old.name == new.name:
            new.location, new.introduced_at, new.renamed_from = old.location, old.introduced_at, old.renamed_from
        else:
            new.introduced_at = old.introduced_at or old.location
            new.renamed_from = old.name
        if new.annotation is None:
            new.annotation = old.annotation
        _replace(t, old_key, new_key, new)
        _position(t, new_key, cd.args.get("position"))

    def _rename_column(self, t: TableState, old_node: exp.Expr | None, new_node: exp.Expr | None, ctx: FileCtx) -> None:
        old_name = ident(old_node)
        new_name = ident(new_node)
        if not old_name or not new_name:
            return
        self.rename_column(t, old_name, new_name, ctx.loc(new_node))

    def rename_column(self, t: TableState, old_name: str, new_name: str, loc: Location) -> None:
        old_key = fold_identifier(old_name)
        old = t.columns.get(old_key)
        if old is None:
            return
        new = ColState(
            new_name, old.sql_type, old.type_family, old.comment, loc,
            old.introduced_at or old.location, old.name, old.annotation,
        )
        _replace(t, old_key, fold_identifier(new_name), new)

    def _rename_table(self, t: TableState, to: exp.Expr, ctx: FileCtx) -> TableState:
        if not isinstance(to, exp.Table):
            return t
        schema, name = table_parts(to, None)
        if not to.args.get("db"):
            schema = t.schema  # RENAME TO keeps the schema
        return self.rename_table(t, schema, name)

    def rename_table(self, t: TableState, schema: str | None, name: str) -> TableState:
        self.tables.pop(t.key, None)
        t.schema, t.name = display_schema(schema), name
        self.tables[t.key] = t
        return t

    # ------------------------------------------------------------ DROP / COMMENT / EXEC

    def _drop(self, e: exp.Drop, ctx: FileCtx) -> None:
        kind = str(e.args.get("kind") or "").upper()
        if kind in ("TABLE", "VIEW"):
            for node in _as_list(e.args.get("tables")):
                t = self.find_node(node, ctx)
                if t is not None:
                    self.tables.pop(t.key, None)
        elif kind == "SCHEMA":
            for node in _as_list(e.args.get("tables")):
                name = ident(node.args.get("db")) if isinstance(node, exp.Table) and node.args.get("db") else ident(node)
                if name and name.lower() not in ("public", "dbo", "main"):
                    for key in [k for k, t in self.tables.items() if (t.schema or "").lower() == name.lower()]:
                        del self.tables[key]

    def _comment(self, e: exp.Comment, ctx: FileCtx) -> None:
        kind = str(e.args.get("kind") or "").upper()
        node = e.this
        lit = e.args.get("expression")
        if kind == "COLUMN" and isinstance(node, exp.Column):
            tnode = exp.Table(this=node.args.get("table"), db=node.args.get("db"))
            t = self.find_node(tnode, ctx) if node.args.get("table") else None
            col = t.columns.get(fold_identifier(ident(node.this) or "")) if t else None
            if col is not None:
                self._set_comment(col, lit, ctx)
        elif kind in ("TABLE", "VIEW", "MATERIALIZED VIEW") and isinstance(node, exp.Table):
            t = self.find_node(node, ctx)
            if t is not None:
                t.comment = _text(lit)

    def _execute(self, e: exp.Execute, ctx: FileCtx) -> None:
        proc = e.this.name.lower() if isinstance(e.this, exp.Expr) else ""
        if proc != "sp_rename":
            return
        pos: list[str] = []
        named: dict[str, str] = {}
        for arg in e.expressions:
            if isinstance(arg, exp.EQ):
                named[arg.this.name.lower().lstrip("@")] = _text(arg.expression)
            else:
                pos.append(_text(arg))
        objname = named.get("objname", pos[0] if pos else "")
        newname = named.get("newname", pos[1] if len(pos) > 1 else "")
        objtype = named.get("objtype", pos[2] if len(pos) > 2 else "")
        self.sp_rename(objname, newname, objtype, ctx)

    def sp_rename(self, objname: str, newname: str, objtype: str, ctx: FileCtx) -> None:
        """T-SQL ``sp_rename 'tbl.old', 'new', 'COLUMN'`` and ``sp_rename 'tbl', 'new'``."""
        parts = [_unbracket(p) for p in objname.split(".") if p.strip()]
        new = _unbracket(newname)
        if not parts or not new:
            return
        typ = objtype.strip().upper()
        if typ == "COLUMN" and len(parts) >= 2:
            t = self.find(display_schema(parts[-3]) if len(parts) > 2 else None, parts[-2])
            if t is not None:
                self.rename_column(t, parts[-1], new, ctx.stmt_loc)
        elif typ in ("", "OBJECT"):
            t = self.find(display_schema(parts[-2]) if len(parts) > 1 else None, parts[-1])
            if t is not None:
                self.rename_table(t, t.schema, new)

    def _select_into(self, e: exp.Select, ctx: FileCtx) -> None:
        into = e.args["into"]
        tnode = into.this
        if not isinstance(tnode, exp.Table) or into.args.get("temporary") or tnode.name.startswith("#"):
            return
        schema, name = table_parts(tnode, ctx.default_schema)
        self._order += 1
        t = TableState(name, schema, "table", ctx.loc(tnode), self._order)
        self._derive(t, e, [], ctx)
        self.tables[t.key] = t


# ---------------------------------------------------------------- helpers


def _named(cd: exp.ColumnDef) -> bool:
    """A column definition whose name is a name: sqlglot also accepts `(7) int`, `? int`,
    `NULL phone` (a failed CREATE TABLE salvaged) or `$x int`, which define no column."""
    return isinstance(cd.this, (exp.Identifier, exp.Literal))


def node_has_db(node: exp.Expr) -> bool:
    return isinstance(node, exp.Table) and bool(node.args.get("db"))


def _start(cd: exp.ColumnDef) -> int:
    node = cd.this
    return (node.meta_get("start") or 0) if isinstance(node, exp.Expr) else 0


def _as_list(v: object) -> list:
    if v is None:
        return []
    return list(v) if isinstance(v, (list, tuple)) else [v]


def _text(node: exp.Expr | None) -> str:
    if node is None or isinstance(node, exp.Null):
        return ""
    if isinstance(node, exp.Literal):
        return node.this
    if isinstance(node, exp.Expr):
        return node.name
    return str(node)


def _unbracket(s: str) -> str:
    """A name given as a string (sp_rename): quotes/brackets removed, text kept."""
    s = s.strip()
    if len(s) >= 2 and s[0] in '["`' and s[-1] in ']"`':
        return s[1:-1]
    return s


def _replace(t: TableState, old_key: str, new_key: str, col: ColState) -> None:
    """Swap a column in place, keeping the column order."""
    if old_key == new_key:
        t.columns[new_key] = col
        return
    t.columns = {(new_key if k == old_key else k): (col if k == old_key else c) for k, c in t.columns.items() if k != new_key or k == old_key}


def _position(t: TableState, key: str, pos: exp.Expr | None) -> None:
    """MySQL FIRST / AFTER other."""
    if not isinstance(pos, exp.ColumnPosition):
        return
    where = str(pos.args.get("position") or "").upper()
    col = t.columns.pop(key)
    items = list(t.columns.items())
    if where == "FIRST":
        items.insert(0, (key, col))
    else:
        after = fold_identifier(ident(pos.this) or "") if pos.this is not None else ""
        idx = next((i + 1 for i, (k, _) in enumerate(items) if k == after), len(items))
        items.insert(idx, (key, col))
    t.columns = dict(items)
