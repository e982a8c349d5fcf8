"""Writing outputs: atomically, so that a reader never sees a half-written file."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UserError
from .model import Location


def write_atomic(path: str | os.PathLike, text: str) -> None:
    target = Path(path)
    if target.is_dir():
        raise UserError("is a directory; give a file name", Location(str(target)))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError("the folder does not exist", Location(str(folder)))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # errors="replace": a lone surrogate (not encodable) becomes "?" instead of failing the write
        with os.fdopen(fd, "w", encoding="utf-8", errors="replace", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:  # Ctrl-C or a bug: never leave the temporary file behind
        if os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise UserError(f"cannot write: {exc.strerror}", Location(str(target))) from None
        raise
