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
    Cite the law in force. For data subjects' rights the citation is the GDPR itself,
    Art. 15-22 (Art. 15 access, Art. 16 rectification, Art. 21(2)-(3) objection to
    direct marketing); the Data Protection Act 1050/2018 only supplements the GDPR.
    The fix hint quotes the law's ``replaced_by_note`` from ``laws.yaml``. One sentence
    reused by several entries (a YAML alias) is one finding listing every place.

References
    Finlex: Henkilötietolaki 523/1999 (kumottu); Tietosuojalaki 1050/2018, 37 §
    (repeals 523/1999 from 1 January 2019); GDPR Art. 15-22.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Severity
from ..policy import law_references
from .base import PolicyContext, Scope, grouped_places, localized_texts, problem
from .pn122_rights_missing import ARTICLES

ID = "PN110"
NAME = "repealed-law"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = "The notice cites a law that has been repealed."
SUMMARY_FI = "Seloste viittaa kumottuun lakiin."


def _fix(law: dict, rights: list[str]) -> str:
    """The law's ``replaced_by_note``, led by the GDPR articles of the rights the sentence states."""
    note = (law.get("replaced_by_note") or {}).get("en", "")
    articles = " and ".join(f"GDPR {ARTICLES[r]} ({r})" for r in rights if r in ARTICLES)
    return (f"cite {articles} instead. " if articles else "cite the law in force instead. ") + note


def check(ctx: PolicyContext) -> Iterator[Finding]:
    places = [(law_id, path) for path, law_id in law_references(ctx.policy.data) if ctx.legal.laws.get(law_id, {}).get("repealed_on")]
    for path, text in localized_texts(ctx.policy.data):
        places += [(law_id, path) for law_id in ctx.legal.law_mentions(text) if ctx.legal.laws[law_id].get("repealed_on")]
    for group in grouped_places(ctx.policy, places):
        law_id, related = group.key, group.related
        law = ctx.legal.laws[law_id]
        rights = [ctx.policy.data["rights"][stmt[1]].get("right") for stmt in group.statements if stmt[0] == "rights" and len(stmt) == 2]
        name = law.get("name", {}).get("en", law_id)
        successor = ctx.legal.laws.get(law.get("repealed_by") or "", {})
        message = f"cites {name} ({law.get('number', '')}), repealed on {law['repealed_on']}"
        if successor:
            by = f" ({law['repealed_by_provision']})" if law.get("repealed_by_provision") else ""
            message += f" by {successor.get('name', {}).get('en')} {successor.get('number', '')}{by}"
        if related:
            message += f"; the same sentence stands in {len(related) + 1} places"
        yield problem(
            location=group.location,
            message=message,
            fix=_fix(law, [r for r in rights if r]),
            reference=f"{name} {law.get('number', '')}".strip(),
            related=related,
        )
