"""The database engines `scan` reads, as data: URL schemes, extras, and what each enforces.

SQLite and PostgreSQL have their own direct paths (``connect.SqliteSession``,
``connect.PostgresSession``). Every other engine goes through SQLAlchemy's inspector
(``checker.db.alchemy``), installed with its extra: ``pip install 'notice-check[mysql]'``.

For each engine: the session statements that make it read-only and bound each statement's
time, run right after connecting, and a plain note on what the engine does not enforce.
``docs/scan.md`` shows the same table (a test keeps them in step).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Engine:
    name: str  # SQLAlchemy dialect name
    schemes: tuple[str, ...]  # URL schemes (before "://", without "+driver")
    extra: str  # pip extra: notice-check[extra]
    driver: str  # the Python module the extra installs
    glot: str  # sqlglot dialect for type families
    read_only: tuple[str, ...] = ()  # statements that make the session read-only
    default_driver: str = ""  # "+driver" added to a URL that names none (mysql:// -> mysql+pymysql://)
    read_only_each_transaction: bool = False  # repeat them at the start of every transaction
    timeout: tuple[str, ...] = ()  # statements with {ms} / {s}: the statement timeout
    tested: str = "URL handling only (its dialect package is not installed here)"  # what the tests prove
    note: str = ""  # what is not enforced, in plain words
    system_schemas: frozenset[str] = frozenset({"information_schema"})


ENGINES: tuple[Engine, ...] = (
    Engine(
        "mysql", ("mysql", "mariadb"), "mysql", "pymysql", "mysql", default_driver="pymysql",
        read_only=("SET SESSION TRANSACTION READ ONLY",),
        # MariaDB: max_statement_time (seconds); MySQL: max_execution_time (ms, SELECT only)
        timeout=("SET SESSION max_statement_time = {s}", "SET SESSION max_execution_time = {ms}"),
        tested="a real MariaDB 10.11 server in CI (tests/test_scan_engines.py); MySQL itself only through the same dialect",
        note="read-only transactions; statement time limit: MariaDB max_statement_time, MySQL max_execution_time (SELECT only)",
        system_schemas=frozenset({"information_schema", "mysql", "performance_schema", "sys"}),
    ),
    Engine(
        "duckdb", ("duckdb",), "duckdb", "duckdb_engine", "duckdb",
        tested="embedded DuckDB in CI (tests/test_scan_engines.py)",
        note="the file is opened read_only; DuckDB has no statement timeout: a timer interrupts the query",
        system_schemas=frozenset({"information_schema", "pg_catalog"}),
    ),
    Engine(
        "mssql", ("mssql",), "mssql", "pyodbc", "tsql",
        timeout=("SET LOCK_TIMEOUT {ms}",),
        tested="URL handling, inspector mapping (a fake inspector), sampling SQL compiled for mssql; no server",
        note="no read-only session (use a login with db_datareader only); lock timeout, and the driver's query timeout",
        system_schemas=frozenset({"information_schema", "sys", "guest", "db_owner", "db_accessadmin", "db_securityadmin",
                                  "db_ddladmin", "db_backupoperator", "db_datareader", "db_datawriter", "db_denydatareader",
                                  "db_denydatawriter"}),
    ),
    Engine(
        "oracle", ("oracle",), "oracle", "oracledb", "oracle", default_driver="oracledb",
        read_only=("SET TRANSACTION READ ONLY",), read_only_each_transaction=True,
        tested="URL handling, sampling SQL compiled for oracle, the per-transaction read-only statement (run through SQLite); no server",
        note="every transaction SET TRANSACTION READ ONLY; statement time bounded by the driver's call_timeout",
        system_schemas=frozenset({"sys", "system", "outln", "xdb", "ctxsys", "mdsys", "olapsys", "wmsys", "ordsys", "dbsnmp", "appqossys"}),
    ),
    Engine(
        "snowflake", ("snowflake",), "snowflake", "snowflake.sqlalchemy", "snowflake",
        timeout=("ALTER SESSION SET STATEMENT_TIMEOUT_IN_SECONDS = {s_int}",),
        note="no read-only session (use a role with USAGE and SELECT only); statement timeout enforced",
    ),
    Engine(
        "bigquery", ("bigquery",), "bigquery", "sqlalchemy_bigquery", "bigquery",
        note="read-only through IAM only (BigQuery Data Viewer); no statement timeout from notice-check (set one on the job)",
    ),
    Engine(
        "redshift", ("redshift",), "redshift", "sqlalchemy_redshift", "redshift",
        timeout=("SET statement_timeout TO {ms}",),
        tested="URL handling, sampling SQL compiled with the PostgreSQL dialect Redshift's derives from; no server",
        note="no read-only session (use a user with SELECT only); statement timeout enforced",
        system_schemas=frozenset({"information_schema", "pg_catalog", "pg_internal"}),
    ),
    Engine(
        "trino", ("trino",), "trino", "trino", "trino",
        note="no read-only session (use an access-control rule); statement timeout only from the session property query_max_run_time, which notice-check does not set",
    ),
)

BY_SCHEME = {scheme: e for e in ENGINES for scheme in e.schemes}


def engine_for(scheme: str) -> Engine | None:
    """``mysql+pymysql`` -> the mysql Engine; None for an unknown scheme."""
    return BY_SCHEME.get(scheme.split("+", 1)[0].lower())
