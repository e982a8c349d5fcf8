"""A rule's documentation (its module docstring) in parts, and in another language.

The docstring's first line is the title; unindented lines are section headings ("What it
does", ...) and the indented lines under each form its body. Each part is a catalog key
(``scripts/i18n`` extracts them), so ``explain --lang fi`` shows the rule in Finnish.
"""
from __future__ import annotations

import textwrap

from ..i18n import N_, translate

HEADINGS = (N_("What it does"), N_("Why it matters"), N_("Example"), N_("How to fix"), N_("References"))


def doc_parts(doc: str) -> list[tuple[str, str]]:
    """``[("", title), (heading, body), ...]``; bodies dedented, lines kept."""
    lines = doc.strip("\n").splitlines()
    if not lines:
        return []
    parts: list[tuple[str, list[str]]] = [("", [lines[0].strip()])]
    for line in lines[1:]:
        if line.strip() and not line.startswith(" "):
            parts.append((line.strip(), []))
        elif len(parts) > 1:
            parts[-1][1].append(line)
    return [(heading, textwrap.dedent("\n".join(body)).strip("\n")) for heading, body in parts]


def doc_in(doc: str, lang: str) -> str:
    """The docstring with its title, headings and bodies in ``lang`` (English where untranslated)."""
    out: list[str] = []
    for heading, body in doc_parts(doc):
        if not heading:
            out += [translate(body, lang), ""]
            continue
        out.append(translate(heading, lang))
        out += [("    " + line) if line.strip() else "" for line in translate(body, lang).splitlines()]
        out.append("")
    return "\n".join(out).strip("\n")
