"""Engines that cannot run here (SQL Server, Oracle, Snowflake, BigQuery, Redshift, Trino): tested
at the level that is honest — URL handling, the inspector-to-schema mapping with a fake
inspector, and the sampling SQL compiled by SQLAlchemy for the dialect. What is and is not
tested per engine is in docs/scan.md.
"""
from __future__ import annotations

import re
from types import SimpleNamespace

import pytest

from checker.db.connect import parse_url
from checker.db.engines import ENGINES, engine_for
from checker.db.catalog import ColumnInfo, TableInfo
from checker.errors import UserError

sa = pytest.importorskip("sqlalchemy")


@pytest.mark.parametrize(
    "url, engine, shown",
    [
        ("mysql://reader:S3cr%40t@db.example:3306/crm", "mysql", "mysql://reader@db.example:3306/crm"),
        ("mariadb+pymysql://reader:S3cr%40t@db/crm?charset=utf8mb4", "mysql", "mariadb+pymysql://reader@db/crm"),
        ("mssql+pyodbc://reader:S3cr%40t@dsn_name", "mssql", "mssql+pyodbc://reader@dsn_name"),
        ("oracle://reader:S3cr%40t@db:1521/?service_name=XEPDB1", "oracle", "oracle://reader@db:1521/"),
        ("snowflake://reader:S3cr%40t@acct/db/schema?warehouse=wh&role=r", "snowflake", "snowflake://reader@acct/db/schema"),
        ("bigquery://project/dataset?credentials_path=/secret/key.json", "bigquery", "bigquery://project/dataset"),
        ("redshift+psycopg2://reader:S3cr%40t@cluster:5439/dev", "redshift", "redshift+psycopg2://reader@cluster:5439/dev"),
        ("trino://reader@trino:8080/hive/default", "trino", "trino://reader@trino:8080/hive/default"),
        ("duckdb:///data/w.duckdb", "duckdb", "duckdb:///data/w.duckdb"),
    ],
)
def test_urls_are_shown_without_password_or_query(url, engine, shown):
    target = parse_url(url, env={})
    assert target.engine == "sqlalchemy" and target.spec.name == engine
    assert target.display_url() == shown
    assert "S3cr" not in target.display_url() and "S3cr" not in repr(target)
    if "S3cr" in url:
        assert target.scrub("driver said S3cr@t") == "driver said ***"
    if "credentials_path" in url:
        assert target.scrub("cannot read /secret/key.json") == "cannot read ***"


def test_password_from_the_environment_is_scrubbed():
    target = parse_url("mysql://reader@db/crm", env={"NOTICE_CHECK_DB_PASSWORD": "Env-Pw-9"})
    assert target.password == "Env-Pw-9" and target.scrub("x Env-Pw-9 y") == "x *** y" and "Env-Pw-9" not in target.display_url()


def test_unknown_scheme_and_bad_port_are_user_errors():
    with pytest.raises(UserError, match="unsupported database URL scheme"):
        parse_url("cassandra://h/k", env={})
    with pytest.raises(UserError, match="cannot parse") as info:
        parse_url("mysql://u:S3cret@h:notaport/d", env={})
    assert "S3cret" not in str(info.value)


def test_missing_driver_names_the_extra_and_never_the_password(run):
    pytest.importorskip("sqlalchemy")
    try:
        import pyodbc  # noqa: F401

        pytest.skip("pyodbc is installed")
    except ImportError:
        pass
    code, out, err = run("scan", "--db", "mssql+pyodbc://reader:S3cr3t-pw@dsn", "--policy", "policies/leppakoski-lampo.yaml", "--no-progress")
    assert code == 2 and "notice-check[mssql]" in err and "S3cr3t-pw" not in out + err


# ------------------------------------------------------------------ sampling SQL per dialect


def _compile(dialect_name: str, table: TableInfo, column: ColumnInfo, n: int = 20) -> str:
    from sqlalchemy.dialects import mssql, mysql, oracle, postgresql, sqlite

    from checker.db.alchemy import sample_query

    dialects = {"mssql": mssql.dialect(), "oracle": oracle.dialect(), "mysql": mysql.dialect(), "redshift": postgresql.dialect(),
                "sqlite": sqlite.dialect()}
    query = sample_query(table, column, n, dialect_name)
    return str(query.compile(dialect=dialects[dialect_name], compile_kwargs={"literal_binds": True}))


TABLE = TableInfo("sales", "asiakas", "table", (ColumnInfo("col7", "NVARCHAR(40)", "text"),), primary_key=("id",))
ODD = ColumnInfo('we"ird %s col', "VARCHAR(10)", "text")


def test_sampling_sql_compiles_per_dialect():
    col = TABLE.columns[0]
    mssql = _compile("mssql", TABLE, col)
    assert re.match(r"SELECT TOP 20 sales\.asiakas\.col7\s+FROM sales\.asiakas\s+WHERE sales\.asiakas\.col7 IS NOT NULL AND sales\.asiakas\.col7 != '' ORDER BY sales\.asiakas\.id", mssql), mssql
    oracle = _compile("oracle", TABLE, col)
    assert "FETCH FIRST 20 ROWS ONLY" in oracle and "!= ''" not in oracle and "ORDER BY sales.asiakas.id" in oracle  # '' is NULL in Oracle
    mysql = _compile("mysql", TABLE, col)
    assert mysql.endswith("LIMIT 20") and "ORDER BY sales.asiakas.id" in mysql
    redshift = _compile("redshift", TABLE, col)
    assert redshift.endswith("LIMIT 20")


def test_sampling_sql_quotes_hostile_names_and_orders_views_by_value():
    view = TableInfo("", "v", "view", (ODD,))
    for name in ("mssql", "oracle", "mysql", "redshift", "sqlite"):
        assert _compile(name, view, ODD).count("ORDER BY") == 1, name
    assert "`we\"ird %%s col`" in _compile("mysql", view, ODD)  # pyformat: the driver reads %% as %
    assert '[we"ird %s col]' in _compile("mssql", view, ODD)
    assert '"we""ird %%s col"' in _compile("redshift", view, ODD)


# ------------------------------------------------------------------ inspector -> schema


class FakeInspector:
    """What SQLAlchemy's inspector answers for a SQL Server database with two schemas."""

    default_schema_name = "dbo"

    def get_schema_names(self):
        return ["dbo", "sales", "sys", "INFORMATION_SCHEMA", "db_owner"]

    def get_view_names(self, schema=None):
        return ["v_customer"] if schema is None else []

    def get_materialized_view_names(self, schema=None):
        raise NotImplementedError

    def get_multi_columns(self, schema=None, kind=None):
        if schema is None:
            return {
                (None, "customer"): [
                    {"name": "id", "type": sa.Integer(), "comment": None},
                    {"name": "col7", "type": sa.Unicode(40), "comment": "privacy: none"},
                    {"name": "born", "type": sa.Date(), "comment": "syntymäaika"},
                ],
                (None, "v_customer"): [{"name": "col7", "type": sa.Unicode(40), "comment": None}],
            }
        return {("sales", "lead"): [{"name": "email", "type": sa.String(200), "comment": None},
                                    {"name": "blob", "type": sa.types.NullType(), "comment": None}]}

    def get_multi_pk_constraint(self, schema=None, kind=None):
        return {(None, "customer"): {"constrained_columns": ["id"]}} if schema is None else {}

    def get_multi_table_comment(self, schema=None, kind=None):
        raise NotImplementedError


def test_inspector_mapping(monkeypatch):
    import sqlalchemy
    from sqlalchemy.dialects import mssql

    from checker.db import alchemy
    from checker.db.introspect import to_schema

    monkeypatch.setattr(sqlalchemy, "inspect", lambda conn: FakeInspector())
    session = SimpleNamespace(spec=engine_for("mssql"), sa=sqlalchemy, alchemy_engine=SimpleNamespace(dialect=mssql.dialect()),
                              conn=None, end=lambda: None)
    tables = alchemy.alchemy_tables(session)
    assert [(t.key, t.kind, t.primary_key) for t in tables] == [("customer", "table", ("id",)), ("v_customer", "view", ()), ("sales.lead", "table", ())]
    families = {(t.key, c.name): (c.sql_type, c.family) for t in tables for c in t.columns}
    assert families[("customer", "col7")] == ("NVARCHAR(40)", "text")
    assert families[("customer", "born")][1] == "date"
    assert families[("sales.lead", "blob")] == ("", "unknown")
    schema = to_schema(tables, "mssql+pyodbc://reader@dsn")
    col7 = next(c for c in schema.table("customer").columns if c.name == "col7")
    assert col7.annotation is not None and col7.annotation.category is None  # privacy: none in the comment


def test_every_engine_has_an_extra_and_a_documented_row():
    from pathlib import Path

    try:
        import tomllib
    except ImportError:  # Python 3.10
        import tomli as tomllib

    root = Path(__file__).resolve().parents[1]
    extras = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    doc = (root / "docs" / "scan.md").read_text(encoding="utf-8")
    for engine in ENGINES:
        assert engine.extra in extras, engine.name
        row = next((line for line in doc.splitlines() if line.startswith(f"| {engine.name} ")), "")
        assert row and f"notice-check[{engine.extra}]" in row and engine.note in row, engine.name


def test_without_sqlalchemy_the_extra_is_named(run, monkeypatch):
    """The base install has no SQLAlchemy: a mysql:// URL asks for the extra, exit 2, no password shown."""
    import sys

    monkeypatch.setitem(sys.modules, "sqlalchemy", None)  # import sqlalchemy -> ImportError
    monkeypatch.setitem(sys.modules, "sqlalchemy.pool", None)
    code, out, err = run("scan", "--db", "mysql://reader:S3cr3t-pw@db/crm", "--policy", "policies/leppakoski-lampo.yaml", "--no-progress")
    assert code == 2 and "pip install 'notice-check[mysql]'" in err and "S3cr3t-pw" not in out + err
    code, out, err = run("classify", "--db", "duckdb:///nothing.duckdb", "--no-progress")
    assert code == 2 and "notice-check[duckdb]" in err


def test_session_setup_mechanics_on_sqlite_through_sqlalchemy(tmp_path):
    """The mechanisms the untestable engines rely on, run for real through SQLAlchemy's SQLite
    dialect: read-only statements repeated at the start of every transaction (Oracle's
    SET TRANSACTION READ ONLY), and timeout statements tried in turn until one is accepted
    (MariaDB's max_statement_time, then MySQL's max_execution_time)."""
    import sqlite3

    from checker.db.connect import QueryFailed, open_session
    from checker.db.engines import Engine
    from checker.db.session import Target

    db = tmp_path / "m.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x int)")
    conn.commit()
    conn.close()
    spec = Engine("sqlite", ("sqlite",), "sqlalchemy", "sqlite3", "sqlite", read_only=("PRAGMA query_only = ON",),
                  read_only_each_transaction=True, timeout=("SET no_such_setting = {ms}", "PRAGMA busy_timeout = {ms}"))
    target = Target("sqlalchemy", spec=spec, url=f"sqlite:///{db}", shown=f"sqlite:///{db}")
    from sqlalchemy import event

    with open_session(target, timeout=2) as session:
        seen: list[str] = []
        event.listen(session.alchemy_engine, "before_cursor_execute", lambda conn, cursor, statement, *rest: seen.append(statement))
        assert session.rows("PRAGMA busy_timeout") == [(2000,)]  # the second timeout statement was taken
        for _ in range(2):  # every transaction starts with the read-only statement
            with pytest.raises(QueryFailed):
                session.rows("INSERT INTO t VALUES (1)")
            session.end()
        assert session.rows("SELECT count(*) FROM t") == [(0,)]
        assert seen == ["PRAGMA query_only = ON", "PRAGMA busy_timeout", "INSERT INTO t VALUES (1)",  # one transaction
                        "PRAGMA query_only = ON", "INSERT INTO t VALUES (1)", "PRAGMA query_only = ON", "SELECT count(*) FROM t"]
