"""Django, Alembic and dbt inputs through the command line: detected by folder, read into the
same schema, classified and checked like SQL.

These need the format registry and its dispatch in ``read_schema`` (``checker.sql.formats.
detect_format``, branch ``layouts``); until that is merged they skip, saying so."""
from __future__ import annotations

import json

import pytest

import checker.sql.formats
from conftest import SEED_POLICY
from test_format_alembic import USERS
from test_format_dbt import DATAMAP, FLOWS, SHOP, project
from test_format_django import MESSAGE, USERPRESENCE

pytestmark = pytest.mark.skipif(
    not hasattr(checker.sql.formats, "detect_format"), reason="the format registry (branch layouts) is not merged yet"
)


def columns_of(out: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for c in json.loads(out)["columns"]:
        found.setdefault(c["table"], set()).add(c["column"])
    return found


@pytest.mark.parametrize("folder, table, expected", [
    ("django-zulip/zerver/migrations", "zerver_message", set(MESSAGE)),
    ("django-zulip/zerver/migrations", "zerver_userpresence", set(USERPRESENCE)),
    ("alembic-ctfd/migrations", "users", set(USERS)),
    ("dbt-jaffle", "stg_customers", {"customer_id", "first_name", "last_name"}),
])
def test_classify_reads_each_format_from_its_folder(run, tmp_path, corpus, folder, table, expected):
    code, out, err = run("classify", str(corpus / folder), "--format", "json", "--no-cache", "--policy", str(SEED_POLICY), cwd=tmp_path)
    assert code == 0, err
    assert columns_of(out)[table] == expected


def test_check_reports_dbt_flows(run, tmp_path):
    project(tmp_path / "shop", {**SHOP, **FLOWS})
    (tmp_path / "datamap.yaml").write_text(DATAMAP, encoding="utf-8")
    code, out, err = run("check", "shop", "--policy", str(SEED_POLICY), "--datamap", "datamap.yaml", "--no-cache", "--format", "json", cwd=tmp_path)
    assert code == 1, err
    found = sorted((f["rule"], f["path"], f["line"]) for f in json.loads(out)["findings"] if f["rule"] in ("PN302", "PN305"))
    assert found == [("PN302", "shop/models/exports/exposures.yml", 7), ("PN305", "shop/models/marketing/spring_campaign.sql", 1)]
