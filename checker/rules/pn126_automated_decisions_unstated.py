"""PN126 automated-decisions-unstated: the notice does not say whether automated decisions or profiling take place.

What it does
    Reports a notice without an ``automated_decisions`` statement, naming what in the
    notice suggests such processing: categories or sources with the catalog kinds, and
    category labels with the words, that ``laws.yaml`` records for GDPR Art. 22 (credit
    data; "asiakasanalyysi", profiling, scoring). Also reports ``used: true`` without
    ``logic`` or ``significance``.

Why it matters
    Art. 13(2)(f) and 14(2)(g) require the notice to tell the existence of automated
    decision-making, including profiling (Art. 22(1) and (4)), and then meaningful
    information about the logic involved and its significance and consequences. A utility
    that buys credit data and keeps customer analysis data may decide on contracts or
    deposits by credit score; the notice must say whether it does (WP251 rev.01).

Example
    category_groups:
      - categories:
          - {id: event-analytics, label: {fi: tapahtuma- ja asiakasanalyysitiedot, en: ...}}
    # no automated_decisions

How to fix
    Add ``automated_decisions: {used: false, text: {fi: "Automaattisia päätöksiä tai
    profilointia ei tehdä.", en: ...}, section: "3"}``, or ``used: true`` with ``logic``
    and ``significance``.

References
    GDPR Art. 13(2)(f), Art. 14(2)(g), Art. 22; Article 29 Working Party WP251 rev.01.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..i18n import Msg, N_, anded, listed, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, cite, problem

ID = "PN126"
NAME = "automated-decisions-unstated"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("The notice does not say whether automated decision-making or profiling takes place.")

WHAT = {"logic": N_("logic"), "significance": N_("significance")}


def indications(ctx: PolicyContext) -> list[Msg]:
    """What in the notice suggests automated decisions or profiling (GDPR Art. 22 in laws.yaml)."""
    provision = ctx.legal.provision("gdpr", "Art. 22")
    kinds = set(provision.get("kinds") or ())
    words = provision.get("mentions") or ()
    found = []
    for _, _, category in ctx.policy.categories():
        label = " ".join((category.get("label") or {}).values())
        if kinds & set(category.get("kinds") or ()) or any(re.search(w, label, re.IGNORECASE) for w in words):
            found.append(msg("category '{category}'", category=category["id"]))
    for source in ctx.policy.items("sources"):
        if kinds & set(source.get("kinds") or ()):
            found.append(msg("source '{source}' ({kinds})", source=source["id"], kinds=", ".join(sorted(kinds & set(source["kinds"])))))
    return found


def check(ctx: PolicyContext) -> Iterator[Finding]:
    statement = ctx.policy.data.get("automated_decisions")
    reference = cite(ctx.policy, "13(2)(f)", "14(2)(g)") + ", Art. 22"
    if statement:
        missing = [k for k in ("logic", "significance") if statement.get("used") and not statement.get(k)]
        if missing:
            yield problem(
                location=ctx.policy.where("automated_decisions"),
                message=msg("automated decisions are used, but the notice does not give their {missing}", missing=anded([msg(WHAT[k]) for k in missing])),
                fix=msg("add logic and significance (the envisaged consequences for the data subject) to automated_decisions"),
                reference=reference,
            )
        return
    found = indications(ctx)
    yield problem(
        location=ctx.policy.where("purposes") if "purposes" in ctx.policy.data else ctx.policy.where(),
        message=(msg("the notice does not say whether automated decision-making or profiling takes place; the notice keeps data that suggest it: {found}", found=listed(found))
                 if found else msg("the notice does not say whether automated decision-making or profiling takes place")),
        fix=msg("add automated_decisions: {{used: false, ...}}, or used: true with the logic and significance"),
        reference=reference,
    )
