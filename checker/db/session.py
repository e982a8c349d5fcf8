"""The records every database path shares: where to connect (``Target``), a read-only
``Session`` and the two errors a scan tells apart (a query that failed, a lost connection)."""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..errors import UserError
from .engines import Engine


class QueryFailed(UserError):
    """One query failed (timeout, permission): the scan may skip that object and go on."""


class ConnectionLost(UserError):
    """The server went away in the middle of the scan."""


@dataclass(frozen=True)
class Target:
    """Where to connect. ``params`` are libpq keywords (may hold the password: never shown)."""

    engine: str  # "sqlite" | "postgresql" | "sqlalchemy"
    path: str = ""  # SQLite file as given
    params: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)  # texts to scrub from any message (password, URL-encoded too)
    spec: Engine | None = None  # SQLAlchemy engines
    url: str = field(default="", repr=False)  # SQLAlchemy URL as given (may hold the password: never shown)
    password: str = field(default="", repr=False)  # NOTICE_CHECK_DB_PASSWORD for SQLAlchemy engines
    shown: str = ""  # SQLAlchemy URL without password and query

    def display_url(self) -> str:
        if self.engine == "sqlite":
            return self.path
        if self.engine == "sqlalchemy":
            return self.shown
        p = dict(self.params)
        env = os.environ
        user = p.get("user") or env.get("PGUSER", "")
        host = p.get("host") or env.get("PGHOST", "")
        port = p.get("port") or env.get("PGPORT", "")
        dbname = p.get("dbname") or env.get("PGDATABASE", "") or user
        query = ""
        if host.startswith("/"):  # a Unix socket directory
            query, host = f"?host={host}", ""
        netloc = (quote(user, safe="") + "@" if user else "") + host + (f":{port}" if port else "")
        return f"postgresql://{netloc}/{quote(dbname, safe='')}{query}"

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text


# ------------------------------------------------------------------ sessions


class Session:
    """A read-only connection: ``rows()`` runs one query, ``end()`` ends the transaction."""

    engine = ""

    def __init__(self, target: Target, timeout: float) -> None:
        self.target = target
        self.display = target.display_url()
        self.timeout = timeout

    def rows(self, sql: Any, params: Sequence[Any] = (), *, what: str = "reading the catalog") -> list[tuple]:
        raise NotImplementedError

    def end(self) -> None:
        """End the current (read-only) transaction without writing anything."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
