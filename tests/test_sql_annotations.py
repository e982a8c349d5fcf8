"""Privacy annotations: `-- privacy: <id>` comments and `privacy:` in column comments."""
from __future__ import annotations

from pathlib import Path

from checker.model import Annotation, Location, Schema
from checker.sql import read_schema


def read(tmp_path: Path, sql: str, dialect: str = "postgres") -> Schema:
    p = tmp_path / "a.sql"
    p.write_text(sql, encoding="utf-8")
    schema = read_schema([p], dialect=dialect, display_root=str(tmp_path))
    assert schema.problems == (), schema.problems
    return schema


def anns(schema: Schema, key: str) -> dict[str, Annotation | None]:
    t = schema.table(key)
    assert t is not None
    return {c.name: c.annotation for c in t.columns}


def cats(schema: Schema, key: str) -> dict[str, str | None]:
    return {k: (a.category if a else "-") for k, a in anns(schema, key).items()}


def L(line: int, col: int) -> Location:
    return Location("a.sql", line, col)


def test_trailing_and_above(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE asiakas ( -- privacy: not-for-first-column\n"  # 1
        "    id bigint,\n"  # 2
        "    nimi text,          -- privacy: customer-name\n"  # 3
        "    -- privacy: national-id\n"  # 4
        "    hetu varchar(11),\n"  # 5
        "    -- Sähköposti, kirjautumiseen\n"  # 6
        "    -- privacy: email\n"  # 7
        "    -- (tarkistettu 2024)\n"  # 8
        "    email text,\n"  # 9
        "    luotu timestamp     -- privacy: none\n"  # 10
        ");\n"
    )
    schema = read(tmp_path, sql)
    a = anns(schema, "asiakas")
    assert a["id"] is None
    assert a["nimi"] == Annotation("customer-name", L(3, 25))
    assert a["hetu"] == Annotation("national-id", L(4, 5))
    assert a["email"] == Annotation("email", L(7, 5))
    assert a["luotu"] == Annotation(None, L(10, 25))


def test_several_columns_on_one_line(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (\n"
        "    -- privacy: first\n"
        "    a int, b int, c int, -- privacy: last\n"
        "    d int\n"
        ");\n"
    )
    assert cats(read(tmp_path, sql), "t") == {"a": "first", "b": "-", "c": "last", "d": "-"}


def test_alter_add_column_annotations(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (id int);\n"
        "-- privacy: phone\n"
        "ALTER TABLE t ADD COLUMN puhelin text;\n"
        "ALTER TABLE t ADD COLUMN ip inet; -- privacy: ip-address\n"
        "ALTER TABLE t\n"
        "    ADD COLUMN x int,  /* privacy: none */\n"
        "    ADD COLUMN y int;\n"
    )
    assert cats(read(tmp_path, sql), "t") == {"id": "-", "puhelin": "phone", "ip": "ip-address", "x": None, "y": "-"}


def test_comment_on_and_mysql_comment(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (\n"
        "    nimi text, -- privacy: person-name\n"
        "    kuvaus text,\n"
        "    muu text -- privacy: other\n"
        ");\n"
        "COMMENT ON COLUMN t.nimi IS 'Asiakkaan nimi. privacy: customer-name';\n"  # 6
        "COMMENT ON COLUMN t.kuvaus IS 'Vapaa teksti (Privacy: NONE)';\n"
        "COMMENT ON COLUMN t.muu IS 'Pelkkä kommentti';\n"
    )
    schema = read(tmp_path, sql)
    t = schema.table("t")
    nimi, kuvaus, muu = t.columns
    assert nimi.annotation == Annotation("customer-name", L(6, 29)) and nimi.comment == "Asiakkaan nimi. privacy: customer-name"
    assert kuvaus.annotation is not None and kuvaus.annotation.category is None
    assert muu.annotation.category == "other" and muu.comment == "Pelkkä kommentti"


def test_mysql_comment_clause_beats_sql_comment(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (\n"
        "  a varchar(10) COMMENT 'privacy: none', -- privacy: person-name\n"
        "  b varchar(10) COMMENT 'Nimi' # privacy: person-name\n"
        ") COMMENT='privacy: none is not for tables';\n"
        "ALTER TABLE t ADD COLUMN c int COMMENT 'lisätty; privacy: customer-id';\n"
    )
    assert cats(read(tmp_path, sql, dialect="mysql"), "t") == {"a": None, "b": "person-name", "c": "customer-id"}


def test_annotation_survives_rename_and_type_change(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (\n"
        "  nimi varchar(10), -- privacy: person-name\n"
        "  hetu char(11) -- privacy: national-id\n"
        ");\n"
        "ALTER TABLE t RENAME COLUMN nimi TO etunimi;\n"
        "ALTER TABLE t ALTER COLUMN hetu TYPE varchar(20);\n"
    )
    assert cats(read(tmp_path, sql), "t") == {"etunimi": "person-name", "hetu": "national-id"}


def test_mysql_change_keeps_or_replaces_annotation(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (a int, -- privacy: person-name\n"
        "  b int -- privacy: email\n"
        ");\n"
        "ALTER TABLE t CHANGE a a2 varchar(5);\n"
        "ALTER TABLE t MODIFY b varchar(5); -- privacy: none\n"
    )
    assert cats(read(tmp_path, sql, dialect="mysql"), "t") == {"a2": "person-name", "b": None}


def test_annotations_need_the_marker(tmp_path: Path) -> None:
    sql = "CREATE TABLE t (\n  a int, -- privacy policy v2 applies\n  b int, -- noprivacy: x\n  c int -- Privacy: Customer-Name.\n);\n"
    assert cats(read(tmp_path, sql), "t") == {"a": "-", "b": "-", "c": "customer-name"}
