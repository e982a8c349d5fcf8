from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import find_config, load_config
from checker.errors import ValidationFailed
from checker.model import Severity


def test_pyproject_section_and_relative_paths(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.notice-check]\npolicy = "p.yaml"\npaths = ["db", {path = "legacy", dialect = "mysql"}]\n'
        'fail_on = "warning"\ndisable = ["PN205"]\nseverity = {PN203 = "info"}\n',
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    found = find_config(tmp_path / "sub")
    assert found == tmp_path / "pyproject.toml"
    cfg = load_config(found)
    assert Path(cfg.policy).resolve() == (tmp_path / "p.yaml").resolve()
    assert [(Path(p).resolve(), d) for p, d in cfg.paths] == [((tmp_path / "db").resolve(), None), ((tmp_path / "legacy").resolve(), "mysql")]
    assert cfg.fail_on == "warning" and cfg.disable == {"PN205"} and cfg.severity == {"PN203": Severity.INFO}


def test_pyproject_without_section_is_skipped(tmp_path: Path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(tmp_path) is None or find_config(tmp_path) != tmp_path / "pyproject.toml"


def test_unknown_key_is_located(tmp_path: Path):
    path = tmp_path / "notice-check.toml"
    path.write_text('policy = "p.yaml"\n\npolicies = "oops"\n', encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        load_config(path)
    assert str(info.value) == f"{path}:3:1: unknown configuration key 'policies'"


def test_bad_value_and_bad_toml(tmp_path: Path):
    path = tmp_path / "notice-check.toml"
    path.write_text('fail_on = "sometimes"\n', encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        load_config(path)
    assert f"{path}:1:1:" in str(info.value) and "sometimes" in str(info.value)
    path.write_text('fail_on = \n', encoding="utf-8")
    with pytest.raises(Exception) as info:
        load_config(path)
    assert "TOML syntax error" in str(info.value) and f"{path}:1:" in str(info.value)


def test_per_path_dialect_and_exclude_through_the_cli(run, tmp_path):
    from conftest import SEED_POLICY

    (tmp_path / "pg").mkdir()
    (tmp_path / "my").mkdir()
    (tmp_path / "pg" / "V1__a.sql").write_text("CREATE TABLE asiakas (id bigint, vuositulot numeric);\n", encoding="utf-8")
    (tmp_path / "pg" / "V2__scratch.sql").write_text("CREATE TABLE kokeilu (id bigint, kansalaisuus text);\n", encoding="utf-8")
    # backticks only parse as identifiers in MySQL
    (tmp_path / "my" / "schema.sql").write_text("CREATE TABLE `kayttaja` (`id` int, `uskonto` varchar(20));\n", encoding="utf-8")
    (tmp_path / "notice-check.toml").write_text(
        f'policy = "{SEED_POLICY}"\npaths = ["pg", {{path = "my", dialect = "mysql"}}]\nexclude = ["*scratch*"]\n', encoding="utf-8"
    )
    code, out, err = run("check", "--no-cache", cwd=tmp_path)
    assert code == 1, err
    assert "asiakas.vuositulot" in out and "kayttaja.uskonto" in out and "PN202" in out
    assert "kokeilu" not in out and "PN001" not in out


def test_db_key_for_scan(tmp_path: Path):
    path = tmp_path / "notice-check.toml"
    path.write_text('db = "data/app.db"\n', encoding="utf-8")
    assert Path(load_config(path).db).resolve() == (tmp_path / "data" / "app.db").resolve()
    path.write_text('db = "postgresql://reader@db.example/crm"\n', encoding="utf-8")
    assert load_config(path).db == "postgresql://reader@db.example/crm"
    path.write_text('\n\ndb = "postgresql://reader:s3cret@db.example/crm"\n', encoding="utf-8")
    with pytest.raises(Exception) as info:
        load_config(path)
    assert f"{path}:3:1:" in str(info.value) and "password" in str(info.value) and "s3cret" not in str(info.value)


def test_scan_uses_the_configured_db(run, tmp_path):
    import sqlite3

    from conftest import SEED_POLICY

    con = sqlite3.connect(tmp_path / "app.db")
    con.execute("CREATE TABLE asiakas (id integer primary key, vuositulot numeric)")
    con.commit()
    con.close()
    (tmp_path / "notice-check.toml").write_text(f'policy = "{SEED_POLICY}"\ndb = "app.db"\n', encoding="utf-8")
    code, out, err = run("scan", "--no-progress", cwd=tmp_path)
    assert code == 1 and "asiakas.vuositulot" in out, err


def test_warm_runs_do_not_import_jsonschema(tmp_path):
    """Config, policy and data map validated once are not validated again (pre-commit speed)."""
    import subprocess
    import sys

    from conftest import EXAMPLE, ROOT

    env = {"NOTICE_CHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    probe = (
        "import sys; from checker.cli import main; "
        f"main(['check', '--config', {str(EXAMPLE / 'notice-check.toml')!r}, '-o', {str(tmp_path / 'out.txt')!r}]); "
        "print('jsonschema' in sys.modules)"
    )
    runs = [subprocess.run([sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True) for _ in range(2)]
    assert [r.stdout.strip() for r in runs] == ["True", "False"], [r.stderr for r in runs]
