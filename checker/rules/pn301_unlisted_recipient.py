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
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN301"
NAME = "unlisted-recipient"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = "Personal data reaches a recipient the notice does not list."
SUMMARY_FI = "Henkilötietoja päätyy vastaanottajalle, jota seloste ei mainitse."


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
            f"{flow.statement} sends personal data ({describe(carried)}) to system '{system.id}' operated by '{system.operated_by}', which the notice does not list as a recipient",
            fix=f"add '{system.operated_by}' to the notice's recipients (section 6), or stop the flow",
            carried=carried,
            system=system,
            purpose=ctx.estate.purpose_of(flow, ctx.tables)[0],
            reference="GDPR Art. 13(1)(e)",
        )
