"""PN122 rights-missing: the notice does not tell data subjects all their rights.

What it does
    Reports each data-subject right of GDPR Art. 13(2)(b)-(d) that applies to the
    processing but that ``rights`` does not list:

    - always: access (Art. 15), rectification (Art. 16), erasure (Art. 17),
      restriction (Art. 18) and complaint to a supervisory authority (Art. 77;
      a ``supervisory_authority`` entry counts);
    - data portability (Art. 20) when a purpose is based on consent (6(1)(a)) or a
      contract (6(1)(b)), Art. 20(1);
    - objection (Art. 21(1)) when a purpose is based on a public task (6(1)(e)) or
      legitimate interests (6(1)(f));
    - objection to direct marketing (Art. 21(2), ``object-direct-marketing``) when a
      purpose has ``direct_marketing: true``, whatever its basis; a general
      ``objection`` does not count, as Art. 21(4) requires this right to be presented
      explicitly and separately;
    - withdrawal of consent (Art. 7(3), Art. 13(2)(c)) when a purpose is based on
      consent.

    Where a purpose states no legal basis (see PN120), the rights that depend on the
    basis (portability, objection, withdrawal of consent) cannot be ruled out and are
    required too.

Why it matters
    A data subject who is not told of a right cannot use it. Notices written for the
    old Henkilötietolaki list only inspection, rectification and the direct-marketing
    ban. Listing rights that do not apply (e.g. portability for processing required
    by law) misleads as well, so only the applicable ones are required.

Example
    purposes:
      - {id: billing, legal_basis: art6-1-b, ...}
    rights:
      - right: access
      - right: rectification
    # missing: erasure, restriction, portability, complaint

How to fix
    Add the missing rights, with how to use them, e.g.
    ``- right: erasure`` / ``text: {fi: "oikeus tietojen poistamiseen", en: "right to erasure"}``,
    or state the legal bases of the purposes so that the rights that do not apply are
    no longer required.

References
    GDPR Art. 13(2)(b)-(d), Art. 14(2)(c)-(e) (data not from the data subject), Art. 15-18, Art. 20(1), Art. 21(1), 21(2) and 21(4),
    Art. 7(3), Art. 77.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN122"
NAME = "rights-missing"
SEVERITY = Severity.ERROR
SCOPE = Scope.POLICY
SUMMARY = N_("The notice does not tell data subjects all their rights.")

ALWAYS = ("access", "rectification", "erasure", "restriction")
ARTICLES = {
    "access": N_("Art. 15"), "rectification": N_("Art. 16"), "erasure": N_("Art. 17"), "restriction": N_("Art. 18"),
    "portability": N_("Art. 20"), "objection": N_("Art. 21(1)"), "object-direct-marketing": N_("Art. 21(2)"),
    "withdraw-consent": N_("Art. 7(3)"), "complaint": N_("Art. 77"),
}
# Rights that exist only for some legal bases (Art. 6(1) points), and why.
BY_BASIS = (
    ("portability", ("art6-1-a", "art6-1-b"), N_("Art. 20(1): processing based on consent or a contract")),
    ("objection", ("art6-1-e", "art6-1-f"), N_("Art. 21(1): processing based on Art. 6(1)(e) or (f)")),
    ("withdraw-consent", ("art6-1-a",), N_("Art. 7(3): processing based on consent")),
)


def _purposes(ids: list[str]) -> str:
    if not ids:
        return msg("no purposes")
    if len(ids) > 3:
        return msg("{n} purposes", n=len(ids))
    return msg("purposes {ids}", ids=", ".join(f"'{i}'" for i in ids))


def required_rights(purposes: list[dict]) -> dict[str, str]:
    """The rights the notice must list, each with the reason it applies (in notice order)."""
    bases = [p.get("legal_basis") for p in purposes]
    unknown = [p.get("id", "?") for p in purposes if not p.get("legal_basis")]
    required = {right: msg("applies to all processing") for right in ALWAYS}
    for right, codes, why in BY_BASIS:
        using = [p.get("id", "?") for p in purposes if p.get("legal_basis") in codes]
        if using:
            required[right] = msg("{why} ({purposes})", why=msg(why), purposes=_purposes(using))
        elif unknown or not bases:
            required[right] = msg("{why}; cannot be ruled out, as {purposes} state no legal basis", why=msg(why), purposes=_purposes(unknown))
    marketing = [p.get("id", "?") for p in purposes if p.get("direct_marketing")]
    if marketing:
        required["object-direct-marketing"] = msg("Art. 21(2): direct marketing ({purposes})", purposes=_purposes(marketing))
    required["complaint"] = msg("applies to all processing")
    order = list(ARTICLES)
    return dict(sorted(required.items(), key=lambda item: order.index(item[0])))


def check(ctx: PolicyContext) -> Iterator[Finding]:
    stated = {r.get("right") for r in ctx.policy.items("rights")}
    if ctx.policy.data.get("supervisory_authority"):
        stated.add("complaint")
    where = ctx.policy.where("rights") if "rights" in ctx.policy.data else ctx.policy.where()
    for right, why in required_rights(ctx.policy.items("purposes")).items():
        if right not in stated:
            yield problem(
                location=where,
                message=msg("the right '{right}' (GDPR {article}) is not listed; {why}", right=right, article=msg(ARTICLES[right]), why=why),
                fix=msg("add '- right: {right}' with how to use it to rights", right=right),
                reference=f"GDPR {ARTICLES[right]}, " + cite(ctx.policy, "13(2)(b)-(d)", "14(2)(c)-(e)").removeprefix("GDPR "),
            )
