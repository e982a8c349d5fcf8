"""Scan a live database: its schema, and optionally evidence from sampled values.

    >>> schema, evidence = scan("app.db", sample=20, timeout=30)
    >>> evidence[("t1", "col7")].best()
    'national-id'

``progress(done, total, label)`` is called as work advances (``label`` names a table or
column, never a value). ``warn(text)`` receives non-fatal problems (a column that could not
be sampled in time). The connection is closed on every exit, Ctrl-C included.
"""
from __future__ import annotations

from collections.abc import Callable

from ..model import Schema
from .connect import ConnectionLost, QueryFailed, open_session, parse_url
from .evidence import Evidence
from .introspect import read_tables, to_schema
from .sample import sample_evidence, sampleable

Progress = Callable[[int, int, str], None]
EvidenceMap = dict[tuple[str, str], Evidence]


def scan(
    url: str | None,
    *,
    sample: int = 0,
    timeout: float = 30.0,
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Schema, EvidenceMap]:
    """(Schema, {(table key, column): Evidence}) of the database at ``url``; UserError on failure."""
    target = parse_url(url)
    session = open_session(target, timeout)
    try:
        tables = read_tables(session)
        schema = to_schema(tables, session.display)
        evidence: EvidenceMap = {}
        if sample > 0:
            work = [(t, c) for t in tables for c in t.columns if sampleable(c)]
            for done, (table, column) in enumerate(work):
                label = f"{table.key}.{column.name}"
                if progress:
                    progress(done, len(work), label)
                try:
                    evidence[(table.key, column.name)] = sample_evidence(session, table, column, sample)
                except ConnectionLost:
                    raise
                except QueryFailed as exc:
                    if warn:
                        warn(f"{label}: not sampled: {exc.message}")
            if progress:
                progress(len(work), len(work), "")
        return schema, evidence
    finally:
        session.close()
