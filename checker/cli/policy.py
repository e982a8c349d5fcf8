"""``notice-check policy validate|lint|render``: the privacy notice as YAML."""
from __future__ import annotations

import click

from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS
from .helpers import emit, load_config, load_policy, rule_settings, use_colour
from .options import config_option, fail_on_option, lang_option, no_cache_option, no_color_option, output_option


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
def policy_lint(policy_path, fmt, fail_on, config_path, output, no_color):
    """Report what the notice itself gets wrong or leaves out (PN1xx rules).

    \b
    Example:
      notice-check policy lint policies/leppakoski-lampo.yaml
    """
    from ..engine import counts, fails
    from ..pipeline import lint

    cfg = load_config(config_path)
    findings, suppressed = lint(load_policy(policy_path), rule_settings(cfg))
    if fmt == "json":
        from .. import __version__
        from ..model import Report
        from ..render.json_out import render

        text = render(Report(tuple(findings), {"findings": counts(findings), "suppressed": len(suppressed)}, tuple(suppressed), tool_version=__version__))
    else:
        from ..render.text import render_findings, summary_line

        extra = f"{len(suppressed)} suppressed" if suppressed else ""
        text = render_findings(findings, summary_line(counts(findings), extra), colour=use_colour(output, no_color))
    emit(text, output)
    return EXIT_FINDINGS if fails(findings, fail_on or cfg.fail_on) else EXIT_CLEAN


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
