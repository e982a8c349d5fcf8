"""What rules receive and what they yield. Rules are pure: no I/O, no printing.

A rule module declares ``SCOPE`` (a :class:`Scope`) and ``check(ctx)``, which receives the
context of its scope (:data:`CONTEXTS`) and yields findings made with :func:`problem` (or
:func:`column_problem` / :func:`flow_problem`). A rule does not know its severity as configured:
the engine stamps the rule id and the severity onto each finding (``dataclasses.replace``).
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Union

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
    category, confidence, reason, reference, extra); the engine stamps rule id and severity."""
    return Finding(UNSTAMPED, Severity.INFO, message, location, **fields)


@dataclass(frozen=True)
class PolicyContext:
    policy: "Policy"
    legal: "LegalFacts"
    catalog: "Catalog"


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
