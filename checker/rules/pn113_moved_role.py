"""PN113 moved-role: the notice credits a data exchange or role to an organisation that no longer holds it.

What it does
    For every organisation in ``checker/data/legal/authorities.yaml`` with ``roles_moved``,
    finds statements of the notice that name the organisation (its aliases, or a source's
    ``organisation``) and the role (the role's ``mentions``), and reports that the role has
    moved, to whom, on which date and what the new arrangement covers. One sentence reused
    by several entries is one finding listing every place.

Why it matters
    The source of the data must be told correctly (GDPR Art. 14(2)(f)). The electricity
    retail market's information exchange, whose message guidelines Energiateollisuus ry
    published, moved to Fingrid Datahub Oy's centralised Datahub on 21 February 2022. Datahub
    covers electricity only: a district-heating or gas seller gets nothing through it, so
    a notice that still names the old exchange is either out of date or wrong about the source.

Example
    sources:
      - id: electricity-market-data-exchange
        organisation: energiateollisuus
        text: {fi: "Tietoja päivitetään myös Energiateollisuuden julkaisemien
                    sähkömarkkinoiden tiedonvaihdon perusteella.", en: ...}

How to fix
    Name the organisation that holds the role now (here Fingrid Datahub Oy) if the data
    still come that way, or remove the sentence if they do not (Datahub carries no
    district-heating or gas data).

References
    GDPR Art. 14(2)(f); Sähkömarkkinalaki 588/2013 (Datahub); Fingrid: Datahub went live
    on 21 February 2022.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, grouped_places, localized_texts, problem, statement_of

ID = "PN113"
NAME = "moved-role"
SEVERITY = Severity.INFO
SCOPE = Scope.POLICY
SUMMARY = N_("The notice credits a data exchange or role to an organisation that no longer holds it.")


def _names_role(role: dict, text: str) -> bool:
    return any(re.search(pattern, text, re.IGNORECASE) for pattern in role.get("mentions") or ())


def check(ctx: PolicyContext) -> Iterator[Finding]:
    organisations = {("sources", i): s.get("organisation") for i, s in enumerate(ctx.policy.items("sources"))}
    texts = list(localized_texts(ctx.policy.data))
    roles = {}
    places = []
    for org_id, role in ctx.legal.moved_roles():
        roles[(org_id, role["id"])] = role
        for path, text in texts:
            named = org_id in ctx.legal.authority_mentions(text) or organisations.get(statement_of(path)) == org_id
            if named and _names_role(role, text):
                places.append(((org_id, role["id"]), path))
    for group in grouped_places(ctx.policy, places):
        org_id, role_id = group.key
        role = roles[group.key]
        old = ctx.legal.authorities[org_id].get("name", {}).get("fi", org_id)
        new = ctx.legal.authorities.get(role["moved_to"], {}).get("name", {}).get("fi", role["moved_to"])
        yield problem(
            location=group.location,
            message=msg("the notice credits the {role} to {old}; it moved to {new} on {date}. {note}",
                        role=role["role"], old=old, new=new, date=role["moved_on"], note=role["scope_note"]),
            fix=msg("name {new} if the data still come this way, or remove the sentence if they do not", new=new),
            reference=N_("GDPR Art. 14(2)(f)"),
            related=group.related,
        )
