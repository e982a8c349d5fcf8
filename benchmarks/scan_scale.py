"""`scan` at warehouse scale: 5,000 tables x 20 columns on SQLite, PostgreSQL and MariaDB.

    python benchmarks/scan_scale.py [--tables 5000] [--rows 25] [--engines sqlite,postgresql,mariadb]

PostgreSQL and MariaDB come from NOTICE_CHECK_TEST_PG / NOTICE_CHECK_TEST_MARIADB (the CI
scripts .ci/postgres.sh and .ci/mariadb.sh start throwaway servers); a database is created
for the run and dropped afterwards. Each table: an integer key and 19 columns (text, numbers,
dates), ``rows`` generated rows, one table in ten with e-mail addresses and names in a
meaninglessly named column. Measured: ``notice-check scan`` as a whole process (names only,
then ``--sample 20``): wall time, the process's own CPU time (user + system; the database
server's is not counted) and its peak resident memory (ru_maxrss). The machines are shared:
when other work competes for the cores, wall time grows and CPU time does not. Single runs.
"""
from __future__ import annotations

import argparse
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
TYPES = ["varchar(60)", "integer", "date", "text"]
NAMES = ["Matti Virtanen", "Anna Korhonen", "Erik Lindqvist", "Sanna Laine", "Timo Heikkinen", "Karin Johansson"]


def ddl(i: int) -> str:
    cols = ", ".join(f"c{j:02d} {TYPES[j % 4]}" for j in range(1, 20))
    return f"CREATE TABLE t{i:05d} (id integer PRIMARY KEY, {cols})"


def rows(i: int, n: int, rng: random.Random) -> list[tuple]:
    out = []
    for r in range(1, n + 1):
        values: list[object] = [r]
        for j in range(1, 20):
            kind = TYPES[j % 4]
            if kind == "integer":
                values.append(rng.randint(0, 10**6))
            elif kind == "date":
                values.append(f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
            elif i % 10 == 0 and j == 1:
                values.append(f"user{r}.{i}@example.fi")
            elif i % 10 == 0 and j == 3:
                values.append(rng.choice(NAMES))
            else:
                values.append(f"item {rng.randint(1, 500)} {rng.choice(['red', 'blue', 'large', 'basic'])}")
        out.append(tuple(values))
    return out


def build(engine: str, tables: int, n: int, folder: Path):
    """Yield the scan URL once the database is filled; clean up afterwards."""
    rng = random.Random(5000)
    insert = lambda i, ph: f"INSERT INTO t{i:05d} VALUES ({', '.join([ph] * 20)})"  # noqa: E731
    if engine == "sqlite":
        import sqlite3

        db = folder / "scale.db"
        conn = sqlite3.connect(db)
        for i in range(tables):
            conn.execute(ddl(i))
            conn.executemany(insert(i, "?"), rows(i, n, rng))
        conn.commit()
        conn.close()
        yield str(db)
    elif engine == "postgresql":
        import psycopg
        from psycopg.conninfo import conninfo_to_dict

        admin_url = os.environ["NOTICE_CHECK_TEST_PG"]
        p = conninfo_to_dict(admin_url)
        name = f"nc_scale_{secrets.token_hex(3)}"
        admin = psycopg.connect(admin_url, autocommit=True)
        admin.execute(f"CREATE DATABASE {name}")
        url = f"postgresql://{p.get('user', 'postgres')}@{p.get('host', '127.0.0.1')}:{p.get('port', '5432')}/{name}"
        try:
            with psycopg.connect(url) as conn:
                with conn.cursor() as cur:
                    for i in range(tables):
                        cur.execute(ddl(i))
                        cur.executemany(insert(i, "%s"), rows(i, n, rng))
                        if i % 200 == 199:  # a lock per created table: commit in batches
                            conn.commit()
                conn.commit()
            yield url
        finally:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.close()
    else:
        import pymysql
        from sqlalchemy.engine import make_url

        u = make_url(os.environ["NOTICE_CHECK_TEST_MARIADB"])
        name = f"nc_scale_{secrets.token_hex(3)}"
        admin = pymysql.connect(host=u.host, port=u.port or 3306, user=u.username, password=u.password or "", autocommit=True)
        admin.cursor().execute(f"CREATE DATABASE {name}")
        try:
            conn = pymysql.connect(host=u.host, port=u.port or 3306, user=u.username, password=u.password or "", database=name)
            with conn.cursor() as cur:
                for i in range(tables):
                    cur.execute(ddl(i))
                    cur.executemany(insert(i, "%s"), rows(i, n, rng))
            conn.commit()
            conn.close()
            yield f"mysql://{u.username}@{u.host}:{u.port}/{name}"
        finally:
            admin.cursor().execute(f"DROP DATABASE IF EXISTS {name}")
            admin.close()


def measure(url: str, *args: str) -> tuple[float, float, int, float]:
    """(wall seconds, peak MiB, exit code, CPU seconds) of one `notice-check scan` process."""
    code = (
        "import resource, sys, time\n"
        "from checker.cli import main\n"
        "t = time.perf_counter()\n"
        "rc = main(sys.argv[1:])\n"
        "u = resource.getrusage(resource.RUSAGE_SELF)\n"
        "sys.stderr.write(f'@@ {time.perf_counter() - t:.3f} {u.ru_maxrss} {u.ru_utime + u.ru_stime:.3f}\\n')\n"
        "sys.exit(rc)\n"
    )
    cmd = [sys.executable, "-c", code, "scan", "--db", url, "--policy", str(POLICY), "--no-progress", "--format", "json",
           "--timeout", "120", "-o", os.devnull, *args]
    started = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    line = next((x for x in proc.stderr.splitlines() if x.startswith("@@ ")), None)
    if line is None:
        sys.stderr.write(proc.stderr[-2000:])
        return wall, 0.0, proc.returncode, 0.0
    _, _, rss, cpu = line.split()
    return wall, int(rss) / 1024, proc.returncode, float(cpu)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, default=5000)
    ap.add_argument("--rows", type=int, default=25)
    ap.add_argument("--engines", default="sqlite,postgresql,mariadb")
    args = ap.parse_args()
    print(f"{args.tables} tables x 20 columns, {args.rows} rows each")
    print(f"{'engine':<11} {'build s':>8} {'names s':>8} {'CPU s':>6} {'MiB':>6} {'sample20 s':>11} {'CPU s':>6} {'MiB':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for engine in args.engines.split(","):
            started = time.perf_counter()
            builder = build(engine, args.tables, args.rows, Path(tmp))
            url = next(builder)
            built = time.perf_counter() - started
            names = measure(url)
            sampled = measure(url, "--sample", "20")
            print(f"{engine:<11} {built:>8.1f} {names[0]:>8.1f} {names[3]:>6.1f} {names[1]:>6.0f} {sampled[0]:>11.1f} {sampled[3]:>6.1f}"
                  f" {sampled[1]:>6.0f}   (exit {names[2]}, {sampled[2]})", flush=True)
            next(builder, None)


if __name__ == "__main__":
    main()
