"""Findings as JSON (documented by schemas/check-result.schema.json)."""
from __future__ import annotations

import json
from typing import Any

from ..model import Report


def report_dict(report: Report) -> dict[str, Any]:
    return {
        "version": 1,
        "tool": {"name": "notice-check", "version": report.tool_version},
        "findings": [f.as_dict() for f in report.findings],
        "suppressions": [
            {**f.as_dict(), "suppression": {"rules": list(s.rules), "reason": s.reason, "path": s.location.path, "line": s.location.line}}
            for f, s in report.suppressed
        ],
        "baseline": {"hidden": report.baseline_hidden, "stale": list(report.baseline_stale)},
        "summary": report.summary,
    }


def render(report: Report) -> str:
    # ensure_ascii=False keeps Finnish readable; json.dumps still escapes quotes and control characters
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
