"""Click options shared by several commands, each defined once as a decorator, with the choices
they accept (format names, fail levels, languages)."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import click

from ..i18n import LANGS as I18N_LANGS
from .helpers import NO_CACHE_KEY

F = TypeVar("F", bound=Callable[..., object])

# The `check` / `scan` output formats: the keys of checker.render.formats.FORMATS (a test ties them).
CHECK_FORMATS = ("text", "json", "sarif", "junit", "github", "gitlab")
FAIL_LEVELS = ("error", "warning", "info", "never")
LANGUAGES = ("fi", "en")  # the notice's own texts (policy render)
MESSAGE_LANGUAGES = I18N_LANGS  # the message catalogs


def _stack(func: F, options: Sequence[Callable[[F], F]]) -> F:
    """Apply ``options`` so that --help lists them in the order given."""
    for option in reversed(options):
        func = option(func)
    return func


def _remember_no_cache(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    ctx.meta[NO_CACHE_KEY] = value


no_cache_option = click.option(
    "--no-cache", is_flag=True, expose_value=False, callback=_remember_no_cache,
    help="Do not read or write the scan cache (.notice-check-cache/, or $NOTICE_CHECK_CACHE_DIR).",
)
policy_option = click.option("--policy", "policy_path", type=click.Path(), help="Policy YAML (default: from the configuration).")
datamap_option = click.option("--datamap", "datamap_path", type=click.Path(), help="Data map YAML with systems, purposes and column decisions.")
config_option = click.option(
    "--config", "config_path", type=click.Path(),
    help="Configuration file (default: notice-check.toml or pyproject.toml, searched upwards).",
)
output_option = click.option("--output", "-o", type=click.Path(), help="Write to FILE (atomically) instead of standard output.")
no_color_option = click.option("--no-color", is_flag=True, help="Never colour the output.")
force_option = click.option("--force", is_flag=True, help="Overwrite existing output files.")
fail_on_option = click.option(
    "--fail-on", type=click.Choice(FAIL_LEVELS), help="Lowest severity that fails the run (default: error, or the configuration's)."
)
check_format_option = click.option("--format", "fmt", type=click.Choice(CHECK_FORMATS), default="text", show_default=True)


def lang_option(default: str = "fi", help: str = "Language of the labels and of the notice's texts.") -> Callable[[F], F]:
    return click.option("--lang", type=click.Choice(LANGUAGES), default=default, show_default=True, help=help)


def message_lang_option(help: str = "Language of messages, fix hints and labels.", *, policy: bool = True) -> Callable[[F], F]:
    """--lang for what notice-check writes for people; resolved by checker.i18n.choose_lang."""
    default = "`lang` in the configuration, else the policy's `language`, else en" if policy else "`lang` in the configuration, else en"
    return click.option("--lang", type=click.Choice(MESSAGE_LANGUAGES), default=None, help=f"{help} Default: {default}.")


def baseline_option(help: str) -> Callable[[F], F]:
    return click.option("--baseline", "baseline_path", type=click.Path(), help=help)


def input_options(func: F) -> F:
    """PATHS and what to read them with: every command that reads SQL files."""
    return _stack(func, [
        click.argument("paths", nargs=-1, type=click.Path()),
        policy_option,
        datamap_option,
        config_option,
        click.option("--dialect", help="SQL dialect for all paths: postgres, mysql, tsql, sqlite, oracle, bigquery, snowflake, ..."),
        no_cache_option,
    ])


def sql_output_options(func: F) -> F:
    """What to read, then where to write and whether to colour it."""
    return input_options(_stack(func, [output_option, no_color_option]))


def changed_options(func: F) -> F:
    """Report only part of a run: pre-commit's changed files, or files changed since a git ref."""
    return _stack(func, [
        click.option("--changed-files", is_flag=True, help="PATHS are changed files (pre-commit): read the configured paths for context, report findings only in PATHS."),
        click.option("--changed-since", metavar="REF", help="Report only findings in files changed since the git REF (committed, staged or not)."),
    ])


DB_HELP = ("sqlite:///file.db, a *.db / *.sqlite file, postgresql://user@host:port/dbname (default: the libpq variables PGHOST, "
           "PGPORT, PGUSER, PGDATABASE, PGPASSWORD), or with an extra mysql://, duckdb:///, mssql+pyodbc://, oracle://, "
           "snowflake://, bigquery://, redshift+psycopg2://, trino:// (password in NOTICE_CHECK_DB_PASSWORD).")


def live_db_options(func: F) -> F:
    """Reading a live database (scan, classify --db): where, how much, how long, which tables."""
    return _stack(func, [
        click.option("--db", "db_url", metavar="URL", help=DB_HELP),
        click.option("--sample", type=click.IntRange(min=0), default=0, metavar="N", show_default=True,
                     help="Recognise up to N values per column (0: names and types only). Values are never shown: only counts and masked examples."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, metavar="SECONDS", show_default=True, help="Statement timeout in seconds (each query)."),
        click.option("--table-timeout", type=click.FloatRange(min=0.1), metavar="SECONDS", help="Time limit per table for sampling: the rest of a slow table is skipped and reported (PN004)."),
        click.option("--include", multiple=True, metavar="GLOB", help="Only tables whose name matches (schema.table; repeatable), e.g. 'sales.*'."),
        click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out tables whose name matches (repeatable), e.g. '*_archive'."),
        click.option("--jobs", type=click.IntRange(1, 32), default=1, show_default=True, help="Tables sampled at once, each on its own read-only connection."),
        click.option("--snapshot", "snapshot_path", type=click.Path(dir_okay=False), metavar="FILE",
                     help="Incremental: re-sample only tables whose structure changed since the scan that wrote FILE (counts and masks only)."),
        click.option("--progress/--no-progress", default=None, help="Progress with the time left on stderr (default: when stderr is a terminal)."),
    ])
