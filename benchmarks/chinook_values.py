"""Value evidence on third-party data: the Chinook sample database (../shared/corpus/chinook).

    python benchmarks/chinook_values.py [--corpus ../shared/corpus] [--sample 20]

Chinook ships its rows (customers, employees, invoices of a fictional music shop, with
international names and addresses). The script loads Chinook_Sqlite.sql into a temporary
SQLite file, samples every column with `scan`'s sampler and prints, per column, the kind
the VALUES alone point to (the column names are not used) against a hand label (by reading
the columns: which hold personal data, and of what kind). Only counts are printed.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.db.scan import scan  # noqa: E402

# Hand labels: personal-data kind of each column of the tables about people; every other
# column of the database (tracks, albums, artists, genres, playlists, ids, totals) is None.
LABELS = {
    ("customer", "FirstName"): "person-name", ("customer", "LastName"): "person-name", ("customer", "Company"): None,
    ("customer", "Address"): "postal-address", ("customer", "City"): None, ("customer", "State"): None, ("customer", "Country"): None,
    ("customer", "PostalCode"): "postal-code", ("customer", "Phone"): "phone", ("customer", "Fax"): "phone",
    ("customer", "Email"): "email",
    ("employee", "FirstName"): "person-name", ("employee", "LastName"): "person-name", ("employee", "Title"): None,
    ("employee", "BirthDate"): "birth-date", ("employee", "HireDate"): None, ("employee", "Address"): "postal-address",
    ("employee", "City"): None, ("employee", "State"): None, ("employee", "Country"): None, ("employee", "PostalCode"): "postal-code",
    ("employee", "Phone"): "phone", ("employee", "Fax"): "phone", ("employee", "Email"): "email",
    ("invoice", "InvoiceDate"): None, ("invoice", "BillingAddress"): "postal-address", ("invoice", "BillingCity"): None,
    ("invoice", "BillingState"): None, ("invoice", "BillingCountry"): None, ("invoice", "BillingPostalCode"): "postal-code",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sample", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "chinook.db"
        conn = sqlite3.connect(db)
        conn.executescript((Path(args.corpus) / "chinook" / "Chinook_Sqlite.sql").read_text(encoding="utf-8-sig"))
        conn.commit()
        conn.close()
        _, evidence = scan(str(db), sample=args.sample)
    rows, found, labelled, alarms = [], 0, 0, 0
    for (table, column), ev in sorted(evidence.items()):
        label = LABELS.get((table, column))
        best = ev.best()
        share = ev.share(best) if best else 0.0
        decided = best if share >= 0.3 else None  # what raises a classification (docs/scan.md)
        labelled += label is not None
        found += label is not None and decided == label
        alarms += decided is not None and decided != label
        if label or best:
            rows.append(f"{table + '.' + column:<27} {str(label):<15} {str(best):<15} {ev.count(best) if best else 0:>3}/{ev.sampled:<3} "
                        f"{'raised' if decided else ''}")
    print(f"{'column':<27} {'label':<15} {'values say':<15} count  effect (share >= 0.3)")
    print("\n".join(rows))
    print(f"{len(evidence)} columns sampled; personal columns whose values alone give the right kind: {found} of {labelled}; "
          f"false alarms: {alarms}")


if __name__ == "__main__":
    main()
