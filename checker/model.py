"""Frozen records that flow one way: policy -> sql -> classify -> rules -> findings -> render."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= fail_level`` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        return cls[text.strip().upper()]


@dataclass(frozen=True, order=True)
class Location:
    """A place in a user's file. ``line`` and ``col`` are 1-based; 0 means unknown."""

    path: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.path}:{self.line}:{self.col or 1}"
        return self.path


# ---------------------------------------------------------------- SQL schema model


@dataclass(frozen=True)
class Annotation:
    """An inline privacy annotation: ``-- privacy: <category-id>`` or ``-- privacy: none``.

    ``category`` is None for ``none`` (declared not personal).
    """

    category: str | None
    location: Location


@dataclass(frozen=True)
class Column:
    table: str  # qualified, normalised table key, e.g. "asiakas" or "crm.asiakas"
    name: str  # normalised column name
    sql_type: str = ""  # type as written, e.g. "VARCHAR(100)"
    type_family: str = "unknown"  # text | number | date | boolean | binary | json | uuid | other | unknown
    comment: str = ""
    location: Location = Location("")  # where introduced (or renamed to this name)
    introduced_at: Location | None = None  # original introduction, when renamed later
    renamed_from: str | None = None
    annotation: Annotation | None = None


@dataclass(frozen=True)
class Table:
    key: str  # normalised "schema.name" or "name" (default schemas dropped)
    name: str
    schema: str | None
    kind: str = "table"  # table | view | materialized-view | external-table | foreign-table
    columns: tuple[Column, ...] = ()
    comment: str = ""
    location: Location = Location("")
    server: str | None = None  # foreign / linked server holding the data (foreign tables)
    uri: str | None = None  # LOCATION of an external table


@dataclass(frozen=True)
class ParseProblem:
    """A statement that failed to parse (becomes PN001), an unreadable input, or a database
    object a live scan could not read in time or was not allowed to (``source="scan"``, PN004).

    ``kind`` of a ``sql`` problem: ``parse`` (PN001), ``layout`` (PN005: the order of a migration
    history cannot be decided, or a file does not fit its layout) or ``skipped`` (PN006: a file
    named like a migration that is not read)."""

    location: Location
    message: str
    fatal: bool = False  # the whole file could not be used
    source: str = "sql"  # "sql" | "scan"
    table: str | None = None
    column: str | None = None
    kind: str = "parse"
    related: Location | None = None  # the other file, when two are involved (e.g. one version claimed twice)


@dataclass(frozen=True)
class SourceFile:
    path: str
    dialect: str
    statements: int = 0
    commands: int = 0  # statements sqlglot only understood as opaque commands
    failed: int = 0
    skipped_data_blocks: int = 0
    # line -> comment texts on that line (without the leading "--" or "/*"), for
    # annotations and suppressions
    comments: dict[int, tuple[str, ...]] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()  # e.g. decoding fallback


@dataclass(frozen=True)
class Schema:
    """The schema after the last migration."""

    tables: tuple[Table, ...] = ()
    files: tuple[SourceFile, ...] = ()
    problems: tuple[ParseProblem, ...] = ()
    flows: tuple["Flow", ...] = ()

    def table(self, key: str) -> Table | None:
        for t in self.tables:
            if t.key == key:
                return t
        return None


# ---------------------------------------------------------------- classification


class Confidence(enum.IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Classification:
    column: Column
    kind: str | None  # catalog kind id, None when not personal
    category: str | None  # policy category id covering it, None when uncovered / not personal
    confidence: Confidence | None
    reason: str
    source: str = "vocabulary"  # annotation | datamap | vocabulary | policy-pattern | sample | none
    declared_category: str | None = None  # category named by annotation/datamap (may be unknown)
    declared_at: Location | None = None
    # live-database scans only: counts and masked examples of sampled values, never values
    evidence: tuple[tuple[str, Any], ...] = ()


# ---------------------------------------------------------------- findings


@dataclass(frozen=True)
class Finding:
    """One finding, the one record from rule to renderer: a rule yields it without rule id and
    severity (``rules.base.problem``), the engine stamps both (``dataclasses.replace``)."""

    rule: str
    severity: Severity
    message: str
    location: Location
    fix: str = ""
    table: str | None = None
    column: str | None = None
    kind: str | None = None
    category: str | None = None
    confidence: str | None = None
    reason: str | None = None
    reference: str | None = None  # article or law, e.g. "GDPR Art. 13(1)(c)"
    extra: tuple[tuple[str, Any], ...] = ()
    related: tuple[Location, ...] = ()  # the other places of the same statement (one finding for all)

    def message_with_fix(self) -> str:
        """The message and the fix hint as one sentence pair (for formats with one text field)."""
        text = self.message.strip()
        if self.fix:
            if text and text[-1] not in ".!?":
                text += "."
            text += " Fix: " + self.fix.strip()
        return text

    def related_places(self) -> list[str]:
        """The related locations as text, ``line:col`` when in the finding's own file."""
        return [f"{r.line}:{r.col}" if r.path == self.location.path and r.line else str(r) for r in self.related]

    def sort_key(self) -> tuple:
        return (self.location.path, self.location.line, self.location.col, self.rule, self.table or "", self.column or "")

    def as_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity.label,
            "message": self.message,
            "path": self.location.path,
            "line": self.location.line,
            "col": self.location.col,
            "table": self.table,
            "column": self.column,
            "kind": self.kind,
            "category": self.category,
            "confidence": self.confidence,
            "reason": self.reason,
            "reference": self.reference,
            "fix": self.fix,
        }
        if self.related:
            d["related"] = [{"path": r.path, "line": r.line, "col": r.col} for r in self.related]
        for k, v in self.extra:
            d[k] = v
        return d


def count_by_severity(findings) -> dict[str, int]:
    """{"error": n, "warning": n, "info": n}, most severe first."""
    result = {s.label: 0 for s in sorted(Severity, reverse=True)}
    for f in findings:
        result[f.severity.label] += 1
    return result


@dataclass(frozen=True)
class Suppression:
    """An inline ``-- notice-check: ignore PN201 -- reason`` comment."""

    rules: tuple[str, ...]
    reason: str
    location: Location


@dataclass(frozen=True)
class Report:
    """Everything a renderer receives: pure data, no engine."""

    findings: tuple[Finding, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    suppressed: tuple[tuple[Finding, Suppression], ...] = ()  # audit trail: hidden findings and why
    baseline_hidden: int = 0
    baseline_stale: tuple[dict[str, Any], ...] = ()  # baseline entries that no longer match
    tool_version: str = ""


# ---------------------------------------------------------------- flows


@dataclass(frozen=True)
class ColumnRef:
    table: str  # table key as in Schema.tables
    column: str


@dataclass(frozen=True)
class Sink:
    """Where data goes: a table, or something outside the database."""

    kind: str  # table | file | program | stdout | uri | role | server | publication | subscription
    name: str  # table key, path, URI, command, role, server or publication name
    schema: str | None = None  # SQL schema / database of a table sink
    server: str | None = None  # foreign / linked server
    host: str | None = None  # host named in server options or a connection string


@dataclass(frozen=True)
class Exclusion:
    """A way a query keeps rows out: anti-join / NOT EXISTS / NOT IN on a table, or a flag filter."""

    how: str  # not-exists | not-in | anti-join | flag
    table: str | None  # the table whose rows exclude (for anti-joins), or the flag's table
    column: str | None  # the flag column (for flag filters)


@dataclass(frozen=True)
class Purge:
    """``DELETE FROM t WHERE col < now() - interval '6 months'``: rows older than ``period`` go."""

    table: str
    column: str
    period: str  # ISO 8601 duration, e.g. P6M
    days: float  # the period in days, for comparison


@dataclass(frozen=True)
class Flow:
    """One statement's data movement, at column level."""

    statement: str  # insert-select | create-table-as | view | materialized-view | merge | update | copy-to | outfile | export-data | copy-into-location | grant | publication | subscription | foreign-table | dblink | select | delete
    location: Location
    reads: tuple[ColumnRef, ...] = ()  # columns whose values reach the sink
    mapping: tuple[tuple[ColumnRef, tuple[ColumnRef, ...]], ...] = ()  # sink column <- source columns
    filters: tuple[ColumnRef, ...] = ()  # columns read only in WHERE / JOIN / GROUP BY ...
    sink: Sink | None = None
    sources: tuple[str, ...] = ()  # tables read (keys), incl. ones outside the schema (e.g. dblink, foreign)
    source_schemas: tuple[str, ...] = ()
    source_servers: tuple[str, ...] = ()
    exclusions: tuple[Exclusion, ...] = ()
    purge: Purge | None = None
    purpose: str | None = None  # from a ``-- notice-check: purpose=<id>`` header
    roles: tuple[str, ...] = ()  # roles granted / SET ROLE in effect
