"""PN123 source-kind-unlisted: a source provides data that no category of the notice lists.

What it does
    For every source with ``kinds`` (the personal-data kinds it is known to provide),
    reports each kind that no data category covers.

Why it matters
    Where data are not obtained from the data subject, the notice must list the
    categories of data concerned (Art. 14(1)(d)) and their source (Art. 14(2)(f)).
    A utility that buys credit information from Suomen Asiakastieto Oy keeps credit
    data, even if section 4 of the notice does not say so.

Example
    sources:
      - id: asiakastieto
        organisation: suomen-asiakastieto
        kinds: [credit-data]

How to fix
    Add a category covering the kind (e.g. ``credit-data`` "luottotiedot") to the
    notice, or remove the source if the data is not in fact obtained.

References
    GDPR Art. 14(1)(d), Art. 14(2)(f).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, problem

ID = "PN123"
NAME = "source-kind-unlisted"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("A source provides data that no category of the notice lists.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    for i, source in enumerate(ctx.policy.items("sources")):
        for k, kind_id in enumerate(source.get("kinds") or ()):
            if ctx.policy.covering_categories(kind_id):
                continue
            kind = ctx.catalog.kind(kind_id)
            label = (kind.label or kind_id) if kind else kind_id
            yield problem(
                location=ctx.policy.where("sources", i, "kinds", k),
                message=msg("source '{source}' provides {label} ({kind}), but no category of the notice lists it", source=source["id"], label=label, kind=kind_id),
                fix=msg("add a category with kinds: [{kind}] to section 4 of the notice", kind=kind_id),
                kind=kind_id,
                reference=N_("GDPR Art. 14(1)(d)"),
            )
