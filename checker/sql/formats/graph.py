"""Ordering migrations by their dependency graph (Django ``dependencies``, Alembic ``down_revision``)."""
from __future__ import annotations

import heapq
from collections.abc import Hashable, Mapping, Sequence

from ...model import Location, ParseProblem


def dependency_order(
    deps: Mapping[Hashable, Sequence[Hashable]],
    where: Mapping[Hashable, Location],
    label=str,
) -> tuple[list, list[ParseProblem]]:
    """Every node after the nodes it depends on; among ready nodes, the smallest key first (so
    the order is the same on every run). ``deps`` lists only dependencies that exist. Nodes in a
    cycle cannot be ordered: each gets a located warning naming the cycle, and they are appended
    in key order so nothing is silently left out."""
    waiting = {n: len(set(ds)) for n, ds in deps.items()}
    users: dict[Hashable, list[Hashable]] = {}
    for n, ds in deps.items():
        for d in set(ds):
            users.setdefault(d, []).append(n)
    ready = [(_sort_key(n), n) for n, c in waiting.items() if c == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        _, n = heapq.heappop(ready)
        order.append(n)
        for u in users.get(n, ()):
            waiting[u] -= 1
            if waiting[u] == 0:
                heapq.heappush(ready, (_sort_key(u), u))
    problems: list[ParseProblem] = []
    stuck = sorted((n for n, c in waiting.items() if c > 0), key=_sort_key)
    if stuck:
        cycle = _cycle(stuck, deps)
        text = " -> ".join(label(n) for n in cycle)
        for n in stuck:
            problems.append(ParseProblem(where[n], f"dependency cycle ({text}): {label(n)} cannot be ordered; applied after the others in name order"))
        order.extend(stuck)
    return order, problems


def _sort_key(n):
    return n if isinstance(n, tuple) else (str(n),)


def _cycle(stuck: list, deps: Mapping) -> list:
    """One cycle among the stuck nodes, for the message."""
    inside = set(stuck)
    path: list = []
    seen: dict = {}
    n = stuck[0]
    while n not in seen:
        seen[n] = len(path)
        path.append(n)
        nxt = next((d for d in deps[n] if d in inside), None)
        if nxt is None:
            return path
        n = nxt
    return path[seen[n]:] + [n]
