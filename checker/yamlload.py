"""The one YAML loader of the package: safe, located, strict about duplicate keys.

``load_located(text, path)`` returns the plain data (as ``yaml.safe_load`` would,
with two deliberate differences: timestamps stay strings, and only ``true`` /
``false`` are booleans, so that ``country: NO`` stays Norway) and a ``LocationMap``
from JSON paths to file locations.

Hostile documents get a located ``UserError``, never a hang or a crash: only the plain tags
load (no ``!!python/...``), aliases may not contain themselves, nesting is limited to
``MAX_DEPTH`` levels and a document to ``MAX_NODES`` values once aliases are expanded (a
"billion laughs" document of a few lines would otherwise expand to billions of values).
"""
from __future__ import annotations

from typing import Any

import yaml

from .errors import UserError, ValidationFailed
from .model import Location

JsonPath = tuple[Any, ...]

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAX_DEPTH = 200  # policies and data maps nest a handful of levels
MAX_NODES = 500_000  # values after alias expansion; the bundled policy has a few thousand

_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map", "merge")
)


class LocationMap:
    """Where each value (and each mapping key) of a loaded document stands."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.values: dict[JsonPath, Location] = {}
        self.keys: dict[JsonPath, Location] = {}

    def of(self, json_path: JsonPath, *, key: bool = False) -> Location:
        """The location of a path; falls back to the nearest known ancestor."""
        json_path = tuple(json_path)
        if key and json_path in self.keys:
            return self.keys[json_path]
        while json_path:
            if json_path in self.values:
                return self.values[json_path]
            json_path = json_path[:-1]
        return self.values.get((), Location(self.path, 1, 1))


def _loc(path: str, mark: yaml.Mark) -> Location:
    return Location(path, mark.line + 1, mark.column + 1)


class _Builder:
    def __init__(self, path: str) -> None:
        self.map = LocationMap(path)
        self.constructor = yaml.constructor.SafeConstructor()
        self.errors: list[UserError] = []
        self.nodes = 0
        self.open: set[int] = set()  # collection nodes being built (an alias to one of them recurses)

    def build(self, node: yaml.Node, json_path: JsonPath) -> Any:
        where = _loc(self.map.path, node.start_mark)
        self.map.values[json_path] = where
        if node.tag not in _SAFE_TAGS:  # !!python/object and friends: safe loading only
            raise UserError(f"unsupported YAML tag {node.tag}", where)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise UserError(f"the document expands to more than {MAX_NODES:,} values (aliases of aliases?)", where)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if len(json_path) > MAX_DEPTH:
            raise UserError(f"nested more than {MAX_DEPTH} levels deep", where)
        if id(node) in self.open:
            raise UserError("a YAML alias refers to a collection that contains it (recursive alias)", where)
        self.open.add(id(node))
        try:
            return self._collection(node, json_path)
        finally:
            self.open.discard(id(node))

    def _collection(self, node: yaml.Node, json_path: JsonPath) -> Any:
        if isinstance(node, yaml.MappingNode):
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self.errors.append(UserError("YAML merge keys (<<) are not supported", _loc(self.map.path, key_node.start_mark)))
                    continue
                key = self.scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
                if key is None or isinstance(key, (list, dict)):
                    self.errors.append(UserError("mapping keys must be plain scalars", _loc(self.map.path, key_node.start_mark)))
                    continue
                if key in result:
                    first = self.map.keys[json_path + (key,)]
                    self.errors.append(UserError(f"duplicate key '{key}' (first defined at line {first.line})", _loc(self.map.path, key_node.start_mark)))
                    continue
                self.map.keys[json_path + (key,)] = _loc(self.map.path, key_node.start_mark)
                result[key] = self.build(value_node, json_path + (key,))
            return result
        return [self.build(item, json_path + (i,)) for i, item in enumerate(node.value)]

    def scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag not in _SAFE_TAGS:
            raise UserError(f"unsupported YAML tag {node.tag}", _loc(self.map.path, node.start_mark))
        if node.tag == _TIMESTAMP:
            return node.value
        if node.tag == _BOOL and node.value.lower() not in ("true", "false"):
            return node.value
        return self.constructor.construct_object(node, deep=True)


def load_located(text: str, path: str) -> tuple[Any, LocationMap]:
    """Parse one YAML document; raise ``UserError`` / ``ValidationFailed`` with locations."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = _loc(path, mark) if mark else Location(path)
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise UserError(f"YAML syntax error: {message}", where) from None
    except yaml.YAMLError as exc:
        raise UserError(f"YAML error: {exc}", Location(path)) from None
    except RecursionError:  # the pure-Python composer, when libyaml is absent
        raise UserError(f"YAML nested more than {MAX_DEPTH} levels deep", Location(path)) from None
    builder = _Builder(path)
    if node is None:
        return None, builder.map
    data = builder.build(node, ())
    if builder.errors:
        raise ValidationFailed(builder.errors)
    return data, builder.map


def read_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise UserError("file not found", Location(path)) from None
    except IsADirectoryError:
        raise UserError("is a directory, expected a YAML file", Location(path)) from None
    except UnicodeDecodeError as exc:
        raise UserError(f"not UTF-8 text (byte {exc.start})", Location(path)) from None
    except OSError as exc:
        raise UserError(f"cannot read: {exc.strerror}", Location(path)) from None


def load_package_yaml(relative: str) -> Any:
    """Load YAML shipped inside the package (trusted, but still safe-loaded)."""
    from importlib import resources

    text = resources.files("checker").joinpath(relative).read_text(encoding="utf-8")
    data, _ = load_located(text, f"<checker>/{relative}")
    return data
