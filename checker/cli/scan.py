"""``notice-check scan``: the click part of a live-database scan (the scan itself: checker/db/)."""
from __future__ import annotations

import sys
import time
from typing import IO

import click

from ..render.safe import printable
from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED
from .helpers import emit, load_config, load_datamap, load_policy, policy_path_of, remember_inputs, rule_settings, use_colour
from .options import check_format_option, config_option, fail_on_option, no_cache_option, no_color_option, output_option, policy_option


class ProgressBar:
    """One self-overwriting line on stderr with counts and the time left; names of tables and
    columns only, never values."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.width = 0
        self.started = time.monotonic()

    def __call__(self, done: int, total: int, label: str) -> None:
        filled = 24 * done // total if total else 24
        label = printable(label, keep="")[:48]
        line = f"sampling [{'#' * filled}{'-' * (24 - filled)}] {done}/{total}{eta(done, total, time.monotonic() - self.started)} {label}"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = max(self.width, len(line))

    def close(self) -> None:
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


def eta(done: int, total: int, elapsed: float) -> str:
    """`` ~2m10s left`` from the rate so far (empty until there is a rate)."""
    if done <= 0 or done >= total or elapsed < 1:
        return ""
    left = int(elapsed / done * (total - done))
    return f" ~{left // 3600}h{left % 3600 // 60:02d}m left" if left >= 3600 else f" ~{left // 60}m{left % 60:02d}s left"


DB_HELP = ("sqlite:///file.db, a *.db / *.sqlite file, postgresql://user@host:port/dbname (default: the libpq variables PGHOST, "
           "PGPORT, PGUSER, PGDATABASE, PGPASSWORD), or with an extra mysql://, duckdb:///, mssql+pyodbc://, oracle://, "
           "snowflake://, bigquery://, redshift+psycopg2://, trino:// (password in NOTICE_CHECK_DB_PASSWORD).")


def scale_options(f):
    """Options for large databases, shared by scan and classify --db."""
    for option in reversed((
        click.option("--table-timeout", type=click.FloatRange(min=0.1), metavar="SECONDS", help="Time limit per table for sampling: the rest of a slow table is skipped and reported (PN004)."),
        click.option("--include", multiple=True, metavar="GLOB", help="Only tables whose name matches (schema.table; repeatable), e.g. 'sales.*'."),
        click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out tables whose name matches (repeatable), e.g. '*_archive'."),
        click.option("--jobs", type=click.IntRange(1, 32), default=1, show_default=True, help="Tables sampled at once, each on its own read-only connection."),
        click.option("--snapshot", "snapshot_path", type=click.Path(dir_okay=False), metavar="FILE", help="Incremental: re-sample only tables whose structure changed since the scan that wrote FILE (counts and masks only)."),
    )):
        f = option(f)
    return f


@click.command("scan")
@click.option("--db", "db_url", metavar="URL", help=DB_HELP)
@click.option("--sample", type=click.IntRange(min=0), default=0, metavar="N", show_default=True, help="Validate up to N values per column (0: names and types only). Values are never shown: only counts and masked examples.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, metavar="SECONDS", show_default=True, help="Statement timeout in seconds (each query).")
@scale_options
@policy_option
@click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with column decisions.")
@config_option
@check_format_option
@output_option
@fail_on_option
@no_color_option
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
@no_cache_option
def scan(db_url, sample, timeout, table_timeout, include, exclude, jobs, snapshot_path, policy_path, datamap_path, config_path, fmt,
         output, fail_on, no_color, progress):
    """Check a live database against the privacy notice.

    Reads tables, views, columns, types and comments in a read-only transaction and
    runs the same classification and rules as `check` does for SQL files. With
    --sample N, up to N values per column are recognised (identity codes, Y-tunnus,
    IBAN, payment cards, e-mail, phone, names, birth dates, addresses, postal codes,
    ...) so that personal data is found in columns with meaningless names; no value is
    ever printed, only counts and masks.

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
    remember_inputs(cfg.path, sqlite_file(db_url), snapshot_path)  # --output overwrites none of them

    stderr = sys.stderr
    show = progress if progress is not None else stderr.isatty()
    bar = ProgressBar(stderr) if show else None
    try:
        schema, evidence = scan_database(db_url, sample=sample, timeout=timeout, table_timeout=table_timeout, include=include,
                                         exclude=exclude, snapshot=snapshot_path, jobs=jobs, progress=bar)
    except KeyboardInterrupt:  # click would turn it into Abort (exit 2); the connection is closed already
        if bar:
            bar.close()
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    finally:
        if bar:
            bar.close()  # idempotent; also before an error message
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
