"""Shared paths and fixtures.

Resources outside the repository (``../shared``: the corpus, the SARIF schema, the seed notice;
PostgreSQL and MariaDB servers; Chromium; git and pre-commit) are asked for with ``require``: a test skips
when one is absent, except under ``NOTICE_CHECK_CI=1`` (set by ``.ci/run``), where an absent
resource is a failure that names it. ``NOTICE_CHECK_SHARED`` points at another shared folder (default ``../shared``).
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NOTICE_CHECK_SHARED") or ROOT.parent / "shared")
CORPUS = SHARED / "corpus"
EXTERNAL = SHARED / "external"
SARIF_SCHEMA = EXTERNAL / "sarif-schema-2.1.0.json"
SEEDS = SHARED / "seeds"
SEED_POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
EXAMPLE = ROOT / "examples" / "leppakoski"
CI_SWITCH = "NOTICE_CHECK_CI"


def in_ci() -> bool:
    return os.environ.get(CI_SWITCH, "") not in ("", "0")


def require(available: object, what: str, how: str) -> None:
    """Skip the test when ``what`` is not available -- or fail it under NOTICE_CHECK_CI=1."""
    if available:
        return
    if in_ci():
        pytest.fail(f"{CI_SWITCH} is set but {what} is missing: {how}", pytrace=False)
    pytest.skip(f"{what} is not available ({how}; {CI_SWITCH}=1 makes this a failure)")


@pytest.fixture
def corpus() -> Path:
    """../shared/corpus (or $NOTICE_CHECK_SHARED/corpus)."""
    require(CORPUS.is_dir(), "the shared corpus", f"no folder {CORPUS}")
    return CORPUS


@pytest.fixture
def sarif_schema() -> Path:
    """The official SARIF 2.1.0 JSON schema in ../shared/external."""
    require(SARIF_SCHEMA.is_file(), "the SARIF 2.1.0 schema", f"no file {SARIF_SCHEMA}")
    return SARIF_SCHEMA


@pytest.fixture(scope="session")
def git_tool() -> str:
    found = shutil.which("git")
    require(found, "git", "not on PATH")
    return found


@pytest.fixture(scope="session")
def pre_commit_tool() -> str:
    """pre-commit, on PATH or beside this interpreter (installed with the test extras)."""
    beside = Path(sys.executable).parent / "pre-commit"
    found = shutil.which("pre-commit") or (str(beside) if beside.exists() else None)
    require(found, "pre-commit", "not on PATH nor beside the interpreter (pip install -e '.[test]')")
    return found


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """A PostgreSQL server to create test databases on (``eval "$(.ci/postgres.sh start)"``)."""
    url = os.environ.get("NOTICE_CHECK_TEST_PG", "")
    require(url, "a PostgreSQL server", "NOTICE_CHECK_TEST_PG is not set (run .ci/postgres.sh start)")
    return url


@pytest.fixture(scope="session")
def mariadb_url() -> str:
    """A MariaDB server to create test databases on (``eval "$(.ci/mariadb.sh start)"``)."""
    url = os.environ.get("NOTICE_CHECK_TEST_MARIADB", "")
    require(url, "a MariaDB server", "NOTICE_CHECK_TEST_MARIADB is not set (run .ci/mariadb.sh start)")
    return url


@pytest.fixture
def run(capsys, monkeypatch):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    from checker.cli import main

    def _run(*args: str, cwd: Path | None = None):
        if cwd is not None:
            monkeypatch.chdir(cwd)
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return _run
