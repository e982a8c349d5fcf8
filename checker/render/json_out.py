"""Findings as JSON (documented by schemas/check-result.schema.json)."""
from __future__ import annotations

import json
import re
from typing import Any

from ..grouping import group_ids
from ..model import Report

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(data: Any) -> str:
    """JSON text, readable (``ensure_ascii=False`` keeps Finnish as it is) and always encodable.

    ``json.dumps`` escapes quotes, backslashes and control characters; a lone surrogate (which
    UTF-8 cannot encode) is written as its ``\\uXXXX`` escape, so the text round-trips exactly.
    Lone surrogates can only stand inside strings, so the substitution never touches structure.
    """
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "notice-check", "version": report.tool_version},
        # one result per location; findings of one problem share a group id (checker.grouping)
        "findings": [{**f.as_dict(), "group": g} for f, g in zip(report.findings, group_ids(report.findings))],
        "suppressions": [
            {**f.as_dict(), "suppression": {"rules": list(s.rules), "reason": s.reason, "path": s.location.path, "line": s.location.line}}
            for f, s in report.suppressed
        ],
        "baseline": {"hidden": report.baseline_hidden, "stale": list(report.baseline_stale)},
        "summary": report.summary,
    }


def render(report: Report) -> str:
    return dumps(report_dict(report))
