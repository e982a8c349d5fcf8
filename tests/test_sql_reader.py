"""Reading files: decoding, preprocessing, statement splitting, parse problems, comments."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.model import Location, Schema
from checker.sql import read_schema


def read(tmp_path: Path, sql: str | bytes, dialect: str = "postgres", name: str = "schema.sql") -> Schema:
    p = tmp_path / name
    if isinstance(sql, bytes):
        p.write_bytes(sql)
    else:
        p.write_text(sql, encoding="utf-8")
    return read_schema([p], dialect=dialect, display_root=str(tmp_path))


def cols(schema: Schema, key: str) -> list[str]:
    t = schema.table(key)
    assert t is not None, f"no table {key}: {[t.key for t in schema.tables]}"
    return [c.name for c in t.columns]


# ---------------------------------------------------------------- unusable inputs


def test_missing_file_is_a_fatal_problem(tmp_path: Path) -> None:
    schema = read_schema([tmp_path / "nope.sql"], display_root=str(tmp_path))
    (p,) = schema.problems
    assert p.fatal and p.location == Location("nope.sql")
    assert p.message == "cannot read: No such file or directory"
    assert schema.tables == ()


def test_binary_and_empty_files_are_fatal(tmp_path: Path) -> None:
    (tmp_path / "bin.sql").write_bytes(b"CREATE TABLE t (a int);\x00\x01\x02")
    (tmp_path / "empty.sql").write_bytes(b"")
    (tmp_path / "blank.sql").write_text("  \n\n")
    (tmp_path / "ok.sql").write_text("CREATE TABLE ok (a int);")
    names = ["bin.sql", "empty.sql", "blank.sql", "ok.sql"]
    schema = read_schema([tmp_path / n for n in names], display_root=str(tmp_path))
    fatal = {p.location.path: p.message for p in schema.problems if p.fatal}
    assert set(fatal) == {"bin.sql", "empty.sql", "blank.sql"}
    assert "NUL" in fatal["bin.sql"] and fatal["empty.sql"] == "empty file"
    assert [t.key for t in schema.tables] == ["ok"]


def test_directory_without_sql_is_reported(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    schema = read_schema([tmp_path / "d"], display_root=str(tmp_path))
    assert [p.fatal for p in schema.problems] == [True]


def test_non_utf8_file_decodes_with_warning(tmp_path: Path) -> None:
    sql = "-- Käyttäjät\nCREATE TABLE käyttäjä (nimi text);\n".encode("cp1252")
    schema = read(tmp_path, sql)
    (f,) = schema.files
    assert len(f.warnings) == 1 and "cp1252" in f.warnings[0]
    assert cols(schema, "käyttäjä") == ["nimi"]
    assert f.comments[1] == ("Käyttäjät",)


def test_utf8_bom_is_fine(tmp_path: Path) -> None:
    schema = read(tmp_path, "\ufeffCREATE TABLE t (a int);".encode("utf-8"))
    assert schema.files[0].warnings == () and cols(schema, "t") == ["a"]


def test_unknown_dialect_raises_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown SQL dialect 'klingon'"):
        read_schema([tmp_path], dialect="klingon")
    (tmp_path / "a.sql").write_text("CREATE TABLE t (a int);")
    with pytest.raises(ValueError):
        read_schema([tmp_path], dialect_for=lambda p: "klingon")


def test_display_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.sql").write_text("CREATE TABLE t (a int);")
    schema = read_schema([tmp_path / "sub" / "a.sql"], display_root=str(tmp_path))
    assert schema.files[0].path == "sub/a.sql"
    assert schema.table("t").columns[0].location == Location("sub/a.sql", 1, 17)
    outside = read_schema([tmp_path / "sub" / "a.sql"], display_root=str(tmp_path / "elsewhere"))
    assert outside.files[0].path == str(tmp_path / "sub" / "a.sql")


def test_dialect_for_overrides_per_file(tmp_path: Path) -> None:
    (tmp_path / "my.sql").write_text("CREATE TABLE t (`Nimi` varchar(5), flag tinyint(1)) ENGINE=InnoDB;")
    (tmp_path / "pg.sql").write_text("CREATE TABLE u (a int);")
    seen: list[str] = []

    def pick(path: str) -> str | None:
        seen.append(path)
        return "mysql" if path.endswith("my.sql") else None

    schema = read_schema([tmp_path / "my.sql", tmp_path / "pg.sql"], dialect_for=pick, display_root=str(tmp_path))
    assert seen == [str(tmp_path / "my.sql"), str(tmp_path / "pg.sql")]  # paths as given
    assert [f.dialect for f in schema.files] == ["mysql", "postgres"]
    assert [(c.name, c.type_family) for c in schema.table("t").columns] == [("Nimi", "text"), ("flag", "boolean")]


# ---------------------------------------------------------------- preprocessing


def test_pg_dump_copy_block_skipped_and_lines_kept(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE public.asiakas (id int, nimi text);\n"  # 1
        "COPY public.asiakas (id, nimi) FROM stdin;\n"  # 2
        "1\tMatti; DROP TABLE asiakas; -- not sql\n"  # 3
        "2\t'unterminated\n"  # 4
        "\\.\n"  # 5
        "\\connect other\n"  # 6
        "CREATE TABLE tilaus (\n"  # 7
        "    id int\n"  # 8
        ");\n"
    )
    schema = read(tmp_path, sql)
    (f,) = schema.files
    assert f.skipped_data_blocks == 1 and f.failed == 0 and schema.problems == ()
    assert cols(schema, "asiakas") == ["id", "nimi"]
    assert schema.table("tilaus").columns[0].location == Location("schema.sql", 8, 5)
    assert 3 not in f.comments


def test_tsql_go_batches_and_sp_rename(tmp_path: Path) -> None:
    sql = (
        "IF NOT EXISTS (SELECT 1 FROM sys.tables WHERE name = 'Customer')\n"
        "BEGIN\n"
        "    CREATE TABLE [dbo].[Customer] ([CustomerId] INT NOT NULL, [Nme] NVARCHAR(40));\n"
        "END\n"
        "GO\n"
        "CREATE TABLE dbo.Invoice (InvoiceId INT, CustomerId INT)\n"
        "go\n"
        "EXEC sp_rename 'dbo.Customer.Nme', 'FirstName', 'COLUMN'\n"
        "GO\n"
        "EXEC sp_rename N'Invoice', N'Bill';\n"
        "GO 2\n"
        "CREATE PROCEDURE dbo.p AS\nBEGIN\n  SELECT 1;\n  UPDATE x SET a = 1;\nEND\nGO\n"
        "CREATE TABLE Last (a INT)\n"
    )
    schema = read(tmp_path, sql, dialect="tsql")
    assert schema.problems == ()
    assert [t.key for t in schema.tables] == ["Customer".lower(), "bill", "last"]
    c = schema.table("customer").columns[1]
    assert (c.name, c.renamed_from, c.location.line) == ("FirstName", "Nme", 8)
    assert c.introduced_at == Location("schema.sql", 3, 63)
    assert schema.table("customer").name == "Customer"  # quoted: text kept, key folded


def test_mysql_delimiter_with_procedure_body(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE a (id int);\n"
        "DELIMITER $$\n"
        "CREATE PROCEDURE p()\n"
        "BEGIN\n"
        "  INSERT INTO a VALUES (1);\n"
        "  DROP TABLE a;\n"
        "END$$\n"
        "CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = 1; END $$\n"
        "DELIMITER ;\n"
        "CREATE TABLE b (id int);\n"
    )
    schema = read(tmp_path, sql, dialect="mysql")
    assert schema.problems == ()
    assert [t.key for t in schema.tables] == ["a", "b"]
    assert schema.files[0].statements == 4


def test_oracle_slash_terminates_plsql_blocks(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE henkilo (id NUMBER(10), nimi VARCHAR2(100), syntynyt DATE);\n"
        "CREATE OR REPLACE TRIGGER trg BEFORE INSERT ON henkilo FOR EACH ROW\n"
        "BEGIN\n  :new.id := 1;\nEND;\n/\n"
        "BEGIN\n  EXECUTE IMMEDIATE 'DROP TABLE henkilo';\nEND;\n/\n"
        "COMMENT ON COLUMN henkilo.nimi IS 'privacy: person-name';\n"
    )
    schema = read(tmp_path, sql, dialect="oracle")
    assert schema.problems == ()
    t = schema.table("henkilo")
    assert [(c.name, c.sql_type, c.type_family) for c in t.columns] == [
        ("id", "NUMBER(10)", "number"), ("nimi", "VARCHAR2(100)", "text"), ("syntynyt", "DATE", "date")]
    assert t.columns[1].annotation.category == "person-name"


# ---------------------------------------------------------------- statements and problems


def test_bad_statement_between_two_good_ones(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE a (id int);\n"
        "CREATE TABLE b (x int, y int CHECK (y <>));\n"
        "CREATE TABLE c (id int);\n"
    )
    schema = read(tmp_path, sql)
    (p,) = schema.problems
    assert not p.fatal
    assert (p.location.path, p.location.line, p.location.col) == ("schema.sql", 2, 41)
    assert "\n" not in p.message and p.message
    f = schema.files[0]
    assert (f.statements, f.failed) == (3, 1)
    assert [t.key for t in schema.tables][:1] == ["a"] and schema.table("c") is not None
    # the columns of the failed CREATE TABLE are salvaged where possible
    assert cols(schema, "b") == ["x", "y"]


def test_unterminated_string_loses_only_its_statement(tmp_path: Path) -> None:
    sql = "CREATE TABLE a (id int);\nINSERT INTO a VALUES ('oops);\nCREATE TABLE c (id int);\n"
    schema = read(tmp_path, sql)
    assert [t.key for t in schema.tables] == ["a", "c"]
    (p,) = schema.problems
    assert p.location.line == 2 and not p.fatal


def test_commands_are_counted_not_errors(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE t (a int);\n"
        "CREATE TABLE u (a int) WIBBLE WOBBLE;\n"  # sqlglot keeps it as a command; columns salvaged
        "ALTER TABLE t ADD COLUMN b int, SET SCHEMA crm;\n"
        "INSERT INTO t VALUES (1, 2), (3, 4);\n"
        "SET client_encoding = 'UTF8';\n"
        "BEGIN;\nCOMMIT;\n"
    )
    schema = read(tmp_path, sql)
    f = schema.files[0]
    assert schema.problems == ()
    assert f.statements == 7 and f.commands == 1 and f.failed == 0
    assert cols(schema, "u") == ["a"]
    assert cols(schema, "crm.t") == ["a", "b"]


def test_skipped_statements_are_not_parsed(tmp_path: Path) -> None:
    # INSERT ... VALUES and an UPDATE of one table's own columns can neither change the schema
    # nor move data elsewhere: counted, not parsed; an UPDATE reading another schema is parsed
    sql = "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1,, ) garbage;\nUPDATE t SET a = = 1;\nGRANT ALL ON t TO x;\n"
    schema = read(tmp_path, sql)
    assert schema.problems == () and schema.files[0].statements == 4
    schema = read(tmp_path, "CREATE TABLE t (a int);\nUPDATE t SET a = = s.b FROM crm.s;\n")
    assert [p.location.line for p in schema.problems] == [2]


def test_comments_with_lines_and_strings(tmp_path: Path) -> None:
    sql = "-- header\nCREATE TABLE t (\n  a text DEFAULT '-- not a comment /* nor this */', -- real one\n  /* block\n  two */ b int\n); -- end\n"
    schema = read(tmp_path, sql)
    assert schema.files[0].comments == {1: ("header",), 3: ("real one",), 4: ("block\n  two",), 6: ("end",)}
    assert cols(schema, "t") == ["a", "b"]


def test_mysql_hash_comments(tmp_path: Path) -> None:
    schema = read(tmp_path, "# top\nCREATE TABLE t (a int # privacy: none\n);\n", dialect="mysql")
    assert schema.files[0].comments == {1: ("top",), 2: ("privacy: none",)}
    assert schema.table("t").columns[0].annotation.category is None


def test_enormous_line_is_fine(tmp_path: Path) -> None:
    rows = ",".join(f"({i}, 'name -- {i}', '/* {i}')" for i in range(60000))
    sql = "CREATE TABLE t (a int, b text, c text);\nINSERT INTO t VALUES " + rows + ";\nCREATE TABLE u (a int);\n"
    start = time.perf_counter()
    schema = read(tmp_path, sql)
    assert time.perf_counter() - start < 10
    assert [t.key for t in schema.tables] == ["t", "u"] and schema.problems == ()
    assert schema.files[0].comments == {}


@pytest.mark.parametrize(
    ("dialect", "sql", "expected"),
    [
        ("sqlite", "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, data BLOB, n);",
         [("id", "INTEGER", "number"), ("name", "TEXT", "text"), ("data", "BLOB", "binary"), ("n", "", "unknown")]),
        ("bigquery", "CREATE TABLE `proj.ds.t` (id INT64, email STRING, born DATE, tags ARRAY<STRING>, meta JSON);",
         [("id", "INT64", "number"), ("email", "STRING", "text"), ("born", "DATE", "date"), ("tags", "ARRAY<STRING>", "text"), ("meta", "JSON", "json")]),
        ("snowflake", "CREATE OR REPLACE TABLE db.s.t (id NUMBER(38,0), email VARCHAR, v VARIANT, ok BOOLEAN, at TIMESTAMP_NTZ);",
         [("id", "DECIMAL(38, 0)", "number"), ("email", "VARCHAR", "text"), ("v", "VARIANT", "json"), ("ok", "BOOLEAN", "boolean"), ("at", "TIMESTAMPNTZ", "date")]),
        ("oracle", "CREATE TABLE t (id NUMBER, photo BLOB, guid RAW(16), note CLOB);",
         [("id", "NUMBER", "number"), ("photo", "BLOB", "binary"), ("guid", "RAW(16)", "binary"), ("note", "CLOB", "text")]),
        ("tsql", "CREATE TABLE t (id UNIQUEIDENTIFIER, active BIT, name NVARCHAR(MAX), pic VARBINARY(MAX));",
         [("id", "UNIQUEIDENTIFIER", "uuid"), ("active", "BIT", "boolean"), ("name", "NVARCHAR(MAX)", "text"), ("pic", "VARBINARY(MAX)", "binary")]),
    ],
)
def test_basic_create_table_per_dialect(tmp_path: Path, dialect: str, sql: str, expected: list) -> None:
    schema = read(tmp_path, sql, dialect=dialect)
    assert schema.problems == ()
    (t,) = schema.tables
    assert [(c.name, c.sql_type, c.type_family) for c in t.columns] == expected


def test_tsql_statements_without_semicolons(tmp_path: Path) -> None:
    sql = (
        "CREATE TABLE dbo.t (a INT, b INT, c INT)\n"
        "CREATE TABLE #work (x INT)\n"
        "ALTER TABLE dbo.t\n"
        "DROP COLUMN b\n"
        "EXEC sp_rename 'dbo.t.a', 'a2', 'COLUMN'\n"
        "EXEC sp_rename 't.c', 'c2', 'COLUMN'\n"
        "UPDATE dbo.t\n"
        "SET a2 = 1\n"
        "CREATE VIEW v AS\n"
        "SELECT a2 FROM dbo.t\n"
    )
    schema = read(tmp_path, sql, dialect="tsql")
    assert schema.problems == ()
    assert schema.files[0].statements == 7
    assert cols(schema, "t") == ["a2", "c2"] and cols(schema, "v") == ["a2"]
    assert [t.key for t in schema.tables] == ["t", "v"]  # #work is a temporary table
