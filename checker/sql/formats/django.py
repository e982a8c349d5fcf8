"""Django migrations -> schema changes, read as syntax trees (project code is never imported or run).

Files
    ``<app>/migrations/NNNN_name.py`` files holding ``class Migration(migrations.Migration)``.
    The app label is the name of the folder above ``migrations/`` (``zerver/migrations`` ->
    ``zerver``); ``read(..., app_label=...)`` overrides it for every file. Given a whole app or
    project, only the files in ``migrations`` folders are read; other files there (helpers,
    notes) are skipped with a note, ``__init__.py`` and byte-code caches silently.

Order
    The ``dependencies`` graph, topologically (ties in app and name order). A dependency on a
    migration of an app that is read but missing, or a cycle, is a located warning; dependencies
    on apps that are not read (``auth``, ``contenttypes``, ``swappable_dependency(...)``) are
    outside the input and ignored. A squashed migration (``replaces``) is skipped when the
    migrations it replaces are present (reading them gives the same schema).

Operations
    ``CreateModel`` (``db_table``, ``db_table_comment``; proxy and ``managed: False`` models have
    no table), ``AddField``, ``RemoveField``, ``RenameField``, ``AlterField``, ``DeleteModel``,
    ``RenameModel``, ``AlterModelTable``, ``RunSQL`` (through the SQL reader, when its text is
    known without running code), ``SeparateDatabaseAndState`` (its state operations, which say
    what the database looks like afterwards). ``RunPython`` is never run: counted per file.
    Index, constraint and option operations do not change columns and are skipped; any other
    operation is a located warning.

Tables and columns
    Default table ``<app_label>_<model name lower-cased>``; column ``db_column`` or the field
    name; ``ForeignKey`` / ``OneToOneField`` -> ``<name>_id``; ``ManyToManyField`` -> a table
    ``<model table>_<field>`` (or the field's ``db_table``) with ``<model>_id`` and
    ``<target>_id`` columns (``from_<model>_id`` / ``to_<model>_id`` when it points at its own
    model), unless it names a ``through`` model.

Comments and annotations
    ``db_comment``, else ``help_text`` (also inside ``_("...")``), is the column comment; ``privacy: <id>`` inside it is an
    annotation, and so is a ``# privacy: <id>`` comment on the field's lines or on comment lines
    right above it.
"""
from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ...model import Location, ParseProblem, SourceFile
from ..changes import (
    AddColumn, AlterColumn, Change, CreateTable, DropColumn, DropTable, NewColumn, RenameColumn, RenameTable, RunSql,
)
from .graph import dependency_order
from .pysource import PyFile, Strings, arg, call_name, compiled_or_cache, dotted, folder_holds, literal, parse_python, string_start



def detect(path: str, head: str) -> bool:
    """A Django migration (a ``.py`` file that subclasses ``migrations.Migration``), or a folder
    holding them: a ``migrations`` folder, or an app folder with one."""
    if os.path.isdir(path):
        return folder_holds(path, "migrations", _NUMBERED.match, _is_migration)
    return _is_migration(path, head)


_NUMBERED = re.compile(r"^\d{4}_\w*\.py$")


def _is_migration(path: str, head: str) -> bool:
    return path.endswith(".py") and "migrations.Migration" in head and "django" in head


# ---------------------------------------------------------------- field types

_FAMILIES: dict[str, str] = {}
for _names, _fam in (
    ("CharField TextField EmailField SlugField URLField FilePathField FileField ImageField "
     "GenericIPAddressField IPAddressField CICharField CIEmailField CITextField", "text"),
    ("AutoField BigAutoField SmallAutoField IntegerField BigIntegerField SmallIntegerField "
     "PositiveIntegerField PositiveBigIntegerField PositiveSmallIntegerField FloatField "
     "DecimalField BitField", "number"),
    ("BooleanField NullBooleanField", "boolean"),
    ("DateField DateTimeField TimeField DurationField", "date"),
    ("BinaryField", "binary"),
    ("JSONField HStoreField", "json"),
    ("UUIDField", "uuid"),
    ("ArrayField SearchVectorField", "other"),
):
    for _n in _names.split():
        _FAMILIES[_n] = _fam

_RELATIONS = frozenset({"ForeignKey", "OneToOneField", "ParentalKey"})
_IGNORED_OPS = frozenset({
    "AddIndex", "RemoveIndex", "RenameIndex", "AddIndexConcurrently", "RemoveIndexConcurrently",
    "AddConstraint", "RemoveConstraint", "AddConstraintNotValid", "ValidateConstraint",
    "AlterUniqueTogether", "AlterIndexTogether", "AlterModelOptions", "AlterModelManagers",
    "AlterModelTableComment", "AlterOrderWithRespectTo", "CreateExtension", "BtreeGinExtension",
    "BtreeGistExtension", "CITextExtension", "CryptoExtension", "HStoreExtension",
    "TrigramExtension", "UnaccentExtension", "CreateCollation", "RemoveCollation",
})


@dataclass
class _Field:
    column: str | None  # None: a many-to-many field (no column of its own)
    through: str | None = None  # the auto-created table of a many-to-many field
    target: tuple[str, str] | None = None  # (app, model) it points at, for a many-to-many field


@dataclass
class _Model:
    table: str | None  # None: proxy / unmanaged (no table)
    default_table: bool
    fields: dict[str, _Field] = field(default_factory=dict)
    pk_family: str = "number"


@dataclass
class _Migration:
    app: str
    name: str
    file: PyFile
    node: ast.ClassDef
    strings: Strings
    deps: list[tuple[str, str]]
    replaces: list[tuple[str, str]]


@dataclass
class _Spec:
    """What a field definition means for the table."""

    kind: str  # column | m2m
    column: str
    sql_type: str
    family: str
    comment: str
    target: str | None = None  # related model, lower-case, for relations
    through_table: str | None = None  # explicit db_table of a many-to-many field
    has_through: bool = False


class _Reader:
    def __init__(self) -> None:
        self.models: dict[tuple[str, str], _Model] = {}
        self.changes: list[Change] = []
        self.problems: list[ParseProblem] = []
        self.emit = True  # False: keep the model state only (RunSQL's state_operations)
        self.counts = {"operations": 0, "run_python": 0}  # of the migration being read

    # -- helpers -------------------------------------------------------------------

    def add(self, ch: Change) -> None:
        if self.emit:
            self.changes.append(ch)

    def warn(self, where: Location, message: str) -> None:
        self.problems.append(ParseProblem(where, message))

    def model(self, app: str, name: str, where: Location) -> _Model | None:
        m = self.models.get((app, name.lower()))
        if m is None and self.emit:  # state-only operations may name a model made by SQL
            self.warn(where, f"model {app}.{name} is not defined at this point of the migration history")
        return m

    # -- fields --------------------------------------------------------------------

    def spec(self, app: str, model: str, name: str, call: ast.AST | None) -> _Spec:
        if not isinstance(call, ast.Call):
            return _Spec("column", name, "", "unknown", "")
        cls = call_name(call)
        kws = {k.arg: k.value for k in call.keywords if k.arg}
        comment = _text(kws.get("db_comment")) or _text(kws.get("help_text"))
        db_column = literal(kws.get("db_column"))
        if cls.endswith("ManyToManyField"):
            target = _target(arg(call, 0, "to"), app, model)
            through = kws.get("through")
            db_table = literal(kws.get("db_table"))
            return _Spec("m2m", name, cls, "other", comment, target, db_table if isinstance(db_table, str) else None, through is not None)
        if cls in _RELATIONS or cls.endswith(("ForeignKey", "OneToOneField")):  # and their subclasses
            target = _target(arg(call, 0, "to"), app, model)
            pk = self.models.get(_target_key(target, app)) if target else None
            column = db_column if isinstance(db_column, str) else f"{name}_id"
            return _Spec("column", column, cls, pk.pk_family if pk else "number", comment, target)
        family = _FAMILIES.get(cls) or _custom_family(cls)
        sql_type = cls
        max_length = literal(kws.get("max_length"))
        if isinstance(max_length, int):
            sql_type = f"{cls}({max_length})"
        return _Spec("column", db_column if isinstance(db_column, str) else name, sql_type, family, comment)

    def new_column(self, file: PyFile, spec: _Spec, node: ast.AST, trailing: bool = True, above: bool = True) -> NewColumn:
        ann = file.annotation(node, trailing, above)
        return NewColumn(spec.column, spec.sql_type, spec.family, spec.comment, file.at(node), ann)

    def through(self, app: str, model: str, m: _Model, name: str, spec: _Spec, file: PyFile, node: ast.AST) -> _Field:
        """Create the auto table of a many-to-many field (none for an explicit ``through`` model)."""
        if spec.has_through or m.table is None:
            return _Field(None)
        table = spec.through_table or f"{m.table}_{name}"
        target = (spec.target or "").split(".")[-1]
        own = model.lower()
        if spec.target == f"{app}.{own}":
            cols = (f"from_{own}_id", f"to_{own}_id")
        else:
            cols = (f"{own}_id", f"{target or name}_id")
        where = file.at(node)
        columns = (NewColumn("id", "AutoField", "number", "", where),) + tuple(
            NewColumn(c, "ForeignKey", "number", spec.comment, where, file.annotation(node)) for c in cols
        )
        self.add(CreateTable(table, columns, where, comment=spec.comment))
        return _Field(None, table, _target_key(spec.target, "") if spec.target else None)

    # -- operations ----------------------------------------------------------------

    def operation(self, mig: _Migration, op: ast.AST) -> None:
        counts = self.counts
        file = mig.file
        where = file.at(op)
        if not isinstance(op, ast.Call):
            self.warn(where, "operation built at run time: not read")
            return
        name = call_name(op)
        counts["operations"] += 1
        handler = getattr(self, f"op_{name}", None)
        if handler is not None:
            handler(mig, op, where)
        elif name == "RunPython":
            counts["run_python"] += 1
        elif name in _IGNORED_OPS:
            pass
        else:
            self.warn(where, f"migration operation {name or '?'} is not understood: the schema may miss its changes")

    def op_CreateModel(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        name = literal(arg(op, 0, "name"))
        if not isinstance(name, str):
            self.warn(where, "CreateModel without a literal name: not read")
            return
        options = arg(op, 2, "options")
        opts = {}
        if isinstance(options, ast.Dict):
            for k, v in zip(options.keys, options.values):
                key = literal(k)
                if isinstance(key, str):
                    opts[key] = literal(v, v)
        if opts.get("proxy") is True or opts.get("managed") is False:
            self.models[(mig.app, name.lower())] = _Model(None, False)
            return
        db_table = opts.get("db_table")
        table = db_table if isinstance(db_table, str) else f"{mig.app}_{name.lower()}"
        m = _Model(table, not isinstance(db_table, str))
        self.models[(mig.app, name.lower())] = m
        fields = arg(op, 1, "fields")
        columns: list[NewColumn] = []
        later: list[tuple[str, _Spec, ast.AST]] = []
        items = fields.elts if isinstance(fields, (ast.List, ast.Tuple)) else []
        starts = [getattr(i, "lineno", 0) for i in items]
        ends = [getattr(i, "end_lineno", 0) for i in items]
        for k, item in enumerate(items):
            if not (isinstance(item, ast.Tuple) and len(item.elts) >= 2 and isinstance(literal(item.elts[0]), str)):
                self.warn(mig.file.at(item), "field definition not understood: skipped")
                continue
            fname = literal(item.elts[0])
            spec = self.spec(mig.app, name, fname, item.elts[1])
            if spec.kind == "m2m":
                later.append((fname, spec, item))
                continue
            if isinstance(item.elts[1], ast.Call) and any(k.arg == "primary_key" and literal(k.value) is True for k in item.elts[1].keywords):
                m.pk_family = spec.family
            m.fields[fname] = _Field(spec.column)
            last_on_line = k + 1 == len(items) or starts[k + 1] != ends[k]
            first_on_line = k == 0 or ends[k - 1] != starts[k]
            columns.append(self.new_column(mig.file, spec, item, last_on_line, first_on_line))
        if fields is not None and not isinstance(fields, (ast.List, ast.Tuple)):
            self.warn(where, f"CreateModel {name}: fields built at run time: not read")
        comment = opts.get("db_table_comment")
        self.add(CreateTable(table, tuple(columns), mig.file.at(op), comment=comment if isinstance(comment, str) else ""))
        for fname, spec, item in later:
            m.fields[fname] = self.through(mig.app, name, m, fname, spec, mig.file, item)

    def op_DeleteModel(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        name = literal(arg(op, 0, "name"))
        m = self.model(mig.app, str(name), where) if isinstance(name, str) else None
        if m is None:
            return
        del self.models[(mig.app, name.lower())]
        if m.table is None:
            return
        for f in m.fields.values():
            if f.through:
                self.add(DropTable(f.through, where))
        self.add(DropTable(m.table, where))

    def op_RenameModel(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        old, new = literal(arg(op, 0, "old_name")), literal(arg(op, 1, "new_name"))
        if not (isinstance(old, str) and isinstance(new, str)):
            self.warn(where, "RenameModel without literal names: not read")
            return
        m = self.model(mig.app, old, where)
        if m is None:
            return
        old_l, new_l = old.lower(), new.lower()
        del self.models[(mig.app, old_l)]
        self.models[(mig.app, new_l)] = m
        if m.table is None:
            return
        if m.default_table:
            new_table = f"{mig.app}_{new_l}"
            self.add(RenameTable(m.table, new_table, where))
            self._rename_auto_tables(m, new_table, where)
            m.table = new_table
        # the columns of many-to-many tables named after the model follow its new name
        for other in self.models.values():
            for f in other.fields.values():
                if not f.through:
                    continue
                if f.target == (mig.app, old_l):
                    f.target = (mig.app, new_l)
                    if other is m:  # pointing at itself: from_<model>_id / to_<model>_id
                        self.add(RenameColumn(f.through, f"from_{old_l}_id", f"from_{new_l}_id", where))
                        self.add(RenameColumn(f.through, f"to_{old_l}_id", f"to_{new_l}_id", where))
                    else:
                        self.add(RenameColumn(f.through, f"{old_l}_id", f"{new_l}_id", where))
                elif other is m:
                    self.add(RenameColumn(f.through, f"{old_l}_id", f"{new_l}_id", where))

    def op_AlterModelTable(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        name, table = literal(arg(op, 0, "name")), literal(arg(op, 1, "table"))
        m = self.model(mig.app, str(name), where) if isinstance(name, str) else None
        if m is None or m.table is None:
            return
        new_table = table if isinstance(table, str) else f"{mig.app}_{name.lower()}"
        if new_table != m.table:
            self.add(RenameTable(m.table, new_table, where))
            self._rename_auto_tables(m, new_table, where)
        m.table, m.default_table = new_table, not isinstance(table, str)

    def _rename_auto_tables(self, m: _Model, new_table: str, where: Location) -> None:
        """Many-to-many tables named after the model's table follow it."""
        for fname, f in m.fields.items():
            if f.through and f.through == f"{m.table}_{fname}":
                self.add(RenameTable(f.through, f"{new_table}_{fname}", where))
                f.through = f"{new_table}_{fname}"

    def _field_args(self, mig: _Migration, op: ast.Call, where: Location, name_arg: str = "name"):
        model_name, fname = literal(arg(op, 0, "model_name")), literal(arg(op, 1, name_arg))
        if not (isinstance(model_name, str) and isinstance(fname, str)):
            self.warn(where, f"{call_name(op)} without literal names: not read")
            return None, None, None
        m = self.model(mig.app, model_name, where)
        return (m, model_name, fname) if m is not None and m.table is not None else (None, None, None)

    def op_AddField(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        m, model_name, fname = self._field_args(mig, op, where)
        if m is None:
            return
        spec = self.spec(mig.app, model_name, fname, arg(op, 2, "field"))
        if spec.kind == "m2m":
            m.fields[fname] = self.through(mig.app, model_name, m, fname, spec, mig.file, op)
            return
        m.fields[fname] = _Field(spec.column)
        self.add(AddColumn(m.table, self.new_column(mig.file, spec, op), where))

    def op_RemoveField(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        m, _, fname = self._field_args(mig, op, where)
        if m is None:
            return
        f = m.fields.pop(fname, None) or _Field(fname)
        if f.through:
            self.add(DropTable(f.through, where))
        elif f.column:
            self.add(DropColumn(m.table, f.column, where))

    def op_RenameField(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        m, _, old = self._field_args(mig, op, where, "old_name")
        new = literal(arg(op, 2, "new_name"))
        if m is None or not isinstance(new, str):
            return
        f = m.fields.pop(old, None) or _Field(old)
        m.fields[new] = f
        if f.through:
            if f.through == f"{m.table}_{old}":
                renamed = f"{m.table}_{new}"
                self.add(RenameTable(f.through, renamed, where))
                f.through = renamed
        elif f.column in (old, f"{old}_id"):  # a db_column keeps its name
            column = new if f.column == old else f"{new}_id"
            self.add(RenameColumn(m.table, f.column, column, mig.file.at(op)))
            f.column = column

    def op_AlterField(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        m, model_name, fname = self._field_args(mig, op, where)
        if m is None:
            return
        spec = self.spec(mig.app, model_name, fname, arg(op, 2, "field"))
        f = m.fields.get(fname) or _Field(fname)
        if spec.kind == "m2m" or f.through:
            return  # a many-to-many field's table does not change with its options
        if f.column and f.column != spec.column:
            self.add(RenameColumn(m.table, f.column, spec.column, where))
        m.fields[fname] = _Field(spec.column)
        self.add(AlterColumn(m.table, spec.column, where, sql_type=spec.sql_type, type_family=spec.family,
                             comment=spec.comment, annotation=mig.file.annotation(op)))

    def op_RunSQL(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        sql = arg(op, 0, "sql")
        if _is_noop(sql):
            pass
        else:
            pieces = sql.elts if isinstance(sql, (ast.List, ast.Tuple)) else [sql]
            for piece in pieces:
                if isinstance(piece, (ast.Tuple, ast.List)) and piece.elts:  # (sql, params)
                    piece = piece.elts[0]
                text = mig.strings.value(piece)
                if text is None:
                    self.warn(mig.file.at(piece), "RunSQL text is built at run time: not read")
                elif text.strip():
                    self.add(RunSql(text, string_start(mig.file, piece)))
        state_ops = arg(op, -1, "state_operations")
        if isinstance(state_ops, (ast.List, ast.Tuple)):
            emit, self.emit = self.emit, False  # the SQL changed the database; keep names in step
            try:
                for sub in state_ops.elts:
                    self.operation(mig, sub)
            finally:
                self.emit = emit

    def op_SeparateDatabaseAndState(self, mig: _Migration, op: ast.Call, where: Location) -> None:
        state_ops = arg(op, 1, "state_operations")
        for sub in state_ops.elts if isinstance(state_ops, (ast.List, ast.Tuple)) else ():
            self.operation(mig, sub)
        db_ops = arg(op, 0, "database_operations")
        for sub in db_ops.elts if isinstance(db_ops, (ast.List, ast.Tuple)) else ():
            if call_name(sub) == "RunPython":
                self.counts["run_python"] += 1


_HINTS = (("Char", "text"), ("Text", "text"), ("Email", "text"), ("URL", "text"), ("Slug", "text"),
          ("DateTime", "date"), ("Date", "date"), ("Time", "date"), ("Bool", "boolean"), ("JSON", "json"),
          ("UUID", "uuid"), ("Binary", "binary"))


def _custom_family(cls: str) -> str:
    """A custom field's family from its name (``EncryptedTextField`` -> text), else unknown."""
    return next((fam for part, fam in _HINTS if part in cls), "unknown")


_GETTEXT = frozenset({"_", "gettext", "gettext_lazy", "ugettext", "ugettext_lazy", "pgettext", "pgettext_lazy", "gettext_noop"})


def _text(node: ast.AST | None) -> str:
    """A literal text, also inside a translation call: ``_("Mobile number")``."""
    if isinstance(node, ast.Call) and call_name(node) in _GETTEXT and node.args:
        node = node.args[-1]
    value = literal(node)
    return value if isinstance(value, str) else ""


def _is_noop(node: ast.AST | None) -> bool:
    return node is None or dotted(node).endswith("RunSQL.noop")


def _target(node: ast.AST | None, app: str, model: str) -> str | None:
    """``"zerver.Stream"`` / ``"Stream"`` -> ``zerver.stream``; ``"self"`` -> this model;
    ``settings.AUTH_USER_MODEL`` -> ``auth.user``."""
    value = literal(node)
    if isinstance(value, str):
        if value == "self":
            return f"{app}.{model.lower()}"
        return value.lower() if "." in value else f"{app}.{value.lower()}"
    if node is not None and dotted(node).endswith("AUTH_USER_MODEL"):
        return "auth.user"
    return None


def _target_key(target: str, app: str) -> tuple[str, str]:
    a, _, m = target.rpartition(".")
    return (a or app, m)


# ---------------------------------------------------------------- reading files


def _app_of(path: str) -> str:
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.basename(folder) == "migrations":
        folder = os.path.dirname(folder)
    return os.path.basename(folder)


def _migration_class(tree: ast.Module) -> ast.ClassDef | None:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Migration":
            return node
    return None


def _class_value(cls: ast.ClassDef, name: str) -> ast.AST | None:
    for st in cls.body:
        if isinstance(st, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in st.targets):
            return st.value
        if isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) and st.target.id == name:
            return st.value
    return None


def _pairs(node: ast.AST | None) -> list[tuple[str, str]]:
    out = []
    for item in node.elts if isinstance(node, (ast.List, ast.Tuple)) else ():
        value = literal(item)
        if isinstance(value, (tuple, list)) and len(value) == 2 and all(isinstance(v, str) for v in value):
            out.append((value[0], value[1]))
    return out


def read(
    files: list[str], display: Callable[[str], str], *, app_label: str | None = None
) -> tuple[list[Change], list[ParseProblem], list[SourceFile]]:
    """The changes of Django migration files, in dependency order."""
    problems: list[ParseProblem] = []
    sources: dict[str, SourceFile] = {}
    migrations: dict[tuple[str, str], _Migration] = {}
    files = [f for f in files if not compiled_or_cache(f)]
    # a folder's files: those in ``migrations`` folders (the rest of an app is not the history)
    files = [f for f in files if os.path.basename(os.path.dirname(os.path.abspath(f))) == "migrations"] or files
    for path in files:
        shown = display(path)
        base = os.path.basename(path)
        if base == "__init__.py":  # the package marker
            continue
        if not base.endswith(".py"):
            sources[shown] = SourceFile(shown, "django", warnings=("not a Django migration (not a .py file): skipped",))
            continue
        file, problem = parse_python(path, shown)
        if problem is not None:
            problems.append(problem)
            sources[shown] = SourceFile(shown, "django")
            continue
        cls = _migration_class(file.tree)
        if cls is None:
            sources[shown] = SourceFile(shown, "django", warnings=("not a migration (no class Migration): skipped",))
            continue
        app = app_label or _app_of(path)
        name = base[:-3]
        strings = Strings().learn(file.tree.body)
        strings = strings.child().learn(cls.body)
        mig = _Migration(app, name, file, cls, strings, _pairs(_class_value(cls, "dependencies")), _pairs(_class_value(cls, "replaces")))
        if (app, name) in migrations:
            problems.append(ParseProblem(file.at(cls), f"migration {app}.{name} is defined twice (also {migrations[(app, name)].file.display}); the first is used"))
            continue
        migrations[(app, name)] = mig
    apps = {a for a, _ in migrations}
    # a squashed migration is used only when the migrations it replaces are absent
    alias: dict[tuple[str, str], tuple[str, str]] = {}
    for key, mig in list(migrations.items()):
        if mig.replaces and any(r in migrations for r in mig.replaces):
            sources[mig.file.display] = SourceFile(mig.file.display, "django", warnings=("squashed migration skipped: the migrations it replaces are read instead",))
            del migrations[key]
            for r in mig.replaces:
                alias.setdefault(r, r if r in migrations else key)
        else:
            for r in mig.replaces:
                alias[r] = key
    by_app: dict[str, list[str]] = {}
    for a, n in sorted(migrations):
        by_app.setdefault(a, []).append(n)
    deps: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key, mig in migrations.items():
        deps[key] = []
        for dep in mig.deps:
            a, n = dep
            if n == "__first__":
                dep = (a, by_app[a][0]) if by_app.get(a) else dep
            elif n == "__latest__":
                dep = (a, by_app[a][-1]) if by_app.get(a) else dep
            dep = alias.get(dep, dep)
            if dep in migrations:
                if dep != key:
                    deps[key].append(dep)
            elif a in apps:
                problems.append(ParseProblem(mig.file.at(mig.node), f"dependency {a}.{n} of {key[0]}.{key[1]} is missing: the order may be wrong"))
    order, cycle_problems = dependency_order(deps, {k: m.file.at(m.node) for k, m in migrations.items()}, label=lambda k: f"{k[0]}.{k[1]}")
    problems.extend(cycle_problems)
    reader = _Reader()
    for key in order:
        mig = migrations[key]
        counts = reader.counts = {"operations": 0, "run_python": 0}
        ops = _class_value(mig.node, "operations")
        if isinstance(ops, (ast.List, ast.Tuple)):
            for op in ops.elts:
                try:
                    reader.operation(mig, op)
                except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as err:  # an odd shape: say so, keep going
                    reader.warn(mig.file.at(op), f"operation not understood ({type(err).__name__}): skipped")
        elif ops is not None:
            reader.warn(mig.file.at(ops), "operations built at run time: not read")
        notes = (f"{counts['run_python']} RunPython operation(s) not run",) if counts["run_python"] else ()
        sources[mig.file.display] = SourceFile(mig.file.display, "django", statements=counts["operations"],
                                               commands=counts["run_python"], comments=mig.file.comments, warnings=notes)
    problems.extend(reader.problems)
    ordered = [migrations[k].file.display for k in order]
    ordered_sources = [sources[p] for p in ordered] + [s for p, s in sources.items() if p not in set(ordered)]
    return reader.changes, problems, ordered_sources


__all__ = ["detect", "read"]
