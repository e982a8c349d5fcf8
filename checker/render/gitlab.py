"""Findings as a GitLab Code Quality report (``artifacts:reports:codequality``).

A JSON list of issues; ``fingerprint`` is stable across moved lines, so GitLab can
tell new issues from old ones in merge requests::

    [
      {
        "description": "asiakas.vuositulot holds income (income), which the notice does not list. Fix: ...",
        "check_name": "PN201",
        "fingerprint": "5f1c0b3e...",
        "severity": "critical",
        "location": {"path": "migrations/V3__tulot.sql", "lines": {"begin": 4}}
      }
    ]
"""
from __future__ import annotations

from typing import Any

from ..model import Finding, Report, Severity
from .fingerprint import fingerprints, normalize_path
from .json_out import dumps

SEVERITIES = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "info"}


def _description(f: Finding) -> str:
    return f.message_with_fix()


def issues(report: Report) -> list[dict[str, Any]]:
    return [
        {
            "type": "issue",
            "description": _description(f),
            "check_name": f.rule,
            "fingerprint": fp,
            "severity": SEVERITIES[f.severity],
            "location": {"path": normalize_path(f.location.path), "lines": {"begin": f.location.line or 1}},
        }
        for f, fp in zip(report.findings, fingerprints(report.findings))
    ]


def render(report: Report) -> str:
    return dumps(issues(report))
