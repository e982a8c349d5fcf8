"""Throwaway git repositories for tests that need git (changed-since, pre-commit)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1", "HOME": "",
}


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ, **ENV)
    env["HOME"] = str(repo.parent)
    return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=check)


def init(repo: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "commit.gpgsign", "false")
    return repo


def commit_all(repo: Path, message: str) -> str:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").stdout.strip()


def example_project(repo: Path, root: Path) -> Path:
    """A project holding the bundled example (policy, config, migrations), committed."""
    init(repo)
    shutil.copytree(root / "examples" / "leppakoski" / "migrations", repo / "db" / "migrations")
    (repo / "policy").mkdir()
    shutil.copy(root / "policies" / "leppakoski-lampo.yaml", repo / "policy" / "notice.yaml")
    shutil.copy(root / "examples" / "leppakoski" / "datamap.yaml", repo / "policy" / "datamap.yaml")
    # the planted V12 is left out: the project starts clean
    (repo / "db" / "migrations" / "V12__asiakasprofiili.sql").unlink()
    (repo / "notice-check.toml").write_text(
        'policy = "policy/notice.yaml"\ndatamap = "policy/datamap.yaml"\npaths = ["db/migrations"]\n'
        'disable = ["PN205", "PN307"]\nlang = "en"\n', encoding="utf-8"
    )
    commit_all(repo, "initial")
    return repo
