"""PN302 unlawful-transfer: personal data leaves the EU/EEA without a valid, listed transfer.

What it does
    For every flow of personal data to a system whose ``location`` (data map) is outside
    the EU/EEA (``checker/data/legal/eea.yaml``), looks for a transfer in the notice
    (``transfers.allowed``) for that country and recipient, and checks its safeguard:
    it must be valid (not the Privacy Shield), limited to the right countries, and, for
    the EU-US Data Privacy Framework, the system must be certified (``certifications:
    [eu-us-dpf]`` in the data map). An ``adequacy-decision`` safeguard must match an
    adequacy decision for the country.

Why it matters
    GDPR Chapter V forbids transfers to third countries without adequacy or
    appropriate safeguards, and Art. 13(1)(f) requires the notice to tell data
    subjects about them.

Example
    -- data map: systems: [{id: crm-cloud, location: US, operated_by: system-vendors,
    --                      match: {schemas: [crm_export]}}]
    INSERT INTO crm_export.contacts (email) SELECT sahkoposti FROM asiakas;

How to fix
    Keep the data in the EU/EEA, or list the transfer in the notice with a valid
    safeguard (SCCs 2021/914, DPF for certified US recipients, BCRs) and record the
    certification in the data map.

References
    GDPR Art. 44-49, Art. 13(1)(f); CJEU C-311/18; Commission Decision (EU) 2023/1795.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..flowmap import describe
from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN302"
NAME = "unlawful-transfer"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("Personal data leaves the EU/EEA without a valid transfer listed in the notice.")


def transfer_problem(ctx: FlowContext, system) -> str | None:
    """Why a transfer to ``system`` is not covered, or None when it is."""
    country = system.location
    transfers = [t for t in (ctx.policy.data.get("transfers") or {}).get("allowed") or () if t.get("country") == country]
    matching = [t for t in transfers if t.get("recipient") == system.operated_by] or (transfers if system.operated_by == "controller" else [])
    if not matching:
        return msg("the notice lists no transfer to {country} for '{operator}'", country=country, operator=system.operated_by)
    reasons = []
    for t in matching:
        safeguard = ctx.legal.safeguards.get(t.get("safeguard"), {})
        name = safeguard.get("name") or t.get("safeguard")
        if not safeguard.get("valid", False):
            reasons.append(msg("its safeguard, {name}, is no longer valid ({by})", name=name, by=msg(safeguard["invalidated_by"]) if safeguard.get("invalidated_by") else msg("invalidated")))
            continue
        if safeguard.get("countries") and country not in safeguard["countries"]:
            reasons.append(msg("{name} does not cover {country}", name=name, country=country))
            continue
        if t.get("safeguard") == "adequacy-decision":
            decision = next((a for a in ctx.legal.eea.get("adequacy") or () if a.get("country") == country), None)
            if decision is None:
                reasons.append(msg("there is no adequacy decision for {country}", country=country))
                continue
            if decision.get("requires_certification") and not system.certifications:
                reasons.append(msg("the adequacy decision for {country} covers only certified organisations", country=country))
                continue
        if safeguard.get("requires_certification") and t.get("safeguard") not in system.certifications:
            reasons.append(msg("{name} covers only certified organisations, and system '{system}' has no such certification in the data map", name=name, system=system.id))
            continue
        return None
    why = reasons[-1]
    for earlier in reversed(reasons[:-1]):
        why = msg("{first}; {rest}", first=earlier, rest=why)
    return why


def check(ctx: FlowContext) -> Iterator[Finding]:
    for flow in ctx.schema.flows:
        system = ctx.estate.system_of_sink(flow, ctx.tables)
        if system is None or not system.location or ctx.legal.in_eea(system.location):
            continue
        carried = ctx.index.carried(flow.reads)
        if not carried:
            continue
        why = transfer_problem(ctx, system)
        if why is None:
            continue
        yield flow_problem(
            flow,
            msg("{statement} transfers personal data ({columns}) to system '{system}' in {country}, outside the EU/EEA: {why}",
                statement=flow.statement, columns=describe(carried), system=system.id, country=system.location, why=why),
            fix=msg("keep the data in the EU/EEA, or list the transfer with a valid safeguard (SCCs 2021/914; DPF for certified US recipients) in the notice, section 7"),
            carried=carried,
            system=system,
            purpose=ctx.estate.purpose_of(flow, ctx.tables)[0],
            reference=N_("GDPR Art. 44-46, Art. 13(1)(f)"),
        )
