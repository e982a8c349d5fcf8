"""PN304 purpose-not-allowed: a category is used for a purpose the notice does not allow it for.

What it does
    For SQL bound to a purpose (see PN303), checks every personal column it reads —
    in the select list or only in WHERE / JOIN — against the ``purposes`` its category
    may serve. Categories without a ``purposes`` list may serve every listed purpose.

Why it matters
    Purpose limitation (GDPR Art. 5(1)(b)): the personal identity code collected for
    billing must not drive a marketing campaign.

Example
    -- notice-check: purpose=marketing
    SELECT etunimi, sahkoposti FROM asiakas WHERE henkilotunnus LIKE '%-%';

How to fix
    Drop the column from the query, or (if the purpose is compatible and lawful) add the
    purpose to the category's ``purposes`` in the notice.

References
    GDPR Art. 5(1)(b), Art. 6(4).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem

ID = "PN304"
NAME = "purpose-not-allowed"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("A category is used for a purpose the notice does not allow it for.")


def check(ctx: FlowContext) -> Iterator[Finding]:
    known = ctx.policy.ids("purposes")
    for flow in ctx.schema.flows:
        if flow.statement in ("delete", "server", "publication", "subscription"):
            continue
        purpose, how = ctx.estate.purpose_of(flow, ctx.tables)
        if purpose is None or purpose not in known:
            continue
        by_category: dict[str, list] = {}
        for ref, c in ctx.index.carried(flow.reads + flow.filters):
            category = ctx.policy.category(c.category) if c.category else None
            allowed = (category or {}).get("purposes")
            if allowed and purpose not in allowed:
                by_category.setdefault(c.category, []).append((ref, c))
        for category_id, carried in by_category.items():
            columns = ", ".join(f"{r.table}.{r.column}" for r, _ in carried)
            yield flow_problem(
                flow,
                msg("category '{category}' ({columns}) is used for purpose '{purpose}' ({how}), which the notice does not allow for it", category=category_id, columns=columns, purpose=purpose, how=how),
                fix=msg("do not read {columns} here, or add '{purpose}' to the purposes of category '{category}' if it is lawful", columns=columns, purpose=purpose, category=category_id),
                carried=carried,
                purpose=purpose,
                category=category_id,
                reference=N_("GDPR Art. 5(1)(b)"),
            )
