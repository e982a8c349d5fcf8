"""Ordering of migration files.

* Flyway ``V<version>__x.sql`` in version order (``V1`` < ``V1_1`` = ``V1.1`` < ``V2`` < ``V10``);
  a baseline ``B<version>__`` sorts at its version, before a ``V`` of the same version.
* Flyway ``R__x.sql`` repeatables run after all versioned files, alphabetically.
* Flyway ``U<version>__`` undo files are left out.
* Anything else (``20240101120000_add_x.sql``, ``1700000000_x.sql``, ``schema.sql``) in natural
  order: digit runs compare as numbers, so timestamps sort numerically and ``file2`` < ``file10``.
  Such files come after the Flyway versioned ones and before the repeatables.
"""
from __future__ import annotations

import os
import re

_FLYWAY = re.compile(r"([VvBbUu])(\d+(?:[._]\d+)*)__")
_REPEATABLE = re.compile(r"[Rr]__")
_DIGITS = re.compile(r"(\d+)")


def natural_key(name: str) -> tuple:
    """``file2`` < ``file10``; text parts compare case-insensitively."""
    parts = _DIGITS.split(name)
    return tuple(int(p) if i % 2 else p.lower() for i, p in enumerate(parts))


def _sort_key(path: str) -> tuple:
    base = os.path.basename(path)
    m = _FLYWAY.match(base)
    if m:
        version = tuple(int(x) for x in re.split(r"[._]", m.group(2)))
        # strip trailing zero parts so V1 == V1.0 == V1_0
        while len(version) > 1 and version[-1] == 0:
            version = version[:-1]
        is_baseline = m.group(1) in "Bb"
        return (0, version, 0 if is_baseline else 1, natural_key(base), path)
    if _REPEATABLE.match(base):
        return (2, (), 0, (base.lower(),), path)
    return (1, (), 0, natural_key(base), path)


def is_undo(path: str) -> bool:
    m = _FLYWAY.match(os.path.basename(path))
    return bool(m and m.group(1) in "Uu")


def order_migrations(files: list[str]) -> list[str]:
    """Return ``files`` in the order a migration tool would apply them (undo files dropped)."""
    return sorted((f for f in files if not is_undo(f)), key=_sort_key)
