"""CSV cells that a spreadsheet opens as text, never as a formula (CSV / formula injection).

Excel, LibreOffice and Google Sheets evaluate a cell whose text starts with ``=``, ``+``, ``-``
or ``@`` (and, after a tab or carriage return, what follows) as a formula: ``=HYPERLINK(...)``
in a category label would become a live link, ``=cmd|...`` a DDE command. Following the OWASP
guidance on CSV injection, such a cell gets a leading apostrophe, which spreadsheets show as
text and do not display; quoting and doubled quotes come from the ``csv`` module. The
full-width forms of the four characters are treated the same, since some spreadsheet locales
read them as the ASCII ones.

    >>> cell('=HYPERLINK("http://evil")')
    '\\'=HYPERLINK("http://evil")'
    >>> cell("kaukolämpö")
    'kaukolämpö'
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def cell(text: str) -> str:
    """``text`` safe to open in a spreadsheet: an apostrophe before a formula start."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
