"""Migration layouts: which files a folder's migration tool applies, in which order, and the
located warnings and notes when a file is left out or an order cannot be decided."""
from __future__ import annotations

from pathlib import Path

from checker.sql import input_order, read_schema
from tree import write_tree as write


def columns(schema, table: str) -> list[str]:
    t = schema.table(table)
    assert t is not None, f"no table {table}"
    return [c.name for c in t.columns]


def problems(schema, kind: str) -> list[tuple[str, str]]:
    return [(str(p.location), p.message) for p in schema.problems if p.kind == kind]


def test_golang_migrate_applies_up_files_by_number_and_never_down(tmp_path: Path) -> None:
    d = write(tmp_path / "migrations", {
        "000010_add_email.up.sql": "ALTER TABLE users ADD COLUMN email text;\n",
        "000010_add_email.down.sql": "ALTER TABLE users DROP COLUMN email;\n",
        "000002_add_name.up.sql": "ALTER TABLE users ADD COLUMN name text;\n",
        "000002_add_name.down.sql": "ALTER TABLE users DROP COLUMN name;\n",
        "000001_init.up.sql": "CREATE TABLE users (id int);\n",
        "000001_init.down.sql": "",  # empty rollbacks are common: never read, never an error
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert [f.path for f in schema.files] == [
        "migrations/000001_init.up.sql", "migrations/000002_add_name.up.sql", "migrations/000010_add_email.up.sql",
    ]
    assert columns(schema, "users") == ["id", "name", "email"]
    assert not schema.problems


def test_diesel_folders_in_version_order_with_both_timestamp_styles(tmp_path: Path) -> None:
    d = write(tmp_path / "migrations", {
        "00000000000000_diesel_initial_setup/up.sql": "CREATE TABLE setup (id int);\n",
        "00000000000000_diesel_initial_setup/down.sql": "DROP TABLE setup;\n",
        "2017-01-01-120000_create_users/up.sql": "CREATE TABLE users (id int);\n",
        "2017-01-01-120000_create_users/down.sql": "DROP TABLE users;\n",
        "20180101120000_add_login/up.sql": "ALTER TABLE users ADD COLUMN gh_login text;\n",
        "20180101120000_add_login/down.sql": "",
        "20180101120000_add_login/metadata.toml": "run_in_transaction = false\n",
        "2019-05-05-101010-0000_rename/up.sql": "ALTER TABLE users RENAME COLUMN gh_login TO login;\n",
        "2019-05-05-101010-0000_rename/down.sql": "ALTER TABLE users RENAME COLUMN login TO gh_login;\n",
        "README.md": "# migrations\n",
        "data_seed.sql": "DROP TABLE users;\n",  # a script beside the migrations: not one of them
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert [f.path for f in schema.files] == [
        "migrations/00000000000000_diesel_initial_setup/up.sql",
        "migrations/2017-01-01-120000_create_users/up.sql",
        "migrations/20180101120000_add_login/up.sql",
        "migrations/2019-05-05-101010-0000_rename/up.sql",
    ]
    assert columns(schema, "users") == ["id", "login"]
    assert problems(schema, "layout") == [
        ("migrations/data_seed.sql", "not a migration of the Diesel layout (<timestamp>_<name>/up.sql): not read"),
    ]


def test_version_folders_ordered_by_folder_version_then_file(tmp_path: Path) -> None:
    # file-name order across folders would run 01_add_y (1.10) before 02_drop_x (1.0) and
    # before 1.2's drop: the final schema would differ
    d = write(tmp_path / "delta", {
        "1.0/01_create.sql": "CREATE TABLE t (id int, x int);\n",
        "1.0/02_drop_x.sql": "ALTER TABLE t DROP COLUMN x;\n",
        "1.2/01_drop_table.sql": "DROP TABLE t;\n",
        "1.2/02_recreate.sql": "CREATE TABLE t (id int);\n",
        "1.10/01_add_y.sql": "ALTER TABLE t ADD COLUMN y int;\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert [f.path for f in schema.files] == [
        "delta/1.0/01_create.sql", "delta/1.0/02_drop_x.sql", "delta/1.2/01_drop_table.sql", "delta/1.2/02_recreate.sql",
        "delta/1.10/01_add_y.sql",
    ]
    assert columns(schema, "t") == ["id", "y"]
    assert not schema.problems


def test_two_files_claiming_one_version_are_a_warning_naming_both(tmp_path: Path) -> None:
    d = write(tmp_path / "db", {
        "V1__init.sql": "CREATE TABLE t (id int);\n",
        "V2__add_a.sql": "ALTER TABLE t ADD COLUMN a int;\n",
        "V2_0__add_b.sql": "ALTER TABLE t ADD COLUMN b int;\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    [(where, message)] = problems(schema, "layout")
    assert where == "db/V2__add_a.sql"
    assert "V2_0__add_b.sql" in message and "same version" in message


def test_numbered_duplicates_and_mixed_layouts_are_warnings(tmp_path: Path) -> None:
    d = write(tmp_path / "sql", {
        "001_a.sql": "CREATE TABLE a (id int);\n",
        "001_b.sql": "CREATE TABLE b (id int);\n",
        "V3__c.sql": "CREATE TABLE c (id int);\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    found = problems(schema, "layout")
    assert ("sql/001_b.sql", "claims the same version as 001_a.sql: the order between them cannot be decided (read in name order) (see sql/001_a.sql)") in found
    assert any(where == "sql/001_a.sql" and "mixes migration layouts (flyway, numbered)" in msg and "sql/V3__c.sql" in msg for where, msg in found)


def test_dialect_suffixed_files_read_for_their_dialect_only(tmp_path: Path) -> None:
    d = write(tmp_path / "migrations", {
        "001_init.sql.postgres": "CREATE TABLE t (id serial, data jsonb);\n",
        "001_init.sql.sqlite": "CREATE TABLE t (id integer, data text, sqlite_only int);\n",
        "002_more.sql": "ALTER TABLE t ADD COLUMN more text;\n",
    })
    pg = read_schema([d], dialect="postgres", display_root=str(tmp_path))
    assert columns(pg, "t") == ["id", "data", "more"]
    assert problems(pg, "skipped") == [("migrations/001_init.sql.sqlite", "written for sqlite, the folder is read as postgres: not read")]
    lite = read_schema([d], dialect="sqlite", display_root=str(tmp_path))
    assert columns(lite, "t") == ["id", "data", "sqlite_only", "more"]
    assert [w for w, _ in problems(lite, "skipped")] == ["migrations/001_init.sql.postgres"]
    # a folder's configured dialect decides, not only the run's
    per_folder = read_schema([d], dialect="postgres", dialect_for=lambda _p: "sqlite", display_root=str(tmp_path))
    assert "sqlite_only" in columns(per_folder, "t")


def test_files_named_like_migrations_without_sql_are_noted(tmp_path: Path) -> None:
    d = write(tmp_path / "migration", {
        "V1__init.sql": "CREATE TABLE t (id int);\n",
        "V2__later.sql.todo": "DROP TABLE t;\n",
        "V3__no_extension": "DROP TABLE t;\n",
        "README.md": "notes\n",
        "U1__undo.sql": "DROP TABLE t;\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert columns(schema, "t") == ["id"]
    assert sorted(w for w, _ in problems(schema, "skipped")) == ["migration/V2__later.sql.todo", "migration/V3__no_extension"]
    assert not problems(schema, "parse") and not problems(schema, "layout")


def test_rollback_folders_and_names_are_never_applied(tmp_path: Path) -> None:
    d = write(tmp_path / "db", {
        "V1__init.sql": "CREATE TABLE t (id int, keep int);\n",
        "rollback/V2__drop.sql": "ALTER TABLE t DROP COLUMN keep;\n",
        "V3__x_rollback.sql": "DROP TABLE t;\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert columns(schema, "t") == ["id", "keep"]


def test_input_order_lists_what_is_applied_and_why_the_rest_is_not(tmp_path: Path) -> None:
    d = write(tmp_path / "migrations", {
        "000001_init.up.sql": "CREATE TABLE t (id int);\n",
        "000001_init.down.sql": "DROP TABLE t;\n",
        "notes.txt": "x\n",
    })
    entries = input_order([d], display_root=str(tmp_path))
    assert [(e.display, e.layout, e.reason) for e in entries] == [
        ("migrations/000001_init.up.sql", "golang-migrate", ""),
        ("migrations/000001_init.down.sql", "-", "rollback file: never applied"),
        ("migrations/notes.txt", "-", "not a SQL file"),
    ]


def test_layout_warnings_and_notes_reach_the_findings(tmp_path: Path) -> None:
    from checker.engine import RuleSettings
    from checker.pipeline import check, read
    from checker.policy import load_policy

    d = write(tmp_path / "migration", {
        "V1__init.sql": "CREATE TABLE tuote (id int);\n",
        "V1_0__again.sql": "CREATE TABLE hinta (id int);\n",
        "V2__x.sql.todo": "DROP TABLE tuote;\n",
    })
    schema = read([(str(d), None)], "postgres", root=str(tmp_path))
    policy = load_policy(str(Path(__file__).parent / "fixtures" / "policies" / "good.yaml"))
    result = check(schema, policy, None, RuleSettings())
    found = sorted((f.rule, f.severity.label, str(f.location)) for f in result.findings if f.rule in ("PN005", "PN006"))
    [pn005] = [f for f in result.findings if f.rule == "PN005"]
    assert pn005.as_dict()["related"] == "migration/V1_0__again.sql"  # both places, in every output format
    # the second file in name order carries the warning (V1_0__again sorts before V1__init)
    assert found == [("PN005", "warning", "migration/V1__init.sql"), ("PN006", "info", "migration/V2__x.sql.todo")]


def test_flyway_callbacks_run_around_the_migrations(tmp_path: Path) -> None:
    d = write(tmp_path / "db", {
        "afterMigrate__grants.sql": "ALTER TABLE t ADD COLUMN after_all int;\n",
        "beforeMigrate.sql": "CREATE TABLE t (id int);\n",
        "V1__add.sql": "ALTER TABLE t ADD COLUMN a int;\n",
        "R__view.sql": "CREATE OR REPLACE VIEW v AS SELECT id FROM t;\n",
        "afterEachMigrate.sql": "DROP TABLE t;\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert [f.path for f in schema.files] == ["db/beforeMigrate.sql", "db/V1__add.sql", "db/R__view.sql", "db/afterMigrate__grants.sql"]
    assert columns(schema, "t") == ["id", "a", "after_all"]
    assert not schema.problems


def test_dotted_numbers_are_versions_not_duplicates(tmp_path: Path) -> None:
    d = write(tmp_path / "sql", {
        "1.10_c.sql": "ALTER TABLE t ADD COLUMN c int;\n",
        "1.2_b.sql": "ALTER TABLE t ADD COLUMN b int;\n",
        "1_a.sql": "CREATE TABLE t (a int);\n",
    })
    schema = read_schema([d], display_root=str(tmp_path))
    assert columns(schema, "t") == ["a", "b", "c"]
    assert not schema.problems


def test_check_show_order_lists_the_order_and_checks_nothing(tmp_path: Path, run) -> None:
    write(tmp_path / "migrations", {
        "000002_b.up.sql": "ALTER TABLE t ADD COLUMN b int;\n",
        "000002_b.down.sql": "ALTER TABLE t DROP COLUMN b;\n",
        "000001_a.up.sql": "CREATE TABLE t (a int);\n",
    })
    code, out, err = run("check", "--show-order", "migrations", cwd=tmp_path)
    assert code == 0, err
    assert out.splitlines() == [
        "   1  migrations/000001_a.up.sql  [golang-migrate]",
        "   2  migrations/000002_b.up.sql  [golang-migrate]",
        "   -  migrations/000002_b.down.sql  (rollback file: never applied)",
        "2 read, 1 left out",
    ]
