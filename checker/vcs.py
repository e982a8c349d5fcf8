"""Which files changed since a git ref (committed, staged, or in the working tree)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .errors import UserError


def _git(args: list[str], cwd: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UserError("--changed-since needs git, which is not installed") from None
    if done.returncode != 0:
        raise UserError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"git {' '.join(args)} failed")
    return done.stdout


def changed_since(ref: str, cwd: str = ".") -> set[str]:
    """Paths (relative to ``cwd``, forward slashes) changed since ``ref``, plus untracked files."""
    try:
        root = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    except UserError:
        raise UserError("--changed-since needs a git repository; this directory is not in one") from None
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except UserError:
        raise UserError(f"--changed-since: unknown git ref '{ref}'") from None
    names = _git(["diff", "--name-only", "-z", ref], root).split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], root).split("\0")
    here = Path(cwd).resolve()
    out = set()
    for name in filter(None, names):
        full = Path(root) / name
        out.add(os.path.relpath(full, here).replace(os.sep, "/"))
    return out

