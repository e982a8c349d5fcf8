"""Reading one file: preprocess, tokenize once, split, parse statement by statement, apply."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ErrorLevel, ParseError
from sqlglot.parser import Parser
from sqlglot.tokens import Token, TokenType

from ..model import Location, ParseProblem, Sink, SourceFile
from . import triage as tri
from .annotations import Annotator, purpose_of
from .files import Input, read_text
from .names import display_schema, fold_identifier
from .recover import recover_create_table, split_commas
from .split import LineIndex, Prepared, collect_comments, preprocess, split, split_tsql_lines, tokenize
from .flows import FlowExtractor, server_flow
from .scan import FileScan
from .state import FileCtx, SchemaState
from .types import family_from_name

# sqlglot puts token reprs in messages: keep the text, drop offsets (which differ between a
# sparse and a direct read) and any that a long or cut repr leaves behind
_TOKEN_REPR = re.compile(r"<Token token_type: TokenType\.\w+, text: (.*?), line: \d+, col: \d+, start: \d+, end: \d+, comments: \[.*?\]>", re.S)
_POSITIONS = re.compile(r",? (?:line|col|start|end): \d+")


@dataclass
class _Counts:
    statements: int = 0
    commands: int = 0
    failed: int = 0
    problems: list[ParseProblem] = field(default_factory=list)


@lru_cache(maxsize=None)
def _dialect(name: str) -> Dialect:
    return Dialect.get_or_raise(name)


def read_file(inp: Input, dialect: str, state: SchemaState, scan: FileScan | None = None) -> tuple[SourceFile, list[ParseProblem]]:
    """Read one file into the state. With a simple ``scan`` (phase 1, maybe cached), only the
    statements it kept are tokenized and parsed, from a sparse copy of the file."""
    decoded = read_text(inp.path)
    if decoded.text is None:
        return SourceFile(inp.display, dialect), [ParseProblem(Location(inp.display), decoded.error, fatal=True)]
    return read_sql_text(decoded.text, inp.display, dialect, state, scan, (decoded.warning,) if decoded.warning else ())


def read_sql_text(
    text: str, display: str, dialect: str, state: SchemaState, scan: FileScan | None = None, warnings: tuple[str, ...] = (), at: Location | None = None
) -> tuple[SourceFile, list[ParseProblem]]:
    """Read SQL text into the state, as the file ``display``. ``at``: where the text starts in
    that file (SQL embedded in another format), so that locations point into the file."""
    if at is not None and (at.line > 1 or at.col > 1):
        text = "\n" * max(at.line - 1, 0) + " " * max(at.col - 1, 0) + text  # positions as in the file
    d = _dialect(dialect)
    sparse = scan is not None and scan.simple
    if sparse:
        # a simple scan means preprocessing changed nothing; the sparse copy must not be
        # preprocessed again (blanked text can make a line start with '\\', DELIMITER, ...)
        sparse_text, placed = scan.sparse_text(text)
        prep = Prepared(sparse_text)
        index = LineIndex(prep.text)
        tokens, _ = tokenize(prep, d.tokenizer(), index)
        stmts = split(tokens, prep, block_mode=False)
        tok_failures = list(scan.tok_failures)
        # A token can depend on the text after it (MySQL `----` is two minus signs, then a
        # comment; alone, `--` is a comment): unless the copy splits into exactly the kept
        # statements, read the file the direct way.
        if len(stmts) != len(placed) or any(toks[0].start != a or toks[-1].end != b for toks, (a, b) in zip(stmts, placed)):
            sparse = False
    if not sparse:
        prep = preprocess(text, dialect)
        index = LineIndex(prep.text)
        tokens, tok_failures = tokenize(prep, d.tokenizer(), index)
        stmts = split(tokens, prep, block_mode=dialect in ("tsql", "fabric", "oracle") and bool(prep.separators))
        if dialect in ("tsql", "fabric"):
            stmts = split_tsql_lines(stmts)
    text = prep.text
    comments = scan.comment_map() if sparse else collect_comments(text, tokens, index)
    gen = d.generator()
    ctx = FileCtx(display, dialect, index, Annotator(comments, display, text, index), lambda dt: gen.generate(dt, copy=False))
    ctx.purpose = purpose_of(comments)
    parser = d.parser(error_level=ErrorLevel.IMMEDIATE)
    counts = _Counts(statements=len(tok_failures) + prep.data_blocks, failed=len(tok_failures))
    if sparse:  # the statements phase 1 only counted
        counts.statements = scan.statements - len(scan.kept)
    for line, msg in tok_failures:
        counts.problems.append(ParseProblem(Location(display, line, 1), f"cannot tokenize: {msg}"))
    for toks in stmts:
        counts.statements += 1
        start = toks[0].start
        line = index.line_of(start)  # a token's own line is where it ends
        ctx.stmt_loc = Location(display, line, index.col(line, start))
        try:
            _statement(toks, dialect, parser, text, state, ctx, counts)
        except Exception as err:  # a bug on odd input must not cost the rest of the file
            counts.problems.append(ParseProblem(ctx.stmt_loc, f"could not read statement: {type(err).__name__}: {_one_line(str(err))}"))
    source = SourceFile(
        path=display,
        dialect=dialect,
        statements=counts.statements,
        commands=counts.commands,
        failed=counts.failed,
        skipped_data_blocks=prep.data_blocks,
        comments={line: tuple(c.text for c in cs) for line, cs in sorted(comments.items())},
        warnings=warnings,
    )
    return source, counts.problems


def _flows(e, state: SchemaState, ctx: FileCtx, counts: _Counts) -> None:
    try:
        state.flows.extend(FlowExtractor(state, ctx).extract(e, ctx.purpose))
    except Exception as err:  # an AST shape we did not expect: report it, keep going
        counts.problems.append(ParseProblem(ctx.stmt_loc, f"could not read data flows: {type(err).__name__}: {_one_line(str(err))}"))


def _statement(toks: list[Token], dialect: str, parser, text: str, state: SchemaState, ctx: FileCtx, counts: _Counts) -> None:
    how = tri.triage(toks, dialect, ctx.purpose is not None)
    if how == tri.SKIP:
        return  # counted, never parsed
    if how == tri.FLOW_TOKENS:
        flow = server_flow([t.text for t in toks[:3]], text[toks[0].start : toks[-1].end + 1], ctx.stmt_loc)
        if flow is not None:
            state.flows.append(replace(flow, purpose=ctx.purpose))
        return
    if how == tri.OUTFILE:
        toks, path = _strip_outfile(toks)
        exprs = _parse(toks, parser, text, ctx, counts)
        for e in exprs or ():
            if e is not None:
                try:
                    for f in FlowExtractor(state, ctx).extract(e, ctx.purpose):
                        state.flows.append(replace(f, statement="outfile", sink=Sink("file", path)))
                except Exception as err:
                    counts.problems.append(ParseProblem(ctx.stmt_loc, f"could not read data flows: {type(err).__name__}: {_one_line(str(err))}"))
        return
    if how == tri.FLOW:
        exprs = _parse(toks, parser, text, ctx, counts)
        for e in exprs or ():
            if e is not None and not isinstance(e, exp.Command):
                _flows(e, state, ctx, counts)
        return
    if how == tri.SEARCH_PATH:
        ctx.default_schema = _search_path(toks)
        return
    if how == tri.RENAME_TABLE:
        if len(toks) == 2 and toks[1].token_type == TokenType.STRING:  # a command word: rest is one string
            try:
                toks = toks[:1] + _dialect(dialect).tokenize(toks[1].text)
            except Exception:
                return
        _rename_tables(toks, state, ctx)
        return
    if how == tri.USER_TYPE:
        _user_type(toks, state)
        return
    kind = None
    server = None
    if how == tri.FOREIGN_TABLE:
        server = _server_of(toks)
        toks = _foreign_table(toks)
        kind = "foreign-table"
    elif toks[0].text.upper() == "CREATE" and len(toks) > 3 and toks[-1].text.upper() == "DATA" and toks[-2].text.upper() in ("NO", "WITH"):
        toks = toks[: -3 if toks[-2].text.upper() == "NO" else -2]  # MATERIALIZED VIEW ... WITH [NO] DATA
    exprs = _parse(toks, parser, text, ctx, counts)
    if exprs is None:
        return
    for e in exprs:
        if e is None:
            continue
        try:
            if isinstance(e, exp.Command):
                counts.commands += 1
                _command(e, toks, parser, text, state, ctx)
            else:
                if isinstance(e, (exp.Insert, exp.Create, exp.Select)):
                    _flows(e, state, ctx, counts)
                state.apply(e, ctx, kind)
                _external(e, state, ctx, server)
        except Exception as err:  # an AST shape we did not expect: report it, keep going
            counts.problems.append(ParseProblem(ctx.stmt_loc, f"could not apply statement: {type(err).__name__}: {_one_line(str(err))}"))


# Deeper than this, sqlglot's compiled parser may overflow the C stack (a crash, not a
# RecursionError) on nested joins or types; real SQL stays far below it.
MAX_DEPTH = 400
_OPEN = frozenset({TokenType.L_PAREN, TokenType.L_BRACKET, TokenType.L_BRACE})
_CLOSE = frozenset({TokenType.R_PAREN, TokenType.R_BRACKET, TokenType.R_BRACE})
_NESTED_TYPES = frozenset(Parser.NESTED_TYPE_TOKENS)


def too_deep(toks: list[Token]) -> bool:
    """Brackets, and the ``<`` of nested types (ARRAY<STRUCT<...>>), nested beyond MAX_DEPTH?"""
    depth = angles = 0
    prev = None
    for t in toks:
        tt = t.token_type
        if tt in _OPEN:
            depth += 1
            if depth + angles > MAX_DEPTH:
                return True
        elif tt in _CLOSE:
            depth -= 1
        elif tt == TokenType.LT and prev in _NESTED_TYPES:
            angles += 1
            if depth + angles > MAX_DEPTH:
                return True
        elif tt == TokenType.GT and angles:
            angles -= 1
        prev = tt
    return False


def _parse(toks: list[Token], parser, text: str, ctx: FileCtx, counts: _Counts) -> list | None:
    if too_deep(toks):
        counts.failed += 1
        counts.problems.append(ParseProblem(ctx.stmt_loc, "statement too deeply nested to parse"))
        return None
    try:
        return parser.parse(toks, text)
    except ParseError as e:
        counts.failed += 1
        counts.problems.append(_problem(e, toks, ctx))
        rec = recover_create_table(toks, parser, text)
        return [rec] if rec is not None else None
    except RecursionError:
        counts.failed += 1
        counts.problems.append(ParseProblem(ctx.stmt_loc, "statement too deeply nested to parse"))
    except Exception as e:  # sqlglot bug on odd input: report, keep going
        counts.failed += 1
        counts.problems.append(ParseProblem(ctx.stmt_loc, f"parser failed: {type(e).__name__}: {_one_line(str(e))}"))
    return None


def _problem(e: ParseError, toks: list[Token], ctx: FileCtx) -> ParseProblem:
    info = e.errors[0] if e.errors else {}
    desc = info.get("description") or str(e)
    line, col = info.get("line"), info.get("col")
    loc = ctx.stmt_loc
    # sqlglot reports the line and column of the offending token's last character: find the
    # token, and report where it starts
    tok = next((t for t in toks if t.line == line and t.col == col), None) if line and col else None
    if tok is not None:
        loc = ctx.at(tok.start)
    desc = _TOKEN_REPR.sub(lambda m: repr(_short(m.group(1))), desc[:20000])
    return ParseProblem(loc, _one_line(_POSITIONS.sub("", desc)))


def _short(s: str) -> str:
    return s if len(s) <= 60 else s[:57] + "..."


def _one_line(s: str) -> str:
    s = " ".join(s.split())
    return s if len(s) <= 300 else s[:297] + "..."


# ---------------------------------------------------------------- token-level handlers


def _name_at(toks: list[Token], i: int) -> tuple[list[str], int]:
    """A dotted name starting at toks[i]: (parts, index after it). Quoted parts keep case."""
    parts: list[str] = []
    while i < len(toks):
        t = toks[i]
        parts.append(t.text if t.token_type == TokenType.IDENTIFIER else t.text.lower())
        i += 1
        if i < len(toks) and toks[i].token_type == TokenType.DOT:
            i += 1
            continue
        break
    return parts, i


def _rename_tables(toks: list[Token], state: SchemaState, ctx: FileCtx) -> None:
    """RENAME TABLE a TO b[, c TO d] (MySQL) / RENAME a TO b (Oracle)."""
    i = 1
    if i < len(toks) and toks[i].text.upper() in ("TABLE", "TABLES"):
        i += 1
    while i < len(toks):
        old, i = _name_at(toks, i)
        if i >= len(toks) or toks[i].text.upper() != "TO":
            return
        new, i = _name_at(toks, i + 1)
        t = state.find(display_schema(old[-2]) if len(old) > 1 else ctx.default_schema, old[-1]) if old else None
        if t is not None and new:
            state.rename_table(t, new[-2] if len(new) > 1 else t.schema, new[-1])
        if i < len(toks) and toks[i].token_type == TokenType.COMMA:
            i += 1
        else:
            return


def _search_path(toks: list[Token]) -> str | None:
    """First schema of SET search_path = a, b (None for a default schema)."""
    for i, t in enumerate(toks):
        if t.text.upper() in ("=", "TO") or t.token_type == TokenType.EQ:
            for v in toks[i + 1 :]:
                if v.token_type == TokenType.COMMA:
                    continue
                for name in v.text.split(","):
                    name = name.strip()
                    if name and name != "$user":
                        return display_schema(name if v.token_type == TokenType.IDENTIFIER else name.lower())
            return None
    return None


def _user_type(toks: list[Token], state: SchemaState) -> None:
    """CREATE TYPE x AS ENUM (...) -> text; CREATE DOMAIN x [AS] type -> family of type."""
    if len(toks) < 4:
        return
    parts, i = _name_at(toks, 2)
    if not parts:
        return
    name = fold_identifier(parts[-1])
    rest = [t.text.upper() for t in toks[i : i + 3]]
    if toks[1].text.upper() == "TYPE":
        if rest[:2] == ["AS", "ENUM"]:
            state.user_types[name] = "text"
        return
    base = rest[1] if rest and rest[0] == "AS" and len(rest) > 1 else (rest[0] if rest else "")
    fam = family_from_name(base)
    if base in ("CHARACTER", "VARCHAR", "CHAR", "TEXT", "CITEXT"):
        fam = "text"
    state.user_types[name] = fam


def _server_of(toks: list[Token]) -> str | None:
    for i, t in enumerate(toks[:-1]):
        if t.text.upper() == "SERVER":
            return fold_identifier(toks[i + 1].text)
    return None


def _external(e, state: SchemaState, ctx: FileCtx, server: str | None) -> None:
    """Remember where a foreign or external table's data lives (SERVER / LOCATION)."""
    if not isinstance(e, exp.Create):
        return
    location = e.find(exp.LocationProperty)
    if server is None and location is None:
        return
    node = e.this.this if isinstance(e.this, exp.Schema) else e.this
    t = state.find_node(node, ctx) if isinstance(node, exp.Table) else None
    if t is not None:
        t.server = server or t.server
        if location is not None:
            t.uri = location.this.name if isinstance(location.this, exp.Literal) else location.this.sql()


def _strip_outfile(toks: list[Token]) -> tuple[list[Token], str]:
    """SELECT ... INTO OUTFILE 'path' ... -> (the SELECT without the INTO clause, path)."""
    for i, t in enumerate(toks[:-2]):
        if t.token_type == TokenType.INTO and toks[i + 1].text.upper() in ("OUTFILE", "DUMPFILE"):
            return toks[:i] + toks[i + 3 :], toks[i + 2].text
    return toks, ""


def _foreign_table(toks: list[Token]) -> list[Token]:
    """CREATE FOREIGN TABLE t (...) SERVER s OPTIONS (...) -> CREATE TABLE t (...)."""
    out = [toks[0]]
    depth = 0
    for t in toks[2:]:
        if t.token_type == TokenType.L_PAREN:
            depth += 1
        elif t.token_type == TokenType.R_PAREN:
            depth -= 1
        elif depth == 0 and t.text.upper() in ("SERVER", "OPTIONS", "INHERITS"):
            break
        out.append(t)
    return out


def _command(e: exp.Command, toks: list[Token], parser, text: str, state: SchemaState, ctx: FileCtx) -> None:
    """Second chance for statements sqlglot only understood as commands."""
    words = [t.text.upper() for t in toks[:3]]
    if words[0] == "ALTER" and len(words) > 1 and words[1] in ("TABLE", "VIEW", "MATERIALIZED"):
        _alter_actions(toks, parser, text, state, ctx)
    elif words[0] == "CREATE":
        view = _view_without_options(toks)
        if view:
            _apply_tokens(view, parser, text, state, ctx)
            return
        rec = recover_create_table(toks, parser, text)  # unsupported table options
        if rec is not None:
            state.apply(rec, ctx)


def _view_without_options(toks: list[Token]) -> list[Token] | None:
    """CREATE [OR REPLACE] ALGORITHM=.. DEFINER=.. SQL SECURITY .. VIEW -> CREATE [OR REPLACE] VIEW."""
    for i, t in enumerate(toks[:30]):
        w = t.text.upper()
        if w in ("VIEW", "MATERIALIZED"):
            head = toks[:3] if [x.text.upper() for x in toks[1:3]] == ["OR", "REPLACE"] else toks[:1]
            return head + toks[i:] if i > len(head) else None
        if w in ("AS", "TABLE", "("):
            return None
    return None


def _alter_actions(toks: list[Token], parser, text: str, state: SchemaState, ctx: FileCtx) -> None:
    """Re-parse ALTER TABLE actions one by one, so an unsupported one does not hide the rest.

    Also handles ``SET SCHEMA x`` and MySQL ``ADD [COLUMN] (a int, b int)``.
    """
    i = 3 if toks[1].text.upper() == "MATERIALIZED" else 2
    while i < len(toks) and toks[i].text.upper() in ("IF", "EXISTS", "ONLY", "ONLINE", "IGNORE"):
        i += 1
    name, i = _name_at(toks, i)
    if not name:
        return
    head = toks[:i]
    for act in split_commas(toks[i:]):
        words = [t.text.upper() for t in act[:3]]
        if words[:2] == ["SET", "SCHEMA"] and len(act) > 2:
            t = _lookup(name, state, ctx)
            if t is not None:
                new_schema = act[2].text if act[2].token_type == TokenType.IDENTIFIER else act[2].text.lower()
                state.rename_table(t, new_schema, t.name)
            continue
        if words[0] == "MODIFY":  # Oracle MODIFY [COLUMN] (a type, ...) / MODIFY a type
            j = 2 if len(words) > 1 and words[1] == "COLUMN" else 1
            inner = act[j + 1 : -1] if j < len(act) and act[j].token_type == TokenType.L_PAREN else act[j:]
            for col in split_commas(inner):
                _modify_tokens(name, col, parser, text, state, ctx)
            continue
        if words[0] == "ADD":
            j = 2 if len(words) > 1 and words[1] == "COLUMN" else 1
            if j < len(act) and act[j].token_type == TokenType.L_PAREN and act[-1].token_type == TokenType.R_PAREN:
                for col in split_commas(act[j + 1 : -1]):
                    _apply_tokens(head + act[:j] + col, parser, text, state, ctx)
                continue
        _apply_tokens(head + act, parser, text, state, ctx)


def _modify_tokens(name: list[str], col: list[Token], parser, text: str, state: SchemaState, ctx: FileCtx) -> None:
    """Apply one column redefinition, parsed as ``CREATE TABLE x (<col>)``."""
    t = _lookup(name, state, ctx)
    if t is None:
        return
    head = [Token(TokenType.CREATE, "CREATE"), Token(TokenType.TABLE, "TABLE"), Token(TokenType.VAR, "x"), Token(TokenType.L_PAREN, "(")]
    try:
        exprs = parser.parse(head + col + [Token(TokenType.R_PAREN, ")")], text)
    except Exception:
        return
    create = exprs[0] if exprs else None
    if isinstance(create, exp.Create) and isinstance(create.this, exp.Schema):
        for d in create.this.expressions:
            if isinstance(d, exp.ColumnDef):
                state.modify_column(t, d, ctx)


def _lookup(name: list[str], state: SchemaState, ctx: FileCtx):
    return state.find(display_schema(name[-2]) if len(name) > 1 else ctx.default_schema, name[-1])


def _apply_tokens(toks: list[Token], parser, text: str, state: SchemaState, ctx: FileCtx) -> None:
    try:
        exprs = parser.parse(toks, text)
    except Exception:
        return  # the statement already counts as a command
    for e in exprs:
        if e is not None and not isinstance(e, exp.Command):
            state.apply(e, ctx)
