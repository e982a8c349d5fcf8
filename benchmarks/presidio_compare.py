"""Presidio's pattern recognizers (no NER model) against notice-check's value recognizers.

Usage (Presidio is not a dependency; use a separate environment):
    python -m venv /tmp/presidio && /tmp/presidio/bin/pip install presidio-analyzer python-stdnum pyyaml
    /tmp/presidio/bin/python benchmarks/presidio_compare.py

Values: the generated, hand-labelled columns of tests/scan_data.py (t1: checksummed
identifiers; t2: names, birth dates, addresses, ... and five trap columns) plus the trap
values of tests/test_recognizers.py. Each value is judged alone (no column tests), by
notice-check's ``recognize`` (JSON documents: their leaves) and by Presidio's recognizers at
any score (AnalyzerEngine's default threshold is 0), with Presidio's entity types mapped to
the catalog kinds. Output: per kind, values found / labelled and false alarms (a kind reported
on a value labelled otherwise or on a trap); then per column, the kind decided from 20
values (notice-check: ``collect`` with its column tests; Presidio: every kind found on 80 %
of them, counted right when the label is among them).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scan_data import T1_KINDS, T2_KINDS, Synthetic  # noqa: E402

from checker.db.recognizers import recognize  # noqa: E402

ENTITY_KIND = {
    "EMAIL_ADDRESS": "email", "PHONE_NUMBER": "phone", "IP_ADDRESS": "ip-address", "DATE_TIME": "birth-date",
    "CREDIT_CARD": "payment-card", "IBAN_CODE": "bank-account", "URL": "social-media", "FI_PERSONAL_IDENTITY_CODE": "national-id",
    "UK_POSTCODE": "postal-code", "DE_PLZ": "postal-code",
}
TRAPS = ["Kaukolämpö Perus", "Lämpöpumppu 9 kW", "Aurinkopaneeli X200", "Huoltosopimus 24/7", "SKU-1234", "ABC-123-XY", "Helsinki",
         "Espoo", "Oy Esimerkki Ab", "1.2.3", "10.0", "3.14159", "2024", "12345678", "https://example.com/about",
         "https://www.linkedin.com", "Tuote toimitetaan maanantaina varastosta", "Tilaus 12345 toimitettu 2024-03-02", "10.0.0.0/8",
         "999.1.1.1", "2001-05-03 14:22:10"]


def labelled() -> list[tuple[str, str, str | None, str]]:
    """(column, value, hand label, family)."""
    data = Synthetic()
    out: list[tuple[str, str, str | None, str]] = []
    for row in data.t1:
        out += [(f"t1.col{i}", str(v), T1_KINDS[f"col{i}"], "text") for i, v in enumerate(row[1:8], start=1) if v]
    for row in data.t2:
        for i, v in enumerate(row[1:], start=1):
            label = T2_KINDS[f"c{i}"]
            if i == 9 and "tarkistettu" in v:  # the notes without an identifier
                label = None
            out.append((f"t2.c{i}", str(v), label, "date" if i in (2, 12) else "text"))
    out += [("traps", v, None, "text") for v in TRAPS]
    return out


def ours(value: str, family: str) -> str | None:
    from checker.db.recognizers import json_leaves

    leaves = json_leaves(value)
    if leaves is None:
        return recognize(value, family)
    return next((k for k in (recognize(leaf) for _, leaf in leaves) if k), None)


def presidio() -> object:
    from presidio_analyzer import predefined_recognizers as p

    recognizers = [p.EmailRecognizer(), p.PhoneRecognizer(supported_regions=("FI", "SE", "GB", "US")), p.IpRecognizer(),
                   p.DateRecognizer(), p.CreditCardRecognizer(), p.IbanRecognizer(), p.UrlRecognizer(),
                   p.FiPersonalIdentityCodeRecognizer(), p.UkPostcodeRecognizer(), p.DePlzRecognizer()]

    def detect(value: str) -> set[str]:
        kinds = set()
        for r in recognizers:
            for hit in r.analyze(value, entities=r.supported_entities, nlp_artifacts=None) or ():
                if hit.entity_type in ENTITY_KIND:
                    kinds.add(ENTITY_KIND[hit.entity_type])
        return kinds

    return detect


def main() -> None:
    import importlib.metadata

    from checker.db.evidence import collect

    values = labelled()
    detect = presidio()
    found = {"ours": Counter(), "presidio": Counter()}
    alarms = {"ours": Counter(), "presidio": Counter()}
    total = Counter(label for _, _, label, _ in values if label)
    columns: dict[str, list[tuple[str, str | None, str, set[str]]]] = {}
    for column, value, label, family in values:
        mine = ours(value, family)
        theirs = detect(value)
        columns.setdefault(column, []).append((value, label, family, theirs))
        if label and mine == label:
            found["ours"][label] += 1
        if mine and mine != label:
            alarms["ours"][mine] += 1
        if label and label in theirs:
            found["presidio"][label] += 1
        for kind in theirs - {label}:
            alarms["presidio"][kind] += 1
    print(f"presidio-analyzer {importlib.metadata.version('presidio-analyzer')}, pattern recognizers only, any score")
    print(f"{'kind':<16} {'labelled':>8} {'ours':>6} {'presidio':>9}   false alarms: ours / presidio")
    for kind in sorted(set(total) | set(alarms["ours"]) | set(alarms["presidio"])):
        print(f"{kind:<16} {total[kind]:>8} {found['ours'][kind]:>6} {found['presidio'][kind]:>9}   {alarms['ours'][kind]:>4} / {alarms['presidio'][kind]}")
    print()
    print(f"{'column':<8} {'label':<15} {'ours':<15} {'presidio':<15}")
    right = Counter()
    for column, rows in columns.items():
        if column == "traps":
            continue
        rows = rows[:20]
        label = Counter(r[1] for r in rows).most_common(1)[0][0]
        mine = collect([r[0] for r in rows], rows[0][2]).best()
        counts = Counter(k for r in rows for k in r[3])
        theirs = sorted(k for k, n in counts.items() if n >= 0.8 * len(rows))  # Presidio reports every entity it finds
        right["ours"] += mine == label
        right["presidio"] += (label in theirs) if label else not theirs
        print(f"{column:<8} {str(label):<15} {str(mine):<15} {'+'.join(theirs) or 'None':<15}")
    print(f"columns right: ours {right['ours']}, presidio {right['presidio']} of {len(columns) - 1}")


if __name__ == "__main__":
    main()
