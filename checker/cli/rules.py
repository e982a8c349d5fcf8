"""``notice-check rules`` and ``notice-check explain``: the rules and their documentation."""
from __future__ import annotations

import click

from ..errors import UserError
from .exitcodes import EXIT_CLEAN
from .options import message_lang_option


def _lang(lang: str | None) -> str:
    """--lang, else the configuration's ``lang`` (found upwards), else English."""
    from ..i18n import choose_lang
    from .helpers import load_config

    return choose_lang(lang, load_config(None).lang if lang is None else None)


@click.command("rules")
@message_lang_option("Language of the summaries.", policy=False)
def rules(lang):
    """List every rule: id, name, default severity and what it reports.

    \b
    Example:
      notice-check rules --lang fi
    """
    from ..i18n import translate
    from ..render.text import SEVERITY_WORDS
    from ..rules import RULES

    lang = _lang(lang)
    for rule in RULES.values():
        severity = translate(SEVERITY_WORDS[rule.severity.label][0], lang)
        click.echo(f"{rule.id}  {rule.name:<30} {severity:<8} {rule.summary_in(lang)}")
    return EXIT_CLEAN


@click.command("explain")
@click.argument("rule")
@message_lang_option("Language of the documentation.", policy=False)
def explain(rule, lang):
    """Show a rule's documentation (What it does / Why it matters / Example / How to fix / References).

    \b
    Example:
      notice-check explain PN111
    """
    from ..rules import get

    found = get(rule)
    if found is None:
        raise UserError(f"unknown rule '{rule}'; `notice-check rules` lists them")
    from ..i18n import msg, translate

    lang = _lang(lang)
    head = msg("{id} ({name}, default severity {severity})", id=found.id, name=found.name, severity=msg(found.severity.label))
    click.echo(translate(head, lang) + "\n")
    click.echo(found.doc_in(lang).strip() + "\n")
    return EXIT_CLEAN
