"""The command line. The only module with exit codes and terminal I/O.

Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;
2 usage, configuration, policy or input error; 3 internal error (a bug: please report);
130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__
from .errors import UserError, ValidationFailed
from .render.safe import printable

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3
FAIL_LEVELS = click.Choice(["error", "warning", "info", "never"])


def _inputs(*paths: str | None) -> None:
    """Remember files this run reads, so that --output can never overwrite one of them."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        ctx.meta.setdefault("notice_check.inputs", []).extend(p for p in paths if p)


def _refuse_overwriting_inputs(output: str) -> None:
    ctx = click.get_current_context(silent=True)
    if ctx is None or not os.path.exists(output):
        return
    for path in ctx.meta.get("notice_check.inputs", ()):
        try:
            if os.path.samefile(output, path):
                raise UserError("is an input of this run; refusing to overwrite it (choose another --output)", _loc(output))
        except OSError:
            continue


def _emit(text: str, output: str | None) -> None:
    if output:
        from .output import write_atomic

        _refuse_overwriting_inputs(output)
        write_atomic(output, text)
    else:
        click.echo(text, nl=False)


def _colour(output: str | None, no_color: bool) -> bool:
    return not output and not no_color and sys.stdout.isatty()


def _load_config(config_path: str | None):
    from .config import Config, find_config, load_config

    if config_path:
        path = Path(config_path)
        if not path.is_file():
            raise UserError("configuration file not found", _loc(config_path))
        return load_config(path, _cache_dir())
    found = find_config()
    return load_config(found, _cache_dir()) if found else Config()


def _loc(path: str):
    from .model import Location

    return Location(path)


def _settings(cfg):
    from .engine import RuleSettings
    from .rules import RULES

    for rule_id in [*cfg.disable, *cfg.severity]:
        if rule_id not in RULES:
            raise UserError(f"unknown rule '{rule_id}' in configuration", _loc(cfg.path or "configuration"))
    return RuleSettings(disabled=cfg.disable, severity=cfg.severity)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="notice-check")
def cli() -> None:
    """Check that database schemas and SQL keep the promises of a privacy notice.

    \b
    Examples:
      notice-check check --config examples/leppakoski/notice-check.toml
      notice-check policy lint policies/leppakoski-lampo.yaml
      notice-check explain PN201
    """


# ------------------------------------------------------------------ check / classify


def input_options(func):
    """PATHS and the options that say what to read: shared by every command that reads SQL."""
    options = [
        click.argument("paths", nargs=-1, type=click.Path()),
        click.option("--policy", "policy_path", type=click.Path(), help="Policy YAML (default: from the configuration)."),
        click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with systems, purposes and column decisions."),
        click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: notice-check.toml or pyproject.toml, searched upwards)."),
        click.option("--dialect", help="SQL dialect for all paths: postgres, mysql, tsql, sqlite, oracle, bigquery, snowflake, ..."),
        click.option(
            "--no-cache", is_flag=True, expose_value=False, callback=_remember_no_cache,
            help="Do not read or write the scan cache (.notice-check-cache/, or $NOTICE_CHECK_CACHE_DIR).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _sql_options(func):
    func = click.option("--no-color", is_flag=True, help="Never colour the output.")(func)
    func = click.option("--output", "-o", type=click.Path(), help="Write to FILE (atomically) instead of standard output.")(func)
    return input_options(func)


def _remember_no_cache(ctx: click.Context, _param, value: bool) -> None:
    ctx.meta["notice_check.no_cache"] = value


def _cache_dir() -> str | None:
    """The scan cache directory, or None when --no-cache or NOTICE_CHECK_NO_CACHE is set."""
    ctx = click.get_current_context(silent=True)
    if (ctx is not None and ctx.meta.get("notice_check.no_cache")) or os.environ.get("NOTICE_CHECK_NO_CACHE"):
        return None
    from .sql.scan import default_cache_dir

    return default_cache_dir()


def _prepare(paths, policy_path, datamap_path, config_path, dialect, need_policy: bool, cfg=None):
    from .datamap import load_datamap
    from .pipeline import read
    from .policy import load_policy

    cfg = cfg or _load_config(config_path)
    policy_path = policy_path or cfg.policy
    if need_policy and not policy_path:
        raise UserError("no policy: give --policy POLICY or set 'policy' in notice-check.toml")
    policy = load_policy(policy_path, cache_dir=_cache_dir()) if policy_path else None
    datamap_path = datamap_path or cfg.datamap
    _inputs(policy_path, datamap_path, cfg.path)
    datamap = load_datamap(datamap_path, _cache_dir()) if datamap_path else None
    sources = [(p, None) for p in paths] if paths else list(cfg.paths)
    if not sources:
        raise UserError("no SQL paths: give PATHS or set 'paths' in notice-check.toml")
    dialect = dialect or cfg.dialect
    try:
        schema = read(sources, dialect, cfg.exclude, cache_dir=_cache_dir(), root=_root(cfg))
    except ValueError as exc:  # unknown dialect
        raise UserError(str(exc)) from None
    fatal = [p for p in schema.problems if p.fatal]
    if fatal and len(fatal) >= len(sources) and not schema.tables and not any(f.statements for f in schema.files):
        raise ValidationFailed([UserError(p.message, p.location) for p in fatal])
    for problem in fatal:
        click.echo(printable(f"{problem.location}: warning: {problem.message}"), err=True)
    root = _root(cfg)
    _inputs(*(os.path.join(root, f.path) for f in schema.files))
    for file in schema.files:
        for warning in file.warnings:
            click.echo(printable(f"{file.path}: warning: {warning}"), err=True)
    return cfg, policy, datamap, schema


FORMAT_NAMES = ["text", "json", "sarif", "junit", "github", "gitlab"]


def _root(cfg) -> str:
    from .pipeline import project_root

    return project_root(cfg.root if cfg.path else None)


def _under(path: str, folders: list[str]) -> bool:
    real = os.path.realpath(path)
    return any(real == f or real.startswith(f + os.sep) for f in folders)


def _run_check(paths, policy_path, datamap_path, config_path, dialect, changed_files, changed_since, baseline_path):
    """Shared by `check` and `baseline`: the findings to report, as a Report, and the config."""
    from . import baseline as baseline_mod
    from .engine import counts
    from .model import Report
    from .pipeline import check as run_check, only_in

    cfg = _load_config(config_path)
    sql_paths = paths
    if changed_files:
        if not cfg.paths:
            raise UserError("--changed-files needs 'paths' in the configuration (the migration set read for context)")
        configured = [os.path.realpath(p) for p, _ in cfg.paths]
        # a changed file already inside the configured set is read there, in migration order
        sql_paths = tuple(p for p, _ in cfg.paths) + tuple(p for p in paths if not _under(p, configured))
    cfg, policy, datamap, schema = _prepare(sql_paths, policy_path, datamap_path, config_path, dialect, need_policy=True, cfg=cfg)
    result = run_check(schema, policy, datamap, _settings(cfg))
    findings = list(result.findings)
    suppressed = list(result.suppressed)
    root = _root(cfg)
    hidden_findings: list = []
    hidden, stale = 0, []
    _inputs(baseline_path)
    if baseline_path:  # on the whole run first: entries for unchanged files are not stale
        kept, _, stale = baseline_mod.apply(findings, baseline_mod.load(baseline_path))
        hidden_findings = [f for f in findings if f not in kept]
        findings = kept
    focus = set(paths) if changed_files else None
    if changed_since:
        from .vcs import changed_since as changed

        focus = changed(changed_since) if focus is None else focus & changed(changed_since)
    if focus is not None:
        findings = only_in(findings, focus, root)
        suppressed = [pair for pair in suppressed if only_in([pair[0]], focus, root)]
        hidden_findings = only_in(hidden_findings, focus, root)
    hidden = len(hidden_findings)
    summary = dict(result.summary, findings=counts(findings), suppressed=len(suppressed), baseline_hidden=hidden, baseline_stale=len(stale), baseline_used=bool(baseline_path))
    return cfg, Report(tuple(findings), summary, tuple(suppressed), hidden, tuple(stale), __version__)


def _check_options(func):
    options = [
        click.option("--changed-files", is_flag=True, help="PATHS are changed files (pre-commit): read the configured paths for context, report findings only in PATHS."),
        click.option("--changed-since", metavar="REF", help="Report only findings in files changed since the git REF (committed, staged or not)."),
        click.option("--baseline", "baseline_path", type=click.Path(), help="Hide findings recorded in this baseline file (see `notice-check baseline`)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


@cli.command()
@_sql_options
@_check_options
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_LEVELS, help="Lowest severity that fails the run (default: error, or the configuration's).")
def check(paths, policy_path, datamap_path, config_path, dialect, output, no_color, changed_files, changed_since, baseline_path, fmt, fail_on):
    """Find personal-data columns that the privacy notice does not list.

    Reads SQL files and migration folders (applied in version order), builds the
    schema after the last migration, classifies every column and reports what the
    notice does not cover.

    \b
    Examples:
      notice-check check examples/leppakoski/migrations --policy policies/leppakoski-lampo.yaml
      notice-check check --format sarif -o results.sarif --changed-since origin/main
    """
    from .engine import fails

    cfg, report = _run_check(paths, policy_path, datamap_path, config_path, dialect, changed_files, changed_since, baseline_path)
    if fmt == "text":
        from .render.text import render_report

        text = render_report(report, colour=_colour(output, no_color))
    else:
        from .render.formats import FORMATS

        text = FORMATS[fmt](report)
    _emit(text, output)
    return EXIT_FINDINGS if fails(report.findings, fail_on or cfg.fail_on) else EXIT_CLEAN


@cli.command("baseline")
@_sql_options
@click.option("--reason", required=True, help="Why these findings are accepted for now (recorded on every entry, shown in reports).")
@click.option("--force", is_flag=True, help="Overwrite an existing baseline file.")
def baseline_command(paths, policy_path, datamap_path, config_path, dialect, output, no_color, reason, force):
    """Record today's findings, so that `check --baseline FILE` reports only new ones.

    Findings are recorded by fingerprint (rule, file, table, column, kind, category;
    no line numbers), so moving lines does not break the baseline.

    \b
    Example:
      notice-check baseline db/migrations -o .notice-check-baseline.json --reason "adopted 2026-11, see PRIV-12"
    """
    from . import baseline as baseline_mod
    from .output import write_atomic

    target = output
    if not target:
        raise UserError("give the baseline file to write: -o FILE")
    if not reason.strip():
        raise UserError("--reason must say why the findings are accepted")
    if Path(target).exists() and not force:
        raise UserError("exists; pass --force to overwrite it", _loc(target))
    _, report = _run_check(paths, policy_path, datamap_path, config_path, dialect, False, None, None)
    write_atomic(target, baseline_mod.build(report.findings, __version__, reason.strip()))
    click.echo(f"{target}: {len(report.findings)} findings recorded", err=True)
    return EXIT_CLEAN


@cli.command()
@_sql_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True, help="yaml: a draft data map to review and save.")
@click.option("--all", "all_columns", is_flag=True, help="Text format: list non-personal columns too.")
def classify(paths, policy_path, datamap_path, config_path, dialect, output, no_color, fmt, all_columns):
    """Print the data map: every column with its kind, category, confidence and reason.

    \b
    Example:
      notice-check classify db/migrations --format yaml -o datamap-draft.yaml
    """
    from .pipeline import classify as run_classify, summarize
    from .render import classification

    _, policy, datamap, schema = _prepare(paths, policy_path, datamap_path, config_path, dialect, need_policy=False)
    results = run_classify(schema, policy, datamap)
    if fmt == "json":
        text = classification.render_json(results, summarize(schema, results, []))
    elif fmt == "yaml":
        text = classification.render_yaml(results)
    else:
        text = classification.render_text(results, all_columns=all_columns)
    _emit(text, output)
    return EXIT_CLEAN


# ------------------------------------------------------------------ policy


@cli.group()
def policy() -> None:
    """Validate, lint and render a policy (the privacy notice as YAML)."""


@policy.command("validate")
@click.argument("policy_path", type=click.Path())
def policy_validate(policy_path):
    """Check a policy against its schema and resolve its references.

    \b
    Example:
      notice-check policy validate policies/leppakoski-lampo.yaml
    """
    from .policy import load_policy

    load_policy(policy_path)
    click.echo(f"{policy_path}: valid")
    return EXIT_CLEAN


@policy.command("lint")
@click.argument("policy_path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--fail-on", type=FAIL_LEVELS, help="Lowest severity that fails the run (default: error, or the configuration's).")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (rules disabled or re-graded there apply).")
@click.option("--output", "-o", type=click.Path(), help="Write to FILE instead of standard output.")
@click.option("--no-color", is_flag=True)
def policy_lint(policy_path, fmt, fail_on, config_path, output, no_color):
    """Report what the notice itself gets wrong or leaves out (PN1xx rules).

    \b
    Example:
      notice-check policy lint policies/leppakoski-lampo.yaml
    """
    from .engine import counts, fails
    from .pipeline import lint
    from .policy import load_policy

    cfg = _load_config(config_path)
    loaded = load_policy(policy_path)
    _inputs(policy_path)
    findings, suppressed = lint(loaded, _settings(cfg))
    fail_on = fail_on or cfg.fail_on
    if fmt == "json":
        from .model import Report
        from .render.json_out import render

        text = render(Report(tuple(findings), {"findings": counts(findings), "suppressed": len(suppressed)}, tuple(suppressed), tool_version=__version__))
    else:
        from .render.text import render_findings, summary_line

        extra = f"{len(suppressed)} suppressed" if suppressed else ""
        text = render_findings(findings, summary_line(counts(findings), extra), colour=_colour(output, no_color))
    _emit(text, output)
    return EXIT_FINDINGS if fails(findings, fail_on) else EXIT_CLEAN


@policy.command("render")
@click.argument("policy_path", type=click.Path())
@click.option("--lang", type=click.Choice(["fi", "en"]), default="fi", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True)
@click.option("--output", "-o", type=click.Path(), help="Write to FILE instead of standard output.")
def policy_render(policy_path, lang, fmt, output):
    """Render the policy as a readable privacy notice.

    \b
    Example:
      notice-check policy render policies/leppakoski-lampo.yaml --lang fi --format html -o notice.html
    """
    from .policy import load_policy
    from .render.notice import render_notice

    loaded = load_policy(policy_path)
    _inputs(policy_path)
    _emit(render_notice(loaded.data, lang, fmt), output)
    return EXIT_CLEAN


# ------------------------------------------------------------------ rules / explain


@cli.command("rules")
@click.option("--lang", type=click.Choice(["en", "fi"]), default="en", show_default=True)
def rules_command(lang):
    """List every rule: id, name, default severity and what it reports.

    \b
    Example:
      notice-check rules --lang fi
    """
    from .rules import RULES

    for rule in RULES.values():
        click.echo(f"{rule.id}  {rule.name:<30} {rule.severity.label:<8} {rule.summary_in(lang)}")
    return EXIT_CLEAN


@cli.command()
@click.argument("rule")
def explain(rule):
    """Show a rule's documentation (What it does / Why it matters / Example / How to fix / References).

    \b
    Example:
      notice-check explain PN111
    """
    from .rules import get

    found = get(rule)
    if found is None:
        raise UserError(f"unknown rule '{rule}'; `notice-check rules` lists them")
    click.echo(f"{found.id} ({found.name}, default severity {found.severity.label})\n")
    click.echo(found.doc.strip() + "\n")
    return EXIT_CLEAN


from .db.command import register  # noqa: E402
register(cli)
from .report_command import register as _register_report  # noqa: E402
from .report_command import register_suggest  # noqa: E402
_register_report(cli)
register_suggest(policy)


# ------------------------------------------------------------------ entry point


def main(argv: Sequence[str] | None = None) -> int:
    try:
        result = cli.main(args=list(argv) if argv is not None else None, prog_name="notice-check", standalone_mode=False)
    except click.exceptions.Abort as exc:
        if isinstance(exc.__context__, KeyboardInterrupt):
            click.echo("interrupted", err=True)
            return 130
        click.echo("aborted", err=True)
        return EXIT_USAGE
    except click.ClickException as exc:
        exc.show()
        return EXIT_USAGE
    except UserError as exc:
        click.echo(printable(str(exc)), err=True)
        return EXIT_USAGE
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:  # a bug: one line, no traceback unless asked
        import os

        if os.environ.get("NOTICE_CHECK_DEBUG"):
            raise
        click.echo(f"notice-check: internal error: {type(exc).__name__}: {exc} (set NOTICE_CHECK_DEBUG=1 for details; please report)", err=True)
        return EXIT_INTERNAL
    return result if isinstance(result, int) else EXIT_CLEAN
