"""The report as Markdown: the same sections as the HTML page, for wikis, tickets and diffs.

Untrusted text (names, comments, messages, policy texts) goes through ``md_escape`` so it
cannot open HTML tags, links (GFM automatic links included), images, emphasis or code spans,
nor carry control characters; in table cells line breaks become spaces and pipes are escaped.
Labels of the report itself are trusted.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..report import SEVERITIES, ColumnRow, FindingRow, ReportData
from .notice import md_escape

BR = "\\"  # a hard line break (CommonMark), without trailing spaces that editors strip


def esc(text: str) -> str:
    """Untrusted text on one line (lists, paragraphs, table cells)."""
    return md_escape(" ".join(str(text).replace("\r", " ").split()), autolinks=False)


def slug(heading: str) -> str:
    """The anchor most renderers (GitHub, GitLab) give a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()) -> list[str]:
    """``header`` is trusted; every cell of ``rows`` is escaped."""
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("--:" if i in right else "---" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows]
    return out + [""]


def _columns(r: ReportData, rows: Sequence[ColumnRow], with_category: bool = False) -> list[str]:
    L = r.labels
    header = [L["table"], L["column"]] + ([L["category"]] if with_category else []) + [L["kind"], L["confidence"], L["source"], L["reason"], L["comment"], L["location"]]
    body = []
    for c in rows:
        reason = c.reason + "".join(f"; {L['evidence']}: {k} {v}" for k, v in c.evidence)
        body.append([c.table, c.column] + ([c.category] if with_category else []) + [
            c.kind_label, L["confidence_values"].get(c.confidence, c.confidence), L["source_values"].get(c.source, c.source), reason, c.comment, c.location,
        ])
    return _table(header, body)


def _findings(r: ReportData, groups: Mapping[str, Sequence[FindingRow]]) -> list[str]:
    L = r.labels
    out: list[str] = []
    for s in SEVERITIES:
        if not groups[s]:
            continue
        out += [f"### {L['severity_plural'][s]} ({len(groups[s])})", ""]
        for f in groups[s]:
            where = " · ".join(esc(p) for p in (f.location, f.subject) if p)
            title = f" {esc(f.title)}" if f.title else ""
            out.append(f"1. **{esc(f.rule)}**{title} {L['severity'][s]} · {where}{BR}")
            out.append(f"   {esc(f.message)}{BR}" if f.fix or f.reference or f.places else f"   {esc(f.message)}")
            if f.places:
                out.append(f"   {esc(r.label('same_problem_at', n=len(f.places)))} " + ", ".join(" · ".join(esc(p) for p in place if p) for place in f.places) + (BR if f.fix or f.reference else ""))
            if f.fix:
                out.append(f"   *{L['fix']}:* {esc(f.fix)}" + (BR if f.reference else ""))
            if f.reference:
                out.append(f"   {L['reference']}: {esc(f.reference)}")
        out.append("")
    return out


def render_markdown(r: ReportData) -> str:
    L = r.labels
    sec = L["sections"]
    level = L["severity"].get(r.fail_on, r.fail_on)
    out = [f"# {esc(r.label('doc_title', title=r.title))}", "", L["subtitle"], ""]
    out += [f"{L['policy']}: {esc(r.policy_path)}" + (f" · {L['inputs']}: " + ", ".join(esc(p) for p in r.inputs) if r.inputs else ""), ""]
    out += [f"**{L['contents']}**", ""] + [f"{i}. [{sec[s]}](#{slug(sec[s])})" for i, s in enumerate(r.sections, 1)] + [""]

    out += [f"## {sec['verdict']}", "", f"**{L['verdict_fail'] if r.verdict == 'fail' else r.label('verdict_pass', level=level)}**", ""]
    out += _table(["", L["check_counts"], L["lint_counts"]], ([L["severity"][s], str(r.counts[s]), str(r.lint_counts[s])] for s in SEVERITIES), right=(1, 2))
    out += [r.label("verdict_explain", level=level) + BR, r.label("stats", **r.stats), ""]

    out += [f"## {sec['notice']}", ""]
    for key, lines in r.notice:
        if len(lines) == 1:
            out.append(f"- **{L['notice_rows'][key]}:** {esc(lines[0])}")
        else:
            out.append(f"- **{L['notice_rows'][key]}:**")
            out += [f"  - {esc(line)}" for line in lines]
    out.append("")

    out += [f"## {sec['datamap']}", "", L["datamap_intro"], ""]
    if r.matrix.tables:
        out += [L["matrix_intro"], ""]
        out += _table([L["category"]] + [esc(t) for t in r.matrix.tables],
                      ([label] + [str(n) if n else "·" for n in counts] for _, label, counts in r.matrix.rows),
                      right=tuple(range(1, len(r.matrix.tables) + 1)))
    for c in r.categories:
        out += [f"### {esc(c.label)}", ""]
        facts = [esc(c.group), esc(c.id), r.label("columns_in_tables", columns=len(c.columns), tables=len(c.tables))]
        if c.retention:
            facts.append(f"{L['retention']}: {esc(c.retention)}")
        out += [" · ".join(facts), ""]
        if c.retention:
            out += [f"{L['deleted_by']}: " + ("; ".join(esc(x) for x in c.purges) if c.purges else L["no_purge"]), ""]
        out += _columns(r, c.columns) if c.columns else [L["no_columns"], ""]

    cov = r.coverage
    out += [f"## {sec['coverage']}", ""]
    out += [
        f"- {L['coverage_columns']}: {cov.columns}",
        f"- {L['coverage_personal']}: {cov.personal} ({cov.personal_share})",
        f"- {L['coverage_covered']}: {cov.covered} / {cov.personal} ({cov.covered_share})",
        f"- {L['coverage_decided']}: {cov.decided}",
        "",
    ]
    out += [f"### {L['uncovered']} ({len(cov.uncovered)})", ""] + (_columns(r, cov.uncovered, True) if cov.uncovered else [L["uncovered_none"], ""])
    out += [f"### {L['review']} ({len(cov.review)})", ""] + (_columns(r, cov.review, True) if cov.review else [L["review_none"], ""])
    out += [f"### {L['empty_categories']} ({len(cov.empty_categories)})", ""]
    out += [f"- {esc(c.label)} ({esc(c.id)}, {esc(c.group)})" for c in cov.empty_categories] or [L["empty_none"]]
    out.append("")

    out += [f"## {sec['flows']}", "", L["flows_intro"], ""]
    if r.flows:
        out += _table(
            [L["statement"], L["from"], L["to"], L["system"], L["recipient"], L["country"], L["purpose"], L["categories"], L["rules"]],
            ([f"{f.statement} ({f.location})", ", ".join(f.sources), f.sink, f.system, f.recipient,
              f.country + (f" ({L['outside_eea']})" if f.outside_eea else ""), f.purpose, ", ".join(f.categories), " ".join(f.rules)] for f in r.flows),
        )
    else:
        out += [L["flows_none"], ""]

    out += [f"## {sec['findings']}", ""]
    if r.problems != r.total and r.total:
        out += [r.label("problems_at", problems=r.problems, locations=r.total), ""]
    out += _findings(r, r.findings) if r.total else [L["findings_none"], ""]

    out += [f"## {sec['changes']}", "", L["changes_intro"], ""]
    if r.changes:
        fence = "`" * max(3, 1 + max((len(m) for m in re.findall(r"`+", r.changes)), default=0))
        out += [fence + "diff", r.changes, fence, ""]
    else:
        out += [L["changes_none"], ""]

    out += [f"## {sec['suppressions']}", "", L["suppressions_intro"], ""]
    if r.suppressed:
        out += _table([L["rule"], L["message"], L["location"], L["suppression_reason"], L["suppressed_at"]],
                      ([s.finding.rule, s.finding.message, s.finding.location, s.reason, s.where] for s in r.suppressed))
    else:
        out += [L["suppressions_none"], ""]
    out += [f"### {L['baseline']}", ""]
    if r.baseline_path:
        out += [esc(r.baseline_path), ""]
        if r.baseline:
            out += _table(["", L["rule"], L["path"], L["subject"], L["message"], L["suppression_reason"]],
                          ([L["baseline_status"][b.status], b.rule, b.path, b.subject, b.message, b.reason] for b in r.baseline))
    else:
        out += [L["baseline_none"], ""]

    lint_total = sum(r.lint_counts.values())
    out += [f"## {sec['lint']}", "", L["lint_intro"], ""]
    out += _findings(r, r.lint) if lint_total else [L["findings_none"], ""]
    out += ["---", "", L["footer"]]
    return "\n".join(out).rstrip("\n") + "\n"
