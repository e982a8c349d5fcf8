"""Human-readable findings: ``path:line:col: RULE message``, grouped per file, then a summary."""
from __future__ import annotations

from collections.abc import Sequence

from ..model import Finding, Severity
from .safe import printable

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _style(text: str, colour: bool, **kwargs) -> str:
    if not colour:
        return text
    import click

    return click.style(text, **kwargs)


def one_line(text: str) -> str:
    """One line of untrusted text (names, comments): control characters, line breaks and bidi overrides replaced."""
    return printable(text, keep="")


def render_findings(findings: Sequence[Finding], summary_line: str, *, colour: bool = False, show_fix: bool = True) -> str:
    out: list[str] = []
    current = None
    for f in findings:
        if f.location.path != current:
            if current is not None:
                out.append("")
            current = f.location.path
        where = f"{f.location.path}:{f.location.line}:{f.location.col}" if f.location.line else f.location.path
        sev = _style(f.severity.label, colour, fg=_COLOURS[f.severity], bold=True)
        out.append(f"{one_line(where)}: {_style(f.rule, colour, bold=True)} {sev} {one_line(f.message)}")
        if f.related:
            out.append(f"    also at: {one_line(', '.join(f.related_places()))}")
        if show_fix and f.fix:
            out.append(f"    fix: {one_line(f.fix)}")
    if out:
        out.append("")
    out.append(summary_line)
    return "\n".join(out) + "\n"


def summary_line(counts: dict[str, int], extra: str = "") -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{n} {label}{'s' if n != 1 else ''}" for label, n in counts.items())
    head = f"{total} finding{'s' if total != 1 else ''} ({parts})" if total else "no findings"
    return head + (f" — {extra}" if extra else "")


def run_summary(s: dict, *, baseline_used: bool = False, baseline_hidden: int = 0) -> str:
    """``19 files, 61 statements (...), 28 tables, ...`` from a check's summary (what is known)."""
    parts = []
    if all(k in s for k in ("files", "statements", "commands", "parse_failures", "tables", "personal_columns", "columns")):
        parts.append(f"{s['files']} files, {s['statements']} statements ({s['commands']} opaque, {s['parse_failures']} unparsable), {s['tables']} tables, {s['personal_columns']} personal columns of {s['columns']}")
    if s.get("suppressed"):
        parts.append(f"{s['suppressed']} suppressed")
    if baseline_used:
        parts.append(f"{baseline_hidden} hidden by the baseline")
    return ", ".join(parts)


def render_report(report, *, colour: bool = False) -> str:
    """The text format of a whole report (``check`` and ``scan``)."""
    s = report.summary
    used = bool(report.baseline_hidden or report.baseline_stale or "baseline_hidden" in s and s.get("baseline_used"))
    text = render_findings(report.findings, summary_line(s.get("findings", {}), run_summary(s, baseline_used=used, baseline_hidden=report.baseline_hidden)), colour=colour)
    for entry in report.baseline_stale:
        text += one_line(f"baseline entry no longer matches (remove it): {entry.get('rule')} {entry.get('path', '')} {entry.get('table') or ''}.{entry.get('column') or ''}") + "\n"
    return text
