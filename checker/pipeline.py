"""The one-way pipeline as a function: policy -> sql -> classify -> rules -> findings."""
from __future__ import annotations

import os
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
from .rules.base import CheckContext, Scope


@dataclass(frozen=True)
class CheckResult:
    schema: Schema
    classifications: tuple[Classification, ...]
    findings: tuple[Finding, ...]
    summary: dict = field(default_factory=dict)
    suppressed: tuple = ()  # (Finding, Suppression) pairs


def project_root(config_root: str | None = None) -> str:
    """Where displayed paths are relative to: the enclosing git work tree (so SARIF URIs,
    baselines and data-map path globs mean the same from any folder), else the configuration's
    folder, else the working directory."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return str(folder)
    return str(Path(config_root).resolve()) if config_root else str(here)


def read(
    paths: Sequence[tuple[str, str | None]],
    dialect: str,
    exclude: Sequence[str] = (),
    *,
    cache_dir: str | None = None,
    workers: int | None = None,
    root: str | None = None,
    formats: Sequence[tuple[str, str]] = (),
) -> Schema:
    """Read the inputs; ``paths`` are (path, dialect or None), ``formats`` (path, format) from
    the configuration (a file or folder below a configured path takes its settings)."""
    from .sql import read_schema  # sqlglot is imported only when SQL is read

    return read_schema(
        [p for p, _ in paths], dialect=dialect, dialect_for=_per_path({p: d for p, d in paths if d}),
        format_for=_per_path(dict(formats)), exclude=exclude, cache_dir=cache_dir, workers=workers, display_root=root,
    )


def input_order(paths: Sequence[tuple[str, str | None]], dialect: str, exclude: Sequence[str] = (), *, root: str | None = None, formats: Sequence[tuple[str, str]] = ()):
    """The files ``read`` would read, in order, with the layout of each and why any is left out."""
    from .sql import input_order as order

    return order(
        [p for p, _ in paths], dialect=dialect, dialect_for=_per_path({p: d for p, d in paths if d}),
        format_for=_per_path(dict(formats)), exclude=exclude, display_root=root,
    )


def _per_path(settings: dict[str, str]) -> Callable[[str], str | None]:
    """A lookup of a setting for a file or folder at or below a configured path."""
    real = {os.path.realpath(p): v for p, v in settings.items()}

    def lookup(file: str) -> str | None:
        here = os.path.realpath(file)
        for folder, value in real.items():
            if here == folder or here.startswith(folder + os.sep):
                return value
        return None

    return lookup


# Adjusts a classification after the vocabulary (live scans apply sampling evidence here).
Adjust = Callable[[Classification], Classification]


def classify(
    schema: Schema, policy: Policy | None, datamap: DataMap | None, catalog: Catalog | None = None, adjust: Adjust | None = None
) -> list[Classification]:
    """Classify every column; ``adjust`` (e.g. evidence from sampled values) may revise each result."""
    catalog = catalog or load_catalog()
    view = PolicyView.from_policy(policy) if policy else None
    classifier = Classifier(catalog, view, datamap.columns if datamap else None, datamap.where if datamap else None)
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
    context = CheckContext(policy=policy, legal=load_legal(), catalog=catalog, schema=schema, classifications=classifications, datamap=datamap)
    order = {f.path: i for i, f in enumerate(schema.files)}
    raw = run_rules(Scope.SCHEMA, context, settings)
    raw += run_rules(Scope.FLOW, flow_context(schema, policy, datamap, classifications, catalog), settings)
    kept, suppressed = _suppress(raw, schema, policy, settings)
    findings = tuple(sort_findings(kept, order))
    return CheckResult(schema, classifications, findings, summarize(schema, classifications, findings), tuple(suppressed))


def flow_context(schema: Schema, policy: Policy, datamap: DataMap | None, classifications, catalog: Catalog):
    from .flowmap import flow_view
    from .rules.base import FlowContext

    estate, index, tables = flow_view(schema, classifications, datamap.data if datamap else None, datamap.locations if datamap else None)
    return FlowContext(policy=policy, legal=load_legal(), catalog=catalog, schema=schema, estate=estate, index=index, tables=tables)


def lint(policy: Policy, settings: RuleSettings = RuleSettings()):
    """The notice's own findings (PN1xx), with the policy file's suppressions applied:
    (findings, [(finding, suppression)])."""
    from . import suppress
    from .rules import RULES
    from .rules.base import PolicyContext, SuppressionContext

    findings = run_rules(Scope.POLICY, PolicyContext(policy, load_legal(), load_catalog()), settings)
    suppressions, malformed = suppress.parse_comments(policy.path, suppress.yaml_comments(policy.path, policy.text))
    mine = [s for s in suppressions if any(RULES.get(r) is not None and RULES[r].scope is Scope.POLICY for r in s.rules)]
    kept, hidden, used = suppress.apply(findings, mine)
    kept += run_rules(Scope.SUPPRESSION, SuppressionContext(tuple(mine), frozenset(used), tuple(malformed)), settings)
    return sort_findings(kept), hidden


def _suppress(findings, schema: Schema, policy: Policy | None, settings: RuleSettings):
    from . import suppress
    from .rules.base import SuppressionContext

    suppressions, malformed = [], []
    for file in schema.files:
        s, m = suppress.parse_comments(file.path, file.comments)
        suppressions += s
        malformed += m
    if policy is not None:  # suppressions of notice rules (PN1xx) belong to `policy lint`
        from .rules import RULES

        s, _ = suppress.parse_comments(policy.path, suppress.yaml_comments(policy.path, policy.text))
        suppressions += [x for x in s if not all(RULES.get(r) is not None and RULES[r].scope is Scope.POLICY for r in x.rules)]
    kept, hidden, used = suppress.apply(findings, suppressions)
    context = SuppressionContext(tuple(suppressions), frozenset(used), tuple(malformed))
    kept += run_rules(Scope.SUPPRESSION, context, settings)
    return kept, hidden


def only_in(findings: Sequence[Finding], paths: set[str], root: str) -> list[Finding]:
    """Findings located in the given files (``paths`` relative to the working directory,
    finding paths relative to ``root``), compared as real paths."""
    wanted = {os.path.realpath(p) for p in paths}
    return [f for f in findings if os.path.realpath(os.path.join(root, f.location.path)) in wanted]
