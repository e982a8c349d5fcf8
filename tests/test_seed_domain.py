"""The seed's own domain without annotations: an unannotated Finnish utility schema read through
the Leppäkoski notice (tests/fixtures/seed_utility). Expected findings come from the notice
(section 4: direct-marketing bans are an opt-out; section 5: call recordings kept 6 months)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import ROOT

SEED = ROOT / "tests" / "fixtures" / "seed_utility"
POLICY = str(ROOT / "policies" / "leppakoski-lampo.yaml")


@pytest.fixture
def report(run, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, err = run("check", str(SEED), "--policy", POLICY, "--dialect", "postgres", "--format", "json", "--no-cache")
    assert code in (0, 1), err
    return json.loads(out)


def _files(report, rule):
    return {Path(f["path"]).name for f in report["findings"] if f["rule"] == rule}


def test_no_annotations_in_the_fixture():
    assert not any("privacy:" in p.read_text(encoding="utf-8") for p in SEED.rglob("*.sql"))


def test_ban_excluding_marketing_passes_and_the_one_without_fails(report):
    # the ban table is found as the notice's opt-out category by its name alone
    assert _files(report, "PN305") == {"kampanja_ilman_kieltoja.sql"}


def test_a_twelve_month_purge_of_call_recordings_fails_against_six(report):
    assert _files(report, "PN306") == {"tallenteet_poisto_12kk.sql"}
    finding = next(f for f in report["findings"] if f["rule"] == "PN306")
    assert "call-recordings" in finding["message"]


def test_roles_and_keys(run, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, out, err = run("classify", str(SEED), "--policy", POLICY, "--dialect", "postgres", "--format", "json", "--no-cache")
    assert code == 0, err
    got = {(c["table"], c["column"]): c for c in json.loads(out)["columns"]}
    assert got[("kiinteistot", "omistaja")]["kind"] == "person-name"  # the notice's 'omistaja'
    assert got[("puhelutallenteet", "soittajan_numero")]["kind"] == "phone"  # the caller's number
    assert got[("puhelutallenteet", "aanitiedosto")]["category"] == "call-recordings"
    assert got[("mittauslukemat", "mittauslukema")]["category"] == "metering-data"
    # a key repeating the people table's number links the row; it is not data of its own
    assert got[("kiinteistot", "asiakasnumero")]["kind"] is None
    assert "section 5" in got[("puhelutallenteet", "aanitiedosto")]["reason"]


def test_same_result_under_any_hash_seed():
    # the morphology compares sets of stems: its choice must not depend on set order
    import os
    import subprocess
    import sys

    code = ("from checker.classify.morphology import Lexicon\n"
            "from checker.classify.notice import notice_words\n"
            "labels = ['puhelutallenteet', 'yhteystiedot (puhelin, lähiosoite, laskutusosoite)', 'laskutustiedot (osoite, laskutustapa, tiedot maksuista)']\n"
            "lex = Lexicon((w, w) for label in labels for w in notice_words(label))\n"
            "print([lex.find(t) for t in ('puhelutallenne', 'lasku', 'puhelinnumero')])\n")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout)
    assert len(outputs) == 1
    assert "('puhelutallenteet', 'puhelutallenteet')" in outputs.pop()
