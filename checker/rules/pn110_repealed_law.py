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

from ..model import Finding, Severity
from ..policy import law_references
from .base import PolicyContext, Scope, localized_texts, problem, statement_of

ID = "PN110"
NAME = "repealed-law"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = "The notice cites a law that has been repealed."
SUMMARY_FI = "Seloste viittaa kumottuun lakiin."


def _problem(ctx: PolicyContext, law_id: str, path: tuple, how: str) -> Finding:
    law = ctx.legal.laws[law_id]
    successor = law.get("repealed_by")
    successor_name = ctx.legal.laws.get(successor, {}).get("name", {}).get("en", successor) if successor else None
    name = law.get("name", {}).get("en", law_id)
    message = f"{how} {name} ({law.get('number', '')}), repealed on {law['repealed_on']}"
    if successor_name:
        message += f" by {successor_name}"
    return problem(
        location=ctx.policy.where(*path),
        message=message,
        fix=f"cite the law in force{' (' + successor_name + ')' if successor_name else ''} or the GDPR article instead",
        reference=f"{name} {law.get('number', '')}".strip(),
    )


def check(ctx: PolicyContext) -> Iterator[Finding]:
    reported: set[tuple] = set()  # (statement, law): one finding per statement and law
    for path, law_id in law_references(ctx.policy.data):
        law = ctx.legal.laws.get(law_id)
        if law and law.get("repealed_on") and (statement_of(path), law_id) not in reported:
            reported.add((statement_of(path), law_id))
            yield _problem(ctx, law_id, path, "cites")
    for path, text in localized_texts(ctx.policy.data):
        for law_id in ctx.legal.law_mentions(text):
            if ctx.legal.laws[law_id].get("repealed_on") and (statement_of(path), law_id) not in reported:
                reported.add((statement_of(path), law_id))
                yield _problem(ctx, law_id, path, "text names")
