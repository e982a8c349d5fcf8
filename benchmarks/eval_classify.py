"""Precision and recall of `classify` against the hand-labelled set in eval/labels.csv.

Usage:  python benchmarks/eval_classify.py [--corpus ../shared/corpus] [--verbose]

A column counts as predicted personal when the classifier gives it a kind with
medium or high confidence (low-confidence guesses are review prompts, PN203).
Labels were judged by hand from the schemas, not by the classifier.
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.catalog import load_catalog  # noqa: E402
from checker.classify import Classifier  # noqa: E402
from checker.model import Confidence  # noqa: E402
from checker.sql import read_schema  # noqa: E402

SOURCES = {
    "oppijanumerorekisteri": (["oppijanumerorekisteri/migration"], "postgres"),
    "aitu": (["aitu/migration"], "postgres"),
    "openemr": (["openemr/database.sql"], "mysql"),
    "pagila": (["pagila/pagila-schema.sql"], "postgres"),
    "sakila": (["sakila/mysql-sakila-schema.sql"], "mysql"),
    "chinook": (["chinook/Chinook_PostgreSql.sql"], "postgres"),
    "northwind": (["northwind/northwind.sql"], "postgres"),
    "fineract": (["fineract/V1__mifosplatform-core-ddl-latest.sql"], "mysql"),
}


def predictions(corpus: Path, source: str) -> dict[tuple[str, str], tuple[str | None, str]]:
    paths, dialect = SOURCES[source]
    schema = read_schema([str(corpus / p) for p in paths], dialect=dialect)
    classifier = Classifier(load_catalog())
    out = {}
    for c in classifier.classify_schema(schema):
        personal = c.kind if c.confidence is not None and c.confidence >= Confidence.MEDIUM else None
        table = c.column.table.rsplit(".", 1)[-1].lower()
        out[(table, c.column.name.lower())] = (personal, c.reason)
    return out


def evaluate(corpus: Path, labels: Path, verbose: bool = False) -> dict:
    rows = list(csv.DictReader(labels.open(encoding="utf-8")))
    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    tp = fp = fn = tn = missing = kind_ok = 0
    special_missed: list[str] = []
    errors: list[str] = []
    per_source: dict[str, Counter] = {}
    for source, items in by_source.items():
        predicted = predictions(corpus, source)
        counter = per_source.setdefault(source, Counter())
        for row in items:
            key = (row["table"].lower(), row["column"].lower())
            if key not in predicted:
                missing += 1
                errors.append(f"MISSING {source} {key[0]}.{key[1]}")
                continue
            kind, reason = predicted[key]
            truth = row["personal"].strip() == "yes"
            if truth and kind:
                tp += 1
                counter["tp"] += 1
                kind_ok += kind == row["kind"]
                if kind != row["kind"]:
                    errors.append(f"KIND {source} {key[0]}.{key[1]}: {kind} != {row['kind']} ({reason})")
            elif truth:
                fn += 1
                counter["fn"] += 1
                errors.append(f"FN {source} {key[0]}.{key[1]} ({row['kind']}): {reason}")
                if row["kind"] in SPECIAL:
                    special_missed.append(f"{source} {key[0]}.{key[1]}")
            elif kind:
                fp += 1
                counter["fp"] += 1
                errors.append(f"FP {source} {key[0]}.{key[1]} -> {kind}: {reason}")
            else:
                tn += 1
                counter["tn"] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    if verbose:
        print("\n".join(sorted(errors)))
    return {
        "rows": len(rows), "tp": tp, "fp": fp, "fn": fn, "tn": tn, "missing": missing,
        "precision": precision, "recall": recall, "kind_accuracy": kind_ok / tp if tp else 1.0,
        "special_missed": special_missed, "per_source": {k: dict(v) for k, v in per_source.items()},
    }


SPECIAL = {
    "racial-ethnic-origin", "political-opinion", "religious-belief", "trade-union-membership", "genetic-data",
    "biometric-data", "health-data", "sex-life-orientation", "criminal-record", "national-id",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--labels", default=str(Path(__file__).parent / "eval" / "labels.csv"))
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    result = evaluate(Path(args.corpus), Path(args.labels), args.verbose)
    print(f"rows {result['rows']}  tp {result['tp']}  fp {result['fp']}  fn {result['fn']}  tn {result['tn']}  missing {result['missing']}")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  kind accuracy {result['kind_accuracy']:.3f}")
    for source, c in sorted(result["per_source"].items()):
        print(f"  {source:<22} {c}")
    print(f"special-category columns missed: {len(result['special_missed'])}", *result["special_missed"], sep="\n  ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
