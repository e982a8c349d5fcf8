"""Findings as SARIF 2.1.0, in the shape GitHub code scanning accepts.

Every rule of the registry is described once in ``tool.driver.rules``; each finding
(and each suppressed finding, with ``suppressions``) is a result pointing at it by
``ruleIndex``. Paths are relative to ``%SRCROOT%`` (the repository root)::

    {
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [{
        "tool": {"driver": {"name": "notice-check", "version": "0.1.0", "rules": [...]}},
        "invocations": [{"executionSuccessful": true}],
        "columnKind": "unicodeCodePoints",
        "results": [{
          "ruleId": "PN201", "ruleIndex": 8, "level": "error",
          "message": {"text": "asiakas.vuositulot holds income (income), which the notice does not list. Fix: ..."},
          "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": "migrations/V3__tulot.sql", "uriBaseId": "%SRCROOT%"},
            "region": {"startLine": 4, "startColumn": 5}}}],
          "partialFingerprints": {"noticeCheck/v1": "5f1c0b3e..."},
          "properties": {"table": "asiakas", "column": "vuositulot", "kind": "income", "confidence": "high"}
        }]
      }]
    }
"""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from ..grouping import group_findings
from ..model import Finding, Location, Report, Severity, Suppression
from ..rules import RULES, Rule
from .fingerprint import fingerprints, normalize_path

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/notice-check/notice-check"
FINGERPRINT_KEY = "noticeCheck/v1"
SRCROOT = "%SRCROOT%"

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

# GitHub reads properties.precision (very-high | high | medium | low) to rank alerts.
# Policy rules read structured YAML: exact. Schema rules rest on name-based classification.
_PRECISION_BY_SCOPE = {"policy": "high", "schema": "medium"}
_PRECISION = {"PN001": "very-high", "PN203": "low"}
_LINK_END = re.compile(r"(\\*)\](?=\()")
_PROPERTY_KEYS = ("table", "column", "kind", "category", "confidence", "reason", "reference")


def _rule_markdown(rule: Rule) -> str:
    """The rule docstring as Markdown: sections become headings, the example a code block."""
    lines = rule.doc.strip("\n").splitlines()
    out = [lines[0].strip() if lines else rule.id]
    heading = None
    body: list[str] = []

    def flush() -> None:
        if heading is None:
            return
        out.extend(["", f"## {heading}", ""])
        if heading == "Example":
            while body and not body[-1].strip():
                body.pop()
            out.extend(["```", *body, "```"])
        else:
            out.append(re.sub(r"``(.+?)``", r"`\1`", " ".join(b.strip() for b in body if b.strip())))

    for line in lines[1:]:
        if line.strip() and not line.startswith(" "):
            flush()
            heading, body = line.strip(), []
        elif heading is not None:
            body.append(line[4:] if line.startswith("    ") else line.strip())
    flush()
    return "\n".join(out).strip() + "\n"


def _rule_help_text(rule: Rule) -> str:
    lines = rule.doc.strip("\n").splitlines()
    if not lines:
        return rule.id
    return (lines[0].strip() + "\n" + textwrap.dedent("\n".join(lines[1:]))).strip() + "\n"


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.section("What it does") or rule.summary},
        "help": {"text": _rule_help_text(rule), "markdown": _rule_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {
            "tags": ["privacy", "gdpr", rule.scope.value],
            "precision": _PRECISION.get(rule.id, _PRECISION_BY_SCOPE.get(rule.scope.value, "medium")),
        },
    }


def _unknown_descriptor(rule_id: str, severity: Severity) -> dict[str, Any]:
    """A finding from a rule outside the registry still needs a descriptor for ruleIndex."""
    return {
        "id": rule_id,
        "shortDescription": {"text": rule_id},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": {"tags": ["privacy", "gdpr"]},
    }


def artifact_location(path: str) -> dict[str, Any]:
    """Relative paths become URIs under %SRCROOT%; absolute paths stay absolute ``file://`` URIs."""
    if PureWindowsPath(path).drive and PureWindowsPath(path).is_absolute():
        return {"uri": PureWindowsPath(path).as_uri()}
    if path.startswith("/"):
        return {"uri": PurePosixPath(path).as_uri()}
    return {"uri": quote(normalize_path(path), safe="/"), "uriBaseId": SRCROOT}


def _location(loc: Location) -> dict[str, Any] | None:
    if not loc.path:
        return None
    physical: dict[str, Any] = {"artifactLocation": artifact_location(loc.path)}
    if loc.line >= 1:  # SARIF requires startLine >= 1: line 0 (whole file) gets no region
        region: dict[str, Any] = {"startLine": loc.line}
        if loc.col >= 1:
            region["startColumn"] = loc.col
        physical["region"] = region
    return {"physicalLocation": physical}


def plain_text(text: str) -> str:
    """A SARIF plain-text message that cannot hold an embedded link (SARIF 2.1.0 §3.11.6).

    Viewers render ``[text](target)`` in ``message.text`` as a link (to a related location or
    a URI); names and comments are untrusted, so every ``](`` gets its bracket escaped
    (``\\](``, a literal bracket), backslashes before it doubled so that they stay literal too.
    """
    return _LINK_END.sub(lambda m: m.group(1) * 2 + "\\]", text)


def _message(f: Finding) -> str:
    return plain_text(f.message_with_fix())


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _result(f: Finding, index: int, fp: str, suppression: Suppression | None, related: tuple[Finding, ...] = ()) -> dict[str, Any]:
    result: dict[str, Any] = {"ruleId": f.rule, "ruleIndex": index, "level": LEVELS[f.severity], "message": {"text": _message(f)}}
    location = _location(f.location)
    if location:
        result["locations"] = [location]
    places: list[dict[str, Any]] = []
    seen = {json.dumps(location, sort_keys=True)} if location else set()

    def add(loc: dict[str, Any] | None, text: str | None) -> None:
        key = json.dumps(loc, sort_keys=True)
        if loc and key not in seen:
            seen.add(key)
            places.append({**loc, "message": {"text": plain_text(text)}} if text else loc)

    for loc in f.related:  # the other places of the finding's own statement
        add(_location(loc), None)
    for o in related:  # the other places of the same problem (checker.grouping)
        if o is not f:
            add(_location(o.location), ".".join(p for p in (o.table, o.column) if p) or str(o.location))
            for loc in o.related:
                add(_location(loc), None)
    if places:
        result["relatedLocations"] = [{"id": i, **place} for i, place in enumerate(places)]
    result["partialFingerprints"] = {FINGERPRINT_KEY: fp}
    props: dict[str, Any] = {k: getattr(f, k) for k in _PROPERTY_KEYS if getattr(f, k) is not None}
    for k, v in f.extra:
        if k not in props and v is not None and _jsonable(v):
            props[k] = v
    if props:
        result["properties"] = props
    if suppression is not None:
        s: dict[str, Any] = {"kind": "inSource", "justification": suppression.reason}
        s_location = _location(suppression.location)
        if s_location:
            s["location"] = s_location
        result["suppressions"] = [s]
    return result


def sarif_dict(report: Report) -> dict[str, Any]:
    descriptors = [rule_descriptor(rule) for rule in RULES.values()]
    index = {rule_id: i for i, rule_id in enumerate(RULES)}
    entries: list[tuple[Finding, Suppression | None]] = [(f, None) for f in report.findings]
    entries += [(f, s) for f, s in report.suppressed]
    for f, _ in entries:
        if f.rule not in index:
            index[f.rule] = len(descriptors)
            descriptors.append(_unknown_descriptor(f.rule, f.severity))
    fps = fingerprints(f for f, _ in entries)
    members = {id(f): g.findings for g in group_findings(report.findings) if g.size > 1 for f in g.findings}
    driver: dict[str, Any] = {"name": "notice-check", "informationUri": INFORMATION_URI, "rules": descriptors}
    if report.tool_version:
        driver["version"] = report.tool_version
        driver["semanticVersion"] = report.tool_version
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "invocations": [{"executionSuccessful": True}],
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index[f.rule], fp, s, members.get(id(f), ())) for (f, s), fp in zip(entries, fps)],
            }
        ],
    }


def render(report: Report) -> str:
    from .json_out import dumps

    return dumps(sarif_dict(report))
