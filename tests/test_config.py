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
