"""The compliance officer's report as plain data: what the notice promises beside what the
databases do (pure: no I/O beyond the package's label and legal data).

``build_report(...)`` takes the policy, the check's result, the policy lint findings,
baseline information and the data map, and returns a :class:`ReportData` in one language.
Renderers (``checker.render.report_html`` / ``report_md``) only lay it out.

Every string taken from user input (names, comments, messages, policy texts) is kept
as text here and escaped by the renderer; control characters are replaced on the way
in. No sampled data value ever enters the report: a live-database classification's
``evidence`` contributes only its counts and masked examples.
"""
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .engine import fails
from .i18n import LANGS as I18N_LANGS
from .i18n import translate
from .model import Classification, Confidence, Finding, Flow, Suppression, count_by_severity

LANGS = ("fi", "en")  # languages of the policy's own texts (the record's JSON-LD language maps)
SEVERITIES = ("error", "warning", "info")
SECTIONS = ("verdict", "notice", "datamap", "coverage", "flows", "findings", "changes", "suppressions", "lint")
EVIDENCE_KEYS = ("sampled", "valid", "examples")  # counts and masked examples only (checker.db.evidence)


@lru_cache(maxsize=1)
def load_labels() -> dict[str, dict[str, Any]]:
    """The report's labels in each language: the English source strings of
    ``checker/templates/report_labels.yaml`` through the message catalogs."""
    from .i18n import translate_tree
    from .yamlload import load_package_yaml

    english = load_package_yaml("templates/report_labels.yaml")["en"]
    return {lang: translate_tree(english, lang) for lang in I18N_LANGS}


def clean(value: Any) -> str:
    """Text for the report: control characters, bidi overrides and the like become U+FFFD."""
    from .render.safe import printable

    return printable("" if value is None else str(value))


def loc_text(value: Any, lang: str) -> str:
    """A localised policy text in ``lang`` (falling back to fi, en, sv), whitespace folded."""
    if isinstance(value, Mapping):
        value = next((value[k] for k in (lang, "fi", "en", "sv") if isinstance(value.get(k), str) and value[k].strip()), "")
    return " ".join(clean(value).split()) if isinstance(value, str) else ""


# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class FindingRow:
    rule: str
    severity: str
    message: str
    fix: str
    location: str
    subject: str = ""  # table.column
    reference: str = ""
    title: str = ""  # what the rule reports, in the report's language
    places: tuple[tuple[str, str], ...] = ()  # (location, subject) of every finding of the problem, when several


@dataclass(frozen=True)
class ColumnRow:
    table: str
    column: str
    kind: str
    kind_label: str
    category: str
    confidence: str  # high | medium | low | ""
    source: str
    reason: str
    location: str
    comment: str = ""
    evidence: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CategoryRow:
    id: str
    label: str
    group: str
    kinds: tuple[str, ...]
    retention: str
    columns: tuple[ColumnRow, ...] = ()
    purges: tuple[str, ...] = ()  # where the deletion happens: SQL purges and the data map's declared ones

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(sorted({c.table for c in self.columns}))


@dataclass(frozen=True)
class Matrix:
    """Categories × tables: how many columns of each table hold each category (the data map at a glance)."""

    tables: tuple[str, ...]
    rows: tuple[tuple[str, str, tuple[int, ...]], ...]  # (category id, label, count per table); id "" = not in the notice


def matrix(rows: Sequence[CategoryRow], uncovered: Sequence[ColumnRow], uncovered_label: str) -> Matrix:
    held = [(r.id, r.label, r.columns) for r in rows if r.columns]
    if uncovered:
        held.append(("", uncovered_label, tuple(uncovered)))
    tables = tuple(sorted({c.table for _, _, columns in held for c in columns}))
    index = {t: i for i, t in enumerate(tables)}
    out = []
    for category_id, label, columns in held:
        counts = [0] * len(tables)
        for c in columns:
            counts[index[c.table]] += 1
        out.append((category_id, label, tuple(counts)))
    return Matrix(tables, tuple(out))


@dataclass(frozen=True)
class Coverage:
    columns: int
    personal: int
    covered: int
    decided: int  # settled by people: annotations and the data map
    uncovered: tuple[ColumnRow, ...]  # personal, but no notice category holds them
    review: tuple[ColumnRow, ...]  # low confidence: a person should look
    empty_categories: tuple[CategoryRow, ...]  # listed in the notice, no column holds them

    @property
    def personal_share(self) -> str:
        return _percent(self.personal, self.columns)

    @property
    def covered_share(self) -> str:
        return _percent(self.covered, self.personal)


@dataclass(frozen=True)
class FlowRow:
    statement: str
    location: str
    sources: tuple[str, ...]
    sink: str
    system: str  # node label of where the data lands
    recipient: str  # node label of who receives it
    country: str
    outside_eea: bool
    recipient_listed: bool
    purpose: str
    categories: tuple[str, ...]
    columns: int
    rules: tuple[str, ...]  # findings at this flow


@dataclass(frozen=True)
class SuppressedRow:
    finding: FindingRow
    reason: str
    where: str


@dataclass(frozen=True)
class BaselineRow:
    status: str  # hidden | stale
    rule: str
    path: str
    subject: str
    message: str
    reason: str = ""


@dataclass(frozen=True)
class ReportData:
    lang: str
    labels: Mapping[str, Any]
    title: str
    controller: str
    policy_path: str
    inputs: tuple[str, ...]
    fail_on: str
    verdict: str  # pass | fail
    counts: Mapping[str, int]  # check problems by severity (findings of one problem count once)
    lint_counts: Mapping[str, int]
    stats: Mapping[str, int]
    notice: tuple[tuple[str, tuple[str, ...]], ...]  # (label key, lines)
    categories: tuple[CategoryRow, ...]
    coverage: Coverage
    flows: tuple[FlowRow, ...]
    findings: Mapping[str, tuple[FindingRow, ...]]  # by severity, errors first
    suppressed: tuple[SuppressedRow, ...]
    baseline_path: str
    baseline: tuple[BaselineRow, ...]
    lint: Mapping[str, tuple[FindingRow, ...]]
    locations: int = 0  # check findings, every location counted
    changes: str = ""  # the notice changes to make: a unified diff to the policy (checker.suggest)
    matrix: Matrix = Matrix((), ())
    sections: tuple[str, ...] = SECTIONS
    extra: Mapping[str, Any] = field(default_factory=dict)

    def label(self, key: str, **values: Any) -> str:
        text = self.labels.get(key, key)
        return text.format(**values) if values else text

    @property
    def total(self) -> int:
        """Findings, every location counted (``problems`` counts a problem once)."""
        return self.locations

    @property
    def problems(self) -> int:
        return sum(self.counts.values())


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


# ---------------------------------------------------------------- building


def finding_row(f: Finding, lang: str = "en") -> FindingRow:
    from .rules import RULES

    subject = ".".join(p for p in (f.table, f.column) if p)
    rule = RULES.get(f.rule)
    title = rule.summary_in(lang) if rule is not None else ""
    location = str(f.location)
    if f.related:  # one finding for a sentence that stands in several places
        location += " + " + ", ".join(f.related_places())
    return FindingRow(
        f.rule, f.severity.label, clean(translate(f.message, lang)), clean(translate(f.fix, lang)), clean(location),
        clean(subject), clean(translate(f.reference or "", lang)), clean(title),
    )


def by_severity(findings: Iterable[Finding], lang: str = "en") -> dict[str, tuple[FindingRow, ...]]:
    """One row per problem (checker.grouping), by severity error, warning, info; within a
    severity in the check's order. A row of several findings lists all their places."""
    from dataclasses import replace

    from .grouping import group_findings

    rows: dict[str, list[FindingRow]] = {s: [] for s in SEVERITIES}
    for group in group_findings(findings):
        row = finding_row(group.lead, lang)
        if group.size > 1:
            row = replace(row, places=tuple((clean(str(f.location)), clean(".".join(p for p in (f.table, f.column) if p))) for f in group.findings))
        rows[group.lead.severity.label].append(row)
    return {s: tuple(rows[s]) for s in SEVERITIES}


def column_row(c: Classification, lang: str, catalog: Any) -> ColumnRow:
    kind = catalog.kind(c.kind) if c.kind else None
    evidence = tuple((k, clean(_evidence_text(v))) for k, v in getattr(c, "evidence", ()) or () if k in EVIDENCE_KEYS)
    return ColumnRow(
        table=clean(c.column.table),
        column=clean(c.column.name),
        kind=clean(c.kind or ""),
        kind_label=clean(kind.label.get(lang) or kind.label.get("en") or kind.id) if kind else "",
        category=clean(c.category or c.declared_category or ""),
        confidence=c.confidence.label if c.confidence else "",
        source=clean(c.source),
        reason=clean(translate(c.reason, lang)),
        location=clean(str(c.column.location)),
        comment=clean(c.column.comment),
        evidence=evidence,
    )


def _evidence_text(value: Any) -> str:
    """``50``; ``national-id 49``; ``national-id ******-****, ******-****`` from evidence pairs."""
    if isinstance(value, (list, tuple)):
        parts = []
        for item in value:
            if isinstance(item, (list, tuple)) and len(item) == 2:
                inner = ", ".join(map(str, item[1])) if isinstance(item[1], (list, tuple)) else str(item[1])
                parts.append(f"{item[0]} {inner}")
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return str(value)


def _retention(category: Mapping[str, Any], statements: Sequence[Mapping[str, Any]], lang: str) -> str:
    parts = []
    own = category.get("retention") or {}
    if own.get("period"):
        parts.append(str(own["period"]))
    if own.get("criteria"):
        parts.append(loc_text(own["criteria"], lang))
    for s in statements:
        if category["id"] in (s.get("categories") or ()):
            parts.append(loc_text(s.get("text"), lang) or str(s.get("period") or ""))
    return "; ".join(dict.fromkeys(p for p in parts if p))


def purge_texts(schema: Any, classifications: Sequence[Classification], datamap: Any, lang: str) -> dict[str, list[str]]:
    """category id -> where its deletion happens: SQL purges (table, period, file) and the
    data map's declared jobs, systems and documents."""
    from .flowmap import PURGE_BY
    from .i18n import msg

    out: dict[str, list[str]] = {}
    held: dict[str, set[str]] = {}
    for c in classifications:
        if c.category:
            held.setdefault(c.column.table, set()).add(c.category)
    for flow in getattr(schema, "flows", ()) or ():
        purge = flow.purge
        if purge is None:
            continue
        for category in sorted(held.get(purge.table, ())):
            out.setdefault(category, []).append(translate(msg("SQL: {table} after {period} ({where})", table=purge.table, period=purge.period, where=str(flow.location)), lang))
    for d in ((datamap.data if datamap else None) or {}).get("purges") or ():
        what = msg(PURGE_BY.get(d.get("by"), d.get("by") or ""))
        out.setdefault(d["category"], []).append(translate(msg("{by} '{name}' after {period} (data map)", by=what, name=d.get("name", ""), period=d.get("period", "")), lang))
    return {k: [clean(v) for v in dict.fromkeys(vs)] for k, vs in out.items()}


def categories(policy: Any, classifications: Sequence[Classification], lang: str, catalog: Any, purges: Mapping[str, Sequence[str]] | None = None) -> tuple[CategoryRow, ...]:
    statements = policy.items("retention")
    purges = purges or {}
    rows = []
    for _, group, category in policy.categories():
        held = [column_row(c, lang, catalog) for c in classifications if c.category == category["id"]]
        held.sort(key=lambda r: (r.table, r.column))
        rows.append(CategoryRow(
            id=category["id"],
            label=loc_text(category.get("label"), lang),
            group=loc_text(group.get("label"), lang),
            kinds=tuple(category.get("kinds") or ()),
            retention=_retention(category, statements, lang),
            columns=tuple(held),
            purges=tuple(purges.get(category["id"], ())),
        ))
    return tuple(rows)


def coverage(classifications: Sequence[Classification], rows: Sequence[CategoryRow], lang: str, catalog: Any) -> Coverage:
    personal = [c for c in classifications if c.kind or c.category]
    key = lambda r: (r.table, r.column)  # noqa: E731
    return Coverage(
        columns=len(classifications),
        personal=len(personal),
        covered=sum(1 for c in personal if c.category),
        decided=sum(1 for c in classifications if c.source in ("annotation", "datamap")),
        uncovered=tuple(sorted((column_row(c, lang, catalog) for c in personal if not c.category), key=key)),
        review=tuple(sorted((column_row(c, lang, catalog) for c in personal if c.category and c.confidence == Confidence.LOW), key=key)),
        empty_categories=tuple(r for r in rows if not r.columns),
    )


def notice_brief(policy: Any, lang: str, legal: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The notice's promises in a few lines each (label key, lines)."""
    labels = load_labels()[lang]
    data = policy.data
    t = lambda v: loc_text(v, lang)  # noqa: E731
    controller = data.get("controller") or {}
    address = controller.get("address") or {}
    place = " ".join(str(p) for p in (address.get("postal_code"), address.get("city")) if p)
    rows: list[tuple[str, tuple[str, ...]]] = [
        ("controller", _lines(controller.get("name"), controller.get("business_id"), ", ".join(p for p in (str(address.get("street") or ""), place) if p))),
    ]
    contact = data.get("contact") or {}
    rows.append(("contact", _lines(", ".join(p for p in (clean(contact.get("name") or ""), t(contact.get("role"))) if p), contact.get("email"), *(contact.get("phones") or ()))))
    dpo = data.get("dpo") or {}
    rows.append(("dpo", _lines(dpo.get("name"), dpo.get("email"), *(dpo.get("phones") or ())) or (labels["not_stated"],)))
    rows.append(("register", _lines(t((data.get("register") or {}).get("name")))))
    bases = labels["legal_bases"]
    rows.append(("purposes", tuple(
        f"{t(p.get('label'))} — {bases.get(p['legal_basis'], p['legal_basis']) if p.get('legal_basis') else labels['no_legal_basis']}"
        for p in policy.items("purposes")
    )))
    rows.append(("data_subjects", tuple(t(s.get("label")) for s in policy.items("data_subjects")) or (labels["not_stated"],)))
    rows.append(("category_groups", tuple(
        f"{t(g.get('label'))}: {len(g.get('categories') or ())}" for g in policy.items("category_groups")
    )))
    rows.append(("sources", tuple(t(s.get("label")) for s in policy.items("sources")) or (labels["not_stated"],)))
    types = labels["recipient_types"]
    rows.append(("recipients", tuple(
        t(r.get("label")) + " (" + ", ".join(p for p in (types.get(r.get("type"), clean(r.get("type") or "")), clean(r.get("country") or "")) if p) + ")"
        for r in policy.items("recipients")
    ) or (labels["not_stated"],)))
    transfers = data.get("transfers") or {}
    rows.append(("transfers", tuple(_transfer_line(tr, policy, lang, legal) for tr in transfers.get("allowed") or ()) or (labels["no_transfers"],)))
    retention = [t(s.get("text")) or str(s.get("period") or "") for s in policy.items("retention")]
    stated = {c for s in policy.items("retention") for c in s.get("categories") or ()}
    retention += [
        f"{t(c.get('label'))}: {c['retention'].get('period') or t(c['retention'].get('criteria'))}"
        for _, _, c in policy.categories() if c.get("retention") and c["id"] not in stated
    ]
    missing = sum(1 for _, _, c in policy.categories() if not c.get("retention") and c["id"] not in stated)
    if missing:
        retention.append(labels["categories_without_retention"].format(n=missing))
    rows.append(("retention", tuple(dict.fromkeys(r for r in retention if r))))
    rows.append(("security", tuple(t(s.get("text")) for s in policy.items("security")) or (labels["not_stated"],)))
    rights = labels["rights"]
    rows.append(("rights", tuple(dict.fromkeys(rights.get(r.get("right"), clean(r.get("right"))) for r in policy.items("rights"))) or (labels["not_stated"],)))
    authority = data.get("supervisory_authority") or {}
    rows.append(("supervisory_authority", _lines(t(authority.get("name")), authority.get("web")) or (labels["not_stated"],)))
    # a field the notice does not have is left out, not shown empty
    return tuple((key, tuple(line for line in lines if line)) for key, lines in rows if any(lines))


def _lines(*values: Any) -> tuple[str, ...]:
    return tuple(clean(v) for v in values if v)


def _transfer_line(transfer: Mapping[str, Any], policy: Any, lang: str, legal: Any) -> str:
    labels = load_labels()[lang]
    recipients = {r.get("id"): loc_text(r.get("label"), lang) for r in policy.items("recipients")}
    safeguard = legal.safeguards.get(transfer.get("safeguard"), {})
    name = loc_text(safeguard.get("name"), lang) or clean(transfer.get("safeguard") or "")
    state = labels["safeguard_invalid"] if legal.safeguard_invalid(transfer.get("safeguard") or "", datetime.date.today()) else labels["safeguard_valid"]
    who = recipients.get(transfer.get("recipient")) or clean(transfer.get("recipient") or "")
    return f"{clean(transfer.get('country') or '')}: {who} — {name} ({state})"


# ---------------------------------------------------------------- flows


def flows(policy: Any, result: Any, datamap: Any, findings: Sequence[Finding], lang: str, legal: Any) -> tuple[FlowRow, ...]:
    """Every flow that carries personal data (purges and plain deletes left out)."""
    from .flowmap import flow_view

    labels = load_labels()[lang]
    schema = result.schema
    estate, index, tables = flow_view(schema, result.classifications, datamap.data if datamap else None, datamap.locations if datamap else None)
    recipients = {r["id"]: loc_text(r.get("label"), lang) for r in policy.items("recipients") if "id" in r}
    purposes = {p["id"]: loc_text(p.get("label"), lang) for p in policy.items("purposes")}
    controller = clean((policy.data.get("controller") or {}).get("name") or labels["controller_self"])
    home = clean(estate.home or "")
    rules_at: dict[tuple[str, int, int], set[str]] = {}
    for f in findings:
        rules_at.setdefault((f.location.path, f.location.line, f.location.col), set()).add(f.rule)
    rows = []
    live = {t.key for t in schema.tables}
    for flow in schema.flows:
        if flow.statement == "delete":
            continue
        sink = flow.sink
        if sink is not None and sink.kind == "table" and sink.server is None and sink.name not in live and estate.system_of_sink(flow, tables) is None:
            continue  # a view or table a later migration dropped: no longer a flow
        carried = index.carried(flow.reads)
        if not carried:
            continue
        system = estate.system_of_sink(flow, tables)
        system_label, operator, country = _landing(flow, system, tables, labels, home)
        listed = operator in ("controller", *recipients)
        recipient = controller if operator == "controller" else (recipients.get(operator) or clean(operator))
        purpose, _how = estate.purpose_of(flow, tables)
        rows.append(FlowRow(
            statement=clean(flow.statement),
            location=clean(str(flow.location)),
            sources=tuple(clean(s) for s in flow.sources),
            sink=_sink_text(flow, labels),
            system=system_label,
            recipient=recipient if listed else f"{recipient} ({labels['not_in_notice']})",
            country=country,
            outside_eea=bool(country) and not legal.in_eea(country),
            recipient_listed=listed,
            purpose=(purposes.get(purpose) or clean(purpose)) if purpose else "",
            categories=tuple(sorted({clean(c.category) for _, c in carried if c.category})),
            columns=len(carried),
            rules=tuple(sorted(rules_at.get((flow.location.path, flow.location.line, flow.location.col), ()))),
        ))
    return tuple(rows)


def _landing(flow: Flow, system: Any, tables: Mapping[str, Any], labels: Mapping[str, Any], home: str) -> tuple[str, str, str]:
    """(system label, operator id, country) of where a flow's data lands."""
    if system is not None:
        return clean(system.id), clean(system.operated_by), clean(system.location or "")
    sink = flow.sink
    if sink is None:
        return labels["query_result"], "controller", home
    if sink.kind == "table" and sink.server is None:
        return labels["home_database"], "controller", home
    return f"{labels['unknown_system']}: {clean(sink.name)[:60]}", "controller", ""


def _sink_text(flow: Flow, labels: Mapping[str, Any]) -> str:
    if flow.sink is None:
        return labels["query_result"]
    kind = labels["sink_kinds"].get(flow.sink.kind) or clean(flow.sink.kind)
    return f"{kind}: {clean(flow.sink.name)}"


# ---------------------------------------------------------------- the report


def build_report(
    *,
    policy: Any,
    result: Any,
    lint: Sequence[Finding],
    lang: str,
    fail_on: str = "error",
    findings: Sequence[Finding] | None = None,
    suppressed: Sequence[tuple[Finding, Suppression]] | None = None,
    datamap: Any = None,
    baseline_path: str = "",
    baseline_hidden: Sequence[Mapping[str, Any]] = (),
    baseline_stale: Sequence[Mapping[str, Any]] = (),
    inputs: Sequence[str] = (),
) -> ReportData:
    """Assemble the report. ``findings`` defaults to the check's (pass the ones left after a baseline)."""
    from .catalog import load_catalog
    from .grouping import group_findings, problem_counts
    from .legal import load_legal
    from .suggest import suggest_diff

    if lang not in I18N_LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(I18N_LANGS)}")
    catalog, legal = load_catalog(), load_legal()
    labels = load_labels()[lang]
    shown = list(result.findings if findings is None else findings)
    rows = categories(policy, result.classifications, lang, catalog, purge_texts(result.schema, result.classifications, datamap, lang))
    cover = coverage(result.classifications, rows, lang, catalog)
    summary = dict(result.summary or {}, columns=cover.columns, personal_columns=cover.personal, covered_columns=cover.covered)
    data = policy.data
    return ReportData(
        lang=lang,
        labels=labels,
        title=loc_text(data.get("title"), lang) or loc_text((data.get("register") or {}).get("name"), lang),
        controller=clean((data.get("controller") or {}).get("name") or ""),
        policy_path=clean(policy.path),
        inputs=tuple(clean(p) for p in inputs),
        fail_on=fail_on,
        verdict="fail" if fails(shown, fail_on) or fails(lint, fail_on) else "pass",
        counts=problem_counts(group_findings(shown)),
        locations=len(shown),
        lint_counts=count_by_severity(lint),
        stats={k: int(summary.get(k, 0)) for k in ("files", "statements", "tables", "columns", "personal_columns", "covered_columns")},
        notice=notice_brief(policy, lang, legal),
        categories=rows,
        coverage=cover,
        flows=flows(policy, result, datamap, shown, lang, legal),
        findings=by_severity(shown, lang),
        suppressed=tuple(
            SuppressedRow(finding_row(f, lang), clean(s.reason), clean(str(s.location)))
            for f, s in (result.suppressed if suppressed is None else suppressed)
        ),
        baseline_path=clean(baseline_path),
        baseline=tuple(
            BaselineRow(status, clean(e.get("rule")), clean(e.get("path")), clean(".".join(p for p in (e.get("table"), e.get("column")) if p)), clean(e.get("message")), clean(e.get("reason")))
            for status, entries in (("hidden", baseline_hidden), ("stale", baseline_stale))
            for e in entries
        ),
        lint=by_severity(lint, lang),
        changes=clean_lines(suggest_diff(policy, shown, lint, catalog=catalog, lang=lang)),
        matrix=matrix(rows, cover.uncovered, labels["uncovered"]),
    )


def clean_lines(text: str) -> str:
    """Multi-line text for the report: each line cleaned, line breaks kept."""
    return "\n".join(clean(line) for line in text.splitlines())
