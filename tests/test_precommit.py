"""The pre-commit hook, installed with the pre-commit package from this repository, refuses a
commit that adds an unlisted personal-data column and lets a harmless one through."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from gitrepo import ENV, commit_all, example_project, git, init

pytestmark = pytest.mark.usefixtures("git_tool")  # skipped without git (or pre-commit), a failure in CI


def snapshot_of_this_repository(root: Path, target: Path) -> str:
    """This checkout's current files (tracked and untracked, not ignored) as a fresh repository."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=root, capture_output=True, text=True, check=True).stdout
    init(target)
    for name in filter(None, listed.split("\0")):
        source = root / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return commit_all(target, "snapshot")


def test_hook_refuses_unlisted_column_and_accepts_harmless(tmp_path, pre_commit_tool):
    from conftest import ROOT

    hook_repo = tmp_path / "notice-check"
    rev = snapshot_of_this_repository(ROOT, hook_repo)
    project = example_project(tmp_path / "project", ROOT)
    (project / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: notice-check\n", encoding="utf-8"
    )
    commit_all(project, "pre-commit config")
    pre_commit = pre_commit_tool
    env = {**os.environ, **ENV, "HOME": str(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("VIRTUAL_ENV", None)
    subprocess.run([pre_commit, "install"], cwd=project, env=env, check=True, capture_output=True)

    def commit(name: str, sql: str) -> subprocess.CompletedProcess:
        (project / "db" / "migrations" / name).write_text(sql, encoding="utf-8")
        subprocess.run(["git", "add", "-A"], cwd=project, env=env, check=True)
        return subprocess.run(["git", "commit", "-m", name], cwd=project, env=env, capture_output=True, text=True, timeout=900)

    refused = commit("V13__tulot.sql", "ALTER TABLE asiakas ADD COLUMN vuositulot numeric(12,2);\n")
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "PN201" in output and "vuositulot" in output and "V13__tulot.sql" in output
    assert git(project, "log", "--oneline").stdout.count("\n") == 2  # nothing committed

    (project / "db" / "migrations" / "V13__tulot.sql").unlink()
    accepted = commit("V13__hinnasto.sql", "CREATE TABLE hinnasto2 (id bigserial PRIMARY KEY, hinta numeric(10,2));\n")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "V13__hinnasto.sql" in git(project, "show", "--stat", "HEAD").stdout
