"""PN202 unlisted-special-data: a column holds special-category, criminal or national-ID data the notice does not cover.

What it does
    Like PN201, for the kinds that the law protects most: the special categories of
    GDPR Art. 9(1) (racial or ethnic origin, political opinions, religious or
    philosophical beliefs, trade union membership, genetic, biometric and health
    data, sex life or sexual orientation), criminal convictions and offences (Art.
    10) and national identification numbers (Finland: Tietosuojalaki 1050/2018 29 §).
    Reported at any confidence except low, and the message names the article.

Why it matters
    Processing these is prohibited unless an Art. 9(2) exception applies (or Art.
    10, or the conditions of the national law for identity codes). Keeping them
    without the notice saying so is the most serious gap a schema can show.

Example
    ALTER TABLE asiakas ADD COLUMN terveydentila_lisatieto text;   -- health data

How to fix
    Remove the column, or establish the legal ground (Art. 9(2)), add the category
    to the notice with that ground, and annotate the column with its category.

References
    GDPR Art. 9, Art. 10; Tietosuojalaki 1050/2018 6 §, 7 §, 29 §.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, lowered, msg
from ..model import Finding, Severity
from .base import CheckContext, Scope, column_problem, uncovered

ID = "PN202"
NAME = "unlisted-special-data"
SEVERITY = Severity.ERROR
SCOPE = Scope.SCHEMA
SUMMARY = N_("A column holds special-category, criminal or national-ID data the notice does not cover.")

WHAT = {"special": N_("special-category data"), "criminal": N_("criminal-offence data"), "national-id": N_("a national identification number")}


def check(ctx: CheckContext) -> Iterator[Finding]:
    for c, kind in uncovered(ctx):
        if not kind.is_special:
            continue
        what = msg(WHAT[kind.gdpr_class])
        yield column_problem(
            c,
            msg("{table}.{column} holds {what}: {label} ({article}), which the notice does not cover", table=c.column.table, column=c.column.name, what=what, label=lowered(kind.label, kind.id), article=msg(kind.article)),
            fix=msg("remove the column, or add a category with kinds: [{kind}] and its legal ground ({article}) to the notice", kind=kind.id, article=msg(kind.article)),
            reference=kind.article,
        )
