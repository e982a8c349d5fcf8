"""PN120 purpose-without-basis: a purpose of processing states no legal basis.

What it does
    Reports every purpose without ``legal_basis`` (one of GDPR Art. 6(1)(a)-(f)).

Why it matters
    Art. 13(1)(c) (data from the data subject) and Art. 14(1)(c) (data from other
    sources) require the notice to give, for each purpose, the legal basis of the
    processing; where it is legitimate interests (f), Art. 13(1)(d) / 14(2)(b) require
    the interests to be stated too. The reference names Art. 14 as well when the notice
    lists sources other than the data subject.

Example
    purposes:
      - id: billing
        label: {fi: "laskutus, maksujen valvonta ja perintä", en: billing and collection}

How to fix
    Add ``legal_basis: art6-1-b`` (contract), ``art6-1-c`` (legal obligation),
    ``art6-1-f`` with ``legitimate_interest``, ``art6-1-a`` (consent) ... as decided
    by the controller, and publish it in the notice.

References
    GDPR Art. 6(1), Art. 13(1)(c)-(d), Art. 14(1)(c) and 14(2)(b).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN120"
NAME = "purpose-without-basis"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("A purpose of processing states no legal basis.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    for i, purpose in enumerate(ctx.policy.items("purposes")):
        if not purpose.get("legal_basis"):
            yield problem(
                location=ctx.policy.where("purposes", i),
                message=msg("purpose '{purpose}' has no legal basis", purpose=purpose["id"]),
                fix=msg("add legal_basis (art6-1-a .. art6-1-f) to the purpose and to the published notice"),
                reference=cite(ctx.policy, "13(1)(c)", "14(1)(c)"),
            )
