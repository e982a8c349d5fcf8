"""Flow extraction at column level (checker.sql.flows), independent of the rules."""
from __future__ import annotations

from pathlib import Path

from checker.model import ColumnRef
from checker.sql import read_schema

DDL = """
CREATE TABLE asiakas (id int, etunimi text, sukunimi text, sahkoposti text, puhelin text, puhelin_kielto boolean);
CREATE TABLE kielto (asiakas_id int);
CREATE TABLE crm.kontakti (email text, nimi text, puh text);
"""


def flows(tmp_path: Path, sql: str, dialect: str = "postgres"):
    path = tmp_path / "f.sql"
    path.write_text(DDL + sql, encoding="utf-8")
    schema = read_schema([str(path)], dialect="postgres" if dialect == "postgres" else dialect)
    assert not schema.problems, schema.problems
    return schema.flows


def refs(*names: str) -> tuple[ColumnRef, ...]:
    return tuple(ColumnRef(*n.split(".")) for n in names)


def mapping(flow) -> dict[str, list[str]]:
    return {f"{t.table}.{t.column}": [f"{s.table}.{s.column}" for s in srcs] for t, srcs in flow.mapping}


def test_insert_pairs_by_position_not_by_name(tmp_path):
    (f,) = flows(tmp_path, "INSERT INTO crm.kontakti (puh, email, nimi) SELECT puhelin, sahkoposti, etunimi || ' ' || sukunimi FROM asiakas;")
    assert mapping(f) == {
        "crm.kontakti.puh": ["asiakas.puhelin"],
        "crm.kontakti.email": ["asiakas.sahkoposti"],
        "crm.kontakti.nimi": ["asiakas.etunimi", "asiakas.sukunimi"],
    }
    assert f.sink.name == "crm.kontakti" and f.sink.schema == "crm"


def test_insert_without_column_list_uses_table_order(tmp_path):
    (f,) = flows(tmp_path, "INSERT INTO crm.kontakti SELECT sahkoposti, etunimi, puhelin FROM asiakas;")
    assert mapping(f)["crm.kontakti.puh"] == ["asiakas.puhelin"]


def test_star_expansion_and_where_columns_are_filters(tmp_path):
    (f,) = flows(tmp_path, "CREATE VIEW v AS SELECT * FROM asiakas WHERE puhelin IS NOT NULL;")
    assert f.statement == "view"
    assert [c.column for c in f.reads] == ["etunimi", "id", "puhelin", "puhelin_kielto", "sahkoposti", "sukunimi"]
    assert f.filters == ()  # puhelin is read anyway
    (g,) = flows(tmp_path, "SELECT etunimi FROM asiakas WHERE sahkoposti LIKE '%@x.fi';")
    assert g.reads == refs("asiakas.etunimi") and g.filters == refs("asiakas.sahkoposti")


def test_ctes_and_subqueries(tmp_path):
    sql = """
    WITH a AS (SELECT id, sahkoposti AS s FROM asiakas),
         b AS (SELECT s AS mail FROM a)
    SELECT x.mail FROM (SELECT mail FROM b) x;
    """
    (f,) = flows(tmp_path, sql)
    assert f.reads == refs("asiakas.sahkoposti")


def test_views_of_views_keep_lineage(tmp_path):
    fs = flows(tmp_path, "CREATE VIEW v1 AS SELECT sahkoposti AS s FROM asiakas;\nCREATE VIEW v2 AS SELECT s AS email FROM v1;")
    assert mapping(fs[1]) == {"v2.email": ["v1.s"]}
    from checker.flowmap import ColumnIndex

    index = ColumnIndex.build([], fs)
    assert index.base(ColumnRef("v2", "email")) == [ColumnRef("asiakas", "sahkoposti")]


def test_exclusions(tmp_path):
    sql = """
    SELECT a.sahkoposti FROM asiakas a WHERE NOT EXISTS (SELECT 1 FROM kielto k WHERE k.asiakas_id = a.id);
    SELECT sahkoposti FROM asiakas WHERE id NOT IN (SELECT asiakas_id FROM kielto);
    SELECT a.sahkoposti FROM asiakas a LEFT JOIN kielto k ON k.asiakas_id = a.id WHERE k.asiakas_id IS NULL;
    SELECT sahkoposti FROM asiakas WHERE NOT puhelin_kielto;
    """
    got = [[(e.how, e.table) for e in f.exclusions] for f in flows(tmp_path, sql)]
    assert got == [[("not-exists", "kielto")], [("not-in", "kielto")], [("anti-join", "kielto")], [("flag", "asiakas")]]
    assert flows(tmp_path, "SELECT sahkoposti FROM asiakas WHERE puhelin_kielto = false;")[0].exclusions[0].column == "puhelin_kielto"


def test_unload_statements_in_several_dialects(tmp_path):
    pg = flows(tmp_path, "COPY asiakas (etunimi, sahkoposti) TO '/tmp/a.csv';\nCOPY (SELECT puhelin FROM asiakas) TO STDOUT;")
    assert [(f.sink.kind, f.sink.name) for f in pg] == [("file", "/tmp/a.csv"), ("stdout", "STDOUT")]
    assert pg[0].reads == refs("asiakas.etunimi", "asiakas.sahkoposti")
    (my,) = flows(tmp_path, "SELECT etunimi INTO OUTFILE '/var/x.csv' FROM asiakas;", "mysql")
    assert (my.statement, my.sink.kind, my.sink.name) == ("outfile", "file", "/var/x.csv")
    (sf,) = flows(tmp_path, "COPY INTO 's3://bucket/x/' FROM (SELECT sahkoposti FROM asiakas);", "snowflake")
    assert (sf.statement, sf.sink.kind, sf.sink.name) == ("copy-into-location", "uri", "s3://bucket/x/")


def test_grants_servers_publications_and_foreign_tables(tmp_path):
    sql = """
    GRANT SELECT (etunimi) ON asiakas TO raportti, crm_sync;
    CREATE SERVER crm_fdw FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'crm.example.com', dbname 'crm');
    CREATE FOREIGN TABLE etä_kontakti (email text) SERVER crm_fdw;
    CREATE PUBLICATION asiakkaat FOR TABLE asiakas, kielto;
    INSERT INTO etä_kontakti SELECT sahkoposti FROM asiakas;
    """
    fs = flows(tmp_path, sql)
    assert [(f.statement, f.sink.kind, f.sink.name) for f in fs] == [
        ("grant", "role", "raportti"), ("grant", "role", "crm_sync"),
        ("server", "server", "crm_fdw"), ("publication", "publication", "asiakkaat"), ("insert-select", "table", "etä_kontakti"),
    ]
    assert fs[0].reads == refs("asiakas.etunimi")
    assert fs[2].sink.host == "crm.example.com"
    assert fs[3].sources == ("asiakas", "kielto")
    assert fs[4].sink.server == "crm_fdw"


def test_purges(tmp_path):
    fs = flows(tmp_path, "DELETE FROM asiakas WHERE luotu < now() - interval '6 months';\nDELETE FROM asiakas WHERE current_date - interval '2 years' > luotu;")
    assert [(f.purge.table, f.purge.column, f.purge.period) for f in fs] == [("asiakas", "luotu", "P6M"), ("asiakas", "luotu", "P2Y")]


def test_purpose_header(tmp_path):
    (f,) = flows(tmp_path, "-- notice-check: purpose=marketing\nSELECT etunimi FROM asiakas;")
    assert f.purpose == "marketing"


def test_a_broken_dml_statement_does_not_stop_the_file(tmp_path):
    path = tmp_path / "f.sql"
    path.write_text(DDL + "SELECT FROM WHERE;\nINSERT INTO crm.kontakti (email) SELECT sahkoposti FROM asiakas;\n", encoding="utf-8")
    schema = read_schema([str(path)])
    assert len(schema.problems) == 1 and [f.statement for f in schema.flows] == ["insert-select"]


def test_iso_days():
    from checker.flowmap import iso_days

    assert iso_days("P6M") == 6 * 30.4375 and iso_days("P1Y") == 365.25
    assert iso_days("PT72H") == 3.0 and iso_days("P1DT12H") == 1.5 and iso_days("PT90M") == 90 / 1440
    assert iso_days("six months") is None and iso_days("P") is None
