"""PN132 gdpr-not-cited: the notice never mentions the GDPR.

What it does
    Reports a notice in which no ``law:`` reference names the GDPR and no text names it (by
    the ``mentions`` of ``gdpr`` in ``laws.yaml``: "GDPR", "tietosuoja-asetus", "2016/679" ...).

Why it matters
    Since 25 May 2018 processing of personal data is governed by the GDPR itself; the
    Data Protection Act 1050/2018 only supplements it (1 §). A notice written "under the
    Data Protection Act" or the repealed Personal Data Act leaves data subjects without the
    law their rights rest on (Art. 12-22), and usually predates the Art. 13/14 duties.

Example
    legal_framework:
      - {law: tietosuojalaki-1050-2018, text: {fi: Tietosuojalain (1050/2018) mukainen tietosuojaseloste, en: ...}}

How to fix
    Cite the GDPR: ``- {law: gdpr, text: {fi: "EU:n yleisen tietosuoja-asetuksen (EU) 2016/679
    13 ja 14 artiklan mukainen tietosuojaseloste", en: ...}}``.

References
    GDPR Art. 12-14, Art. 99(2); Tietosuojalaki 1050/2018 1 §.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from ..policy import law_references
from .base import PolicyContext, Scope, localized_texts, problem

ID = "PN132"
NAME = "gdpr-not-cited"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("The notice never mentions the GDPR.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    if any(law == "gdpr" for _, law in law_references(ctx.policy.data)):
        return
    if any("gdpr" in ctx.legal.law_mentions(text) for _, text in localized_texts(ctx.policy.data)):
        return
    where = ctx.policy.where("legal_framework") if "legal_framework" in ctx.policy.data else ctx.policy.where()
    yield problem(
        location=where,
        message=msg("the notice never mentions the GDPR (EU) 2016/679, the law the processing and the data subjects' rights rest on"),
        fix=msg("cite the GDPR in the notice's legal framework (law: gdpr) and in the rights"),
        reference=N_("GDPR Art. 12-14; Tietosuojalaki 1050/2018 1 §"),
    )
