"""Where flows go, in the organisation's terms: systems, recipients, countries, purposes (pure).

The data map (``datamap.yaml``) names the systems outside the home database and how to
recognise them in SQL (schemas, servers, URI globs, roles), and which SQL serves which
purpose. This module answers, for one flow: which columns and categories it carries,
which system receives it, and which purpose binds it.
"""
from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .i18n import N_, msg
from .model import Classification, ColumnRef, Confidence, Flow, Location, Table

_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|@)[^\s'\"]+", re.IGNORECASE)


@dataclass(frozen=True)
class System:
    id: str
    location: str | None
    operated_by: str
    match: Mapping[str, Sequence[str]]
    source: str | None = None  # the policy source this system is, when it feeds the register
    certifications: tuple[str, ...] = ()  # e.g. eu-us-dpf for a DPF-certified organisation

    def matches(self, what: str, value: str | None) -> bool:
        if not value:
            return False
        return any(fnmatch.fnmatchcase(value.lower(), g.lower()) for g in self.match.get(what, ()))


PURGE_BY = {"job": N_("job"), "system": N_("system"), "document": N_("document")}  # DeclaredPurge.by, for messages


@dataclass(frozen=True)
class DeclaredPurge:
    """A deletion outside the checked SQL, declared in the data map's ``purges``."""

    category: str
    period: str  # ISO 8601 duration
    days: float | None
    by: str  # job | system | document
    name: str
    location: Location  # the data-map entry
    tables: tuple[str, ...] = ()


@dataclass(frozen=True)
class Estate:
    home: str | None = None
    systems: tuple[System, ...] = ()
    purposes: tuple[tuple[str, Mapping[str, Sequence[str]]], ...] = ()
    purges: tuple[DeclaredPurge, ...] = ()

    @classmethod
    def from_datamap(cls, data: Mapping[str, Any] | None, locations: Any = None, path: str = "") -> "Estate":
        """``locations`` (the data map's LocationMap) places declared purges for findings."""
        if not data:
            return cls()
        systems = tuple(
            System(
                id=s["id"],
                location=s.get("location"),
                operated_by=s.get("operated_by", "controller"),
                match=s.get("match") or {},
                source=s.get("source"),
                certifications=tuple(s.get("certifications") or ()),
            )
            for s in data.get("systems") or ()
        )
        purposes = tuple((p["purpose"], p.get("match") or {}) for p in data.get("purposes") or ())
        purges = tuple(
            DeclaredPurge(
                category=d["category"], period=d["period"], days=iso_days(d["period"]), by=d["by"], name=d["name"],
                location=locations.of(("purges", i)) if locations is not None else Location(path),
                tables=tuple(d.get("tables") or ()),
            )
            for i, d in enumerate(data.get("purges") or ())
        )
        return cls((data.get("home") or {}).get("location"), systems, purposes, purges)

    def purges_of(self, category: str) -> tuple[DeclaredPurge, ...]:
        return tuple(p for p in self.purges if p.category == category)

    # -- systems ---------------------------------------------------------------------

    def system_of_table(self, table: Table | None, key: str, schema: str | None = None) -> System | None:
        schema = schema or (key.split(".", 1)[0] if "." in key else None)
        server = table.server if table else None
        uri = table.uri if table else None
        for s in self.systems:
            if s.matches("schemas", schema) or s.matches("servers", server) or s.matches("uris", uri):
                return s
        return None

    def system_of_sink(self, flow: Flow, tables: Mapping[str, Table]) -> System | None:
        sink = flow.sink
        if sink is None:
            return None
        if sink.kind == "table":
            return self.system_of_table(tables.get(sink.name), sink.name, sink.schema) or (
                next((s for s in self.systems if s.matches("servers", sink.server)), None)
            )
        if sink.kind in ("uri", "file", "program"):
            candidates = [sink.name, *_URL.findall(sink.name)]
            return next((s for s in self.systems for c in candidates if s.matches("uris", c)), None)
        if sink.kind == "role":
            return next((s for s in self.systems if s.matches("roles", sink.name)), None)
        return None

    def systems_of_sources(self, flow: Flow, tables: Mapping[str, Table]) -> list[System]:
        found: dict[str, System] = {}
        for key in flow.sources:
            s = self.system_of_table(tables.get(key), key)
            if s is not None:
                found[s.id] = s
        for server in flow.source_servers:
            for s in self.systems:
                if s.matches("servers", server) or s.matches("uris", server):
                    found[s.id] = s
        if flow.statement == "subscription" and flow.sink is not None:
            for s in self.systems:
                if s.matches("servers", flow.sink.host) or s.matches("uris", flow.sink.host):
                    found[s.id] = s
        return list(found.values())

    # -- purposes --------------------------------------------------------------------

    def purpose_of(self, flow: Flow, tables: Mapping[str, Table]) -> tuple[str | None, str]:
        """(purpose id, how it was bound) for a flow: file header first, then the data map."""
        if flow.purpose:
            return flow.purpose, msg("file header")
        sink_schema = flow.sink.schema if flow.sink is not None else None
        for purpose, match in self.purposes:
            globs = {k: [g.lower() for g in v] for k, v in match.items()}
            path = flow.location.path.lower()
            if any(fnmatch.fnmatchcase(path, g) for g in globs.get("paths", ())):
                return purpose, msg("data map (paths)")
            schemas = set(flow.source_schemas) | ({sink_schema.lower()} if sink_schema else set())
            if any(fnmatch.fnmatchcase(s, g) for s in schemas for g in globs.get("schemas", ())):
                return purpose, msg("data map (schemas)")
            if any(fnmatch.fnmatchcase(r, g) for r in flow.roles for g in globs.get("roles", ())):
                return purpose, msg("data map (roles)")
        return None, ""


@dataclass
class ColumnIndex:
    """Classifications by (table, column), with lineage through views and CREATE TABLE AS."""

    by_column: dict[tuple[str, str], Classification] = field(default_factory=dict)
    lineage: dict[tuple[str, str], tuple[ColumnRef, ...]] = field(default_factory=dict)

    @classmethod
    def build(cls, classifications: Iterable[Classification], flows: Iterable[Flow]) -> "ColumnIndex":
        index = cls()
        for c in classifications:
            index.by_column[(c.column.table, c.column.name.lower())] = c
        for f in flows:
            if f.statement in ("view", "materialized-view", "create-table-as"):
                for target, sources in f.mapping:
                    index.lineage[(target.table, target.column)] = sources
        return index

    def base(self, ref: ColumnRef, depth: int = 0) -> list[ColumnRef]:
        """The stored columns a (possibly derived) column's values come from."""
        sources = self.lineage.get((ref.table, ref.column))
        if not sources or depth > 20:
            return [ref]
        out: list[ColumnRef] = []
        for s in sources:
            out.extend(self.base(s, depth + 1))
        return out

    def personal(self, ref: ColumnRef) -> list[tuple[ColumnRef, Classification]]:
        """(column, classification) of every personal base column behind ``ref``."""
        found = []
        for base in set(self.base(ref)):
            c = self.by_column.get((base.table, base.column))
            if c is not None and c.kind and c.confidence is not None and c.confidence >= Confidence.MEDIUM:
                found.append((base, c))
        return found

    def carried(self, refs: Iterable[ColumnRef]) -> list[tuple[ColumnRef, Classification]]:
        seen: dict[tuple[str, str], tuple[ColumnRef, Classification]] = {}
        for ref in refs:
            for base, c in self.personal(ref):
                seen[(base.table, base.column)] = (base, c)
        return [seen[k] for k in sorted(seen)]


def flow_view(schema, classifications: Iterable[Classification], datamap_data: Mapping[str, Any] | None, locations: Any = None) -> tuple[Estate, ColumnIndex, dict[str, Table]]:
    """What every consumer of flows needs: the estate, the column index and tables by key."""
    return (
        Estate.from_datamap(datamap_data, locations),
        ColumnIndex.build(classifications, schema.flows),
        {t.key: t for t in schema.tables},
    )


def describe(carried: Sequence[tuple[ColumnRef, Classification]], limit: int = 4) -> str:
    """``asiakas.sahkoposti (email, contact-details), ...`` for messages."""
    parts = [f"{ref.table}.{ref.column} ({c.kind}{', ' + c.category if c.category else ''})" for ref, c in carried[:limit]]
    more = len(carried) - limit
    listed = ", ".join(parts)
    return msg("{columns} and {more} more", columns=listed, more=more) if more > 0 else listed


_N = r"(\d+(?:\.\d+)?)"
_ISO = re.compile(rf"^P(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?(?:T(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$")
_UNIT_DAYS = (365.25, 30.4375, 7.0, 1.0, 1 / 24, 1 / 1440, 1 / 86400)  # Y M W D, then H M S


def iso_days(duration: str) -> float | None:
    """An ISO 8601 duration in days (P6M, P1Y6M, PT72H, P1DT12H); None when it is not one."""
    m = _ISO.match(duration or "")
    if not m or duration in ("P", "PT"):
        return None
    return sum(float(v) * days for v, days in zip(m.groups(), _UNIT_DAYS) if v)
