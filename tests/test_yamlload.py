from __future__ import annotations

import pytest

from checker.errors import UserError, ValidationFailed
from checker.yamlload import load_located


def test_values_and_locations():
    data, where = load_located("a:\n  b: [1, 2]\n  c: text\n", "f.yaml")
    assert data == {"a": {"b": [1, 2], "c": "text"}}
    assert (where.of(("a", "c")).line, where.of(("a", "c")).col) == (3, 6)
    assert where.of(("a", "b", 1)).line == 2
    assert where.of(("a", "c"), key=True).col == 3


def test_duplicate_key_is_located():
    with pytest.raises(ValidationFailed) as info:
        load_located("a: 1\nb: 2\na: 3\n", "f.yaml")
    assert str(info.value) == "f.yaml:3:1: duplicate key 'a' (first defined at line 1)"


def test_syntax_error_is_located():
    with pytest.raises(UserError) as info:
        load_located("a: [1, 2\nb: 3\n", "f.yaml")
    assert str(info.value).startswith("f.yaml:")
    assert "YAML syntax error" in str(info.value)


def test_norway_and_dates_stay_strings():
    data, _ = load_located("country: NO\nanswer: yes\nflag: true\nwhen: 2020-01-01\n", "f.yaml")
    assert data == {"country": "NO", "answer": "yes", "flag": True, "when": "2020-01-01"}


def test_python_tags_are_refused():
    with pytest.raises(UserError) as info:
        load_located("x: !!python/object/apply:os.system ['true']\n", "f.yaml")
    assert "f.yaml:1:4" in str(info.value)
