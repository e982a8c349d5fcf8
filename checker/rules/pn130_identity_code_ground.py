"""PN130 identity-code-ground: the notice keeps the personal identity code without its ground under Tietosuojalaki 29 §.

What it does
    Reports each category holding a kind that ``laws.yaml`` records for Tietosuojalaki
    1050/2018 29 § (``national-id``, the Finnish henkilötunnus) without an
    ``identity_code_ground``.

Why it matters
    The personal identity code may be processed only on the grounds of 29 §: consent, a
    provision of law, or where unambiguous identification is important to perform a task
    laid down by law, to exercise the rights and obligations of the data subject or the
    controller, or for research and statistics, and in the activities of 29 § 2 (e.g.
    granting credit, debt collection). The notice states the legal basis of processing
    (Art. 13(1)(c)); for the identity code it is this national ground.

Example
    categories:
      - {id: identity-code, label: {fi: henkilötunnus, en: personal identity code}, kinds: [national-id]}

How to fix
    Add ``identity_code_ground: {provision: "29 § 1 mom. 2 k.", text: {fi: "Henkilötunnusta
    käsitellään asiakkaan yksilöimiseksi sopimuksen ja laskutuksen hoitamiseksi.", en: ...}}``,
    or stop collecting the identity code.

References
    Tietosuojalaki 1050/2018 29 §; GDPR Art. 87, Art. 13(1)(c).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN130"
NAME = "identity-code-ground"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("The notice keeps the personal identity code without stating its ground under Tietosuojalaki 29 §.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    kinds = set(ctx.legal.provision("tietosuojalaki-1050-2018", "29 §").get("kinds") or ())
    for path, _, category in ctx.policy.categories():
        held = kinds & set(category.get("kinds") or ())
        if held and not category.get("identity_code_ground"):
            yield problem(
                location=ctx.policy.where(*path),
                message=msg("category '{category}' holds the personal identity code ({kinds}) but states no ground for processing it under Tietosuojalaki 29 §",
                            category=category["id"], kinds=", ".join(sorted(held))),
                fix=msg("add identity_code_ground: {{provision: '29 § ...', text: {{fi: ..., en: ...}}}} to the category, or stop collecting the identity code"),
                category=category["id"],
                reference=N_("Tietosuojalaki 1050/2018 29 §"),
            )
