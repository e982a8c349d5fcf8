"""Rails ``db/schema.rb`` -> schema changes (``structure.sql`` goes through the SQL reader).

Read: ``create_table "name"`` with its primary key (``id`` unless ``id: false``; ``id: :uuid``
gives its type; ``primary_key: "x"`` its name) and ``comment:``; inside it ``t.<type> "col"``
(several names on one line too) with ``comment:``, ``array: true``, ``t.references`` /
``t.belongs_to`` (``<name>_id``, and ``<name>_type`` when ``polymorphic: true``) and
``t.timestamps``; ``create_view "name", sql_definition: <<-SQL`` (the scenic gem) through the SQL
reader. Indexes, foreign keys, extensions and check constraints do not change columns.

Annotations: ``comment: "... privacy: <category>"`` on the column (what ``rails`` stores as the
database comment), or ``# privacy: <category>`` at the end of the column's line or on the line
above it. The file is read as text, never run.

A folder (``db/``): its ``schema.rb``, or else its ``structure.sql`` through the SQL reader.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable

from ...model import Annotation, Location, ParseProblem, SourceFile
from ..annotations import find_marker
from ..changes import Change, CreateTable, NewColumn, RunSql
from ..files import read_text

_MARK = re.compile(r"ActiveRecord::Schema")
_CREATE = re.compile(r'^\s*create_table\s+(["\'])(?P<name>[^"\']+)\1(?P<opts>.*?)\s+do\s*\|\s*(?P<var>\w+)\s*\|')
_COLUMN = re.compile(r'^\s*(?P<var>\w+)\.(?P<type>\w+)\s*(?P<rest>.*)$')
_NAME = re.compile(r'\s*(?:"([^"]+)"|\'([^\']+)\'|:(\w+)(?!:))')
_STRING_OPT = r'(?:^|,)\s*{key}:\s*"((?:[^"\\]|\\.)*)"'
_VIEW = re.compile(r'^\s*create_view\s+"(?P<name>[^"]+)"(?P<opts>.*?)sql_definition:\s*<<[-~]?(?P<tag>\w+)')
_END = re.compile(r"^\s*end\b")
IGNORED = frozenset({"index", "check_constraint", "foreign_key", "remove", "remove_index", "exclusion_constraint", "unique_constraint"})

# Rails column types -> type families (as the SQL reader gives them for structure.sql)
FAMILIES = {
    "string": "text", "text": "text", "citext": "text", "char": "text", "character": "text", "enum": "text",
    "integer": "number", "bigint": "number", "smallint": "number", "float": "number", "decimal": "number",
    "numeric": "number", "real": "number", "serial": "number", "bigserial": "number",
    "datetime": "date", "timestamp": "date", "timestamptz": "date", "date": "date", "time": "date",
    "boolean": "boolean", "binary": "binary", "blob": "binary", "bytea": "binary",
    "json": "json", "jsonb": "json", "hstore": "json", "uuid": "uuid",
}


def detect(path: str, head: str) -> bool:
    if os.path.isdir(path):
        schema = os.path.join(path, "schema.rb")
        if os.path.isfile(schema):
            from . import head_of

            return bool(_MARK.search(head_of(schema)))
        return os.path.isfile(os.path.join(path, "structure.sql")) and os.path.isdir(os.path.join(path, "migrate"))
    return path.lower().endswith(".rb") and bool(_MARK.search(head))


def read(files: list[str], display: Callable[[str], str]):
    # a listed file as it is; in a folder, the schema.rb nearest its top
    schema = files if len(files) == 1 else sorted((f for f in files if os.path.basename(f) == "schema.rb"), key=lambda f: f.count(os.sep))[:1]
    if len(files) > 1 and not schema:
        structure = [f for f in files if os.path.basename(f) == "structure.sql"]
        if structure:
            decoded = read_text(structure[0])
            shown = display(structure[0])
            if decoded.text is None:
                return [], [ParseProblem(Location(shown), decoded.error, fatal=True)], []
            return [RunSql(decoded.text, Location(shown, 1, 1))], [], [SourceFile(shown, "rails")]
    changes: list[Change] = []
    problems: list[ParseProblem] = []
    sources: list[SourceFile] = []
    for path in schema[:1]:
        shown = display(path)
        decoded = read_text(path)
        if decoded.text is None:
            problems.append(ParseProblem(Location(shown), decoded.error, fatal=True))
            continue
        comments = _comments(decoded.text)
        sources.append(SourceFile(shown, "rails", comments=comments, warnings=(decoded.warning,) if decoded.warning else ()))
        _read_schema(decoded.text, shown, comments, changes, problems)
    return changes, problems, sources


def _comments(text: str) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for n, line in enumerate(text.split("\n"), 1):
        at = _comment_at(line)
        if at >= 0:
            out[n] = (line[at + 1:].strip(),)
    return out


def _comment_at(line: str) -> int:
    """Where a ``#`` comment starts on a line (outside strings), or -1."""
    quote = ""
    i = 0
    while i < len(line):
        c = line[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = ""
        elif c in "\"'":
            quote = c
        elif c == "#":
            return i
        i += 1
    return -1


def _option(opts: str, key: str) -> str | None:
    m = re.search(_STRING_OPT.format(key=key), opts)
    return m.group(1).replace('\\"', '"').replace("\\\\", "\\") if m else None


def _annotation(comment: str, line: int, shown: str, comments: dict[int, tuple[str, ...]], lines: list[str]) -> Annotation | None:
    hit = find_marker(comment) if comment else None
    if hit:
        return Annotation(hit[0], Location(shown, line, 1))
    for n in (line, line - 1):
        texts = comments.get(n, ())
        if n == line - 1 and n >= 1 and not lines[n - 1].lstrip().startswith("#"):
            continue  # the line above counts only when it is a comment line
        for text in texts:
            hit = find_marker(text)
            if hit:
                return Annotation(hit[0], Location(shown, n, 1))
    return None


def _read_schema(text: str, shown: str, comments, changes: list[Change], problems: list[ParseProblem]) -> None:
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        n = i + 1
        m = _CREATE.match(line)
        if m:
            i = _table(m, lines, i, shown, comments, changes, problems)
            continue
        v = _VIEW.match(line)
        if v:
            body: list[str] = []
            j = i + 1
            while j < len(lines) and lines[j].strip() != v.group("tag"):
                body.append(lines[j])
                j += 1
            kind = "MATERIALIZED VIEW" if re.search(r"materialized:\s*true", v.group("opts")) else "VIEW"
            # the statement's head stands on the create_view line, its body on its own lines
            changes.append(RunSql(f"CREATE {kind} \"{v.group('name')}\" AS\n" + "\n".join(body), Location(shown, n, 1)))
            i = j + 1
            continue
        i += 1


def _table(m: re.Match, lines: list[str], i: int, shown: str, comments, changes: list[Change], problems: list[ParseProblem]) -> int:
    n = i + 1
    name, opts, var = m.group("name"), m.group("opts"), m.group("var")
    where = Location(shown, n, m.start("name"))  # the opening quote
    columns: list[NewColumn] = []
    id_opt = re.search(r"(?:^|,)\s*id:\s*(false|:(\w+)|\{[^}]*type:\s*:(\w+))", opts)
    if not (id_opt and id_opt.group(1) == "false"):
        pk = _option(opts, "primary_key") or "id"
        pk_type = (id_opt.group(2) or id_opt.group(3)) if id_opt else "bigint"
        columns.append(NewColumn(pk, pk_type, FAMILIES.get(pk_type, "unknown"), "", where))
    j = i + 1
    while j < len(lines) and not _END.match(lines[j]):
        _column_line(lines, j, var, shown, comments, columns, problems)
        j += 1
    if j >= len(lines):
        problems.append(ParseProblem(where, f"create_table {name!r} has no end"))
    changes.append(CreateTable(name, tuple(columns), where, comment=_option(opts, "comment") or ""))
    return j + 1


def _column_line(lines: list[str], j: int, var: str, shown: str, comments, columns: list[NewColumn], problems: list[ParseProblem]) -> None:
    line = lines[j]
    cut = _comment_at(line)
    code = line if cut < 0 else line[:cut]
    c = _COLUMN.match(code)
    if not c or not code.strip():
        return
    if c.group("var") != var:
        return
    kind, rest = c.group("type"), c.group("rest")
    n = j + 1
    if kind in IGNORED:
        return
    comment = _option(rest, "comment") or ""
    ann = _annotation(comment, n, shown, comments, lines)
    if kind == "timestamps":
        for col in ("created_at", "updated_at"):
            columns.append(NewColumn(col, "datetime", "date", "", Location(shown, n, code.index(kind) + 1), ann))
        return
    names: list[tuple[str, int]] = []  # (name, 1-based column of its quote or colon)
    pos = c.start("rest")
    while True:
        nm = _NAME.match(code, pos)
        if not nm:
            break
        g = next(k for k in (1, 2, 3) if nm.group(k) is not None)
        names.append((nm.group(g), nm.start(g)))
        sep = re.match(r"\s*,", code[nm.end():])
        if not sep:
            break
        pos = nm.end() + sep.end()
    if kind == "column":
        names = names[:1]  # the second is the type
    if not names:
        problems.append(ParseProblem(Location(shown, n, 1), f"cannot read column definition {var}.{kind}"))
        return
    for col, col_at in names:
        where = Location(shown, n, col_at)
        if kind in ("references", "belongs_to"):
            ref_type = re.search(r"type:\s*:(\w+)", rest)
            t = ref_type.group(1) if ref_type else "bigint"
            columns.append(NewColumn(f"{col}_id", t, FAMILIES.get(t, "unknown"), comment, where, ann))
            if re.search(r"polymorphic:\s*true", rest):
                columns.append(NewColumn(f"{col}_type", "string", "text", comment, where, ann))
            continue
        if kind == "virtual":  # t.virtual "name", type: :string, as: "..."
            given = re.search(r"type:\s*:(\w+)", rest)
            kind = given.group(1) if given else "unknown"
        if kind == "column":  # t.column "name", :type
            given = re.match(r'\s*"[^"]*"\s*,\s*:(\w+)', rest) or re.match(r"\s*'[^']*'\s*,\s*:(\w+)", rest)
            kind = given.group(1) if given else "unknown"
        sql_type = kind + ("[]" if re.search(r"array:\s*true", rest) else "")
        columns.append(NewColumn(col, sql_type, FAMILIES.get(kind, "other"), comment, where, ann))
