"""PN111 invalid-safeguard: a transfer outside the EU/EEA relies on a safeguard that is no longer valid.

What it does
    Checks the safeguard of every allowed transfer (``transfers.allowed[].safeguard``)
    against ``checker/data/legal/safeguards.yaml`` and reports those marked invalid,
    such as the EU-US Privacy Shield.

Why it matters
    A transfer needs a valid basis under GDPR Chapter V. The Court of Justice
    invalidated the Privacy Shield (Decision 2016/1250) on 16 July 2020 in case
    C-311/18 "Schrems II"; transfers relying on it have had no legal basis since.

Example
    transfers:
      allowed:
        - {id: us-vendors, country: US, recipient: system-vendors, safeguard: privacy-shield}

How to fix
    Use the EU-US Data Privacy Framework (Decision (EU) 2023/1795) for recipients
    certified under it, or standard contractual clauses (Decision (EU) 2021/914) with
    a transfer impact assessment, and update the notice's section on transfers.

References
    GDPR Art. 44-46; CJEU C-311/18 (16 July 2020); Commission Decision (EU) 2023/1795.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, either, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN111"
NAME = "invalid-safeguard"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("A transfer outside the EU/EEA relies on a safeguard that is no longer valid.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    transfers = (ctx.policy.data.get("transfers") or {}).get("allowed") or []
    for i, transfer in enumerate(transfers):
        safeguard = ctx.legal.safeguards.get(transfer.get("safeguard", ""))
        if not safeguard or safeguard.get("valid", True):
            continue
        name = safeguard.get("name") or transfer["safeguard"]
        if safeguard.get("invalidated_by"):
            why = msg("invalidated on {date} by {by}", date=safeguard.get("invalidated_on"), by=msg(safeguard["invalidated_by"]))
        else:
            why = msg("invalidated on {date}", date=safeguard.get("invalidated_on"))
        suggestions = [ctx.legal.safeguards.get(s, {}).get("name") or s for s in safeguard.get("suggest") or ()]
        yield problem(
            location=ctx.policy.where("transfers", "allowed", i, "safeguard"),
            message=msg("transfer '{transfer}' to {country} relies on {name}, {why}", transfer=transfer.get("id"), country=transfer.get("country"), name=name, why=why),
            fix=msg("use {safeguards}", safeguards=either(suggestions)) if suggestions else msg("use a valid Chapter V safeguard"),
            reference=safeguard.get("invalidated_by") or safeguard.get("article"),
        )
