"""JSON Schema validation with YAML locations. jsonschema is imported lazily (it is slow to import)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import UserError, ValidationFailed
from .yamlload import LocationMap


def schema_text(name: str) -> str:
    local = Path(__file__).resolve().parent.parent / "schemas" / name
    if local.is_file():  # source checkout or editable install
        return local.read_text(encoding="utf-8")
    from importlib import resources

    return resources.files("checker.schemas").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_schema(name: str) -> dict[str, Any]:
    return json.loads(schema_text(name))


def _describe(error: Any) -> str:
    where = "/".join(str(p) for p in error.absolute_path)
    message = error.message
    if error.validator == "additionalProperties":
        message = message.replace("Additional properties are not allowed", "unknown key")
    if error.validator in ("oneOf", "anyOf") and error.context:
        best = min(error.context, key=lambda e: len(e.message))
        message = best.message
    return f"{message}" + (f" (at {where})" if where else "")


def _error_location(error: Any, locations: LocationMap):
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        patterns = error.schema.get("patternProperties", {})
        import re

        for key in error.instance:
            if key not in allowed and not any(re.search(p, key) for p in patterns):
                return locations.of(path + (key,), key=True)
    return locations.of(path)


def validate(data: Any, schema_name: str, locations: LocationMap) -> None:
    """Raise ``ValidationFailed`` listing every schema violation with its file:line:col."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema(schema_name), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(data), key=lambda e: (tuple(map(str, e.absolute_path)), e.message))
    problems = [UserError(_describe(e), _error_location(e, locations)) for e in errors]
    if problems:
        problems.sort(key=lambda p: (p.location.line, p.location.col) if p.location else (0, 0))
        raise ValidationFailed(problems)


def _marker(cache_dir: str, schema_name: str, text: str) -> str:
    import hashlib
    import os

    from . import __version__

    digest = hashlib.sha256("\0".join((__version__, schema_text(schema_name), text)).encode("utf-8")).hexdigest()
    return os.path.join(cache_dir, "valid", digest)


def validate_once(data: Any, schema_name: str, text: str, cache_dir: str | None, check) -> None:
    """Run ``check(data)`` (a schema validation) unless this exact ``text`` passed it before.

    A marker file in the cache directory records success, so warm runs (a pre-commit hook)
    never import jsonschema, which is slow to import.
    """
    import os

    marker = _marker(cache_dir, schema_name, text) if cache_dir else None
    if marker is not None and os.path.exists(marker):
        return
    check(data)
    if marker is not None:
        try:
            os.makedirs(os.path.dirname(marker), exist_ok=True)
            open(marker, "a").close()
        except OSError:
            pass  # a cache that cannot be written is no cache, not an error
