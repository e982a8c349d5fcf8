"""Preprocessing, tokenizing and splitting a file into statements.

Line numbers are never changed: lines that are skipped (pg_dump ``COPY ... FROM stdin`` data,
psql ``\\`` meta-commands, ``GO`` / ``DELIMITER`` / Oracle ``/`` lines) become empty lines.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from sqlglot.tokens import Token, Tokenizer, TokenType

SEMI = TokenType.SEMICOLON

# Statements that carry a body with inner ';' when the file uses batch separators (GO or /).
_BLOCK_STARTS = frozenset({"IF", "WHILE", "BEGIN", "DECLARE"})
_ROUTINES = frozenset({"PROCEDURE", "PROC", "FUNCTION", "TRIGGER", "PACKAGE", "EVENT"})
_NOT_ROUTINE = frozenset({"TABLE", "VIEW", "INDEX", "(", "AS"})


@dataclass
class Prepared:
    text: str
    separators: list[int] = field(default_factory=list)  # a statement ends after these lines
    free_lines: set[int] = field(default_factory=set)  # ';' does not end a statement here
    data_blocks: int = 0


def _is_go(s: str) -> bool:
    """``GO``, ``GO 5`` or ``GO;`` on a line of its own."""
    if s[:2].upper() != "GO":
        return False
    rest = s[2:].rstrip(";").strip()
    return not rest or rest.isdigit()


def _is_copy_stdin(s: str) -> bool:
    if s[:5].upper() != "COPY " or not s.endswith(";"):
        return False
    return "FROM STDIN" in " ".join(s.upper().split())


def preprocess(text: str, dialect: str) -> Prepared:
    go = dialect in ("tsql", "fabric")
    slash = dialect == "oracle"
    low = text.lower()
    if not ("\\" in text or "delimiter" in low or "copy" in low or (go and "go" in low) or (slash and "/" in text)):
        return Prepared(text)
    lines = text.split("\n")
    seps: list[int] = []
    free: set[int] = set()
    blocks = 0
    in_copy = False
    delim = ";"
    changed = False
    for i, line in enumerate(lines):
        if in_copy:
            if line.strip() == "\\.":
                in_copy = False
            lines[i] = ""
            changed = True
            continue
        s = line.strip()
        if not s:
            continue
        c = s[0]
        lineno = i + 1
        if c == "\\":  # psql meta-command
            lines[i] = ""
        elif c in "Cc" and _is_copy_stdin(s):
            in_copy = True
            blocks += 1
            lines[i] = ""
            seps.append(lineno)
        elif c in "Dd" and (s[:10].upper() == "DELIMITER " or s.upper() == "DELIMITER"):
            delim = s[10:].strip() or ";"
            lines[i] = ""
            seps.append(lineno)
        elif go and c in "Gg" and _is_go(s):
            lines[i] = ""
            seps.append(lineno)
        elif slash and s == "/":
            lines[i] = ""
            seps.append(lineno)
        else:
            if delim != ";":
                free.add(lineno)
                r = line.rstrip()
                if r.endswith(delim):
                    lines[i] = r[: -len(delim)]
                    seps.append(lineno)
                    changed = True
            continue
        changed = True
    return Prepared("\n".join(lines) if changed else text, seps, free, blocks)


def tokenize(prep: Prepared, tokenizer: Tokenizer, index: LineIndex) -> tuple[list[Token], list[tuple[int, str]]]:
    """Tokenize the text; each batch between separator lines on its own (a T-SQL ``END`` or
    other command word swallows text up to the next ';', never past a batch end).

    Returns the tokens (absolute positions) and (line, message) for pieces that failed.
    """
    text = prep.text
    if not prep.separators:
        return _tokenize_piece(text, 0, 0, tokenizer, prep, index)
    tokens: list[Token] = []
    failures: list[tuple[int, str]] = []
    first_line = 0  # 0-based index of the batch's first line
    for sep in [*sorted(set(prep.separators)), len(index.starts) - 1]:
        if sep <= first_line:
            continue
        a = index.starts[first_line]
        b = index.starts[sep] - 1 if sep < len(index.starts) else len(text)
        if text[a:b].strip():
            toks, fails = _tokenize_piece(text[a:b], a, first_line, tokenizer, prep, index)
            tokens.extend(toks)
            failures.extend(fails)
        first_line = sep
    return tokens, failures


def _tokenize_piece(
    piece: str, offset: int, line0: int, tokenizer: Tokenizer, prep: Prepared, index: LineIndex
) -> tuple[list[Token], list[tuple[int, str]]]:
    """Tokenize ``piece`` (starting at ``offset`` / 0-based line ``line0``); on a token error
    fall back to chunks ending at lines that end with ';', so that one bad chunk (e.g. an
    unterminated string) loses only itself."""
    try:
        return _shift(tokenizer.tokenize(piece), offset, line0, index), []
    except Exception:  # TokenError, or a tokenizer bug on odd input: retry in chunks
        pass
    tokens: list[Token] = []
    failures: list[tuple[int, str]] = []
    lines = piece.split("\n")
    pos = 0
    first = 0
    for i, line in enumerate(lines):
        if i + 1 < len(lines) and not line.rstrip().endswith(";"):
            continue
        chunk = "\n".join(lines[first : i + 1])
        try:
            tokens.extend(_shift(tokenizer.tokenize(chunk), offset + pos, line0 + first, index))
        except Exception as e:  # TokenError (or a tokenizer bug): this chunk only
            failures.append((line0 + first + 1, str(e).split("\n")[0][:300]))
            prep.separators.append(line0 + i + 1)  # keep neighbours apart
        pos += len(chunk) + 1
        first = i + 1
    prep.separators.sort()
    return tokens, failures


def _shift(tokens: list[Token], offset: int, lines: int, index: LineIndex) -> list[Token]:
    """Make positions absolute. A token's ``line``/``col`` are those of its last character;
    sqlglot's line count can drift (postgres ``$1`` before a line break counts the break
    twice), so when the last token's line is off, every line and col is recomputed."""
    if offset or lines:
        for tok in tokens:
            tok.line += lines
            tok.start += offset
            tok.end += offset
    if tokens and tokens[-1].line != index.line_of(tokens[-1].end):
        starts = index.starts
        for tok in tokens:
            tok.line = line = index.line_of(tok.end)
            tok.col = tok.end - starts[line - 1] + 1
    return tokens


def _block_start(tokens: list[Token], i: int) -> bool:
    """Does the statement starting at tokens[i] have a body that may contain ';'?"""
    word = tokens[i].text.upper()
    if word in _BLOCK_STARTS:
        nxt = tokens[i + 1].text.upper() if i + 1 < len(tokens) else ""
        return not (word == "BEGIN" and nxt in ("TRAN", "TRANSACTION", "DISTRIBUTED", ";", "WORK"))
    if word not in ("CREATE", "ALTER"):
        return False
    for tok in tokens[i + 1 : i + 12]:
        w = tok.text.upper()
        if w in _ROUTINES:
            return True
        if w in _NOT_ROUTINE:
            return False
    return False


def split(tokens: list[Token], prep: Prepared, block_mode: bool) -> list[list[Token]]:
    """Split tokens into statements at ';', separator lines and DELIMITER ends."""
    seps = prep.separators
    free = prep.free_lines
    if not seps and not free:
        out: list[list[Token]] = []
        start = 0
        for i in [i for i, t in enumerate(tokens) if t.token_type == SEMI]:
            if i > start:
                out.append(tokens[start:i])
            start = i + 1
        if start < len(tokens):
            out.append(tokens[start:])
        return out

    out = []
    cur: list[Token] = []
    si = 0
    nseps = len(seps)
    block = False
    for i, tok in enumerate(tokens):
        line = tok.line
        if si < nseps and line > seps[si]:
            while si < nseps and line > seps[si]:
                si += 1
            if cur:
                out.append(cur)
                cur = []
        if tok.token_type == SEMI:
            if cur and (block or line in free):
                cur.append(tok)
            elif cur:
                out.append(cur)
                cur = []
            continue
        if not cur:
            block = block_mode and _block_start(tokens, i)
        cur.append(tok)
    if cur:
        out.append(cur)
    return out


# T-SQL needs no ';' between statements. Inside one batch a new statement is taken to begin at
# a line that starts with one of these words (guarded so `ALTER TABLE t` / `DROP COLUMN x`,
# `UPDATE t` / `SET a = 1` or `CREATE VIEW v AS` / `SELECT ...` stay together).
_TSQL_STARTS = frozenset(
    {"CREATE", "ALTER", "DROP", "EXEC", "EXECUTE", "INSERT", "UPDATE", "DELETE", "MERGE", "PRINT", "GRANT", "USE", "TRUNCATE"}
)
_TSQL_OBJECTS = frozenset(
    """TABLE VIEW PROCEDURE PROC FUNCTION INDEX TRIGGER SCHEMA DATABASE TYPE SYNONYM SEQUENCE
    USER ROLE LOGIN UNIQUE CLUSTERED NONCLUSTERED OR STATISTICS""".split()
)


def split_tsql_lines(stmts: list[list[Token]]) -> list[list[Token]]:
    out: list[list[Token]] = []
    for stmt in stmts:
        head = stmt[0].text.upper()
        if head in _BLOCK_STARTS or head == "ELSE" or _block_start(stmt, 0):
            out.append(stmt)
            continue
        cur: list[Token] = []
        depth = 0
        for i, tok in enumerate(stmt):
            tt = tok.token_type
            if tt == TokenType.L_PAREN:
                depth += 1
            elif tt == TokenType.R_PAREN:
                depth -= 1
            elif cur and depth == 0 and tok.line > cur[-1].line and _tsql_starts(stmt, i, cur[0].text.upper()):
                out.append(cur)
                cur = []
            cur.append(tok)
        if cur:
            out.append(cur)
    return out


def _tsql_starts(stmt: list[Token], i: int, current: str) -> bool:
    word = stmt[i].text.upper()
    if word not in _TSQL_STARTS:
        return False
    nxt = stmt[i + 1].text.upper() if i + 1 < len(stmt) else ""
    if word in ("CREATE", "ALTER", "DROP"):
        return nxt in _TSQL_OBJECTS
    if word in ("EXEC", "EXECUTE"):
        return current != "INSERT"
    if word in ("INSERT", "UPDATE", "DELETE"):
        return current != "MERGE"  # WHEN MATCHED THEN UPDATE ...
    return True


# ---------------------------------------------------------------- comments


@dataclass(frozen=True)
class Comment:
    line: int
    col: int
    text: str  # without the comment markers, stripped
    own_line: bool  # nothing but whitespace before it on its line


class LineIndex:
    """Offset <-> (line, col) for one text."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *itertools.accumulate(len(x) + 1 for x in text.split("\n"))]

    def col(self, line: int, offset: int) -> int:
        if 0 < line < len(self.starts):
            return offset - self.starts[line - 1] + 1
        return 0

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


def collect_comments(text: str, tokens: list[Token], index: LineIndex) -> dict[int, list[Comment]]:
    """Every comment with its line: comments live only in the gaps between tokens, so string
    literals can never be mistaken for comments."""
    gaps: set[tuple[int, int]] = set()
    if not tokens:
        gaps.add((0, len(text)))
    else:
        gaps.add((0, tokens[0].start))
        gaps.add((tokens[-1].end + 1, len(text)))
        last = len(tokens) - 1
        for i, tok in enumerate(tokens):
            if tok.comments:
                if i > 0:
                    gaps.add((tokens[i - 1].end + 1, tok.start))
                if i < last:
                    gaps.add((tok.end + 1, tokens[i + 1].start))
    out: dict[int, list[Comment]] = {}
    for a, b in sorted(gaps):
        if b > a:
            _scan_gap(text, a, b, index, out)
    return out


def _scan_gap(text: str, a: int, b: int, index: LineIndex, out: dict[int, list[Comment]]) -> None:
    i = a
    while i < b:
        ch = text[i]
        if ch in " \t\n\f\v":
            i += 1
            continue
        start = i
        if text.startswith("/*", i):
            end = text.find("*/", i + 2, b)
            end = b if end < 0 else end
            body = text[i + 2 : end]
            i = end + 2
        elif ch == "#" or text.startswith("--", i) or text.startswith("//", i):
            nl = text.find("\n", i, b)
            end = b if nl < 0 else nl
            body = text[i + (1 if ch == "#" else 2) : end]
            i = end
        else:
            i += 1
            continue
        line = index.line_of(start)
        line_start = index.starts[line - 1]
        own = line_start >= a and not text[line_start:start].strip()
        out.setdefault(line, []).append(Comment(line, start - line_start + 1, body.strip(), own))
