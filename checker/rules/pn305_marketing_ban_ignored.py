"""PN305 marketing-ban-ignored: direct marketing reads contact data without excluding those who banned it.

What it does
    For queries, views, inserts and exports bound to a direct-marketing purpose (a
    purpose with ``direct_marketing: true``), when they read contact data (e-mail,
    phone, postal address), requires that the people who banned direct marketing are
    excluded: an anti-join, ``NOT EXISTS``, ``NOT IN`` or ``EXCEPT`` against a table
    holding the notice's opt-out category (``opt_out: true``), or a filter on such a flag
    column (``NOT kielto``, ``kielto = false``). Reading from a view that already applies
    the exclusion counts too.

Why it matters
    Data subjects may object to direct marketing at any time, and then their data must
    no longer be used for it (GDPR Art. 21(2)-(3)); the Finnish notice promises it too.

Example
    -- notice-check: purpose=marketing
    CREATE VIEW kampanja AS SELECT etunimi, sahkoposti FROM asiakas;

How to fix
    Exclude the bans, e.g.
    ``... FROM asiakas a WHERE NOT EXISTS (SELECT 1 FROM suoramarkkinointikielto k WHERE k.asiakas_id = a.id)``.

References
    GDPR Art. 21(2)-(3); Sähköisen viestinnän palveluista annettu laki 917/2014 200 §.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..flowmap import describe
from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN305"
NAME = "marketing-ban-ignored"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("Direct marketing reads contact data without excluding those who banned it.")

CONTACT_KINDS = frozenset({"email", "phone", "postal-address"})
_CHECKED = ("select", "view", "materialized-view", "create-table-as", "insert-select", "select-into", "copy-to", "outfile", "export-data", "copy-into-location")


def _opt_out_tables(ctx: FlowContext, categories: set[str]) -> set[str]:
    return {c.column.table for c in ctx.index.by_column.values() if c.category in categories}


def _excludes(flow, ctx: FlowContext, tables: set[str], categories: set[str]) -> bool:
    for e in flow.exclusions:
        if e.how == "flag":
            c = ctx.index.by_column.get((e.table or "", (e.column or "").lower()))
            if c is not None and c.category in categories:
                return True
        elif e.table in tables:
            return True
    return False


def _contact_sources(flow, ctx: FlowContext) -> set[str]:
    """The relations a flow takes contact data from (before following lineage)."""
    return {r.table for r in flow.reads if any(c.kind in CONTACT_KINDS for _, c in ctx.index.personal(r))}


def _clean_relations(flows, ctx: FlowContext, tables: set[str], categories: set[str]) -> set[str]:
    """Views and tables built with the exclusion applied, directly or from another clean one."""
    clean: set[str] = set()
    changed = True
    while changed:
        changed = False
        for flow in flows:
            sink = flow.sink
            if sink is None or sink.kind != "table" or sink.name in clean:
                continue
            if _excludes(flow, ctx, tables, categories) or (flow.sources and all(s in clean for s in _contact_sources(flow, ctx))):
                clean.add(sink.name)
                changed = True
    return clean


def check(ctx: FlowContext) -> Iterator[Finding]:
    marketing = {p["id"] for p in ctx.policy.items("purposes") if p.get("direct_marketing")}
    opt_out = {c["id"] for _, _, c in ctx.policy.categories() if c.get("opt_out")}
    if not marketing:
        return
    tables = _opt_out_tables(ctx, opt_out)
    flows = [f for f in ctx.schema.flows if f.statement in _CHECKED]
    clean = _clean_relations(flows, ctx, tables, opt_out)
    for flow in flows:
        purpose, how = ctx.estate.purpose_of(flow, ctx.tables)
        if purpose not in marketing or _excludes(flow, ctx, tables, opt_out):
            continue
        # contact data read from a relation built without the exclusion; a clean view's columns are fine
        raw_reads = [r for r in flow.reads if r.table not in clean]
        carried = [(r, c) for r, c in ctx.index.carried(raw_reads) if c.kind in CONTACT_KINDS]
        if not carried:
            continue
        what = msg("category '{category}'", category=sorted(opt_out)[0]) if opt_out else msg("an opt-out category (none is marked opt_out: true in the notice)")
        yield flow_problem(
            flow,
            msg("direct marketing ({purpose}, {how}) reads contact data ({columns}) without excluding the people who banned it ({what})", purpose=purpose, how=how, columns=describe(carried), what=what),
            fix=msg("exclude the bans: NOT EXISTS / anti-join against the table of marketing bans, or filter on the ban flag"),
            carried=carried,
            purpose=purpose,
            reference=N_("GDPR Art. 21(2)-(3)"),
        )
