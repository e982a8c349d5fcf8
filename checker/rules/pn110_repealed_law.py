"""PN110 repealed-law: the notice cites a law that has been repealed.

What it does
    Finds references to repealed laws: every ``law:`` reference in the policy whose
    law has a ``repealed_on`` date in ``checker/data/legal/laws.yaml``, and every text
    of the notice that names such a law (for example "henkilötietolain mukaisesti").

Why it matters
    A notice that cites a repealed law misinforms data subjects about their rights.
    Henkilötietolaki (523/1999) was repealed on 1 January 2019 by Tietosuojalaki
    (1050/2018), which supplements the GDPR (applied since 25 May 2018).

Example
    rights:
      - right: access
        law: {law: henkilotietolaki-523-1999, provision: "26 §"}

How to fix
    Cite the law in force: for rights, the GDPR article (Art. 15 access, Art. 16
    rectification, Art. 21(2) objection to direct marketing); for the national
    supplement, Tietosuojalaki 1050/2018.

References
    Finlex: Henkilötietolaki 523/1999 (kumottu); Tietosuojalaki 1050/2018
    (entry-into-force provision, repealing 523/1999 from 1 January 2019).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from ..policy import law_references
from .base import PolicyContext, Scope, localized_texts, problem, statement_of

ID = "PN110"
NAME = "repealed-law"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("The notice cites a law that has been repealed.")


def _problem(ctx: PolicyContext, law_id: str, path: tuple, how: str) -> Finding:
    law = ctx.legal.laws[law_id]
    successor = law.get("repealed_by")
    successor_name = (ctx.legal.laws.get(successor, {}).get("name") or successor) if successor else None
    name = law.get("name") or law_id
    facts = {"how": how, "name": name, "number": law.get("number", ""), "date": law["repealed_on"]}
    if successor_name:
        message = msg("{how} {name} ({number}), repealed on {date} by {successor}", successor=successor_name, **facts)
        fix = msg("cite the law in force ({successor}) or the GDPR article instead", successor=successor_name)
    else:
        message = msg("{how} {name} ({number}), repealed on {date}", **facts)
        fix = msg("cite the law in force or the GDPR article instead")
    return problem(
        location=ctx.policy.where(*path),
        message=message,
        fix=fix,
        reference=msg("{name} {number}", name=name, number=law["number"]) if law.get("number") else msg("{name}", name=name),
    )


def check(ctx: PolicyContext) -> Iterator[Finding]:
    reported: set[tuple] = set()  # (statement, law): one finding per statement and law
    for path, law_id in law_references(ctx.policy.data):
        law = ctx.legal.laws.get(law_id)
        if law and law.get("repealed_on") and (statement_of(path), law_id) not in reported:
            reported.add((statement_of(path), law_id))
            yield _problem(ctx, law_id, path, msg("cites"))
    for path, text in localized_texts(ctx.policy.data):
        for law_id in ctx.legal.law_mentions(text):
            if ctx.legal.laws[law_id].get("repealed_on") and (statement_of(path), law_id) not in reported:
                reported.add((statement_of(path), law_id))
                yield _problem(ctx, law_id, path, msg("text names"))
