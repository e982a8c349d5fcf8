"""Configuration: [tool.notice-check] in pyproject.toml or notice-check.toml, found by walking up."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import UserError, ValidationFailed
from .model import Location, Severity

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

FILES = ("notice-check.toml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    path: str | None = None  # the file it came from
    root: str = "."  # relative paths are relative to this
    policy: str | None = None
    datamap: str | None = None
    db: str | None = None  # for `scan`
    dialect: str = "postgres"
    paths: tuple[tuple[str, str | None], ...] = ()  # (path, dialect or None)
    formats: tuple[tuple[str, str], ...] = ()  # (path, format) where set: liquibase, rails, ...
    fail_on: str = "error"
    disable: frozenset[str] = frozenset()
    severity: dict[str, Severity] = field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    lang: str | None = None  # language of messages and reports (None: the policy's language)


def find_config(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        for name in FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and "[tool.notice-check]" not in candidate.read_text(encoding="utf-8", errors="replace"):
                    continue
                return candidate
    return None


def _line_of(text: str, key: str, section: str | None) -> int:
    lines = text.splitlines()
    start = 0
    if section:
        for i, line in enumerate(lines):
            if line.strip() == f"[{section}]":
                start = i + 1
                break
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
    for i in range(start, len(lines)):
        if pattern.match(lines[i]):
            return i + 1
    return start or 1


def load_config(path: Path, cache_dir: str | None = None) -> Config:
    from .yamlload import read_text

    shown = str(path)
    text = read_text(shown)  # located errors for unreadable or non-UTF-8 files
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+), column (\d+)", str(exc))
        loc = Location(shown, int(match.group(1)), int(match.group(2))) if match else Location(shown)
        raise UserError(f"TOML syntax error: {exc}", loc) from None
    section = None
    if path.name == "pyproject.toml":
        section = "tool.notice-check"
        data = document.get("tool", {}).get("notice-check", {})
    else:
        data = document
    from .validation import validate_once

    validate_once(data, "config.schema.json", f"{section}\0{text}", cache_dir, lambda d: _validate(d, text, shown, section))
    root = path.parent

    def resolve(relative: str) -> str:
        full = os.path.normpath(root / relative)
        try:  # shown relative to the working directory when below it
            return os.path.relpath(full) if not os.path.relpath(full).startswith("..") else full
        except ValueError:  # another drive (Windows)
            return full
    paths: list[tuple[str, str | None]] = []
    formats: list[tuple[str, str]] = []
    for item in data.get("paths", []):
        if isinstance(item, str):
            paths.append((resolve(item), None))
        else:
            paths.append((resolve(item["path"]), item.get("dialect")))
            if "format" in item:
                formats.append((resolve(item["path"]), item["format"]))
    return Config(
        path=shown,
        root=str(root),
        policy=resolve(data["policy"]) if "policy" in data else None,
        datamap=resolve(data["datamap"]) if "datamap" in data else None,
        db=_db(data["db"], resolve, shown, text, section) if "db" in data else None,
        dialect=data.get("dialect", "postgres"),
        paths=tuple(paths),
        formats=tuple(formats),
        fail_on=data.get("fail_on", "error"),
        disable=frozenset(data.get("disable", ())),
        severity={k: Severity.parse(v) for k, v in data.get("severity", {}).items()},
        exclude=tuple(data.get("exclude", ())),
        lang=data.get("lang"),
    )


def _db(value: str, resolve, shown: str, text: str, section: str | None) -> str:
    """A URL stays as written (a password in it is refused); a plain path is relative to the file."""
    if "://" in value:
        from urllib.parse import urlsplit

        if urlsplit(value).password:
            raise UserError("'db' must not contain a password: use PGPASSWORD or ~/.pgpass (PostgreSQL), NOTICE_CHECK_DB_PASSWORD (other engines)", Location(shown, _line_of(text, "db", section), 1))
        if value.startswith("sqlite:///") and not value.startswith("sqlite:////"):
            return "sqlite:///" + resolve(value[len("sqlite:///"):])
        return value
    return resolve(value)


def _validate(data: dict[str, Any], text: str, shown: str, section: str | None) -> None:
    from jsonschema import Draft202012Validator

    from .validation import load_schema

    problems = []
    for error in Draft202012Validator(load_schema("config.schema.json")).iter_errors(data):
        path = [str(p) for p in error.absolute_path]
        if error.validator == "additionalProperties":
            unknown = [k for k in error.instance if k not in error.schema.get("properties", {})]
            for key in unknown:
                problems.append(UserError(f"unknown configuration key '{key}'", Location(shown, _line_of(text, key, section), 1)))
            continue
        key = path[0] if path else ""
        line = _line_of(text, key, section) if key else 1
        problems.append(UserError(f"{error.message}" + (f" (at {'.'.join(path)})" if path else ""), Location(shown, line, 1)))
    if problems:
        raise ValidationFailed(problems)
