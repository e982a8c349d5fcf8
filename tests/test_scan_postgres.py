"""`scan` on a real PostgreSQL server (NOTICE_CHECK_TEST_PG, set by .ci/postgres.sh start; skipped
without it, a failure under NOTICE_CHECK_CI=1).

One fresh database per module, built from the bundled example's migrations and filled with
generated, checksum-valid personal data; dropped afterwards.
"""
from __future__ import annotations

import json
import os
import secrets

import pytest
from scan_data import CONFIG, T1_KINDS, Synthetic, findings_by_column, inline_annotated, migration_files

ADMIN_URL = os.environ.get("NOTICE_CHECK_TEST_PG")
pytestmark = pytest.mark.usefixtures("postgres_url")

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab"]
RULES = ("PN201", "PN202", "PN204")
PASSWORD = "Corr3ct-H0rse-" + secrets.token_hex(4)
WRONG = "Wr0ng-Passw0rd-" + secrets.token_hex(4)


def _url(dbname: str, user: str = "postgres", password: str | None = None) -> str:
    from psycopg.conninfo import conninfo_to_dict

    p = conninfo_to_dict(ADMIN_URL)
    auth = user + (f":{password}" if password else "")
    return f"postgresql://{auth}@{p.get('host', '127.0.0.1')}:{p.get('port', '5432')}/{dbname}"


@pytest.fixture(scope="module")
def pg():
    """(database name, scan URL of a password-protected read-only role, synthetic data)."""
    import psycopg

    suffix = secrets.token_hex(4)
    dbname, reader = f"nc_scan_{suffix}", f"nc_reader_{suffix}"
    admin = psycopg.connect(ADMIN_URL, autocommit=True)
    admin.execute(f"CREATE DATABASE {dbname}")
    admin.execute(f"CREATE ROLE {reader} LOGIN PASSWORD '{PASSWORD}'")
    data = Synthetic()
    try:
        with psycopg.connect(_url(dbname), autocommit=True) as conn:
            for path in migration_files():
                conn.execute(path.read_text(encoding="utf-8"))
            with conn.transaction():
                data.load(lambda sql, row: conn.execute(sql, row))
            conn.execute("COMMENT ON COLUMN t1.col8 IS 'control column: privacy: none'")
            conn.execute(f"GRANT USAGE ON SCHEMA public TO {reader}")
            conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
        yield dbname, _url(dbname, reader, PASSWORD), data
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        admin.execute(f"DROP ROLE IF EXISTS {reader}")
        admin.close()


def _scan(run, url: str | None, *args: str):
    return run("scan", *(("--db", url) if url else ()), "--config", str(CONFIG), "--no-progress", *args)


def test_scan_and_check_agree(run, pg):
    _, url, _ = pg
    code_check, out_check, _ = run("check", "--config", str(CONFIG), "--format", "json")
    checked = json.loads(out_check)
    # `-- privacy:` comments live only in SQL files; COMMENT ON annotations reach the database
    skip = inline_annotated(migration_files(), "postgres")
    assert ("asiakas", "luottoluokitus") in skip and ("puhelutallenne", "tiedosto") not in skip
    want = {f for f in findings_by_column(checked, RULES) if (f[0], f[1]) not in skip}
    for sample in ("0", "20"):
        code_scan, out_scan, err = _scan(run, url, "--format", "json", "--sample", sample)
        assert code_check == 1 and code_scan == 1, err
        scanned = json.loads(out_scan)
        got = {f for f in findings_by_column(scanned, RULES) if (f[0], f[1]) not in skip and f[0] not in ("t1", "t2")}
        assert want and got == want, sample
    assert "PASSWORD" not in out_scan and PASSWORD not in out_scan
    assert scanned["summary"]["database"] == url.replace(f":{PASSWORD}", "")


def test_column_comment_annotations_and_views(pg):
    from checker.db.evidence import make_adjust
    from checker.db.scan import scan
    from checker.pipeline import classify

    _, url, _ = pg
    schema, _ = scan(url, sample=0, timeout=10)
    view = schema.table("asiakaspalvelu_asiakas_v")
    assert view is not None and view.kind == "view"
    # the example no longer annotates the recording file (the notice's own words name it); the
    # control column's live COMMENT carries 'privacy: none'
    tiedosto = next(c for c in schema.table("puhelutallenne").columns if c.name == "tiedosto")
    assert tiedosto.comment.startswith("Äänitiedoston polku") and tiedosto.annotation is None
    col8 = next(c for c in schema.table("t1").columns if c.name == "col8")
    assert col8.annotation is not None and col8.annotation.category is None
    families = {c.name: c.type_family for c in schema.table("asiakas").columns}
    assert families["henkilotunnus"] == "text" and families["syntymaaika"] == "date" and families["erityisryhma"] == "boolean"
    results = {(c.column.table, c.column.name): c for c in classify(schema, None, None, adjust=make_adjust({}, None))}
    assert results[("t1", "col8")].reason.startswith("column comment") and results[("t1", "col8")].category is None


def test_sample_finds_personal_data_in_meaningless_columns(pg):
    from checker.db.evidence import make_adjust
    from checker.db.scan import scan
    from checker.pipeline import classify
    from checker.policy import load_policy

    _, url, _ = pg
    schema, evidence = scan(url, sample=20, timeout=10)
    policy = load_policy(str(CONFIG.parent / "../../policies/leppakoski-lampo.yaml"))
    results = {(c.column.table, c.column.name): c for c in classify(schema, policy, None, adjust=make_adjust(evidence, policy))}
    for column, kind in T1_KINDS.items():
        c = results[("t1", column)]
        if column == "col8":  # annotated 'privacy: none' in its comment
            assert c.kind is None
            continue
        assert (c.kind, c.confidence.label, c.source) == (kind, "high", "sample"), (column, c.reason)
    assert evidence[("t1", "col7")].sampled == 20  # NULLs skipped: 24 of 30 rows have a phone
    assert evidence[("asiakas", "henkilotunnus")].best() == "national-id"
    assert scan(url, sample=20, timeout=10)[1] == evidence  # deterministic


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_raw_value_in_any_format(run, pg, tmp_path, fmt):
    _, url, data = pg
    target = tmp_path / f"out.{fmt}"
    code, out, err = _scan(run, url, "--sample", "20", "--format", fmt, "-o", str(target), "--progress")
    assert code == 1, err
    code2, out2, err2 = _scan(run, url, "--sample", "20", "--format", fmt)
    text = "\n".join([out, err, target.read_text(encoding="utf-8"), out2, err2])
    assert not [v for v in data.raw if v in text]
    assert PASSWORD not in text
    if fmt == "json":
        card = [f for f in json.loads(out2)["findings"] if (f["table"], f["column"]) == ("t1", "col5")]
        assert card and "**** **** **** ****" in card[0]["reason"]


def test_libpq_environment(run, pg, monkeypatch):
    from psycopg.conninfo import conninfo_to_dict

    dbname, url, _ = pg
    p = conninfo_to_dict(url)
    for key, var in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"), ("dbname", "PGDATABASE"), ("password", "PGPASSWORD")):
        monkeypatch.setenv(var, p[key])
    code, out, err = _scan(run, None)
    assert code == 1 and f"@{p['host']}:{p['port']}/{dbname}" in out and PASSWORD not in out + err


def test_wrong_password_and_unreachable_server_exit_2(run, pg, monkeypatch):
    dbname, url, _ = pg
    code, out, err = _scan(run, url.replace(PASSWORD, WRONG))
    assert code == 2 and "authentication failed" in err and WRONG not in out + err
    monkeypatch.setenv("PGPASSWORD", WRONG)
    code, out, err = _scan(run, url.replace(f":{PASSWORD}", ""))
    assert code == 2 and "authentication failed" in err and WRONG not in out + err
    code, out, err = _scan(run, f"postgresql://postgres:{WRONG}@127.0.0.1:1/{dbname}", "--timeout", "3")
    assert code == 2 and "cannot be reached" in err and WRONG not in out + err


def test_session_is_read_only_with_timeout(pg):
    from checker.db.connect import QueryFailed, open_session, parse_url
    from checker.errors import UserError

    _, url, _ = pg
    with open_session(parse_url(url.replace(url.split("@")[0].split("//")[1], "postgres")), timeout=0.5) as session:  # even a superuser
        assert session.rows("SHOW transaction_read_only") == [("on",)]
        assert session.rows("SHOW default_transaction_read_only") == [("on",)]
        assert session.rows("SHOW statement_timeout") == [("500ms",)]
        with pytest.raises(UserError, match="SQLSTATE 25006"):
            session.rows("CREATE TABLE evil (x int)")
        session.end()
        assert session.rows("SHOW transaction_read_only") == [("on",)]  # a new transaction is read-only too
        with pytest.raises(UserError, match="SQLSTATE 25006"):
            session.rows("DELETE FROM t1")
        with pytest.raises(QueryFailed, match="statement timeout"):
            session.rows("SELECT pg_sleep(3)")
        assert session.rows("SELECT count(*) FROM t1") == [(30,)]


def test_no_select_privilege_is_skipped(pg):
    import psycopg

    from checker.db.scan import scan

    dbname, url, _ = pg
    reader = url.split("//")[1].split(":")[0]
    with psycopg.connect(_url(dbname), autocommit=True) as conn:
        conn.execute(f"REVOKE SELECT ON asiakas_pankkitili FROM {reader}")
        try:
            schema, evidence = scan(url, sample=5, timeout=10)
        finally:
            conn.execute(f"GRANT SELECT ON asiakas_pankkitili TO {reader}")
    assert schema.table("asiakas_pankkitili") is not None
    assert not [k for k in evidence if k[0] == "asiakas_pankkitili"] and ("t1", "col1") in evidence


def test_lost_connection_is_exit_2(run, pg, monkeypatch):
    import psycopg

    import checker.db.scan as scan_mod

    _, url, _ = pg
    original = scan_mod.sample_evidence

    def kill_then_sample(session, *args):
        with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", (session.conn.info.backend_pid,))
        return original(session, *args)

    monkeypatch.setattr(scan_mod, "sample_evidence", kill_then_sample)
    code, out, err = _scan(run, url, "--sample", "5")
    assert code == 2 and "lost the connection" in err and PASSWORD not in err


def test_ctrl_c_stops_cleanly_and_closes_the_connection(run, pg, monkeypatch):
    import psycopg

    import checker.db.scan as scan_mod

    dbname, url, _ = pg
    calls = []

    def interrupt(*args):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return original(*args)

    original = scan_mod.sample_evidence
    monkeypatch.setattr(scan_mod, "sample_evidence", interrupt)
    code, out, err = _scan(run, url, "--sample", "5")
    assert code == 130 and "interrupted" in err
    with psycopg.connect(ADMIN_URL, autocommit=True) as admin:
        left = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND application_name = 'notice-check scan'", (dbname,)).fetchone()
    assert left == (0,)


def test_jsonb_documents_are_sampled_by_key(pg):
    import psycopg

    from checker.db.scan import scan

    dbname, url, _ = pg
    reader = url.split("//")[1].split(":")[0]
    with psycopg.connect(_url(dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE jdoc (id int PRIMARY KEY, doc jsonb)")
        for i in range(12):
            conn.execute("INSERT INTO jdoc VALUES (%s, %s)", (i, json.dumps({"owner": {"mail": f"o{i}.x@example.fi"}, "n": i})))
        conn.execute(f"GRANT SELECT ON jdoc TO {reader}")
        try:
            schema, evidence = scan(url, sample=10, timeout=10, include=["jdoc"])
        finally:
            conn.execute("DROP TABLE jdoc")
    assert [t.key for t in schema.tables] == ["jdoc"]
    ev = evidence[("jdoc", "doc")]
    assert ev.best() == "email" and ev.count("email") == 10 and dict(ev.keys)["email"] == ("owner.mail",)
    assert "example.fi" not in repr(ev)


def test_keyless_table_is_sampled_from_its_first_pages(pg):
    """A table without a key is read by a bounded TID range scan, deterministically."""
    import psycopg

    from checker.db.catalog import ColumnInfo, TableInfo
    from checker.db.connect import open_session, parse_url
    from checker.db.sample import sample_evidence
    from checker.db.sample import postgres_query

    dbname, url, data = pg
    with psycopg.connect(_url(dbname), autocommit=True) as conn:
        conn.execute("CREATE TABLE heap (note text)")
        conn.execute("INSERT INTO heap SELECT 'x' || g FROM generate_series(1, 5000) g")
        conn.execute("INSERT INTO heap VALUES ('matti.virtanen@example.fi')")
        table = TableInfo("public", "heap", "table", (ColumnInfo("note", "text", "text"),), row_address="ctid")
        query, _ = postgres_query(table, table.columns[0], 5)
        plan = "\n".join(r[0] for r in conn.execute(psycopg.sql.SQL("EXPLAIN ") + query).fetchall())
        assert "Tid Range Scan" in plan, plan
        with open_session(parse_url(_url(dbname)), timeout=10) as session:
            first = sample_evidence(session, table, table.columns[0], 5)
            assert first.sampled == 5 and sample_evidence(session, table, table.columns[0], 5) == first
        conn.execute("DROP TABLE heap")
