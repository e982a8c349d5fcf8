"""Speed of notice-check, as ratios against baselines measured in the same run.

    python benchmarks/bench.py [--runs 5] [--corpus ../shared/corpus]
    python benchmarks/bench.py --check [--runs N]     # exit 1 when a threshold is missed (CI)

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
   migrations, Mastodon's schema.rb, Documenso's schema.prisma), wall and CPU time. Target:
   each < 1.5 s.

``--check`` compares figures measured side by side in the same run, so that a slower or busier
machine does not fail it (thresholds in CHECKS): check / bare parse <= 1.25, warm / cold
<= 0.6, and the generated schema's check < 1.5 s of CPU time, interpreter start included (CPU
time, because an absolute limit on wall time fails whenever the machine is busy). It exits 1
when one is missed and 2 when the corpus is absent or a measured command fails (it cannot
check then); each round runs
the compared commands in turn (under the same load) and the best round counts; the corpus
gets one round, the two quick figures five (CHECK_RUNS; ``--runs`` sets all). About a minute.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLICY = ROOT / "policies" / "leppakoski-lampo.yaml"
SHARED = Path(os.environ.get("NOTICE_CHECK_SHARED") or ROOT.parent / "shared")

# --check: (name, what is compared, threshold); a figure above its threshold is a regression
CHECKS = (
    ("corpus", "check / bare sqlglot.parse", 1.25),
    ("cache", "warm / cold", 0.6),
    ("generated", "check CPU seconds, interpreter start included", 1.5),
)
CHECK_RUNS = {"corpus": 1, "cache": 5, "generated": 5}  # rounds per figure in --check (--runs overrides)
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


class CommandFailed(Exception):
    """A measured command did not exit 0: its time says nothing."""


def _run(cmd: list[str], env: dict | None) -> None:
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    if proc.returncode != 0:
        tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise CommandFailed(f"exit {proc.returncode}: {' '.join(cmd[:6])} ...: {tail[0]}")


def once(cmd: list[str], env: dict | None = None) -> float:
    """Wall time of one whole process."""
    start = time.perf_counter()
    _run(cmd, env)
    return time.perf_counter() - start


def once_cpu(cmd: list[str]) -> float:
    """CPU time (user + system) of one whole process: unlike wall time, other processes' load
    hardly changes it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _run(cmd, None)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def rounds(runs: int, pick, *steps) -> list[float]:
    """Run the steps in turn, ``runs`` rounds, and ``pick`` (median, min) each step's times.

    Interleaving keeps the figures that are compared measured under the same load."""
    times: list[list[float]] = [[] for _ in steps]
    for _ in range(runs):
        for i, step in enumerate(steps):
            times[i].append(step())
    return [pick(t) for t in times]


def notice_check(*args: str) -> list[str]:
    return [sys.executable, "-m", "checker", "check", "--policy", str(POLICY), "--fail-on", "never", *args]


def bench_corpus(corpus: Path, runs: int, pick=statistics.median) -> tuple[float, float]:
    """(bare parse with as many interpreter starts as checks, the checks summed)."""
    bare = [sys.executable, "-c", BARE_PARSE] + [f"{d}={corpus / p}" for paths, d in CORPUS_SETS for p in paths]
    # one check per dialect group, as a team would run it; summed
    checks = [notice_check("--no-cache", "--dialect", dialect, *[str(corpus / p) for p in paths]) for paths, dialect in CORPUS_SETS]
    # the same number of process starts for the bare side: add (n-1) interpreter starts
    start = [sys.executable, "-c", "import sqlglot"]
    t_bare, t_start, t_check = rounds(runs, pick, lambda: once(bare), lambda: once(start), lambda: sum(once(c) for c in checks))
    return t_bare + (len(CORPUS_SETS) - 1) * t_start, t_check


HISTORIES = [  # (label, path relative to the corpus)
    ("liquibase/keycloak", "liquibase-keycloak/model/jpa/src/main/resources/META-INF"),
    ("golang-migrate/coder", "coder/coderd/database/migrations"),
    ("diesel/crates.io", "diesel-cratesio/migrations"),
    ("rails/mastodon", "rails-mastodon/db/schema.rb"),
    ("prisma/documenso", "prisma-documenso/packages/prisma/schema.prisma"),
    ("django/zulip", "django-zulip/zerver/migrations"),
    ("alembic/ctfd", "alembic-ctfd/migrations"),
    ("dbt/jaffle", "dbt-jaffle"),
]


def bench_histories(corpus: Path, runs: int) -> list[tuple[str, float, float]]:
    """(label, median wall time, median CPU time) of ``check --no-cache`` on each history."""
    found = [(label, notice_check("--no-cache", str(corpus / path))) for label, path in HISTORIES if (corpus / path).exists()]
    out = []
    for label, cmd in found:
        wall, cpu = rounds(runs, statistics.median, lambda: once(cmd), lambda: once_cpu(cmd))
        out.append((label, wall, cpu))
    return out


def generate_schema(folder: Path, tables: int = 500, columns: int = 20) -> None:
    words = ["nimi", "osoite", "puhelin", "sahkoposti", "summa", "tila", "koodi", "kuvaus", "pvm", "maara",
             "first_name", "email", "amount", "status", "created_at", "note", "city", "price", "code", "qty"]
    prefixes = ["asiakas", "tuote", "lasku", "tilaus", "henkilo", "varasto", "kayttaja", "sopimus", "mittari", "raportti"]
    with open(folder / "V1__generated.sql", "w", encoding="utf-8") as fh:
        for t in range(tables):
            cols = ",\n".join(f"  {words[(t + c) % len(words)]}_{c} varchar(100)" for c in range(columns - 1))
            fh.write(f"CREATE TABLE {prefixes[t % len(prefixes)]}_{t} (\n  id bigint PRIMARY KEY,\n{cols}\n);\n")


def bench_generated(runs: int, pick=statistics.median, measure=once) -> tuple[float, float]:
    """(a bare interpreter start, the check), by ``measure`` (wall or CPU time)."""
    with tempfile.TemporaryDirectory() as tmp:
        generate_schema(Path(tmp))
        cmd = notice_check("--no-cache", tmp)
        t_start, t_check = rounds(runs, pick, lambda: measure([sys.executable, "-c", "pass"]), lambda: measure(cmd))
    return t_start, t_check


def bench_cache(corpus: Path, runs: int, pick=statistics.median) -> tuple[float, float]:
    """Each round: a cold run on an empty cache, then a warm one after touching one migration."""
    with tempfile.TemporaryDirectory() as tmp:
        history = Path(tmp) / "migration"
        shutil.copytree(corpus / "aitu" / "migration", history)
        cache = Path(tmp) / "cache"
        env = dict(os.environ, NOTICE_CHECK_CACHE_DIR=str(cache))
        cmd = notice_check(str(history))
        victim = sorted(history.glob("V4*.sql"))[0]
        counter = [0]

        def cold() -> float:
            shutil.rmtree(cache, ignore_errors=True)
            return once(cmd, env)

        def warm() -> float:
            counter[0] += 1
            with open(victim, "a", encoding="utf-8") as fh:
                fh.write(f"\n-- touched {counter[0]}\n")
            return once(cmd, env)

        t_cold, t_warm = rounds(runs, pick, cold, warm)
    return t_cold, t_warm


def check(figures: dict[str, float]) -> int:
    """Compare each figure with its threshold; 1 when any is above it."""
    failed = 0
    print()
    for name, what, limit in CHECKS:
        value = figures[name]
        ok = value <= limit if name != "generated" else value < limit
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {name:10} {what} = {value:.2f} ({'<=' if name != 'generated' else '<'} {limit})")
    return 1 if failed else 0


def run_check(corpus: Path, runs: int | None) -> int:
    if not corpus.is_dir():
        print(f"bench --check: corpus not found at {corpus} (set --corpus or NOTICE_CHECK_SHARED)", file=sys.stderr)
        return 2
    counts = {name: runs or n for name, n in CHECK_RUNS.items()}
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, best of " + ", ".join(f"{n} {name}" for name, n in counts.items()) + " runs")
    bare, t_check = bench_corpus(corpus, counts["corpus"], min)
    cold, warm = bench_cache(corpus, counts["cache"], min)
    _, generated = bench_generated(counts["generated"], min, once_cpu)
    return check({"corpus": t_check / bare, "cache": warm / cold, "generated": generated})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=None, help="runs per figure (default 5; with --check see CHECK_RUNS)")
    parser.add_argument("--corpus", default=str(SHARED / "corpus"))
    parser.add_argument("--check", action="store_true", help="exit 1 when a ratio misses its threshold")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    os.chdir(ROOT)
    if args.check:
        return run_check(corpus, args.runs)
    args.runs = args.runs or 5
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {args.runs} runs\n")
    if corpus.is_dir():
        bare, check = bench_corpus(corpus, args.runs)
        print(f"corpus      bare sqlglot.parse {bare:6.2f} s   notice-check check {check:6.2f} s   ratio {check / bare:4.2f}  (target <= 1.25)")
        cold, warm = bench_cache(corpus, args.runs)
        print(f"cache/aitu  cold {cold:6.2f} s   warm after touching one migration {warm:6.2f} s   warm/cold {warm / cold:4.2f}  (target warm <= 0.6 s)")
        for label, wall, cpu in bench_histories(corpus, args.runs):
            print(f"history     {label:22} check {wall:6.2f} s, CPU {cpu:5.2f} s  (target < 1.5 s)")
    else:
        print(f"corpus not found at {corpus}: corpus, cache and history benchmarks skipped")
    start, check = bench_generated(args.runs)
    print(f"generated   500 tables, 10,000 columns: check {check:6.2f} s   ({check / start:4.1f} x a bare interpreter start of {start:.2f} s; target < 1.5 s)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except CommandFailed as err:
        print(f"bench: a measured command failed, {err}", file=sys.stderr)
        sys.exit(2)
