"""PN112 defunct-authority: the notice names an authority or organisation that no longer exists.

What it does
    Reports sources whose ``organisation`` is marked as ceased in
    ``checker/data/legal/authorities.yaml``, and texts of the notice that name such an
    organisation (by its aliases, including Finnish inflected forms).

Why it matters
    Data subjects must be told where their data comes from (GDPR Art. 14(2)(f)).
    Väestörekisterikeskus merged with the local register offices into the Digital and
    Population Data Services Agency (Digi- ja väestötietovirasto, DVV) on 1 January 2020.

Example
    sources:
      - id: population-register
        organisation: vaestorekisterikeskus

How to fix
    Name the successor (here DVV, ``organisation: dvv``) and update the notice text.
    One sentence reused by several entries (a YAML alias) is one finding listing every place.

References
    Laki Digi- ja väestötietovirastosta 304/2019; GDPR Art. 14(2)(f).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, grouped_places, localized_texts, problem

ID = "PN112"
NAME = "defunct-authority"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("The notice names an authority or organisation that no longer exists.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    places = []
    for i, source in enumerate(ctx.policy.items("sources")):
        org = ctx.legal.authorities.get(source.get("organisation") or "")
        if org and org.get("exists") is False:
            places.append((org["id"], ("sources", i, "organisation")))
    for path, text in localized_texts(ctx.policy.data):
        places += [(org_id, path) for org_id in ctx.legal.authority_mentions(text) if ctx.legal.authorities[org_id].get("exists") is False]
    for group in grouped_places(ctx.policy, places):
        org = ctx.legal.authorities[group.key]
        name = org.get("name", {}).get("fi", group.key)
        successor = ctx.legal.authorities.get(org.get("merged_into") or "", {}).get("name", {}).get("fi")
        if successor:
            message = msg("{name} no longer exists (ceased {date}); its duties passed to {successor}", name=name, date=org.get("ceased_on"), successor=successor)
        else:
            message = msg("{name} no longer exists (ceased {date})", name=name, date=org.get("ceased_on"))
        if group.related:
            message = msg("{message}; the same sentence stands in {n} places", message=message, n=len(group.related) + 1)
        fix = msg("name {successor} instead", successor=successor) if successor else msg("name the organisation that now holds the register")
        yield problem(
            location=group.location,
            message=message,
            fix=msg("{fix}. {note}", fix=fix, note=org.get("successor_note") or ""),
            reference=N_("GDPR Art. 14(2)(f)"),
            related=group.related,
        )
