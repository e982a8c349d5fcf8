"""PN122 rights-missing: the notice does not tell data subjects all their rights.

What it does
    Reports each right of GDPR Art. 13(2)(b)-(d) that ``rights`` does not list:
    access, rectification, erasure, restriction, objection and complaint to a
    supervisory authority always; data portability and withdrawal of consent unless
    every purpose states a legal basis that excludes them (portability applies to
    consent and contract, withdrawal to consent).

Why it matters
    A data subject who is not told of a right cannot use it. Notices written for the
    old Henkilötietolaki list only inspection, rectification and the direct-marketing
    ban.

Example
    rights:
      - right: access
      - right: rectification

How to fix
    Add the missing rights, with how to use them, e.g.
    ``- right: erasure`` / ``text: {fi: "oikeus tietojen poistamiseen", en: "right to erasure"}``.

References
    GDPR Art. 13(2)(b)-(d), Art. 15-22, Art. 7(3), Art. 77.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Severity
from .base import PolicyContext, Problem

ID = "PN122"
NAME = "rights-missing"
SEVERITY = Severity.ERROR
SCOPE = "policy"
SUMMARY = "The notice does not tell data subjects all their rights."

ALWAYS = ("access", "rectification", "erasure", "restriction", "objection", "complaint")
ARTICLES = {
    "access": "Art. 15", "rectification": "Art. 16", "erasure": "Art. 17", "restriction": "Art. 18",
    "portability": "Art. 20", "objection": "Art. 21", "withdraw-consent": "Art. 7(3)", "complaint": "Art. 77",
}


def required_rights(purposes: list[dict]) -> list[str]:
    required = list(ALWAYS)
    bases = [p.get("legal_basis") for p in purposes]
    unknown = any(b is None for b in bases) or not bases
    if unknown or any(b in ("art6-1-a", "art6-1-b") for b in bases):
        required.insert(4, "portability")
    if unknown or "art6-1-a" in bases:
        required.append("withdraw-consent")
    return required


def check(ctx: PolicyContext) -> Iterator[Problem]:
    stated = {r.get("right") for r in ctx.policy.items("rights")}
    if ctx.policy.data.get("supervisory_authority"):
        stated.add("complaint")
    where = ctx.policy.where("rights") if "rights" in ctx.policy.data else ctx.policy.where()
    for right in required_rights(ctx.policy.items("purposes")):
        if right not in stated:
            yield Problem(
                location=where,
                message=f"the right '{right}' (GDPR {ARTICLES[right]}) is not listed",
                fix=f"add '- right: {right}' with how to use it to rights",
                reference=f"GDPR {ARTICLES[right]}, Art. 13(2)",
            )
