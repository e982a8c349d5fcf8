"""The rule registry: explicit, no auto-discovery. Each module's docstring is its documentation."""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, Generic, TypeVar

from ..i18n import translate
from ..model import Finding, Severity
from .base import CheckContext, FlowContext, PolicyContext, Scope, SuppressionContext

# The registry: one module per rule, in this order (rules, docs and SARIF list them so).
# tests/test_rules_registry.py: every pn*.py file is here, and each module's ID matches its name.
MODULE_NAMES = (
    "pn001_parse_error",
    "pn002_invalid_suppression",
    "pn003_unused_suppression",
    "pn004_scan_incomplete",
    "pn005_migration_order",
    "pn006_file_not_read",
    "pn110_repealed_law",
    "pn111_invalid_safeguard",
    "pn112_defunct_authority",
    "pn113_moved_role",
    "pn114_legal_data_outdated",
    "pn120_purpose_without_basis",
    "pn121_category_without_retention",
    "pn122_rights_missing",
    "pn123_source_kind_unlisted",
    "pn124_requirement_to_provide",
    "pn125_safeguard_copy_missing",
    "pn126_automated_decisions_unstated",
    "pn127_dpo_not_considered",
    "pn128_purpose_basis_elsewhere",
    "pn129_source_origin_unstated",
    "pn130_identity_code_ground",
    "pn131_electronic_marketing_consent",
    "pn132_gdpr_not_cited",
    "pn201_unlisted_personal_data",
    "pn202_unlisted_special_data",
    "pn203_review_low_confidence",
    "pn204_unknown_category",
    "pn205_unused_category",
    "pn206_stale_datamap_entry",
    "pn301_unlisted_recipient",
    "pn302_unlawful_transfer",
    "pn303_unlisted_purpose",
    "pn304_purpose_not_allowed",
    "pn305_marketing_ban_ignored",
    "pn306_retention_exceeded",
    "pn307_no_purge",
    "pn308_unlisted_source",
)

C = TypeVar("C", PolicyContext, CheckContext, FlowContext, SuppressionContext)


@dataclass(frozen=True)
class Rule(Generic[C]):
    id: str
    name: str
    severity: Severity  # the default; the configuration may re-grade it
    scope: Scope
    summary: str
    doc: str
    check: Callable[[C], Iterable[Finding]]  # C: the context of the scope (base.CONTEXTS)

    def summary_in(self, lang: str) -> str:
        """The summary in ``lang`` (the message catalogs; English when untranslated)."""
        return translate(self.summary, lang)

    def doc_in(self, lang: str) -> str:
        """The documentation (title, headings, sections) in ``lang``."""
        from .docs import doc_in

        return doc_in(self.doc, lang)

    @property
    def title(self) -> str:
        return self.doc.strip().splitlines()[0]

    def section(self, heading: str) -> str:
        """One section of the docstring ("What it does", "How to fix", ...)."""
        lines = self.doc.splitlines()
        out: list[str] = []
        inside = False
        for line in lines:
            if line.strip() and not line.startswith(" "):
                inside = line.strip() == heading
                continue
            if inside:
                out.append(line.strip())
        return " ".join(part for part in out if part).strip()


def _rule(module: ModuleType) -> Rule[Any]:
    return Rule(module.ID, module.NAME, module.SEVERITY, module.SCOPE, module.SUMMARY, module.__doc__ or "", module.check)


MODULES: tuple[ModuleType, ...] = tuple(importlib.import_module(f"{__name__}.{name}") for name in MODULE_NAMES)
RULES: dict[str, Rule[Any]] = {rule.id: rule for rule in map(_rule, MODULES)}
NAMES = {rule.name: rule.id for rule in RULES.values()}


def get(rule_id_or_name: str) -> Rule[Any] | None:
    key = rule_id_or_name.strip()
    return RULES.get(key.upper()) or RULES.get(NAMES.get(key.lower(), ""))
