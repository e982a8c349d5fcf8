"""``notice-check baseline``: record today's findings (what a baseline means: checker/baseline.py)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import UserError
from ..model import Location
from .exitcodes import EXIT_CLEAN
from .helpers import run_check
from .options import sql_output_options


@click.command("baseline")
@sql_output_options
@click.option("--reason", required=True, help="Why these findings are accepted for now (recorded on every entry, shown in reports).")
@click.option("--force", is_flag=True, help="Overwrite an existing baseline file.")
def baseline(paths, policy_path, datamap_path, config_path, dialect, output, no_color, reason, force):
    """Record today's findings, so that `check --baseline FILE` reports only new ones.

    Findings are recorded by fingerprint (rule, file, table, column, kind, category;
    no line numbers), so moving lines does not break the baseline.

    \b
    Example:
      notice-check baseline db/migrations -o .notice-check-baseline.json --reason "adopted 2026-11, see PRIV-12"
    """
    from .. import __version__
    from .. import baseline as baselines
    from ..output import write_atomic

    target = output
    if not target:
        raise UserError("give the baseline file to write: -o FILE")
    if not reason.strip():
        raise UserError("--reason must say why the findings are accepted")
    if Path(target).exists() and not force:
        raise UserError("exists; pass --force to overwrite it", Location(target))
    run = run_check(paths, policy_path, datamap_path, config_path, dialect)
    write_atomic(target, baselines.build(run.report.findings, __version__, reason.strip()))
    click.echo(f"{target}: {len(run.report.findings)} findings recorded", err=True)
    return EXIT_CLEAN
