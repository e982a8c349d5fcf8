"""PN301 unlisted-recipient: personal data reaches a recipient the notice does not list.

What it does
    Follows every flow (INSERT ... SELECT, views, COPY TO, exports, grants, foreign
    tables ...) to the system that receives it, using the data map's ``systems`` (matched
    by schema, foreign server, URI glob or role). When the system is operated by a party
    that is neither the controller nor a recipient listed in the notice, and the flow
    carries personal data, it reports the flow.

Why it matters
    The notice must name the recipients or categories of recipients (GDPR Art.
    13(1)(e)). Data sent to a party the notice does not mention is an undisclosed
    disclosure.

Example
    -- data map: systems: [{id: leads, operated_by: adtech-oy, match: {schemas: [leads]}}]
    INSERT INTO leads.contacts (email) SELECT sahkoposti FROM asiakas;

How to fix
    Stop the flow, or add the recipient (``recipients:`` in the policy, section 6) and
    publish the updated notice; if the system is really yours or a listed processor's,
    correct ``operated_by`` in the data map.

References
    GDPR Art. 13(1)(e), Art. 14(1)(e), Art. 28.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..flowmap import describe
from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN301"
NAME = "unlisted-recipient"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("Personal data reaches a recipient the notice does not list.")


def check(ctx: FlowContext) -> Iterator[Finding]:
    recipients = ctx.policy.ids("recipients")
    for flow in ctx.schema.flows:
        system = ctx.estate.system_of_sink(flow, ctx.tables)
        if system is None or system.operated_by in ("controller", *recipients):
            continue
        carried = ctx.index.carried(flow.reads)
        if not carried:
            continue
        yield flow_problem(
            flow,
            msg("{statement} sends personal data ({columns}) to system '{system}' operated by '{operator}', which the notice does not list as a recipient",
                statement=flow.statement, columns=describe(carried), system=system.id, operator=system.operated_by),
            fix=msg("add '{operator}' to the notice's recipients (section 6), or stop the flow", operator=system.operated_by),
            carried=carried,
            system=system,
            purpose=ctx.estate.purpose_of(flow, ctx.tables)[0],
            reference=N_("GDPR Art. 13(1)(e)"),
        )
