"""Alembic revisions -> schema changes, read as syntax trees (never imported or run).

Files
    Revision files (``versions/<rev>_name.py``: module-level ``revision = "..."`` and
    ``down_revision``). Other files in the folder (``env.py``, ``script.py.mako``,
    ``alembic.ini``, one-off scripts) are not revisions: skipped with a note.

Order
    The ``down_revision`` graph (and ``depends_on``): each revision after the ones it revises; a
    tuple ``down_revision`` is a merge. Two heads (branches never merged), a ``down_revision``
    naming a revision that is not there, or a cycle is a located warning; the revisions are
    still all applied, ties in revision-id order.

Operations (in ``upgrade()``, in source order, also inside ``if`` blocks and module-level
helper functions it calls)
    ``op.create_table`` (``sa.Column(name, type, comment=...)``), ``add_column``,
    ``drop_column``, ``alter_column`` (``new_column_name``, ``type_``, ``comment``),
    ``rename_table``, ``drop_table``, the same inside ``with op.batch_alter_table("t") as
    batch_op:``, and ``op.execute("SQL")`` / ``op.execute(sa.text("SQL"))`` through the SQL
    reader. Index, constraint and data operations are skipped; any other ``op.`` call, or a
    call whose table or column name is computed at run time, is a located warning.

Comments and annotations
    The column's ``comment=`` is its comment (``privacy: <id>`` inside it is an annotation), and
    so is a ``# privacy: <id>`` comment on the column's lines or on comment lines right above it.
"""
from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable

from ...model import Location, ParseProblem, SourceFile
from ..changes import (
    AddColumn, AlterColumn, Change, CreateTable, DropColumn, DropTable, NewColumn, RenameColumn, RenameTable, RunSql,
)
from ..types import family_from_name
from .graph import dependency_order
from .pysource import PyFile, Strings, arg, call_name, compiled_or_cache, dotted, folder_holds, literal, parse_python, string_start

_DDL = re.compile(r"\s*(?:--[^\n]*\n\s*)*(?:CREATE|ALTER|DROP|RENAME|COMMENT)\b", re.I)
_REVISION = re.compile(r"^revision\s*(?::\s*\w+\s*)?=", re.M)


def detect(path: str, head: str) -> bool:
    """An Alembic revision (a ``.py`` file importing alembic and assigning ``revision``), or a
    folder holding revisions: a ``versions`` folder, or the migrations folder around one."""
    if os.path.isdir(path):
        return folder_holds(path, "versions", lambda n: n.endswith(".py") and n != "__init__.py", _is_revision)
    return _is_revision(path, head)


def _is_revision(path: str, head: str) -> bool:
    return path.endswith(".py") and "alembic" in head and _REVISION.search(head) is not None


_FAMILIES = {
    "unicode": "text", "unicodetext": "text", "enum": "text", "nchar": "text", "nvarchar": "text",
    "interval": "other", "arrayof": "other", "array": "other", "uuid": "uuid", "uuidtype": "uuid",
    "emailtype": "text", "ipaddresstype": "text",
}
_IGNORED = frozenset({
    "create_index", "drop_index", "create_foreign_key", "drop_constraint", "create_unique_constraint",
    "create_primary_key", "create_check_constraint", "create_exclude_constraint", "bulk_insert",
    "get_bind", "get_context", "f", "inline_literal", "create_table_comment", "drop_table_comment",
    "invoke", "implementation_for", "run_async",
})


def _type(node: ast.AST | None) -> tuple[str, str]:
    """(type as written, family) of a SQLAlchemy type expression such as ``sa.String(length=80)``."""
    if node is None:
        return "", "unknown"
    call = node if isinstance(node, ast.Call) else None
    name = call_name(call) if call is not None else dotted(node).rsplit(".", 1)[-1]
    if not name:
        return "", "unknown"
    written = name
    if call is not None:
        size = literal(arg(call, 0, "length"))
        if isinstance(size, int):
            written = f"{name}({size})"
    low = name.lower()
    return written, _FAMILIES.get(low) or family_from_name(low)


class _Revision:
    def __init__(self, rev: str, downs: list[str], file: PyFile, node: ast.AST, strings: Strings) -> None:
        self.rev, self.downs, self.file, self.node, self.strings = rev, downs, file, node, strings


class _Reader:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.problems: list[ParseProblem] = []
        self.operations = 0

    def warn(self, where: Location, message: str) -> None:
        self.problems.append(ParseProblem(where, message))

    def name(self, rev: _Revision, node: ast.AST | None, what: str, call: ast.AST) -> str | None:
        value = rev.strings.value(node) if node is not None else None
        if value is None:
            self.warn(rev.file.at(call), f"{call_name(call)}: {what} is computed at run time: not read")
        return value

    def column(self, rev: _Revision, node: ast.AST) -> NewColumn | None:
        """``sa.Column("name", sa.Type(), comment="...")`` as a new column (None: not a column)."""
        if not (isinstance(node, ast.Call) and call_name(node) == "Column"):
            return None
        positional = [a for a in node.args if not isinstance(a, ast.Starred)]
        name = rev.strings.value(positional[0]) if positional else rev.strings.value(arg(node, -1, "name"))
        if name is None:
            self.warn(rev.file.at(node), "Column without a literal name: not read")
            return None
        type_node = arg(node, -1, "type_")
        if type_node is None:
            type_node = next((a for a in positional[1:] if call_name(a) not in ("ForeignKey", "Sequence", "Identity", "Computed")), None)
        sql_type, family = _type(type_node)
        comment = rev.strings.value(arg(node, -1, "comment")) or ""
        return NewColumn(name, sql_type, family, comment, rev.file.at(node), rev.file.annotation(node))

    def call(self, rev: _Revision, node: ast.Call, table: str | None = None, schema: str | None = None) -> None:
        """One ``op.<x>(...)`` (``table`` set: a ``batch_op.<x>(...)`` of that table)."""
        what = call_name(node)
        where = rev.file.at(node)
        shift = 0 if table is None else -1  # batch_op calls have no table argument
        self.operations += 1
        kw_schema = literal(arg(node, -1, "schema"))
        schema = kw_schema if isinstance(kw_schema, str) else schema
        if what in _IGNORED or (table is not None and what in ("create_index", "drop_index")):
            return
        if what == "create_table":
            name = self.name(rev, arg(node, 0, "table_name"), "the table name", node)
            if name is None:
                return
            cols = [c for c in (self.column(rev, a) for a in node.args[1:]) if c is not None]
            if any(isinstance(a, ast.Starred) for a in node.args[1:]):
                self.warn(where, f"create_table {name}: columns built at run time (*args) are not read")
            comment = rev.strings.value(arg(node, -1, "comment")) or ""
            self.changes.append(CreateTable(name, tuple(cols), where, schema, comment))
            return
        if what == "execute":
            sql = arg(node, 0, "sqltext")
            if isinstance(sql, ast.Call) and call_name(sql) == "text" and sql.args:
                sql = sql.args[0]
            text = rev.strings.value(sql)
            if text is None:
                self.warn(where, "op.execute: SQL built at run time (or a SQLAlchemy expression): not read")
            elif text.strip():
                self.changes.append(RunSql(text, string_start(rev.file, sql)))
            return
        if what in ("drop_table", "rename_table"):
            name = self.name(rev, arg(node, 0, "old_table_name" if what == "rename_table" else "table_name"), "the table name", node)
            if name is None:
                return
            if what == "drop_table":
                self.changes.append(DropTable(name, where, schema))
            else:
                new = self.name(rev, arg(node, 1, "new_table_name"), "the new table name", node)
                if new is not None:
                    self.changes.append(RenameTable(name, new, where, schema))
            return
        if what not in ("add_column", "drop_column", "alter_column"):
            self.warn(where, f"operation {what or '?'} is not understood: the schema may miss its changes")
            return
        if table is None:
            table = self.name(rev, arg(node, 0, "table_name"), "the table name", node)
            if table is None:
                return
        if what == "add_column":
            col = self.column(rev, arg(node, 1 + shift, "column"))
            if col is None:
                self.warn(where, "add_column without an sa.Column(...): not read")
            else:
                self.changes.append(AddColumn(table, col, where, schema))
            return
        column = self.name(rev, arg(node, 1 + shift, "column_name"), "the column name", node)
        if column is None:
            return
        if what == "drop_column":
            self.changes.append(DropColumn(table, column, where, schema))
            return
        new_name = rev.strings.value(arg(node, -1, "new_column_name"))
        if new_name:
            self.changes.append(RenameColumn(table, column, new_name, where, schema))
            column = new_name
        type_node, comment_node = arg(node, -1, "type_"), arg(node, -1, "comment")
        if type_node is not None or comment_node is not None:
            sql_type, family = _type(type_node) if type_node is not None else (None, None)
            comment = rev.strings.value(comment_node) if comment_node is not None else None
            self.changes.append(AlterColumn(table, column, where, schema, sql_type, family, comment, rev.file.annotation(node)))

    def connection_ddl(self, rev: _Revision, node: ast.Call) -> None:
        """``conn.execute("ALTER TABLE ...")`` on the migration's connection (``op.get_bind()``):
        DDL text known without running code goes through the SQL reader; queries do not change
        the schema and are left alone."""
        sql = node.args[0]
        if isinstance(sql, ast.Call) and call_name(sql) == "text" and sql.args:
            sql = sql.args[0]
        text = rev.strings.value(sql)
        if text is not None and _DDL.match(text):
            self.operations += 1
            self.changes.append(RunSql(text, string_start(rev.file, sql)))

    def body(self, rev: _Revision, stmts: list[ast.stmt], functions: dict[str, ast.FunctionDef], seen: set[str],
             batch: dict[str, tuple[str, str | None]]) -> None:
        """Walk statements in source order, following ``with op.batch_alter_table(...)`` and helper calls."""
        for st in stmts:
            if isinstance(st, (ast.With, ast.AsyncWith)):
                inner = dict(batch)
                for item in st.items:
                    ctx = item.context_expr
                    if isinstance(ctx, ast.Call) and call_name(ctx) == "batch_alter_table" and isinstance(item.optional_vars, ast.Name):
                        name = self.name(rev, arg(ctx, 0, "table_name"), "the table name", ctx)
                        schema = literal(arg(ctx, -1, "schema"))
                        if name is not None:
                            inner[item.optional_vars.id] = (name, schema if isinstance(schema, str) else None)
                self.body(rev, st.body, functions, seen, inner)
                continue
            if isinstance(st, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue  # defined here, run only when called
            for node in _calls_in_order(st):
                func = node.func
                if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("op", *batch):
                    owner = func.value.id
                    if owner == "op":
                        self.call(rev, node)
                    else:
                        self.call(rev, node, *batch[owner])
                elif isinstance(func, ast.Attribute) and func.attr == "execute" and node.args:
                    self.connection_ddl(rev, node)
                elif isinstance(func, ast.Name) and func.id in functions and func.id not in seen:
                    outer = rev.strings
                    rev.strings = outer.child().learn(functions[func.id].body)  # the helper's own names
                    try:
                        self.body(rev, functions[func.id].body, functions, seen | {func.id}, batch)
                    finally:
                        rev.strings = outer
            for sub in _blocks(st):
                self.body(rev, sub, functions, seen, batch)


def _blocks(st: ast.stmt) -> list[list[ast.stmt]]:
    """The nested statement lists of a compound statement (if / for / while / try)."""
    out = []
    for name in ("body", "orelse", "finalbody"):
        part = getattr(st, name, None)
        if isinstance(part, list) and part and isinstance(part[0], ast.stmt):
            out.append(part)
    for h in getattr(st, "handlers", ()) or ():
        out.append(h.body)
    return out


def _calls_in_order(st: ast.stmt) -> list[ast.Call]:
    """Calls in a statement's own expressions (not in its nested blocks), outermost first."""
    roots: list[ast.AST] = []
    for name, value in ast.iter_fields(st):
        if name in ("body", "orelse", "finalbody", "handlers"):
            continue
        roots.extend(value if isinstance(value, list) else [value])
    calls = []
    for r in roots:
        if isinstance(r, ast.AST):
            calls.extend(n for n in ast.walk(r) if isinstance(n, ast.Call))
    return sorted(calls, key=lambda n: (n.lineno, n.col_offset))


def _module_assign(tree: ast.Module, name: str) -> ast.Assign | ast.AnnAssign | None:
    for st in tree.body:
        if isinstance(st, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in st.targets):
            return st
        if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) and st.target.id == name:
            return st
    return None


def _module_value(tree: ast.Module, name: str) -> ast.AST | None:
    st = _module_assign(tree, name)
    return st.value if st is not None else None


def _ids(node: ast.AST | None) -> list[str] | None:
    """``None`` / ``"a"`` / ``("a", "b")`` as a list of revision ids (None: not a literal)."""
    value = literal(node, default=ValueError)
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (tuple, list)) and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def read(files: list[str], display: Callable[[str], str]) -> tuple[list[Change], list[ParseProblem], list[SourceFile]]:
    """The changes of Alembic revision files, in ``down_revision`` order."""
    problems: list[ParseProblem] = []
    sources: dict[str, SourceFile] = {}
    revisions: dict[str, _Revision] = {}
    skipped: list[tuple[str, str]] = []  # (path, why) of files that are not revisions
    for path in files:
        shown = display(path)
        base = os.path.basename(path)
        if base == "__init__.py" or compiled_or_cache(path):
            continue
        if not base.endswith(".py"):
            skipped.append((path, "not an Alembic revision (not a .py file): skipped"))
            continue
        file, problem = parse_python(path, shown)
        if problem is not None:
            problems.append(problem)
            sources[shown] = SourceFile(shown, "alembic")
            continue
        rev_node = _module_assign(file.tree, "revision")
        rev = literal(rev_node.value if rev_node is not None else None)
        if not isinstance(rev, str):
            skipped.append((path, "not an Alembic revision (no revision = '...'): skipped"))
            continue
        downs = _ids(_module_value(file.tree, "down_revision"))
        extra = _ids(_module_value(file.tree, "depends_on")) or []
        if downs is None:
            problems.append(ParseProblem(file.at(rev_node), "down_revision is not a literal: the order may be wrong"))
            downs = []
        if rev in revisions:
            problems.append(ParseProblem(file.at(rev_node), f"revision {rev} is defined twice (also {revisions[rev].file.display}); the first is used"))
            continue
        revisions[rev] = _Revision(rev, downs + [d for d in extra if d not in downs], file, rev_node, Strings().learn(file.tree.body))
    # files beside the revisions or in the script folder around them are noted; the rest of a
    # project listed as a folder is not part of the history
    near = {os.path.dirname(os.path.abspath(p)) for p in files if display(p) in {r.file.display for r in revisions.values()}}
    near |= {os.path.dirname(d) for d in near}
    for path, why in skipped:
        if not revisions or os.path.dirname(os.path.abspath(path)) in near:
            sources[display(path)] = SourceFile(display(path), "alembic", warnings=(why,))
    deps: dict[str, list[str]] = {}
    for rev, r in revisions.items():
        deps[rev] = [d for d in r.downs if d in revisions and d != rev]
        for d in r.downs:
            if d not in revisions:
                problems.append(ParseProblem(r.file.at(r.node), f"revision {rev} revises {d}, which is not among the revisions read: the order may be wrong"))
    revised = {d for r in revisions.values() for d in r.downs}
    heads = sorted(rev for rev in revisions if rev not in revised)
    if len(heads) > 1:
        for h in heads:
            others = ", ".join(x for x in heads if x != h)
            problems.append(ParseProblem(revisions[h].file.at(revisions[h].node),
                                         f"revision {h} is one of {len(heads)} heads (also {others}): branches not merged, their order is undecided"))
    order, cycle_problems = dependency_order(deps, {k: r.file.at(r.node) for k, r in revisions.items()})
    problems.extend(cycle_problems)
    reader = _Reader()
    for rev in order:
        r = revisions[rev]
        functions = {st.name: st for st in r.file.tree.body if isinstance(st, ast.FunctionDef)}
        reader.operations = 0
        upgrade = functions.get("upgrade")
        if upgrade is not None:  # SQL text kept in local names of upgrade()
            r.strings = r.strings.child().learn(upgrade.body)
        if upgrade is None:
            problems.append(ParseProblem(r.file.at(r.node), f"revision {rev} has no upgrade(): nothing read"))
        else:
            try:
                reader.body(r, upgrade.body, functions, {"upgrade"}, {})
            except RecursionError:
                reader.warn(r.file.at(upgrade), "upgrade() nested too deeply: not fully read")
        sources[r.file.display] = SourceFile(r.file.display, "alembic", statements=reader.operations, comments=r.file.comments)
    problems.extend(reader.problems)
    ordered = [revisions[k].file.display for k in order]
    done = set(ordered)
    return reader.changes, problems, [sources[p] for p in ordered] + [s for p, s in sources.items() if p not in done]


__all__ = ["detect", "read"]
