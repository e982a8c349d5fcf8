"""The ``scan`` command: ``register(cli)`` adds it to the click group of ``checker.cli``."""
from __future__ import annotations

from ..render.safe import printable

import sys
from typing import IO, TYPE_CHECKING, Any

import click

from ..errors import UserError

if TYPE_CHECKING:  # stdnum and the drivers load only when `scan` runs
    from ..model import Classification
    from .evidence import Evidence

EXIT_INTERRUPTED = 130
FORMAT_NAMES = ["text", "json", "sarif", "junit", "github", "gitlab"]


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


def make_adjust(evidence: dict[tuple[str, str], Evidence], policy: Any):
    """The pipeline hook: column-comment annotations named as such, then the sample's evidence."""
    from ..classify import PolicyView, tokenize
    from .evidence import apply

    view = PolicyView.from_policy(policy) if policy is not None else None

    def covering(kind: str, c: Classification) -> str | None:
        return view.covering(kind, tokenize(c.column.table.rsplit(".", 1)[-1])) if view else None

    def adjust(c: Classification) -> Classification:
        if c.source == "annotation" and c.reason.startswith("data map"):  # no line numbers in a database
            import dataclasses

            from ..i18n import Msg, msg

            if isinstance(c.reason, Msg) and dict(c.reason.params).get("origin") is not None:  # "{origin}: ..." of classify
                reason = Msg(c.reason.template, **dict(dict(c.reason.params), origin=msg("column comment")))
            else:
                reason = "column comment" + c.reason[len("data map") :]
            c = dataclasses.replace(c, reason=reason)
        return apply(c, evidence.get((c.column.table, c.column.name)), covering)

    return adjust


def register(cli_group: click.Group) -> None:
    cli_group.add_command(scan_command)


@click.command("scan")
@click.option("--db", "db_url", metavar="URL", help="sqlite:///file.db, a *.db / *.sqlite file, or postgresql://user@host:port/dbname (default: the libpq variables PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD).")
@click.option("--sample", type=click.IntRange(min=0), default=0, metavar="N", show_default=True, help="Validate up to N values per column (0: names and types only). Values are never shown: only counts and masked examples.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, metavar="SECONDS", show_default=True, help="Statement timeout in seconds (each query).")
@click.option("--policy", "policy_path", type=click.Path(), help="Policy YAML (default: from the configuration).")
@click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with column decisions.")
@click.option("--config", "config_path", type=click.Path(), help="Configuration file (default: notice-check.toml or pyproject.toml, searched upwards).")
@click.option("--format", "fmt", type=click.Choice(FORMAT_NAMES), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(), help="Write to FILE (atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), help="Lowest severity that fails the run (default: error, or the configuration's).")
@click.option("--no-color", is_flag=True, help="Never colour the output.")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when stderr is a terminal).")
def scan_command(db_url, sample, timeout, policy_path, datamap_path, config_path, fmt, output, fail_on, no_color, progress):
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
    from ..cli import EXIT_CLEAN, EXIT_FINDINGS, _colour, _emit, _inputs, _load_config, _settings
    from ..datamap import load_datamap
    from ..engine import counts, fails
    from ..model import Report
    from ..pipeline import check
    from ..policy import load_policy
    from .connect import parse_url
    from .scan import scan

    cfg = _load_config(config_path)
    policy_path = policy_path or cfg.policy
    if not policy_path:
        raise UserError("no policy: give --policy POLICY or set 'policy' in notice-check.toml")
    policy = load_policy(policy_path)
    datamap_path = datamap_path or cfg.datamap
    datamap = load_datamap(datamap_path) if datamap_path else None
    settings = _settings(cfg)
    db_url = db_url or cfg.db  # a relative SQLite path in the configuration is relative to it
    _inputs(policy_path, datamap_path, cfg.path, _sqlite_file(db_url))

    stderr = sys.stderr
    show = progress if progress is not None else stderr.isatty()
    bar = ProgressBar(stderr) if show else None
    warnings: list[str] = []
    try:
        schema, evidence = scan(db_url, sample=sample, timeout=timeout, progress=bar, warn=warnings.append)
    except KeyboardInterrupt:  # click would turn it into Abort (exit 2); the connection is closed already
        if bar:
            bar.close()
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    finally:
        if bar:
            bar.close()  # idempotent; also before an error message
    for text in warnings:
        click.echo(printable(f"warning: {text}"), err=True)

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
        text = render_findings(report.findings, summary_line(s["findings"], extra), colour=_colour(output, no_color))
    else:
        from ..render.formats import FORMATS

        text = FORMATS[fmt](report)
    _emit(text, output)
    return EXIT_FINDINGS if fails(report.findings, fail_on or cfg.fail_on) else EXIT_CLEAN


def _sqlite_file(url: str | None) -> str | None:
    """The database file of a SQLite URL (so that --output cannot overwrite it)."""
    if not url:
        return None
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):] if not url.startswith("sqlite:////") else url[len("sqlite:///"):]
    if url.startswith("sqlite:"):
        return url[len("sqlite:"):]
    return url if "://" not in url else None
