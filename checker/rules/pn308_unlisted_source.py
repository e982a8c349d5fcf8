"""PN308 unlisted-source: personal data is written into the register from a system that is not a listed source.

What it does
    For flows into the home database (INSERT ... SELECT, MERGE, UPDATE ... FROM, CREATE
    TABLE AS, subscriptions) that read from a system of the data map, requires the
    system to name a source of the notice (``source: <source-id>`` in the data map).

Why it matters
    Where data did not come from the data subject, the notice must say where it came
    from (GDPR Art. 14(2)(f)).

Example
    -- data map: systems: [{id: leads-vendor, operated_by: leadfinder-oy, match: {schemas: [leads]}}]
    INSERT INTO asiakas (etunimi, sahkoposti) SELECT nimi, email FROM leads.contacts;

How to fix
    Add the source to the notice (section 5) and name it in the data map
    (``source: <id>``), or stop importing from it.

References
    GDPR Art. 14(1)(d), Art. 14(2)(f).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN308"
NAME = "unlisted-source"
SEVERITY = Severity.WARNING
SCOPE = Scope.FLOW
SUMMARY = N_("Personal data is written into the register from a system that is not a listed source.")

_WRITES = ("insert-select", "merge", "update", "create-table-as", "select-into", "subscription")


def check(ctx: FlowContext) -> Iterator[Finding]:
    sources = ctx.policy.ids("sources")
    for flow in ctx.schema.flows:
        if flow.statement not in _WRITES:
            continue
        if flow.sink is not None and flow.sink.kind == "table" and ctx.estate.system_of_sink(flow, ctx.tables) is not None:
            continue  # written into another system, not into the register
        for system in ctx.estate.systems_of_sources(flow, ctx.tables):
            if system.source in sources:
                continue
            targets = [(t, srcs) for t, srcs in flow.mapping]
            carried = ctx.index.carried([t for t, _ in targets]) or ctx.index.carried(flow.reads)
            if not carried and flow.statement != "subscription":
                continue
            yield flow_problem(
                flow,
                msg("{statement} writes data from system '{system}' (operated by '{operator}') into the register, but the data map names no source of the notice for it", statement=flow.statement, system=system.id, operator=system.operated_by),
                fix=msg("add the source to the notice (section 5) and set source: <id> for system '{system}' in the data map", system=system.id),
                carried=carried,
                system=system,
                reference=N_("GDPR Art. 14(2)(f)"),
            )
