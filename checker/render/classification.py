"""The data map as classified: text, JSON, or a draft data-map YAML for review."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import yaml

from ..model import Classification


def column_dict(c: Classification) -> dict[str, Any]:
    return {
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


def render_json(classifications: Sequence[Classification], summary: dict[str, Any]) -> str:
    from .. import __version__

    return json.dumps(
        {"version": 1, "tool": {"name": "notice-check", "version": __version__}, "columns": [column_dict(c) for c in classifications], "summary": summary},
        ensure_ascii=False,
        indent=2,
    ) + "\n"


def render_text(classifications: Sequence[Classification], *, all_columns: bool = False) -> str:
    from .text import _clean

    rows = [c for c in classifications if all_columns or c.kind or c.declared_category]
    if not rows:
        return "no personal-data columns found\n"
    width = max(len(f"{c.column.table}.{c.column.name}") for c in rows)
    out = []
    for c in rows:
        name = _clean(f"{c.column.table}.{c.column.name}").ljust(width)
        kind = c.kind or "-"
        category = c.category or c.declared_category or ("(not in notice)" if c.kind else "-")
        conf = c.confidence.label if c.confidence else "-"
        out.append(f"{name}  {kind:<22} {category:<24} {conf:<6}  {_clean(c.reason)}")
    return "\n".join(out) + "\n"


def render_yaml(classifications: Sequence[Classification]) -> str:
    """A draft data map: every personal-looking column with its proposed category, for review."""
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
    if not rows:
        lines[-1] = "columns: {}"
    for c in rows:
        key = yaml.safe_dump(f"{c.column.table}.{c.column.name}", default_style='"').strip()
        value = c.category or c.declared_category or f"todo-{c.kind}"
        comment = f"{c.kind or '?'}, {c.confidence.label if c.confidence else '-'}: {c.reason}"
        if not c.category:
            comment = "NOT IN NOTICE — " + comment
        comment = comment.replace("\n", " ").replace("\r", " ")
        lines.append(f"  {key}: {value}  # {comment}")
    return "\n".join(lines) + "\n"
