"""benchmarks/bench.py --check: the gate exits 1 when one figure misses its stated threshold."""
from __future__ import annotations

import importlib.util

from conftest import ROOT

spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

LIMITS = {"corpus": 1.25, "cache": 0.6, "generated": 1.5}  # as the README and .ci/run state them


def test_thresholds_are_the_stated_ones():
    assert {name: limit for name, _, limit in bench.CHECKS} == LIMITS


def test_each_regression_fails_the_gate(capsys):
    good = {"corpus": 0.9, "cache": 0.45, "generated": 0.8}
    assert bench.check(good) == 0
    for name in LIMITS:
        assert bench.check({**good, name: LIMITS[name] + 0.01}) == 1, name
        assert f"FAIL {name}" in capsys.readouterr().out
    assert bench.check({**good, "corpus": 1.25, "cache": 0.6}) == 0  # at the limit passes
    assert bench.check({**good, "generated": 1.5}) == 1  # "under 1.5 s"


def test_without_the_corpus_it_cannot_check(tmp_path, capsys):
    assert bench.run_check(tmp_path / "absent", None) == 2
    assert "corpus not found" in capsys.readouterr().err
