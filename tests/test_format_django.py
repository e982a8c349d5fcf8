"""Django migrations read as syntax trees: operations, names, comments, order, and zulip's real history."""
from __future__ import annotations

import os
import textwrap
import time
from pathlib import Path

from checker.sql.formats import django
from format_support import build, columns

from conftest import CORPUS

ZULIP = CORPUS / "django-zulip" / "zerver" / "migrations"


def write(folder: Path, name: str, body: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / name
    head = HEAD if body.startswith(HEAD) else ""
    f.write_text(head + textwrap.dedent(body[len(head):]).lstrip(), encoding="utf-8")
    return str(f)


def read(files, tmp_path: Path):
    changes, problems, sources = django.read(files, lambda p: os.path.relpath(p, tmp_path).replace(os.sep, "/"))
    schema, apply_problems = build(changes, tmp_path / "scratch")
    return schema, problems + apply_problems, sources


HEAD = "from django.db import migrations, models\nimport django.db.models.deletion\n\n"


def test_operations_names_and_comments(tmp_path):
    mig = tmp_path / "shop" / "migrations"
    first = write(mig, "0001_initial.py", HEAD + '''
    class Migration(migrations.Migration):
        initial = True
        dependencies = [("auth", "0012_alter_user_first_name_max_length")]
        operations = [
            migrations.CreateModel(
                name="Customer",
                fields=[
                    ("id", models.BigAutoField(primary_key=True, serialize=False)),
                    ("email", models.EmailField(max_length=254, help_text="Login address. privacy: contact-details")),
                    ("nick", models.CharField(max_length=40, help_text=_("Shown to others"))),  # privacy: none
                    ("born", models.DateField(db_column="birth_date", db_comment="Date of birth")),
                    ("secret", fields.EncryptedTextField()),
                    ("mobile", PhoneNumberField()),
                    # privacy: none
                    ("flag_a", models.BooleanField()), ("flag_b", models.BooleanField()),  # privacy: customer-consent-data
                ],
            ),
            migrations.CreateModel(
                name="Order",
                fields=[
                    ("id", models.AutoField(primary_key=True)),
                    ("buyer", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to="shop.customer")),
                    ("tags", models.ManyToManyField(to="shop.Tag")),
                ],
                options={"db_table": "orders"},
            ),
            migrations.CreateModel(name="VipCustomer", fields=[], options={"proxy": True}, bases=("shop.customer",)),
        ]
    ''')
    second = write(mig, "0002_changes.py", HEAD + '''
    class Migration(migrations.Migration):
        dependencies = [("shop", "0001_initial")]
        operations = [
            migrations.RenameField(model_name="order", old_name="buyer", new_name="customer"),
            migrations.RenameField(model_name="customer", old_name="nick", new_name="nickname"),
            migrations.AddField(model_name="customer", name="phone", field=models.CharField(max_length=20, null=True)),
            migrations.RemoveField(model_name="customer", name="born"),
            migrations.AlterField(model_name="customer", name="phone", field=models.TextField(help_text="privacy: phone-numbers")),
            migrations.RenameModel(old_name="Customer", new_name="Client"),
            migrations.AlterModelTable(name="order", table="shop_order"),
            migrations.RunPython(lambda apps, editor: None),
            migrations.AddIndex(model_name="client", index=models.Index(fields=["phone"], name="i")),
        ]
    ''')
    schema, problems, sources = read([second, first], tmp_path)
    assert problems == []
    assert {t.key for t in schema.tables} == {"shop_client", "shop_order", "shop_order_tags"}
    assert columns(schema, "shop_client") == {"id", "email", "nickname", "phone", "secret", "mobile", "flag_a", "flag_b"}
    assert columns(schema, "shop_order") == {"id", "customer_id"}
    assert columns(schema, "shop_order_tags") == {"id", "order_id", "tag_id"}
    client = {c.name: c for c in schema.table("shop_client").columns}
    assert client["email"].comment == "Login address. privacy: contact-details"
    assert client["email"].annotation.category == "contact-details"
    assert str(client["email"].location) == "shop/migrations/0001_initial.py:12:17"
    assert client["nickname"].annotation is not None and client["nickname"].annotation.category is None
    assert client["nickname"].renamed_from == "nick" and client["nickname"].comment == "Shown to others"
    assert client["phone"].type_family == "text" and client["phone"].annotation.category == "phone-numbers"
    assert client["id"].type_family == "number" and client["email"].type_family == "text"
    # two fields on one line: the comment above is the first one's, the one at the end the last one's
    assert client["flag_a"].annotation.category is None and client["flag_b"].annotation.category == "customer-consent-data"
    assert client["secret"].type_family == "text" and client["mobile"].type_family == "unknown"  # custom fields by name
    assert str(schema.table("shop_client").location) == "shop/migrations/0001_initial.py:8:9"
    by_path = {s.path: s for s in sources}
    assert by_path["shop/migrations/0002_changes.py"].commands == 1  # RunPython, counted, never run
    assert [s.path for s in sources] == ["shop/migrations/0001_initial.py", "shop/migrations/0002_changes.py"]


def test_run_sql_known_text_is_read_and_runtime_text_is_reported(tmp_path):
    mig = tmp_path / "app" / "migrations"
    f = write(mig, "0001_initial.py", HEAD + '''
    EXTRA = "ALTER TABLE app_person ADD COLUMN iban varchar(34);"

    class Migration(migrations.Migration):
        dependencies = []
        sql = "CREATE TABLE app_person (id int, "
        sql += "hetu char(11));"
        operations = [
            migrations.RunSQL(sql, reverse_sql=migrations.RunSQL.noop),
            migrations.RunSQL([EXTRA]),
            migrations.RunSQL(f"DROP TABLE {EXTRA}"),
            migrations.RunSQL(
                "ALTER TABLE app_person ADD COLUMN email text",
                state_operations=[migrations.AddField(model_name="person", name="email", field=models.TextField())],
            ),
        ]
    ''')
    schema, problems, _ = read([f], tmp_path)
    assert columns(schema, "app_person") == {"id", "hetu", "iban", "email"}
    assert [(p.location.line, p.message) for p in problems] == [(13, "RunSQL text is built at run time: not read")]


def test_order_follows_dependencies_and_reports_missing_and_cycles(tmp_path):
    mig = tmp_path / "app" / "migrations"
    files = [
        write(mig, "0001_a.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0003_c")]\n'
              '    operations = [migrations.AddField(model_name="t", name="x", field=models.IntegerField())]\n'),
        write(mig, "0003_c.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = []\n'
              '    operations = [migrations.CreateModel(name="T", fields=[("id", models.AutoField(primary_key=True))])]\n'),
        write(mig, "0004_d.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0009_gone")]\n    operations = []\n'),
    ]
    schema, problems, sources = read(files, tmp_path)
    assert columns(schema, "app_t") == {"id", "x"}  # 0003 ran before 0001, as its dependency says
    assert [s.path for s in sources][:2] == ["app/migrations/0003_c.py", "app/migrations/0001_a.py"]
    assert [(p.location.path, p.message) for p in problems] == [
        ("app/migrations/0004_d.py", "dependency app.0009_gone of app.0004_d is missing: the order may be wrong"),
    ]
    loop = [
        write(mig, "0005_e.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0006_f")]\n    operations = []\n'),
        write(mig, "0006_f.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0005_e")]\n    operations = []\n'),
    ]
    _, problems, _ = read(loop, tmp_path)
    assert len(problems) == 2 and all("dependency cycle (app.0005_e -> app.0006_f -> app.0005_e)" in p.message for p in problems)
    assert {p.location.line for p in problems} == {4}


def test_unknown_operation_and_bad_python_are_located(tmp_path):
    mig = tmp_path / "app" / "migrations"
    odd = write(mig, "0001_odd.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = []\n'
                '    operations = [MyOwnOperation("x")]\n')
    bad = write(mig, "0002_bad.py", "class Migration(:\n")
    helper = write(mig, "utils.py", "def helper():\n    return 1\n")
    _, problems, sources = read([odd, bad, helper], tmp_path)
    messages = {(str(p.location), p.message) for p in problems}
    assert ("app/migrations/0001_odd.py:6:19", "migration operation MyOwnOperation is not understood: the schema may miss its changes") in messages
    assert any(loc.startswith("app/migrations/0002_bad.py:1:") and m.startswith("not valid Python") for loc, m in messages)
    assert {s.path: s.warnings for s in sources}["app/migrations/utils.py"] == ("not a migration (no class Migration): skipped",)


def test_detect():
    assert django.detect("app/migrations/0001_initial.py", "from django.db import migrations\nclass Migration(migrations.Migration):")
    assert not django.detect("app/migrations/0001_initial.sql", "from django.db import migrations\nclass Migration(migrations.Migration):")
    assert not django.detect("alembic/versions/ab12_x.py", "from alembic import op\nrevision = 'ab12'")


# ---------------------------------------------------------------- zulip (real history)

# Independent source: zulip's own model definitions at the corpus commit,
# zerver/models.py of HexcodeTechnologies/zulip-hex @ 7585f87c64fe4d3ae035f873e2ff0dbcb8765607
# (a fork whose main is upstream zulip/zulip): every concrete model class (abstract bases left
# out), lines 257-5021; each has the default table zerver_<model lower-cased>.
ZULIP_MODELS = """
RealmAuthenticationMethod Realm RealmDomain RealmEmoji RealmFilter RealmPlayground Recipient
RealmUserDefault UserProfile UserGroup UserGroupMembership GroupGroupMembership PreregistrationRealm
PreregistrationUser MultiuseInvite EmailChangeStatus RealmReactivationStatus PushDeviceToken Stream
UserTopic MutedUser Client ArchiveTransaction ArchivedMessage Message SubMessage ArchivedSubMessage
Draft Reaction ArchivedReaction UserMessage ArchivedUserMessage ArchivedAttachment Attachment
Subscription Huddle UserActivity UserActivityInterval UserPresence UserStatus DefaultStream
DefaultStreamGroup ScheduledEmail MissedMessageEmailAddress ScheduledMessageNotificationEmail
ScheduledMessage RealmAuditLog UserHotspot CustomProfileField CustomProfileFieldValue Service
BotStorageData BotConfigData AlertWord
""".split()
# The auto-created many-to-many tables of the ManyToManyFields in the same file (and
# PermissionsMixin's groups / user_permissions on UserProfile).
ZULIP_M2M = {
    "zerver_userprofile_groups", "zerver_userprofile_user_permissions", "zerver_preregistrationuser_streams",
    "zerver_multiuseinvite_streams", "zerver_defaultstreamgroup_streams", "zerver_scheduledemail_users",
    "zerver_attachment_messages", "zerver_archivedattachment_messages", "zerver_attachment_scheduled_messages",
}
# class UserProfile (lines 1772-2249): its own fields, ForeignKeys as <name>_id
USERPROFILE_OWN = """delivery_email email realm_id recipient_id full_name date_joined tos_version api_key uuid
is_staff is_active is_billing_admin is_bot bot_type bot_owner_id role long_term_idle last_active_message_id
is_mirror_dummy can_forge_sender can_create_users last_reminder rate_limits default_sending_stream_id
default_events_register_stream_id default_all_public_streams timezone avatar_source avatar_version
avatar_hash tutorial_status onboarding_steps zoom_token""".split()
# class UserBaseSettings (abstract, lines 1481-1763), inherited by UserProfile
USER_BASE_SETTINGS = """enter_sends left_side_userlist default_language default_view
escape_navigates_to_default_view dense_mode fluid_layout_width high_contrast_mode translate_emoticons
display_emoji_reaction_users twenty_four_hour_time starred_message_counts color_scheme
demote_inactive_streams web_mark_read_on_scroll_policy emojiset user_list_style
web_stream_unreads_count_display_policy email_notifications_batching_period_seconds
enable_stream_desktop_notifications enable_stream_email_notifications enable_stream_push_notifications
enable_stream_audible_notifications notification_sound wildcard_mentions_notify
enable_followed_topic_desktop_notifications enable_followed_topic_email_notifications
enable_followed_topic_push_notifications enable_followed_topic_audible_notifications
enable_followed_topic_wildcard_mentions_notify enable_desktop_notifications
pm_content_in_desktop_notifications enable_sounds enable_offline_email_notifications
message_content_in_email_notifications enable_offline_push_notifications enable_online_push_notifications
desktop_icon_count_display enable_digest_emails enable_login_emails enable_marketing_emails presence_enabled
realm_name_in_email_notifications_policy enable_drafts_synchronization send_stream_typing_notifications
send_private_typing_notifications send_read_receipts email_address_visibility""".split()
# Django's AbstractBaseUser (password, last_login), PermissionsMixin (is_superuser) and the implicit id
DJANGO_USER = ["id", "password", "last_login", "is_superuser"]
# class AbstractMessage (lines 2956-2998) + class Message (3031-): search_tsvector
MESSAGE = """id sender_id recipient_id realm_id subject content rendered_content rendered_content_version
date_sent sending_client_id last_edit_time edit_history has_attachment has_image has_link search_tsvector""".split()
# class UserPresence (lines 4212-4268): the table rebuilt in 0443-0445
USERPRESENCE = ["id", "user_profile_id", "realm_id", "last_connected_time", "last_active_time"]
# class UserTopic (lines 2748-2813), renamed from MutedTopic in 0340 and given its table in 0349
USERTOPIC = ["id", "user_profile_id", "stream_id", "recipient_id", "topic_name", "last_updated", "visibility_policy"]

def test_zulip_history_rebuilds_the_models(tmp_path, corpus):
    files = sorted(str(p) for p in ZULIP.glob("*.py"))
    assert len(files) == 451
    started = time.perf_counter()
    changes, problems, sources = django.read(files, lambda p: os.path.relpath(p, CORPUS).replace(os.sep, "/"))
    elapsed = time.perf_counter() - started
    assert elapsed < 5.0, f"reading 450 migrations took {elapsed:.2f} s"  # 0.1 s on an idle 2-core machine
    schema, apply_problems = build(changes, tmp_path)
    tables = {t.key for t in schema.tables}
    assert tables - ZULIP_M2M == {f"zerver_{m.lower()}" for m in ZULIP_MODELS}
    assert ZULIP_M2M <= tables
    assert columns(schema, "zerver_userprofile") == set(USERPROFILE_OWN + USER_BASE_SETTINGS + DJANGO_USER)
    assert columns(schema, "zerver_message") == set(MESSAGE)
    assert columns(schema, "zerver_userpresence") == set(USERPRESENCE)
    assert columns(schema, "zerver_usertopic") == set(USERTOPIC)
    # renamed (0230) and removed (0088, 0246) fields, as the migrations say
    audible = next(c for c in schema.table("zerver_userprofile").columns if c.name == "enable_stream_audible_notifications")
    assert audible.renamed_from == "enable_stream_sounds"
    assert "invites_granted" not in columns(schema, "zerver_userprofile")
    assert "pub_date" not in columns(schema, "zerver_message")
    # 0001's full-text-search SQL depends on a setting (if/else in the class body): reported, not guessed
    assert [(p.location.path, p.message) for p in problems] == [
        ("django-zulip/zerver/migrations/0001_initial.py", "RunSQL text is built at run time: not read"),
    ]
    assert sum(s.commands for s in sources) == 125  # every RunPython( call in the folder (grep -o), none run


def test_documented_example_and_suppressions(tmp_path, monkeypatch):
    """The example of docs/inputs-python-dbt.md, checked against the bundled notice."""
    from checker.pipeline import check
    from checker.policy import load_policy

    monkeypatch.chdir(tmp_path)
    mig = tmp_path / "shop" / "migrations"
    first = write(mig, "0001_initial.py", HEAD + '''
    class Migration(migrations.Migration):
        dependencies = []
        operations = [
            migrations.CreateModel(name="Customer", fields=[
                ("id", models.AutoField(primary_key=True)),
                # notice-check: ignore PN201 -- the yearly income is kept for the credit decision (DPIA 2024-03)
                ("vuositulot", models.IntegerField()),
                ("annual_income", models.IntegerField()),
            ]),
        ]
    ''')
    second = write(mig, "0002_customer_phone.py", HEAD + '''
    class Migration(migrations.Migration):
        dependencies = [("shop", "0001_initial")]
        operations = [
            migrations.AddField(
                model_name="customer",
                name="phone",
                field=models.CharField(max_length=20, help_text="Mobile number. privacy: phone-numbers"),
            ),
            migrations.AddField(
                model_name="customer",
                name="referrer",
                field=models.ForeignKey(to="shop.customer", on_delete=models.SET_NULL, null=True),  # privacy: none
            ),
        ]
    ''')
    changes, problems, sources = django.read([first, second], lambda p: os.path.relpath(p, tmp_path).replace(os.sep, "/"))
    schema, apply_problems = build(changes, tmp_path / "scratch", files=sources)
    assert problems == [] and apply_problems == []
    cols = {c.name: c for c in schema.table("shop_customer").columns}
    assert cols["phone"].annotation.category == "phone-numbers" and cols["phone"].comment == "Mobile number. privacy: phone-numbers"
    assert cols["referrer_id"].annotation.category is None
    result = check(schema, load_policy(str(Path(__file__).resolve().parents[1] / "policies" / "leppakoski-lampo.yaml")))
    pn201 = {f.column: str(f.location) for f in result.findings if f.rule == "PN201"}
    hidden = {f.column: s.reason for f, s in result.suppressed}
    assert pn201 == {"annual_income": "shop/migrations/0001_initial.py:11:13"}
    assert hidden == {"vuositulot": "the yearly income is kept for the credit decision (DPIA 2024-03)"}


def test_folder_detection_and_the_files_a_folder_lists(tmp_path, corpus):
    assert django.detect(str(ZULIP), "") and django.detect(str(ZULIP.parent), "")
    assert not django.detect(str(CORPUS / "alembic-ctfd" / "migrations"), "")
    # a whole app listed as a folder: only its migrations are the history; byte-code caches never
    app = tmp_path / "shop"
    write(app / "migrations", "0001_initial.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = []\n'
          '    operations = [migrations.CreateModel(name="T", fields=[("id", models.AutoField(primary_key=True))])]\n')
    write(app, "models.py", "from django.db import models\n")
    (app / "migrations" / "__pycache__").mkdir()
    (app / "migrations" / "__pycache__" / "0001_initial.cpython-311.pyc").write_bytes(b"\x00\x01")
    listed = sorted(str(p) for p in app.rglob("*") if p.is_file())
    schema, problems, sources = read(listed, tmp_path)
    assert problems == [] and [s.path for s in sources] == ["shop/migrations/0001_initial.py"]
    assert columns(schema, "shop_t") == {"id"}


def test_hostile_python_is_reported_never_a_crash(tmp_path):
    mig = tmp_path / "app" / "migrations"
    long_sql = " + ".join(['"x"'] * 1500)  # deeper than Python's recursion limit when walked recursively
    files = [
        write(mig, "0001_long.py", HEAD + f"S = {long_sql}\nclass Migration(migrations.Migration):\n"
              "    dependencies = []\n    operations = [migrations.RunSQL(S)]\n"),
        write(mig, "0002_deep.py", HEAD + "class Migration(migrations.Migration):\n    dependencies = []\n"
              "    operations = [" + "[" * 5000 + "]" * 5000 + "]\n"),
        write(mig, "0003_binary.py", "\x00\x01\x02"),
    ]
    changes, problems, _ = django.read(files, lambda p: os.path.relpath(p, tmp_path).replace(os.sep, "/"))
    assert [type(c).__name__ for c in changes] == ["RunSql"] and changes[0].text == "x" * 1500
    assert {(p.location.path, p.message.split(":")[0]) for p in problems} == {
        ("app/migrations/0002_deep.py", "not valid Python"),
        ("app/migrations/0003_binary.py", "binary file (contains NUL bytes), not Python"),
    }


def test_apps_order_across_each_other_and_the_label_override(tmp_path):
    shop = write(tmp_path / "shop" / "migrations", "0001_initial.py", HEAD + 'class Migration(migrations.Migration):\n'
                 '    dependencies = []\n'
                 '    operations = [migrations.CreateModel(name="Product", fields=[("id", models.AutoField(primary_key=True))])]\n')
    billing = write(tmp_path / "billing" / "migrations", "0001_initial.py", HEAD + 'class Migration(migrations.Migration):\n'
                    '    dependencies = [("shop", "0001_initial")]\n'
                    '    operations = [migrations.RunSQL("ALTER TABLE shop_product ADD COLUMN price int")]\n')
    # billing sorts first by name, but depends on shop: its SQL runs after shop_product exists
    schema, problems, sources = read([billing, shop], tmp_path)
    assert problems == [] and columns(schema, "shop_product") == {"id", "price"}
    assert [s.path for s in sources] == ["shop/migrations/0001_initial.py", "billing/migrations/0001_initial.py"]
    changes, problems, _ = django.read([shop], str, app_label="store")
    assert changes[0].name == "store_product" and problems == []


def test_many_to_many_tables_follow_a_renamed_model(tmp_path):
    """Django's RenameModel renames the auto tables named after the model's table and the
    columns named after the model, also in other models' many-to-many tables."""
    mig = tmp_path / "crm" / "migrations"
    first = write(mig, "0001_initial.py", HEAD + '''
    class Migration(migrations.Migration):
        dependencies = []
        operations = [
            migrations.CreateModel(name="Person", fields=[
                ("id", models.AutoField(primary_key=True)),
                ("friends", models.ManyToManyField(to="self")),
            ]),
            migrations.CreateModel(name="Team", fields=[
                ("id", models.AutoField(primary_key=True)),
                ("members", models.ManyToManyField(to="crm.Person")),
            ]),
        ]
    ''')
    second = write(mig, "0002_rename.py", HEAD + '''
    class Migration(migrations.Migration):
        dependencies = [("crm", "0001_initial")]
        operations = [migrations.RenameModel(old_name="Person", new_name="Contact")]
    ''')
    schema, problems, _ = read([first, second], tmp_path)
    assert problems == []
    assert {t.key for t in schema.tables} == {"crm_contact", "crm_contact_friends", "crm_team", "crm_team_members"}
    assert columns(schema, "crm_contact_friends") == {"id", "from_contact_id", "to_contact_id"}
    assert columns(schema, "crm_team_members") == {"id", "team_id", "contact_id"}


def test_squashed_migrations(tmp_path):
    mig = tmp_path / "app" / "migrations"
    create = 'migrations.CreateModel(name="T", fields=[("id", models.AutoField(primary_key=True))])'
    add = 'migrations.AddField(model_name="t", name="x", field=models.IntegerField())'
    first = write(mig, "0001_initial.py", HEAD + f'class Migration(migrations.Migration):\n    dependencies = []\n    operations = [{create}]\n')
    second = write(mig, "0002_x.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0001_initial")]\n'
                   f'    operations = [{add}]\n')
    squash = write(mig, "0001_squashed_0002_x.py", HEAD + 'class Migration(migrations.Migration):\n'
                   '    replaces = [("app", "0001_initial"), ("app", "0002_x")]\n    dependencies = []\n'
                   f'    operations = [{create}, {add}]\n')
    later = write(mig, "0003_y.py", HEAD + 'class Migration(migrations.Migration):\n    dependencies = [("app", "0002_x")]\n'
                  '    operations = [migrations.AddField(model_name="t", name="y", field=models.IntegerField())]\n')
    # originals present: they are read, the squash is skipped with a note
    schema, problems, sources = read([first, second, squash, later], tmp_path)
    assert problems == [] and columns(schema, "app_t") == {"id", "x", "y"}
    assert {s.path: s.warnings for s in sources}["app/migrations/0001_squashed_0002_x.py"] == (
        "squashed migration skipped: the migrations it replaces are read instead",
    )
    # only the squash: it stands in for the migrations it replaces, also as a dependency
    schema, problems, sources = read([squash, later], tmp_path)
    assert problems == [] and columns(schema, "app_t") == {"id", "x", "y"}
    assert [s.path for s in sources] == ["app/migrations/0001_squashed_0002_x.py", "app/migrations/0003_y.py"]
