"""Migration layouts: which files of a folder a migration tool would apply, and in which order.

Layouts, detected per folder from the file names:

* **Flyway** ``V<version>__x.sql`` in version order (``V1`` < ``V1_1`` = ``V1.1`` < ``V2`` <
  ``V10``); a baseline ``B<version>__`` sorts at its version, before a ``V`` of the same
  version; repeatables ``R__x.sql`` run after all versioned files, alphabetically; undo files
  ``U<version>__`` are never applied; the callbacks ``beforeMigrate*.sql`` run first and
  ``afterMigrate*.sql`` last, other callbacks (``beforeEachMigrate``, ``afterClean``, ...) are
  not migrations.
* **golang-migrate** ``<number>_<name>.up.sql`` by number; ``.down.sql`` is never applied.
* **Diesel** ``<timestamp>_<name>/up.sql`` by version as Diesel orders them (the folder name up
  to the first ``_``, dashes removed, compared as text: ``20240101120000_x`` and
  ``2024-01-01-120000_x`` are the same version); ``down.sql`` is never applied;
  ``metadata.toml`` and READMEs are not SQL; any other ``.sql`` at the top of a Diesel folder is
  not a migration and is not read (a warning).
* **Version folders** ``<version>/<NN>_<name>.sql`` (``1.2.0/01_init.sql``): by folder version,
  then by file name inside the folder.
* **Numbered or timestamped files** ``0001_x.sql``, ``1.2_x.sql``, ``20240101120000_x.sql``: by
  number (``1.2`` < ``1.10``); other
  names (``schema.sql``) in natural order (digit runs compare as numbers).

Rollback files (``down.sql``, ``*.down.sql``, ``*_rollback.sql``, ``undo``/``rollback``/``down``
folders) are never applied. Dialect-suffixed files (``x.sql.postgres``, ``x.sql.sqlite``) are
read when the suffix names the folder's dialect and skipped with a note otherwise; other files
named like migrations but without ``.sql`` (Flyway's ``.sql.todo``, no extension) are skipped
with a note. Two files claiming the same version, or versioned files of different layouts (or
unversioned ones among them) in one folder, are warnings naming both files: the order between
them cannot be decided.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass

_FLYWAY = re.compile(r"([VvBbUu])(\d+(?:[._]\d+)*)__")
_REPEATABLE = re.compile(r"[Rr]__")
_DIGITS = re.compile(r"(\d+)")
_GOLANG = re.compile(r"(\d+)_.+\.(up|down)\.sql$", re.I)
_DIESEL_DIR = re.compile(r"(?:(\d{14})|(\d{4})-(\d{2})-(\d{2})-(\d{6})(?:-\d{4})?)_")
_VERSION_DIR = re.compile(r"[Vv]?(\d+(?:[._-]\d+)*)$")
_NUMBERED = re.compile(r"(\d+(?:\.\d+)*)(?=[_\-]|\.sql$)", re.I)
_CALLBACK = re.compile(r"(before|after)(Each)?[A-Z]\w*?(__[^.]*)?\.sql$")  # Flyway callbacks
_ROLLBACK_NAMES = frozenset({"down.sql", "undo.sql", "rollback.sql"})
_ROLLBACK_STEM = re.compile(r"[._-](down|undo|rollback)$", re.I)
_ROLLBACK_DIRS = frozenset({"down", "undo", "rollback", "rollbacks"})
_NOT_SQL_DOCS = frozenset({"readme", "readme.md", "readme.txt", "metadata.toml", "license"})

# suffix after ``.sql.`` -> dialect it is written for (None: not a dialect)
SUFFIX_DIALECTS = {
    "postgres": "postgres", "postgresql": "postgres", "pg": "postgres", "psql": "postgres",
    "sqlite": "sqlite", "sqlite3": "sqlite", "mysql": "mysql", "mariadb": "mysql",
    "mssql": "tsql", "sqlserver": "tsql", "tsql": "tsql", "oracle": "oracle",
    "h2": "h2", "hsqldb": "hsqldb", "derby": "derby", "db2": "db2", "cockroachdb": "cockroachdb",
}


def natural_key(name: str) -> tuple:
    """``file2`` < ``file10``; text parts compare case-insensitively."""
    parts = _DIGITS.split(name)
    return tuple(int(p) if i % 2 else p.lower() for i, p in enumerate(parts))


def _flyway_version(text: str) -> tuple[int, ...]:
    version = tuple(int(x) for x in re.split(r"[._-]", text))
    while len(version) > 1 and version[-1] == 0:  # V1 == V1.0 == V1_0
        version = version[:-1]
    return version


def _sort_key(path: str) -> tuple:
    base = os.path.basename(path)
    m = _FLYWAY.match(base)
    if m:
        is_baseline = m.group(1) in "Bb"
        return (0, _flyway_version(m.group(2)), 0 if is_baseline else 1, natural_key(base), path)
    if _REPEATABLE.match(base):
        return (2, (), 0, (base.lower(),), path)
    return (1, (), 0, natural_key(base), path)


def is_undo(path: str) -> bool:
    m = _FLYWAY.match(os.path.basename(path))
    return bool(m and m.group(1) in "Uu")


def order_migrations(files: list[str]) -> list[str]:
    """``files`` (a flat list) ordered by file name as Flyway would (undo files dropped)."""
    return sorted((f for f in files if not is_undo(f)), key=_sort_key)


# ---------------------------------------------------------------- folders


@dataclass(frozen=True)
class Step:
    """One file of a folder: applied (``reason`` empty) or skipped (``reason`` says why)."""

    path: str
    layout: str  # flyway | golang-migrate | diesel | version-folders | numbered | plain | -
    reason: str = ""
    notice: str = ""  # "" (silent), "note" or "warning": whether the skip is reported


@dataclass(frozen=True)
class OrderProblem:
    """Two files whose order cannot be decided, or a file that does not fit the layout."""

    path: str
    message: str
    other: str | None = None  # the second file, when two are involved


@dataclass(frozen=True)
class FolderPlan:
    applied: tuple[Step, ...]
    skipped: tuple[Step, ...]
    problems: tuple[OrderProblem, ...]

    @property
    def layout(self) -> str:
        kinds = sorted({s.layout for s in self.applied if s.layout != "plain"})
        return "+".join(kinds) if kinds else ("plain" if self.applied else "none")


@dataclass(frozen=True)
class _Candidate:
    path: str
    rel: str  # below the folder, with "/"
    name: str  # file name without a dialect suffix
    layout: str
    key: tuple
    version: tuple | None  # what two files must not share


def _rollback(rel: str, name: str) -> bool:
    if name.lower() in _ROLLBACK_NAMES or is_undo(name):
        return True
    stem = name[:-4] if name.lower().endswith(".sql") else name
    if _ROLLBACK_STEM.search(stem):
        return True
    return any(part.lower() in _ROLLBACK_DIRS for part in rel.split("/")[:-1])


def _walk(folder: str) -> list[str]:
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(os.path.join(dirpath, f) for f in sorted(filenames) if not f.startswith("."))
    return found


def _classify(path: str, rel: str, name: str) -> _Candidate:
    parts = rel.split("/")
    m = _FLYWAY.match(name)
    if m:
        baseline = m.group(1) in "Bb"
        v = _flyway_version(m.group(2))
        return _Candidate(path, rel, name, "flyway", (0, v, 0 if baseline else 1, (natural_key(name),)), ("B" if baseline else "V",) + v)
    if _REPEATABLE.match(name):
        return _Candidate(path, rel, name, "flyway", (3, (), 0, ((name.lower(),),)), None)
    cb = _CALLBACK.match(name)
    if cb and name.split("__")[0].removesuffix(".sql") in ("beforeMigrate", "afterMigrate"):
        # run once around a migration run: before the first / after the last migration
        return _Candidate(path, rel, name, "flyway", (-1 if cb.group(1) == "before" else 4, (), 0, (natural_key(name),)), None)
    if len(parts) >= 2 and name.lower() == "up.sql":
        if _DIESEL_DIR.match(parts[-2]):
            # Diesel's own rule: the version is the folder name up to the first "_" without
            # dashes, compared as text (so ``2024-01-01-120000-0000`` is a later version than
            # ``20240101120000``)
            stamp = parts[-2].split("_", 1)[0].replace("-", "")
            return _Candidate(path, rel, name, "diesel", (1, (), 0, ((stamp,),)), (stamp,))
    g = _GOLANG.match(name)
    if g:
        return _Candidate(path, rel, name, "golang-migrate", (1, (int(g.group(1)),), 0, (natural_key(name),)), (int(g.group(1)),))
    if len(parts) >= 2:
        vd = _VERSION_DIR.match(parts[0])
        if vd:
            folder_v = _flyway_version(vd.group(1))
            n = _NUMBERED.match(name)
            inner = _flyway_version(n.group(1)) if n else None
            key = (1, folder_v, 0, tuple(natural_key(p) for p in parts[1:]))
            return _Candidate(path, rel, name, "version-folders", key, (folder_v, inner) if inner is not None else None)
    n = _NUMBERED.match(name)
    if n:
        v = _flyway_version(n.group(1))
        return _Candidate(path, rel, name, "numbered", (1, v, 0, (natural_key(name),)), v)
    return _Candidate(path, rel, name, "plain", (2, (), 0, (natural_key(name),)), None)  # after numbered ones


def _looks_versioned(name: str) -> bool:
    return bool(_FLYWAY.match(name) or _REPEATABLE.match(name) or _NUMBERED.match(name))


def plan_folder(folder: str, dialect_of: Callable[[str], str]) -> FolderPlan:
    """The files below ``folder`` that its migration tool would apply, in order, and the rest
    with the reason each is left out. ``dialect_of(path)`` is the dialect a file is read in."""
    candidates: list[_Candidate] = []
    skipped: list[Step] = []
    problems: list[OrderProblem] = []
    for path in _walk(folder):
        rel = os.path.relpath(path, folder).replace(os.sep, "/")
        base = os.path.basename(path)
        low = base.lower()
        name = base
        if ".sql." in low:
            suffix = low.rsplit(".sql.", 1)[1]
            written_for = SUFFIX_DIALECTS.get(suffix)
            name = base[: len(base) - len(suffix) - 1]
            if written_for is None:
                skipped.append(Step(path, "-", f"'.sql.{suffix}' is not a migration file name: not read", "note"))
                continue
            reading = dialect_of(path)
            if written_for != reading:
                skipped.append(Step(path, "-", f"written for {written_for}, the folder is read as {reading}: not read", "note"))
                continue
        elif not low.endswith(".sql"):
            if "." not in base and _looks_versioned(base):
                skipped.append(Step(path, "-", "named like a migration but without '.sql': not read (Flyway skips it too)", "note"))
            else:
                skipped.append(Step(path, "-", "not a SQL file" if low not in _NOT_SQL_DOCS else "documentation or tool settings"))
            continue
        if _rollback(rel, name):
            skipped.append(Step(path, "-", "rollback file: never applied"))
            continue
        cb = _CALLBACK.match(name)
        if cb and name.split("__")[0].removesuffix(".sql") not in ("beforeMigrate", "afterMigrate"):
            skipped.append(Step(path, "-", "Flyway callback of another event than a migration run: not a migration"))
            continue
        parts = rel.split("/")
        if len(parts) >= 2 and _DIESEL_DIR.match(parts[-2]) and name.lower() != "up.sql":
            skipped.append(Step(path, "-", "a Diesel migration folder applies only up.sql: not read", "warning"))
            continue
        candidates.append(_classify(path, rel, name))

    layouts = {c.layout for c in candidates}
    if "diesel" in layouts:  # top-level .sql beside Diesel migration folders is not a migration
        kept = []
        for c in candidates:
            if c.layout != "diesel" and "/" not in c.rel:
                skipped.append(Step(c.path, "-", "not a migration of the Diesel layout (<timestamp>_<name>/up.sql): not read", "warning"))
            else:
                kept.append(c)
        candidates = kept
        layouts = {c.layout for c in candidates}
    candidates.sort(key=lambda c: (c.key, c.rel))
    versioned = sorted(layouts - {"plain"})
    if len(versioned) > 1:
        firsts = [next(c for c in candidates if c.layout == lay) for lay in versioned]
        problems.append(OrderProblem(
            firsts[1].path,
            f"the folder mixes migration layouts ({', '.join(versioned)}): the order between them cannot be decided; "
            f"read {versioned[0]} before {versioned[1]}",
            firsts[0].path,
        ))
    if versioned and "plain" in layouts:
        first_versioned = next(c for c in candidates if c.layout != "plain")
        for c in candidates:
            if c.layout == "plain":
                problems.append(OrderProblem(
                    c.path, "no version in the file name among versioned migrations: its place in the history cannot be decided (read in name order)",
                    first_versioned.path,
                ))
    claimed: dict[tuple, _Candidate] = {}
    for c in candidates:
        if c.version is None:
            continue
        key = (c.layout, c.version)
        first = claimed.setdefault(key, c)
        if first is not c:
            problems.append(OrderProblem(c.path, f"claims the same version as {first.rel}: the order between them cannot be decided (read in name order)", first.path))
    applied = tuple(Step(c.path, c.layout) for c in candidates)
    return FolderPlan(applied, tuple(skipped), tuple(problems))
