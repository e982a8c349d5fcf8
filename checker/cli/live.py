"""Reading a live database from the command line (scan, classify --db): progress on stderr,
Ctrl-C, and the options of ``options.live_db_options`` passed to ``checker.db.scan``."""
from __future__ import annotations

import sys
import time
from typing import IO, Any

import click

from ..render.safe import printable


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


def read_live(read: Any, options: dict[str, Any]) -> Any:
    """``read(url, sample=..., timeout=..., progress=..., ...)`` with a progress bar when asked
    (or on a terminal); None after Ctrl-C (the caller exits 130; the connections are closed)."""
    show = options.pop("progress")
    bar = ProgressBar(sys.stderr) if (show if show is not None else sys.stderr.isatty()) else None
    url = options.pop("db_url")
    snapshot = options.pop("snapshot_path")
    try:
        return read(url, progress=bar, snapshot=snapshot, **options)
    except KeyboardInterrupt:  # click would turn it into Abort (exit 2)
        if bar:
            bar.close()
        click.echo("interrupted", err=True)
        return None
    finally:
        if bar:
            bar.close()  # idempotent; also before an error message
