"""Finding, reading and decoding SQL files."""
from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..model import Location, ParseProblem
from .migrations import plan_folder


@dataclass(frozen=True)
class Input:
    path: str  # path to open
    display: str  # path for Location / SourceFile


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when unusable
    error: str = ""  # fatal reason when text is None
    warning: str = ""  # decoding fallback note


def display_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes when under it, else as given."""
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # other drive on Windows
        return path.replace(os.sep, "/")
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return path.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


@dataclass(frozen=True)
class OrderEntry:
    """One file met while expanding the inputs, for ``--show-order``: applied (``reason`` empty)
    or left out, with the folder's layout."""

    display: str
    layout: str
    reason: str = ""


@dataclass
class InputPlan:
    inputs: list[Input] = field(default_factory=list)
    entries: list[OrderEntry] = field(default_factory=list)
    problems: list[ParseProblem] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)


def is_excluded(path: str, exclude: Sequence[str]) -> bool:
    """Does a glob of ``exclude`` match the path (with "/") or its file name?"""
    g = path.replace(os.sep, "/")
    return any(fnmatch.fnmatch(g, pat) or fnmatch.fnmatch(os.path.basename(g), pat) for pat in exclude)


def plan_inputs(
    paths: list[str], root: str, dialect_of: Callable[[str], str] | None = None, plan: InputPlan | None = None, exclude: Sequence[str] = ()
) -> InputPlan:
    """Files first-to-last: a directory contributes the files its migration layout applies
    (see ``checker.sql.migrations``), in that order; listed files keep their place. A file
    reached twice (listed and inside a listed folder, or listed twice) is read once, at its
    first place. Files matching an ``exclude`` glob (on the path or the file name) are left
    out. Skipped files that matter and undecidable orders become located problems
    (kind ``skipped`` / ``layout``). ``plan`` continues an earlier plan (shared "seen" set)."""
    plan = plan if plan is not None else InputPlan()
    dialect_of = dialect_of or (lambda _path: "postgres")

    def excluded(f: str) -> bool:
        return is_excluded(f, exclude)

    def add(f: str, layout: str) -> None:
        real = os.path.realpath(f)
        shown = display_path(f, root)
        if excluded(f):
            plan.entries.append(OrderEntry(shown, layout, "excluded by the configuration"))
        elif real not in plan.seen or not os.path.exists(f):
            plan.seen.add(real)
            plan.inputs.append(Input(f, shown))
            plan.entries.append(OrderEntry(shown, layout))
        else:
            plan.entries.append(OrderEntry(shown, layout, "already read at its first place"))

    for p in paths:
        if not os.path.isdir(p):
            add(p, "listed")
            continue
        folder = plan_folder(p, dialect_of)
        for step in folder.applied:
            add(step.path, step.layout)
        for step in folder.skipped:
            if excluded(step.path):
                continue
            shown = display_path(step.path, root)
            plan.entries.append(OrderEntry(shown, step.layout, step.reason))
            if step.notice:
                kind = "layout" if step.notice == "warning" else "skipped"
                plan.problems.append(ParseProblem(Location(shown), step.reason, kind=kind))
        for problem in folder.problems:
            other = Location(display_path(problem.other, root)) if problem.other else None
            text = problem.message + (f" (see {other.path})" if other else "")
            plan.problems.append(ParseProblem(Location(display_path(problem.path, root)), text, kind="layout", related=other))
    return plan


def read_text(path: str) -> Decoded:
    """Read and decode one file; never raises."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        return Decoded(None, "cannot read: is a directory")
    except OSError as e:
        return Decoded(None, f"cannot read: {e.strerror or e}")
    return decode(data)


def decode(data: bytes) -> Decoded:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return Decoded(None, "cannot decode: invalid UTF-16")
        return _check_text(text, "file is UTF-16; decoded as utf-16")
    if b"\x00" in data:
        return Decoded(None, "binary file (contains NUL bytes), not SQL text")
    try:
        return _check_text(data.decode("utf-8-sig"), "")
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return _check_text(text, f"not valid UTF-8 (first bad {where}); decoded as {enc}")
    raise AssertionError("latin-1 decodes every byte string")


def _check_text(text: str, warning: str) -> Decoded:
    if not text.strip():
        return Decoded(None, "empty file")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, warning=warning)
