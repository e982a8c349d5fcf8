"""PN127 dpo-not-considered: the notice names no data protection officer although the processing suggests one is required.

What it does
    When the notice has no ``dpo`` entry (neither a DPO's contact details nor
    ``designated: false``), and a category holds a catalog kind that ``laws.yaml`` records
    for GDPR Art. 37(1)(b) (regular and systematic monitoring; WP243 names smart meters),
    prompts the controller to consider whether a DPO must be designated. A ``dpo`` entry
    that does not say ``designated: false`` must carry contact details (the schema checks).

Why it matters
    Art. 37(1)(b) requires a DPO where the core activities consist of processing that
    requires regular and systematic monitoring of data subjects on a large scale; remotely
    read hourly energy metering is WP243's example. Where a DPO is designated, Art. 13(1)(b)
    / 14(1)(b) require the notice to give the DPO's contact details. A contact person for
    the register is not a DPO.

Example
    categories:
      - {id: metering-data, label: {fi: mittausdata / kulutustiedot, en: ...}, kinds: [energy-consumption]}
    # no dpo

How to fix
    Assess Art. 37(1)(b) and record the result: ``dpo: {name: ..., email: ...}`` if a DPO is
    designated, or ``dpo: {designated: false, text: {fi: ..., en: ...}}`` if not.

References
    GDPR Art. 37(1)(b), Art. 13(1)(b), Art. 14(1)(b); Article 29 Working Party WP243 rev.01, 2.1.4.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN127"
NAME = "dpo-not-considered"
SEVERITY = Severity.INFO
SCOPE = Scope.POLICY
SUMMARY = N_("The notice names no data protection officer although the processing suggests regular and systematic monitoring.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    dpo = ctx.policy.data.get("dpo")
    reference = "GDPR Art. 37(1)(b), " + cite(ctx.policy, "13(1)(b)", "14(1)(b)").removeprefix("GDPR ")
    if dpo is not None:
        if dpo.get("designated", True) and not (dpo.get("email") or dpo.get("phones")):
            yield problem(location=ctx.policy.where("dpo"), message=msg("a DPO is designated but the notice gives no contact details"),
                          fix=msg("add the DPO's email or phones"), reference=reference)
        return
    kinds = set(ctx.legal.provision("gdpr", "Art. 37(1)(b)").get("kinds") or ())
    monitoring = [(path, c["id"]) for path, _, c in ctx.policy.categories() if kinds & set(c.get("kinds") or ())]
    if not monitoring:
        return
    ids = ", ".join(f"'{cid}'" for _, cid in monitoring)
    yield problem(
        location=ctx.policy.where(*monitoring[0][0]),
        message=msg("the notice names no data protection officer; categories {ids} suggest regular and systematic monitoring (WP243 names smart metering): consider whether Art. 37(1)(b) requires a DPO", ids=ids),
        fix=msg("record the assessment: dpo: {{name, email}} with the DPO's contact details, or dpo: {{designated: false, text: ...}}"),
        reference=reference,
        related=tuple(ctx.policy.where(*path) for path, _ in monitoring[1:]),
    )
