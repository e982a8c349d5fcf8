"""Legal facts (laws, safeguards, authorities, EU/EEA, adequacy) from checker/data/legal/*.yaml."""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .i18n import msg
from .yamlload import load_package_yaml


@dataclass(frozen=True)
class LegalFacts:
    laws: dict[str, dict[str, Any]]
    safeguards: dict[str, dict[str, Any]]
    authorities: dict[str, dict[str, Any]]
    eea: dict[str, Any]
    # data file -> (as_of, review_within_days): how old the facts may get before PN114 warns
    freshness: dict[str, tuple[str | None, int | None]] = field(default_factory=dict)

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


    def provision(self, law_id: str, provision: str) -> dict[str, Any]:
        """One provision of a law in laws.yaml (``{}`` when not recorded)."""
        for entry in self.laws.get(law_id, {}).get("provisions") or ():
            if entry["provision"] == provision:
                return entry
        return {}

    def adequacy(self, country: str, today: datetime.date) -> dict[str, Any] | None:
        """The adequacy decision for ``country`` in force on ``today`` (past its ``valid_until``: None)."""
        for decision in self.eea.get("adequacy") or ():
            if decision.get("country") == country and not expired(decision, today):
                return decision
        return None

    def safeguard_invalid(self, safeguard_id: str, today: datetime.date) -> str | None:
        """Why a transfer may not rely on the safeguard on ``today``, or None when it may."""
        safeguard = self.safeguards.get(safeguard_id)
        if safeguard is None:
            return msg("unknown safeguard '{safeguard}'", safeguard=safeguard_id)
        if not safeguard.get("valid", False):
            if safeguard.get("invalidated_by"):
                return msg("invalidated on {date} by {by}", date=safeguard.get("invalidated_on"), by=msg(safeguard["invalidated_by"]))
            return msg("invalidated on {date}", date=safeguard.get("invalidated_on"))
        if expired(safeguard, today):
            return msg("expired on {date}", date=safeguard["valid_until"])
        return None

    def moved_roles(self):
        """(organisation id, moved role) for every role recorded as moved to another organisation."""
        for org_id, org in self.authorities.items():
            for role in org.get("roles_moved") or ():
                yield org_id, role


def expired(entry: dict[str, Any], today: datetime.date) -> bool:
    """Is the entry's ``valid_until`` (a sunset clause) before ``today``?"""
    until = entry.get("valid_until")
    return bool(until) and datetime.date.fromisoformat(until) < today


def _by_id(data: Any, key: str) -> dict[str, dict[str, Any]]:
    items = data.get(key, data) if isinstance(data, dict) else data
    return {item["id"]: item for item in items}


FILES = ("laws.yaml", "safeguards.yaml", "authorities.yaml", "eea.yaml")


@lru_cache(maxsize=1)
def load_legal() -> LegalFacts:
    data = {name: load_package_yaml(f"data/legal/{name}") for name in FILES}
    return LegalFacts(
        laws=_by_id(data["laws.yaml"], "laws"),
        safeguards=_by_id(data["safeguards.yaml"], "safeguards"),
        authorities=_by_id(data["authorities.yaml"], "authorities"),
        eea=data["eea.yaml"],
        freshness={f"checker/data/legal/{name}": (d.get("as_of"), d.get("review_within_days")) for name, d in data.items()},
    )
