"""``notice-check report`` and ``notice-check ropa``: what the compliance officer reads."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import UserError
from ..model import Location
from .exitcodes import EXIT_CLEAN
from .helpers import emit, load_config, load_policy, policy_path_of, read_inputs, refuse_existing, rule_settings, run_check
from .options import baseline_option, force_option, input_options, message_lang_option, output_option


def report_inputs(func):
    """What to read (as `check` does), then the report's language and --force."""
    return input_options(message_lang_option("Language of the labels, messages and the notice's texts.")(force_option(func)))


@click.command("report")
@report_inputs
@baseline_option("Hide the findings this baseline records (they are listed in the report).")
@click.option("--output", "-o", "output_dir", required=True, type=click.Path(), help="Folder to write report.LANG.html and report.LANG.md into (created if absent).")
def report(paths, policy_path, datamap_path, config_path, dialect, lang, force, baseline_path, output_dir):
    """Write the compliance officer's report: one HTML page and the same as Markdown.

    The verdict, the notice in brief, the data map, coverage, data flows (diagram and
    table), findings with fixes, suppressions and baseline, and the notice's own lint.
    Files: DIR/report.LANG.html (self-contained, works offline) and DIR/report.LANG.md.
    Existing files are kept unless --force is given. Exit 0 when written: use
    `check` to gate a build.

    \b
    Example:
      notice-check report --config examples/leppakoski/notice-check.toml -o reports/leppakoski --lang en
    """
    from ..output import write_atomic
    from ..pipeline import lint as pipeline_lint
    from ..render.report_html import render_html
    from ..render.report_md import render_markdown
    from ..report import build_report

    from ..i18n import choose_lang

    folder = Path(output_dir)
    if folder.exists() and not folder.is_dir():
        raise UserError("is not a folder; give the folder to write the report into", Location(output_dir))
    if lang is None:  # the file names carry the language: settle it before reading
        cfg = load_config(config_path)
        lang = choose_lang(None, cfg.lang, load_policy(policy_path or cfg.policy) if (policy_path or cfg.policy) else None)
    targets = [folder / f"report.{lang}.html", folder / f"report.{lang}.md"]
    refuse_existing(targets, force)
    run = run_check(paths, policy_path, datamap_path, config_path, dialect, baseline_path=baseline_path)
    lint, _ = pipeline_lint(run.inputs.policy, rule_settings(run.cfg))
    data = build_report(
        policy=run.inputs.policy, result=run.result, lint=lint, lang=lang, fail_on=run.cfg.fail_on,
        findings=list(run.report.findings), datamap=run.inputs.datamap, baseline_path=baseline_path or "",
        baseline_hidden=list(run.baseline.hiding) if run.baseline else [], baseline_stale=list(run.baseline.stale) if run.baseline else [],
        inputs=tuple(paths) if paths else tuple(p for p, _ in run.cfg.paths),
    )
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(targets[0], render_html(data))
    write_atomic(targets[1], render_markdown(data))
    click.echo(f"{targets[0]}, {targets[1].name}: written ({data.total} findings, {sum(data.lint_counts.values())} in the notice)", err=True)
    return EXIT_CLEAN


@click.command("ropa")
@report_inputs
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonld"]), default="csv", show_default=True,
              help="csv: one row per processing activity (UTF-8 with BOM, for Excel); jsonld: W3C DPV terms.")
@output_option
def ropa(paths, policy_path, datamap_path, config_path, dialect, lang, force, fmt, output):
    """Export the record of processing activities (GDPR Art. 30(1)), one activity per purpose.

    Controller, contact and DPO, purposes and legal bases, data subjects, categories of
    personal data with how many columns and tables hold them, sources, recipients,
    transfers and safeguards, time limits for erasure and security measures. Without
    SQL paths (none given or configured) the record comes from the policy alone.
    --lang applies to CSV; JSON-LD carries both languages.

    \b
    Examples:
      notice-check ropa --config examples/leppakoski/notice-check.toml -o ropa.csv
      notice-check ropa --config examples/leppakoski/notice-check.toml --format jsonld -o ropa.jsonld
    """
    from .. import ropa as record_of
    from ..pipeline import classify

    if output:
        refuse_existing([Path(output)], force)
    cfg = load_config(config_path)
    if paths or cfg.paths:
        inputs = read_inputs(paths, policy_path, datamap_path, cfg, dialect, need_policy=True)
        policy = inputs.policy
        evidence = record_of.evidence(classify(inputs.schema, policy, inputs.datamap), inputs.schema, inputs.datamap)
    else:
        policy, evidence = load_policy(policy_path_of(policy_path, cfg)), None
    from ..i18n import choose_lang

    record = record_of.build(policy, evidence)
    lang = choose_lang(lang, cfg.lang, policy)
    emit(record_of.to_csv(record, lang) if fmt == "csv" else record_of.to_jsonld(record), output)
    return EXIT_CLEAN
