"""Untrusted text made safe to show: column names, comments and labels come from users."""
from __future__ import annotations

import unicodedata

# Bidirectional controls ("Trojan Source") and the BOM; other format characters (soft hyphen,
# zero-width joiners) are harmless and stay.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")
_UNSAFE_CATEGORIES = frozenset({"Cc", "Cs", "Co", "Cn", "Zl", "Zp"})


def printable(text: str, *, keep: str = "\n") -> str:
    """Untrusted text with control characters (terminal escapes, NUL, CR, line separators),
    bidi overrides, lone surrogates and unassigned code points replaced by U+FFFD; tabs become
    spaces; the characters in ``keep`` stay."""

    def safe(ch: str) -> str:
        if ch in keep or ch.isprintable():
            return ch
        if ch == "\t":
            return " "
        if ch in _BIDI or unicodedata.category(ch) in _UNSAFE_CATEGORIES:
            return "\N{REPLACEMENT CHARACTER}"
        return ch  # spaces (no-break space ...) and harmless format characters

    return "".join(safe(ch) for ch in text)
