"""The one query walker (checker.sql.walk): view columns and flows are two readings of one walk."""
from __future__ import annotations

from pathlib import Path

from checker.model import ColumnRef, Schema
from checker.sql import read_schema
from checker.sql.walk import MAX_DEPTH

DDL = "CREATE TABLE henkilo (id int, etunimi text, hetu varchar(11));\n"


def read(tmp_path: Path, sql: str) -> Schema:
    p = tmp_path / "w.sql"
    p.write_text(DDL + sql, encoding="utf-8")
    schema = read_schema([p], dialect="postgres", display_root=str(tmp_path))
    assert schema.problems == (), schema.problems
    return schema


def view(schema: Schema, key: str) -> list[tuple[str, str]]:
    t = schema.table(key)
    assert t is not None
    return [(c.name, c.sql_type) for c in t.columns]


def nested(depth: int) -> str:
    """SELECT hetu FROM (SELECT hetu FROM ( ... henkilo ...) s) s: ``depth`` subqueries deep."""
    query = "SELECT hetu FROM henkilo"
    for _ in range(depth):
        query = f"SELECT s.hetu FROM ({query}) s"
    return query


def test_one_depth_limit_for_view_columns_and_flows(tmp_path: Path) -> None:
    # within the limit both readings see the column; beyond it both see nothing (never a wrong one)
    deep_enough = read(tmp_path, f"CREATE VIEW v AS {nested(MAX_DEPTH - 2)};\n")
    assert view(deep_enough, "v") == [("hetu", "VARCHAR(11)")]
    assert deep_enough.flows[0].reads == (ColumnRef("henkilo", "hetu"),)
    too_deep = read(tmp_path, f"CREATE VIEW v AS {nested(MAX_DEPTH + 3)};\n")
    assert view(too_deep, "v") == [("hetu", "")]
    assert too_deep.flows[0].reads == ()


def test_alias_list_renames_by_position_counting_unnamed_expressions(tmp_path: Path) -> None:
    # s(x, y): x is length(etunimi) (an expression, no type), y is hetu (keeps its type)
    schema = read(tmp_path, "CREATE VIEW v AS SELECT * FROM (SELECT length(etunimi), hetu FROM henkilo) AS s(x, y);\n")
    assert view(schema, "v") == [("x", ""), ("y", "VARCHAR(11)")]
    assert {t.column: [s.column for s in src] for t, src in schema.flows[0].mapping} == {"x": ["etunimi"], "y": ["hetu"]}


def test_union_names_from_the_left_sources_from_both(tmp_path: Path) -> None:
    sql = "CREATE TABLE muu (tunnus varchar(11));\nCREATE VIEW v AS WITH c(h) AS (SELECT hetu FROM henkilo) SELECT h FROM c UNION SELECT tunnus FROM muu;\n"
    schema = read(tmp_path, sql)
    assert view(schema, "v") == [("h", "VARCHAR(11)")]
    (flow,) = schema.flows
    assert {t.column: [f"{s.table}.{s.column}" for s in src] for t, src in flow.mapping} == {"h": ["henkilo.hetu", "muu.tunnus"]}
