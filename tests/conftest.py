from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXTERNAL = ROOT.parent / "shared" / "external"
SEED_POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
EXAMPLE = ROOT / "examples" / "leppakoski"


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
