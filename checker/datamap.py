"""The data map: the organisation's own decisions about columns (and, later, systems and purposes)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import UserError
from .model import Location
from .validation import validate, validate_once
from .yamlload import LocationMap, load_located, read_text


@dataclass(frozen=True)
class DataMap:
    path: str
    columns: dict[str, str | None] = field(default_factory=dict)  # "table.column" -> category id, None = not personal
    data: dict[str, Any] = field(default_factory=dict)
    locations: LocationMap | None = None
    where: dict[str, Location] = field(default_factory=dict)  # "table.column" -> the entry's location


def load_datamap(path: str, cache_dir: str | None = None) -> DataMap:
    text = read_text(path)
    data, locations = load_located(text, path)
    if not isinstance(data, dict):
        raise UserError("a data map must be a YAML mapping", locations.of(()))
    validate_once(data, "datamap.schema.json", text, cache_dir, lambda d: validate(d, "datamap.schema.json", locations))
    columns: dict[str, str | None] = {}
    where: dict[str, Location] = {}
    for key, value in (data.get("columns") or {}).items():
        folded = key.lower()
        if folded in columns:
            first = where[folded]
            raise UserError(f"'{key}' names the same column as the entry at line {first.line} (names are compared case-insensitively)", locations.of(("columns", key), key=True))
        columns[folded] = None if value in (None, "none") else value
        where[folded] = locations.of(("columns", key), key=True)
    return DataMap(path=path, columns=columns, data=data, locations=locations, where=where)
