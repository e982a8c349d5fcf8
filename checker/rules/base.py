"""What rules receive and what they yield. Rules are pure: no I/O, no printing.

A rule module declares ``SCOPE`` (a :class:`Scope`) and ``check(ctx)``, which receives the
context of its scope (:data:`CONTEXTS`) and yields findings made with :func:`problem` (or
:func:`column_problem` / :func:`flow_problem`). A rule does not know its severity as configured:
the engine stamps the rule id and the severity onto each finding (``dataclasses.replace``).
"""
from __future__ import annotations

import datetime
import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

from ..i18n import joined, listed, msg
from ..model import Finding, Location, Severity

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..legal import LegalFacts
    from ..model import Classification, Schema
    from ..policy import Policy


class Scope(str, enum.Enum):
    """What a rule looks at, and so which context it receives."""

    POLICY = "policy"  # the notice alone: PolicyContext
    SCHEMA = "schema"  # columns and their classification: CheckContext
    FLOW = "flow"  # data flows to systems, recipients, countries, purposes: FlowContext
    SUPPRESSION = "suppression"  # the suppression comments themselves: SuppressionContext


UNSTAMPED = ""  # the rule id of a finding until the engine stamps it (its severity is INFO until then)


def problem(location: Location, message: str, **fields: Any) -> Finding:
    """A finding as a rule yields it: ``fields`` are Finding's (fix, table, column, kind,
    category, confidence, reason, reference, extra, related); the engine stamps rule id and severity."""
    return Finding(UNSTAMPED, Severity.INFO, message, location, **fields)


@dataclass(frozen=True)
class PolicyContext:
    policy: "Policy"
    legal: "LegalFacts"
    catalog: "Catalog"
    today: datetime.date = field(default_factory=datetime.date.today)  # for dated legal facts


@dataclass(frozen=True)
class CheckContext:
    policy: "Policy"
    legal: "LegalFacts"
    catalog: "Catalog"
    schema: "Schema"
    classifications: tuple["Classification", ...] = field(default_factory=tuple)
    datamap: Any = None  # checker.datamap.DataMap, when one is used


def localized_texts(node: Any, path: tuple = ()):
    """Every string inside the document with its JSON path (for text scans)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from localized_texts(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from localized_texts(value, path + (i,))
    elif isinstance(node, str):
        yield path, node


def statement_of(path: tuple) -> tuple:
    """The path of the list item (statement) that contains ``path``."""
    for i in range(len(path) - 1, -1, -1):
        if isinstance(path[i], int):
            return path[: i + 1]
    return path[:1]


def sentence_of(data: Any, path: tuple) -> tuple:
    """What identifies the sentence at ``path``: the Finnish text of its statement (one sentence
    may be reused by several entries through a YAML alias), else the statement's path."""
    statement = statement_of(path)
    node = data
    for key in statement:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return statement
    text = node.get("text") if isinstance(node, dict) else None
    if isinstance(text, dict) and text.get("fi"):
        return ("text", text["fi"])
    if isinstance(node, str) and len(statement) == len(path):
        return ("text", node)
    return statement


@dataclass(frozen=True)
class PlaceGroup:
    """One sentence's places: the first location, the others, and the statements (json paths)."""

    key: Any
    location: Location
    related: tuple[Location, ...]
    statements: tuple[tuple, ...]


def grouped_places(policy: "Policy", places) -> list[PlaceGroup]:
    """Places ``(key, json path)`` grouped per (key, sentence): one group per sentence with its
    first location and the other statements' locations (one per statement), in file order."""
    groups: dict[tuple, dict[tuple, Location]] = {}
    for key, path in places:
        group = groups.setdefault((key, sentence_of(policy.data, path)), {})
        statement = statement_of(path)
        if statement not in group:
            where = policy.where(*path)
            # a YAML alias reports its anchor's place: name the entry that reuses it instead
            group[statement] = policy.where(*statement) if where in group.values() else where
    result = []
    for (key, _), statements in groups.items():
        ordered = sorted(statements.items(), key=lambda item: item[1])
        locations = [loc for _, loc in ordered]
        related = tuple(sorted(set(locations[1:]) - {locations[0]}))
        result.append(PlaceGroup(key, locations[0], related, tuple(stmt for stmt, _ in ordered)))
    return sorted(result, key=lambda g: g.location)


def source_origin(source: dict[str, Any]) -> str:
    """data-subject | third-party | controller: ``origin`` as stated, else third-party when an
    organisation is named and data-subject otherwise."""
    return source.get("origin") or ("third-party" if source.get("organisation") else "data-subject")


def cite(policy: "Policy", art13: str, art14: str) -> str:
    """The GDPR article(s) for one duty: Art. 13 when data come from the data subject, Art. 14
    when from elsewhere, both when the notice names both kinds of source."""
    origins = {source_origin(s) for s in policy.items("sources")} or {"data-subject"}
    parts = []
    if "data-subject" in origins:
        parts.append(f"Art. {art13}")
    if "third-party" in origins:
        parts.append(f"Art. {art14}")
    return "GDPR " + " and ".join(parts or [f"Art. {art13}"])


def safeguard_hint(legal: "LegalFacts", safeguard_id: str) -> Any:
    """A safeguard named for a fix hint, with the limits a user must know: certified recipients
    only, pending court cases, a transfer impact assessment for SCCs (C-311/18)."""
    safeguard = legal.safeguards.get(safeguard_id, {})
    limits = []
    if safeguard.get("requires_certification"):
        limits.append(msg("only for recipients certified under it"))
    cases = safeguard.get("litigation") or ()
    if any(c["status"] == "pending" for c in cases):
        each = [msg("{case}: {outcome} {date}", case=c["case"], outcome=c.get("outcome", c["status"]), date=c["date"]) for c in cases]
        limits.append(msg("with a litigation risk ({cases})", cases=joined(each)))
    if safeguard_id.startswith("scc-"):
        limits.append(msg("with a transfer impact assessment (CJEU C-311/18)"))
    if safeguard.get("within_group_only"):
        limits.append(msg("only inside the corporate group"))
    return listed([safeguard.get("name") or safeguard_id, *limits])


def suggested_safeguards(legal: "LegalFacts", safeguard_id: str, recipient_type: str | None) -> list[str]:
    """The valid alternatives ``suggest`` names for a safeguard, without binding corporate rules
    unless the recipient is a group company (Art. 47 covers only transfers inside a group)."""
    ids = list(legal.safeguards.get(safeguard_id, {}).get("suggest") or ())
    return [s for s in ids if recipient_type == "group-company" or not legal.safeguards.get(s, {}).get("within_group_only")]


def column_problem(c: "Classification", message: str, *, fix: str, reference: str | None = None, location: Location | None = None) -> Finding:
    """A finding about one classified column, carrying its classification."""
    return problem(
        location=location or c.column.location,
        message=message,
        fix=fix,
        table=c.column.table,
        column=c.column.name,
        kind=c.kind,
        category=c.category or c.declared_category,
        confidence=c.confidence.label if c.confidence else None,
        reason=c.reason,
        reference=reference,
        extra=(("evidence", dict(c.evidence)),) if getattr(c, "evidence", ()) else (),
    )


@dataclass(frozen=True)
class SuppressionContext:
    suppressions: tuple[Any, ...]  # Suppression
    used: frozenset[Any]
    malformed: tuple[Any, ...]  # suppress.Malformed


@dataclass(frozen=True)
class FlowContext:
    policy: "Policy"
    legal: "LegalFacts"
    catalog: "Catalog"
    schema: "Schema"
    estate: Any  # flowmap.Estate
    index: Any  # flowmap.ColumnIndex
    tables: Any  # Mapping[str, Table]
    today: datetime.date = field(default_factory=datetime.date.today)  # for dated legal facts


Context = Union[PolicyContext, CheckContext, FlowContext, SuppressionContext]
# the context each scope's rules receive (tests/test_rules_registry.py checks every check()'s annotations)
CONTEXTS: dict[Scope, type] = {
    Scope.POLICY: PolicyContext,
    Scope.SCHEMA: CheckContext,
    Scope.FLOW: FlowContext,
    Scope.SUPPRESSION: SuppressionContext,
}


def flow_problem(flow: Any, message: str, *, fix: str, carried=(), system=None, purpose: str | None = None, category: str | None = None, reference: str | None = None, location: Location | None = None) -> Finding:
    """A finding about one flow: names its source columns and categories, sink, recipient, country, purpose."""
    sink = flow.sink
    extra = (
        ("statement", flow.statement),
        ("sources", [f"{ref.table}.{ref.column}" for ref, _ in carried]),
        ("source_categories", sorted({c.category for _, c in carried if c.category})),
        ("sink", f"{sink.kind}:{sink.name}" if sink is not None else None),
        ("system", system.id if system is not None else None),
        ("recipient", system.operated_by if system is not None else None),
        ("country", system.location if system is not None else None),
        ("purpose", purpose),
    )
    first = carried[0] if carried else None
    return problem(
        location=location or flow.location,
        message=message,
        fix=fix,
        table=first[0].table if first else None,
        column=first[0].column if first else None,
        kind=first[1].kind if first else None,
        category=category or (first[1].category if first else None),
        reference=reference,
        extra=extra,
    )


def uncovered(ctx: CheckContext):
    """(classification, kind) of columns holding personal data (medium or high confidence) that
    no category covers and no annotation or data-map entry claims."""
    from ..model import Confidence

    for c in ctx.classifications:
        if c.kind is None or c.category is not None or c.declared_category is not None:
            continue
        if c.confidence is None or c.confidence < Confidence.MEDIUM:
            continue
        kind = ctx.catalog.kind(c.kind)
        if kind is not None:
            yield c, kind
