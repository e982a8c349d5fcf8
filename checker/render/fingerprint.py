"""Stable identities for findings: shared by SARIF, GitLab Code Quality and the baseline.

A fingerprint hashes what a finding is *about* (rule, file, table, column, kind,
category), never where it currently sits (line, column), so it survives lines
moving when migrations are added above it::

    >>> fingerprint(finding)
    '5f1c0b3e…'   # 64 hex digits (SHA-256)

Findings with no table, column, kind or category (some policy rules) hash their
message instead, which names their subject (``purpose 'billing' has no legal basis``).
Exact repeats can still share a fingerprint;
:func:`fingerprints` makes them unique within one report by occurrence order.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable

from ..model import Finding

VERSION = "v1"  # bump when the hashed fields change: baselines keyed on v1 stop matching


def normalize_path(path: str) -> str:
    """Repository-style path: forward slashes, no leading ``./``."""
    p = path.replace("\\", "/")
    while p.startswith("./"):
        p = p[2:]
    return p


def _digest(parts: Iterable[str]) -> str:
    # "\x1f" (unit separator) cannot be confused with ordinary text, and None and "" differ
    # surrogatepass: a lone surrogate in a name must not crash the report (valid text hashes as before)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(finding: Finding) -> str:
    """SHA-256 hex of rule + path + table + column + kind + category (no line numbers)."""
    fields = (finding.table, finding.column, finding.kind, finding.category)
    parts = [VERSION, finding.rule, normalize_path(finding.location.path), *("\x00" if v is None else v for v in fields)]
    if all(v is None for v in fields):  # a finding about the notice text: its message names its subject
        parts.append(finding.message)
    return _digest(parts)


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """Fingerprints made unique within one report: the n-th (n ≥ 2) duplicate is rehashed with n."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for f in findings:
        base = fingerprint(f)
        n = seen.get(base, 0) + 1
        seen[base] = n
        out.append(base if n == 1 else _digest([base, str(n)]))
    return out
