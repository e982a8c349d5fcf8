"""`scan` on SQLite: same findings as `check`, evidence from values, nothing leaked, read-only."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from scan_data import CONFIG, T1_KINDS, Synthetic, build_sqlite, findings_by_column, inline_annotated, sqlite_migrations

from checker.db import mask, validators
from checker.db.connect import QueryFailed, open_session, parse_url
from checker.db.evidence import Evidence, apply, collect
from checker.errors import UserError
from checker.model import Classification, Column, Confidence

FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab"]
RULES = ("PN201", "PN202", "PN204")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(database file, translated migration files, synthetic data)."""
    folder = tmp_path_factory.mktemp("sqlite")
    files = sqlite_migrations(folder / "migrations")
    data = Synthetic()
    return build_sqlite(folder / "leppakoski.db", files, data), files, data


def _scan(run, db: Path, *args: str):
    return run("scan", "--db", str(db), "--config", str(CONFIG), "--no-progress", *args)


# ------------------------------------------------------------------ validators and masks


def test_hetu_century_signs_of_2023_and_fallback():
    from scan_data import NEW_SIGNS, OLD_SIGNS, hetu
    import random

    rng = random.Random(7)
    for sign in OLD_SIGNS + NEW_SIGNS:
        value = hetu(rng, sign)
        assert validators.is_hetu(value), sign
        assert validators._hetu_fallback(value), sign
        broken = value[:-1] + ("0" if value[-1] != "0" else "1")
        assert not validators.is_hetu(broken) and not validators._hetu_fallback(broken)
    assert validators.detect("131052-308T") == "national-id"
    assert validators.detect("310252-308Y") is None  # no 31 February


@pytest.mark.parametrize(
    "value, kind",
    [
        ("2077474-0", "business-id"),
        ("FI21 1234 5600 0007 85", "bank-account"),
        ("4111 1111 1111 1111", "payment-card"),
        ("4111111111111112", None),
        ("matti.meikalainen@example.fi", "email"),
        ("+358 40 123 4567", "phone"),
        ("040-1234567", "phone"),
        ("00100", None),  # a postal code is not a phone number
        ("42", None),
        ("", None),
    ],
)
def test_validators(value, kind):
    assert validators.detect(value) == kind


@pytest.mark.parametrize(
    "value, kind, masked",
    [
        ("131052-308T", "national-id", "******-****"),
        ("010594Y9032", "national-id", "******Y****"),
        ("2077474-0", "business-id", "*******-*"),
        ("FI2112345600000785", "bank-account", "FI** **** **** **** **"),
        ("4111 1111 1111 1111", "payment-card", "**** **** **** ****"),
        ("matti.meikalainen@example.fi", "email", "***@***.fi"),
        ("+358 40 123 4567", "phone", "+*** ** *** ****"),
    ],
)
def test_masks_show_only_the_shape(value, kind, masked):
    assert mask.mask(value, kind) == masked


def _classification(kind, confidence, source="vocabulary", name="x"):
    return Classification(Column("t", name), kind, None, confidence, "name says so", source)


def test_evidence_raises_lowers_and_keeps_declarations():
    hetus = collect(["131052-308T"] * 19 + ["nonsense"])
    assert hetus.best() == "national-id" and hetus.sampled == 20
    raised = apply(_classification(None, None, "none"), hetus, lambda k, c: "identity-code")
    assert (raised.kind, raised.confidence, raised.category, raised.source) == ("national-id", Confidence.HIGH, "identity-code", "sample")
    assert "sampled 20 values: 19 valid Finnish personal identity codes (e.g. ******-****)" in raised.reason
    assert "131052" not in raised.reason and "131052" not in repr(raised.evidence)

    half = collect(["a@b.fi"] * 4 + ["x"] * 6)
    medium = apply(_classification("person-name", Confidence.LOW), half, lambda k, c: None)
    assert (medium.kind, medium.confidence) == ("email", Confidence.MEDIUM)

    words = collect(["lorem ipsum"] * 12)
    lowered = apply(_classification("email", Confidence.HIGH), words, lambda k, c: None)
    assert (lowered.kind, lowered.confidence) == ("email", Confidence.MEDIUM)
    assert apply(_classification("email", Confidence.HIGH), collect(["x"] * 9), lambda k, c: None).confidence == Confidence.HIGH

    declared = apply(_classification(None, None, "annotation"), hetus, lambda k, c: "identity-code")
    assert declared.kind is None and "sampled 20 values" in declared.reason
    assert apply(_classification("email", Confidence.HIGH), None, lambda k, c: None).evidence == ()
    assert isinstance(hash(raised), int)  # evidence stays hashable


# ------------------------------------------------------------------ URLs


def test_parse_url_forms_and_display_without_password(monkeypatch, tmp_path):
    assert parse_url("sqlite:///rel/app.db").path == "rel/app.db"
    assert parse_url("sqlite:////abs/app.db").path == "/abs/app.db"
    assert parse_url("data/app.sqlite").engine == "sqlite"
    pg = parse_url("postgresql://reader:S3cr%40t-pw@db.example:5433/crm?sslmode=require")
    assert pg.display_url() == "postgresql://reader@db.example:5433/crm"
    assert "S3cr" not in pg.display_url() and pg.scrub("x S3cr@t-pw y") == "x *** y"
    assert parse_url("postgres://u@h/d").engine == "postgresql"
    monkeypatch.setenv("PGHOST", "envhost")
    monkeypatch.setenv("PGUSER", "envuser")
    monkeypatch.setenv("PGDATABASE", "envdb")
    monkeypatch.setenv("PGPASSWORD", "Env-Pw-123")
    env = parse_url(None)
    assert env.display_url() == "postgresql://envuser@envhost/envdb" and env.scrub("Env-Pw-123") == "***"
    with pytest.raises(UserError, match="unsupported database URL scheme"):
        parse_url("foodb://u:pw@h/d")
    with pytest.raises(UserError):
        parse_url(str(tmp_path / "no-such-thing"))


# ------------------------------------------------------------------ scan


def test_scan_and_check_agree(run, built, tmp_path):
    db, files, _ = built
    code_check, out_check, _ = run("check", "--config", str(CONFIG), "--dialect", "sqlite", "--format", "json", *map(str, files))
    code_scan, out_scan, err = _scan(run, db, "--format", "json")
    assert code_check == 1 and code_scan == 1, err
    checked, scanned = json.loads(out_check), json.loads(out_scan)
    # sqlglot dropped the comments, so neither side has annotations (tests/test_scan_postgres.py keeps them)
    assert not inline_annotated(files, "sqlite")
    want = findings_by_column(checked, RULES)
    got = {f for f in findings_by_column(scanned, RULES) if f[0] not in ("t1", "t2")}
    assert want and got == want
    assert all(f["path"] == str(db) and f["line"] == 0 for f in scanned["findings"] if f["table"])
    assert scanned["summary"]["database"] == str(db) and scanned["summary"]["tables"] == checked["summary"]["tables"] + 2
    import jsonschema

    from scan_data import ROOT

    jsonschema.validate(scanned, json.loads((ROOT / "schemas" / "check-result.schema.json").read_text(encoding="utf-8")))


def test_sample_finds_personal_data_in_meaningless_columns(built):
    from checker.db.evidence import make_adjust
    from checker.db.scan import scan
    from checker.pipeline import classify
    from checker.policy import load_policy

    db, _, _ = built
    schema, evidence = scan(str(db), sample=20, timeout=10)
    assert evidence[("t1", "col1")].sampled == 20
    policy = load_policy(str(CONFIG.parent / "../../policies/leppakoski-lampo.yaml"))
    results = {(c.column.table, c.column.name): c for c in classify(schema, policy, None, adjust=make_adjust(evidence, policy))}
    for column, kind in T1_KINDS.items():
        c = results[("t1", column)]
        assert c.kind == kind, (column, c.reason)
        if kind:
            assert c.confidence == Confidence.HIGH and c.source == "sample" and "sampled 20 values" in c.reason
    assert results[("t1", "col1")].category == "identity-code"  # the notice covers it
    assert results[("asiakas", "henkilotunnus")].kind == "national-id"
    # deterministic: the same state gives the same evidence
    assert scan(str(db), sample=20, timeout=10)[1] == evidence


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_raw_value_in_any_format(run, built, tmp_path, fmt, capsys):
    db, _, data = built
    target = tmp_path / f"out.{fmt}"
    code, out, err = _scan(run, db, "--sample", "20", "--format", fmt, "-o", str(target), "--progress")
    assert code == 1, err
    code2, out2, err2 = _scan(run, db, "--sample", "20", "--format", fmt)
    text = "\n".join([out, err, target.read_text(encoding="utf-8"), out2, err2])
    leaked = [v for v in data.raw if v in text]
    assert not leaked
    assert "sampling [" in err  # the progress bar went to stderr
    if fmt == "json":
        report = json.loads(out2)
        card = [f for f in report["findings"] if f["table"] == "t1" and f["column"] == "col5"]
        assert card and card[0]["kind"] == "payment-card" and "**** **** **** ****" in card[0]["reason"]


def test_missing_or_bad_file_is_exit_2(run, tmp_path):
    code, _, err = _scan(run, tmp_path / "missing.db")
    assert code == 2 and "not found" in err
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all " * 100)
    code, _, err = _scan(run, bad)
    assert code == 2 and "not a SQLite database" in err


def test_read_only_and_timeout(built):
    db, _, _ = built
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with open_session(parse_url(str(db)), timeout=0.3) as session:
        with pytest.raises(UserError):
            session.rows("CREATE TABLE evil (x)")
        with pytest.raises(UserError):
            session.rows("DELETE FROM t1")
        with pytest.raises(QueryFailed, match="statement timeout"):
            session.rows("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r")
        assert session.rows("SELECT count(*) FROM t1") == [(30,)]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_ctrl_c_closes_the_database(built, monkeypatch):
    import checker.db.scan as scan_mod

    db, _, _ = built
    sessions = []
    original = scan_mod.open_session

    def tracking(*args, **kwargs):
        sessions.append(original(*args, **kwargs))
        return sessions[-1]

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(scan_mod, "open_session", tracking)
    monkeypatch.setattr(scan_mod, "sample_evidence", interrupt)
    with pytest.raises(KeyboardInterrupt):
        scan_mod.scan(str(db), sample=5)
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        sessions[0].conn.execute("SELECT 1")


def test_evidence_type():
    ev = Evidence(3, (("email", 2),), (("email", ("***@***.fi",)),))
    assert ev.share("email") == pytest.approx(2 / 3) and ev.count("phone") == 0
