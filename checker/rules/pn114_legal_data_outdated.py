"""PN114 legal-data-outdated: the legal facts notice-check relies on are older than their stated review age.

What it does
    Reads ``as_of`` and ``review_within_days`` of each legal data file in
    ``checker/data/legal/`` (laws, safeguards, authorities, EU/EEA and adequacy decisions)
    and warns when today is more than ``review_within_days`` after ``as_of``. Dated facts
    inside the files are read too: a safeguard or adequacy decision past its
    ``valid_until`` already counts as invalid (PN111, PN302).

Why it matters
    Transfer mechanisms are annulled (Safe Harbor 2015, Privacy Shield 2020), adequacy
    decisions expire or are renewed, and appeals are decided (C-703/25 P on the EU-U.S.
    Data Privacy Framework is pending). A check that runs on stale facts can pass a notice
    that is no longer lawful, or flag one that is.

Example
    # checker/data/legal/safeguards.yaml
    as_of: "2026-12-05"
    review_within_days: 180      # from 2027-06-03 on, PN114 warns

How to fix
    Update notice-check to a release with fresh legal data, or re-check the file's facts
    against its sources and update ``as_of``.

References
    GDPR Art. 45(3)-(5) (review, amendment and repeal of adequacy decisions), Art. 5(2)
    (accountability).
"""
from __future__ import annotations

import datetime
from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Location, Severity
from .base import PolicyContext, Scope, problem

ID = "PN114"
NAME = "legal-data-outdated"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("The legal facts notice-check relies on are older than their stated review age.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    for path, (as_of, days) in sorted(ctx.legal.freshness.items()):
        if not as_of or not days:
            continue
        age = (ctx.today - datetime.date.fromisoformat(as_of)).days
        if age > days:
            yield problem(
                location=Location(path),
                message=msg("legal data last checked on {date}, {age} days ago (review within {days} days): decisions, cases and laws may have changed since",
                            date=as_of, age=age, days=days),
                fix=msg("update notice-check to a release with current legal data, or re-check the file against its sources and update as_of"),
                reference=N_("GDPR Art. 45(3)-(5), Art. 5(2)"),
            )
