"""``notice-check policy validate|lint|suggest|render``: the privacy notice as YAML."""
from __future__ import annotations

import click

from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS
from .helpers import emit, load_config, load_policy, refuse_existing, rule_settings, run_check, use_colour
from .options import (
    config_option,
    fail_on_option,
    force_option,
    input_options,
    lang_option,
    message_lang_option,
    no_cache_option,
    no_color_option,
    output_option,
)


@click.group("policy")
def policy() -> None:
    """Validate, lint and render a policy (the privacy notice as YAML)."""


@policy.command("validate")
@click.argument("policy_path", type=click.Path())
@no_cache_option
def policy_validate(policy_path):
    """Check a policy against its schema and resolve its references.

    \b
    Example:
      notice-check policy validate policies/leppakoski-lampo.yaml
    """
    load_policy(policy_path)
    click.echo(f"{policy_path}: valid")
    return EXIT_CLEAN


@policy.command("lint")
@click.argument("policy_path", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@fail_on_option
@config_option
@output_option
@no_color_option
@no_cache_option
@message_lang_option("Language of the text format (JSON stays in English).")
def policy_lint(policy_path, fmt, fail_on, config_path, output, no_color, lang):
    """Report what the notice itself gets wrong or leaves out (PN1xx rules).

    \b
    Example:
      notice-check policy lint policies/leppakoski-lampo.yaml
    """
    from ..engine import counts, fails
    from ..pipeline import lint

    cfg = load_config(config_path)
    loaded = load_policy(policy_path)
    findings, suppressed = lint(loaded, rule_settings(cfg))
    if fmt == "json":
        from .. import __version__
        from ..model import Report
        from ..render.json_out import render

        text = render(Report(tuple(findings), {"findings": counts(findings), "suppressed": len(suppressed)}, tuple(suppressed), tool_version=__version__))
    else:
        from ..grouping import group_findings, problem_counts
        from ..i18n import choose_lang, msg, translate
        from ..render.text import render_findings, summary_line

        lang = choose_lang(lang, cfg.lang, loaded)
        extra = translate(msg("{n} suppressed", n=len(suppressed)), lang) if suppressed else ""
        line = summary_line(problem_counts(group_findings(findings)), extra, locations=len(findings), lang=lang)
        text = render_findings(findings, line, colour=use_colour(output, no_color), lang=lang)
    emit(text, output)
    return EXIT_FINDINGS if fails(findings, fail_on or cfg.fail_on) else EXIT_CLEAN


@policy.command("suggest")
@input_options
@message_lang_option("Language of the comments and placeholder hints.")
@output_option
@force_option
def policy_suggest(paths, policy_path, datamap_path, config_path, dialect, lang, output, force):
    """Propose the changes to the policy YAML that the findings call for, as a unified diff.

    Categories to add (with the kinds found and where), recipients, transfers with a
    safeguard to choose, retention and legal bases to state, rights to add, and the
    statements that cite a repealed law or a defunct authority. Nothing is applied:
    review the diff, replace every "TODO(notice-check): ..." placeholder (the tool never
    invents a legal basis, period or safeguard), then apply it with `patch -p1` or
    `git apply`. Prints nothing when the findings call for no change.

    \b
    Example:
      notice-check policy suggest --config examples/leppakoski/notice-check.toml --lang en > notice.diff
    """
    from pathlib import Path

    from ..catalog import load_catalog
    from ..i18n import choose_lang
    from ..pipeline import lint
    from ..suggest import suggest_diff

    if output:
        refuse_existing([Path(output)], force)
    run = run_check(paths, policy_path, datamap_path, config_path, dialect)
    policy = run.inputs.policy
    lint_findings, _ = lint(policy, rule_settings(run.cfg))
    diff = suggest_diff(policy, list(run.report.findings), lint_findings, catalog=load_catalog(), lang=choose_lang(lang, run.cfg.lang, policy))
    emit(diff, output)
    return EXIT_CLEAN


@policy.command("render")
@click.argument("policy_path", type=click.Path())
@lang_option(help="Language of the notice.")
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default="markdown", show_default=True)
@output_option
@no_cache_option
def policy_render(policy_path, lang, fmt, output):
    """Render the policy as a readable privacy notice.

    \b
    Example:
      notice-check policy render policies/leppakoski-lampo.yaml --lang fi --format html -o notice.html
    """
    from ..render.notice import render_notice

    emit(render_notice(load_policy(policy_path).data, lang, fmt), output)
    return EXIT_CLEAN
