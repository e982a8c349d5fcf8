"""A live database's data map: its columns classified with the sampled evidence applied.

``make_adjust`` is the pipeline hook both ``scan`` and ``classify --db`` use; ``classify_database``
returns every column's Classification, whose ``evidence`` holds counts, masked examples and
JSON key paths only (``checker.render.classification`` shows it). No value leaves here.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from ..model import Classification, Schema
from .evidence import Evidence, apply
from .scan import EvidenceMap, Progress, scan


def make_adjust(evidence: dict[tuple[str, str], Evidence], policy: Any) -> Callable[[Classification], Classification]:
    """The pipeline hook: column-comment annotations named as such, then the sample's evidence."""
    from ..classify import PolicyView, tokenize

    view = PolicyView.from_policy(policy) if policy is not None else None

    def covering(kind: str, c: Classification) -> str | None:
        return view.covering(kind, tokenize(c.column.table.rsplit(".", 1)[-1])) if view else None

    def adjust(c: Classification) -> Classification:
        if c.source == "annotation" and c.reason.startswith("data map"):  # no line numbers in a database
            c = dataclasses.replace(c, reason="column comment" + c.reason[len("data map") :])
        return apply(c, evidence.get((c.column.table, c.column.name)), covering)

    return adjust


def classify_database(
    url: str | None,
    policy: Any = None,
    datamap: Any = None,
    *,
    sample: int = 0,
    timeout: float = 30.0,
    progress: Progress | None = None,
    **options: Any,
) -> tuple[Schema, list[Classification], EvidenceMap]:
    """(schema, every column's classification with evidence, the evidence map) of the database at ``url``;
    ``options`` are those of ``scan.scan`` (table_timeout, include, exclude, snapshot, jobs)."""
    from ..pipeline import classify

    schema, evidence = scan(url, sample=sample, timeout=timeout, progress=progress, **options)
    return schema, list(classify(schema, policy, datamap, adjust=make_adjust(evidence, policy))), evidence
