"""Bad input: clear located messages, documented exit codes, never a traceback."""
from __future__ import annotations


from conftest import SEED_POLICY

GOOD = "CREATE TABLE asiakas (id bigint, etunimi text);\n"


def check(run, *args):
    return run("check", "--policy", str(SEED_POLICY), "--no-cache", *args)


def test_missing_path_only_is_exit_2(run, tmp_path):
    code, out, err = check(run, str(tmp_path / "nope.sql"))
    assert code == 2 and "nope.sql" in err and "Traceback" not in err


def test_missing_path_beside_a_good_file_warns_and_continues(run, tmp_path):
    good = tmp_path / "a.sql"
    good.write_text(GOOD, encoding="utf-8")
    code, out, err = check(run, str(good), str(tmp_path / "nope.sql"))
    assert code == 0 and "warning" in err and "nope.sql" in err


def test_binary_and_empty_files(run, tmp_path):
    (tmp_path / "bin.sql").write_bytes(b"\x00\x01\x02CREATE")
    (tmp_path / "empty.sql").write_text("", encoding="utf-8")
    (tmp_path / "good.sql").write_text(GOOD, encoding="utf-8")
    code, out, err = check(run, str(tmp_path / "bin.sql"), str(tmp_path / "empty.sql"), str(tmp_path / "good.sql"))
    assert code == 0 and "bin.sql" in err and "Traceback" not in err
    code, _, err = check(run, str(tmp_path / "bin.sql"))
    assert code == 2 and "bin.sql" in err


def test_non_utf8_is_decoded_with_a_warning(run, tmp_path):
    path = tmp_path / "latin1.sql"
    path.write_bytes("CREATE TABLE asiakas (id int, sähköposti text);\n".encode("latin-1"))
    code, out, err = check(run, str(path), "--format", "json")
    assert code == 0 and "latin1.sql" in err and "warning" in err
    code, out, _ = run("classify", str(path), "--no-cache")
    assert "sähköposti" in out and "email" in out


def test_unknown_dialect_and_bad_flags(run, tmp_path):
    good = tmp_path / "a.sql"
    good.write_text(GOOD, encoding="utf-8")
    code, _, err = check(run, str(good), "--dialect", "klingon")
    assert code == 2 and "klingon" in err
    code, _, err = check(run, str(good), "--format", "pdf")
    assert code == 2


def test_no_policy_no_paths(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "no policy" in err
    code, _, err = run("check", "--policy", str(SEED_POLICY))
    assert code == 2 and "no SQL paths" in err


def test_one_bad_statement_does_not_stop_the_file(run, tmp_path):
    path = tmp_path / "m.sql"
    path.write_text("CREATE TABLE a (id int);\nCREATE TABLE b (x int;\nCREATE TABLE c (id int, vuositulot numeric);\n", encoding="utf-8")
    code, out, _ = check(run, str(path), "--fail-on", "warning")
    assert code == 1
    assert f"{path}:2:" in out and "PN001" in out and "c.vuositulot" in out


def test_fail_on_levels(run, tmp_path):
    path = tmp_path / "m.sql"
    path.write_text("CREATE TABLE kohde (id bigint, huomautus text);\n", encoding="utf-8")  # PN203 warning only
    assert check(run, str(path))[0] == 0
    assert check(run, str(path), "--fail-on", "warning")[0] == 1
    assert check(run, str(path), "--fail-on", "never")[0] == 0


def test_output_is_written_atomically_and_never_half(run, tmp_path):
    path = tmp_path / "m.sql"
    path.write_text(GOOD, encoding="utf-8")
    target = tmp_path / "out.json"
    code, out, _ = check(run, str(path), "--format", "json", "-o", str(target))
    assert code == 0 and out == "" and target.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []
    code, _, err = check(run, str(path), "-o", str(tmp_path / "missing-dir" / "x.txt"))
    assert code == 2 and "does not exist" in err


def test_enormous_line(run, tmp_path):
    path = tmp_path / "big.sql"
    rows = ",".join(f"({i}, 'x{i}')" for i in range(100000))
    path.write_text("CREATE TABLE t (id int, nimi text);\nINSERT INTO t VALUES " + rows + ";\n", encoding="utf-8")
    code, out, err = check(run, str(path))
    assert code in (0, 1) and "Traceback" not in err


def test_classify_yaml_draft_is_a_valid_datamap_that_silences_nothing(run, tmp_path):
    path = tmp_path / "m.sql"
    path.write_text("CREATE TABLE asiakas (id bigint, etunimi text, vuositulot numeric);\n", encoding="utf-8")
    code, out, _ = run("classify", str(path), "--policy", str(SEED_POLICY), "--format", "yaml", "--no-cache")
    assert code == 0 and "asiakas.etunimi\": customer-name" in out and "todo-income" in out
    draft = tmp_path / "datamap.yaml"
    draft.write_text(out, encoding="utf-8")
    code, out, _ = check(run, str(path), "--datamap", str(draft))
    assert code == 1 and "PN204" in out and "todo-income" in out


def test_output_never_overwrites_an_input(run, tmp_path):
    import shutil

    sql = tmp_path / "m.sql"
    sql.write_text(GOOD, encoding="utf-8")
    policy = tmp_path / "p.yaml"
    shutil.copy(SEED_POLICY, policy)
    before = policy.read_bytes(), sql.read_bytes()
    for target in (policy, sql):
        code, _, err = run("check", str(sql), "--policy", str(policy), "--no-cache", "-o", str(target))
        assert code == 2 and "input of this run" in err
    code, _, err = run("policy", "render", str(policy), "-o", str(policy))
    assert code == 2
    draft = tmp_path / "dm.yaml"
    draft.write_text("version: 1\ncolumns: {}\n", encoding="utf-8")
    code, _, err = run("classify", str(sql), "--datamap", str(draft), "--format", "yaml", "-o", str(draft), "--no-cache")
    assert code == 2 and draft.read_text(encoding="utf-8") == "version: 1\ncolumns: {}\n"
    assert (policy.read_bytes(), sql.read_bytes()) == before


def test_scan_output_never_overwrites_the_database(run, tmp_path):
    import sqlite3

    db = tmp_path / "app.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (id integer)")
    con.commit()
    con.close()
    before = db.read_bytes()
    code, _, err = run("scan", "--db", str(db), "--policy", str(SEED_POLICY), "--no-progress", "-o", str(db))
    assert code == 2 and db.read_bytes() == before


def test_unreadable_config_and_baseline_are_located_errors(run, tmp_path):
    sql = tmp_path / "m.sql"
    sql.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "notice-check.toml"
    bad.write_bytes(b'policy = "p\xe4.yaml"\n')
    code, _, err = run("check", str(sql), "--config", str(bad), "--no-cache")
    assert code == 2 and str(bad) in err and "UTF-8" in err
    code, _, err = check(run, str(sql), "--baseline", str(tmp_path))
    assert code == 2 and "directory" in err
    (tmp_path / "b.json").write_bytes(b"\xff\xfe{")
    code, _, err = check(run, str(sql), "--baseline", str(tmp_path / "b.json"))
    assert code == 2 and "b.json" in err


def test_datamap_problems_point_at_the_datamap(run, tmp_path):
    sql = tmp_path / "m.sql"
    sql.write_text("CREATE TABLE asiakas (id bigint, vuositulot numeric);\n", encoding="utf-8")
    dm = tmp_path / "dm.yaml"
    dm.write_text("version: 1\ncolumns:\n  asiakas.vuositulot: tulotiedot\n", encoding="utf-8")
    code, out, _ = check(run, str(sql), "--datamap", str(dm))
    assert code == 1 and f"{dm}:3:3: PN204" in out
    dm.write_text("version: 1\ncolumns:\n  asiakas.vuositulot: tulotiedot\n  asiakas.Vuositulot: none\n", encoding="utf-8")
    code, _, err = check(run, str(sql), "--datamap", str(dm))
    assert code == 2 and f"{dm}:4:3:" in err and "line 3" in err
