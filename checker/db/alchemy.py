"""Every engine but SQLite and PostgreSQL: SQLAlchemy's inspector and compiled sampling SQL.

* ``AlchemySession``: one connection (no pool), the engine's read-only and timeout
  statements (``checker.db.engines``), errors reduced to codes and object names;
* ``alchemy_tables``: tables, views, columns, types, comments and primary keys from the
  inspector (``get_multi_*``: one round trip per schema where the dialect batches). DuckDB
  is read from its own catalog functions (``duckdb_tables()``, ``duckdb_columns()``, ...)
  instead: duckdb_engine's inspector borrows PostgreSQL's catalog queries, which DuckDB
  does not answer (``pg_collation``, ``regclass``) under SQLAlchemy 2.1;
* ``sample_query``: ``SELECT col ... WHERE col IS NOT NULL ORDER BY <key> LIMIT n``,
  compiled by SQLAlchemy for the dialect (``TOP n`` on SQL Server, ``FETCH FIRST`` on Oracle).

Only the database named in a MySQL/MariaDB URL is read (a MySQL schema is a database);
other engines read every schema but their system ones. The default schema is dropped from
table names as for SQL files.
"""
from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from ..errors import UserError
from ..model import Location
from .catalog import ColumnInfo, TableInfo, family
from .engines import Engine
from .session import ConnectionLost, QueryFailed, Session, Target

# driver error codes (PyMySQL/MariaDB): timeouts, permissions, lost connections
_MYSQL_TIMEOUT = frozenset({1969, 3024, 1317})
_MYSQL_DENIED = frozenset({1142, 1143, 1044})
_MYSQL_AUTH = frozenset({1045, 1698})
_MYSQL_UNREACHABLE = frozenset({2002, 2003, 2005})
_MYSQL_LOST = frozenset({2006, 2013, 2055})
_MYSQL_NO_DATABASE = frozenset({1049})


def needs_extra(engine: Engine) -> UserError:
    return UserError(f"scanning {engine.name} needs its driver: pip install 'notice-check[{engine.extra}]'")


def _code(exc: BaseException) -> int | None:
    orig = getattr(exc, "orig", exc)
    args = getattr(orig, "args", ())
    return args[0] if args and isinstance(args[0], int) else None


class AlchemySession(Session):
    """A SQLAlchemy connection made read-only and time-bounded as far as the engine allows."""

    engine = "sqlalchemy"

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target, timeout)
        spec = target.spec
        assert spec is not None
        self.spec = spec
        try:
            import sqlalchemy as sa
            from sqlalchemy.pool import NullPool
        except ImportError:
            raise needs_extra(spec) from None
        self.sa = sa
        try:
            url = sa.engine.make_url(target.url)
        except Exception:
            raise UserError(f"cannot parse the {spec.name} URL") from None
        if spec.default_driver and "+" not in url.drivername:
            url = url.set(drivername=f"{url.drivername}+{spec.default_driver}")
        if target.password and not url.password:
            url = url.set(password=target.password)
        try:
            self.alchemy_engine = sa.create_engine(url, poolclass=NullPool, connect_args=self._connect_args())
            self.conn = self.alchemy_engine.connect()
        except (ImportError, sa.exc.NoSuchModuleError):
            raise needs_extra(spec) from None
        except sa.exc.DBAPIError as exc:
            raise UserError(f"cannot connect to {self.display}: {self._connect_reason(exc)}") from None
        except Exception as exc:  # a dialect's own argument checks: the class name only
            raise UserError(f"cannot connect to {self.display}: connection failed ({type(exc).__name__})") from None
        try:
            self._set_up()
        except UserError:
            self.close()
            raise

    # ---------------------------------------------------------------- connecting

    def _connect_args(self) -> dict[str, Any]:
        name, seconds = self.spec.name, max(2, min(int(self.timeout), 30))
        if name == "mysql":
            return {"connect_timeout": seconds, "read_timeout": max(int(self.timeout) + 5, 10)}
        if name == "duckdb":
            return {"read_only": True}
        return {}

    def _connect_reason(self, exc: Exception) -> str:
        code = _code(exc)
        if code in _MYSQL_AUTH:
            return "authentication failed (wrong user or password)"
        if code in _MYSQL_UNREACHABLE:
            return "the server cannot be reached (is it running, are host and port right?)"
        if code in _MYSQL_NO_DATABASE:
            return "the database does not exist"
        raw = self.target.scrub(str(getattr(exc, "orig", exc))).lower()
        if "no such file" in raw or "cannot open" in raw or "io error" in raw:
            return "the database file cannot be opened"
        kind = type(getattr(exc, "orig", exc)).__name__
        return f"connection failed ({kind}{f' {code}' if code else ''})"

    def _set_up(self) -> None:
        ms, s = max(1, int(self.timeout * 1000)), self.timeout
        if not self.spec.read_only_each_transaction:
            for statement in self.spec.read_only:
                self._run_setup(statement, "starting a read-only session")
        done = False
        for statement in self.spec.timeout:  # alternatives: the first the server accepts
            if done and self.spec.name == "mysql":
                break
            try:
                self._run_setup(statement.format(ms=ms, s=f"{s:g}", s_int=max(1, round(s))), "setting the statement timeout")
                done = True
            except QueryFailed:
                continue
        raw = self.conn.connection.driver_connection
        if self.spec.name == "oracle":
            raw.call_timeout = ms
        elif self.spec.name == "mssql":
            raw.timeout = max(1, round(s))
        self.end()

    def _run_setup(self, statement: str, what: str) -> None:
        self.rows(self.sa.text(statement), what=what, fetch=False)

    # ---------------------------------------------------------------- queries

    def _error(self, exc: Exception, what: str) -> UserError:
        where = Location(self.display)
        code = _code(exc)
        kind = type(getattr(exc, "orig", exc)).__name__
        if code in _MYSQL_TIMEOUT or kind == "InterruptException":
            return QueryFailed(f"statement timeout ({self.timeout:g} s) while {what}; raise --timeout", where)
        if code in _MYSQL_DENIED:
            return QueryFailed(f"permission denied while {what}", where)
        if code in _MYSQL_LOST or getattr(exc, "connection_invalidated", False):
            return ConnectionLost(f"lost the connection to the database while {what}", where)
        return QueryFailed(f"database error while {what} ({kind}{f' {code}' if code else ''})", where)

    def rows(self, sql: Any, params: Sequence[Any] = (), *, what: str = "reading the catalog", fetch: bool = True) -> list[tuple]:
        sa = self.sa
        statement = sa.text(sql) if isinstance(sql, str) else sql
        timer = None
        try:
            if not self.conn.in_transaction() and self.spec.read_only_each_transaction:
                for ro in self.spec.read_only:
                    self.conn.exec_driver_sql(ro)
            if self.spec.name == "duckdb":  # no statement timeout in DuckDB: interrupt it
                timer = threading.Timer(self.timeout, self.conn.connection.driver_connection.interrupt)
                timer.daemon = True
                timer.start()
            result = self.conn.execute(statement)
            return [tuple(r) for r in result.fetchall()] if fetch and result.returns_rows else []
        except sa.exc.DBAPIError as exc:
            error = self._error(exc, what)
            self.end()
            raise error from None
        except sa.exc.SQLAlchemyError as exc:
            self.end()
            raise QueryFailed(f"database error while {what} ({type(exc).__name__})", Location(self.display)) from None
        finally:
            if timer is not None:
                timer.cancel()

    def end(self) -> None:
        try:
            if self.conn.in_transaction():
                self.conn.rollback()
        except Exception:
            pass

    def close(self) -> None:
        try:
            self.end()
            self.conn.close()
        except Exception:
            pass
        finally:
            self.alchemy_engine.dispose()


# ------------------------------------------------------------------ catalog


def _schemas(session: AlchemySession, inspector: Any) -> list[tuple[str | None, str]]:
    """(schema to ask the inspector for, schema for table keys): the default first, as ''."""
    spec = session.spec
    if spec.name == "mysql":
        return [(None, "")]
    default = inspector.default_schema_name
    out: list[tuple[str | None, str]] = [(None, "")]
    for name in inspector.get_schema_names():
        low = str(name).lower()
        if name == default or low in spec.system_schemas or low.startswith(("pg_", "temp")):
            continue
        out.append((name, name))
    return out


def _type_text(session: AlchemySession, sql_type: Any) -> str:
    from sqlalchemy.types import NullType

    if sql_type is None or isinstance(sql_type, NullType):
        return ""
    try:
        return str(sql_type.compile(dialect=session.alchemy_engine.dialect))
    except Exception:
        return str(getattr(sql_type, "__visit_name__", "")).upper()


def _maybe(call: Any, default: Any) -> Any:
    try:
        return call()
    except NotImplementedError:
        return default


_DUCKDB_OBJECTS = """
SELECT schema_name, table_name, 'table', coalesce(comment, '') FROM duckdb_tables()
 WHERE NOT internal AND NOT temporary AND database_name = current_database()
UNION ALL
SELECT schema_name, view_name, 'view', coalesce(comment, '') FROM duckdb_views()
 WHERE NOT internal AND NOT temporary AND database_name = current_database()
"""
_DUCKDB_COLUMNS = """
SELECT schema_name, table_name, column_name, data_type, coalesce(comment, '') FROM duckdb_columns()
 WHERE NOT internal AND database_name = current_database() ORDER BY schema_name, table_name, column_index
"""
_DUCKDB_KEYS = """
SELECT schema_name, table_name, constraint_column_names FROM duckdb_constraints()
 WHERE constraint_type = 'PRIMARY KEY' AND database_name = current_database()
"""


def duckdb_tables(session: AlchemySession) -> list[TableInfo]:
    objects = session.rows(_DUCKDB_OBJECTS)
    columns: dict[tuple[str, str], list[ColumnInfo]] = {}
    for nsp, rel, col, sql_type, comment in session.rows(_DUCKDB_COLUMNS):
        columns.setdefault((nsp, rel), []).append(ColumnInfo(col, sql_type, family(sql_type, "duckdb"), comment))
    keys = {(nsp, rel): tuple(cols) for nsp, rel, cols in session.rows(_DUCKDB_KEYS)}
    session.end()
    out = []
    for nsp, rel, kind, comment in sorted(objects):
        shown = "" if nsp == "main" else nsp
        is_table = kind == "table"
        out.append(TableInfo(shown, rel, kind, tuple(columns.get((nsp, rel), ())), comment,
                             keys.get((nsp, rel), ()) if is_table else (), "rowid" if is_table else None))
    return out


def alchemy_tables(session: AlchemySession) -> list[TableInfo]:
    from sqlalchemy import inspect
    from sqlalchemy.engine.reflection import ObjectKind

    if session.spec.name == "duckdb":
        return duckdb_tables(session)
    what = "reading the catalog"
    try:
        inspector = inspect(session.conn)
        out: list[TableInfo] = []
        for ask, shown in _schemas(session, inspector):
            views = set(inspector.get_view_names(schema=ask))
            views |= set(_maybe(lambda: inspector.get_materialized_view_names(schema=ask), []))
            columns = inspector.get_multi_columns(schema=ask, kind=ObjectKind.ANY)
            keys = _maybe(lambda: inspector.get_multi_pk_constraint(schema=ask, kind=ObjectKind.TABLE), {})
            comments = _maybe(lambda: inspector.get_multi_table_comment(schema=ask, kind=ObjectKind.ANY), {})
            for (_, name), cols in sorted(columns.items(), key=lambda kv: str(kv[0][1])):
                infos = []
                for col in cols:
                    text = _type_text(session, col.get("type"))
                    infos.append(ColumnInfo(col["name"], text, family(text, session.spec.glot), col.get("comment") or ""))
                pk = tuple((keys.get((ask, name)) or {}).get("constrained_columns") or ())
                comment = (comments.get((ask, name)) or {}).get("text") or ""
                is_view = name in views
                out.append(TableInfo(shown, name, "view" if is_view else "table", tuple(infos), comment, pk if not is_view else ()))
    except session.sa.exc.DBAPIError as exc:
        error = session._error(exc, what)
        session.end()
        raise error from None
    session.end()
    return out


# ------------------------------------------------------------------ sampling


def sample_query(table: TableInfo, column: ColumnInfo, n: int, dialect: str = "") -> Any:
    """The sampling SELECT as a SQLAlchemy statement (compile it for any dialect)."""
    import sqlalchemy as sa

    names = dict.fromkeys([column.name, *table.primary_key])
    t = sa.table(table.name, *(sa.column(name) for name in names), schema=table.schema or None)
    col = t.c[column.name]
    conditions = [col.is_not(None)]
    if column.family == "text" and dialect != "oracle":  # Oracle stores '' as NULL
        conditions.append(col != "")
    if table.primary_key:
        order = [t.c[k] for k in table.primary_key]
    elif table.row_address:
        order = [sa.literal_column(table.row_address)]
    else:
        order = [col]
    return sa.select(col).where(*conditions).order_by(*order).limit(n)
