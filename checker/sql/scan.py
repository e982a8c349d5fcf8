"""Phase 1 of reading a file: find the statements worth parsing (cacheable, parallelisable).

A scan tokenizes a whole file once and keeps, for the statements that can change the schema
or move data, their spans; everything else (reference-data INSERTs, SET, ...) is only
counted. Phase 2 (``reader.read_file``) then parses a *sparse* copy of the file holding only
those spans at their original lines and columns, so every location stays exact.

Scans are cached by the file's content hash in a directory that is safe to delete
(``.notice-check-cache/`` by default): a re-run after changing one migration re-scans only
that file. Files that use batch separators (T-SQL ``GO``, Oracle ``/``, MySQL ``DELIMITER``,
pg_dump ``COPY`` blocks) are read the direct way and not cached.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from typing import Any

from . import triage as tri
from .annotations import purpose_of
from .files import read_text
from .split import Comment, LineIndex, collect_comments, preprocess, split, tokenize

FORMAT = 2  # bump when the scan content or the triage rules change

_DIRECT_DIALECTS = frozenset({"tsql", "fabric", "oracle"})


@dataclass
class FileScan:
    simple: bool  # False: read the file the direct way (separators, DELIMITER, COPY blocks)
    statements: int = 0
    kept: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, terminator or -1)
    comments: list[tuple[int, int, str, bool]] = field(default_factory=list)
    comment_only: list[int] = field(default_factory=list)  # lines holding nothing but comments
    tok_failures: list[tuple[int, str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, **self.__dict__}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "FileScan":
        """Raises ValueError (or KeyError, TypeError) unless ``data`` has the exact shape."""
        scan = cls(
            simple=data["simple"],
            statements=data["statements"],
            kept=[tuple(k) for k in data["kept"]],
            comments=[tuple(c) for c in data["comments"]],
            comment_only=list(data["comment_only"]),
            tok_failures=[tuple(f) for f in data["tok_failures"]],
        )
        if not (
            isinstance(scan.simple, bool)
            and isinstance(scan.statements, int)
            and all(_shape(k, (int, int, int)) for k in scan.kept)
            and all(_shape(c, (int, int, str, bool)) for c in scan.comments)
            and all(isinstance(n, int) for n in scan.comment_only)
            and all(_shape(f, (int, str)) for f in scan.tok_failures)
        ):
            raise ValueError("malformed scan")
        return scan

    def comment_map(self) -> dict[int, list[Comment]]:
        out: dict[int, list[Comment]] = {}
        for line, col, text, own in self.comments:
            out.setdefault(line, []).append(Comment(line, col, text, own))
        return out

    def sparse_text(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The kept statements at their original lines and columns; everything else blank.
        Also where each kept statement is in the copy: (first offset, last offset)."""
        index = LineIndex(text)
        out: list[str] = []
        placed: list[tuple[int, int]] = []
        size = 0  # characters written
        line, width = 1, 0  # current line, characters written on it
        only = set(self.comment_only)
        for start, end, term in self.kept:
            first = index.line_of(start)
            while line < first:
                gap = "--\n" if line in only and width == 0 else "\n"
                out.append(gap)
                size += len(gap)
                line, width = line + 1, 0
            col = index.col(first, start)
            pad = max(0, col - 1 - width)
            out.append(" " * pad)
            chunk = text[start : end + 1] + (";" if term >= 0 else "")
            out.append(chunk)
            placed.append((size + pad, size + pad + end - start))
            size += pad + len(chunk)
            newlines = chunk.count("\n")
            if newlines:
                line += newlines
                width = len(chunk) - chunk.rfind("\n") - 1
            else:
                width = max(width, col - 1) + len(chunk)
        last = len(index.starts) - 1
        while line < last:
            out.append("--\n" if line in only and width == 0 else "\n")
            line, width = line + 1, 0
        return "".join(out), placed


def _shape(values: tuple, types: tuple) -> bool:
    return len(values) == len(types) and all(isinstance(v, t) for v, t in zip(values, types))


def scan_text(text: str, dialect: str) -> FileScan:
    from sqlglot.dialects.dialect import Dialect

    prep = preprocess(text, dialect)
    if dialect in _DIRECT_DIALECTS or prep.separators or prep.free_lines or prep.text is not text:
        return FileScan(simple=False)
    index = LineIndex(text)
    tokens, failures = tokenize(prep, Dialect.get_or_raise(dialect).tokenizer(), index)
    if prep.separators:  # tokenizing fell back to chunks: keep it simple, read directly
        return FileScan(simple=False)
    comments = collect_comments(text, tokens, index)
    scan = FileScan(simple=True, statements=len(failures), tok_failures=failures)
    semis = {t.start for t in tokens if t.token_type == tri.TokenType.SEMICOLON}
    purpose_bound = purpose_of(comments) is not None
    for toks in split(tokens, prep, block_mode=False):
        scan.statements += 1
        if tri.triage(toks, dialect, purpose_bound) == tri.SKIP:
            continue
        end = toks[-1].end
        term = next((p for p in range(end + 1, min(end + 200, len(text))) if p in semis), -1)
        scan.kept.append((toks[0].start, end, term))
    for line, cs in sorted(comments.items()):
        for c in cs:
            scan.comments.append((c.line, c.col, c.text, c.own_line))
    starts = index.starts
    for line in comments:
        if line < len(starts):
            s = text[starts[line - 1] : starts[line]].strip()
            if s.startswith(("--", "#", "//")) or (s.startswith("/*") and s.endswith("*/")):
                scan.comment_only.append(line)
    scan.comment_only.sort()
    return scan


# ---------------------------------------------------------------- the cache


def default_cache_dir() -> str:
    return os.environ.get("NOTICE_CHECK_CACHE_DIR") or os.path.join(os.getcwd(), ".notice-check-cache")


def _key(data: bytes, dialect: str) -> str:
    from .. import __version__

    return hashlib.sha256(b"%d\0%s\0%s\0" % (FORMAT, __version__.encode(), dialect.encode()) + data).hexdigest()


class ScanCache:
    """Scans by content hash; a corrupt or unreadable entry is simply a miss."""

    def __init__(self, directory: str) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def _path(self, key: str) -> str:
        return os.path.join(self.directory, "scan", key[:2], key + ".json")

    def get(self, key: str) -> FileScan | None:
        try:
            with open(self._path(key), encoding="utf-8") as fh:
                data = json.load(fh)
            if data.get("format") != FORMAT:
                return None
            self.hits += 1
            return FileScan.from_json(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, scan: FileScan) -> None:
        path = self._path(key)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            self._mark()
            fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(scan.to_json(), fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written is no cache, not an error

    def _mark(self) -> None:
        """CACHEDIR.TAG (backup tools skip it) and a .gitignore, so it is never committed."""
        tag = os.path.join(self.directory, "CACHEDIR.TAG")
        if not os.path.exists(tag):
            with open(tag, "w", encoding="ascii") as fh:
                fh.write("Signature: 8a477f597d28d172789f06886806bc55\n# notice-check cache: safe to delete\n")
            with open(os.path.join(self.directory, ".gitignore"), "w", encoding="ascii") as fh:
                fh.write("*\n")


def scan_file(path: str, dialect: str, cache_dir: str | None) -> tuple[str, FileScan | None]:
    """(cache key, scan) for one file; the scan is None when the file cannot be read."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return "", None
    key = _key(data, dialect)
    cache = ScanCache(cache_dir) if cache_dir else None
    if cache is not None:
        hit = cache.get(key)
        if hit is not None:
            return key, hit
    decoded = read_text(path)
    if decoded.text is None:
        return key, None
    try:
        scan = scan_text(decoded.text, dialect)
    except Exception:  # a bug on odd input: phase 2 reads the file the direct way
        return key, FileScan(simple=False)
    if cache is not None:
        cache.put(key, scan)
    return key, scan


def _scan_job(args: tuple[str, str, str | None]) -> FileScan | None:
    return scan_file(*args)[1]


def scan_many(jobs: list[tuple[str, str]], cache_dir: str | None, workers: int) -> list[FileScan | None]:
    """Scan files, in parallel when it pays (several cores, several MB to tokenize)."""
    if workers > 1 and len(jobs) > 1:
        import multiprocessing

        ctx = multiprocessing.get_context("fork") if hasattr(os, "fork") else multiprocessing.get_context()
        with ctx.Pool(workers) as pool:
            return pool.map(_scan_job, [(p, d, cache_dir) for p, d in jobs], chunksize=max(1, len(jobs) // (workers * 4)))
    return [scan_file(p, d, cache_dir)[1] for p, d in jobs]
