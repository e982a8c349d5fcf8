"""Baselines: today's findings recorded by fingerprint, so that a team adopts the tool
without fixing everything first, and the baseline only shrinks.

File format (``schemas/baseline.schema.json``)::

    {"version": 1, "tool": "notice-check 0.1.0",
     "entries": [{"fingerprint": "…", "rule": "PN201", "path": "db/V3__x.sql",
                  "table": "asiakas", "column": "tulot", "message": "…",
                  "reason": "adopted 2026-11; DPIA pending, ticket PRIV-12"}]}

Every entry carries the reason given when the baseline was written (``--reason``): a
baseline is a suppression of many findings at once, and the compliance officer's report
lists each with it.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .errors import UserError
from .model import Finding, Location
from .render.fingerprint import fingerprints


def build(findings: Sequence[Finding], tool_version: str, reason: str) -> str:
    """A baseline document; ``reason`` (why these findings are accepted for now) goes on every entry."""
    entries = [
        {"fingerprint": fp, "rule": f.rule, "path": f.location.path, "table": f.table, "column": f.column, "message": f.message, "reason": reason}
        for f, fp in zip(findings, fingerprints(findings))
    ]
    return json.dumps({"version": 1, "tool": f"notice-check {tool_version}", "entries": entries}, ensure_ascii=False, indent=2) + "\n"


def load(path: str) -> list[dict[str, Any]]:
    from .yamlload import read_text

    text = read_text(path)  # missing, a directory, unreadable, not UTF-8: located errors
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"not a valid baseline (JSON): {exc.msg}", Location(path, exc.lineno, exc.colno)) from None
    from jsonschema import Draft202012Validator

    from .validation import load_schema

    error = next(iter(Draft202012Validator(load_schema("baseline.schema.json")).iter_errors(data)), None)
    if error is not None:
        where = "/".join(map(str, error.absolute_path))
        raise UserError(f"not a valid baseline: {error.message}" + (f" (at {where})" if where else ""), Location(path))
    return data["entries"]


def apply(findings: Sequence[Finding], entries: Sequence[dict[str, Any]]) -> tuple[list[Finding], int, list[dict[str, Any]]]:
    """(findings not in the baseline, how many were hidden, baseline entries that matched nothing)."""
    known = {e["fingerprint"] for e in entries}
    matched: set[str] = set()
    kept: list[Finding] = []
    for finding, fp in zip(findings, fingerprints(findings)):
        if fp in known:
            matched.add(fp)
        else:
            kept.append(finding)
    stale = [e for e in entries if e["fingerprint"] not in matched]
    return kept, len(findings) - len(kept), stale
