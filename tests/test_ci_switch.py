"""NOTICE_CHECK_CI=1 turns every "required resource absent" skip into a failure that names it."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

# one test per kind of resource kept in ../shared
NEEDS_SHARED = [
    "tests/test_sql_corpus.py::test_chinook_same_tables_in_all_dialects",
    "tests/test_formats.py::test_sarif_valid_against_official_schema",
    "tests/test_policy_seed.py::test_facts_are_quoted_from_the_seed",
]


def pytest_run(tmp_path, ci: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("NOTICE_CHECK_CI", "NOTICE_CHECK_TEST_PG", "NOTICE_CHECK_TEST_MARIADB")}
    env.update(NOTICE_CHECK_SHARED=str(tmp_path / "no-shared"), NOTICE_CHECK_CI=ci)
    command = [sys.executable, "-m", "pytest", "-q", "-rsf", "-p", "no:cacheprovider", *NEEDS_SHARED, "tests/test_scan_postgres.py",
               "tests/test_scan_engines.py::test_session_is_read_only[mariadb]"]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_absent_shared_folder_and_server_skip_outside_ci(tmp_path):
    r = pytest_run(tmp_path, "")
    assert r.returncode == 0, r.stdout[-3000:]
    assert " failed" not in r.stdout and " passed" not in r.stdout
    assert "the shared corpus is not available" in r.stdout
    assert "a PostgreSQL server is not available" in r.stdout
    assert "a MariaDB server is not available" in r.stdout


def test_absent_shared_folder_and_server_fail_in_ci(tmp_path):
    r = pytest_run(tmp_path, "1")
    assert r.returncode == 1, r.stdout[-3000:]
    assert " skipped" not in r.stdout
    missing = tmp_path / "no-shared"
    for what in (f"the shared corpus is missing: no folder {missing / 'corpus'}",
                 f"the SARIF 2.1.0 schema is missing: no file {missing / 'external' / 'sarif-schema-2.1.0.json'}",
                 f"the seed notice is missing: no file {missing / 'seeds'}",
                 "a PostgreSQL server is missing: NOTICE_CHECK_TEST_PG is not set",
                 "a MariaDB server is missing: NOTICE_CHECK_TEST_MARIADB is not set"):
        assert f"NOTICE_CHECK_CI is set but {what}" in r.stdout, what
