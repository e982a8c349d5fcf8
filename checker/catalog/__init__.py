"""The built-in catalog of personal-data kinds (data in kinds.yaml, format in schemas/catalog.schema.json)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..yamlload import load_package_yaml

SPECIAL_CLASSES = ("special", "criminal", "national-id")


@dataclass(frozen=True)
class Kind:
    id: str
    label: dict[str, str]
    gdpr_class: str
    article: str | None
    dpv: str | None
    types: tuple[str, ...]
    raw: dict[str, Any] = field(repr=False, compare=False, hash=False, default_factory=dict)

    @property
    def is_special(self) -> bool:
        return self.gdpr_class in SPECIAL_CLASSES


@dataclass(frozen=True)
class Catalog:
    kinds: dict[str, Kind]
    person_context: dict[str, tuple[str, ...]]
    non_person_context: dict[str, tuple[str, ...]]
    # table-level word lists: organisation_context, organisation_name, person_reference, record_keeping
    sections: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def kind(self, kind_id: str) -> Kind | None:
        return self.kinds.get(kind_id)


def catalog_from_data(data: dict[str, Any]) -> Catalog:
    kinds = {}
    for raw in data["kinds"]:
        kinds[raw["id"]] = Kind(
            id=raw["id"],
            label=dict(raw.get("label", {})),
            gdpr_class=raw.get("class", "ordinary"),
            article=raw.get("article"),
            dpv=raw.get("dpv"),
            types=tuple(raw.get("types") or ()),
            raw=raw,
        )
    return Catalog(
        kinds=kinds,
        person_context={k: tuple(v) for k, v in (data.get("person_context") or {}).items()},
        non_person_context={k: tuple(v) for k, v in (data.get("non_person_context") or {}).items()},
        sections={k: v for k, v in data.items() if k not in ("version", "kinds", "person_context", "non_person_context")},
    )


@lru_cache(maxsize=1)
def load_catalog() -> Catalog:
    return catalog_from_data(load_package_yaml("catalog/kinds.yaml"))
