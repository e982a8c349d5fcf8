"""Alembic revisions read as syntax trees: operations, revision graph, and CTFd's real history."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

from checker.sql.formats import alembic
from format_support import build, columns

from conftest import CORPUS

CTFD = CORPUS / "alembic-ctfd" / "migrations"

HEAD = "import sqlalchemy as sa\nfrom alembic import op\n\n"


def revision(folder: Path, rev: str, down, body: str) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / f"{rev}_x.py"
    f.write_text(HEAD + f"revision = {rev!r}\ndown_revision = {down!r}\n\n" + textwrap.dedent(body).lstrip(), encoding="utf-8")
    return str(f)


def read(files, root: Path):
    changes, problems, sources = alembic.read(files, lambda p: os.path.relpath(p, root).replace(os.sep, "/"))
    schema, apply_problems = build(changes, root / "scratch")
    return schema, problems + apply_problems, sources


def test_operations_batch_and_execute(tmp_path):
    v = tmp_path / "versions"
    files = [
        revision(v, "bbb", "aaa", '''
        def upgrade():
            with op.batch_alter_table("person") as batch_op:
                batch_op.add_column(sa.Column("phone", sa.String(length=20), comment="privacy: phone-numbers"))
                batch_op.drop_column("nick")
                batch_op.alter_column("mail", new_column_name="email", type_=sa.Text(), comment="Login e-mail")
            op.rename_table("person", "customer")
            _more()
            op.create_index("ix", "customer", ["email"])

        def _more():
            sql = "CREATE TABLE audit (id int, "
            op.execute(sa.text(sql + "ip varchar(46))"))
            op.execute(some_builder())
            conn = op.get_bind()
            conn.execute(sa.text("ALTER TABLE audit ADD COLUMN user_agent text"))
            conn.execute("SELECT `x` FROM information_schema.columns")  # a query: not read
            op.create_table("dyn", *[sa.Column(c, sa.Text()) for c in ("a", "b")])

        def downgrade():
            op.drop_table("customer")
        '''),
        revision(v, "aaa", None, '''
        def upgrade():
            op.create_table(
                "person",
                sa.Column("id", sa.Integer(), nullable=False),
                sa.Column("mail", sa.String(128)),
                sa.Column("nick", sa.Unicode(40)),  # privacy: none
                sa.Column("born", sa.Date, comment="privacy: birth-date"),
                sa.PrimaryKeyConstraint("id"),
            )
            op.add_column("person", sa.Column("notes", sa.Text()))
            op.drop_column("person", "notes")
            op.create_table("tmp", sa.Column("id", sa.Integer()))
            op.drop_table("tmp")
        '''),
    ]
    (v / "env.py").write_text("from alembic import context\n")
    schema, problems, sources = read(files + [str(v / "env.py")], tmp_path)
    assert {t.key for t in schema.tables} == {"customer", "audit", "dyn"}
    assert columns(schema, "customer") == {"id", "email", "born", "phone"}
    assert columns(schema, "audit") == {"id", "ip", "user_agent"}
    cols = {c.name: c for c in schema.table("customer").columns}
    assert cols["born"].annotation.category == "birth-date" and cols["born"].type_family == "date"
    assert cols["phone"].annotation.category == "phone-numbers" and cols["phone"].sql_type == "String(20)"
    assert cols["email"].comment == "Login e-mail" and cols["email"].renamed_from == "mail" and cols["email"].type_family == "text"
    assert str(cols["id"].location) == "versions/aaa_x.py:10:9"
    assert [(str(p.location), p.message) for p in problems] == [
        ("versions/bbb_x.py:19:5", "op.execute: SQL built at run time (or a SQLAlchemy expression): not read"),
        ("versions/bbb_x.py:23:5", "create_table dyn: columns built at run time (*args) are not read"),
    ]
    assert [s.path for s in sources] == ["versions/aaa_x.py", "versions/bbb_x.py", "versions/env.py"]
    assert sources[2].warnings == ("not an Alembic revision (no revision = '...'): skipped",)


def test_merge_heads_missing_and_cycle(tmp_path):
    v = tmp_path / "versions"
    base = revision(v, "r1", None, 'def upgrade():\n    op.create_table("t", sa.Column("id", sa.Integer()))\n')
    left = revision(v, "r2", "r1", 'def upgrade():\n    op.add_column("t", sa.Column("a", sa.Integer()))\n')
    right = revision(v, "r3", "r1", 'def upgrade():\n    op.add_column("t", sa.Column("b", sa.Integer()))\n')
    merge = revision(v, "r4", ("r2", "r3"), 'def upgrade():\n    op.drop_column("t", "a")\n')
    schema, problems, sources = read([merge, right, left, base], tmp_path)
    assert problems == []  # a tuple down_revision merges the branches: one head
    assert columns(schema, "t") == {"id", "b"}
    assert [s.path for s in sources][-1] == "versions/r4_x.py"

    schema, problems, _ = read([base, left, right], tmp_path)
    heads = [(str(p.location), p.message) for p in problems]
    assert heads == [
        ("versions/r2_x.py:4:1", "revision r2 is one of 2 heads (also r3): branches not merged, their order is undecided"),
        ("versions/r3_x.py:4:1", "revision r3 is one of 2 heads (also r2): branches not merged, their order is undecided"),
    ]

    orphan = revision(v, "r9", "r8", "def upgrade():\n    pass\n")
    _, problems, _ = read([base, orphan], tmp_path)
    assert ("versions/r9_x.py:4:1", "revision r9 revises r8, which is not among the revisions read: the order may be wrong") in {(str(p.location), p.message) for p in problems}

    c1 = revision(tmp_path / "loop", "c1", "c2", "def upgrade():\n    pass\n")
    c2 = revision(tmp_path / "loop", "c2", "c1", "def upgrade():\n    pass\n")
    _, problems, sources = read([c1, c2], tmp_path)
    assert sorted(p.message for p in problems) == [
        "dependency cycle (c1 -> c2 -> c1): c1 cannot be ordered; applied after the others in name order",
        "dependency cycle (c1 -> c2 -> c1): c2 cannot be ordered; applied after the others in name order",
    ]
    assert len(sources) == 2


def test_detect():
    assert alembic.detect("versions/ab_x.py", 'from alembic import op\nrevision = "ab"\ndown_revision = None\n')
    assert alembic.detect("versions/ab_x.py", 'from alembic import op\nrevision: str = "ab"\n')
    assert not alembic.detect("migrations/env.py", "from alembic import context\n")
    assert not alembic.detect("app/migrations/0001_initial.py", "from django.db import migrations\n")


# ---------------------------------------------------------------- CTFd (real history)

# Independent source: CTFd's own SQLAlchemy models at the corpus commit,
# CTFd/models/__init__.py of CTFd/CTFd @ 91ced62d44d3ec3142a0948ee96ed19947cfc979
# (class Users lines 400-439, Submissions 879-890, Tracking 1014-1021, Teams 626-666,
# Challenges 110-134): the db.Column attributes of each class.
USERS = """id oauth_id name password email type secret website affiliation country bracket_id hidden banned
verified language change_password team_id created""".split()
SUBMISSIONS = "id challenge_id user_id team_id ip provided type date".split()
TRACKING = "id type ip target user_id date".split()
TEAMS = "id oauth_id name email password secret website affiliation country bracket_id hidden banned captain_id created".split()
CHALLENGES = """id name description attribution connection_info next_id max_attempts value category type state
logic initial minimum decay position function scheduled_at module_id requirements""".split()

# every __tablename__ of the same file, except admins: class Admins(Users) (line 621) is a
# polymorphic_identity of users, whose rows live in users; no revision creates an admins table
CTFD_TABLES = """notifications pages challenges hints awards tags topics challenge_topics solutions files flags
users teams submissions solves unlocks tracking config tokens comments fields field_entries brackets ratings
audiences modules audience_members module_audience_access""".split()
# dynamic_challenge: made by the initial revision and never dropped (its model became a
# polymorphic subclass of challenges, CTFd/plugins/dynamic_challenges/__init__.py line 14)
CTFD_LEGACY = ["dynamic_challenge"]


def test_ctfd_history_rebuilds_the_models(tmp_path, corpus):
    files = sorted(str(p) for p in CTFD.rglob("*") if p.is_file())
    changes, problems, sources = alembic.read(files, lambda p: os.path.relpath(p, CORPUS).replace(os.sep, "/"))
    schema, apply_problems = build(changes, tmp_path)
    assert apply_problems == []
    assert {t.key for t in schema.tables} == set(CTFD_TABLES + CTFD_LEGACY)
    assert columns(schema, "users") == set(USERS)
    assert columns(schema, "submissions") == set(SUBMISSIONS)
    assert columns(schema, "tracking") == set(TRACKING)
    assert columns(schema, "teams") == set(TEAMS)
    assert columns(schema, "challenges") == set(CHALLENGES)
    revisions = [s for s in sources if not s.warnings]
    assert len(revisions) == 33 and revisions[0].path.endswith("8369118943a1_initial_revision.py")
    skipped = sorted(s.path.rsplit("/", 1)[-1] for s in sources if s.warnings)
    assert skipped == ["1_2_0_upgrade_2_0_0.py", "alembic.ini", "env.py", "script.py.mako"]
    # the MySQL-only loop over information_schema cannot be read without a database: said so, located
    assert [(p.location.path.rsplit("/", 1)[-1], p.location.line) for p in problems] == [
        ("46a278193a94_enable_millisecond_precision_in_mysql_.py", 28),
    ]


def test_folder_detection(corpus):
    assert alembic.detect(str(CTFD), "") and alembic.detect(str(CTFD / "versions"), "")
    assert not alembic.detect(str(CORPUS / "django-zulip" / "zerver" / "migrations"), "")
    assert not alembic.detect(str(CORPUS / "dbt-jaffle"), "")
