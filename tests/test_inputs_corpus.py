"""Real projects of the corpus's second batch (../shared/corpus, see its SOURCES.md), each read
in its own layout or format and checked against a source independent of the reader: the
project's own model definitions or schema dumps, or facts stated in SOURCES.md. Only the facts
asserted are written here, with where they come from. Skipped when the corpus is absent."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.sql import input_order, read_schema

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")

KEYCLOAK = "liquibase-keycloak/model/jpa/src/main/resources/META-INF"
CODER = "coder/coderd/database/migrations"
DIESEL = "diesel-cratesio/migrations"
VALINTA = "valintarekisteri/valinta-tulos-valintarekisteri-db/src/main/resources/db/migration-vts"
BUDGET_S = 3.0  # reading one history; measured 0.04-0.2 s on the 2-core CI machine


def read(path: str, **kw):
    start = time.perf_counter()
    schema = read_schema([CORPUS / path], display_root=str(CORPUS), **kw)
    return schema, time.perf_counter() - start


def names(schema, table: str) -> list[str]:
    t = schema.table(table)
    assert t is not None, f"no table {table}"
    return [c.name for c in t.columns]


def test_keycloak_liquibase_changelogs() -> None:
    schema, took = read(KEYCLOAK)
    assert took < BUDGET_S
    # the @Column names of Keycloak's JPA entity UserEntity (keycloak/keycloak
    # model/jpa/src/main/java/org/keycloak/models/jpa/entities/UserEntity.java, 01a42f41)
    assert sorted(names(schema, "user_entity")) == sorted(n.lower() for n in (
        "ID", "USERNAME", "FIRST_NAME", "CREATED_TIMESTAMP", "LAST_NAME", "EMAIL", "ENABLED", "EMAIL_VERIFIED",
        "EMAIL_CONSTRAINT", "REALM_ID", "FEDERATION_LINK", "SERVICE_ACCOUNT_CLIENT_LINK", "NOT_BEFORE",
    ))
    # EventEntity.java (4767155f) maps these; TIME was renamed to EVENT_TIME, so it is gone
    event = names(schema, "event_entity")
    for column in ("id", "event_time", "type", "realm_id", "client_id", "user_id", "session_id", "ip_address", "error", "details_json"):
        assert column in event
    assert "time" not in event
    # SOURCES.md note 11: 1.6.0 is present but no master includes it
    skipped = [(p.location.path, p.message) for p in schema.problems if p.kind == "skipped" and p.location.line == 0]
    assert skipped == [(f"{KEYCLOAK}/jpa-changelog-1.6.0.xml", "changelog not included by any master changelog: not read")]
    # every changelog is read once, though the master and the authz master both include some
    paths = [f.path for f in schema.files]
    assert len(paths) == len(set(paths)) == 64  # 65 files less 1.6.0
    assert not [p for p in schema.problems if p.kind in ("parse", "layout")]


def test_mastodon_rails_schema() -> None:
    schema, took = read("rails-mastodon/db/schema.rb")
    assert took < BUDGET_S
    # SOURCES.md note 13: 79 create_tables (the 3 materialized views are scenic's create_view)
    assert len([t for t in schema.tables if t.kind == "table"]) == 79
    users = names(schema, "users")
    # Mastodon's own model, app/models/user.rb (mastodon/mastodon 0002f10b): columns of its
    # schema annotation present since 2021, and the `ignored_columns` it lists as removed
    # later (so they were in the 2021 schema)
    for column in ("id", "email", "encrypted_password", "reset_password_token", "confirmation_token", "unconfirmed_email",
                   "locale", "sign_up_ip", "account_id", "invite_id", "webauthn_id",
                   "admin", "current_sign_in_ip", "encrypted_otp_secret", "last_sign_in_ip", "moderator",
                   "remember_created_at", "remember_token", "skip_sign_in_token", "filtered_languages"):
        assert column in users
    assert not schema.problems


def test_documenso_prisma_schema() -> None:
    schema, took = read("prisma-documenso/packages/prisma/schema.prisma")
    assert took < BUDGET_S
    assert len(schema.tables) == 51  # SOURCES.md note 14: 51 models
    user = names(schema, "user")
    # hand-read from the file: `accounts Account[]` and `avatarImage AvatarImage? @relation(...)`
    # are relations, `avatarImageId String?` is the key column; `roles Role[]` is an enum list
    assert "accounts" not in user and "avatarImage" not in user
    assert "avatarImageId" in user and "email" in user
    assert schema.table("user").columns[user.index("roles")].type_family == "text"
    assert not schema.problems


def test_coder_golang_migrate_history() -> None:
    schema, took = read(CODER)
    assert took < BUDGET_S
    # SOURCES.md note 8: 362 migrations, each an .up.sql and a .down.sql; only the up files run
    assert len(schema.files) == 362
    assert all(f.path.endswith(".up.sql") for f in schema.files)
    # personal data named in SOURCES.md note 8
    for table, column in [("users", "email"), ("users", "username"), ("users", "name"), ("users", "avatar_url"),
                          ("users", "github_com_user_id"), ("users", "last_seen_at"), ("users", "hashed_password"),
                          ("api_keys", "ip_address"), ("audit_logs", "ip"), ("audit_logs", "user_agent")]:
        assert column in names(schema, table), (table, column)
    # the five empty .down.sql files are never read, so they are no problem
    assert not [p for p in schema.problems if p.fatal]


def test_cratesio_diesel_history() -> None:
    schema, took = read(DIESEL)
    assert took < BUDGET_S
    # SOURCES.md note 16: 285 migration folders; data_oauth_github.sql is not a migration
    assert len(schema.files) == 285 and all(f.path.endswith("/up.sql") for f in schema.files)
    assert [(p.location.path, p.kind) for p in schema.problems] == [(f"{DIESEL}/data_oauth_github.sql", "layout")]
    # columns as crates.io's Diesel schema declares them (rust-lang/crates.io
    # crates/crates_io_database/src/schema.rs, 095712f9), for tables that commit and this
    # history agree on
    expected = {
        "emails": ["email", "id", "token", "token_generated_at", "user_id", "verified"],
        "teams": ["avatar", "github_id", "id", "login", "name", "org_id"],
        "crate_owner_invitations": ["crate_id", "created_at", "expires_at", "invited_by_user_id", "invited_user_id", "token"],
        "api_tokens": ["crate_scopes", "created_at", "endpoint_scopes", "expired_at", "expiry_notification_at", "id",
                       "last_used_at", "name", "revoked", "token", "user_id"],
        "deleted_crates": ["available_at", "created_at", "deleted_at", "deleted_by", "id", "message", "name"],
        "trustpub_configs_gitlab": ["crate_id", "created_at", "environment", "id", "namespace", "namespace_id", "project",
                                    "workflow_filepath"],
    }
    for table, columns in expected.items():
        assert sorted(names(schema, table)) == columns, table


def test_valintarekisteri_flyway_with_mixed_versions_and_a_file_without_extension() -> None:
    schema, _ = read(VALINTA)
    assert len(schema.files) == 103  # SOURCES.md note 10: 103 V*.sql files ...
    # ... plus V100__remove_unnecessary_valinnantulokset_index without .sql: noted, not read
    assert [(p.location.path, p.kind) for p in schema.problems if p.kind != "parse"] == [
        (f"{VALINTA}/V100__remove_unnecessary_valinnantulokset_index", "skipped"),
    ]
    # version order: V1__ first, the timestamp versions last (V20242205000000__ is the largest)
    order = [f.path.rsplit("/", 1)[1] for f in schema.files]
    assert order[0] == "V1__create_db.sql" and order[-1].startswith("V20242205000000__")
    # SOURCES.md note 10: etunimi and sukunimi appear in V24 and are dropped again in V67
    assert not any(c.name in ("etunimi", "sukunimi") for t in schema.tables for c in t.columns)
    assert any(t.name == "vastaanotot" for t in schema.tables)


def test_show_order_explains_every_file_left_out() -> None:
    entries = input_order([CORPUS / CODER], display_root=str(CORPUS))
    applied = [e for e in entries if not e.reason]
    skipped = [e for e in entries if e.reason]
    assert len(applied) == 362 and all(e.layout == "golang-migrate" for e in applied)
    assert len(skipped) == 362 and {e.reason for e in skipped} == {"rollback file: never applied"}
