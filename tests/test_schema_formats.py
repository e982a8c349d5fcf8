"""Readers of Liquibase, Rails and Prisma schemas, format detection and the configuration's
per-path format: each rebuilds the schema state with file:line:col for tables and columns."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.sql import read_schema
from checker.sql.formats import detect_format
from tree import write_tree as write


def col(schema, table: str, name: str):
    t = schema.table(table)
    assert t is not None, f"no table {table}"
    return next((c for c in t.columns if c.name == name), None)


LIQUIBASE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
    <changeSet id="1" author="a">
        <createTable tableName="ASIAKAS" remarks="Asiakkaat">
            <column name="ID" type="BIGINT"/>
            <column name="HETU" type="VARCHAR(11)" remarks="Henkilötunnus. privacy: national-id"/>
            <!-- privacy: none -->
            <column name="TUNNISTE" type="VARCHAR(40)"/>
            <column name="VANHA" type="TEXT"/>
        </createTable>
    </changeSet>
    <changeSet id="2" author="a">
        <addColumn tableName="ASIAKAS">
            <column name="SPOSTI" type="VARCHAR(255)"/>
        </addColumn>
        <renameColumn tableName="ASIAKAS" oldColumnName="SPOSTI" newColumnName="SAHKOPOSTI"/>
        <dropColumn tableName="ASIAKAS" columnName="VANHA"/>
        <modifyDataType tableName="ASIAKAS" columnName="ID" newDataType="VARCHAR(36)"/>
    </changeSet>
    <changeSet id="3" author="a" dbms="oracle">
        <dropTable tableName="ASIAKAS"/>
    </changeSet>
    <changeSet id="4" author="a">
        <preConditions onFail="MARK_RAN"><dbms type="db2"/></preConditions>
        <dropTable tableName="ASIAKAS"/>
    </changeSet>
    <changeSet id="5" author="a">
        <sql>
            CREATE TABLE lasku (
                id int,
                summa numeric
            );
        </sql>
    </changeSet>
    <changeSet id="6" author="a">
        <customChange class="com.example.Migrate"/>
    </changeSet>
</databaseChangeLog>
"""


def test_liquibase_xml_changes_in_order_with_locations(tmp_path: Path) -> None:
    write(tmp_path, {"changelog.xml": LIQUIBASE_XML})
    schema = read_schema([tmp_path / "changelog.xml"], display_root=str(tmp_path))
    t = schema.table("asiakas")
    assert [c.name for c in t.columns] == ["id", "hetu", "tunniste", "sahkoposti"]
    assert str(t.location) == "changelog.xml:4:9"
    hetu = col(schema, "asiakas", "hetu")
    assert str(hetu.location) == "changelog.xml:6:13" and hetu.comment.startswith("Henkilötunnus")
    assert hetu.annotation.category == "national-id"
    tunniste = col(schema, "asiakas", "tunniste")
    assert tunniste.annotation is not None and tunniste.annotation.category is None  # the XML comment above
    assert col(schema, "asiakas", "id").sql_type == "VARCHAR(36)"
    assert col(schema, "asiakas", "sahkoposti").renamed_from == "sposti"
    # embedded SQL goes through the SQL reader at its place in the changelog
    summa = col(schema, "lasku", "summa")
    assert str(summa.location) == "changelog.xml:31:17" and summa.type_family == "number"
    notes = [(str(p.location), p.kind) for p in schema.problems]
    assert notes == [("changelog.xml:36:9", "skipped")]  # customChange: Java code, not read


def test_liquibase_dbms_follows_the_dialect(tmp_path: Path) -> None:
    write(tmp_path, {"changelog.xml": LIQUIBASE_XML})
    schema = read_schema([tmp_path / "changelog.xml"], dialect="oracle", display_root=str(tmp_path))
    assert schema.table("asiakas") is None  # changeSet 3 runs on Oracle only


def test_liquibase_yaml_and_json_changelogs_with_includes(tmp_path: Path) -> None:
    write(tmp_path / "src/main/resources", {
        "db/master.yaml": (
            "databaseChangeLog:\n"
            "  - include:\n"
            "      file: db/changes/001.yaml\n"  # relative to the classpath root
            "  - include:\n"
            "      file: changes/002.json\n"
            "      relativeToChangelogFile: true\n"
            "  - include:\n"
            "      file: db/changes/missing.yaml\n"
        ),
        "db/changes/001.yaml": (
            "databaseChangeLog:\n"
            "  - changeSet:\n"
            "      id: 1\n"
            "      author: a\n"
            "      changes:\n"
            "        - createTable:\n"
            "            tableName: henkilo\n"
            "            columns:\n"
            "              - column:\n"
            "                  name: id\n"
            "                  type: int\n"
            "              - column:\n"
            "                  name: etunimi\n"
            "                  type: varchar(100)\n"
            "                  remarks: 'privacy: customer-name'\n"
        ),
        "db/changes/002.json": (
            '{"databaseChangeLog": [\n'
            '  {"changeSet": {"id": "2", "author": "a", "changes": [\n'
            '    {"addColumn": {"tableName": "henkilo", "columns": [\n'
            '      {"column": {"name": "puhelin", "type": "varchar(20)"}}]}},\n'
            '    {"renameTable": {"oldTableName": "henkilo", "newTableName": "asiakas"}}\n'
            "  ]}}\n"
            "]}\n"
        ),
    })
    master = tmp_path / "src/main/resources/db/master.yaml"
    schema = read_schema([master], display_root=str(tmp_path))
    t = schema.table("asiakas")
    assert t is not None and schema.table("henkilo") is None
    assert [c.name for c in t.columns] == ["id", "etunimi", "puhelin"]
    assert str(col(schema, "asiakas", "etunimi").location) == "src/main/resources/db/changes/001.yaml:12:17"  # its `column:` item
    assert col(schema, "asiakas", "etunimi").annotation.category == "customer-name"
    assert str(col(schema, "asiakas", "puhelin").location) == "src/main/resources/db/changes/002.json:4:8"
    [missing] = [p for p in schema.problems if p.kind == "layout"]
    assert str(missing.location) == "src/main/resources/db/master.yaml:7:5" and "not found" in missing.message


def test_liquibase_folder_reads_the_masters_and_notes_the_rest(tmp_path: Path) -> None:
    head = '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
    write(tmp_path / "changelog", {
        "changelog-master.xml": head + '<include file="v1.xml" relativeToChangelogFile="true"/>\n</databaseChangeLog>\n',
        "v1.xml": head + '<changeSet id="1" author="a"><createTable tableName="t"><column name="a" type="int"/></createTable></changeSet>\n</databaseChangeLog>\n',
        "orphan.xml": head + '<changeSet id="9" author="a"><dropTable tableName="t"/></changeSet>\n</databaseChangeLog>\n',
    })
    assert detect_format(str(tmp_path / "changelog")) == "liquibase"
    schema = read_schema([tmp_path / "changelog"], display_root=str(tmp_path))
    assert [c.name for c in schema.table("t").columns] == ["a"]
    assert [(str(p.location), p.kind) for p in schema.problems] == [("changelog/orphan.xml", "skipped")]


def test_liquibase_xml_entities_are_refused_not_expanded(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n'
        '<databaseChangeLog><changeSet id="1" author="a"><sql>&b;</sql></changeSet></databaseChangeLog>\n'
    )
    write(tmp_path, {"bomb.xml": bomb})
    schema = read_schema([tmp_path / "bomb.xml"], display_root=str(tmp_path))
    [problem] = schema.problems
    assert problem.location.path == "bomb.xml" and problem.location.line == 2
    assert "entity declarations are not allowed" in problem.message


def test_liquibase_bad_xml_is_a_located_problem(tmp_path: Path) -> None:
    write(tmp_path, {"broken.xml": '<databaseChangeLog>\n<changeSet id="1">\n</databaseChangeLog>\n'})
    schema = read_schema([tmp_path / "broken.xml"], display_root=str(tmp_path))
    [problem] = schema.problems
    assert str(problem.location) == "broken.xml:3:3" and problem.message.startswith("XML syntax error")


RAILS = """ActiveRecord::Schema.define(version: 2024_01_01_000000) do
  enable_extension "plpgsql"

  create_table "asiakkaat", comment: "Asiakkaat", force: :cascade do |t|
    t.string "email", default: "", null: false, comment: "privacy: contact-details"
    t.string "etunimi", "sukunimi"
    # privacy: none
    t.string "tunniste"
    t.inet "last_ip" # privacy: none
    t.references :owner, polymorphic: true
    t.timestamps
    t.index ["email"], name: "index_asiakkaat_on_email", unique: true
  end

  create_table "tags_links", id: false, force: :cascade do |t|
    t.bigint "tag_id"
  end

  create_table "tokens", id: :uuid, force: :cascade do |t|
    t.text "secret"
    t.column "issued", :datetime
    t.virtual "secret_hash", type: :string, as: "md5(secret)", stored: true
  end

  add_foreign_key "tokens", "asiakkaat"
end
"""


def test_rails_schema_rb(tmp_path: Path) -> None:
    write(tmp_path / "db", {"schema.rb": RAILS})
    assert detect_format(str(tmp_path / "db")) == "rails"
    schema = read_schema([tmp_path / "db"], display_root=str(tmp_path))
    t = schema.table("asiakkaat")
    assert t.comment == "Asiakkaat" and str(t.location) == "db/schema.rb:4:16"  # the quote, as for columns
    assert [c.name for c in t.columns] == [
        "id", "email", "etunimi", "sukunimi", "tunniste", "last_ip", "owner_id", "owner_type", "created_at", "updated_at",
    ]
    assert str(col(schema, "asiakkaat", "email").location) == "db/schema.rb:5:14"
    assert str(col(schema, "asiakkaat", "sukunimi").location) == "db/schema.rb:6:25"
    assert col(schema, "asiakkaat", "email").annotation.category == "contact-details"
    assert col(schema, "asiakkaat", "tunniste").annotation.category is None
    assert col(schema, "asiakkaat", "last_ip").annotation.category is None
    assert col(schema, "asiakkaat", "etunimi").annotation is None
    assert [c.name for c in schema.table("tags_links").columns] == ["tag_id"]
    assert col(schema, "tokens", "id").type_family == "uuid"
    assert [c.name for c in schema.table("tokens").columns] == ["id", "secret", "issued", "secret_hash"]
    assert col(schema, "tokens", "secret_hash").type_family == "text"
    assert col(schema, "tokens", "issued").type_family == "date"
    assert not schema.problems


def test_rails_structure_sql_goes_through_the_sql_reader(tmp_path: Path) -> None:
    write(tmp_path / "db", {"structure.sql": "CREATE TABLE public.users (id bigint, email text);\n", "migrate/20240101_x.rb": "class X; end\n"})
    assert detect_format(str(tmp_path / "db")) == "rails"
    schema = read_schema([tmp_path / "db"], display_root=str(tmp_path))
    assert str(col(schema, "users", "email").location) == "db/structure.sql:1:39"


PRISMA = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

enum Role {
  ADMIN
  USER
}

/// Registered people
model User {
  id        Int      @id @default(autoincrement())
  /// Henkilötunnus. privacy: national-id
  hetu      String?  @map("henkilotunnus")
  email     String   @unique @db.VarChar(255)
  role      Role     @default(USER)
  // privacy: none
  handle    String
  posts     Post[]
  createdAt DateTime @default(now()) @map("created_at")

  @@map("users")
}

model Post {
  id       String @id @db.Uuid
  author   User   @relation(fields: [authorId], references: [id])
  authorId Int
  body     Json?
}
"""


def test_prisma_models_fields_maps_and_comments(tmp_path: Path) -> None:
    write(tmp_path, {"schema.prisma": PRISMA})
    schema = read_schema([tmp_path / "schema.prisma"], display_root=str(tmp_path))
    users = schema.table("users")
    assert users is not None and users.comment == "Registered people" and str(users.location) == "schema.prisma:12:7"
    assert [c.name for c in users.columns] == ["id", "henkilotunnus", "email", "role", "handle", "created_at"]  # posts is a relation
    hetu = col(schema, "users", "henkilotunnus")
    assert str(hetu.location) == "schema.prisma:15:3" and hetu.annotation.category == "national-id"
    assert col(schema, "users", "role").type_family == "text"  # an enum
    assert col(schema, "users", "email").sql_type == "VarChar(255)"
    assert col(schema, "users", "handle").annotation.category is None
    assert [c.name for c in schema.table("post").columns] == ["id", "authorId", "body"]
    assert col(schema, "post", "id").type_family == "uuid"


def test_configured_format_overrides_detection(tmp_path: Path) -> None:
    from checker.config import load_config
    from checker.pipeline import read

    write(tmp_path, {
        "db/changes.txt": '<databaseChangeLog><changeSet id="1" author="a"><createTable tableName="t"><column name="a" type="int"/></createTable></changeSet></databaseChangeLog>\n',
        "notice-check.toml": 'paths = [{path = "db/changes.txt", format = "liquibase"}]\n',
    })
    cfg = load_config(tmp_path / "notice-check.toml")
    assert cfg.formats == ((cfg.paths[0][0], "liquibase"),)
    schema = read(cfg.paths, "postgres", root=str(tmp_path), formats=cfg.formats)
    assert [c.name for c in schema.table("t").columns] == ["a"]
    # without the setting the .txt file is read as SQL, and fails to parse
    plain = read(cfg.paths, "postgres", root=str(tmp_path))
    assert plain.table("t") is None and plain.problems


def test_unknown_format_in_the_configuration_is_a_located_error(tmp_path: Path) -> None:
    from checker.config import load_config
    from checker.errors import ValidationFailed

    write(tmp_path, {"notice-check.toml": 'dialect = "postgres"\npaths = [{path = "db", format = "flyway2"}]\n'})
    with pytest.raises(ValidationFailed) as err:
        load_config(tmp_path / "notice-check.toml")
    assert err.value.problems[0].location.line == 2


def test_liquibase_include_all_in_path_order_and_sql_files(tmp_path: Path) -> None:
    head = '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
    write(tmp_path / "db", {
        "master.xml": head + '<includeAll path="changes/" relativeToChangelogFile="true"/>\n</databaseChangeLog>\n',
        "changes/002_rename.xml": head + '<changeSet id="2" author="a"><renameColumn tableName="t" oldColumnName="a" newColumnName="b"/></changeSet>\n</databaseChangeLog>\n',
        "changes/001_create.xml": head + '<changeSet id="1" author="a"><sqlFile path="../sql/create.sql" relativeToChangelogFile="true"/></changeSet>\n</databaseChangeLog>\n',
        "sql/create.sql": "-- the table\nCREATE TABLE t (a int);\n",
    })
    schema = read_schema([tmp_path / "db" / "master.xml"], display_root=str(tmp_path))
    [b] = schema.table("t").columns
    assert b.name == "b" and b.renamed_from == "a"
    assert str(b.introduced_at) == "db/sql/create.sql:2:17"  # located in the SQL file the changelog names
    assert "db/sql/create.sql" in [f.path for f in schema.files]
    assert not schema.problems


def test_liquibase_yaml_sql_block_and_preconditions(tmp_path: Path) -> None:
    write(tmp_path, {"changelog.yaml": (
        "databaseChangeLog:\n"
        "  - changeSet:\n"
        "      id: 1\n"
        "      author: a\n"
        "      changes:\n"
        "        - sql:\n"
        "            sql: |\n"
        "              CREATE TABLE asiakas (\n"
        "                  id int,\n"
        "                  sahkoposti text\n"
        "              );\n"
        "  - changeSet:\n"
        "      id: 2\n"
        "      author: a\n"
        "      preConditions:\n"
        "        - onFail: MARK_RAN\n"
        "        - not:\n"
        "            - dbms:\n"
        "                type: postgresql\n"
        "      changes:\n"
        "        - dropTable:\n"
        "            tableName: asiakas\n"
    )})
    schema = read_schema([tmp_path / "changelog.yaml"], display_root=str(tmp_path))
    assert str(col(schema, "asiakas", "sahkoposti").location) == "changelog.yaml:10:19"  # inside the block
    assert not schema.problems
    assert read_schema([tmp_path / "changelog.yaml"], dialect="mysql", display_root=str(tmp_path)).table("asiakas") is None


def test_a_history_of_hundreds_of_changelogs_stays_within_the_budget(tmp_path: Path) -> None:
    import time

    head = '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
    files = {"master.xml": head + "".join(f'<include file="changes/{i:04d}.xml" relativeToChangelogFile="true"/>\n' for i in range(600)) + "</databaseChangeLog>\n"}
    for i in range(600):
        cols = "".join(f'<column name="C{c}" type="VARCHAR(100)" remarks="sarake {c}"/>' for c in range(10))
        change = f'<createTable tableName="T{i}">{cols}</createTable>' if i % 2 == 0 else f'<addColumn tableName="T{i - 1}"><column name="EXTRA" type="INT"/></addColumn><renameColumn tableName="T{i - 1}" oldColumnName="C0" newColumnName="C00"/>'
        files[f"changes/{i:04d}.xml"] = head + f'<changeSet id="{i}" author="a">{change}</changeSet>\n</databaseChangeLog>\n'
    write(tmp_path, files)
    start = time.perf_counter()
    schema = read_schema([tmp_path / "master.xml"], display_root=str(tmp_path))
    took = time.perf_counter() - start
    assert len(schema.tables) == 300 and len(schema.files) == 601 and not schema.problems
    assert [c.name for c in schema.table("t598").columns][-1] == "extra"
    assert took < 3.0, took  # measured 0.2-0.5 s on the shared 2-core machine


def test_exclude_applies_inside_folders_of_other_formats(tmp_path: Path) -> None:
    head = '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">\n'
    write(tmp_path / "changelog", {
        "changes.xml": head + '<changeSet id="1" author="a"><createTable tableName="t"><column name="a" type="int"/></createTable></changeSet>\n</databaseChangeLog>\n',
        "scratch/try.xml": head + '<changeSet id="2" author="a"><createTable tableName="u"><column name="b" type="int"/></createTable></changeSet>\n</databaseChangeLog>\n',
    })
    schema = read_schema([tmp_path / "changelog"], exclude=["*/scratch/*"], display_root=str(tmp_path))
    assert [t.key for t in schema.tables] == ["t"] and not schema.problems
    # without it both changelogs are masters (read in name order, with a warning)
    both = read_schema([tmp_path / "changelog"], display_root=str(tmp_path))
    assert sorted(t.key for t in both.tables) == ["t", "u"] and [p.kind for p in both.problems] == ["layout"]


def test_suppressions_in_xml_comments_and_prisma_comments(tmp_path: Path) -> None:
    from checker.engine import RuleSettings
    from checker.pipeline import check, read
    from checker.policy import load_policy

    write(tmp_path, {
        "changelog.xml": (
            "<databaseChangeLog>\n"
            '  <changeSet id="1" author="a">\n'
            '    <createTable tableName="henkilo">\n'
            "      <!-- notice-check: ignore PN201: income is listed in the next notice -->\n"
            '      <column name="vuositulot" type="NUMERIC(12,2)"/>\n'
            '      <column name="kuukausitulot" type="NUMERIC(12,2)"/>\n'
            "    </createTable>\n"
            "  </changeSet>\n"
            "</databaseChangeLog>\n"
        ),
        "schema.prisma": "model Asiakas {\n  id Int @id\n\n  vuositulot Decimal // notice-check: ignore PN201 -- a reason\n}\n",
    })
    schema = read([(str(tmp_path / "changelog.xml"), None), (str(tmp_path / "schema.prisma"), None)], "postgres", root=str(tmp_path))
    policy = load_policy(str(Path(__file__).resolve().parents[1] / "policies" / "leppakoski-lampo.yaml"))
    result = check(schema, policy, None, RuleSettings())
    reported = sorted((f.location.path, f.column) for f in result.findings if f.rule == "PN201")
    hidden = sorted((f.location.path, f.column) for f, _ in result.suppressed)
    assert reported == [("changelog.xml", "kuukausitulot")]
    assert hidden == [("changelog.xml", "vuositulot"), ("schema.prisma", "vuositulot")]


def test_liquibase_properties_fill_names_and_types(tmp_path: Path) -> None:
    write(tmp_path, {"changelog.xml": (
        "<databaseChangeLog>\n"
        '  <property name="id_type" value="UUID" dbms="postgresql"/>\n'
        '  <property name="id_type" value="VARCHAR(36)"/>\n'
        '  <property name="prefix" value="app_"/>\n'
        '  <changeSet id="1" author="a">\n'
        '    <createTable tableName="${prefix}users"><column name="id" type="${id_type}"/></createTable>\n'
        "  </changeSet>\n"
        "</databaseChangeLog>\n"
    )})
    pg = read_schema([tmp_path / "changelog.xml"], display_root=str(tmp_path))
    assert col(pg, "app_users", "id").type_family == "uuid"
    my = read_schema([tmp_path / "changelog.xml"], dialect="mysql", display_root=str(tmp_path))
    assert col(my, "app_users", "id").sql_type == "VARCHAR(36)"
