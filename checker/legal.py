"""Legal facts (laws, safeguards, authorities, EU/EEA, adequacy) from checker/data/legal/*.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .yamlload import load_package_yaml


@dataclass(frozen=True)
class LegalFacts:
    laws: dict[str, dict[str, Any]]
    safeguards: dict[str, dict[str, Any]]
    authorities: dict[str, dict[str, Any]]
    eea: dict[str, Any]

    def in_eea(self, country: str) -> bool:
        """Is ``country`` (ISO 3166-1 alpha-2) an EU member or an EEA EFTA state?"""
        return country in set(self.eea.get("eu") or ()) | set(self.eea.get("eea_efta") or ())

    def law_mentions(self, text: str) -> list[str]:
        """Ids of laws named in a free text (by each law's ``mentions`` regexes)."""
        found = []
        for law_id, law in self.laws.items():
            for pattern in law.get("mentions") or ():
                if re.search(pattern, text, re.IGNORECASE):
                    found.append(law_id)
                    break
        return found

    def authority_mentions(self, text: str) -> list[str]:
        found = []
        for org_id, org in self.authorities.items():
            for pattern in org.get("aliases") or ():
                if re.search(pattern, text, re.IGNORECASE):
                    found.append(org_id)
                    break
        return found


def _by_id(data: Any, key: str) -> dict[str, dict[str, Any]]:
    items = data.get(key, data) if isinstance(data, dict) else data
    return {item["id"]: item for item in items}


@lru_cache(maxsize=1)
def load_legal() -> LegalFacts:
    return LegalFacts(
        laws=_by_id(load_package_yaml("data/legal/laws.yaml"), "laws"),
        safeguards=_by_id(load_package_yaml("data/legal/safeguards.yaml"), "safeguards"),
        authorities=_by_id(load_package_yaml("data/legal/authorities.yaml"), "authorities"),
        eea=load_package_yaml("data/legal/eea.yaml"),
    )
