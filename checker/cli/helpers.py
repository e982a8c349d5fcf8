"""What the commands share: the configuration, the policy, reading SQL, running the check, the
files a run reads, writing output and located warnings. Commands import this module; it
imports no command. Heavy modules load inside the functions, so that ``--help`` stays fast.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import UserError, ValidationFailed
from ..model import Location
from ..render.safe import printable

if TYPE_CHECKING:
    from ..baseline import Outcome
    from ..config import Config
    from ..datamap import DataMap
    from ..engine import RuleSettings
    from ..model import Report, Schema
    from ..pipeline import CheckResult
    from ..policy import Policy

INPUTS_KEY = "notice_check.inputs"  # click context meta: files this run reads
NO_CACHE_KEY = "notice_check.no_cache"  # click context meta: --no-cache was given
NO_POLICY = "no policy: give --policy POLICY or set 'policy' in notice-check.toml"


# ------------------------------------------------------------------ files read and written


def remember_inputs(*paths: str | None) -> None:
    """Remember files this run reads, so that --output can never overwrite one of them."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta.setdefault(INPUTS_KEY, []).extend(p for p in paths if p)


def refuse_overwriting_inputs(output: str) -> None:
    ctx = click.get_current_context(silent=True)
    if ctx is None or not os.path.exists(output):
        return
    for path in ctx.meta.get(INPUTS_KEY, ()):
        try:
            if os.path.samefile(output, path):
                raise UserError("is an input of this run; refusing to overwrite it (choose another --output)", Location(output))
        except OSError:
            continue


def refuse_existing(targets: Sequence[Path], force: bool) -> None:
    """Refuse to replace a file the user did not ask to replace (--force)."""
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise UserError("exists; pass --force to overwrite it", Location(str(existing[0])))


def emit(text: str, output: str | None) -> None:
    """The command's result: to --output (atomically, never over an input) or standard output."""
    if output:
        from ..output import write_atomic

        refuse_overwriting_inputs(output)
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


def use_colour(output: str | None, no_color: bool) -> bool:
    """Colour only on a terminal, never into a file or with --no-color."""
    return not output and not no_color and sys.stdout.isatty()


def warn(message: str, where: Location | str | None = None) -> None:
    """A warning on standard error: ``file:line:col: warning: message`` (control characters replaced)."""
    click.echo(printable(f"{where}: warning: {message}" if where else f"warning: {message}"), err=True)


# ------------------------------------------------------------------ configuration and policy


def cache_dir() -> str | None:
    """The scan cache directory, or None when --no-cache or NOTICE_CHECK_NO_CACHE is set."""
    ctx = click.get_current_context(silent=True)
    if (ctx is not None and ctx.meta.get(NO_CACHE_KEY)) or os.environ.get("NOTICE_CHECK_NO_CACHE"):
        return None
    from ..sql.scan import default_cache_dir

    return default_cache_dir()


def load_config(config_path: str | None) -> Config:
    """--config, else notice-check.toml / pyproject.toml found upwards, else the defaults."""
    from ..config import Config, find_config, load_config as load

    if config_path:
        path = Path(config_path)
        if not path.is_file():
            raise UserError("configuration file not found", Location(config_path))
        return load(path, cache_dir())
    found = find_config()
    return load(found, cache_dir()) if found else Config()


def rule_settings(cfg: Config) -> RuleSettings:
    """The configuration's disabled and re-graded rules (unknown rule ids are errors)."""
    from ..engine import RuleSettings
    from ..rules import RULES

    for rule_id in [*cfg.disable, *cfg.severity]:
        if rule_id not in RULES:
            raise UserError(f"unknown rule '{rule_id}' in configuration", Location(cfg.path or "configuration"))
    return RuleSettings(disabled=cfg.disable, severity=cfg.severity)


def policy_path_of(policy_path: str | None, cfg: Config) -> str:
    """--policy, else the configuration's; the one "no policy" error."""
    path = policy_path or cfg.policy
    if not path:
        raise UserError(NO_POLICY)
    return path


def load_policy(policy_path: str) -> Policy:
    """Load and check a policy (through the validation cache) and remember it as an input."""
    from ..policy import load_policy as load

    policy = load(policy_path, cache_dir=cache_dir())
    remember_inputs(policy_path)
    return policy


def load_datamap(datamap_path: str | None, cfg: Config) -> DataMap | None:
    """--datamap, else the configuration's, else none."""
    from ..datamap import load_datamap as load

    path = datamap_path or cfg.datamap
    remember_inputs(path)
    return load(path, cache_dir()) if path else None


def project_root(cfg: Config) -> str:
    from ..pipeline import project_root as root

    return root(cfg.root if cfg.path else None)


# ------------------------------------------------------------------ reading SQL and checking


@dataclass(frozen=True)
class Inputs:
    """What a command read: the configuration, the policy (None when not needed and not
    given), the data map and the schema with its flows."""

    cfg: Config
    policy: Policy | None
    datamap: DataMap | None
    schema: Schema


def read_inputs(paths: Sequence[str], policy_path: str | None, datamap_path: str | None, cfg: Config, dialect: str | None, *, need_policy: bool) -> Inputs:
    """Load the policy and the data map, and read the SQL (PATHS, else the configured paths).

    Files that cannot be used at all are errors when nothing else could be read, else located
    warnings on standard error, as are the readers' warnings (e.g. a decoding fallback).
    """
    from ..pipeline import read

    policy_path = policy_path_of(policy_path, cfg) if need_policy else policy_path or cfg.policy
    policy = load_policy(policy_path) if policy_path else None
    datamap = load_datamap(datamap_path, cfg)
    remember_inputs(cfg.path)
    sources = [(p, None) for p in paths] if paths else list(cfg.paths)
    if not sources:
        raise UserError("no SQL paths: give PATHS or set 'paths' in notice-check.toml")
    root = project_root(cfg)
    try:
        schema = read(sources, dialect or cfg.dialect, cfg.exclude, cache_dir=cache_dir(), root=root, formats=cfg.formats)
    except ValueError as exc:  # unknown dialect
        raise UserError(str(exc)) from None
    fatal = [p for p in schema.problems if p.fatal]
    if fatal and len(fatal) >= len(sources) and not schema.tables and not any(f.statements for f in schema.files):
        raise ValidationFailed([UserError(p.message, p.location) for p in fatal])
    for problem in fatal:
        warn(problem.message, problem.location)
    remember_inputs(*(os.path.join(root, f.path) for f in schema.files))
    for file in schema.files:
        for text in file.warnings:
            warn(text, file.path)
    return Inputs(cfg, policy, datamap, schema)


def input_order_text(paths: Sequence[str], cfg: Config, dialect: str | None) -> str:
    """The files that would be read (PATHS, else the configured paths), in order: each with
    its folder's layout or its format, and every file left out with the reason."""
    from ..pipeline import input_order

    sources = [(p, None) for p in paths] if paths else list(cfg.paths)
    if not sources:
        raise UserError("no SQL paths: give PATHS or set 'paths' in notice-check.toml")
    try:
        entries = input_order(sources, dialect or cfg.dialect, cfg.exclude, root=project_root(cfg), formats=cfg.formats)
    except ValueError as exc:  # unknown dialect
        raise UserError(str(exc)) from None
    lines = []
    n = 0
    for entry in entries:
        if entry.reason:
            lines.append(f"   -  {entry.display}  ({entry.reason})")
        else:
            n += 1
            lines.append(f"{n:4}  {entry.display}  [{entry.layout}]")
    lines.append(f"{n} read, {len(entries) - n} left out")
    return "".join(printable(line) + "\n" for line in lines)


@dataclass(frozen=True)
class CheckRun:
    """One run of the check: what was read, the pipeline's result, the baseline applied (if
    any) and the Report renderers receive (after the baseline and any --changed-* focus)."""

    inputs: Inputs
    result: CheckResult
    baseline: Outcome | None
    report: Report

    @property
    def cfg(self) -> Config:
        return self.inputs.cfg


def _under(path: str, folders: list[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == f or real.startswith(f + os.sep) for f in folders)


def run_check(
    paths: Sequence[str],
    policy_path: str | None,
    datamap_path: str | None,
    config_path: str | None,
    dialect: str | None,
    *,
    changed_files: bool = False,
    changed_since: str | None = None,
    baseline_path: str | None = None,
) -> CheckRun:
    """The check as `check`, `baseline` and `report` run it: read, run the rules, apply the
    baseline (see checker/baseline.py for what it means), then narrow to changed files."""
    from .. import __version__
    from .. import baseline as baselines
    from ..engine import counts
    from ..model import Report
    from ..pipeline import check, only_in

    cfg = load_config(config_path)
    sql_paths = tuple(paths)
    if changed_files:
        if not cfg.paths:
            raise UserError("--changed-files needs 'paths' in the configuration (the migration set read for context)")
        configured = [os.path.realpath(p) for p, _ in cfg.paths]
        # a changed file already inside the configured set is read there, in migration order
        sql_paths = tuple(p for p, _ in cfg.paths) + tuple(p for p in paths if not _under(p, configured))
    inputs = read_inputs(sql_paths, policy_path, datamap_path, cfg, dialect, need_policy=True)
    result = check(inputs.schema, inputs.policy, inputs.datamap, rule_settings(cfg))
    findings = list(result.findings)
    suppressed = list(result.suppressed)
    hidden: list[Any] = []
    outcome = None
    remember_inputs(baseline_path)
    if baseline_path:  # on the whole run first: entries for unchanged files are not stale
        outcome = baselines.apply(findings, baselines.load(baseline_path))
        findings, hidden = list(outcome.kept), list(outcome.hidden)
    focus = set(paths) if changed_files else None
    if changed_since:
        from ..vcs import changed_since as changed

        focus = changed(changed_since) if focus is None else focus & changed(changed_since)
    if focus is not None:
        root = project_root(cfg)
        findings = only_in(findings, focus, root)
        suppressed = [pair for pair in suppressed if only_in([pair[0]], focus, root)]
        hidden = only_in(hidden, focus, root)
    stale = outcome.stale if outcome else ()
    summary = dict(result.summary, findings=counts(findings), suppressed=len(suppressed), baseline_hidden=len(hidden),
                   baseline_stale=len(stale), baseline_used=bool(baseline_path))
    report = Report(tuple(findings), summary, tuple(suppressed), len(hidden), tuple(stale), __version__)
    return CheckRun(inputs, result, outcome, report)
