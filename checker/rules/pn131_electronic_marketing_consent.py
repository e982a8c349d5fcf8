"""PN131 electronic-marketing-consent: direct marketing to contact data without saying how electronic marketing is allowed.

What it does
    For each purpose with ``direct_marketing: true`` whose legal basis is not consent
    (``art6-1-a``) and that has no ``electronic_marketing`` statement, reports it when the
    notice keeps the contact kinds that ``laws.yaml`` records for the Act on Electronic
    Communications Services 917/2014, 200 § (e-mail addresses, phone numbers).

Why it matters
    Electronic direct marketing (e-mail, SMS, automated calls) to natural persons requires
    their prior consent (917/2014 200 § 1). The only exception is an address a customer gave
    in a sale, used for the seller's own similar products with a free opt-out when it is
    collected and in every message (200 § 2). A notice that markets "and sells at a
    distance" to customers' e-mail and phone numbers must say which applies.

Example
    purposes:
      - {id: marketing, direct_marketing: true, label: {fi: markkinointi ja etämyynti, en: ...}}
    categories:
      - {id: contact-details, kinds: [phone, email]}

How to fix
    Add ``electronic_marketing: consent`` (collect prior consent), ``existing-customers``
    (200 § 2, with the opt-out in every message) or ``not-used`` to the purpose, and say it
    in the notice.

References
    Laki sähköisen viestinnän palveluista 917/2014, 200 §; Directive 2002/58/EC Art. 13;
    GDPR Art. 21(2)-(3).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN131"
NAME = "electronic-marketing-consent"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("Direct marketing to e-mail or phone contacts without saying whether consent or the customer exception applies.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    kinds = set(ctx.legal.provision("sahkoisen-viestinnan-palvelut-917-2014", "200 §").get("kinds") or ())
    held = sorted({k for _, _, c in ctx.policy.categories() for k in c.get("kinds") or () if k in kinds})
    if not held:
        return
    for i, purpose in enumerate(ctx.policy.items("purposes")):
        if not purpose.get("direct_marketing") or purpose.get("legal_basis") == "art6-1-a" or purpose.get("electronic_marketing"):
            continue
        yield problem(
            location=ctx.policy.where("purposes", i),
            message=msg("direct-marketing purpose '{purpose}' may reach natural persons by {kinds}, but the notice does not say whether prior consent or the existing-customer exception applies",
                        purpose=purpose["id"], kinds=", ".join(held)),
            fix=msg("add electronic_marketing: consent | existing-customers | not-used to the purpose and state it in the notice"),
            reference=N_("Laki sähköisen viestinnän palveluista 917/2014 200 §"),
        )
