"""``notice-check check``: the CI gate."""
from __future__ import annotations

import click

from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS
from .helpers import emit, input_order_text, load_config, run_check, use_colour
from .options import baseline_option, changed_options, check_format_option, fail_on_option, message_lang_option, sql_output_options


@click.command("check")
@sql_output_options
@changed_options
@baseline_option("Hide findings recorded in this baseline file (see `notice-check baseline`).")
@check_format_option
@fail_on_option
@message_lang_option("Language of the text format (JSON, SARIF and the other machine formats stay in English).")
@click.option("--show-order", is_flag=True, help="List the files in the order they are read (each folder's layout, and why any file is left out), and check nothing.")
def check(paths, policy_path, datamap_path, config_path, dialect, output, no_color, changed_files, changed_since, baseline_path, fmt, fail_on, lang, show_order):
    """Find personal-data columns that the privacy notice does not list.

    Reads SQL files and migration folders (applied in version order), builds the
    schema after the last migration, classifies every column and reports what the
    notice does not cover.

    \b
    Examples:
      notice-check check examples/leppakoski/migrations --policy policies/leppakoski-lampo.yaml
      notice-check check --format sarif -o results.sarif --changed-since origin/main
      notice-check check --show-order db/migrations
    """
    from ..engine import fails

    if show_order:
        emit(input_order_text(paths, load_config(config_path), dialect), output)
        return EXIT_CLEAN
    run = run_check(paths, policy_path, datamap_path, config_path, dialect,
                    changed_files=changed_files, changed_since=changed_since, baseline_path=baseline_path)
    if fmt == "text":
        from ..render.text import render_report

        from ..i18n import choose_lang

        text = render_report(run.report, colour=use_colour(output, no_color), lang=choose_lang(lang, run.cfg.lang, run.inputs.policy))
    else:
        from ..render.formats import FORMATS

        text = FORMATS[fmt](run.report)
    emit(text, output)
    return EXIT_FINDINGS if fails(run.report.findings, fail_on or run.cfg.fail_on) else EXIT_CLEAN
