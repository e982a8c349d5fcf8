"""PN303 unlisted-purpose: SQL is bound to a purpose the notice does not list.

What it does
    Reads the purpose each SQL file or statement serves — from a header comment
    ``-- notice-check: purpose=<id>`` or from the data map's ``purposes`` (matched by
    path, schema or role) — and reports purposes that are not among the notice's
    ``purposes``.

Why it matters
    Personal data may only be processed for the purposes the data subjects were told
    of (GDPR Art. 5(1)(b) purpose limitation, Art. 13(1)(c)).

Example
    -- notice-check: purpose=profiling
    CREATE VIEW asiakasprofiili AS SELECT etunimi, syntymaaika FROM asiakas;

How to fix
    Use a purpose id the notice lists, or add the purpose (with its legal basis) to the
    notice first.

References
    GDPR Art. 5(1)(b), Art. 6(4), Art. 13(1)(c), Art. 13(3).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN303"
NAME = "unlisted-purpose"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("SQL is bound to a purpose the notice does not list.")


def check(ctx: FlowContext) -> Iterator[Finding]:
    known = ctx.policy.ids("purposes")
    reported: set[tuple[str, str]] = set()
    for flow in ctx.schema.flows:
        purpose, how = ctx.estate.purpose_of(flow, ctx.tables)
        if purpose is None or purpose in known or (flow.location.path, purpose) in reported:
            continue
        reported.add((flow.location.path, purpose))
        carried = ctx.index.carried(flow.reads + flow.filters)
        yield flow_problem(
            flow,
            msg("this SQL serves purpose '{purpose}' ({how}), which the notice does not list", purpose=purpose, how=how),
            fix=msg("use a purpose id of the notice (section 3), or add the purpose and its legal basis to the notice"),
            carried=carried,
            purpose=purpose,
            reference=N_("GDPR Art. 5(1)(b), Art. 13(1)(c)"),
        )
