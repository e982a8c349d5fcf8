"""Liquibase changelogs (XML, YAML, JSON) -> schema changes.

Read: ``createTable``, ``addColumn``, ``dropColumn``, ``renameColumn``, ``renameTable``,
``dropTable``, ``dropView``, ``modifyDataType``, ``setColumnRemarks``, ``mergeColumns``,
``addLookupTable``, ``createView`` / ``sql`` / ``sqlFile`` (through the SQL reader, at their place in the file),
``include`` / ``includeAll`` in changelog order (each file once). Column ``remarks`` are the
column's comment, so ``remarks="Sähköposti. privacy: contact-details"`` annotates it; an XML
comment ``<!-- privacy: none -->`` on the column's line or the line above does too.

Which changeSets run: a changeSet's ``dbms`` attribute and its ``preConditions`` are evaluated
for the run's dialect (``dbms``, ``not``, ``and``, ``or``); other preconditions
(``tableExists``, ``changeSetExecuted``, ...) cannot be known without a database and count as
met. ``rollback`` blocks are never applied. ``customChange`` (Java code) cannot be read: a
located note (PN006), as is any change type not understood. ``changeSetExecuted`` is known (the history is read from an empty
database: it ran if this reading applied it). Index, key, constraint and data changes do not change columns.

Properties (``<property name="uuid_type" value="uuid"/>``, honouring ``dbms``) replace
``${name}`` in the changes that follow; the first definition wins, as in Liquibase.

Includes: ``relativeToChangelogFile="true"`` is relative to the including file; otherwise the
path is relative to the classpath root, which is looked for in the including file's folder and
each folder above it (``META-INF/x.xml`` from ``src/main/resources/META-INF/master.xml``). Not
found: a located warning (PN005).

A folder: its changelogs not included by another one are the masters; several masters are
read in name order with a warning (list them in the order they run), unless some are named
``*master*``, and then only those (the others are noted). XML is read with expat, refusing
entity declarations (no entity expansion, no external entities).
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from xml.parsers import expat

from ...model import Annotation, Location, ParseProblem, SourceFile
from ..annotations import find_marker
from ..changes import (
    AddColumn, AlterColumn, Change, CreateTable, DropColumn, DropTable, NewColumn, RenameColumn, RenameTable, RunSql,
)
from ..files import read_text
from ..types import family_from_name

EXTENSIONS = (".xml", ".yaml", ".yml", ".json")
# changeSet children that never add, drop, rename or retype a column (or are not changes)
NO_COLUMN_CHANGE = frozenset({
    "validCheckSum", "comment", "preConditions", "rollback", "modifySql", "tagDatabase", "output", "empty", "stop",
    "addForeignKeyConstraint", "dropForeignKeyConstraint", "dropAllForeignKeyConstraints", "addPrimaryKey", "dropPrimaryKey",
    "addUniqueConstraint", "dropUniqueConstraint", "addNotNullConstraint", "dropNotNullConstraint", "addCheckConstraint",
    "dropCheckConstraint", "enableCheckConstraint", "disableCheckConstraint", "addDefaultValue", "dropDefaultValue",
    "addAutoIncrement", "createIndex", "dropIndex", "createSequence", "dropSequence", "alterSequence", "renameSequence",
    "insert", "update", "delete", "loadData", "loadUpdateData", "executeCommand", "setTableRemarks", "dropProcedure",
    "createFunction", "dropFunction", "createTrigger", "dropTrigger", "enableTrigger", "disableTrigger", "renameTrigger",
    "createSynonym", "dropSynonym", "createPackage", "createPackageBody", "dropPackage", "dropPackageBody", "markUnused",
})
_MARK = re.compile(r"databaseChangeLog")
# the run's dialect -> Liquibase dbms names
DBMS = {"postgres": "postgresql", "mysql": "mysql", "tsql": "mssql", "oracle": "oracle", "sqlite": "sqlite", "snowflake": "snowflake", "bigquery": "bigquery"}


def detect(path: str, head: str) -> bool:
    if os.path.isdir(path):
        try:
            names = sorted(os.listdir(path))
        except OSError:
            return False
        for name in names[:200]:
            full = os.path.join(path, name)
            if name.lower().endswith(EXTENSIONS) and os.path.isfile(full):
                from . import head_of

                if _MARK.search(head_of(full)):
                    return True
        return False
    return path.lower().endswith(EXTENSIONS) and bool(_MARK.search(head))


# ---------------------------------------------------------------- one tree for XML, YAML, JSON


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    loc: Location
    children: list["Node"] = field(default_factory=list)
    text: str = ""
    text_loc: Location | None = None

    def attr(self, name: str, default: str = "") -> str:
        value = self.attrs.get(name, default)
        return value if isinstance(value, str) else str(value)


class _Refused(Exception):
    pass


def _parse_xml(text: str, shown: str) -> tuple[Node | None, dict[int, tuple[str, ...]], ParseProblem | None]:
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Node] = []
    root: list[Node] = []
    comments: dict[int, tuple[str, ...]] = {}

    def where() -> Location:
        return Location(shown, parser.CurrentLineNumber, parser.CurrentColumnNumber + 1)

    def start(name: str, attrs: dict[str, str]) -> None:
        node = Node(name.rsplit(":", 1)[-1], dict(attrs), where())
        (stack[-1].children if stack else root).append(node)
        stack.append(node)

    def end(_name: str) -> None:
        stack.pop()

    def chars(data: str) -> None:
        if stack:
            node = stack[-1]
            if node.text_loc is None and data.strip():
                node.text_loc = where()
                node.text = data
            elif node.text_loc is not None:
                node.text += data

    def comment(data: str) -> None:
        line = parser.CurrentLineNumber
        comments[line] = comments.get(line, ()) + (data.strip(),)

    def refuse(*_args) -> None:
        raise _Refused("entity declarations are not allowed in a changelog")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.CommentHandler = comment
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    try:
        parser.Parse(text.encode("utf-8"), True)
    except expat.ExpatError as exc:
        return None, comments, ParseProblem(Location(shown, exc.lineno, exc.offset + 1), f"XML syntax error: {expat.ErrorString(exc.code)}")
    except _Refused as exc:
        return None, comments, ParseProblem(where(), str(exc))
    return (root[0] if root else None), comments, None


def _parse_yaml(text: str, shown: str) -> tuple[Node | None, ParseProblem | None]:
    from ...errors import UserError, ValidationFailed
    from ...yamlload import load_located

    try:
        data, where = load_located(text, shown)
    except ValidationFailed as exc:
        first = exc.problems[0]
        return None, ParseProblem(first.location or Location(shown), first.message)
    except UserError as exc:
        return None, ParseProblem(exc.location or Location(shown), exc.message)
    if not isinstance(data, dict) or "databaseChangeLog" not in data:
        return None, ParseProblem(Location(shown, 1, 1), "not a Liquibase changelog: no databaseChangeLog")
    return _YamlTree(where, text.split("\n")).node("databaseChangeLog", data["databaseChangeLog"], ("databaseChangeLog",)), None


class _YamlTree:
    """YAML / JSON changelog data -> the same Node tree as XML, with locations."""

    FLATTEN = frozenset({"changes", "columns", "column"})  # list items become the node's children
    LOGIC = frozenset({"preConditions", "not", "and", "or"})

    def __init__(self, where, lines: list[str]) -> None:
        self.where, self.lines = where, lines

    def node(self, tag: str, value, path: tuple) -> Node:
        node = Node(tag, {}, self.where.of(path, key=True))
        if isinstance(value, list):  # databaseChangeLog, preConditions, not, ...: items are children
            for item in self.items(value, path):
                if tag in self.LOGIC and not item.children and not item.attrs and item.text:
                    node.attrs[item.tag] = item.text  # `- onFail: MARK_RAN`
                else:
                    node.children.append(item)
            return node
        if not isinstance(value, dict):  # `- sql: "SELECT ..."`
            node.text, node.text_loc = self.text(str(value), self.where.of(path))
            return node
        for key, item in value.items():
            if isinstance(item, list) and (key in self.FLATTEN):
                node.children.extend(self.items(item, path + (key,)))
            elif isinstance(item, (list, dict)):
                node.children.append(self.node(key, item, path + (key,)))
            elif item is not None:
                node.attrs[key] = item if isinstance(item, str) else _scalar(item)
                if key in ("sql", "selectQuery") and isinstance(item, str):
                    node.text, node.text_loc = self.text(item, self.where.of(path + (key,)))
        return node

    def items(self, items: list, path: tuple) -> list[Node]:
        return [self.node(key, value, path + (i, key)) for i, item in enumerate(items) if isinstance(item, dict) for key, value in item.items()]

    def text(self, value: str, loc: Location) -> tuple[str, Location]:
        """A scalar's text and where it starts: after a quote, or for a ``|`` / ``>`` block the
        block's lines as written (indentation kept, so that positions inside stay exact)."""
        line = self.lines[loc.line - 1] if 0 < loc.line <= len(self.lines) else ""
        mark = line[loc.col - 1 : loc.col] if loc.col else ""
        if mark in ("'", '"'):
            return value, Location(loc.path, loc.line, loc.col + 1)
        if mark not in ("|", ">"):
            return value, loc
        body: list[str] = []
        indent = None
        for raw in self.lines[loc.line:]:
            width = len(raw) - len(raw.lstrip())
            if raw.strip() and indent is None:
                indent = width
            if raw.strip() and indent is not None and width < indent:
                break
            body.append(raw)
        while body and not body[-1].strip():
            body.pop()
        first = next((i for i, raw in enumerate(body) if raw.strip()), None)
        if first is None or indent is None:
            return value, loc
        return "\n".join([body[first][indent:]] + body[first + 1:]), Location(loc.path, loc.line + 1 + first, indent + 1)


def _scalar(value) -> str:
    return "true" if value is True else "false" if value is False else str(value)


# ---------------------------------------------------------------- reading


@dataclass
class _Run:
    display: Callable[[str], str]
    dbms: str
    changes: list[Change] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    sources: list[SourceFile] = field(default_factory=list)
    parsed: dict[str, tuple[Node | None, dict]] = field(default_factory=dict)
    done: set[str] = field(default_factory=set)
    executed: set[tuple[str, str]] = field(default_factory=set)  # (id, author) of changeSets applied
    properties: dict[str, str] = field(default_factory=dict)  # ${name} -> value; the first definition wins


def read(files: list[str], display: Callable[[str], str], dialect: str = "postgres"):
    """Read the changelogs of one input (a file, or a folder's masters) in changelog order."""
    run = _Run(display, DBMS.get(dialect, dialect))
    if len(files) == 1:  # a listed changelog, whatever its name
        roots = files
    else:
        roots = _masters(run, [f for f in files if f.lower().endswith(EXTENSIONS)])
    for path in roots:
        _read_log(run, path)
    return run.changes, run.problems, run.sources


def _load(run: _Run, path: str) -> tuple[Node | None, dict]:
    real = os.path.realpath(path)
    if real in run.parsed:
        return run.parsed[real]
    shown = run.display(path)
    decoded = read_text(path)
    result: tuple[Node | None, dict] = (None, {})
    if decoded.text is None:
        run.problems.append(ParseProblem(Location(shown), decoded.error, fatal=True))
    elif path.lower().endswith(".xml") or decoded.text.lstrip().startswith("<"):
        node, comments, problem = _parse_xml(decoded.text, shown)
        if problem is not None:
            run.problems.append(problem)
        result = (node if node is not None and node.tag == "databaseChangeLog" else None, comments)
    else:
        node, problem = _parse_yaml(decoded.text, shown)
        if problem is not None:
            run.problems.append(problem)
        result = (node, {})
    run.parsed[real] = result
    return result


def _masters(run: _Run, logs: list[str]) -> list[str]:
    """The changelogs of a folder that no other changelog of it includes."""
    included: set[str] = set()
    candidates = []
    for path in logs:
        node, _ = _load(run, path)
        if node is None:
            continue
        candidates.append(path)
        for child in node.children:
            if child.tag == "include":
                found = _resolve(path, child.attr("file"), child.attr("relativeToChangelogFile") == "true")
                if found:
                    included.add(os.path.realpath(found))
            elif child.tag == "includeAll":
                for found in _include_all(path, child):
                    included.add(os.path.realpath(found))
    roots = [p for p in candidates if os.path.realpath(p) not in included]
    named = [p for p in roots if "master" in os.path.basename(p).lower()]
    if named:
        for p in roots:
            if p not in named:
                run.problems.append(ParseProblem(Location(run.display(p)), "changelog not included by any master changelog: not read", kind="skipped"))
        roots = named
    if len(roots) > 1:
        run.problems.append(ParseProblem(
            Location(run.display(roots[1])),
            f"{len(roots)} master changelogs that do not include each other: read in name order after {run.display(roots[0])}; "
            "list them in the order they run to decide it",
            kind="layout",
            related=Location(run.display(roots[0])),
        ))
    return roots


def _resolve(current: str, name: str, relative: bool, exists=os.path.isfile) -> str | None:
    """An included file (or, with ``exists=os.path.isdir``, folder): relative to the including
    file, or to a classpath root in the including file's folder or a folder above it."""
    if not name:
        return None
    name = name.replace("\\", "/")
    if name.startswith("classpath:"):
        name, relative = name[len("classpath:"):].lstrip("/"), False
    here = os.path.dirname(os.path.abspath(current))
    if relative or os.path.isabs(name):
        full = os.path.join(here, name)
        return full if exists(full) else None
    folder = here
    for _ in range(12):
        full = os.path.join(folder, name)
        if exists(full):
            return full
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return name if exists(name) else None


def _include_all(current: str, node: Node) -> list[str]:
    path = node.attr("path").replace("\\", "/").rstrip("/")
    relative = node.attr("relativeToChangelogFile") == "true"
    folder = _resolve(current, path, relative, os.path.isdir)
    if folder is None:
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(os.path.join(dirpath, f) for f in filenames if f.lower().endswith(EXTENSIONS + (".sql",)))
    return sorted(found, key=lambda p: p.replace(os.sep, "/"))  # Liquibase: alphabetical by path


def _read_log(run: _Run, path: str) -> None:
    real = os.path.realpath(path)
    if real in run.done:  # Liquibase runs a changeSet once
        return
    run.done.add(real)
    if path.lower().endswith(".sql"):  # includeAll of plain SQL files
        text = read_text(path)
        if text.text is not None:
            run.changes.append(RunSql(text.text, Location(run.display(path), 1, 1)))
        return
    node, comments = _load(run, path)
    shown = run.display(path)
    run.sources.append(SourceFile(shown, "liquibase", comments=dict(sorted(comments.items()))))
    if node is None:
        return
    for child in node.children:
        if child.tag == "include":
            found = _resolve(path, child.attr("file"), child.attr("relativeToChangelogFile") == "true")
            if found is None:
                run.problems.append(ParseProblem(child.loc, f"included changelog {child.attr('file')!r} not found (looked beside the changelog and in each folder above it, as for a classpath root)", kind="layout"))
            else:
                _read_log(run, found)
        elif child.tag == "includeAll":
            files = _include_all(path, child)
            if not files:
                run.problems.append(ParseProblem(child.loc, f"includeAll folder {child.attr('path')!r} not found or empty", kind="layout"))
            for found in files:
                _read_log(run, found)
        elif child.tag == "property":
            if child.attr("name") and _dbms_match(child.attr("dbms"), run.dbms) is not False:
                run.properties.setdefault(child.attr("name"), child.attr("value"))
        elif child.tag == "changeSet":
            if _runs(child, run.dbms, run.executed):
                run.executed.add((child.attr("id"), child.attr("author")))
                for change in child.children:
                    if run.properties:
                        _substitute(change, run.properties)
                    _change(run, path, change, comments)


_PROPERTY = re.compile(r"\$\{([^}]+)\}")


def _substitute(node: Node, properties: dict[str, str]) -> None:
    """Replace ``${name}`` in attributes and text by the changelog's properties (unknown ones stay)."""
    def fill(text: str) -> str:
        return _PROPERTY.sub(lambda m: properties.get(m.group(1).strip(), m.group(0)), text) if "${" in text else text

    node.attrs = {k: fill(v) if isinstance(v, str) else v for k, v in node.attrs.items()}
    node.text = fill(node.text)  # embedded SQL: a property may change the length of a line, rarely its columns
    for child in node.children:
        _substitute(child, properties)


# ---------------------------------------------------------------- which changeSets run


def _dbms_match(spec: str, dbms: str) -> bool | None:
    names = [s.strip().lower() for s in spec.split(",") if s.strip()]
    if not names or "all" in names:
        return True
    if "none" in names:
        return False
    positive = [n for n in names if not n.startswith("!")]
    negative = [n[1:] for n in names if n.startswith("!")]
    if dbms in negative:
        return False
    return dbms in positive if positive else True


def _condition(node: Node, dbms: str, executed: set[tuple[str, str]]) -> bool | None:
    """True / False, or None when it cannot be known without a database. ``changeSetExecuted``
    is known: the history is read from an empty database, so it ran if this run applied it."""
    if node.tag == "dbms":
        return _dbms_match(node.attr("type"), dbms)
    if node.tag == "changeSetExecuted":
        return (node.attr("id"), node.attr("author")) in executed
    if node.tag in ("and", "preConditions"):
        values = [_condition(c, dbms, executed) for c in node.children]
        if any(v is False for v in values):
            return False
        return True if all(v is True for v in values) else None
    if node.tag == "or":
        values = [_condition(c, dbms, executed) for c in node.children]
        if any(v is True for v in values):
            return True
        return False if values and all(v is False for v in values) else None
    if node.tag == "not":
        values = [_condition(c, dbms, executed) for c in node.children]
        if any(v is True for v in values):
            return False  # not(a, b) = none of them holds
        return True if values and all(v is False for v in values) else None
    return None


def _runs(change_set: Node, dbms: str, executed: set[tuple[str, str]]) -> bool:
    if "dbms" in change_set.attrs and _dbms_match(change_set.attr("dbms"), dbms) is False:
        return False
    for child in change_set.children:
        if child.tag == "preConditions" and _condition(child, dbms, executed) is False:
            return child.attr("onFail", "HALT").upper() == "WARN"  # WARN runs it anyway; the others do not
    return True


# ---------------------------------------------------------------- changes


def _name(text: str) -> str:
    """Liquibase names are unquoted SQL names: folded as the SQL reader folds them."""
    return text.strip().lower() if text else ""


def _schema(node: Node) -> str | None:
    return _name(node.attr("schemaName")) or None


def _family(sql_type: str) -> str:
    t = sql_type.strip()
    if t.lower().startswith("java.sql.types."):
        t = t[len("java.sql.types."):]
    return family_from_name(t.split("(")[0]) if t else "unknown"


def _column(node: Node, comments: dict[int, tuple[str, ...]]) -> NewColumn:
    sql_type = node.attr("type")
    remarks = node.attr("remarks")
    annotation = None
    for line in (node.loc.line, node.loc.line - 1):
        for text in comments.get(line, ()):
            hit = find_marker(text)
            if hit:
                annotation = Annotation(hit[0], Location(node.loc.path, line, 1))
    return NewColumn(_name(node.attr("name")), sql_type, _family(sql_type), remarks, node.loc, annotation)


def _change(run: _Run, path: str, node: Node, comments: dict) -> None:
    tag, out = node.tag, run.changes
    table, schema = _name(node.attr("tableName")), _schema(node)
    if tag == "createTable":
        cols = tuple(_column(c, comments) for c in node.children if c.tag == "column")
        out.append(CreateTable(table, cols, node.loc, schema, node.attr("remarks")))
    elif tag == "addColumn":
        for c in node.children:
            if c.tag == "column":
                out.append(AddColumn(table, _column(c, comments), c.loc, schema))
    elif tag == "dropColumn":
        names = [(node.attr("columnName"), node.loc)] if node.attr("columnName") else [(c.attr("name"), c.loc) for c in node.children if c.tag == "column"]
        for name, loc in names:
            out.append(DropColumn(table, _name(name), loc, schema))
    elif tag == "renameColumn":
        out.append(RenameColumn(table, _name(node.attr("oldColumnName")), _name(node.attr("newColumnName")), node.loc, schema))
        if node.attr("remarks"):
            out.append(AlterColumn(table, _name(node.attr("newColumnName")), node.loc, schema, comment=node.attr("remarks")))
    elif tag == "renameTable":
        out.append(RenameTable(_name(node.attr("oldTableName")), _name(node.attr("newTableName")), node.loc, schema))
    elif tag == "dropTable":
        out.append(DropTable(table, node.loc, schema))
    elif tag == "dropView":
        out.append(DropTable(_name(node.attr("viewName")), node.loc, schema))
    elif tag == "renameView":
        out.append(RenameTable(_name(node.attr("oldViewName")), _name(node.attr("newViewName")), node.loc, schema))
    elif tag == "modifyDataType":
        new_type = node.attr("newDataType")
        out.append(AlterColumn(table, _name(node.attr("columnName")), node.loc, schema, sql_type=new_type, type_family=_family(new_type)))
    elif tag == "setColumnRemarks":
        out.append(AlterColumn(table, _name(node.attr("columnName")), node.loc, schema, comment=node.attr("remarks")))
    elif tag == "mergeColumns":
        final = NewColumn(_name(node.attr("finalColumnName")), node.attr("finalColumnType"), _family(node.attr("finalColumnType")), location=node.loc)
        out.append(AddColumn(table, final, node.loc, schema))
        for key in ("column1Name", "column2Name"):
            out.append(DropColumn(table, _name(node.attr(key)), node.loc, schema))
    elif tag in ("sql", "createView", "createProcedure"):
        if "dbms" in node.attrs and _dbms_match(node.attr("dbms"), run.dbms) is False:
            return
        text, loc = node.text, node.text_loc or node.loc
        if tag == "createView" and text.strip() and node.attr("fullDefinition") != "true":
            head = f"CREATE {'OR REPLACE ' if node.attr('replaceIfExists') == 'true' else ''}VIEW {node.attr('viewName')} AS"
            text = head + "\n" + " " * (loc.col - 1) + text
            loc = Location(loc.path, max(loc.line - 1, 1), 1)
        if text.strip() and tag != "createProcedure":
            out.append(RunSql(text, loc))
    elif tag == "sqlFile":
        if "dbms" in node.attrs and _dbms_match(node.attr("dbms"), run.dbms) is False:
            return
        found = _resolve(path, node.attr("path"), node.attr("relativeToChangelogFile") == "true")
        if found is None:
            run.problems.append(ParseProblem(node.loc, f"sqlFile {node.attr('path')!r} not found", kind="layout"))
            return
        decoded = read_text(found)
        if decoded.text is None:
            run.problems.append(ParseProblem(node.loc, f"sqlFile {node.attr('path')!r}: {decoded.error}", fatal=True))
        else:
            out.append(RunSql(decoded.text, Location(run.display(found), 1, 1)))
    elif tag == "addLookupTable":
        new_type = node.attr("newColumnDataType")
        column = NewColumn(_name(node.attr("newColumnName")), new_type, _family(new_type), location=node.loc)
        out.append(CreateTable(_name(node.attr("newTableName")), (column,), node.loc, _name(node.attr("newTableSchemaName")) or None))
    elif tag == "customChange":
        run.problems.append(ParseProblem(node.loc, f"customChange {node.attr('class')!r} runs Java code: not read", kind="skipped"))
    elif tag not in NO_COLUMN_CHANGE:
        run.problems.append(ParseProblem(node.loc, f"change type {tag!r} is not understood: not read", kind="skipped"))
