"""``notice-check classify``: every column with its kind, category, confidence and reason."""
from __future__ import annotations

import click

from ..errors import UserError
from .exitcodes import EXIT_CLEAN, EXIT_INTERRUPTED
from .helpers import emit, load_config, load_datamap, load_policy, read_inputs, remember_inputs
from .live import read_live
from .options import live_db_options, sql_output_options


@click.command("classify")
@sql_output_options
@click.option("--format", "fmt", type=click.Choice(["text", "json", "yaml"]), default="text", show_default=True, help="yaml: a draft data map to review and save.")
@click.option("--all", "all_columns", is_flag=True, help="Text format: list non-personal columns too.")
@live_db_options
def classify(paths, policy_path, datamap_path, config_path, dialect, output, no_color, fmt, all_columns, **live):
    """Print the data map: every column with its kind, category, confidence and reason.

    With --db URL the live database is read instead of SQL files, and with --sample N each
    column shows its evidence: how many sampled values were recognised as what (counts
    and masked examples only; JSON: an "evidence" object per column).

    \b
    Examples:
      notice-check classify db/migrations --format yaml -o datamap-draft.yaml
      notice-check classify --db postgresql://reader@db/crm --sample 20 --format json
    """
    from ..pipeline import classify as run_classify, summarize
    from ..render import classification

    cfg = load_config(config_path)
    if live["db_url"]:
        if paths:
            raise UserError("give SQL files or --db, not both")
        schema, results = _classify_live(policy_path, datamap_path, cfg, live)
        if results is None:
            return EXIT_INTERRUPTED
    else:
        inputs = read_inputs(paths, policy_path, datamap_path, cfg, dialect, need_policy=False)
        schema, results = inputs.schema, run_classify(inputs.schema, inputs.policy, inputs.datamap)
    if fmt == "json":
        text = classification.render_json(results, summarize(schema, results, []))
    elif fmt == "yaml":
        text = classification.render_yaml(results)
    else:
        text = classification.render_text(results, all_columns=all_columns)
    emit(text, output)
    return EXIT_CLEAN


def _classify_live(policy_path, datamap_path, cfg, live):
    """(schema, classifications with evidence) of the database at --db; (None, None) after Ctrl-C."""
    from ..db.connect import sqlite_file
    from ..db.live import classify_database

    path = policy_path or cfg.policy
    policy = load_policy(path) if path else None
    datamap = load_datamap(datamap_path, cfg)
    remember_inputs(cfg.path, sqlite_file(live["db_url"]), live["snapshot_path"])
    read = read_live(lambda url, **options: classify_database(url, policy, datamap, **options), live)
    if read is None:
        return None, None
    schema, results, _ = read
    return schema, results
