"""Speed of notice-check, as ratios against baselines measured in the same run.

    python benchmarks/bench.py [--runs 5] [--corpus ../shared/corpus]

Every figure is the median wall time of whole processes (interpreter start included), so
that it is what a user waits for. The machines are shared and noisy: compare the ratios,
which are measured side by side, rather than the seconds.

1. corpus: bare ``sqlglot.parse`` of every corpus file (the work any sqlglot-based checker
   must at least do) vs ``notice-check check --no-cache`` on the same files. Target: ratio
   <= 1.25.
2. generated: a generated schema of 500 tables and 10,000 columns, ``check --no-cache``.
   Target: < 1.5 s.
3. cache: the aitu migration history (148 files) cold (empty cache) vs warm after touching
   one migration. Target: warm <= 0.6 s.
4. histories: ``check --no-cache`` on the real histories of other layouts and formats
   (Keycloak's 64 Liquibase changelogs, coder's 362 golang-migrate and crates.io's 285 Diesel
   migrations, Mastodon's schema.rb, Documenso's schema.prisma). Target: each < 1.5 s.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
CORPUS_SETS = [  # (paths relative to the corpus, dialect)
    (["sakila/mysql-sakila-schema.sql"], "mysql"),
    (["sakila/postgres-sakila-schema.sql"], "postgres"),
    (["pagila/pagila-schema.sql"], "postgres"),
    (["chinook/Chinook_PostgreSql.sql"], "postgres"),
    (["chinook/Chinook_MySql.sql"], "mysql"),
    (["chinook/Chinook_Sqlite.sql"], "sqlite"),
    (["northwind/northwind.sql"], "postgres"),
    (["fineract/V1__mifosplatform-core-ddl-latest.sql"], "mysql"),
    (["openemr/database.sql"], "mysql"),
    (["oppijanumerorekisteri/migration"], "postgres"),
    (["aitu/migration"], "postgres"),
]

BARE_PARSE = """
import sys, glob, os, sqlglot
from sqlglot.errors import ErrorLevel
for spec in sys.argv[1:]:
    dialect, path = spec.split("=", 1)
    files = sorted(glob.glob(os.path.join(path, "*.sql"))) if os.path.isdir(path) else [path]
    for f in files:
        sqlglot.parse(open(f, encoding="utf-8").read(), read=dialect, error_level=ErrorLevel.IGNORE)
"""


def timed(cmd: list[str], env: dict | None = None, runs: int = 5, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def notice_check(*args: str) -> list[str]:
    return [sys.executable, "-m", "checker", "check", "--policy", str(POLICY), "--fail-on", "never", *args]


def bench_corpus(corpus: Path, runs: int) -> tuple[float, float]:
    bare = [sys.executable, "-c", BARE_PARSE] + [f"{d}={corpus / p}" for paths, d in CORPUS_SETS for p in paths]
    t_bare = timed(bare, runs=runs)
    # one check per dialect group, as a team would run it; summed
    t_check = 0.0
    for paths, dialect in CORPUS_SETS:
        t_check += timed(notice_check("--no-cache", "--dialect", dialect, *[str(corpus / p) for p in paths]), runs=runs)
    # the same number of process starts for the bare side: add (n-1) interpreter starts
    t_start = timed([sys.executable, "-c", "import sqlglot"], runs=runs)
    t_bare_fair = t_bare + (len(CORPUS_SETS) - 1) * t_start
    return t_bare_fair, t_check


HISTORIES = [  # (label, path relative to the corpus)
    ("liquibase/keycloak", "liquibase-keycloak/model/jpa/src/main/resources/META-INF"),
    ("golang-migrate/coder", "coder/coderd/database/migrations"),
    ("diesel/crates.io", "diesel-cratesio/migrations"),
    ("rails/mastodon", "rails-mastodon/db/schema.rb"),
    ("prisma/documenso", "prisma-documenso/packages/prisma/schema.prisma"),
]


def bench_histories(corpus: Path, runs: int) -> list[tuple[str, float]]:
    return [(label, timed(notice_check("--no-cache", str(corpus / path)), runs=runs)) for label, path in HISTORIES if (corpus / path).exists()]


def generate_schema(folder: Path, tables: int = 500, columns: int = 20) -> None:
    words = ["nimi", "osoite", "puhelin", "sahkoposti", "summa", "tila", "koodi", "kuvaus", "pvm", "maara",
             "first_name", "email", "amount", "status", "created_at", "note", "city", "price", "code", "qty"]
    prefixes = ["asiakas", "tuote", "lasku", "tilaus", "henkilo", "varasto", "kayttaja", "sopimus", "mittari", "raportti"]
    with open(folder / "V1__generated.sql", "w", encoding="utf-8") as fh:
        for t in range(tables):
            cols = ",\n".join(f"  {words[(t + c) % len(words)]}_{c} varchar(100)" for c in range(columns - 1))
            fh.write(f"CREATE TABLE {prefixes[t % len(prefixes)]}_{t} (\n  id bigint PRIMARY KEY,\n{cols}\n);\n")


def bench_generated(runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        generate_schema(Path(tmp))
        t_check = timed(notice_check("--no-cache", tmp), runs=runs)
        t_start = timed([sys.executable, "-c", "pass"], runs=runs)
    return t_start, t_check


def bench_cache(corpus: Path, runs: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        history = Path(tmp) / "migration"
        shutil.copytree(corpus / "aitu" / "migration", history)
        cache = Path(tmp) / "cache"
        env = dict(os.environ, NOTICE_CHECK_CACHE_DIR=str(cache))
        cmd = notice_check(str(history))
        t_cold = timed(cmd, env=env, runs=runs, before=lambda: shutil.rmtree(cache, ignore_errors=True))
        victim = sorted(history.glob("V4*.sql"))[0]
        counter = [0]

        def touch() -> None:
            counter[0] += 1
            with open(victim, "a", encoding="utf-8") as fh:
                fh.write(f"\n-- touched {counter[0]}\n")

        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        t_warm = timed(cmd, env=env, runs=runs, before=touch)
    return t_cold, t_warm


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    args = parser.parse_args()
    corpus = Path(args.corpus)
    os.chdir(ROOT)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} runs\n")
    if corpus.is_dir():
        bare, check = bench_corpus(corpus, args.runs)
        print(f"corpus      bare sqlglot.parse {bare:6.2f} s   notice-check check {check:6.2f} s   ratio {check / bare:4.2f}  (target <= 1.25)")
        cold, warm = bench_cache(corpus, args.runs)
        print(f"cache/aitu  cold {cold:6.2f} s   warm after touching one migration {warm:6.2f} s   warm/cold {warm / cold:4.2f}  (target warm <= 0.6 s)")
        for label, took in bench_histories(corpus, args.runs):
            print(f"history     {label:22} check {took:6.2f} s  (target < 1.5 s)")
    else:
        print(f"corpus not found at {corpus}: corpus, cache and history benchmarks skipped")
    start, check = bench_generated(args.runs)
    print(f"generated   500 tables, 10,000 columns: check {check:6.2f} s   ({check / start:4.1f} x a bare interpreter start of {start:.2f} s; target < 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
