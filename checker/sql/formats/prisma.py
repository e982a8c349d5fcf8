"""Prisma schemas (``schema.prisma``) -> schema changes.

Each ``model`` is a table (named by ``@@map("...")``, else the model's name, in ``@@schema``
when set); each scalar field a column (named by ``@map("...")``). Relation fields (whose type is
another model, e.g. ``posts Post[]`` or ``author User @relation(...)``) are not columns: the
foreign key is its own scalar field. Fields typed by an ``enum`` are text; ``@db.<Type>`` gives
the native type. Names keep their case (Prisma quotes every identifier).

Comments: ``///`` lines above a model or field are its comment (Prisma's documentation
comments), so ``/// Henkilötunnus. privacy: national-id`` annotates the field; a ``//
privacy: <category>`` comment at the end of the field's line or on the line above does too.
Views (``view``) are read like models, with kind view. Multi-file schemas: a folder gives
every ``.prisma`` file below it, in name order.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable

from ...model import Annotation, Location, ParseProblem, SourceFile
from ..annotations import find_marker
from ..changes import Change, CreateTable, NewColumn
from ..files import read_text
from ..types import family_from_name

_BLOCK = re.compile(r"^\s*(model|view|enum|type|datasource|generator)\s+(\w+)\s*\{")
_FIELD = re.compile(r"^(\s*)(\w+)\s+(\w+)(\([^)]*\))?(\[\])?(\?)?(.*)$")
_MAP = re.compile(r'@map\(\s*(?:name:\s*)?"([^"]*)"')
_TABLE_MAP = re.compile(r'^\s*@@map\(\s*(?:name:\s*)?"([^"]*)"')
_SCHEMA = re.compile(r'^\s*@@schema\(\s*"([^"]*)"')
_NATIVE = re.compile(r"@db\.(\w+(?:\([^)]*\))?)")
SCALARS = {
    "String": "text", "Int": "number", "BigInt": "number", "Float": "number", "Decimal": "number",
    "Boolean": "boolean", "DateTime": "date", "Json": "json", "Bytes": "binary", "Unsupported": "unknown",
}


def detect(path: str, head: str) -> bool:
    if os.path.isdir(path):
        try:
            return any(n.endswith(".prisma") for n in os.listdir(path))
        except OSError:
            return False
    return path.endswith(".prisma")


def read(files: list[str], display: Callable[[str], str]):
    changes: list[Change] = []
    problems: list[ParseProblem] = []
    sources: list[SourceFile] = []
    texts: list[tuple[str, list[str]]] = []
    for path in sorted(f for f in files if f.endswith(".prisma")) if len(files) > 1 else files:
        shown = display(path)
        decoded = read_text(path)
        if decoded.text is None:
            problems.append(ParseProblem(Location(shown), decoded.error, fatal=True))
            continue
        lines = decoded.text.split("\n")
        texts.append((shown, lines))
        sources.append(SourceFile(shown, "prisma", comments=_comments(lines), warnings=(decoded.warning,) if decoded.warning else ()))
    models, enums = set(), set()
    for _shown, lines in texts:  # every model and enum name first: fields may name later ones
        for line in lines:
            b = _BLOCK.match(line)
            if b:
                (models if b.group(1) in ("model", "view", "type") else enums if b.group(1) == "enum" else set()).add(b.group(2))
    for shown, lines in texts:
        _read_text(shown, lines, models, enums, changes, problems)
    return changes, problems, sources


def _comments(lines: list[str]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for n, line in enumerate(lines, 1):
        at = _comment_at(line)
        if at >= 0:
            out[n] = (line[at:].lstrip("/").strip(),)
    return out


def _comment_at(line: str) -> int:
    """Where a ``//`` comment starts (outside strings), or -1."""
    quote = False
    i = 0
    while i < len(line) - 1:
        c = line[i]
        if c == "\\" and quote:
            i += 2
            continue
        if c == '"':
            quote = not quote
        elif not quote and c == "/" and line[i + 1] == "/":
            return i
        i += 1
    return -1


def _read_text(shown: str, lines: list[str], models: set[str], enums: set[str], changes: list[Change], problems: list[ParseProblem]) -> None:
    i = 0
    doc: list[str] = []
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if stripped.startswith("///"):
            doc.append(stripped[3:].strip())
            i += 1
            continue
        b = _BLOCK.match(line)
        if not b:
            if stripped and not stripped.startswith("//"):
                doc = []
            i += 1
            continue
        kind, name = b.group(1), b.group(2)
        end = i + 1
        while end < len(lines) and lines[end].strip() != "}":
            end += 1
        if end >= len(lines):
            problems.append(ParseProblem(Location(shown, i + 1, 1), f"{kind} {name} has no closing brace"))
        if kind in ("model", "view"):
            changes.append(_model(shown, lines, i, end, kind, name, " ".join(doc), models, enums))
        doc = []
        i = end + 1


def _model(shown: str, lines: list[str], start: int, end: int, kind: str, name: str, doc: str, models: set[str], enums: set[str]) -> CreateTable:
    table, schema = name, None
    columns: list[NewColumn] = []
    field_doc: list[str] = []
    for j in range(start + 1, min(end, len(lines))):
        raw = lines[j]
        cut = _comment_at(raw)
        code = raw if cut < 0 else raw[:cut]
        stripped = raw.strip()
        if stripped.startswith("///"):
            field_doc.append(stripped[3:].strip())
            continue
        if not code.strip():
            continue
        m = _TABLE_MAP.match(code)
        if m:
            table = m.group(1)
            continue
        m = _SCHEMA.match(code)
        if m:
            schema = m.group(1)
            continue
        if code.strip().startswith("@@"):
            field_doc = []
            continue
        f = _FIELD.match(code)
        if not f:
            field_doc = []
            continue
        fname, ftype, args, is_list, rest = f.group(2), f.group(3), f.group(4), f.group(5), f.group(7)
        comment = " ".join(field_doc)
        field_doc = []
        if ftype in models:
            continue  # a relation field: not a column
        mapped = _MAP.search(rest)
        native = _NATIVE.search(rest)
        if ftype in enums:
            family, sql_type = "text", ftype
        elif native:
            sql_type = native.group(1)
            family = _native_family(native.group(1), SCALARS.get(ftype, "unknown"))
        else:
            sql_type = ftype + (args or "")
            family = SCALARS.get(ftype, "unknown")
        if is_list:
            sql_type += "[]"
        where = Location(shown, j + 1, f.start(2) + 1)
        columns.append(NewColumn(mapped.group(1) if mapped else fname, sql_type, family, comment, where, _annotation(comment, raw, lines, j, shown)))
    return CreateTable(table, tuple(columns), Location(shown, start + 1, lines[start].index(name) + 1), schema, doc, "view" if kind == "view" else "table")


def _native_family(native: str, scalar_family: str) -> str:
    low = native.lower()
    if low.startswith("uuid"):
        return "uuid"
    if low.startswith("inet"):
        return "other"
    fam = family_from_name(low.split("(")[0])
    return fam if fam != "unknown" else scalar_family


def _annotation(doc: str, raw: str, lines: list[str], j: int, shown: str) -> Annotation | None:
    hit = find_marker(doc) if doc else None
    if hit:
        return None  # the comment carries it (read from NewColumn.comment)
    cut = _comment_at(raw)
    if cut >= 0:
        hit = find_marker(raw[cut + 2:])
        if hit:
            return Annotation(hit[0], Location(shown, j + 1, cut + 1))
    above = lines[j - 1].strip() if j > 0 else ""
    if above.startswith("//") and not above.startswith("///"):
        hit = find_marker(above[2:])
        if hit:
            return Annotation(hit[0], Location(shown, j, 1))
    return None
