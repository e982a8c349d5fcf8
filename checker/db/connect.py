"""Database URLs and read-only sessions with a statement timeout.

Accepted ``--db`` values::

    sqlite:///relative/file.db     (SQLAlchemy style: three slashes + relative path)
    sqlite:////abs/path/file.db    (four slashes: absolute path)
    sqlite:file.db, file.db, data/app.sqlite, app.sqlite3, app.db3   (a plain file path)
    postgresql://user:password@host:5432/dbname?sslmode=require   (or postgres://)
    mysql://user@host/db, mariadb+pymysql://..., duckdb:///file.duckdb, mssql+pyodbc://...,
    oracle+oracledb://..., snowflake://..., bigquery://project, redshift+psycopg2://...,
    trino://...                    through SQLAlchemy (``checker.db.engines``, extras); the
                                   password may come from NOTICE_CHECK_DB_PASSWORD instead
    (empty)                        PostgreSQL from the libpq environment variables
                                   PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSWORD, ...

``Target.display_url()`` never contains the password. Driver errors become ``UserError``
with generic text: SQLSTATE and object names, never a password or a stored value.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

from ..errors import UserError
from ..model import Location
from .engines import ENGINES, engine_for
from .session import ConnectionLost, QueryFailed, Session, Target

SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db3")
_PG_SCHEMES = ("postgresql://", "postgres://")
_PG_DISPLAY_KEYS = ("user", "host", "port", "dbname")


def parse_url(url: str | None, env: Mapping[str, str] | None = None) -> Target:
    """``--db`` text -> Target; raises UserError (without echoing a password) when it is not understood."""
    env = os.environ if env is None else env
    url = (url or "").strip()
    if not url:
        return Target("postgresql", secrets=_secrets(env.get("PGPASSWORD", "")))
    low = url.lower()
    if low.startswith("sqlite:"):
        rest = url[len("sqlite:") :]
        if rest.startswith("//"):
            rest = rest[2:]
            rest = rest[1:] if rest.startswith("/") else rest  # sqlite:///rel, sqlite:////abs
        rest = unquote(rest.split("?", 1)[0])
        if not rest:
            raise UserError("no SQLite file in the database URL: use sqlite:///path/file.db")
        return Target("sqlite", path=rest)
    if low.startswith(_PG_SCHEMES):
        from psycopg.conninfo import conninfo_to_dict

        try:
            params = {k: str(v) for k, v in conninfo_to_dict(url).items() if v is not None}
        except Exception:  # libpq's message may quote the URL: never show it
            raise UserError("cannot parse the PostgreSQL URL; expected postgresql://user@host:port/dbname") from None
        password = params.get("password", "") or env.get("PGPASSWORD", "")
        return Target("postgresql", params=tuple(sorted(params.items())), secrets=_secrets(password))
    if "://" in url:
        return _alchemy_target(url, env)
    if low.endswith(SQLITE_SUFFIXES) or Path(url).is_file():
        return Target("sqlite", path=url)
    raise UserError("not a database: give a SQLite file (*.db, *.sqlite), sqlite:///file.db or postgresql://...", Location(url))


def _alchemy_target(url: str, env: Mapping[str, str]) -> Target:
    """A SQLAlchemy URL: its engine, the password kept apart, the URL shown without it."""
    from urllib.parse import urlsplit

    scheme = url.split("://", 1)[0]
    spec = engine_for(scheme)
    if spec is None:
        known = ", ".join(s for e in ENGINES for s in e.schemes)
        raise UserError(f"unsupported database URL scheme; use sqlite:///file.db, a *.db file, postgresql://..., or one of: {known}")
    try:
        parts = urlsplit(url)
        password = unquote(parts.password or "") or env.get("NOTICE_CHECK_DB_PASSWORD", "")
        host = parts.hostname or ""
        netloc = (quote(unquote(parts.username), safe="") + "@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    except ValueError:  # a bad port, say; the message may quote the URL
        raise UserError(f"cannot parse the {spec.name} URL") from None
    shown = f"{parts.scheme}://{netloc}{parts.path}"
    secrets = _secrets(password) + tuple(unquote(v) for k, v in _query_pairs(parts.query) if _secret_key(k))
    return Target("sqlalchemy", spec=spec, url=url, password=password, shown=shown, secrets=secrets)


def _query_pairs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=False)


def _secret_key(key: str) -> bool:
    return any(word in key.lower() for word in ("password", "secret", "token", "key", "credential", "passcode"))


def _secrets(password: str) -> tuple[str, ...]:
    if not password:
        return ()
    return tuple({password, quote(password, safe=""), quote(password)})


# ------------------------------------------------------------------ sessions


class SqliteSession(Session):
    """``file:...?mode=ro`` plus ``PRAGMA query_only``; a progress handler enforces the timeout."""

    engine = "sqlite"

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target, timeout)
        path = Path(target.path)
        where = Location(target.path)
        if not path.exists():
            raise UserError("SQLite database file not found", where)
        if not path.is_file():
            raise UserError("not a file; give a SQLite database file", where)
        uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
        self._deadline = 0.0
        try:
            self.conn = sqlite3.connect(uri, uri=True, timeout=min(timeout, 5.0), check_same_thread=False)
        except sqlite3.Error:
            raise UserError("cannot open the SQLite database (read-only)", where) from None
        self.conn.text_factory = lambda raw: raw.decode("utf-8", "replace")  # no decode errors quoting a value
        self.conn.set_progress_handler(self._expired, 10_000)
        try:
            self.conn.execute("PRAGMA query_only = ON")
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            self.conn.close()
            raise UserError("not a SQLite database (or it is encrypted or damaged)", where) from None

    def _expired(self) -> int:
        return 1 if self._deadline and time.monotonic() > self._deadline else 0

    def rows(self, sql: Any, params: Sequence[Any] = (), *, what: str = "reading the catalog") -> list[tuple]:
        self._deadline = time.monotonic() + self.timeout
        try:
            return self.conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupted" in str(exc):
                if time.monotonic() <= self._deadline:  # Ctrl-C inside the progress handler, not the timeout
                    raise KeyboardInterrupt from None
                raise QueryFailed(f"statement timeout ({self.timeout:g} s) while {what}; raise --timeout", Location(self.display)) from None
            raise QueryFailed(f"SQLite error while {what} ({getattr(exc, 'sqlite_errorname', 'error')})", Location(self.display)) from None
        except sqlite3.Error as exc:
            raise UserError(f"SQLite error while {what} ({getattr(exc, 'sqlite_errorname', type(exc).__name__)})", Location(self.display)) from None
        finally:
            self._deadline = 0.0

    def close(self) -> None:
        self.conn.close()


class PostgresSession(Session):
    """psycopg 3: read-only transactions, ``default_transaction_read_only``, statement and lock timeouts."""

    engine = "postgresql"

    def __init__(self, target: Target, timeout: float) -> None:
        super().__init__(target, timeout)
        import psycopg

        params: dict[str, Any] = dict(target.params)
        params.setdefault("connect_timeout", str(max(2, min(int(timeout), 30))))
        params.setdefault("application_name", "notice-check scan")
        try:
            self.conn = psycopg.connect(autocommit=True, **params)
        except psycopg.Error as exc:
            raise UserError(self._connect_message(exc)) from None
        ms = str(max(1, int(timeout * 1000)))
        try:
            for name, value in (
                ("default_transaction_read_only", "on"),
                ("statement_timeout", ms),
                ("lock_timeout", ms),
                ("idle_in_transaction_session_timeout", str(max(int(timeout * 1000) * 2, 60_000))),
            ):
                self.conn.execute("SELECT set_config(%s, %s, false)", (name, value))
            self.conn.autocommit = False
            self.conn.read_only = True
        except psycopg.Error as exc:
            self.close()
            raise self._query_error(exc, "starting a read-only session") from None

    def _connect_message(self, exc: Exception) -> str:
        raw = self.target.scrub(str(exc))
        low = raw.lower()
        where = self.display
        if "password authentication failed" in low or "authentication failed" in low:
            reason = "authentication failed (wrong user or password)"
        elif "no password supplied" in low or "fe_sendauth" in low:
            reason = "the server asks for a password: give it in the URL or in PGPASSWORD / ~/.pgpass"
        elif "does not exist" in low and "database" in low:
            reason = "the database does not exist"
        elif "timeout expired" in low:
            reason = "the server did not answer in time"
        elif "refused" in low or "could not connect" in low or "translate host name" in low or "no route" in low:
            reason = "the server cannot be reached (is it running, are host and port right?)"
        else:
            first = next((line.strip() for line in raw.splitlines() if line.strip()), "")
            reason = f"connection failed: {first[:200]}" if first else "connection failed"
        return f"cannot connect to {where}: {reason}"

    def _query_error(self, exc: Exception, what: str) -> UserError:
        import psycopg
        from psycopg import errors as pe

        where = Location(self.display)
        if isinstance(exc, pe.QueryCanceled):
            return QueryFailed(f"statement timeout ({self.timeout:g} s) while {what}; raise --timeout", where)
        if isinstance(exc, (pe.LockNotAvailable,)):
            return QueryFailed(f"lock timeout while {what}", where)
        if isinstance(exc, pe.InsufficientPrivilege):
            return QueryFailed(f"permission denied while {what}", where)
        state = getattr(exc, "sqlstate", None) or ""
        lost = self.conn.broken or self.conn.closed or state.startswith(("08", "57P"))
        if lost or isinstance(exc, psycopg.InterfaceError) or (isinstance(exc, psycopg.OperationalError) and not state):
            return ConnectionLost(f"lost the connection to the database while {what}", where)
        state = state or "unknown"
        return QueryFailed(f"database error while {what} (SQLSTATE {state})", where)

    def rows(self, sql: Any, params: Sequence[Any] = (), *, what: str = "reading the catalog") -> list[tuple]:
        import psycopg

        try:
            with self.conn.cursor() as cur:
                cur.execute(sql, tuple(params) or None)
                return cur.fetchall()
        except psycopg.Error as exc:
            error = self._query_error(exc, what)
            self.end()
            raise error from None

    def end(self) -> None:
        import psycopg

        if self.conn.closed or self.conn.broken:
            return
        try:
            self.conn.rollback()
        except psycopg.Error:
            pass

    def close(self) -> None:
        try:
            self.end()
        finally:
            self.conn.close()


def open_session(target: Target, timeout: float = 30.0) -> Session:
    """Connect read-only; raises UserError (exit 2) with a message free of passwords and values."""
    if timeout <= 0:
        raise UserError("--timeout must be positive")
    if target.engine == "sqlite":
        return SqliteSession(target, timeout)
    if target.engine == "sqlalchemy":
        from .alchemy import AlchemySession

        return AlchemySession(target, timeout)
    return PostgresSession(target, timeout)


def sqlite_file(url: str | None) -> str | None:
    """The database file of a SQLite ``--db`` (so that --output cannot overwrite it), else None."""
    if not url:
        return None
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if url.startswith("sqlite:"):
        return url[len("sqlite:"):]
    return url if "://" not in url else None
