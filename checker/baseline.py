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

What a baseline means, in every command (``check``, ``report``): an entry hides the finding
of this run with the same fingerprint (fingerprints are unique within a run), after inline
suppressions and before any ``--changed-*`` narrowing; an entry that hides nothing is stale
(listed, so that the baseline only shrinks). :func:`apply` is the one place that decides it.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Outcome:
    """A baseline applied to one run's findings."""

    kept: tuple[Finding, ...]  # findings the baseline does not hide
    hidden: tuple[Finding, ...]  # findings it hides
    hiding: tuple[dict[str, Any], ...]  # the entries that hide them, in file order (reports list them)
    stale: tuple[dict[str, Any], ...]  # entries that hide nothing, in file order


def apply(findings: Sequence[Finding], entries: Sequence[dict[str, Any]]) -> Outcome:
    """Hide the findings whose fingerprint an entry records."""
    known = {e["fingerprint"] for e in entries}
    kept: list[Finding] = []
    hidden: list[Finding] = []
    matched: set[str] = set()
    for finding, fp in zip(findings, fingerprints(findings)):
        if fp in known:
            matched.add(fp)
            hidden.append(finding)
        else:
            kept.append(finding)
    return Outcome(
        kept=tuple(kept),
        hidden=tuple(hidden),
        hiding=tuple(e for e in entries if e["fingerprint"] in matched),
        stale=tuple(e for e in entries if e["fingerprint"] not in matched),
    )
