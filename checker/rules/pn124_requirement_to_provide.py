"""PN124 requirement-to-provide: the notice does not say whether the data must be provided.

What it does
    When the notice collects data from the data subject (a source with ``origin:
    data-subject``, or no sources at all), reports a missing ``requirement_to_provide``:
    whether providing the data is a statutory or contractual requirement or needed to enter
    into a contract, whether the data subject must provide it, and what follows if not.

Why it matters
    Art. 13(2)(e) makes this mandatory information. A customer of an energy utility is
    asked for a personal identity code and bank details: they must know whether the supply
    contract depends on it (a contractual requirement) and what happens if they refuse.

Example
    sources:
      - {id: data-subject, label: {fi: asiakas, en: customer}, feeds: [customer-name]}
    # no requirement_to_provide

How to fix
    Add ``requirement_to_provide: {contractual: true, text: {fi: "Nimi, osoite ja
    henkilötunnus tarvitaan sopimuksen tekemiseen; ilman niitä emme voi toimittaa
    energiaa.", en: ...}, section: "4"}``.

References
    GDPR Art. 13(2)(e).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem, source_origin

ID = "PN124"
NAME = "requirement-to-provide"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("The notice does not say whether providing the data is a statutory or contractual requirement.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    sources = ctx.policy.items("sources")
    from_subject = [i for i, s in enumerate(sources) if source_origin(s) == "data-subject"]
    if ctx.policy.data.get("requirement_to_provide") or (sources and not from_subject):
        return
    where = ctx.policy.where("sources", from_subject[0]) if from_subject else ctx.policy.where()
    yield problem(
        location=where,
        message=msg("the notice collects data from the data subject but does not say whether providing them is a statutory or contractual requirement, whether they must be provided, or what follows if they are not"),
        fix=msg("add requirement_to_provide: {{statutory/contractual: ..., text: {{fi: ..., en: ...}}}} with the consequences of not providing the data"),
        reference=N_("GDPR Art. 13(2)(e)"),
    )
