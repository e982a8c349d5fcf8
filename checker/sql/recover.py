"""Salvage the columns of a CREATE TABLE that sqlglot cannot parse as a whole.

The statement still counts as failed; this only keeps one unsupported clause (say a new
``GENERATED ... VIRTUAL``) from hiding the whole table. Each column definition is parsed on its
own, then cut down to ``name type`` if needed; table constraints are ignored.
"""
from __future__ import annotations

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

_COLUMN_TAIL = frozenset(
    """NOT NULL DEFAULT GENERATED CONSTRAINT PRIMARY REFERENCES CHECK UNIQUE COLLATE COMMENT
    AUTO_INCREMENT AUTOINCREMENT IDENTITY AS ON CHARACTER CHARSET""".split()
)


def recover_create_table(toks: list[Token], parser, text: str) -> exp.Create | None:
    words = [t.text.upper() for t in toks[:8]]
    if not words or words[0] != "CREATE" or "TABLE" not in words:
        return None
    start = words.index("TABLE") + 1
    if {"TEMP", "TEMPORARY"} & set(words[:start]):
        return None  # temporary tables are ignored anyway
    if start < len(toks) and toks[start].text.upper() == "IF":
        start += 3  # IF NOT EXISTS
    open_i = next((i for i in range(start, min(len(toks), start + 12)) if toks[i].token_type == TokenType.L_PAREN), None)
    if open_i is None:
        return None
    close_i = _matching(toks, open_i)
    if close_i is None:
        return None
    head = toks[:open_i]
    lp, rp = toks[open_i], toks[close_i]
    table: exp.Expr | None = None
    defs: list[exp.Expr] = []
    for element in split_commas(toks[open_i + 1 : close_i]):
        for attempt in _attempts(element):
            create = _parse_create(head + [lp] + attempt + [rp], parser, text)
            if create is not None and isinstance(create.this, exp.Schema):
                table = table or create.this.this
                defs.extend(d for d in create.this.expressions if isinstance(d, exp.ColumnDef))
                break
    if table is None:
        return None
    return exp.Create(this=exp.Schema(this=table, expressions=defs), kind="TABLE", exists="EXISTS" in words)


def _attempts(element: list[Token]) -> list[list[Token]]:
    """The element, then ``name type(...)`` up to the first constraint word, then ``name``."""
    out = [element]
    depth = 0
    for i, t in enumerate(element[1:], 1):
        if t.token_type == TokenType.L_PAREN:
            depth += 1
        elif t.token_type == TokenType.R_PAREN:
            depth -= 1
        elif depth == 0 and i > 1 and t.text.upper() in _COLUMN_TAIL:
            out.append(element[:i])
            break
    out.append(element[:2] if len(element) > 1 else element)
    return out


def _parse_create(toks: list[Token], parser, text: str) -> exp.Create | None:
    try:
        exprs = parser.parse(toks, text)
    except Exception:
        return None
    e = exprs[0] if exprs else None
    return e if isinstance(e, exp.Create) else None


def _matching(toks: list[Token], i: int) -> int | None:
    depth = 0
    for j in range(i, len(toks)):
        tt = toks[j].token_type
        if tt == TokenType.L_PAREN:
            depth += 1
        elif tt == TokenType.R_PAREN:
            depth -= 1
            if depth == 0:
                return j
    return None


def split_commas(toks: list[Token]) -> list[list[Token]]:
    out: list[list[Token]] = [[]]
    depth = 0
    for t in toks:
        if t.token_type == TokenType.L_PAREN:
            depth += 1
        elif t.token_type == TokenType.R_PAREN:
            depth -= 1
        elif depth == 0 and t.token_type == TokenType.COMMA:
            out.append([])
            continue
        out[-1].append(t)
    return [x for x in out if x]
