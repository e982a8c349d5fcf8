"""PN128 purpose-basis-elsewhere: a purpose stated outside the purposes section, or a disclosure to the group, has no legal basis.

What it does
    Reports each purpose that a source or recipient states in its own sentence
    (``stated_purposes``) without a ``legal_basis`` and without naming a listed purpose
    (``purpose``) that has one; and each recipient of type ``group-company`` without a
    ``legal_basis`` for the disclosure.

Why it matters
    Every purpose needs its own legal basis (Art. 6(1), Art. 13(1)(c) / 14(1)(c)), wherever
    the notice states it: "calls may be recorded to verify customer transactions and to
    improve the quality of services" adds two purposes to those of section 3. Companies of
    one group are separate controllers: there is no intra-group privilege, and a disclosure
    to a group company needs its own basis (recital 48 allows legitimate interests to be
    considered, not presumed).

Example
    sources:
      - id: call-recording
        stated_purposes:
          - text: {fi: asiakastapahtuman varmentaminen, en: verifying customer transactions}

How to fix
    Give each stated purpose a ``legal_basis`` (or ``purpose:`` the listed purpose it
    belongs to), give group-company recipients the ``legal_basis`` of the disclosure, and
    publish them.

References
    GDPR Art. 6(1), Art. 13(1)(c), Art. 14(1)(c); recital 48.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN128"
NAME = "purpose-basis-elsewhere"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("A purpose stated outside the purposes section, or a disclosure to the group, has no legal basis.")

KINDS = {"sources": N_("source"), "recipients": N_("recipient")}


def check(ctx: PolicyContext) -> Iterator[Finding]:
    bases = {p["id"]: p.get("legal_basis") for p in ctx.policy.items("purposes")}
    reference = cite(ctx.policy, "13(1)(c)", "14(1)(c)") + ", Art. 6(1)"
    for section in ("sources", "recipients"):
        for i, item in enumerate(ctx.policy.items(section)):
            for k, stated in enumerate(item.get("stated_purposes") or ()):
                if stated.get("legal_basis") or bases.get(stated.get("purpose") or ""):
                    continue
                yield problem(
                    location=ctx.policy.where(section, i, "stated_purposes", k),
                    message=msg("purpose '{purpose}' is stated in section {section} ({kind} '{item}'), outside the purposes, and has no legal basis",
                                purpose=stated["text"], section=item.get("section", "?"), kind=msg(KINDS[section]), item=item["id"]),
                    fix=msg("add legal_basis (art6-1-a .. art6-1-f) to the stated purpose, or purpose: <a listed purpose with a legal basis>"),
                    reference=reference,
                )
    for i, recipient in enumerate(ctx.policy.items("recipients")):
        if recipient.get("type") == "group-company" and not recipient.get("legal_basis"):
            yield problem(
                location=ctx.policy.where("recipients", i),
                message=msg("disclosure to the group company '{recipient}' has no legal basis; group companies are separate controllers", recipient=recipient["id"]),
                fix=msg("add legal_basis to the recipient (e.g. art6-1-f with the legitimate interest, recital 48) and publish it"),
                reference=reference + ", recital 48",
            )
