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

from ..i18n import Msg, N_, anded, msg
from ..model import Finding, Severity
from ..policy import law_references
from .base import PolicyContext, Scope, grouped_places, localized_texts, problem
from .pn122_rights_missing import ARTICLES

ID = "PN110"
NAME = "repealed-law"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("The notice cites a law that has been repealed.")


def _fix(law: dict, rights: list[str]) -> Msg:
    """The law's ``replaced_by_note``, led by the GDPR articles of the rights the sentence states."""
    note = law.get("replaced_by_note") or ""
    articles = [msg("GDPR {article} ({right})", article=msg(ARTICLES[r]), right=r) for r in rights if r in ARTICLES]
    if articles:
        return msg("cite {articles} instead. {note}", articles=anded(articles), note=note)
    return msg("cite the law in force instead. {note}", note=note)


def check(ctx: PolicyContext) -> Iterator[Finding]:
    places = [(law_id, path) for path, law_id in law_references(ctx.policy.data) if ctx.legal.laws.get(law_id, {}).get("repealed_on")]
    for path, text in localized_texts(ctx.policy.data):
        places += [(law_id, path) for law_id in ctx.legal.law_mentions(text) if ctx.legal.laws[law_id].get("repealed_on")]
    for group in grouped_places(ctx.policy, places):
        law_id, related = group.key, group.related
        law = ctx.legal.laws[law_id]
        rights = [ctx.policy.data["rights"][stmt[1]].get("right") for stmt in group.statements if stmt[0] == "rights" and len(stmt) == 2]
        name = law.get("name") or law_id
        successor = ctx.legal.laws.get(law.get("repealed_by") or "", {})
        facts = {"name": name, "number": law.get("number", ""), "date": law["repealed_on"]}
        message = msg("cites {name} ({number}), repealed on {date}", **facts)
        if successor:
            by = law.get("repealed_by_provision")
            successor_facts = {"successor": successor.get("name") or law["repealed_by"], "successor_number": successor.get("number", "")}
            message = (msg("cites {name} ({number}), repealed on {date} by {successor} {successor_number} ({provision})", provision=by, **facts, **successor_facts)
                       if by else msg("cites {name} ({number}), repealed on {date} by {successor} {successor_number}", **facts, **successor_facts))
        if related:
            message = msg("{message}; the same sentence stands in {n} places", message=message, n=len(related) + 1)
        yield problem(
            location=group.location,
            message=message,
            fix=_fix(law, [r for r in rights if r]),
            reference=msg("{name} {number}", name=name, number=law["number"]) if law.get("number") else msg("{name}", name=name),
            related=related,
        )
