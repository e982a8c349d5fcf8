"""Odd input never breaks the SQL reader: regressions found by fuzzing, and a seeded mini-fuzz.

Every read is done three ways (no cache, cold cache, warm cache): the sparse re-parse that the
cache enables must give exactly the same schema, flows, problems and comments.
"""
from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.model import Schema
from checker.sql import read_schema
from checker.sql.files import decode

ROOT = Path(__file__).resolve().parents[1]
DIALECTS = ["postgres", "mysql", "tsql", "sqlite", "oracle", "bigquery", "snowflake"]


def read3(tmp_path: Path, sql: str | bytes, dialect: str = "postgres", name: str = "x.sql") -> Schema:
    """Read without cache, with a cold cache and with a warm one; all three must agree."""
    p = tmp_path / name
    p.write_bytes(sql.encode("utf-8") if isinstance(sql, str) else sql)
    cache = tmp_path / "cache"
    plain = read_schema([p], dialect=dialect, display_root=str(tmp_path))
    cold = read_schema([p], dialect=dialect, display_root=str(tmp_path), cache_dir=str(cache))
    warm = read_schema([p], dialect=dialect, display_root=str(tmp_path), cache_dir=str(cache))
    assert cold == plain
    assert warm == plain
    return plain


def where(schema: Schema) -> list[tuple[int, int]]:
    return [(p.location.line, p.location.col) for p in schema.problems]


def col_of(sql: str, needle: str, line: int) -> int:
    return sql.split("\n")[line - 1].index(needle) + 1


# ---------------------------------------------------------------- the sparse re-parse


def test_statement_right_after_a_semicolon_keeps_its_columns(tmp_path: Path) -> None:
    # the sparse copy put a space between `;` and the next statement: columns one off
    sql = "CREATE TABLE a (x int);CREATE TABLE b (y int, z int CHECK (z <>));\n"
    schema = read3(tmp_path, sql, "mysql")
    b = schema.table("b")
    assert [(c.name, c.location.col) for c in b.columns] == [("y", col_of(sql, "y int", 1)), ("z", col_of(sql, "z int", 1))]
    assert len(schema.problems) == 1


def test_sparse_copy_is_not_preprocessed_again(tmp_path: Path) -> None:
    # blanking the skipped INSERT left a line starting with `\`, taken for a psql meta-command
    sql = "INSERT INTO t VALUES (1);\\\\\nUPDATE t SET a = 1 FROM crm.s;\n"
    schema = read3(tmp_path, sql, "mysql")
    assert where(schema) == [(1, 26)]


def test_tokens_that_depend_on_what_follows(tmp_path: Path) -> None:
    # MySQL `----` is two minus signs and a comment; alone in the sparse copy, `--` is a comment
    schema = read3(tmp_path, "CREATE TABLE t (a int);\n----\n", "mysql")
    assert where(schema) == [(2, 2)] and schema.files[0].statements == 2


def test_sparse_copy_is_used(tmp_path: Path, monkeypatch) -> None:
    # the check that the copy splits into the kept statements must not reject ordinary files
    # (the copy has the original lines and columns, not the original offsets)
    import checker.sql.reader as reader

    sql = "INSERT INTO t VALUES (1);\nSET x = 1;\n\nCREATE TABLE a (x int);\nINSERT INTO t VALUES (2);\nCREATE TABLE b (y int);\n"
    read3(tmp_path, sql)
    calls = []
    real = reader.preprocess
    monkeypatch.setattr(reader, "preprocess", lambda *a: calls.append(a) or real(*a))
    schema = read_schema([tmp_path / "x.sql"], display_root=str(tmp_path), cache_dir=str(tmp_path / "cache"))
    assert calls == [] and [t.key for t in schema.tables] == ["a", "b"]


def test_messages_hold_no_offsets(tmp_path: Path) -> None:
    # a multi-line token in a message kept its repr with offsets, which differ in the sparse copy
    schema = read3(tmp_path, "CREATE TABLE a (x int);\nSET y = 1;\nINSERT INTO $$;\nfoo$$ SELECT 1;\n")
    assert [(p.location.line, p.location.col, p.message) for p in schema.problems] == [(3, 13, "Expected table name but got ';\\nfoo'")]


# ---------------------------------------------------------------- locations


def test_line_count_drift_after_a_parameter(tmp_path: Path) -> None:
    # sqlglot counts the line break after postgres `$1` twice: every later line was one off
    sql = "UPDATE t SET a = 1;$1\nCREATE TABLE t (a int);\nCREATE TABLE u (b int CHECK (b <>));\n"
    schema = read3(tmp_path, sql)
    assert where(schema) == [(2, 1), (3, col_of(sql, ")", 3))]
    assert [(c.name, c.location.line) for c in schema.table("u").columns] == [("b", 3)]


def test_statement_starting_with_a_multiline_token(tmp_path: Path) -> None:
    # a token's own line is where it ends; the statement starts where its first token starts
    sql = "CREATE TABLE ok (a int);\n'x\ny' + " + "(" * 500 + "1" + ")" * 500 + ";\n"
    schema = read3(tmp_path, sql)
    assert [(p.location.line, p.location.col, p.message) for p in schema.problems] == [(2, 1, "statement too deeply nested to parse")]


def test_salvaged_columns_are_names(tmp_path: Path) -> None:
    # `NULL phone text` in a failed CREATE TABLE became a column "null" at the statement start
    sql = "CREATE TABLE a (\n    x text,NULL\n    phone text NOT NULL,\n    y int\n);\n"
    for dialect in ("tsql", "postgres"):
        t = read3(tmp_path, sql, dialect).table("a")
        assert "null" not in [c.name for c in t.columns]
        for c in t.columns:
            assert sql.split("\n")[c.location.line - 1][c.location.col - 1 :].startswith(c.name), c


@pytest.mark.parametrize(
    "dialect, odd",
    [("mysql", "(7) default NULL"), ("mysql", "?\n  PRIMARY KEY (a)"), ("snowflake", "$body$x bigint"), ("postgres", "$1 int")],
)
def test_only_names_define_columns(tmp_path: Path, dialect: str, odd: str) -> None:
    # sqlglot reads `(7) default NULL` or a trailing `?` as a column definition: it was a column
    # "7" or "?" located at the start of the statement
    sql = f"CREATE TABLE g (\n  a int,\n  {odd},\n  b int\n);\nALTER TABLE g ADD COLUMN {odd};\n"
    schema = read3(tmp_path, sql, dialect)
    b_line = 4 + odd.count("\n")
    assert [(c.name, c.location.line, c.location.col) for c in schema.table("g").columns] == [("a", 2, 3), ("b", b_line, 3)]


# ---------------------------------------------------------------- size and depth


def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    # nested joins or types thousands deep overflowed the C stack of sqlglot's compiled parser
    # (a segfault); run in a child process so that a regression fails instead of killing pytest
    code = r"""
import sys, tempfile, os
from checker.sql import read_schema
k = 20000
cases = [
    "CREATE VIEW v AS SELECT 1 AS x FROM " + "(t JOIN " * k + "u" + " ON 1=1)" * k + ";",
    "CREATE TABLE t (a " + "ARRAY<" * k + "INT" + ">" * k + ");",
    "ALTER TABLE ok ADD COLUMN b " + "STRUCT<x " * k + "INT" + ">" * k + ";",
]
d = tempfile.mkdtemp()
for dialect in ("postgres", "bigquery"):
    p = os.path.join(d, "x.sql")
    with open(p, "w") as fh:
        fh.write("CREATE TABLE ok (a int);\n" + "\n".join(cases) + "\nCREATE TABLE ok2 (a ARRAY<STRUCT<x ARRAY<INT>>>);\n")
    s = read_schema([p], dialect=dialect)
    assert [t.key for t in s.tables] == ["ok", "ok2"], s.tables
    assert [(p.location.line, p.message) for p in s.problems] == [(n, "statement too deeply nested to parse") for n in (2, 3, 4)], s.problems
print("fine")
"""
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "fine", (r.returncode, r.stderr[-2000:])


def test_thousands_of_ands_keep_their_flow(tmp_path: Path) -> None:
    sql = "CREATE TABLE s (a int, b int);\nCREATE TABLE t (a int);\nINSERT INTO t SELECT a FROM s WHERE " + " AND ".join(["b = 1"] * 3000) + ";\n"
    schema = read3(tmp_path, sql)
    assert schema.problems == ()
    (flow,) = schema.flows
    assert [(r.table, r.column) for r in flow.reads] == [("s", "a")]
    assert [(r.table, r.column) for r in flow.filters] == [("s", "b")]


def test_long_cte_chain(tmp_path: Path) -> None:
    k = 2000
    ctes = ", ".join(f"c{i} AS (SELECT a FROM {f'c{i - 1}' if i else 's'})" for i in range(k))
    sql = f"CREATE TABLE s (a int);\nCREATE VIEW v AS WITH {ctes} SELECT a FROM c{k - 1};\n"
    schema = read3(tmp_path, sql)
    assert schema.problems == () and [c.name for c in schema.table("v").columns] == ["a"]
    assert [(r.table, r.column) for r in schema.flows[0].reads] == [("s", "a")]


# ---------------------------------------------------------------- the cache


@pytest.mark.parametrize(
    "entry",
    [
        "[]",
        "{}",
        '"text"',
        '{"format": 2, "simple": true, "statements": 1, "kept": [[0]], "comments": [], "comment_only": [], "tok_failures": []}',
        '{"format": 2, "simple": true, "statements": "1", "kept": [], "comments": [], "comment_only": [], "tok_failures": []}',
        '{"format": 2, "simple": true, "statements": 1, "kept": [[0, 5, -1]], "comments": [[1, 1]], "comment_only": [], "tok_failures": []}',
        '{"format": 2, "simple": true, "statements": 9, "kept": [[3, 900, -1]], "comments": [], "comment_only": [], "tok_failures": []}',
    ],
)
def test_corrupt_cache_entries_are_misses(tmp_path: Path, entry: str) -> None:
    sql = "CREATE TABLE a (x int); -- privacy: none\nCREATE TABLE b (y int);\n"
    p = tmp_path / "x.sql"
    p.write_text(sql)
    cache = tmp_path / "cache"
    plain = read_schema([p], display_root=str(tmp_path))
    assert read_schema([p], display_root=str(tmp_path), cache_dir=str(cache)) == plain
    (entry_path,) = (cache / "scan").rglob("*.json")
    data = json.loads(entry_path.read_text())
    entry = entry.replace('"format": 2', f'"format": {data["format"]}')
    entry_path.write_text(entry)
    assert read_schema([p], display_root=str(tmp_path), cache_dir=str(cache)) == plain


# ---------------------------------------------------------------- the command line


def test_cli_on_odd_input_exits_cleanly(tmp_path: Path, run) -> None:
    (tmp_path / "a.sql").write_text("UPDATE t SET a = 1;$1\nCREATE TABLE t (hetu text);\nCREATE TABLE " + "(" * 5000 + ";\n")
    (tmp_path / "b.sql").write_bytes(b"CREATE TABLE t (a int);\x00")
    policy = str(ROOT / "policies" / "leppakoski-lampo.yaml")
    for fmt in ("text", "json", "sarif", "junit", "github", "gitlab"):
        code, out, err = run("check", "--no-cache", "--policy", policy, "--format", fmt, "a.sql", cwd=tmp_path)
        assert code in (0, 1) and "Traceback" not in err and "internal error" not in err, (fmt, code, err)
        if fmt == "json":
            json.loads(out)
    code, out, err = run("check", "--no-cache", "--policy", policy, "b.sql", cwd=tmp_path)
    assert code in (1, 2) and "Traceback" not in err and "NUL" in out + err


# ---------------------------------------------------------------- seeded mini-fuzz


def _seeds() -> list[str]:
    out = []
    for f in sorted((ROOT / "examples" / "leppakoski" / "migrations").glob("*.sql")):
        parts = re.split(r"(?<=;)\s*\n", f.read_text(encoding="utf-8"))
        out += ["\n".join(parts[i : i + 3]) for i in range(0, len(parts), 3)]
    out += [
        "CREATE TABLE t (a int, b text COMMENT 'privacy: email');\nALTER TABLE t ADD COLUMN c int, RENAME COLUMN a TO d;\n",
        "CREATE VIEW v AS WITH x AS (SELECT * FROM t) SELECT b FROM x WHERE NOT EXISTS (SELECT 1 FROM u);\n",
        "CREATE TABLE t (a int)\nGO\nEXEC sp_rename 't.a', 'b', 'COLUMN'\nGO\n",
        "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nCREATE TABLE t (a int);\n",
        "COPY t (a) FROM stdin;\n1\n\\.\nCREATE TABLE u (a int);\n",
        "CREATE TABLE t (a int);\n/\nBEGIN NULL; END;\n/\n",
    ]
    return [s for s in out if len(s) < 3000]


_TOKEN = re.compile(r"\s+|'(?:[^']|'')*'|\w+|.", re.S)
_INSERTS = ["(", ")", "'", '"', "`", "[", "/*", "*/", "--", "$$", "$1", "\\", ";", "\n\\.\n", "\nGO\n", "\nDELIMITER //\n", "\n/\n",
            "\u200f", "\u202e", "😀", "e\u0301", "\ufeff", "\r", "\r\n", "\x0c", "\u2028", "-- privacy: email\n", "x" * 3000,
            "(" * 450, "ARRAY<" * 450, "CREATE TABLE ", "ALTER TABLE t ", "----"]


def _mutate(text: str, rng: random.Random) -> bytes:
    toks = _TOKEN.findall(text)
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(toks) + 1)
        op = rng.randrange(5)
        if op == 0:
            toks = toks[:i]
        elif op == 1 and toks:
            del toks[i : i + rng.randint(1, 3)]
        elif op == 2 and toks:
            toks[i:i] = toks[rng.randrange(len(toks)) :][:5]
        else:
            toks.insert(i, rng.choice(_INSERTS))
    data = "".join(toks).encode("utf-8")
    enc = rng.randrange(12)
    if enc == 0:
        data = data.replace(b"\n", b"\r\n")
    elif enc == 1:
        data = data.replace(b"\n", b"\r")
    elif enc == 2:
        data = b"\xef\xbb\xbf" + data
    elif enc == 3:
        data = data + "åäö".encode("latin-1")
    elif enc == 4:
        data = "".join(toks).encode("utf-16")
    return data


def test_seeded_mini_fuzz(tmp_path: Path) -> None:
    rng = random.Random(20240611)
    seeds = _seeds()
    for n in range(300):
        data = _mutate(rng.choice(seeds), rng)
        dialect = DIALECTS[n % len(DIALECTS)]
        try:
            schema = read3(tmp_path, data, dialect)
        except AssertionError:
            raise AssertionError(f"cache and no-cache differ for mutant {n} ({dialect}): {data[:300]!r}")
        text = decode(data).text
        lines = text.split("\n") if text is not None else []
        for p in schema.problems:
            if not p.fatal:
                assert 1 <= p.location.line <= len(lines), (n, dialect, p, data[:300])
                assert 1 <= p.location.col <= len(lines[p.location.line - 1]) + 1, (n, dialect, p, data[:300])
        for t in schema.tables:
            for c in t.columns:
                assert 1 <= c.location.line <= len(lines), (n, dialect, c, data[:300])
