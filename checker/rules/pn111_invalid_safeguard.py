"""PN111 invalid-safeguard: a transfer outside the EU/EEA relies on a safeguard that is no longer valid.

What it does
    Checks the safeguard of every allowed transfer (``transfers.allowed[].safeguard``)
    against ``checker/data/legal/safeguards.yaml`` and reports those marked invalid,
    such as the EU-US Privacy Shield, or past their ``valid_until``; and transfers on an
    ``adequacy-decision`` to a country whose decision has expired (``eea.yaml``
    ``valid_until``) or that has none. The fix hint names the alternatives with their
    limits: the EU-U.S. Data Privacy Framework covers only certified recipients and its
    decision is under challenge (the pending appeal is read from the data), standard
    contractual clauses need a transfer impact assessment, and binding corporate rules
    are suggested only for group companies.

Why it matters
    A transfer needs a valid basis under GDPR Chapter V. The Court of Justice
    invalidated the Privacy Shield (Decision 2016/1250) on 16 July 2020 in case
    C-311/18 "Schrems II"; transfers relying on it have had no legal basis since.

Example
    transfers:
      allowed:
        - {id: us-vendors, country: US, recipient: system-vendors, safeguard: privacy-shield}

How to fix
    Use the EU-US Data Privacy Framework (Decision (EU) 2023/1795 of 10 July 2023) only
    for recipients certified on the DPF List, telling that Latombe v Commission
    (T-553/23, dismissed 3 September 2025) is under appeal (C-703/25 P); or standard
    contractual clauses (Decision (EU) 2021/914) with a transfer impact assessment.
    Binding corporate rules (Art. 47) cover only transfers inside a corporate group, not
    outside vendors. Update the notice's section on transfers.

References
    GDPR Art. 44-47, Art. 13(1)(f) / 14(1)(f); CJEU C-311/18 (16 July 2020);
    Commission Implementing Decisions (EU) 2023/1795 and 2021/914; General Court
    T-553/23; CJEU C-703/25 P.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import Msg, N_, alternatives, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem, safeguard_hint, suggested_safeguards

ID = "PN111"
NAME = "invalid-safeguard"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("A transfer outside the EU/EEA relies on a safeguard that is no longer valid.")


def _why(ctx: PolicyContext, transfer: dict) -> tuple[Msg, str | None] | None:
    """(why the transfer's safeguard is not valid today, the reference), or None when it is."""
    safeguard_id = transfer.get("safeguard", "")
    safeguard = ctx.legal.safeguards.get(safeguard_id)
    if safeguard is None:
        return None  # unknown ids are reported by policy validation
    name = safeguard.get("name") or safeguard_id
    invalid = ctx.legal.safeguard_invalid(safeguard_id, ctx.today)
    if invalid:
        return msg("relies on {name}, {why}", name=name, why=invalid), safeguard.get("invalidated_by") or safeguard.get("article")
    if safeguard_id == "adequacy-decision" and transfer.get("country") and ctx.legal.adequacy(transfer["country"], ctx.today) is None:
        country = transfer["country"]
        ended = [d for d in ctx.legal.eea.get("adequacy") or () if d.get("country") == country]
        why = (msg("the adequacy decision for {country} expired on {date}", country=country, date=ended[0]["valid_until"]) if ended
               else msg("there is no adequacy decision for {country}", country=country))
        return msg("relies on an adequacy decision, but {why}", why=why), N_("GDPR Art. 45")
    return None


def check(ctx: PolicyContext) -> Iterator[Finding]:
    transfers = (ctx.policy.data.get("transfers") or {}).get("allowed") or []
    recipients = {r.get("id"): r.get("type") for r in ctx.policy.items("recipients")}
    for i, transfer in enumerate(transfers):
        why = _why(ctx, transfer)
        if why is None:
            continue
        message, reference = why
        suggestions = [safeguard_hint(ctx.legal, s) for s in suggested_safeguards(ctx.legal, transfer.get("safeguard", ""), recipients.get(transfer.get("recipient")))]
        if transfer.get("safeguard") == "adequacy-decision" and not suggestions:
            suggestions = [safeguard_hint(ctx.legal, "scc-2021-914")]
        yield problem(
            location=ctx.policy.where("transfers", "allowed", i, "safeguard"),
            message=msg("transfer '{transfer}' to {country} {why}", transfer=transfer.get("id"), country=transfer.get("country"), why=message),
            fix=msg("use {safeguards}", safeguards=alternatives(suggestions)) if suggestions else msg("use a valid Chapter V safeguard"),
            reference=reference,
        )
