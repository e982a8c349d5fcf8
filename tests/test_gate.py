"""CI and pre-commit behaviour: suppressions, baselines, changed-only runs."""
from __future__ import annotations

import json
import shutil

import pytest

from gitrepo import commit_all, example_project, git

pytestmark = pytest.mark.usefixtures("git_tool")  # skipped without git, a failure in CI

UNLISTED = "ALTER TABLE asiakas ADD COLUMN vuositulot numeric(12,2);\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    from conftest import ROOT

    repo = example_project(tmp_path / "project", ROOT)
    monkeypatch.chdir(repo)
    return repo


def test_clean_project_passes(run, project):
    code, out, err = run("check")
    assert code == 0, out + err
    assert "no findings" in out


def test_suppression_with_reason_hides_and_is_audited(run, project):
    (project / "db/migrations/V13__tulot.sql").write_text(
        "-- notice-check: ignore PN201 -- aggregated income band, see DPIA 2026-04\n" + UNLISTED, encoding="utf-8"
    )
    code, out, _ = run("check", "--format", "json")
    report = json.loads(out)
    assert code == 0 and report["findings"] == []
    (hidden,) = report["suppressions"]
    assert hidden["rule"] == "PN201" and hidden["column"] == "vuositulot"
    assert hidden["suppression"]["reason"] == "aggregated income band, see DPIA 2026-04"
    code, out, _ = run("check", "--format", "sarif")
    results = json.loads(out)["runs"][0]["results"]
    assert [r["suppressions"][0]["justification"] for r in results if r.get("suppressions")] == ["aggregated income band, see DPIA 2026-04"]


def test_suppression_without_reason_is_not_honoured(run, project):
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED.rstrip() + "  -- notice-check: ignore PN201\n", encoding="utf-8")
    code, out, _ = run("check")
    assert code == 1
    assert "PN201" in out and "PN002" in out and "reason is required" in out


def test_unused_suppression_is_reported(run, project):
    (project / "db/migrations/V13__x.sql").write_text("-- notice-check: ignore PN202 -- nothing here\nCREATE TABLE tuote2 (id int);\n", encoding="utf-8")
    code, out, _ = run("check", "--fail-on", "info")
    assert code == 1 and "V13__x.sql:1:1: PN003" in out


def test_changed_since(run, project):
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED, encoding="utf-8")
    commit_all(project, "add income")
    base = git(project, "rev-parse", "HEAD").stdout.strip()
    # a new unlisted column in a later, uncommitted migration; the old one is not reported
    (project / "db/migrations/V14__kansalaisuus.sql").write_text("ALTER TABLE asiakas ADD COLUMN kansalaisuus varchar(2);\n", encoding="utf-8")
    code, out, _ = run("check", "--changed-since", base)
    assert code == 1
    assert "kansalaisuus" in out and "vuositulot" not in out
    code, out, _ = run("check", "--changed-since", "HEAD~1")
    assert "kansalaisuus" in out and "vuositulot" in out


def test_changed_since_errors(run, project, tmp_path, monkeypatch):
    code, _, err = run("check", "--changed-since", "no-such-ref")
    assert code == 2 and "unknown git ref 'no-such-ref'" in err
    outside = tmp_path / "nogit"
    shutil.copytree(project, outside, ignore=shutil.ignore_patterns(".git"))
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    code, _, err = run("check", "--changed-since", "HEAD", cwd=outside)
    assert code == 2 and "git repository" in err


def test_baseline_hides_known_and_lists_stale(run, project):
    migration = project / "db/migrations/V13__tulot.sql"
    migration.write_text(UNLISTED, encoding="utf-8")
    code, _, err = run("baseline", "-o", "baseline.json")
    assert code == 2  # a baseline needs its reason
    code, _, err = run("baseline", "-o", "baseline.json", "--reason", "accepted at adoption, PRIV-12")
    assert code == 0 and "1 findings recorded" in err
    entry = json.loads((project / "baseline.json").read_text())["entries"][0]
    assert entry["rule"] == "PN201" and entry["reason"] == "accepted at adoption, PRIV-12"
    # lines move: the finding is still known
    migration.write_text("-- tulotieto\n\n" + UNLISTED, encoding="utf-8")
    code, out, _ = run("check", "--baseline", "baseline.json")
    assert code == 0 and "1 hidden by the baseline" in out
    # a new finding is reported; fixing the old one makes its entry stale
    migration.write_text("ALTER TABLE asiakas ADD COLUMN kansalaisuus varchar(2);\n", encoding="utf-8")
    code, out, _ = run("check", "--baseline", "baseline.json")
    assert code == 1 and "kansalaisuus" in out
    assert "baseline entry no longer matches" in out and "vuositulot" in out
    # never overwritten without being asked
    code, _, err = run("baseline", "-o", "baseline.json", "--reason", "again")
    assert code == 2 and "--force" in err


def test_changed_files_mode_reads_context_but_reports_only_given(run, project):
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED, encoding="utf-8")
    (project / "db/migrations/V14__tyhja.sql").write_text("COMMENT ON COLUMN asiakas.vuositulot IS 'tulot';\n", encoding="utf-8")
    code, out, _ = run("check", "--changed-files", "db/migrations/V14__tyhja.sql")
    assert code == 0, out  # the finding sits in V13, which is not among the given files
    code, out, _ = run("check", "--changed-files", "db/migrations/V13__tulot.sql")
    assert code == 1 and "vuositulot" in out


def test_changed_files_inside_the_configured_folder_keep_migration_order(run, project):
    # V13 adds a column, V14 drops it: given in reverse order by pre-commit, still applied in order
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED, encoding="utf-8")
    (project / "db/migrations/V14__pois.sql").write_text("ALTER TABLE asiakas DROP COLUMN vuositulot;\n", encoding="utf-8")
    code, out, _ = run("check", "--changed-files", "db/migrations/V14__pois.sql", "db/migrations/V13__tulot.sql")
    assert code == 0, out


def test_changed_since_from_a_subfolder(run, project, monkeypatch):
    base = git(project, "rev-parse", "HEAD").stdout.strip()
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED, encoding="utf-8")
    monkeypatch.chdir(project / "db")
    code, out, _ = run("check", "--changed-since", base)
    assert code == 1 and "vuositulot" in out
    assert "db/migrations/V13__tulot.sql" in out  # paths relative to the repository root


def test_baseline_written_at_the_root_works_from_a_subfolder_and_with_changed_since(run, project, monkeypatch):
    (project / "db/migrations/V13__tulot.sql").write_text(UNLISTED, encoding="utf-8")
    assert run("baseline", "-o", "baseline.json", "--reason", "adopted")[0] == 0
    commit_all(project, "income, baselined")
    monkeypatch.chdir(project / "db")
    code, out, _ = run("check", "--baseline", "../baseline.json")
    assert code == 0 and "1 hidden by the baseline" in out and "no longer matches" not in out
    (project / "db/migrations/V14__x.sql").write_text("CREATE TABLE tuote9 (id int);\n", encoding="utf-8")
    code, out, _ = run("check", "--baseline", "../baseline.json", "--changed-since", "HEAD")
    assert code == 0 and "no longer matches" not in out


def test_the_same_file_twice_is_read_once(run, project):
    code, out, _ = run("check", "db/migrations", "db/migrations/V1__asiakas.sql")
    assert code == 0 and "12 files" in out
