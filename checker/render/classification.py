"""The data map as classified: text, JSON, or a draft data-map YAML for review."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Classification
from .json_out import dumps


def evidence_dict(pairs: tuple[tuple[str, Any], ...]) -> dict[str, Any]:
    """A live scan's evidence as JSON: ``{"sampled": 20, "valid": {"email": 19}, "examples": {...}}``
    (counts, masked examples and JSON key paths only: ``checker.db.evidence``)."""
    data = dict(pairs)
    out: dict[str, Any] = {"sampled": data.get("sampled", 0), "valid": dict(data.get("valid", ()))}
    out["examples"] = {kind: list(masks) for kind, masks in data.get("examples", ())}
    if data.get("keys"):
        out["keys"] = {kind: list(paths) for kind, paths in data["keys"]}
    return out


def evidence_text(pairs: tuple[tuple[str, Any], ...]) -> str:
    """``sampled 20: 19 email, 1 phone`` or ``sampled 20: nothing recognised``."""
    data = dict(pairs)
    found = ", ".join(f"{count} {kind}" for kind, count in data.get("valid", ())) or "nothing recognised"
    return f"sampled {data.get('sampled', 0)}: {found}"


def column_dict(c: Classification) -> dict[str, Any]:
    out = {
        "table": c.column.table,
        "column": c.column.name,
        "type": c.column.sql_type,
        "kind": c.kind,
        "category": c.category,
        "declared_category": c.declared_category,
        "confidence": c.confidence.label if c.confidence else None,
        "source": c.source,
        "reason": c.reason,
        "path": c.column.location.path,
        "line": c.column.location.line,
        "col": c.column.location.col,
    }
    if c.evidence:  # live databases only (classify --db): how many sampled values validated as what
        out["evidence"] = evidence_dict(c.evidence)
    return out


def render_json(classifications: Sequence[Classification], summary: dict[str, Any]) -> str:
    from .. import __version__

    return dumps({"version": 1, "tool": {"name": "notice-check", "version": __version__}, "columns": [column_dict(c) for c in classifications], "summary": summary})


def render_text(classifications: Sequence[Classification], *, all_columns: bool = False) -> str:
    from .text import one_line

    rows = [c for c in classifications if all_columns or c.kind or c.declared_category]
    if not rows:
        return "no personal-data columns found\n"
    width = max(len(f"{c.column.table}.{c.column.name}") for c in rows)
    out = []
    for c in rows:
        name = one_line(f"{c.column.table}.{c.column.name}").ljust(width)
        kind = c.kind or "-"
        category = c.category or c.declared_category or ("(not in notice)" if c.kind else "-")
        conf = c.confidence.label if c.confidence else "-"
        shown = f" [{evidence_text(c.evidence)}]" if c.evidence and "sampled" not in c.reason else ""
        out.append(f"{name}  {kind:<22} {category:<24} {conf:<6}  {one_line(c.reason)}{shown}")
    return "\n".join(out) + "\n"


# What schemas/datamap.schema.json accepts: keys "table.column" or "schema.table.column" without
# whitespace, and category ids. Python's \\s is Unicode-aware, as in the validator.
_DATAMAP_KEY = re.compile(r"^[^.\s]+(\.[^.\s]+){1,2}$")
_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_PLAIN = re.compile(r"^[a-z][a-z0-9-]*$")  # ids that YAML reads back as the same string unquoted ...
_YAML_WORDS = frozenset({"null", "true", "false", "yes", "no", "on", "off", "y", "n"})  # ... but these


def yaml_quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar on one line that loads back exactly.

    Printable text stays as it is (Finnish letters included); quotes, backslashes, control
    characters, line and paragraph separators, bidi overrides, the BOM, surrogates and
    non-characters become escapes. No folding, whatever the length.
    """
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif " " <= ch <= "~" or (ch.isprintable() and ord(ch) >= 0xA0):
            out.append(ch)
        elif ord(ch) <= 0xFF:
            out.append(f"\\x{ord(ch):02X}")
        elif ord(ch) <= 0xFFFF:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(f"\\U{ord(ch):08X}")
    out.append('"')
    return "".join(out)


def _comment(text: str) -> str:
    """Text for a ``#`` comment: one line, nothing a YAML reader refuses or breaks lines at."""
    from .notice import printable

    return printable(" ".join(text.split()), keep="")


def _value(c: Classification) -> str:
    value = c.category or c.declared_category
    if value is None or not _ID.match(value):  # an annotation naming no valid id is still undecided
        value = f"todo-{c.kind or 'review'}"
    return value if _PLAIN.match(value) and value not in _YAML_WORDS else yaml_quote(value)


def render_yaml(classifications: Sequence[Classification]) -> str:
    """A draft data map: every personal-looking column with its proposed category, for review.

    Loads back as a data map (``--datamap``) that names the same columns: keys are
    double-quoted with every special character escaped. A name the data map format cannot
    hold (whitespace or a dot inside a table or column name) is listed as a comment, to be
    decided with an annotation in the SQL instead; a key the data map would match twice
    (names differing only in case) is written once.
    """
    lines = [
        "# Draft data map written by `notice-check classify --format yaml`.",
        "# Review every entry: set the policy category the column holds, or none when it is",
        "# not personal data, then save it and point --datamap (or `datamap` in the config) at it.",
        "# Entries marked todo-<kind> hold data no category of the notice covers: until they are",
        "# decided, the check reports them (PN204), so nothing is silenced by saving this file.",
        "version: 1",
        "columns:",
    ]
    rows = [c for c in classifications if c.kind or c.declared_category]
    entries = 0
    seen: set[str] = set()
    for c in rows:
        name = f"{c.column.table}.{c.column.name}"
        value = _value(c)
        comment = f"{c.kind or '?'}, {c.confidence.label if c.confidence else '-'}: {c.reason}"
        if not c.category:
            comment = "NOT IN NOTICE — " + comment
        if not _DATAMAP_KEY.match(name):
            lines.append(f"  # not in the data map format (whitespace or a dot in a name), annotate it in SQL: {_comment(yaml_quote(name))}: {value}  # {_comment(comment)}")
            continue
        if name.lower() in seen:
            lines.append(f"  # same key as an entry above (the data map ignores case): {_comment(yaml_quote(name))}: {value}  # {_comment(comment)}")
            continue
        seen.add(name.lower())
        entries += 1
        lines.append(f"  {yaml_quote(name)}: {value}  # {_comment(comment)}")
    if not entries:
        lines[lines.index("columns:")] = "columns: {}"
    return "\n".join(lines) + "\n"
