"""Run the enabled rules, stamp rule ids and severities, sort. Decides nothing about exit codes."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .model import Finding, Severity, count_by_severity
from .rules import RULES, Rule
from .rules.base import Problem


@dataclass(frozen=True)
class RuleSettings:
    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)

    def enabled(self, scope: str) -> list[Rule]:
        return [r for r in RULES.values() if r.scope == scope and r.id not in self.disabled]


def _finding(rule: Rule, problem: Problem, severity: Severity) -> Finding:
    return Finding(
        rule=rule.id,
        severity=severity,
        message=problem.message,
        location=problem.location,
        fix=problem.fix,
        table=problem.table,
        column=problem.column,
        kind=problem.kind,
        category=problem.category,
        confidence=problem.confidence,
        reason=problem.reason,
        reference=problem.reference,
        extra=problem.extra,
        related=problem.related,
    )


def run_rules(scope: str, context: object, settings: RuleSettings = RuleSettings()) -> list[Finding]:
    findings: list[Finding] = []
    for rule in settings.enabled(scope):
        severity = settings.severity.get(rule.id, rule.severity)
        findings.extend(_finding(rule, p, severity) for p in rule.check(context))
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
