"""Load and validate a policy: YAML (safe, located) -> JSON Schema -> references resolve."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .catalog import Catalog, load_catalog
from .errors import UserError, ValidationFailed
from .legal import LegalFacts, load_legal
from .model import Location
from .validation import validate, validate_once
from .yamlload import JsonPath, LocationMap, load_located

SECTIONS_WITH_IDS = ("purposes", "data_subjects", "category_groups", "sources", "recipients", "retention", "security")


@dataclass(frozen=True)
class Policy:
    """A validated policy: the plain data plus where each part stands in the file."""

    data: dict[str, Any]
    path: str
    locations: LocationMap
    text: str = field(default="", repr=False)  # the file as loaded (its comments carry suppressions)

    def where(self, *json_path: Any) -> Location:
        return self.locations.of(json_path)

    def categories(self) -> Iterator[tuple[JsonPath, dict[str, Any], dict[str, Any]]]:
        """(json path, group, category) for every data category."""
        for gi, group in enumerate(self.data.get("category_groups") or ()):
            for ci, category in enumerate(group.get("categories") or ()):
                yield ("category_groups", gi, "categories", ci), group, category

    def category(self, category_id: str) -> dict[str, Any] | None:
        for _, _, category in self.categories():
            if category["id"] == category_id:
                return category
        return None

    def category_ids(self) -> set[str]:
        return {c["id"] for _, _, c in self.categories()}

    def items(self, section: str) -> list[dict[str, Any]]:
        return list(self.data.get(section) or ())

    def ids(self, section: str) -> set[str]:
        return {item["id"] for item in self.items(section) if "id" in item}

    def covering_categories(self, kind_id: str) -> list[str]:
        return [c["id"] for _, _, c in self.categories() if kind_id in (c.get("kinds") or ())]


def _check_unique(policy: Policy, problems: list[UserError]) -> None:
    def check(items: list[dict[str, Any]], path: JsonPath, what: str) -> None:
        seen: dict[str, int] = {}
        for i, item in enumerate(items):
            item_id = item.get("id")
            if item_id is None:
                continue
            if item_id in seen:
                first = policy.where(*path, seen[item_id], "id")
                problems.append(UserError(f"duplicate {what} id '{item_id}' (first at line {first.line})", policy.where(*path, i, "id")))
            else:
                seen[item_id] = i

    for section in SECTIONS_WITH_IDS:
        check(policy.items(section), (section,), section.rstrip("s").replace("_", " "))
    all_categories = [c for _, _, c in policy.categories()]
    paths = [p for p, _, _ in policy.categories()]
    seen: dict[str, JsonPath] = {}
    for path, category in zip(paths, all_categories):
        if category["id"] in seen:
            first = policy.where(*seen[category["id"]], "id")
            problems.append(UserError(f"duplicate category id '{category['id']}' (first at line {first.line})", policy.where(*path, "id")))
        else:
            seen[category["id"]] = path
    transfers = (policy.data.get("transfers") or {}).get("allowed") or []
    check(transfers, ("transfers", "allowed"), "transfer")


def _check_references(policy: Policy, catalog: Catalog, legal: LegalFacts, problems: list[UserError]) -> None:
    categories = policy.category_ids()
    purposes = policy.ids("purposes")
    subjects = policy.ids("data_subjects")
    recipients = policy.ids("recipients")

    def ref(value: str, known: set[str] | dict, what: str, *path: Any) -> None:
        if value not in known:
            hint = _closest(value, known)
            problems.append(UserError(f"unknown {what} '{value}'" + (f"; did you mean '{hint}'?" if hint else ""), policy.where(*path)))

    for path, _, category in policy.categories():
        for i, kind in enumerate(category.get("kinds") or ()):
            ref(kind, catalog.kinds, "personal-data kind", *path, "kinds", i)
        for i, purpose in enumerate(category.get("purposes") or ()):
            ref(purpose, purposes, "purpose", *path, "purposes", i)
        for i, subject in enumerate(category.get("data_subjects") or ()):
            ref(subject, subjects, "data subject", *path, "data_subjects", i)
    for section in ("sources", "recipients"):
        for si, item in enumerate(policy.items(section)):
            for pi, stated in enumerate(item.get("stated_purposes") or ()):
                if stated.get("purpose"):
                    ref(stated["purpose"], purposes, "purpose", section, si, "stated_purposes", pi, "purpose")
    for si, source in enumerate(policy.items("sources")):
        for i, category in enumerate(source.get("feeds") or ()):
            ref(category, categories, "category", "sources", si, "feeds", i)
        for i, kind in enumerate(source.get("kinds") or ()):
            ref(kind, catalog.kinds, "personal-data kind", "sources", si, "kinds", i)
        if source.get("organisation"):
            ref(source["organisation"], legal.authorities, "organisation", "sources", si, "organisation")
    for ti, transfer in enumerate((policy.data.get("transfers") or {}).get("allowed") or ()):
        ref(transfer["recipient"], recipients, "recipient", "transfers", "allowed", ti, "recipient")
        ref(transfer["safeguard"], legal.safeguards, "transfer safeguard", "transfers", "allowed", ti, "safeguard")
        for i, category in enumerate(transfer.get("categories") or ()):
            ref(category, categories, "category", "transfers", "allowed", ti, "categories", i)
    for ri, retention in enumerate(policy.items("retention")):
        for i, category in enumerate(retention.get("categories") or ()):
            ref(category, categories, "category", "retention", ri, "categories", i)
    for path, law in law_references(policy.data):
        ref(law, legal.laws, "law", *path)


def law_references(node: Any, path: JsonPath = ()) -> Iterator[tuple[JsonPath, str]]:
    """Every ``law: <id>`` in the document, wherever it stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "law" and isinstance(value, str):
                yield path + (key,), value
            else:
                yield from law_references(value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from law_references(value, path + (i,))


def _closest(value: str, known: Any) -> str | None:
    import difflib

    matches = difflib.get_close_matches(value, list(known), n=1, cutoff=0.75)
    return matches[0] if matches else None


def load_policy(path: str, *, catalog: Catalog | None = None, legal: LegalFacts | None = None, cache_dir: str | None = None) -> Policy:
    """Load, schema-check and reference-check a policy; raise located errors.

    With ``cache_dir``, a policy whose exact text already passed the schema check is not
    checked again (jsonschema is slow to import); references are always resolved.
    """
    from .yamlload import read_text

    text = read_text(path)
    data, locations = load_located(text, path)
    if not isinstance(data, dict):
        raise UserError("a policy must be a YAML mapping", locations.of(()))
    validate_once(data, "policy.schema.json", text, cache_dir, lambda d: validate(d, "policy.schema.json", locations))
    policy = Policy(data=data, path=path, locations=locations, text=text)
    problems: list[UserError] = []
    _check_unique(policy, problems)
    _check_references(policy, catalog or load_catalog(), legal or load_legal(), problems)
    if problems:
        problems.sort(key=lambda p: (p.location.line, p.location.col) if p.location else (0, 0))
        raise ValidationFailed(problems)
    return policy
