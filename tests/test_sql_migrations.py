"""Migration file ordering and reading migration directories in order."""
from __future__ import annotations

from pathlib import Path

from checker.sql import order_migrations, read_schema


def names(files: list[str]) -> list[str]:
    return [Path(f).name for f in order_migrations(files)]


def test_flyway_versions_in_natural_order() -> None:
    files = ["V10__j.sql", "V2__b.sql", "V1__a.sql", "V1_1__a1.sql", "V1.2__a2.sql", "V2_10__c.sql", "V2_9__c.sql"]
    assert names(files) == ["V1__a.sql", "V1_1__a1.sql", "V1.2__a2.sql", "V2__b.sql", "V2_9__c.sql", "V2_10__c.sql", "V10__j.sql"]


def test_repeatables_last_undo_dropped_baseline_at_its_version() -> None:
    files = ["R__views.sql", "V3__c.sql", "U2__undo.sql", "B2__base.sql", "R__a_first.sql", "V2__b.sql", "V1__a.sql"]
    assert names(files) == ["V1__a.sql", "B2__base.sql", "V2__b.sql", "V3__c.sql", "R__a_first.sql", "R__views.sql"]


def test_timestamp_prefixes_sort_numerically() -> None:
    files = ["20240101120000_add_x.sql", "1700000000_init.sql", "20231231235959_y.sql", "999_old.sql"]
    assert names(files) == ["999_old.sql", "1700000000_init.sql", "20231231235959_y.sql", "20240101120000_add_x.sql"]


def test_natural_sort_for_other_names() -> None:
    assert names(["file10.sql", "file2.sql", "File1.sql", "schema.sql"]) == ["File1.sql", "file2.sql", "file10.sql", "schema.sql"]


def test_ordering_uses_the_file_name_not_the_directory() -> None:
    files = ["b/V2__x.sql", "a/V10__y.sql", "c/V1__z.sql"]
    assert order_migrations(files) == ["c/V1__z.sql", "b/V2__x.sql", "a/V10__y.sql"]


def test_directory_is_read_in_migration_order(tmp_path: Path) -> None:
    d = tmp_path / "migration"
    (d / "sub").mkdir(parents=True)
    (d / ".hidden").mkdir()
    (d / "V1__init.sql").write_text("CREATE TABLE asiakas (id int);\n")
    (d / "V2__rename.sql").write_text("ALTER TABLE asiakas RENAME COLUMN id TO asiakas_id;\n")
    (d / "sub" / "V10__add.sql").write_text("ALTER TABLE asiakas ADD COLUMN nimi text;\n")
    (d / ".hidden" / "V11__drop.sql").write_text("DROP TABLE asiakas;\n")
    (d / "notes.txt").write_text("DROP TABLE asiakas;\n")
    (d / "U2__undo.sql").write_text("DROP TABLE asiakas;\n")
    schema = read_schema([d], display_root=str(tmp_path))
    assert [f.path for f in schema.files] == ["migration/V1__init.sql", "migration/V2__rename.sql", "migration/sub/V10__add.sql"]
    t = schema.table("asiakas")
    assert t is not None
    assert [c.name for c in t.columns] == ["asiakas_id", "nimi"]


def test_listed_files_keep_their_order(tmp_path: Path) -> None:
    (tmp_path / "b.sql").write_text("CREATE TABLE t (a int);\n")
    (tmp_path / "a.sql").write_text("ALTER TABLE t ADD COLUMN b int;\n")
    schema = read_schema([tmp_path / "b.sql", tmp_path / "a.sql"], display_root=str(tmp_path))
    assert [c.name for c in schema.table("t").columns] == ["a", "b"]


def test_baseline_replaces_older_definitions(tmp_path: Path) -> None:
    (tmp_path / "V1__old.sql").write_text("CREATE TABLE henkilo (id int, vanha text);\n")
    (tmp_path / "B5__baseline.sql").write_text("CREATE TABLE henkilo (id int, hetu varchar(11));\n")
    (tmp_path / "V6__new.sql").write_text("ALTER TABLE henkilo ADD COLUMN etunimet text;\n")
    schema = read_schema([tmp_path], display_root=str(tmp_path))
    assert [c.name for c in schema.table("henkilo").columns] == ["id", "hetu", "etunimet"]
