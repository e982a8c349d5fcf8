"""Schema formats other than SQL: the registry, and which format a path is in.

Each format is a module ``checker.sql.formats.<name>`` with

``detect(path: str, head: str) -> bool``
    Is this file (``head``: its first 8 KiB as text) or folder (``head`` empty) of my format?
    Cheap: names and a look at the text, no parsing.
``read(files: list[str], display: Callable[[str], str]) -> (changes, problems, sources)``
    ``files``: one input, a listed file as ``[file]`` or a folder as every file below it
    (hidden folders skipped) in sorted path order; the reader picks its own files. Returns the
    schema changes (``checker.sql.changes``) in the order the tool applies them, with
    ``file:line:col`` locations (paths through ``display``), the problems met, and one
    ``SourceFile`` per file read (comment lines for suppressions). Embedded SQL is a ``RunSql``
    change: the caller reads it through the SQL reader. Never raises on bad input. A reader
    whose ``read`` takes a ``dialect`` keyword receives the run's dialect (Liquibase: which
    ``dbms`` changeSets run).

The registry is explicit (``NAMES``, tried in this order); a path's format is the configured one
(``paths = [{path = "db/changelog", format = "liquibase"}]``) or the first whose ``detect``
says yes, else ``sql`` (a SQL file or migration folder, see ``checker.sql.migrations``).
``.sql`` files are SQL without asking.
"""
from __future__ import annotations

import importlib
import os
from types import ModuleType

NAMES = ("liquibase", "rails", "prisma", "django", "alembic", "dbt")
FORMATS = ("sql", *NAMES)
HEAD_BYTES = 8192


def format_reader(name: str) -> ModuleType | None:
    """The reader module of a format, or None when this installation does not have it."""
    if name not in NAMES:
        return None
    try:
        return importlib.import_module(f"{__name__}.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"{__name__}.{name}":
            return None
        raise


def head_of(path: str) -> str:
    """The first bytes of a file as text ("" when unreadable)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""


def detect_format(path: str) -> str:
    """The format of a listed file or folder (``sql`` unless a reader claims it)."""
    is_dir = os.path.isdir(path)
    if not is_dir and path.lower().endswith(".sql"):
        return "sql"
    head = "" if is_dir else head_of(path)
    for name in NAMES:
        module = format_reader(name)
        if module is not None and module.detect(path, head):
            return name
    return "sql"


def files_of(path: str) -> list[str]:
    """A listed file as ``[path]``; a folder as every file below it (hidden skipped), sorted."""
    if not os.path.isdir(path):
        return [path]
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if not f.startswith("."))
    return found


__all__ = ["FORMATS", "NAMES", "detect_format", "files_of", "format_reader", "head_of"]
