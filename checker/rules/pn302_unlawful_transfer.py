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
from ..i18n import N_, alternatives, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem, safeguard_hint

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
        invalid = ctx.legal.safeguard_invalid(t.get("safeguard", ""), ctx.today)
        if invalid:
            reasons.append(msg("its safeguard, {name}, is no longer valid ({by})", name=name, by=msg(safeguard["invalidated_by"]) if safeguard.get("invalidated_by") else invalid))
            continue
        if safeguard.get("countries") and country not in safeguard["countries"]:
            reasons.append(msg("{name} does not cover {country}", name=name, country=country))
            continue
        if safeguard.get("occasional_only"):
            reasons.append(msg("{name} cover only occasional, non-repetitive transfers (EDPB Guidelines 2/2018), and a flow in the code base to system '{system}' recurs whenever it runs",
                               name=name, system=system.id))
            continue
        if t.get("safeguard") == "adequacy-decision":
            decision = ctx.legal.adequacy(country, ctx.today)
            if decision is None:
                reasons.append(msg("there is no adequacy decision in force for {country}", country=country))
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
        hints = [safeguard_hint(ctx.legal, s) for s in ("eu-us-dpf", "scc-2021-914")
                 if not ctx.legal.safeguards.get(s, {}).get("countries") or system.location in ctx.legal.safeguards[s]["countries"]]
        yield flow_problem(
            flow,
            msg("{statement} transfers personal data ({columns}) to system '{system}' in {country}, outside the EU/EEA: {why}",
                statement=flow.statement, columns=describe(carried), system=system.id, country=system.location, why=why),
            fix=msg("keep the data in the EU/EEA, or list the transfer in the notice (section 7) with a valid Art. 45-47 safeguard: {safeguards}",
                    safeguards=alternatives(hints)),
            carried=carried,
            system=system,
            purpose=ctx.estate.purpose_of(flow, ctx.tables)[0],
            reference=N_("GDPR Art. 44-49, Art. 13(1)(f) / 14(1)(f)"),
        )
