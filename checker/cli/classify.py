"""``notice-check classify``: every column with its kind, category, confidence and reason."""
from __future__ import annotations

import click

from .exitcodes import EXIT_CLEAN
from .helpers import emit, load_config, read_inputs
from .options import sql_output_options


@click.command("classify")
@sql_output_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True, help="yaml: a draft data map to review and save.")
@click.option("--all", "all_columns", is_flag=True, help="Text format: list non-personal columns too.")
def classify(paths, policy_path, datamap_path, config_path, dialect, output, no_color, fmt, all_columns):
    """Print the data map: every column with its kind, category, confidence and reason.

    \b
    Example:
      notice-check classify db/migrations --format yaml -o datamap-draft.yaml
    """
    from ..pipeline import classify as run_classify, summarize
    from ..render import classification

    inputs = read_inputs(paths, policy_path, datamap_path, load_config(config_path), dialect, need_policy=False)
    results = run_classify(inputs.schema, inputs.policy, inputs.datamap)
    if fmt == "json":
        text = classification.render_json(results, summarize(inputs.schema, results, []))
    elif fmt == "yaml":
        text = classification.render_yaml(results)
    else:
        text = classification.render_text(results, all_columns=all_columns)
    emit(text, output)
    return EXIT_CLEAN
