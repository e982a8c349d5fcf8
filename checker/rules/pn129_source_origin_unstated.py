"""PN129 source-origin-unstated: a third-party source does not say whether it is publicly accessible.

What it does
    For every source that is not the data subject (``origin: third-party``, or any source
    naming an ``organisation``), reports a missing ``publicly_accessible``, and says when the
    source also names no category or kind it provides. Sources that share one sentence of
    the notice are one finding listing every place.

Why it matters
    Art. 14(2)(f) requires the notice to tell, for data not obtained from the data subject,
    from which source they originate and, if applicable, whether it came from publicly
    accessible sources; Art. 14(1)(d) requires the categories concerned. "The register of
    another controller offering a similar service" names neither.

Example
    sources:
      - {id: land-survey, organisation: maanmittauslaitos, feeds: [property-data]}

How to fix
    Add ``publicly_accessible: true`` (e.g. the property register) or ``false`` (e.g. credit
    information) to each source, name the source itself where possible, and list the
    categories it provides (``feeds``).

References
    GDPR Art. 14(2)(f), Art. 14(1)(d); WP260 rev.01 (transparency guidelines), annex.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..i18n import N_, msg
from ..model import Finding, Severity
from .base import PolicyContext, Scope, grouped_places, problem, source_origin

ID = "PN129"
NAME = "source-origin-unstated"
SEVERITY = Severity.WARNING
SCOPE = Scope.POLICY
SUMMARY = N_("A source other than the data subject does not say whether it is publicly accessible.")


def check(ctx: PolicyContext) -> Iterator[Finding]:
    sources = ctx.policy.items("sources")
    places = [(None, ("sources", i)) for i, s in enumerate(sources) if source_origin(s) == "third-party" and "publicly_accessible" not in s]
    for group in grouped_places(ctx.policy, places):
        named = [sources[stmt[1]] for stmt in group.statements]
        blind = [s["id"] for s in named if not s.get("feeds") and not s.get("kinds")]
        ids = ", ".join(f"'{s['id']}'" for s in named)
        message = (msg("sources {ids} do not say whether the data come from publicly accessible sources", ids=ids) if len(named) > 1
                   else msg("source {ids} does not say whether the data come from publicly accessible sources", ids=ids))
        if blind:
            blind_ids = ", ".join(f"'{b}'" for b in blind)
            message = (msg("{message}; {ids} name no category they provide", message=message, ids=blind_ids) if len(blind) > 1
                       else msg("{message}; {ids} names no category it provides", message=message, ids=blind_ids))
        yield problem(
            location=group.location,
            message=message,
            fix=msg("add publicly_accessible: true|false to each source and list the categories it provides (feeds)"),
            reference="GDPR Art. 14(2)(f)" + (", Art. 14(1)(d)" if blind else ""),
            related=group.related,
        )
