"""PN306 retention-exceeded: a purge keeps data longer than the notice promises.

What it does
    Reads purge statements — ``DELETE FROM t WHERE col < now() - interval 'N unit'``
    and the ``DATE_SUB`` / ``DATEADD`` spellings of other dialects — and compares N with
    the retention period of the categories that table ``t`` holds (the category's
    ``retention.period``, or a policy-level ``retention`` statement naming it). Purges that
    live outside the checked SQL — a scheduled job, a system's retention setting, a
    documented procedure — are declared in the data map's ``purges`` with their period,
    and are compared the same way (the finding points at the data-map entry).

Why it matters
    Storage limitation (GDPR Art. 5(1)(e)): data kept longer than the notice says
    breaks a promise made to every data subject (Art. 13(2)(a)).

Example
    -- notice: call recordings are kept 6 months (P6M)
    DELETE FROM puhelutallenne WHERE tallennettu < now() - interval '12 months';

    # data map: the recordings system deletes them itself, after a year
    purges: [{category: call-recordings, period: P12M, by: system, name: Puhelinvaihde}]

How to fix
    Purge at the promised age (``interval '6 months'``, or the job's or system's setting),
    or change the notice first if a longer period is justified.

References
    GDPR Art. 5(1)(e), Art. 13(2)(a).
"""
from __future__ import annotations

from collections.abc import Iterator

from ..flowmap import PURGE_BY, iso_days
from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import FlowContext, Scope, flow_problem, problem

ID = "PN306"
NAME = "retention-exceeded"
SEVERITY = Severity.ERROR
SCOPE = Scope.FLOW
SUMMARY = N_("A purge statement keeps data longer than the notice's retention period.")


def retention_periods(policy) -> dict[str, str]:
    """category id -> shortest promised ISO period (own retention or policy-level statements)."""
    periods: dict[str, str] = {}
    for _, _, c in policy.categories():
        period = (c.get("retention") or {}).get("period")
        if period:
            periods[c["id"]] = period
    for r in policy.items("retention"):
        for category in r.get("categories") or ():
            if r.get("period") and (category not in periods or (iso_days(r["period"]) or 0) < (iso_days(periods[category]) or 0)):
                periods[category] = r["period"]
    return periods


def check(ctx: FlowContext) -> Iterator[Finding]:
    periods = retention_periods(ctx.policy)
    for flow in ctx.schema.flows:
        purge = flow.purge
        if purge is None:
            continue
        held = {c.category for (table, _), c in ctx.index.by_column.items() if table == purge.table and c.category in periods}
        for category in sorted(held):
            promised = periods[category]
            if purge.days > (iso_days(promised) or 0) * 1.001:
                yield flow_problem(
                    flow,
                    msg("purge of {table} keeps rows for {period} (by {column}), longer than the notice's {promised} for category '{category}'",
                        table=purge.table, period=purge.period, column=purge.column, promised=promised, category=category),
                    fix=msg("delete rows older than {promised}, or change the notice first", promised=promised),
                    purpose=None,
                    category=category,
                    reference=N_("GDPR Art. 5(1)(e), Art. 13(2)(a)"),
                )
    for declared in ctx.estate.purges:
        promised = periods.get(declared.category)
        if promised is None or declared.days is None:
            continue
        if declared.days > (iso_days(promised) or 0) * 1.001:
            yield problem(
                location=declared.location,
                message=msg("the data map's purge of category '{category}' ({by} '{name}') keeps data for {period}, longer than the notice's {promised}",
                            category=declared.category, by=msg(PURGE_BY[declared.by]), name=declared.name, period=declared.period, promised=promised),
                fix=msg("delete data older than {promised}, or change the notice first", promised=promised),
                category=declared.category,
                reference=N_("GDPR Art. 5(1)(e), Art. 13(2)(a)"),
            )
