"""dbt projects: seeds, sources, models (own Jinja rendering or dbt's manifest), descriptions and
meta, flows through models to the flow rules, and jaffle_shop compiled and run by real dbt."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from checker.datamap import load_datamap
from checker.pipeline import check
from checker.policy import load_policy
from checker.sql.formats import dbt
from format_support import build, columns

from conftest import CORPUS, SEED_POLICY as POLICY, require

JAFFLE = CORPUS / "dbt-jaffle"


def project(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        f = root / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root / "dbt_project.yml"


def read(project_file: Path, root: Path, dialect: str = "postgres"):
    changes, problems, sources = dbt.read([str(project_file)], lambda p: os.path.relpath(p, root).replace(os.sep, "/"))
    schema, apply_problems = build(changes, root / "scratch", dialect)
    return schema, problems + apply_problems, sources


SHOP = {
    "dbt_project.yml": """
        name: shop
        config-version: 2
        profile: shop
        vars: {country: FI}
        models:
          shop:
            +materialized: view
            marts:
              +materialized: table
        seeds:
          shop:
            customers:
              +column_types: {phone: varchar(20)}
        """,
    "seeds/customers.csv": "id,first_name,email,phone,joined\n1,Aino,a@example.fi,+358401234567,2024-01-02\n",
    "seeds/marketing_bans.csv": "customer_id,banned_at\n1,2024-02-03\n",
    "seeds/seeds.yml": """
        version: 2
        seeds:
          - name: marketing_bans
            columns:
              - name: customer_id
                meta: {privacy: marketing-bans}
        """,
    "models/sources.yml": """
        version: 2
        sources:
          - name: crm
            schema: crm_raw
            tables:
              - name: contacts
                identifier: contact
                columns:
                  - name: contact_email
                    description: Work e-mail of the contact person
                  - name: notes
                    meta: {privacy: none}
        """,
    "macros/upper.sql": "{% macro shout(col) %}upper({{ col }}){% endmacro %}\n",
    "models/staging/stg_customers.sql": """
        {{ config(materialized='view') }}
        {% set cols = ['first_name', 'email', 'phone'] %}
        select id as customer_id,
        {% for c in cols %}    {{ c }},
        {% endfor %}    {{ shout('first_name') }} as loud_name
        from {{ ref('customers') }}
        where '{{ var("country") }}' = 'FI'
        """,
    "models/marts/customer_contacts.sql": """
        select c.customer_id, c.email, k.contact_email
        from {{ ref('stg_customers') }} c
        cross join {{ source('crm', 'contacts') }} k
        """,
    "models/marts/schema.yml": """
        version: 2
        models:
          - name: customer_contacts
            description: Customers with their CRM contact
            columns:
              - name: email
                description: "Customer e-mail. privacy: contact-details"
              - name: customer_id
                meta: {privacy: none}
                data_type: varchar(12)
              - name: fax
                description: A column the model does not produce
        """,
}


def test_seeds_sources_models_and_docs(tmp_path):
    schema, problems, sources = read(project(tmp_path, SHOP), tmp_path)
    assert [(str(p.location), p.message) for p in problems] == [
        ("models/marts/schema.yml:11:15", "column customer_contacts.fax is not defined at this point of the history"),
    ]
    assert columns(schema, "customers") == {"id", "first_name", "email", "phone", "joined"}
    seed = {c.name: c for c in schema.table("customers").columns}
    assert seed["id"].type_family == "number" and seed["joined"].type_family == "date" and seed["email"].type_family == "text"
    assert str(seed["email"].location) == "seeds/customers.csv:1:15"
    assert seed["phone"].sql_type == "varchar(20)" and seed["phone"].type_family == "text"  # column_types, not the digits
    assert columns(schema, "crm_raw.contact") == {"contact_email", "notes"}
    contact = {c.name: c for c in schema.table("crm_raw.contact").columns}
    assert contact["contact_email"].comment == "Work e-mail of the contact person"
    assert contact["notes"].annotation is not None and contact["notes"].annotation.category is None
    assert [c.name for c in schema.table("stg_customers").columns] == ["customer_id", "first_name", "email", "phone", "loud_name"]
    assert schema.table("stg_customers").kind == "view" and schema.table("customer_contacts").kind == "table"
    mart = {c.name: c for c in schema.table("customer_contacts").columns}
    assert mart["email"].comment == "Customer e-mail. privacy: contact-details"
    assert mart["email"].annotation.category == "contact-details"
    assert str(mart["email"].annotation.location) == "models/marts/schema.yml:6:15"
    assert mart["customer_id"].annotation.category is None
    assert mart["customer_id"].sql_type == "varchar(12)" and mart["customer_id"].type_family == "text"  # data_type
    bans = {c.name: c for c in schema.table("marketing_bans").columns}
    assert bans["customer_id"].annotation.category == "marketing-bans"
    lineage = {f.sink.name: sorted(f.sources) for f in schema.flows if f.sink is not None}
    assert lineage == {"stg_customers": ["customers"], "customer_contacts": ["crm_raw.contact", "stg_customers"]}
    mapping = {t.column: sorted(f"{s.table}.{s.column}" for s in srcs) for f in schema.flows if f.sink.name == "customer_contacts" for t, srcs in f.mapping}
    assert mapping["contact_email"] == ["crm_raw.contact.contact_email"]


def test_jinja_errors_are_located_and_other_models_still_read(tmp_path):
    files = dict(SHOP)
    files["models/staging/broken.sql"] = "select 1 as x\n{% if %}\n"
    files["models/staging/orphan.sql"] = "select * from {{ ref('nowhere') }} join {{ source('crm', 'gone') }} using (id)\n"
    schema, problems, _ = read(project(tmp_path, files), tmp_path)
    assert sorted(p.message for p in problems if p.location.path == "models/staging/orphan.sql") == [
        "ref('nowhere') names no model, seed or source of this project: what it reads is unknown",
        "source('crm', 'gone') names no model, seed or source of this project: what it reads is unknown",
    ]
    broken = [p for p in problems if p.location.path == "models/staging/broken.sql"]
    assert len(broken) == 1 and broken[0].location.line == 2 and broken[0].message.startswith("cannot render the model's Jinja: TemplateSyntaxError")
    assert schema.table("broken") is None and schema.table("customer_contacts") is not None


def test_jinja_is_sandboxed(tmp_path):
    files = dict(SHOP)
    files["models/staging/evil.sql"] = "select '{{ ''.__class__.__mro__[1].__subclasses__() }}' as x\n"
    _, problems, _ = read(project(tmp_path, files), tmp_path)
    assert any(p.location.path == "models/staging/evil.sql" and "SecurityError" in p.message for p in problems)


FLOWS = {
    "models/marketing/spring_campaign.sql": "select first_name, email from {{ ref('customers') }}\n",
    "models/marketing/spring_campaign_ok.sql": """
        select c.first_name, c.email from {{ ref('customers') }} c
        where not exists (select 1 from {{ ref('marketing_bans') }} b where b.customer_id = c.id)
        """,
    "models/exports/crm_export.sql": "select first_name, email, phone from {{ ref('customers') }}\n",
    "models/exports/exposures.yml": """
        version: 2
        exposures:
          - name: crm_sync
            type: application
            owner: {name: Sales ops}
            depends_on:
              - ref('crm_export')
        """,
}
DATAMAP = """
version: 1
home: {location: FI}
systems:
  - id: crm-cloud
    location: US
    operated_by: system-vendors
    match: {uris: ["dbt-exposure:crm_sync"]}
purposes:
  - purpose: marketing
    match: {paths: ["*/models/marketing/*"]}
"""


def test_flows_through_models_reach_the_flow_rules(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    pf = project(tmp_path / "shop", {**SHOP, **FLOWS})
    (tmp_path / "datamap.yaml").write_text(DATAMAP, encoding="utf-8")
    schema, problems, sources = read(pf, tmp_path)
    result = check(schema, load_policy(str(POLICY)), load_datamap(str(tmp_path / "datamap.yaml")))
    found = sorted((f.rule, str(f.location)) for f in result.findings if f.rule in ("PN302", "PN305"))
    assert found == [
        ("PN302", "shop/models/exports/exposures.yml:7:9"),  # the exposure's depends_on line
        ("PN305", "shop/models/marketing/spring_campaign.sql:1:1"),  # the campaign without the bans
    ]


# ---------------------------------------------------------------- jaffle_shop with real dbt



def _dbt(project_dir: Path, profiles: Path, *args: str) -> None:
    exe = Path(sys.executable).with_name("dbt")
    cmd = [str(exe) if exe.exists() else "dbt", *args, "--project-dir", str(project_dir), "--profiles-dir", str(profiles), "--no-version-check"]
    env = {**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "DBT_LOG_PATH": str(profiles / "logs")}
    done = subprocess.run(cmd, cwd=project_dir, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]


def test_jaffle_shop_against_real_dbt(tmp_path, corpus):
    has_dbt = all(importlib.util.find_spec(m) is not None for m in ("dbt", "dbt.adapters.duckdb", "duckdb"))
    require(has_dbt, "dbt-core with dbt-duckdb", "pip install -e '.[test]'")
    import duckdb

    proj = tmp_path / "jaffle"
    shutil.copytree(JAFFLE, proj)  # dbt writes target/ and logs/: never into ../shared
    # 1. read the models directly (our own Jinja rendering), before dbt has run
    rendered, problems_rendered, _ = read(proj / "dbt_project.yml", tmp_path, "duckdb")
    # 2. let dbt load the seeds and build the models into a DuckDB file
    db = tmp_path / "jaffle.duckdb"
    (tmp_path / "profiles.yml").write_text(
        f"jaffle_shop:\n  target: dev\n  outputs:\n    dev:\n      type: duckdb\n      path: '{db}'\n      threads: 1\n", encoding="utf-8"
    )
    _dbt(proj, tmp_path, "build", "--resource-type", "seed", "--resource-type", "model")  # seed + run, no tests
    manifest = json.loads((proj / "target" / "manifest.json").read_text(encoding="utf-8"))
    compiled, problems_compiled, _ = read(proj / "dbt_project.yml", tmp_path, "duckdb")
    # independent source 1: the relations dbt built, with their columns in order
    with duckdb.connect(str(db), read_only=True) as con:
        built = {}
        for table, column in con.execute(
            "select table_name, column_name from information_schema.columns where table_schema = 'main' order by table_name, ordinal_position"
        ).fetchall():
            built.setdefault(table, []).append(column)
        kinds = dict(con.execute("select table_name, table_type from information_schema.tables where table_schema = 'main'").fetchall())
    assert len(built) == 8  # 3 seeds, 3 staging views, 2 marts
    for schema in (rendered, compiled):
        assert {t.key: [c.name for c in t.columns] for t in schema.tables} == built
        assert {t.key: t.kind for t in schema.tables} == {k: "view" if v == "VIEW" else "table" for k, v in kinds.items()}
    # independent source 2: dbt's own lineage graph
    expected = {
        n["name"]: sorted(manifest["nodes"][d]["name"] for d in n["depends_on"]["nodes"])
        for n in manifest["nodes"].values() if n["resource_type"] == "model"
    }
    for schema in (rendered, compiled):
        assert {f.sink.name: sorted(f.sources) for f in schema.flows} == expected
    # the one drift in the project: schema.yml documents customers.total_order_amount, which the
    # model names customer_lifetime_value (dbt itself does not check this)
    for problems in (problems_rendered, problems_compiled):
        assert [(str(p.location), p.message) for p in problems] == [
            ("jaffle/models/schema.yml:29:15", "column customers.total_order_amount is not defined at this point of the history"),
        ]
    # a model edited after dbt wrote the manifest is rendered here, and said so
    (proj / "models" / "orders.sql").write_text((JAFFLE / "models" / "orders.sql").read_text() + "\n-- edited\n")
    _, problems_stale, _ = read(proj / "dbt_project.yml", tmp_path, "duckdb")
    assert ("jaffle/models/orders.sql:1:1", "the model changed since jaffle/target/manifest.json was written: its Jinja is rendered here instead") in {
        (str(p.location), p.message) for p in problems_stale
    }
    first = next(c for c in compiled.table("customers").columns if c.name == "first_name")
    assert first.comment == "Customer's first name. PII."
    status = next(c for c in compiled.table("orders").columns if c.name == "status")
    assert status.comment.startswith("Orders can be one of the following statuses:")  # {{ doc("orders_status") }}


def test_snapshots_become_tables_and_python_models_are_reported(tmp_path):
    files = dict(SHOP)
    files["snapshots/customers_snapshot.sql"] = """
        {% snapshot customers_snapshot %}
        {{ config(target_schema='snapshots', unique_key='id', strategy='check', check_cols='all') }}
        select id, email from {{ ref('customers') }}
        {% endsnapshot %}
        """
    files["models/staging/scored.py"] = "def model(dbt, session):\n    return dbt.ref('customers')\n"
    schema, problems, _ = read(project(tmp_path, files), tmp_path)
    assert [c.name for c in schema.table("customers_snapshot").columns] == [
        "id", "email", "dbt_scd_id", "dbt_updated_at", "dbt_valid_from", "dbt_valid_to",
    ]
    snap = next(f for f in schema.flows if f.sink.name == "customers_snapshot")
    assert snap.sources == ("customers",) and str(snap.location).startswith("snapshots/customers_snapshot.sql:1:")
    assert ("models/staging/scored.py:1:1", "dbt Python model: not read (its columns and lineage are unknown)") in {
        (str(p.location), p.message) for p in problems
    }


def test_detection_and_installed_packages(tmp_path):
    pf = project(tmp_path / "shop", SHOP)
    assert dbt.detect(str(pf), "") and dbt.detect(str(pf.parent), "")
    assert not dbt.detect(str(pf.parent / "models"), "") and not dbt.detect(str(pf.parent / "seeds" / "customers.csv"), "")
    # an installed package's own dbt_project.yml is not a second project
    project(tmp_path / "shop" / "dbt_packages" / "utils", {"dbt_project.yml": "name: utils\n", "models/u.sql": "select 1 as one\n"})
    listed = sorted(str(p) for p in (tmp_path / "shop").rglob("*") if p.is_file())
    changes, problems, _ = dbt.read(listed, lambda p: os.path.relpath(p, tmp_path))
    schema, _ = build(changes, tmp_path / "scratch")
    assert schema.table("u") is None and schema.table("customer_contacts") is not None


def test_custom_schema_alias_and_purpose_meta(tmp_path, monkeypatch):
    """A folder's +schema and a model's alias name the relation; ref() follows; a model in the
    schema the CRM vendor syncs is a transfer (PN302), as a SQL table there would be."""
    monkeypatch.chdir(tmp_path)
    files = dict(SHOP)
    files["dbt_project.yml"] = SHOP["dbt_project.yml"].replace(
        "              +materialized: table\n", "              +materialized: table\n            exports:\n              +schema: crm_export\n"
    )
    files["models/exports/crm_feed.sql"] = "{{ config(alias='feed_v2') }}\nselect first_name, email from {{ ref('customers') }}\n"
    files["models/campaigns/newsletter.sql"] = "select email from {{ ref('crm_feed') }}\n"
    files["models/campaigns/schema.yml"] = "version: 2\nmodels:\n  - name: newsletter\n    meta: {purpose: marketing}\n"
    pf = project(tmp_path / "shop", files)
    (tmp_path / "datamap.yaml").write_text(
        "version: 1\nhome: {location: FI}\nsystems:\n  - id: crm-cloud\n    location: US\n    operated_by: system-vendors\n"
        "    match: {schemas: [crm_export]}\n", encoding="utf-8")
    schema, problems, _ = read(pf, tmp_path)
    assert [p.message for p in problems] == ["column customer_contacts.fax is not defined at this point of the history"]
    assert schema.table("crm_export.feed_v2") is not None and schema.table("crm_feed") is None
    newsletter = next(f for f in schema.flows if f.sink.name == "newsletter")
    assert newsletter.sources == ("crm_export.feed_v2",) and newsletter.purpose == "marketing"
    result = check(schema, load_policy(str(POLICY)), load_datamap(str(tmp_path / "datamap.yaml")))
    found = sorted((f.rule, str(f.location)) for f in result.findings if f.rule in ("PN302", "PN305"))
    assert found == [
        ("PN302", "shop/models/exports/crm_feed.sql:1:1"),
        ("PN305", "shop/models/campaigns/newsletter.sql:1:1"),
    ]


def test_hostile_project_files_are_reported_never_a_crash(tmp_path):
    files = dict(SHOP)
    files["models/odd.yml"] = "version: 2\nmodels: 5\nsources: {a: 1}\nexposures:\n  - name: e\n    depends_on: 7\n"
    files["models/more.yml"] = "version: 2\nmodels:\n  - name: stg_customers\n    columns: {email: {description: x}}\n"
    files["models/bad.yml"] = "version: 2\nmodels: [\n"
    files["models/staging/huge.sql"] = "{% for i in range(100000) %}{% for j in range(1000) %}select 1 union all {% endfor %}{% endfor %}select 1\n"
    pf = project(tmp_path, files)
    (tmp_path / "seeds" / "blob.csv").write_bytes(b"id,x\n\x00\x01\x02")
    schema, problems, _ = read(pf, tmp_path)
    by_file = {p.location.path: p.message for p in problems}
    assert by_file["seeds/blob.csv"] == "binary file (contains NUL bytes), not CSV" and schema.table("blob") is None
    assert by_file["models/staging/huge.sql"] == "cannot render the model's Jinja: ValueError: the rendered SQL is over 20 MB"
    assert by_file["models/bad.yml"].startswith("cannot read YAML")
    assert schema.table("customer_contacts") is not None
