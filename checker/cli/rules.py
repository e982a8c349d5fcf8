"""``notice-check rules`` and ``notice-check explain``: the rules and their documentation."""
from __future__ import annotations

import click

from ..errors import UserError
from .exitcodes import EXIT_CLEAN
from .options import lang_option


@click.command("rules")
@lang_option(default="en", help="Language of the summaries.")
def rules(lang):
    """List every rule: id, name, default severity and what it reports.

    \b
    Example:
      notice-check rules --lang fi
    """
    from ..rules import RULES

    for rule in RULES.values():
        click.echo(f"{rule.id}  {rule.name:<30} {rule.severity.label:<8} {rule.summary_in(lang)}")
    return EXIT_CLEAN


@click.command("explain")
@click.argument("rule")
def explain(rule):
    """Show a rule's documentation (What it does / Why it matters / Example / How to fix / References).

    \b
    Example:
      notice-check explain PN111
    """
    from ..rules import get

    found = get(rule)
    if found is None:
        raise UserError(f"unknown rule '{rule}'; `notice-check rules` lists them")
    click.echo(f"{found.id} ({found.name}, default severity {found.severity.label})\n")
    click.echo(found.doc.strip() + "\n")
    return EXIT_CLEAN
