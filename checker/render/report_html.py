"""The report as one self-contained HTML page: inline CSS, inline SVG, no script, no external
asset (``checker/templates/report.html.j2``).

Every value is escaped by Jinja2's autoescaping (``autoescape=True``); the template marks
nothing from the report as safe. A Content-Security-Policy meta forbids scripts and every
fetch, so the page works offline and nothing planted in a column comment can run.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..report import FlowRow, ReportData

NODE_W, NODE_H, GAP_Y, GAP_X, TOP, PAD = 300, 30, 10, 110, 44, 10
MAX_NODES = 40  # per column; the rest share one "+N" node
LABEL_CHARS = 40
MORE = "\x00more"  # key of the overflow node (no name can contain NUL)


@dataclass(frozen=True)
class Node:
    key: str
    x: int
    y: int
    label: str  # shortened for the box
    title: str  # the whole text (tooltip)
    flagged: bool


@dataclass(frozen=True)
class Edge:
    path: str  # SVG path data (numbers only)
    flagged: bool
    title: str


@dataclass(frozen=True)
class Diagram:
    width: int
    height: int
    node_w: int
    node_h: int
    headers: tuple[tuple[int, str], ...]  # (x, text)
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def _recipient_label(flow: FlowRow) -> str:
    return f"{flow.country} · {flow.recipient}" if flow.country else flow.recipient


def diagram(flows: Sequence[FlowRow], headers: Sequence[str]) -> Diagram | None:
    """Sources → systems → recipients (with country); red where a flow has a finding."""
    if not flows:
        return None
    columns: list[dict[str, bool]] = [{}, {}, {}]
    links: dict[tuple[int, str, str], tuple[bool, list[str]]] = {}

    def link(col: int, a: str, b: str, flagged: bool, what: str) -> None:
        old, titles = links.get((col, a, b), (False, []))
        links[(col, a, b)] = (old or flagged, titles + [what])

    for f in flows:
        flagged = bool(f.rules)
        right = _recipient_label(f)
        columns[1][f.system] = columns[1].get(f.system, False) or flagged
        columns[2][right] = columns[2].get(right, False) or flagged or not f.recipient_listed
        for s in f.sources:
            columns[0][s] = columns[0].get(s, False) or flagged
            link(0, s, f.system, flagged, f"{f.statement} {f.location}")
        link(1, f.system, right, flagged, f"{f.statement} {f.location}")
    placed: dict[tuple[int, str], Node] = {}
    nodes: list[Node] = []
    for col, entries in enumerate(columns):
        keys = sorted(entries)
        overflow = keys[MAX_NODES - 1 :] if len(keys) > MAX_NODES else []
        shown = [(k, k, k, entries[k]) for k in keys[: len(keys) - len(overflow)]]
        if overflow:
            shown.append((MORE, f"+{len(overflow)}", ", ".join(overflow), any(entries[k] for k in overflow)))
        x = PAD + col * (NODE_W + GAP_X)
        for i, (key, label, title, flagged) in enumerate(shown):
            node = Node(key, x, TOP + i * (NODE_H + GAP_Y), _short(label), title, flagged)
            nodes.append(node)
            placed[(col, key)] = node
        for key in overflow:
            placed[(col, key)] = placed[(col, MORE)]
    edges = []
    for (col, a, b), (flagged, titles) in sorted(links.items()):
        start, end = placed[(col, a)], placed[(col + 1, b)]
        x1, y1 = start.x + NODE_W, start.y + NODE_H // 2
        x2, y2 = end.x, end.y + NODE_H // 2
        mid = (x1 + x2) // 2
        edges.append(Edge(f"M{x1},{y1} C{mid},{y1} {mid},{y2} {x2},{y2}", flagged, "; ".join(dict.fromkeys(titles))))
    height = TOP + max(len([n for n in nodes if n.x == PAD + c * (NODE_W + GAP_X)]) for c in range(3)) * (NODE_H + GAP_Y) + PAD
    width = 2 * PAD + 3 * NODE_W + 2 * GAP_X
    return Diagram(width, height, NODE_W, NODE_H, tuple((PAD + c * (NODE_W + GAP_X), h) for c, h in enumerate(headers)), tuple(nodes), tuple(edges))


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("checker", "templates"),
        autoescape=True,  # every value is escaped; column names and comments are untrusted
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    return env


def render_html(report: ReportData) -> str:
    """The report page (deterministic: no timestamp, no random ids)."""
    labels = report.labels
    graph = diagram(report.flows, (labels["diagram_sources"], labels["diagram_systems"], labels["diagram_recipients"]))
    return _environment().get_template("report.html.j2").render(r=report, L=labels, diagram=graph, sections=report.sections)
