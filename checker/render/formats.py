"""Output formats by name: ``FORMATS[name](report) -> str``.

    >>> from checker.render.formats import FORMATS
    >>> sorted(FORMATS)
    ['github', 'gitlab', 'json', 'junit', 'sarif', 'text']
    >>> FORMATS["text"](Report(()))
    'no findings\\n'
"""
from __future__ import annotations

from collections.abc import Callable

from ..model import Report
from . import github, gitlab, json_out, junit, sarif
from .text import render_report


def render_text(report: Report, *, colour: bool = False) -> str:
    """Findings grouped per file, the summary line, then baseline entries that no longer match."""
    return render_report(report, colour=colour)


FORMATS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": json_out.render,
    "sarif": sarif.render,
    "junit": junit.render,
    "github": github.render,
    "gitlab": gitlab.render,
}
