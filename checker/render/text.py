"""Human-readable findings: ``path:line:col: RULE message``, grouped per file, then a summary."""
from __future__ import annotations

from collections.abc import Sequence

from ..grouping import group_findings
from ..i18n import N_, msg, translate
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


SEVERITY_WORDS = {
    "error": (N_("error"), N_("{n} error"), N_("{n} errors")),
    "warning": (N_("warning"), N_("{n} warning"), N_("{n} warnings")),
    "info": (N_("info"), N_("{n} info"), N_("{n} infos")),
}
FIX = N_("fix")
ALSO_AT = N_("also at")
COUNTED = {  # (one, several)
    "files": (N_("{n} file"), N_("{n} files")),
    "statements": (N_("{n} statement"), N_("{n} statements")),
    "tables": (N_("{n} table"), N_("{n} tables")),
}


def _count(n: int, one: str, several: str):
    return msg(one if n == 1 else several, n=n)


def _where(f: Finding) -> str:
    return f"{f.location.path}:{f.location.line}:{f.location.col}" if f.location.line else f.location.path


def render_findings(findings: Sequence[Finding], summary_line: str, *, colour: bool = False, show_fix: bool = True, lang: str = "en") -> str:
    """One entry per problem (see checker.grouping): its first place, message and fix, then
    the other places of the same problem; files separated by a blank line."""
    out: list[str] = []
    current = None
    for group in group_findings(findings):
        f = group.lead
        if f.location.path != current:
            if current is not None:
                out.append("")
            current = f.location.path
        sev = _style(translate(SEVERITY_WORDS[f.severity.label][0], lang), colour, fg=_COLOURS[f.severity], bold=True)
        out.append(f"{one_line(_where(f))}: {_style(f.rule, colour, bold=True)} {sev} {one_line(translate(f.message, lang))}")
        if f.related:  # the other places of the finding's own statement
            out.append(f"    {translate(ALSO_AT, lang)}: {one_line(', '.join(f.related_places()))}")
        if group.size > 1:
            out.append("    " + translate(msg("the same problem at {n} locations:", n=group.size), lang))
            for other in group.findings:
                subject = ".".join(p for p in (other.table, other.column) if p)
                out.append(f"      {one_line(_where(other))}" + (f" {one_line(subject)}" if subject else ""))
                if other.related and other is not f:
                    out.append(f"        {translate(ALSO_AT, lang)}: {one_line(', '.join(other.related_places()))}")
        if show_fix and f.fix:
            out.append(f"    {translate(FIX, lang)}: {one_line(translate(f.fix, lang))}")
    if out:
        out.append("")
    out.append(summary_line)
    return "\n".join(out) + "\n"


def summary_line(counts: dict[str, int], extra: str = "", *, locations: int | None = None, lang: str = "en") -> str:
    """``10 findings (9 errors, 0 warnings, 1 info)``; ``counts`` are problems. With
    ``locations`` (findings before grouping) larger than the problems: ``... at 12 places``."""
    total = sum(counts.values())
    parts = ", ".join(translate(msg(SEVERITY_WORDS[label][1 if n == 1 else 2], n=n), lang) for label, n in counts.items())
    if not total:
        head = translate(msg("no findings"), lang)
    else:
        template = N_("{n} finding ({counts})") if total == 1 else N_("{n} findings ({counts})")
        head = translate(msg(template, n=total, counts=parts), lang)
        if locations is not None and locations > total:
            head += " " + translate(msg("at {n} locations", n=locations), lang)
    return head + (f" — {extra}" if extra else "")


def run_summary(s: dict, *, baseline_used: bool = False, baseline_hidden: int = 0, lang: str = "en") -> str:
    """``19 files, 61 statements (...), 28 tables, ...`` from a check's summary (what is known)."""
    parts = []
    if all(k in s for k in ("files", "statements", "commands", "parse_failures", "tables", "personal_columns", "columns")):
        parts.append(translate(msg(
            "{files}, {statements} ({commands} opaque, {parse_failures} unparsable), {tables}, {personal_columns} personal columns of {columns}",
            files=_count(s["files"], *COUNTED["files"]), statements=_count(s["statements"], *COUNTED["statements"]),
            tables=_count(s["tables"], *COUNTED["tables"]),
            **{k: s[k] for k in ("commands", "parse_failures", "personal_columns", "columns")},
        ), lang))
    if s.get("suppressed"):
        parts.append(translate(msg("{n} suppressed", n=s["suppressed"]), lang))
    if baseline_used:
        parts.append(translate(msg("{n} hidden by the baseline", n=baseline_hidden), lang))
    return ", ".join(parts)


def render_report(report, *, colour: bool = False, lang: str = "en") -> str:
    """The text format of a whole report (``check`` and ``scan``): counts are problems."""
    from ..grouping import problem_counts

    s = report.summary
    used = bool(report.baseline_hidden or report.baseline_stale or "baseline_hidden" in s and s.get("baseline_used"))
    line = summary_line(problem_counts(group_findings(report.findings)), run_summary(s, baseline_used=used, baseline_hidden=report.baseline_hidden, lang=lang), locations=len(report.findings), lang=lang)
    text = render_findings(report.findings, line, colour=colour, lang=lang)
    for entry in report.baseline_stale:
        where = f"{entry.get('rule')} {entry.get('path', '')} {entry.get('table') or ''}.{entry.get('column') or ''}"
        text += one_line(translate(msg("baseline entry no longer matches (remove it): {entry}", entry=where), lang)) + "\n"
    return text
