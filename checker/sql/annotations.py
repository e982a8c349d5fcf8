"""Privacy annotations in SQL comments and column comment texts.

Syntax (documented for users in ``checker.sql``):

* ``-- privacy: <category-id>`` / ``-- privacy: none`` as a trailing comment on the line of
  the column name (applies to the last column named on that line), or
* as an own-line comment directly above the column name's line (applies to the first column
  named on that line); a run of own-line comment lines directly above is searched, nearest first;
* ``privacy: <id>`` anywhere in a column comment text (``COMMENT ON COLUMN ... IS '...'``,
  MySQL ``COMMENT '...'``).

``/* privacy: x */`` and ``# privacy: x`` (MySQL) work like ``--`` comments.
"""
from __future__ import annotations

import re

from ..model import Annotation, Location
from .split import Comment, LineIndex

# `privacy:` followed by an id; ids are [a-z0-9]+(-[a-z0-9]+)*, `none` means not personal.
_MARKER = re.compile(r"(?<![\w-])privacy\s*:\s*([A-Za-z0-9][A-Za-z0-9_-]*)", re.IGNORECASE)


def find_marker(text: str) -> tuple[str | None, int] | None:
    """(category or None for `none`, offset of the marker) when ``text`` holds an annotation."""
    if "rivacy" not in text and "RIVACY" not in text:
        return None
    m = _MARKER.search(text)
    if not m:
        return None
    cat = m.group(1).lower().rstrip("-_")
    return (None if cat == "none" else cat), m.start()


def from_comments(comments: list[Comment] | None, path: str) -> Annotation | None:
    """The last annotation among the comments of one line."""
    found = None
    for c in comments or ():
        hit = find_marker(c.text)
        if hit:
            found = Annotation(hit[0], Location(path, c.line, c.col))
    return found


class Annotator:
    """Finds comment annotations for column names at given lines of one file."""

    def __init__(self, comments: dict[int, list[Comment]], path: str, text: str, index: LineIndex) -> None:
        self.comments = comments
        self.path = path
        self.text = text
        self.index = index

    def for_columns(self, lines: list[int]) -> list[Annotation | None]:
        """Annotations for the column names of one statement, given each name's line (in order)."""
        if not self.comments:
            return [None] * len(lines)
        out: list[Annotation | None] = []
        for i, line in enumerate(lines):
            ann = None
            if i + 1 >= len(lines) or lines[i + 1] != line:  # last column named on this line
                ann = from_comments(self.comments.get(line), self.path)
            if ann is None and (i == 0 or lines[i - 1] != line):  # first column on this line
                ann = self._above(line)
            out.append(ann)
        return out

    def _above(self, line: int) -> Annotation | None:
        prev = line - 1
        while prev > 0 and self._comment_only(prev):
            ann = from_comments(self.comments[prev], self.path)
            if ann:
                return ann
            prev -= 1
        return None

    def _comment_only(self, line: int) -> bool:
        """True when the line holds nothing but comments."""
        starts = self.index.starts
        if line not in self.comments or line >= len(starts):
            return False
        s = self.text[starts[line - 1] : starts[line]].strip()
        return s.startswith(("--", "#", "//")) or (s.startswith("/*") and s.endswith("*/"))


_PURPOSE = re.compile(r"notice-check\s*:\s*purpose\s*=\s*([a-z0-9]+(?:-[a-z0-9]+)*)", re.IGNORECASE)


def purpose_of(comments) -> str | None:
    """``-- notice-check: purpose=<id>`` anywhere in a file's comments binds the file to a purpose."""
    for line in sorted(comments):
        for c in comments[line]:
            m = _PURPOSE.search(c.text)
            if m:
                return m.group(1).lower()
    return None
