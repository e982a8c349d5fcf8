"""PN302 unlawful-transfer: personal data leaves the EU/EEA without a valid, listed transfer.

What it does
    For every flow of personal data to a system whose ``location`` (data map) is outside
    the EU/EEA (``checker/data/legal/eea.yaml``), looks for a transfer in the notice
    (``transfers.allowed``) for that country and recipient, and checks its safeguard:
    it must be valid (not the Privacy Shield), limited to the right countries, and, for
    the EU-US Data Privacy Framework, the system must be certified (``certifications:
    [eu-us-dpf]`` in the data map). An ``adequacy-decision`` safeguard must match an
    adequacy decision for the country that has not passed its ``valid_until``. An Art. 49
    derogation (``art49-derogation``) is never enough for a flow found in the code base:
    a statement in a committed SQL file to a mapped system (a scheduled export, a sync)
    is a recurring transfer, and derogations cover only occasional, non-repetitive ones.

Why it matters
    GDPR Chapter V forbids transfers to third countries without adequacy or
    appropriate safeguards, and Art. 13(1)(f) / 14(1)(f) require the notice to tell
    data subjects about them. Art. 49 derogations must be interpreted restrictively
    and are for occasional, non-repetitive transfers (EDPB Guidelines 2/2018, 2.1).

Example
    -- data map: systems: [{id: crm-cloud, location: US, operated_by: system-vendors,
    --                      match: {schemas: [crm_export]}}]
    INSERT INTO crm_export.contacts (email) SELECT sahkoposti FROM asiakas;

How to fix
    Keep the data in the EU/EEA, or list the transfer in the notice with a valid
    safeguard (SCCs 2021/914 with a transfer impact assessment; the DPF only for US
    recipients certified under it; BCRs only inside a corporate group) and record the
    certification in the data map. For a recurring flow, replace an Art. 49 derogation
    with an Art. 45-47 mechanism.

References
    GDPR Art. 44-49, Art. 13(1)(f) / 14(1)(f); CJEU C-311/18; Commission Decision (EU)
    2023/1795; EDPB Guidelines 2/2018 on derogations of Article 49.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..flowmap import describe
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem, safeguard_hint

ID = "PN302"
NAME = "unlawful-transfer"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = "Personal data leaves the EU/EEA without a valid transfer listed in the notice."
SUMMARY_FI = "Henkilötietoja siirtyy EU:n/ETA:n ulkopuolelle ilman selosteessa mainittua pätevää siirtoperustetta."


def transfer_problem(ctx: FlowContext, system) -> str | None:
    """Why a transfer to ``system`` is not covered, or None when it is."""
    country = system.location
    transfers = [t for t in (ctx.policy.data.get("transfers") or {}).get("allowed") or () if t.get("country") == country]
    matching = [t for t in transfers if t.get("recipient") == system.operated_by] or (transfers if system.operated_by == "controller" else [])
    if not matching:
        return f"the notice lists no transfer to {country} for '{system.operated_by}'"
    reasons = []
    for t in matching:
        safeguard = ctx.legal.safeguards.get(t.get("safeguard"), {})
        name = safeguard.get("name", {}).get("en", t.get("safeguard"))
        invalid = ctx.legal.safeguard_invalid(t.get("safeguard", ""), ctx.today)
        if invalid:
            reasons.append(f"its safeguard, {name}, is no longer valid ({safeguard.get('invalidated_by') or invalid})")
            continue
        if safeguard.get("countries") and country not in safeguard["countries"]:
            reasons.append(f"{name} does not cover {country}")
            continue
        if safeguard.get("occasional_only"):
            reasons.append(f"{name} cover only occasional, non-repetitive transfers (EDPB Guidelines 2/2018), and a flow in the code base to system '{system.id}' recurs whenever it runs")
            continue
        if t.get("safeguard") == "adequacy-decision":
            decision = ctx.legal.adequacy(country, ctx.today)
            if decision is None:
                reasons.append(f"there is no adequacy decision in force for {country}")
                continue
            if decision.get("requires_certification") and not system.certifications:
                reasons.append(f"the adequacy decision for {country} covers only certified organisations")
                continue
        if safeguard.get("requires_certification") and t.get("safeguard") not in system.certifications:
            reasons.append(f"{name} covers only certified organisations, and system '{system.id}' has no such certification in the data map")
            continue
        return None
    return "; ".join(reasons)


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
            f"{flow.statement} transfers personal data ({describe(carried)}) to system '{system.id}' in {system.location}, outside the EU/EEA: {why}",
            fix="keep the data in the EU/EEA, or list the transfer in the notice (section 7) with a valid Art. 45-47 safeguard: " + ", or ".join(safeguard_hint(ctx.legal, s) for s in ("eu-us-dpf", "scc-2021-914") if not ctx.legal.safeguards.get(s, {}).get("countries") or system.location in ctx.legal.safeguards[s]["countries"]),
            carried=carried,
            system=system,
            purpose=ctx.estate.purpose_of(flow, ctx.tables)[0],
            reference="GDPR Art. 44-49, Art. 13(1)(f) / 14(1)(f)",
        )
