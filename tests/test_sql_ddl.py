"""DDL statements applied to the schema state."""
from __future__ import annotations

from pathlib import Path

from checker.model import Location, Schema, Table
from checker.sql import fold_identifier, read_schema, table_key


def read(tmp_path: Path, sql: str, dialect: str = "postgres") -> Schema:
    p = tmp_path / "s.sql"
    p.write_text(sql, encoding="utf-8")
    schema = read_schema([p], dialect=dialect, display_root=str(tmp_path))
    assert schema.problems == (), schema.problems
    return schema


def table(schema: Schema, key: str) -> Table:
    t = schema.table(key)
    assert t is not None, f"no table {key}: {[t.key for t in schema.tables]}"
    return t


def cols(schema: Schema, key: str) -> list[str]:
    return [c.name for c in table(schema, key).columns]


def types(schema: Schema, key: str) -> list[tuple[str, str, str]]:
    return [(c.name, c.sql_type, c.type_family) for c in table(schema, key).columns]


def L(line: int, col: int) -> Location:
    return Location("s.sql", line, col)


# ---------------------------------------------------------------- CREATE TABLE


def test_create_table_columns_types_locations(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE public.asiakas (\n"
        "    id bigserial PRIMARY KEY,\n"
        "    nimi varchar(100) NOT NULL,\n"
        "    syntynyt date, kayttaja_id uuid,\n"
        "    tiedot jsonb, aktiivinen boolean, kuva bytea, luotu timestamp with time zone,\n"
        "    osoitteet text[], summa numeric(10,2), vali interval\n"
        ");\n"
    )
    schema = read(tmp_path, sql)
    t = table(schema, "asiakas")
    assert (t.key, t.name, t.schema, t.kind, t.location) == ("asiakas", "asiakas", None, "table", L(1, 14))
    assert types(schema, "asiakas") == [
        ("id", "BIGSERIAL", "number"), ("nimi", "VARCHAR(100)", "text"), ("syntynyt", "DATE", "date"),
        ("kayttaja_id", "UUID", "uuid"), ("tiedot", "JSONB", "json"), ("aktiivinen", "BOOLEAN", "boolean"),
        ("kuva", "BYTEA", "binary"), ("luotu", "TIMESTAMPTZ", "date"), ("osoitteet", "TEXT[]", "text"),
        ("summa", "DECIMAL(10, 2)", "number"), ("vali", "INTERVAL", "other"),
    ]
    c = t.columns
    assert (c[0].table, c[0].location, c[3].location) == ("asiakas", L(2, 5), L(4, 20))
    assert c[0].introduced_at is None and c[0].renamed_from is None


def test_names_fold_unless_quoted(tmp_path: Path) -> None:
    schema = read(tmp_path, 'CREATE TABLE CRM."Asiakas" (Id int, "SukuNimi" text);\nALTER TABLE crm."Asiakas" ADD COLUMN "Email" text;')
    t = table(schema, "crm.asiakas")
    assert (t.name, t.schema) == ("Asiakas", "crm")
    assert cols(schema, "crm.asiakas") == ["id", "SukuNimi", "Email"]
    assert fold_identifier('"SukuNimi"') == "sukunimi" and table_key("public.Asiakas") == "asiakas"
    assert table_key("db.dbo.[Asiakas]") == "asiakas"


def test_if_not_exists_keeps_existing_and_plain_create_replaces(tmp_path: Path) -> None:
    sql = "CREATE TABLE t (a int);\nCREATE TABLE IF NOT EXISTS t (b int);\nCREATE TABLE u (a int);\nCREATE TABLE u (c int);\n"
    schema = read(tmp_path, sql)
    assert cols(schema, "t") == ["a"] and cols(schema, "u") == ["c"]


def test_partitions_inherits_and_like(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE mittaus (id int, arvo numeric, pvm date) PARTITION BY RANGE (pvm);\n"
        "CREATE TABLE mittaus_2024 PARTITION OF mittaus FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n"
        "CREATE TABLE lapsi (lisa text) INHERITS (mittaus);\n"
        "CREATE TABLE kopio (LIKE mittaus INCLUDING ALL, extra int);\n"
        "CREATE TEMP TABLE valiaikainen (x int);\n"
        "CREATE UNLOGGED TABLE loki (viesti text);\n"
    )
    schema = read(tmp_path, sql)
    assert cols(schema, "mittaus_2024") == ["id", "arvo", "pvm"]
    assert table(schema, "mittaus_2024").columns[0].location == L(2, 40)
    assert cols(schema, "lapsi") == ["id", "arvo", "pvm", "lisa"]
    assert cols(schema, "kopio") == ["id", "arvo", "pvm", "extra"]
    assert schema.table("valiaikainen") is None  # temporary tables are ignored
    assert cols(schema, "loki") == ["viesti"]


def test_mysql_create_like(tmp_path: Path) -> None:
    schema = read(tmp_path, "CREATE TABLE a (id int, email varchar(50));\nCREATE TABLE b LIKE a;\n", dialect="mysql")
    assert types(schema, "b") == [("id", "INT", "number"), ("email", "VARCHAR(50)", "text")]


def test_create_table_as_select(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE h (id int, etunimi text, sukunimi text);\n"
        "CREATE TABLE arkisto AS SELECT h.id, h.etunimi AS nimi, upper(sukunimi) AS suku, count(*) FROM h;\n"
    )
    schema = read(tmp_path, sql)
    assert types(schema, "arkisto") == [("id", "INT", "number"), ("nimi", "TEXT", "text"), ("suku", "", "unknown")]
    assert table(schema, "arkisto").columns[1].location == L(2, 51)


def test_foreign_and_user_types(tmp_path: Path) -> None:
    sql = (
        "CREATE TYPE mood AS ENUM ('sad', 'ok');\n"
        "CREATE DOMAIN public.email AS varchar(200) CHECK (VALUE LIKE '%@%');\n"
        "CREATE FOREIGN TABLE ulkoinen (m mood, e email, x int) SERVER s OPTIONS (table_name 'y');\n"
    )
    schema = read(tmp_path, sql)
    t = table(schema, "ulkoinen")
    assert t.kind == "foreign-table"
    assert types(schema, "ulkoinen") == [("m", "mood", "text"), ("e", "email", "text"), ("x", "INT", "number")]


# ---------------------------------------------------------------- ALTER TABLE


def test_add_drop_rename_alter_type(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (a int, b int, c int);\n"  # 1
        "ALTER TABLE t ADD COLUMN d text, ADD e date, ADD COLUMN IF NOT EXISTS a text;\n"  # 2
        "ALTER TABLE t DROP COLUMN b;\n"  # 3
        "ALTER TABLE ONLY public.t RENAME COLUMN c TO c2;\n"  # 4
        "ALTER TABLE t RENAME c2 TO c3;\n"  # 5
        "ALTER TABLE t ALTER COLUMN a TYPE bigint USING a::bigint, ALTER COLUMN d SET DATA TYPE varchar(5);\n"  # 6
        "ALTER TABLE t ALTER COLUMN e SET DEFAULT now(), ADD CONSTRAINT pk PRIMARY KEY (a);\n"  # 7
    )
    schema = read(tmp_path, sql)
    assert types(schema, "t") == [("a", "BIGINT", "number"), ("c3", "INT", "number"), ("d", "VARCHAR(5)", "text"), ("e", "DATE", "date")]
    a, c3, d, _ = table(schema, "t").columns
    assert a.location == L(1, 17)  # a type change keeps the location
    assert (c3.location, c3.introduced_at, c3.renamed_from) == (L(5, 28), L(1, 31), "c2")
    assert d.location == L(2, 26)


def test_rename_tables(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE crm.a (x int);\nCREATE TABLE b (x int);\nCREATE TABLE c (x int);\n"
        "ALTER TABLE crm.a RENAME TO aa;\n"
        "ALTER TABLE IF EXISTS b RENAME TO bb;\n"
        "ALTER TABLE c SET SCHEMA arkisto;\n"
    )
    schema = read(tmp_path, sql)
    assert [t.key for t in schema.tables] == ["crm.aa", "bb", "arkisto.c"]
    assert [c.table for c in table(schema, "crm.aa").columns] == ["crm.aa"]


def test_mysql_change_modify_rename(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (id int, nimi varchar(10), flag int, x int);\n"  # 1
        "ALTER TABLE t CHANGE COLUMN nimi full_name varchar(100) NOT NULL COMMENT 'Koko nimi';\n"  # 2
        "ALTER TABLE t MODIFY flag tinyint(1) NOT NULL FIRST;\n"  # 3
        "ALTER TABLE t ADD COLUMN (a int, b text), ADD c int AFTER id;\n"  # 4
        "RENAME TABLE t TO t2, other TO other2;\n"  # 5
        "ALTER TABLE t2 DROP x, RENAME TO t3;\n"  # 6
    )
    schema = read(tmp_path, sql, dialect="mysql")
    assert types(schema, "t3") == [
        ("flag", "TINYINT(1)", "boolean"), ("id", "INT", "number"), ("c", "INT", "number"),
        ("full_name", "VARCHAR(100)", "text"), ("a", "INT", "number"), ("b", "TEXT", "text"),
    ]
    flag, _, _, full, *_ = table(schema, "t3").columns
    assert (full.renamed_from, full.introduced_at, full.location, full.comment) == ("nimi", L(1, 25), L(2, 34), "Koko nimi")
    assert flag.location == L(1, 43)


def test_tsql_alter(tmp_path: Path) -> None:
    sql = "CREATE TABLE t (a INT, b INT);\nALTER TABLE t ADD c NVARCHAR(10), d DATETIME2;\nALTER TABLE t ALTER COLUMN a BIGINT NOT NULL;\nALTER TABLE t DROP COLUMN b;\n"
    schema = read(tmp_path, sql, dialect="tsql")
    assert types(schema, "t") == [("a", "BIGINT", "number"), ("c", "NVARCHAR(10)", "text"), ("d", "DATETIME2", "date")]


def test_alter_unknown_table_is_ignored(tmp_path: Path) -> None:
    schema = read(tmp_path, "ALTER TABLE nowhere ADD COLUMN a int;\nCOMMENT ON COLUMN nowhere.a IS 'x';\n")
    assert schema.tables == ()


# ---------------------------------------------------------------- DROP


def test_drop_tables_views_schema(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE a (x int);\nCREATE TABLE b (x int);\nCREATE TABLE c (x int);\nCREATE TABLE s.d (x int);\n"
        "CREATE VIEW v AS SELECT x FROM a;\nCREATE MATERIALIZED VIEW mv AS SELECT x FROM a;\n"
        "DROP TABLE IF EXISTS a, public.b, missing CASCADE;\n"
        "DROP VIEW v;\nDROP MATERIALIZED VIEW IF EXISTS mv;\nDROP SCHEMA s CASCADE;\n"
    )
    schema = read(tmp_path, sql)
    assert [t.key for t in schema.tables] == ["c"]


# ---------------------------------------------------------------- views


def test_view_columns(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE henkilo (id int, etunimi text, hetu varchar(11));\n"
        "CREATE TABLE osoite (henkilo_id int, katu text);\n"
        "CREATE VIEW v1 AS SELECT h.id, h.etunimi AS nimi, length(hetu), o.* FROM henkilo h JOIN osoite o ON o.henkilo_id = h.id;\n"
        "CREATE OR REPLACE VIEW v2 AS SELECT * FROM henkilo, tuntematon;\n"
        "CREATE VIEW v3 (a, b) AS SELECT id, hetu FROM henkilo;\n"
        "CREATE VIEW v4 AS WITH x AS (SELECT id, hetu AS tunnus FROM henkilo) SELECT x.* FROM x UNION SELECT 1, 'a';\n"
        "CREATE VIEW v5 AS SELECT s.* FROM (SELECT katu AS k FROM osoite) s;\n"
        "CREATE MATERIALIZED VIEW mv AS SELECT etunimi FROM henkilo WITH NO DATA;\n"
    )
    schema = read(tmp_path, sql)
    assert types(schema, "v1") == [("id", "INT", "number"), ("nimi", "TEXT", "text"), ("henkilo_id", "INT", "number"), ("katu", "TEXT", "text")]
    assert table(schema, "v1").kind == "view"
    assert cols(schema, "v2") == ["id", "etunimi", "hetu"]
    assert types(schema, "v3") == [("a", "INT", "number"), ("b", "VARCHAR(11)", "text")]
    assert cols(schema, "v4") == ["id", "tunnus"]
    assert cols(schema, "v5") == ["k"]
    mv = table(schema, "mv")
    assert (mv.kind, cols(schema, "mv")) == ("materialized-view", ["etunimi"])
    assert table(schema, "v1").columns[1].location == L(3, 45)


def test_mysql_view_with_definer(tmp_path: Path) -> None:
    sql = "CREATE TABLE t (a int);\nCREATE ALGORITHM=UNDEFINED DEFINER=CURRENT_USER SQL SECURITY INVOKER VIEW v AS SELECT a AS b FROM t;\n"
    schema = read(tmp_path, sql, dialect="mysql")
    assert cols(schema, "v") == ["b"]


# ---------------------------------------------------------------- comments and schemas


def test_comment_on_table_and_column(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE crm.asiakas (nimi text);\n"
        "COMMENT ON TABLE crm.asiakas IS 'Asiakkaat';\n"
        "COMMENT ON COLUMN crm.asiakas.nimi IS 'Asiakkaan nimi';\n"
    )
    schema = read(tmp_path, sql)
    t = table(schema, "crm.asiakas")
    assert (t.comment, t.columns[0].comment) == ("Asiakkaat", "Asiakkaan nimi")


def test_mysql_column_and_table_comment(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (nimi varchar(10) COMMENT 'Nimi', x int) ENGINE=InnoDB COMMENT='Taulu';\n"
        "CREATE TABLE u (a int);\nALTER TABLE u COMMENT = 'Toinen';\n"
    )
    schema = read(tmp_path, sql, dialect="mysql")
    assert table(schema, "t").comment == "Taulu" and table(schema, "t").columns[0].comment == "Nimi"
    assert table(schema, "u").comment == "Toinen"


def test_schemas_and_search_path(tmp_path: Path) -> None:
    sql = (
        "CREATE SCHEMA IF NOT EXISTS crm;\n"
        "CREATE TABLE public.a (x int);\n"
        "SET search_path = crm, public;\n"
        "CREATE TABLE b (x int);\n"
        "ALTER TABLE b ADD COLUMN y int;\n"
        "ALTER TABLE a ADD COLUMN y int;\n"  # falls back to the one table named a
    )
    schema = read(tmp_path, sql)
    assert [t.key for t in schema.tables] == ["a", "crm.b"]
    assert cols(schema, "crm.b") == ["x", "y"] and cols(schema, "a") == ["x", "y"]


def test_oracle_alter_forms(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (a NUMBER, b VARCHAR2(10), c DATE);\n"
        "COMMENT ON COLUMN t.b IS 'Nimi';\n"
        "ALTER TABLE t ADD (d NUMBER, e VARCHAR2(10));\n"
        "ALTER TABLE t MODIFY (a NUMBER(12), b NOT NULL);\n"
        "ALTER TABLE t DROP (c);\n"
        "ALTER TABLE t RENAME COLUMN e TO f;\n"
        "RENAME t TO u;\n"
    )
    schema = read(tmp_path, sql, dialect="oracle")
    assert types(schema, "u") == [("a", "NUMBER(12)", "number"), ("b", "VARCHAR2(10)", "text"), ("d", "NUMBER", "number"), ("f", "VARCHAR2(10)", "text")]
    assert table(schema, "u").columns[1].comment == "Nimi"
