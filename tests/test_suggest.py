"""`policy suggest`: a unified diff to the policy YAML that, once a person fills in its
placeholders, makes the findings it answers go away; it never invents a legal value."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLE, ROOT, SEED_POLICY

CONFIG = str(EXAMPLE / "notice-check.toml")
PLACEHOLDER = re.compile(r'"TODO\(notice-check\): [^"]*"')

# What a compliance officer might decide for each placeholder (plausible, not the tool's words)
FILL = {
    "legal_basis": "art6-1-b",
    "period": "P6Y",
    "safeguard": "scc-2021-914",
    "type": "third-party",
    "section": '"4"',
    "fi": '"Lisätty tietoryhmä"',
    "en": '"Added category"',
    "label": '{fi: "Lisätty", en: "Added"}',
}


def fill(text: str) -> str:
    """Replace every placeholder by the value the key it stands for would get."""
    def one(line: str) -> str:
        while (m := PLACEHOLDER.search(line)) is not None:
            key = re.findall(r"([\w]+):\s*$", line[: m.start()])
            value = FILL[key[-1]] if key else pytest.fail(f"placeholder without a key: {line}")
            line = line[: m.start()] + value + line[m.end() :]
        return line

    return "\n".join(one(line) for line in text.split("\n"))


def findings(run, *args):
    code, out, err = run("check", "--config", CONFIG, "--format", "json", *args)
    assert code in (0, 1), err
    return json.loads(out)["findings"]


@pytest.fixture
def diff(run):
    code, out, err = run("policy", "suggest", "--config", CONFIG, "--lang", "en")
    assert code == 0, err
    return out


def test_diff_applied_and_filled_clears_the_notice_findings(diff, run, tmp_path):
    before = {f["rule"] for f in findings(run)}
    assert {"PN201", "PN202", "PN301", "PN302"} <= before
    (tmp_path / "policies").mkdir()
    shutil.copy(SEED_POLICY, tmp_path / "policies" / SEED_POLICY.name)
    (tmp_path / "notice.diff").write_text(diff, encoding="utf-8")
    done = subprocess.run(["patch", "-p1", "--no-backup-if-mismatch", "-i", "notice.diff"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    patched = tmp_path / "policies" / SEED_POLICY.name
    proposed = patched.read_text(encoding="utf-8")
    assert PLACEHOLDER.search(proposed)
    code, _, err = run("policy", "validate", str(patched))
    assert code == 2  # unfilled placeholders are not valid values: nothing passes by accident
    patched.write_text(fill(proposed), encoding="utf-8")
    code, _, err = run("policy", "validate", str(patched))
    assert code == 0, err
    after = findings(run, "--policy", str(patched))
    assert not [f for f in after if f["rule"] in ("PN201", "PN202", "PN301", "PN302")], after
    code, out, _ = run("policy", "lint", str(patched), "--format", "json")
    rules = {f["rule"] for f in json.loads(out)["findings"]}
    assert not rules & {"PN111", "PN120", "PN121", "PN122", "PN123"}, rules


def test_every_unknowable_value_is_a_placeholder(diff):
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    values = "\n".join(added)
    for key in ("legal_basis", "period", "safeguard", "type"):
        for m in re.finditer(rf"\b{key}: (.*)", values):
            assert m.group(1).startswith('"TODO(notice-check): '), m.group(0)
    assert not re.search(r"legal_basis: art6", values)
    assert "safeguard: privacy-shield" in diff.replace("-      safeguard", "safeguard")  # the old value is shown as removed
    # what the tool does know comes from the findings and the data map
    assert "kinds: [income]" in values and "kinds: [health-data]" in values
    assert "- id: liidipartneri-oy" in values and "country: FI" in values
    assert "asiakas.vuositulot" in values  # where it was found


def test_finnish_diff_has_finnish_hints(run):
    code, out, _ = run("policy", "suggest", "--config", CONFIG, "--lang", "fi")
    assert code == 0 and "TODO(notice-check): valitse oikeusperuste" in out


def test_only_what_the_findings_call_for(run, tmp_path):
    """A schema without personal data: no categories, recipients or transfers are proposed;
    the notice's own lint findings still are."""
    (tmp_path / "schema.sql").write_text("CREATE TABLE tuote (id integer, hinta numeric);\n", encoding="utf-8")
    code, out, _ = run("policy", "suggest", str(tmp_path / "schema.sql"), "--policy", str(SEED_POLICY), "--lang", "en")
    assert code == 0
    added = "\n".join(line for line in out.splitlines() if line.startswith("+"))
    assert "liidipartneri" not in added and "transfers" not in added
    assert "PN201" not in added and "PN202" not in added and "PN204" not in added
    assert "kinds: [credit-data]" in added and "found by PN123" in added  # the notice's own source (lint)
    assert "legal_basis:" in added  # PN120 of the seed notice


@pytest.mark.parametrize("name", ["good", "flows"])
def test_diff_keeps_other_policies_valid_block_and_flow_style(name, run, tmp_path):
    """Policies written with one-line flow mappings (``- {id: x, ...}``) get their keys
    inside the braces; every proposal applies and, filled in, validates."""
    folder = tmp_path / "tests" / "fixtures" / "policies"
    folder.mkdir(parents=True)
    source = ROOT / "tests" / "fixtures" / "policies" / f"{name}.yaml"
    shutil.copy(source, folder / source.name)
    code, diff, err = run("policy", "suggest", str(EXAMPLE / "migrations"), str(EXAMPLE / "queries"),
                          "--policy", f"tests/fixtures/policies/{name}.yaml", "--datamap", str(EXAMPLE / "datamap.yaml"),
                          "--lang", "en", cwd=ROOT)
    assert code == 0, err
    assert "+++ b/tests/fixtures/policies/" in diff
    (tmp_path / "notice.diff").write_text(diff, encoding="utf-8")
    done = subprocess.run(["patch", "-p1", "--no-backup-if-mismatch", "-i", "notice.diff"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    patched = folder / source.name
    patched.write_text(fill(patched.read_text(encoding="utf-8")), encoding="utf-8")
    code, _, err = run("policy", "validate", str(patched))
    assert code == 0, err
