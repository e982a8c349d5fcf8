"""Scan a live database: its schema, and optionally evidence from sampled values.

    >>> schema, evidence = scan("app.db", sample=20, timeout=30)
    >>> evidence[("t1", "col7")].best()
    'national-id'

``progress(done, total, label)`` is called as work advances (``label`` names a table or
column, never a value). Columns that could not be
sampled (statement timeout, permission, the table's time limit ``table_timeout``) become
``ParseProblem(source="scan")`` entries of the schema, reported by PN004; the scan goes on.
``include`` / ``exclude`` are glob patterns over table keys (``sales.*``, ``*_archive``).
With ``snapshot`` (a file), tables whose structure hash is unchanged since the last scan
with the same sample size reuse that scan's evidence (counts and masks only) and are not
sampled again. ``jobs`` > 1 samples that many tables at once, each worker on its own
read-only connection (bounded: at most ``jobs`` + 1 connections). Every connection is
closed on every exit, Ctrl-C included.
"""
from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable, Sequence
from fnmatch import fnmatchcase

from ..i18n import msg
from ..model import Location, ParseProblem, Schema
from .catalog import TableInfo
from .connect import open_session, parse_url
from .evidence import Evidence
from .introspect import read_tables, to_schema
from .sample import sample_evidence, sampleable
from .session import ConnectionLost, QueryFailed, Session, Target

Progress = Callable[[int, int, str], None]
EvidenceMap = dict[tuple[str, str], Evidence]


def selected(tables: list[TableInfo], include: Sequence[str] = (), exclude: Sequence[str] = ()) -> list[TableInfo]:
    """Tables whose key matches an ``include`` pattern (all when none) and no ``exclude`` pattern."""
    def hit(key: str, patterns: Sequence[str]) -> bool:
        return any(fnmatchcase(key, p.lower()) for p in patterns)

    return [t for t in tables if (not include or hit(t.key, include)) and not hit(t.key, exclude)]


def scan(
    url: str | None,
    *,
    sample: int = 0,
    timeout: float = 30.0,
    table_timeout: float | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    snapshot: str | None = None,
    jobs: int = 1,
    progress: Progress | None = None,
) -> tuple[Schema, EvidenceMap]:
    """(Schema, {(table key, column): Evidence}) of the database at ``url``; UserError on failure."""
    from . import snapshot as snap

    target = parse_url(url)
    session = open_session(target, timeout)
    try:
        tables = selected(read_tables(session), include, exclude)
        schema = to_schema(tables, session.display)
        evidence: EvidenceMap = {}
        problems: list[ParseProblem] = []
        if sample > 0:
            previous = snap.load(snapshot, session.display, sample) if snapshot else {}
            hashes = {t.key: snap.structure_hash(t) for t in tables}
            todo = []
            for t in tables:
                kept = previous.get(t.key)
                if kept and kept[0] == hashes[t.key]:
                    evidence.update({(t.key, name): ev for name, ev in kept[1].items()})
                else:
                    todo.append(t)
            total = sum(1 for t in todo for c in t.columns if sampleable(c))
            found, problems = _sample_all(session, target, todo, sample, timeout, table_timeout, jobs, total, progress)
            evidence.update(found)
            if progress:
                progress(total, total, "")
            if snapshot:
                incomplete = {p.table for p in problems}
                snap.save(snapshot, session.display, sample,
                          {t.key: (hashes[t.key], {c.name: evidence[(t.key, c.name)] for c in t.columns if (t.key, c.name) in evidence})
                           for t in tables if t.key not in incomplete})
        if problems:
            schema = dataclasses.replace(schema, problems=tuple(problems))
        return schema, evidence
    finally:
        session.close()


def _sample_table(session: Session, table: TableInfo, sample: int, table_timeout: float | None,
                  tick: Callable[[str], None], stop: threading.Event | None = None) -> tuple[EvidenceMap, list[ParseProblem]]:
    """One table's columns, within its time limit; problems for what could not be sampled.
    A set ``stop`` (Ctrl-C in the main thread) ends a worker after its current column."""
    where = Location(session.display)
    found: EvidenceMap = {}
    problems: list[ParseProblem] = []
    started = time.monotonic()
    columns = [c for c in table.columns if sampleable(c)]
    for i, column in enumerate(columns):
        if stop is not None and stop.is_set():
            break
        label = f"{table.key}.{column.name}"
        if table_timeout and time.monotonic() - started > table_timeout:
            left = len(columns) - i
            limit = f"{table_timeout:g}"
            stopped = msg("table {table}: sampling stopped at its time limit ({limit} s): {left} of {columns} columns not sampled; raise --table-timeout",
                          table=table.key, limit=limit, left=left, columns=len(columns))
            problems.append(ParseProblem(where, stopped, source="scan", table=table.key))
            for skipped in columns[i:]:
                tick(f"{table.key}.{skipped.name}")
            break
        tick(label)
        try:
            found[(table.key, column.name)] = sample_evidence(session, table, column, sample)
        except ConnectionLost:
            raise
        except QueryFailed as exc:
            problems.append(ParseProblem(where, msg("{column}: not sampled: {problem}", column=label, problem=exc.message), source="scan", table=table.key, column=column.name))
    return found, problems


def _sample_all(session: Session, target: Target, todo: list[TableInfo], sample: int, timeout: float, table_timeout: float | None,
                jobs: int, total: int, progress: Progress | None) -> tuple[EvidenceMap, list[ParseProblem]]:
    """Every table of ``todo``: on ``session`` alone, or on ``jobs`` worker connections."""
    lock = threading.Lock()
    done = [0]

    def tick(label: str) -> None:
        with lock:
            if progress:
                progress(done[0], total, label)
            done[0] += 1

    found: EvidenceMap = {}
    problems: list[ParseProblem] = []
    if jobs <= 1 or len(todo) <= 1:
        for table in todo:
            ev, probs = _sample_table(session, table, sample, table_timeout, tick)
            found.update(ev)
            problems += probs
        return found, problems
    from concurrent.futures import ThreadPoolExecutor

    local = threading.local()
    opened: list[Session] = []
    stop = threading.Event()

    def work(table: TableInfo) -> tuple[EvidenceMap, list[ParseProblem]]:
        worker = getattr(local, "session", None)
        if worker is None:
            worker = local.session = open_session(target, timeout)
            with lock:
                opened.append(worker)
        try:
            return _sample_table(worker, table, sample, table_timeout, tick, stop)
        except BaseException:  # a lost connection in one worker stops the others too
            stop.set()
            raise

    pool = ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="notice-check-scan")
    try:
        results = list(pool.map(work, todo))  # in table order: the same result as one connection
    except BaseException:  # Ctrl-C or a lost connection: workers stop after their current column
        stop.set()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        for worker in opened:
            worker.close()
    for ev, probs in results:
        found.update(ev)
        problems += probs
    return found, problems
