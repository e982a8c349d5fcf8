"""A live database's data map: its columns classified with the sampled evidence applied.

``classify_database`` (with ``evidence.make_adjust``, the hook ``scan`` uses too) returns every
column's Classification, whose ``evidence`` holds counts, masked examples and JSON key paths
only (``checker.render.classification`` shows it). No value leaves here.
"""
from __future__ import annotations

from typing import Any

from ..model import Classification, Schema
from .evidence import make_adjust
from .scan import EvidenceMap, Progress, scan


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
