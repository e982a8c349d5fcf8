"""Incremental scans: a snapshot file with each table's structure hash and its evidence.

The next scan with the same database and sample size re-samples only the tables whose
structure (column names, types and order) changed, or that are new; the others reuse the
stored evidence. The file holds counts, masked examples and JSON key paths only — what
the outputs show — never a sampled value. Data changes inside an unchanged table are not
noticed until the snapshot is deleted (or the sample size changes).

    {"version": 1, "database": "postgresql://reader@db/crm", "sample": 20,
     "tables": {"asiakas": {"hash": "3f0c...", "columns": {"etunimi": {"sampled": 20, ...}}}}}

An unreadable, foreign or corrupt snapshot is ignored (everything is sampled) and rewritten.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .evidence import Evidence
from .catalog import TableInfo

VERSION = 1
Stored = dict[str, tuple[str, dict[str, Evidence]]]  # table key -> (hash, {column: Evidence})


def structure_hash(table: TableInfo) -> str:
    text = json.dumps([table.kind, [(c.name, c.sql_type) for c in table.columns], list(table.primary_key)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _to_json(ev: Evidence) -> dict[str, Any]:
    return {"sampled": ev.sampled, "valid": [list(v) for v in ev.valid], "examples": [[k, list(m)] for k, m in ev.examples],
            "keys": [[k, list(p)] for k, p in ev.keys]}


def _from_json(data: dict[str, Any]) -> Evidence:
    return Evidence(int(data["sampled"]), tuple((str(k), int(n)) for k, n in data["valid"]),
                    tuple((str(k), tuple(str(m) for m in masks)) for k, masks in data["examples"]),
                    tuple((str(k), tuple(str(p) for p in paths)) for k, paths in data.get("keys", ())))


def load(path: str, database: str, sample: int) -> Stored:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if data.get("version") != VERSION or data.get("database") != database or data.get("sample") != sample:
            return {}
        return {str(key): (str(t["hash"]), {str(c): _from_json(e) for c, e in t["columns"].items()}) for key, t in data["tables"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save(path: str, database: str, sample: int, tables: Stored) -> None:
    from ..output import write_atomic

    data = {"version": VERSION, "database": database, "sample": sample,
            "tables": {key: {"hash": h, "columns": {c: _to_json(ev) for c, ev in cols.items()}} for key, (h, cols) in sorted(tables.items())}}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
