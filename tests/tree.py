"""Writing a small file tree for a test: ``write_tree(root, {"a/b.sql": "..."})``."""
from __future__ import annotations

from pathlib import Path


def write_tree(root: Path, files: dict[str, str]) -> Path:
    """Write each text under ``root`` (folders made as needed); returns ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
