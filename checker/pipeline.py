"""The one-way pipeline as a function: policy -> sql -> classify -> rules -> findings."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .catalog import Catalog, load_catalog
from .classify import Classifier, PolicyView
from .datamap import DataMap
from .engine import RuleSettings, run_rules, sort_findings
from .legal import load_legal
from .model import Classification, Finding, Schema
from .policy import Policy
from .rules.base import CheckContext


@dataclass(frozen=True)
class CheckResult:
    schema: Schema
    classifications: tuple[Classification, ...]
    findings: tuple[Finding, ...]
    summary: dict = field(default_factory=dict)
    suppressed: tuple = ()  # (Finding, Suppression) pairs


def read(paths: Sequence[tuple[str, str | None]], dialect: str, exclude: Sequence[str] = (), *, cache_dir: str | None = None, workers: int | None = None) -> Schema:
    from .sql import read_schema  # sqlglot is imported only when SQL is read

    per_path = {str(Path(p)): d for p, d in paths if d}

    def dialect_for(file: str) -> str | None:
        resolved = Path(file)
        for root, d in per_path.items():
            if resolved == Path(root) or Path(root) in resolved.parents:
                return d
        return None

    files = [p for p, _ in paths]
    if exclude:
        files = _expand_excluding(files, exclude)
    return read_schema(files, dialect=dialect, dialect_for=dialect_for, cache_dir=cache_dir, workers=workers)


def _expand_excluding(paths: Sequence[str], exclude: Sequence[str]) -> list[str]:
    """Expand directories when exclude globs are set, keeping migration order per directory."""
    import fnmatch

    from .sql import order_migrations

    out: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = [str(f) for f in p.rglob("*.sql") if not any(part.startswith(".") for part in f.relative_to(p).parts)]
            files = order_migrations(files)
        else:
            files = [path]
        out.extend(f for f in files if not any(fnmatch.fnmatch(f, g) or fnmatch.fnmatch(Path(f).name, g) for g in exclude))
    return out


Adjust = Callable[[Classification], Classification]


def classify(
    schema: Schema, policy: Policy | None, datamap: DataMap | None, catalog: Catalog | None = None, adjust: Adjust | None = None
) -> list[Classification]:
    """Classify every column; ``adjust`` (e.g. evidence from sampled values) may revise each result."""
    catalog = catalog or load_catalog()
    view = PolicyView.from_policy(policy) if policy else None
    classifier = Classifier(catalog, view, datamap.columns if datamap else None)
    results = classifier.classify_schema(schema)
    return [adjust(c) for c in results] if adjust else results


def summarize(schema: Schema, classifications: Sequence[Classification], findings: Sequence[Finding]) -> dict:
    from .engine import counts

    personal = [c for c in classifications if c.kind or c.category]  # as the report counts them
    return {
        "findings": counts(findings),
        "files": len(schema.files),
        "statements": sum(f.statements for f in schema.files),
        "commands": sum(f.commands for f in schema.files),
        "parse_failures": sum(f.failed for f in schema.files),
        "unreadable_files": sum(1 for p in schema.problems if p.fatal),
        "tables": len(schema.tables),
        "columns": len(classifications),
        "personal_columns": len(personal),
        "covered_columns": sum(1 for c in personal if c.category),
    }


def check(
    schema: Schema, policy: Policy, datamap: DataMap | None = None, settings: RuleSettings = RuleSettings(), adjust: Adjust | None = None
) -> CheckResult:
    """Run the schema rules, then honour inline suppressions (reporting bad or unused ones)."""
    catalog = load_catalog()
    classifications = tuple(classify(schema, policy, datamap, catalog, adjust))
    context = CheckContext(policy=policy, legal=load_legal(), catalog=catalog, schema=schema, classifications=classifications)
    order = {f.path: i for i, f in enumerate(schema.files)}
    raw = run_rules("schema", context, settings)
    raw += run_rules("flow", flow_context(schema, policy, datamap, classifications, catalog), settings)
    kept, suppressed = _suppress(raw, schema, policy, settings)
    findings = tuple(sort_findings(kept, order))
    return CheckResult(schema, classifications, findings, summarize(schema, classifications, findings), tuple(suppressed))


def flow_context(schema: Schema, policy: Policy, datamap: DataMap | None, classifications, catalog: Catalog):
    from .flowmap import ColumnIndex, Estate
    from .rules.base import FlowContext

    return FlowContext(
        policy=policy,
        legal=load_legal(),
        catalog=catalog,
        schema=schema,
        estate=Estate.from_datamap(datamap.data if datamap else None),
        index=ColumnIndex.build(classifications, schema.flows),
        tables={t.key: t for t in schema.tables},
    )


def _suppress(findings, schema: Schema, policy: Policy | None, settings: RuleSettings):
    from . import suppress
    from .rules.base import SuppressionContext

    suppressions, malformed = [], []
    for file in schema.files:
        s, m = suppress.parse_comments(file.path, file.comments)
        suppressions += s
        malformed += m
    if policy is not None:
        text = Path(policy.path).read_text(encoding="utf-8")
        s, m = suppress.parse_comments(policy.path, suppress.yaml_comments(policy.path, text))
        suppressions += s
        malformed += m
    kept, hidden, used = suppress.apply(findings, suppressions)
    context = SuppressionContext(tuple(suppressions), frozenset(used), tuple(malformed))
    kept += run_rules("suppression", context, settings)
    return kept, hidden


def only_in(findings: Sequence[Finding], paths: set[str]) -> list[Finding]:
    """Findings located in the given files (paths compared after normalisation)."""
    import os

    wanted = {os.path.normpath(p) for p in paths}
    return [f for f in findings if os.path.normpath(f.location.path) in wanted]
