"""Findings as JSON (documented by schemas/check-result.schema.json)."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .. import __version__
from ..model import Finding


def render_json(findings: Sequence[Finding], summary: dict[str, Any], **extra: Any) -> str:
    document: dict[str, Any] = {
        "version": 1,
        "tool": {"name": "notice-check", "version": __version__},
        "findings": [f.as_dict() for f in findings],
        "summary": summary,
    }
    document.update(extra)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
