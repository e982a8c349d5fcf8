"""Run the enabled rules, stamp rule ids and severities, sort. Decides nothing about exit codes."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from .model import Finding, Severity, count_by_severity
from .rules import RULES, Rule
from .rules.base import CONTEXTS, UNSTAMPED, Context, Scope


@dataclass(frozen=True)
class RuleSettings:
    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)

    def enabled(self, scope: Scope) -> list[Rule]:
        return [r for r in RULES.values() if r.scope is scope and r.id not in self.disabled]


def run_rules(scope: Scope, context: Context, settings: RuleSettings = RuleSettings()) -> list[Finding]:
    """Run the enabled rules of ``scope`` and stamp each finding with its rule id and severity."""
    if not isinstance(context, CONTEXTS[scope]):
        raise TypeError(f"{scope.value} rules receive a {CONTEXTS[scope].__name__}, not a {type(context).__name__}")
    findings: list[Finding] = []
    for rule in settings.enabled(scope):
        severity = settings.severity.get(rule.id, rule.severity)
        for found in rule.check(context):
            if found.rule != UNSTAMPED:
                raise ValueError(f"{rule.id} yielded a finding already stamped as {found.rule}")
            findings.append(replace(found, rule=rule.id, severity=severity))
    return sort_findings(findings)


def sort_findings(findings: Iterable[Finding], path_order: Mapping[str, int] | None = None) -> list[Finding]:
    """Sorted (files in ``path_order``, e.g. migration order, then others by name), repeats dropped."""
    unique = {(f.rule, f.location, f.message, f.table, f.column): f for f in findings}
    order = path_order or {}
    return sorted(unique.values(), key=lambda f: (order.get(f.location.path, len(order)), f.sort_key()))


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    return count_by_severity(findings)


def fails(findings: Iterable[Finding], fail_on: str) -> bool:
    if fail_on == "never":
        return False
    level = Severity.parse(fail_on)
    return any(f.severity >= level for f in findings)
