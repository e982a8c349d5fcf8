"""PN125 safeguard-copy-missing: a transfer's safeguard is named without saying how to get a copy of it.

What it does
    For every allowed transfer (``transfers.allowed``) whose safeguard is marked
    ``copy_required`` in ``checker/data/legal/safeguards.yaml`` (standard contractual
    clauses, binding corporate rules: Art. 46 and 47), reports a missing ``safeguard_copy``:
    how a data subject can obtain a copy of the safeguard or where it has been made
    available. Adequacy decisions (Art. 45, incl. the EU-U.S. Data Privacy Framework) need
    no copy: the notice names the decision.

Why it matters
    Art. 13(1)(f) and 14(1)(f) require, for transfers under Art. 46, 47 or Art. 49(1)
    second subparagraph, "reference to the appropriate or suitable safeguards and the
    means by which to obtain a copy of them or where they have been made available".

Example
    transfers:
      allowed:
        - {id: us-crm, country: US, recipient: vendors, safeguard: scc-2021-914}

How to fix
    Add ``safeguard_copy: {fi: "Kopion vakiosopimuslausekkeista saa pyytämällä
    osoitteesta tietosuoja@example.fi.", en: ...}`` to the transfer.

References
    GDPR Art. 13(1)(f), Art. 14(1)(f), Art. 46, Art. 47.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN125"
NAME = "safeguard-copy-missing"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("A transfer's safeguard is named without saying how to obtain a copy of it.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    for i, transfer in enumerate((ctx.policy.data.get("transfers") or {}).get("allowed") or ()):
        safeguard = ctx.legal.safeguards.get(transfer.get("safeguard", ""), {})
        if not safeguard.get("copy_required") or transfer.get("safeguard_copy"):
            continue
        name = safeguard.get("name") or transfer.get("safeguard")
        yield problem(
            location=ctx.policy.where("transfers", "allowed", i),
            message=msg("transfer '{transfer}' to {country} relies on {name} ({article}) but does not say how to obtain a copy of it or where it is available",
                        transfer=transfer.get("id"), country=transfer.get("country"), name=name, article=safeguard.get("article")),
            fix=msg("add safeguard_copy: {{fi: ..., en: ...}} saying how to get a copy (e.g. by e-mail to the contact person) or where it is published"),
            reference=cite(ctx.policy, "13(1)(f)", "14(1)(f)"),
        )
