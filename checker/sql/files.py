"""Finding, reading and decoding SQL files."""
from __future__ import annotations

import os
from dataclasses import dataclass

from .migrations import order_migrations


@dataclass(frozen=True)
class Input:
    path: str  # path to open
    display: str  # path for Location / SourceFile


@dataclass(frozen=True)
class Decoded:
    text: str | None  # None when unusable
    error: str = ""  # fatal reason when text is None
    warning: str = ""  # decoding fallback note


def display_path(path: str, root: str) -> str:
    """``path`` relative to ``root`` with forward slashes when under it, else as given."""
    try:
        rel = os.path.relpath(os.path.abspath(path), root)
    except ValueError:  # other drive on Windows
        return path.replace(os.sep, "/")
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return path.replace(os.sep, "/")
    return rel.replace(os.sep, "/")


def expand(paths: list[str], root: str) -> list[Input]:
    """Files first-to-last: a directory contributes its ``*.sql`` files (recursively, hidden
    directories skipped) in migration order; listed files keep their place. A file reached
    twice (listed and inside a listed folder, or listed twice) is read once, at its first place."""
    out: list[Input] = []
    seen: set[str] = set()

    def add(f: str) -> None:
        real = os.path.realpath(f)
        if real not in seen or not os.path.exists(f):
            seen.add(real)
            out.append(Input(f, display_path(f, root)))

    for p in paths:
        if os.path.isdir(p):
            found: list[str] = []
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                found.extend(
                    os.path.join(dirpath, f)
                    for f in filenames
                    if f.lower().endswith(".sql") and not f.startswith(".")
                )
            for f in order_migrations(found):
                add(f)
        else:
            add(p)
    return out


def read_text(path: str) -> Decoded:
    """Read and decode one file; never raises."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        return Decoded(None, "cannot read: is a directory")
    except OSError as e:
        return Decoded(None, f"cannot read: {e.strerror or e}")
    return decode(data)


def decode(data: bytes) -> Decoded:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            return Decoded(None, "cannot decode: invalid UTF-16")
        return _check_text(text, "file is UTF-16; decoded as utf-16")
    if b"\x00" in data:
        return Decoded(None, "binary file (contains NUL bytes), not SQL text")
    try:
        return _check_text(data.decode("utf-8-sig"), "")
    except UnicodeDecodeError as e:
        where = f"byte {e.start}"
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        return _check_text(text, f"not valid UTF-8 (first bad {where}); decoded as {enc}")
    raise AssertionError("latin-1 decodes every byte string")


def _check_text(text: str, warning: str) -> Decoded:
    if not text.strip():
        return Decoded(None, "empty file")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, warning=warning)
