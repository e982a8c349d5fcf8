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

from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN111"
NAME = "invalid-safeguard"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = "A transfer outside the EU/EEA relies on a safeguard that is no longer valid."
SUMMARY_FI = "Siirto EU:n/ETA:n ulkopuolelle nojaa suojakeinoon, joka ei ole enää voimassa."


def check(ctx: PolicyContext) -> Iterator[Finding]:
    transfers = (ctx.policy.data.get("transfers") or {}).get("allowed") or []
    for i, transfer in enumerate(transfers):
        safeguard = ctx.legal.safeguards.get(transfer.get("safeguard", ""))
        if not safeguard or safeguard.get("valid", True):
            continue
        name = safeguard.get("name", {}).get("en", transfer["safeguard"])
        why = f"invalidated on {safeguard.get('invalidated_on')}"
        if safeguard.get("invalidated_by"):
            why += f" by {safeguard['invalidated_by']}"
        suggestions = [ctx.legal.safeguards.get(s, {}).get("name", {}).get("en", s) for s in safeguard.get("suggest") or ()]
        yield problem(
            location=ctx.policy.where("transfers", "allowed", i, "safeguard"),
            message=f"transfer '{transfer.get('id')}' to {transfer.get('country')} relies on {name}, {why}",
            fix=("use " + " or ".join(suggestions)) if suggestions else "use a valid Chapter V safeguard",
            reference=safeguard.get("invalidated_by") or safeguard.get("article"),
        )
