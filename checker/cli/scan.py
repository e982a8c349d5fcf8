"""``notice-check scan``: the click part of a live-database scan (the scan itself: checker/db/)."""
from __future__ import annotations

import click

from .exitcodes import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERRUPTED
from .helpers import emit, load_config, load_datamap, load_policy, policy_path_of, remember_inputs, rule_settings, use_colour
from .live import read_live
from .options import check_format_option, config_option, fail_on_option, live_db_options, no_cache_option, no_color_option, output_option, policy_option


@click.command("scan")
@live_db_options
@policy_option
@click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with column decisions.")
@config_option
@check_format_option
@output_option
@fail_on_option
@no_color_option
@no_cache_option
def scan(policy_path, datamap_path, config_path, fmt, output, fail_on, no_color, **live):
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
    db_url = live["db_url"] = live["db_url"] or cfg.db  # a relative SQLite path in the configuration is relative to it
    sample = live["sample"]
    remember_inputs(cfg.path, sqlite_file(db_url), live["snapshot_path"])  # --output overwrites none of them
    scanned = read_live(scan_database, live)
    if scanned is None:
        return EXIT_INTERRUPTED
    schema, evidence = scanned
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
