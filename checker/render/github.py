"""Findings as GitHub Actions workflow commands: annotations on the pull request.

One line per finding, escaped so that untrusted text (column names, comments)
cannot end the command or start another one; then a plain summary line::

    ::error file=migrations/V3__tulot.sql,line=4,col=5,title=PN201 unlisted-personal-data::asiakas.vuositulot holds income (income), which the notice does not list. Fix: ...
    ::notice file=policy.yaml,title=PN205 unused-category::category mother-tongue: no column holds it
    2 findings (1 error, 0 warnings, 1 info)
"""
from __future__ import annotations

from ..model import count_by_severity as counts
from ..model import Finding, Report, Severity
from ..rules import RULES
from .fingerprint import normalize_path
from .safe import printable
from .text import summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # terminal escapes and other controls would reach the log as-is (CR/LF are escaped below)
    return printable(text, keep="\r\n").replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _message(f: Finding) -> str:
    return f.message_with_fix()


def command(f: Finding) -> str:
    props: list[tuple[str, str]] = []
    if f.location.path:
        props.append(("file", normalize_path(f.location.path)))
    if f.location.line >= 1:
        props.append(("line", str(f.location.line)))
        if f.location.col >= 1:
            props.append(("col", str(f.location.col)))
    rule = RULES.get(f.rule)
    props.append(("title", f"{f.rule} {rule.name}" if rule else f.rule))
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[f.severity]} {head}::{escape_data(_message(f))}"


def render(report: Report) -> str:
    lines = [command(f) for f in report.findings]
    extra = f"{len(report.suppressed)} suppressed" if report.suppressed else ""
    if report.baseline_hidden:
        extra = ", ".join(p for p in (extra, f"{report.baseline_hidden} in baseline") if p)
    lines.append(summary_line(report.summary.get("findings") or counts(report.findings), extra))
    return "\n".join(lines) + "\n"
