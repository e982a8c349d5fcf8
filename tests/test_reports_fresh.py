"""The committed report of the bundled example (reports/leppakoski/) is what scripts/make-reports makes now."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

COMMITTED = ROOT / "reports" / "leppakoski"


def test_committed_reports_are_fresh(tmp_path):
    out = tmp_path / "leppakoski"
    env = dict(os.environ, PYTHON=sys.executable)
    done = subprocess.run(["sh", str(ROOT / "scripts" / "make-reports"), str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    made = sorted(p.name for p in out.iterdir())
    assert made == ["report.en.html", "report.en.md", "report.fi.html", "report.fi.md", "ropa.csv", "ropa.jsonld"]
    assert sorted(p.name for p in COMMITTED.iterdir()) == made, "reports/leppakoski/ holds other files than scripts/make-reports makes"
    stale = [name for name in made if (COMMITTED / name).read_bytes() != (out / name).read_bytes()]
    assert not stale, f"reports/leppakoski/ is stale ({', '.join(stale)}): run scripts/make-reports and commit the result"
