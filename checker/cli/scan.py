"""``notice-check scan``: the click part of a live-database scan (the scan itself: checker/db/)."""
from __future__ import annotations

import sys
from typing import IO

import click

from ..render.safe import printable
from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED
from .helpers import emit, load_config, load_datamap, load_policy, policy_path_of, remember_inputs, rule_settings, use_colour, warn
from .options import check_format_option, config_option, fail_on_option, no_cache_option, no_color_option, output_option, policy_option


class ProgressBar:
    """One self-overwriting line on stderr; names of tables and columns only, never values."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.width = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        filled = 24 * done // total if total else 24
        label = printable(label, keep="")[:48]
        line = f"sampling [{'#' * filled}{'-' * (24 - filled)}] {done}/{total} {label}"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(line))

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


@click.command("scan")
@click.option("--db", "db_url", metavar="URL", help="sqlite:///file.db, a *.db / *.sqlite file, or postgresql://user@host:port/dbname (default: the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).")
@click.option("--sample", type=click.IntRange(min=0), default=0, metavar="N", show_default=True, help="Validate up to N values per column (0: names and types only). Values are never shown: only counts and masked examples.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, metavar="SECONDS", show_default=True, help="Statement timeout in seconds (each query).")
@policy_option
@click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with column decisions.")
@config_option
@check_format_option
@output_option
@fail_on_option
@no_color_option
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
@no_cache_option
def scan(db_url, sample, timeout, policy_path, datamap_path, config_path, fmt, output, fail_on, no_color, progress):
    """Check a live SQLite or PostgreSQL database against the privacy notice.

    Reads tables, views, columns, types and comments in a read-only transaction and
    runs the same classification and rules as `check` does for SQL files. With
    --sample N, up to N values per column are validated (personal identity codes,
    Y-tunnus, IBAN, payment cards, e-mail, phone) so that personal data is found in
    columns with meaningless names; no value is ever printed, only counts and masks.

    \b
    Examples:
      notice-check scan --db app.db --policy policies/notice.yaml
      PGPASSWORD=... notice-check scan --db postgresql://reader@db:5432/crm --sample 50 --format sarif -o scan.sarif
    """
    from .. import __version__
    from ..db.connect import parse_url, sqlite_file
    from ..db.evidence import make_adjust
    from ..db.scan import scan as scan_database
    from ..engine import counts, fails
    from ..model import Report
    from ..pipeline import check

    cfg = load_config(config_path)
    policy = load_policy(policy_path_of(policy_path, cfg))
    datamap = load_datamap(datamap_path, cfg)
    settings = rule_settings(cfg)
    db_url = db_url or cfg.db  # a relative SQLite path in the configuration is relative to it
    remember_inputs(cfg.path, sqlite_file(db_url))

    stderr = sys.stderr
    show = progress if progress is not None else stderr.isatty()
    bar = ProgressBar(stderr) if show else None
    warnings: list[str] = []
    try:
        schema, evidence = scan_database(db_url, sample=sample, timeout=timeout, progress=bar, warn=warnings.append)
    except KeyboardInterrupt:  # click would turn it into Abort (exit 2); the connection is closed already
        if bar:
            bar.close()
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    finally:
        if bar:
            bar.close()  # idempotent; also before an error message
    for text in warnings:
        warn(text)

    result = check(schema, policy, datamap, settings, adjust=make_adjust(evidence, policy))
    display = parse_url(db_url).display_url()  # never the password
    findings = list(result.findings)
    summary = dict(result.summary, findings=counts(findings), suppressed=len(result.suppressed), baseline_hidden=0, baseline_stale=0,
                   database=display, sampled_columns=len(evidence), sample_size=sample)
    report = Report(tuple(findings), summary, tuple(result.suppressed), 0, (), __version__)
    if fmt == "text":
        from ..render.text import render_findings, summary_line

        s = report.summary
        extra = f"{s['tables']} tables, {s['personal_columns']} personal columns of {s['columns']}"
        if sample:
            extra += f", {len(evidence)} columns sampled (up to {sample} values each)"
        if not schema.tables:
            extra += " (the database has no tables the user can see)"
        text = render_findings(report.findings, summary_line(s["findings"], extra), colour=use_colour(output, no_color))
    else:
        from ..render.formats import FORMATS

        text = FORMATS[fmt](report)
    emit(text, output)
    return EXIT_FINDINGS if fails(report.findings, fail_on or cfg.fail_on) else EXIT_CLEAN
