"""The same `scan` tests on every engine that runs here: SQLite, PostgreSQL, MariaDB, DuckDB.

Each engine gets the bundled example's migrations translated by sqlglot (comments and
indexes dropped, as in tests/test_scan_sqlite.py) and the same generated data. The
expected findings come from `check` over the same translated files, not from the scanner.

PostgreSQL and MariaDB need servers (NOTICE_CHECK_TEST_PG, NOTICE_CHECK_TEST_MARIADB, set by
.ci/postgres.sh and .ci/mariadb.sh). They skip when absent, except under NOTICE_CHECK_CI=1
(.ci/run), where an absent server is a failure (conftest.require).
"""
from __future__ import annotations

import json
import os
import re
import secrets
import sqlite3
from pathlib import Path

import pytest
from scan_data import (CONFIG, FIRST_NAMES, STREETS, SURNAMES, T1_KINDS, T2_KINDS, Synthetic, build_sqlite, findings_by_column,
                       translated_migrations)

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab"]
RULES = ("PN201", "PN202", "PN204")
ENGINES = ["sqlite", "postgresql", "mariadb", "duckdb"]
GLOT = {"sqlite": "sqlite", "postgresql": "postgres", "mariadb": "mysql", "duckdb": "duckdb"}
SERVERS = {"postgresql": "postgres_url", "mariadb": "mariadb_url"}  # conftest fixtures: skip, or fail in CI
PASSWORD = "Corr3ct-H0rse-" + secrets.token_hex(4)


def _statements(files: list[Path]) -> list[str]:
    return [s for f in files for s in f.read_text(encoding="utf-8").split(";\n") if s.strip()]


def _build_sqlite(folder: Path, files: list[Path], data: Synthetic, server: str = ""):
    yield str(build_sqlite(folder / "scan.db", files, data))


def _build_duckdb(folder: Path, files: list[Path], data: Synthetic, server: str = ""):
    import duckdb

    db = folder / "scan.duckdb"
    conn = duckdb.connect(str(db))
    for statement in _statements(files):
        conn.execute(statement)
    data.load(lambda sql, row: conn.execute(sql, list(row)), "?")
    conn.close()
    yield f"duckdb:///{db}"


def _build_postgresql(folder: Path, files: list[Path], data: Synthetic, admin_url: str = ""):
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    p = conninfo_to_dict(admin_url)
    suffix = secrets.token_hex(4)
    dbname, reader = f"nc_eng_{suffix}", f"nc_eng_reader_{suffix}"
    host = f"{p.get('host', '127.0.0.1')}:{p.get('port', '5432')}"
    admin = psycopg.connect(admin_url, autocommit=True)
    admin.execute(f"CREATE DATABASE {dbname}")
    admin.execute(f"CREATE ROLE {reader} LOGIN PASSWORD '{PASSWORD}'")
    try:
        with psycopg.connect(f"postgresql://postgres@{host}/{dbname}", autocommit=True) as conn:
            for statement in _statements(files):
                conn.execute(statement)
            data.load(lambda sql, row: conn.execute(sql, row))
            conn.execute(f"GRANT USAGE ON SCHEMA public TO {reader}")
            conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reader}")
        yield f"postgresql://{reader}:{PASSWORD}@{host}/{dbname}"
    finally:
        admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
        admin.execute(f"DROP ROLE IF EXISTS {reader}")
        admin.close()


def _mariadb_admin(admin_url: str, dbname: str | None = None):
    import pymysql
    from sqlalchemy.engine import make_url

    u = make_url(admin_url)
    return pymysql.connect(host=u.host, port=u.port or 3306, user=u.username, password=u.password or "", database=dbname,
                           autocommit=True, charset="utf8mb4"), u


def _build_mariadb(folder: Path, files: list[Path], data: Synthetic, admin_url: str = ""):
    admin, u = _mariadb_admin(admin_url)
    suffix = secrets.token_hex(4)
    dbname, reader = f"nc_eng_{suffix}", f"nc_rd_{suffix}"
    cur = admin.cursor()
    cur.execute(f"CREATE DATABASE {dbname} CHARACTER SET utf8mb4")
    cur.execute(f"CREATE USER '{reader}'@'127.0.0.1' IDENTIFIED BY '{PASSWORD}'")
    cur.execute(f"GRANT SELECT, SHOW VIEW ON {dbname}.* TO '{reader}'@'127.0.0.1'")
    try:
        conn, _ = _mariadb_admin(admin_url, dbname)
        with conn.cursor() as c:
            for statement in _statements(files):
                c.execute(statement)
            data.load(lambda sql, row: c.execute(sql, row))
        conn.close()
        yield f"mysql://{reader}:{PASSWORD}@{u.host}:{u.port}/{dbname}"
    finally:
        cur.execute(f"DROP DATABASE IF EXISTS {dbname}")
        cur.execute(f"DROP USER IF EXISTS '{reader}'@'127.0.0.1'")
        admin.close()


BUILDERS = {"sqlite": _build_sqlite, "postgresql": _build_postgresql, "mariadb": _build_mariadb, "duckdb": _build_duckdb}


@pytest.fixture(scope="module", params=ENGINES)
def db(request, tmp_path_factory):
    """(engine, scan URL with a password where the engine has users, translated files, data)."""
    engine = request.param
    server = request.getfixturevalue(SERVERS[engine]) if engine in SERVERS else ""
    folder = tmp_path_factory.mktemp(engine)
    files = translated_migrations(folder / "migrations", GLOT[engine])
    data = Synthetic()
    builder = BUILDERS[engine](folder, files, data, server)
    url = next(builder)
    yield engine, url, files, data
    next(builder, None)


def _scan(run, url: str, *args: str):
    return run("scan", "--db", url, "--config", str(CONFIG), "--no-progress", *args)


def test_scan_and_check_agree(run, db):
    engine, url, files, _ = db
    code_check, out_check, _ = run("check", "--config", str(CONFIG), "--dialect", GLOT[engine], "--format", "json", *map(str, files))
    checked = json.loads(out_check)
    want = findings_by_column(checked, RULES)
    for sample in ("0", "20"):
        code_scan, out_scan, err = _scan(run, url, "--format", "json", "--sample", sample)
        assert code_check == 1 and code_scan == 1, err
        scanned = json.loads(out_scan)
        got = {f for f in findings_by_column(scanned, RULES) if f[0] not in ("t1", "t2")}
        assert want and got == want, (engine, sample, got ^ want)
        assert scanned["summary"]["tables"] == checked["summary"]["tables"] + 2  # t1, t2
    assert PASSWORD not in out_scan + err


def test_sample_finds_personal_data_in_meaningless_columns(db):
    from checker.db.evidence import make_adjust
    from checker.db.scan import scan
    from checker.pipeline import classify
    from checker.policy import load_policy

    engine, url, _, _ = db
    schema, evidence = scan(url, sample=20, timeout=10)
    policy = load_policy(str(CONFIG.parent / "../../policies/leppakoski-lampo.yaml"))
    results = {(c.column.table, c.column.name): c for c in classify(schema, policy, None, adjust=make_adjust(evidence, policy))}
    for column, kind in T1_KINDS.items():
        c = results[("t1", column)]
        assert c.kind == kind, (engine, column, c.reason)
        if kind:
            assert (c.confidence.label, c.source) == ("high", "sample") and "sampled 20 values" in c.reason, (engine, column)
    assert evidence[("t1", "col7")].sampled == 20  # NULLs skipped: 24 of 30 rows have a phone
    assert scan(url, sample=20, timeout=10)[1] == evidence  # deterministic


def test_sample_finds_names_dates_addresses_without_false_alarms(db):
    """Hand-labelled t2: person names, birth dates, addresses, ... in meaningless columns; product
    names, invoice dates, product codes, sizes and version strings stay unclassified."""
    from checker.db.evidence import make_adjust
    from checker.db.scan import scan
    from checker.pipeline import classify

    engine, url, _, _ = db
    schema, evidence = scan(url, sample=20, timeout=10)
    results = {c.column.name: c for c in classify(schema, None, None, adjust=make_adjust(evidence, None)) if c.column.table == "t2"}
    got = {name: results[name].kind for name in T2_KINDS}
    assert got == T2_KINDS, engine
    for name, kind in T2_KINDS.items():
        if kind:
            assert results[name].source == "sample" and "sampled 20 values" in results[name].reason, (engine, name)
    assert "under key contact.email" in results["c10"].reason


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_raw_value_in_any_format(run, db, tmp_path, fmt):
    engine, url, _, data = db
    target = tmp_path / f"out.{fmt}"
    code, out, err = _scan(run, url, "--sample", "20", "--format", fmt, "-o", str(target))
    assert code == 1, err
    text = "\n".join([out, err, target.read_text(encoding="utf-8")])
    assert not [v for v in data.raw if v in text], engine
    assert not [w for w in FIRST_NAMES + SURNAMES + STREETS if re.search(rf"\b{w}\b", text)], engine  # not even one word of a name
    assert PASSWORD not in text


def test_session_is_read_only(db):
    from checker.db.connect import open_session, parse_url
    from checker.errors import UserError

    engine, url, _, _ = db
    with open_session(parse_url(url), timeout=5) as session:
        for statement in ("CREATE TABLE evil (x integer)", "DELETE FROM t1", "UPDATE t1 SET col8 = 'x'"):
            with pytest.raises(UserError):
                session.rows(statement)
            session.end()
        assert session.rows("SELECT count(*) FROM t1") == [(30,)]


@pytest.mark.parametrize("db", ["postgresql", "mariadb"], indirect=True)  # the engines with users and passwords
def test_wrong_password_is_exit_2_without_echo(run, db):
    engine, url, _, _ = db
    assert PASSWORD in url
    wrong = "Wr0ng-" + secrets.token_hex(6)
    code, out, err = _scan(run, url.replace(PASSWORD, wrong))
    assert code == 2 and "authentication failed" in err and wrong not in out + err


def test_live_data_map_shows_evidence_in_text_json_and_yaml(run, db, tmp_path):
    """classify --db: each column's evidence (counts per kind, masks) in text, JSON and the YAML draft."""
    engine, url, _, data = db
    outputs = {}
    for fmt in ("text", "json", "yaml"):
        code, out, err = run("classify", "--db", url, "--sample", "20", "--format", fmt, "--all", "--no-progress")
        assert code == 0, err
        outputs[fmt] = out + err
    columns = {(c["table"], c["column"]): c for c in json.loads(outputs["json"])["columns"]}
    c1 = columns[("t2", "c1")]
    assert c1["kind"] == "person-name" and c1["evidence"]["sampled"] == 20 and c1["evidence"]["valid"] == {"person-name": 20}
    assert c1["evidence"]["examples"] == {"person-name": ["*** ***"]}
    assert columns[("t2", "c10")]["evidence"]["keys"] == {"email": ["contact.email"]}
    assert columns[("t2", "c11")]["evidence"] == {"sampled": 20, "valid": {}, "examples": {}}  # product names: nothing
    assert "evidence" not in columns[("t2", "c2")] or columns[("t2", "c2")]["evidence"]["valid"] == {"birth-date": 20}
    assert re.search(r"^t2\.c11 .*\[sampled 20: nothing recognised\]$", outputs["text"], re.M)
    assert '"t2.c2": todo-birth-date' in outputs["yaml"] and "20 valid dates spread like dates of birth" in outputs["yaml"]
    everything = "\n".join(outputs.values())
    assert not [v for v in data.raw if v in everything], engine
    assert not [w for w in FIRST_NAMES + SURNAMES + STREETS if re.search(rf"\b{w}\b", everything)], engine
    assert PASSWORD not in everything
    code, _, err = run("classify", "--db", url, str(tmp_path))
    assert code == 2 and "not both" in err

def test_table_time_limit_skips_and_reports_pn004(run, db, monkeypatch):
    """A slow table is cut at its time limit and reported as a located PN004 warning; the scan goes on.
    The scan's clock is a fake one on which each column takes 0.06 s, so the cut is the same on a busy machine."""
    import types

    import checker.db.scan as scan_mod

    engine, url, _, _ = db
    original = scan_mod.sample_evidence
    clock = [0.0]
    monkeypatch.setattr(scan_mod, "time", types.SimpleNamespace(monotonic=lambda: clock[0]))

    def slow(*args):
        clock[0] += 0.06
        return original(*args)

    monkeypatch.setattr(scan_mod, "sample_evidence", slow)
    code, out, err = _scan(run, url, "--sample", "5", "--include", "t1", "--include", "t2", "--table-timeout", "0.1", "--format", "json")
    report = json.loads(out)
    skipped = [f for f in report["findings"] if f["rule"] == "PN004"]
    assert sorted(f["table"] for f in skipped) == ["t1", "t2"], engine
    assert all(f["severity"] == "warning" and f["line"] == 0 and f["path"] == report["summary"]["database"] for f in skipped)
    assert "7 of 9 columns not sampled" in next(f["message"] for f in skipped if f["table"] == "t1")
    assert report["summary"]["tables"] == 2 and report["summary"]["sampled_columns"] == 4  # include filtered; two columns each
    assert code == (1 if [f for f in report["findings"] if f["severity"] == "error"] else 0)  # PN004 is a warning: it fails nothing


def test_include_exclude_and_incremental_snapshot(db, tmp_path, monkeypatch):
    import checker.db.scan as scan_mod
    from checker.db.scan import scan

    engine, url, _, data = db
    schema, _ = scan(url, exclude=["t*", "asiakas_*"])
    keys = {t.key for t in schema.tables}
    assert "asiakas" in keys and not [k for k in keys if k.startswith("t") or k.startswith("asiakas_")]
    snap = tmp_path / "scan.snapshot.json"
    first = scan(url, sample=20, include=["t1", "t2", "asiakas"], snapshot=str(snap))[1]
    stored = snap.read_text(encoding="utf-8")
    assert not [v for v in data.raw if v in stored]  # counts and masks only
    calls = []
    original = scan_mod.sample_evidence
    monkeypatch.setattr(scan_mod, "sample_evidence", lambda s, t, c, n: calls.append(t.key) or original(s, t, c, n))
    again = scan(url, sample=20, include=["t1", "t2", "asiakas"], snapshot=str(snap))[1]
    assert again == first and calls == []  # nothing changed: nothing sampled
    assert scan(url, sample=10, include=["t1"], snapshot=str(snap))[1] != {} and calls  # another sample size: sampled again


def test_snapshot_resamples_a_changed_table(tmp_path, monkeypatch):
    import checker.db.scan as scan_mod
    from checker.db.scan import scan

    db = tmp_path / "a.db"
    conn = sqlite3.connect(db)
    conn.executescript("CREATE TABLE a (id integer PRIMARY KEY, x text); CREATE TABLE b (id integer PRIMARY KEY, y text);"
                       "INSERT INTO a VALUES (1, 'Matti Virtanen'); INSERT INTO b VALUES (1, 'x');")
    conn.commit()
    snap = tmp_path / "s.json"
    scan(str(db), sample=5, snapshot=str(snap))
    conn.execute("ALTER TABLE b ADD COLUMN z text")
    conn.commit()
    conn.close()
    calls = []
    original = scan_mod.sample_evidence
    monkeypatch.setattr(scan_mod, "sample_evidence", lambda s, t, c, n: calls.append((t.key, c.name)) or original(s, t, c, n))
    scan(str(db), sample=5, snapshot=str(snap))
    assert {k for k, _ in calls} == {"b"}
    snap.write_text("{not json", encoding="utf-8")  # a corrupt snapshot: everything is sampled, no error
    calls.clear()
    scan(str(db), sample=5, snapshot=str(snap))
    assert {k for k, _ in calls} == {"a", "b"}


def test_eta():
    from checker.cli.live import eta

    assert eta(0, 10, 5.0) == "" and eta(10, 10, 5.0) == ""
    assert eta(5, 10, 10.0) == " ~0m10s left" and eta(1, 1000, 5.0) == " ~1h23m left"


def test_concurrent_sampling_gives_the_same_result(db, monkeypatch):
    """--jobs 3: three worker connections, the same evidence and problems as one connection."""
    import checker.db.scan as scan_mod
    from checker.db.scan import scan

    engine, url, _, _ = db
    opened = []
    original = scan_mod.open_session
    monkeypatch.setattr(scan_mod, "open_session", lambda *a, **k: opened.append(1) or original(*a, **k))
    one = scan(url, sample=20, timeout=10)
    assert len(opened) == 1
    three = scan(url, sample=20, timeout=10, jobs=3)
    assert three == one and 2 <= len(opened) <= 1 + 1 + 3, engine  # the catalog connection plus at most three workers


def test_ctrl_c_with_workers_stops_them_and_closes_every_connection(db, monkeypatch):
    import checker.db.scan as scan_mod
    from checker.db.scan import scan

    engine, url, _, _ = db
    sessions = []
    original_open, original_sample = scan_mod.open_session, scan_mod.sample_evidence
    monkeypatch.setattr(scan_mod, "open_session", lambda *a, **k: sessions.append(original_open(*a, **k)) or sessions[-1])
    calls = []

    def interrupt(*args):
        calls.append(1)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return original_sample(*args)

    monkeypatch.setattr(scan_mod, "sample_evidence", interrupt)
    with pytest.raises(KeyboardInterrupt):
        scan(url, sample=5, jobs=3)
    assert len(calls) < 40, engine  # the workers stopped instead of sampling every column
    for session in sessions:  # closed: a query fails
        with pytest.raises(Exception):
            session.rows("SELECT 1")
