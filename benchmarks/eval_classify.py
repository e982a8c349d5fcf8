"""Precision, recall and kind accuracy of `classify` against hand-labelled sets (benchmarks/eval/*.csv).

Usage:
    python benchmarks/eval_classify.py                       # every set in benchmarks/eval/
    python benchmarks/eval_classify.py --labels X.csv [-v]   # one set, with its errors
    python benchmarks/eval_classify.py --labels heldout2.csv --schemas benchmarks/eval/heldout2
    python benchmarks/eval_classify.py --check               # exit 1 when a set is below its floor

A column counts as predicted personal when the classifier gives it a kind with medium or
high confidence (low-confidence guesses are review prompts, PN203). Labels were judged by
hand from the schemas, not by the classifier.

Where each source's schema is: benchmarks/eval/sources.yaml (root 'corpus' = --corpus);
with --schemas DIR, DIR/sources.yaml or else one folder per source, DIR/<source>/.
Floors for --check: benchmarks/eval/floors.yaml.

"Wrong-kind errors" counts the columns that would raise an error-level finding with the
wrong kind: predicted as a special category or national id (PN202, an error citing a law)
while the label says another kind or not personal.
"""
from __future__ import annotations

import argparse
import csv
import glob
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.catalog import load_catalog  # noqa: E402
from checker.classify import Classifier  # noqa: E402
from checker.model import Confidence  # noqa: E402
from checker.sql import read_schema  # noqa: E402
from checker.sql.migrations import order_migrations  # noqa: E402
from checker.yamlload import load_located  # noqa: E402

EVAL = Path(__file__).parent / "eval"
# the label sets evaluated by default, in this order (heldout2 only when it exists)
SETS = ("labels", "tune2", "heldout", "tune3", "tune4", "heldout2")
_FLYWAY = re.compile(r"[VvBb]\d")
_CEILINGS = ("wrong_kind_errors", "wrong_kind_error_share")  # limits from above in floors.yaml


def _load_map(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    data = load_located(path.read_text(encoding="utf-8"), str(path))[0] or {}
    return dict(data.get("sources") or {})


def _ordered(files: list[str]) -> list[str]:
    """Globbed migration files in the order their tool applies them."""
    if files and all(_FLYWAY.match(os.path.basename(f)) for f in files):
        return order_migrations(files)

    def key(f: str) -> tuple:
        digits = re.sub(r"\D", "", re.split(r"[_.]", Path(f).parent.name if Path(f).name == "up.sql" else Path(f).name.replace("-", ""), maxsplit=1)[0].replace("-", ""))
        return (int(digits) if digits else 0, f)

    return sorted(files, key=key)


def schema_files(source: str, corpus: Path, schemas: Path | None) -> tuple[list[str], str]:
    """(files in order, dialect) of a labelled source."""
    entry = None
    base = corpus
    if schemas is not None:
        local = _load_map(schemas / "sources.yaml")
        if source in local:
            entry, base = local[source], schemas
        elif (schemas / source).is_dir():
            return [str(schemas / source)], "postgres"
    if entry is None:
        entry = _load_map(EVAL / "sources.yaml").get(source)
        if entry is None:
            raise SystemExit(f"eval_classify: source '{source}' is in no source map (benchmarks/eval/sources.yaml or --schemas DIR)")
        root = entry.get("root", "corpus")
        base = corpus if root == "corpus" else (EVAL / root)
    files: list[str] = []
    for pattern in entry["paths"]:
        if any(ch in pattern for ch in "*?["):
            files.extend(_ordered(sorted(glob.glob(str(base / pattern), recursive=True))))
        else:
            files.append(str(base / pattern))
    return files, entry.get("dialect", "postgres")


def predictions(files: list[str], dialect: str) -> dict[tuple[str, str], tuple[str | None, str]]:
    schema = read_schema(files, dialect=dialect)
    classifier = Classifier(load_catalog())
    out = {}
    for c in classifier.classify_schema(schema):
        personal = c.kind if c.confidence is not None and c.confidence >= Confidence.MEDIUM else None
        table = c.column.table.rsplit(".", 1)[-1].lower()
        out[(table, c.column.name.lower())] = (personal, c.reason)
    return out


SPECIAL = frozenset(k.id for k in load_catalog().kinds.values() if k.is_special)
# Labels written before the catalog had these kinds name the nearest older one: a token
# labelled 'password' and a message labelled 'free-text' are right as 'credential' and
# 'user-content' (benchmarks/eval/README.md, "Kinds added later").
EARLIER_LABELS = {("credential", "password"), ("user-content", "free-text")}


def same_kind(predicted: str | None, label: str) -> bool:
    return predicted == label or (predicted, label) in EARLIER_LABELS


def evaluate(corpus: Path, labels: Path, verbose: bool = False, schemas: Path | None = None) -> dict:
    rows = list(csv.DictReader(labels.open(encoding="utf-8")))
    by_source: dict[str, list[dict]] = {}
    for row in rows:
        by_source.setdefault(row["source"], []).append(row)
    tp = fp = fn = tn = missing = kind_ok = wrong_error = 0
    special_missed: list[str] = []
    errors: list[str] = []
    per_source: dict[str, Counter] = {}
    for source, items in by_source.items():
        predicted = predictions(*schema_files(source, corpus, schemas))
        counter = per_source.setdefault(source, Counter())
        for row in items:
            key = (row["table"].lower(), row["column"].lower())
            if key not in predicted:
                missing += 1
                errors.append(f"MISSING {source} {key[0]}.{key[1]}")
                continue
            kind, reason = predicted[key]
            truth = row["personal"].strip() == "yes"
            if kind in SPECIAL and (not truth or not same_kind(kind, row["kind"])):
                wrong_error += 1
            if truth and kind:
                tp += 1
                counter["tp"] += 1
                kind_ok += same_kind(kind, row["kind"])
                if not same_kind(kind, row["kind"]):
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
        "wrong_kind_errors": wrong_error, "wrong_kind_error_share": wrong_error / (tp + fp) if tp + fp else 0.0,
        "special_missed": special_missed, "per_source": {k: dict(v) for k, v in per_source.items()},
    }


def floors(path: Path = EVAL / "floors.yaml") -> dict[str, dict[str, float]]:
    data = load_located(path.read_text(encoding="utf-8"), str(path))[0] or {}
    return dict(data.get("floors") or {})


def _line(name: str, r: dict) -> str:
    return (f"{name:<10} rows {r['rows']:>5}  tp {r['tp']:>4} fp {r['fp']:>4} fn {r['fn']:>4}  "
            f"precision {r['precision']:.3f}  recall {r['recall']:.3f}  kind accuracy {r['kind_accuracy']:.3f}  "
            f"wrong-kind errors {r['wrong_kind_errors']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--labels", help="one label set (default: every set in benchmarks/eval/)")
    parser.add_argument("--schemas", help="folder holding the schemas of the set's sources (sources.yaml or <source>/)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a set is below its floor in eval/floors.yaml")
    parser.add_argument("--floors", default=str(EVAL / "floors.yaml"), help="the floors file for --check")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    schemas = Path(args.schemas) if args.schemas else None
    if args.labels:
        sets = [(Path(args.labels).stem, Path(args.labels))]
    else:
        sets = [(name, EVAL / f"{name}.csv") for name in SETS if (EVAL / f"{name}.csv").is_file()]
    limits = floors(Path(args.floors)) if args.check else {}
    failed: list[str] = []
    for name, path in sets:
        folder = schemas
        if folder is None and (EVAL / name).is_dir():
            folder = EVAL / name  # heldout2.csv reads its schemas from eval/heldout2/
        result = evaluate(corpus, path, args.verbose, folder)
        print(_line(name, result))
        if args.verbose or args.labels:
            for source, c in sorted(result["per_source"].items()):
                print(f"  {source:<22} {c}")
            print(f"special-category columns missed: {len(result['special_missed'])}", *result["special_missed"], sep="\n  ")
        for metric, floor in (limits.get(name) or {}).items():
            if result[metric] > floor if metric in _CEILINGS else result[metric] < floor:
                failed.append(f"{name}: {metric} {result[metric]:.3f} is beyond its floor {floor}")
    for line in failed:
        print(f"FAIL {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
