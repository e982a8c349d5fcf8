"""Synthetic, checksum-valid personal data and the example schema, for the `scan` tests.

Every value is generated (seeded, deterministic); none belongs to a real person.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "leppakoski"
MIGRATIONS = EXAMPLE / "migrations"
CONFIG = EXAMPLE / "notice-check.toml"

HETU_ALPHABET = "0123456789ABCDEFHJKLMNPRSTUVWXY"
OLD_SIGNS = "-+A"
NEW_SIGNS = "YXWVUBCDEF"  # the century signs introduced in 2023
_CENTURY = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}

# Expected kinds of the meaninglessly named columns of table t1 (col8 is a control).
T1_KINDS = {
    "col1": "national-id",  # old century signs - + A
    "col2": "national-id",  # 2023 century signs
    "col3": "business-id",
    "col4": "bank-account",
    "col5": "payment-card",
    "col6": "email",
    "col7": "phone",
    "col8": None,
}
T1_DDL = (
    "CREATE TABLE t1 (id integer PRIMARY KEY, col1 varchar(20), col2 varchar(20), col3 varchar(20), "
    "col4 varchar(40), col5 varchar(30), col6 varchar(100), col7 varchar(30), col8 text)"
)


# Table t2: personal data beyond checksums in meaninglessly named columns, and traps.
# Hand labels (the kind each column holds; None: no personal data).
T2_KINDS = {
    "c1": "person-name",
    "c2": "birth-date",
    "c3": "postal-address",
    "c4": "postal-code",
    "c5": "gender",
    "c6": "ip-address",
    "c7": "geolocation",
    "c8": "social-media",
    "c9": "free-text",
    "c10": "email",  # inside JSON documents, under contact.email
    "c11": None,  # product names
    "c12": None,  # ordinary (invoice) dates
    "c13": None,  # product codes
    "c14": None,  # clothing sizes
    "c15": None,  # version strings
}
T2_DDL = (
    "CREATE TABLE t2 (id integer PRIMARY KEY, c1 varchar(100), c2 date, c3 varchar(100), c4 varchar(10), c5 varchar(10), "
    "c6 varchar(45), c7 varchar(60), c8 varchar(200), c9 text, c10 text, c11 varchar(100), c12 date, c13 varchar(20), "
    "c14 varchar(5), c15 varchar(20))"
)
FIRST_NAMES = ["Matti", "Anna", "Juha", "Liisa", "Erik", "Maria", "Mikko", "Sanna", "Karin", "Johanna", "Timo", "Elina", "Lars", "Ingrid", "Pekka", "Aino"]
SURNAMES = ["Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Lindqvist", "Johansson", "Koskinen", "Heikkinen",
            "Andersson", "Lehtonen"]
STREETS = ["Kauppakatu", "Mannerheimintie", "Koulukuja", "Rantapolku", "Storgatan", "Kungsvägen", "Puistotie", "Myllymäki"]
PRODUCTS = ["Kaukolämpö Perus", "Kaukolämpö Plus", "Lämpöpumppu 9 kW", "Aurinkopaneeli X200", "Huoltosopimus 24/7", "Kaukojäähdytys",
            "Energiaraportti Pro", "Mittarinvaihto", "Sähkö Vihreä", "Liittymismaksu 2024"]


def hetu(rng: random.Random, sign: str) -> str:
    base = _CENTURY[sign]
    year = base + rng.randrange(0, 100 if base < 2000 else 24)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    individual = rng.randint(2, 899)
    digits = f"{day:02d}{month:02d}{year % 100:02d}"
    return f"{digits}{sign}{individual:03d}{HETU_ALPHABET[int(digits + f'{individual:03d}') % 31]}"


def ytunnus(rng: random.Random) -> str:
    while True:
        body = f"{rng.randint(1000000, 9999999)}"
        rest = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2))) % 11
        if rest != 1:
            return f"{body}-{0 if rest == 0 else 11 - rest}"


def iban_fi(rng: random.Random) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(14))
    numeric = int(bban + "1518" + "00")  # F=15, I=18
    return f"FI{98 - numeric % 97:02d}{bban}"


def luhn_complete(partial: str) -> str:
    total = 0
    for i, d in enumerate(reversed(partial)):
        n = int(d)
        if i % 2 == 0:
            n = n * 2 - 9 if n * 2 > 9 else n * 2
        total += n
    return partial + str((10 - total % 10) % 10)


def card(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "52", "53", "54", "55"])
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    number = luhn_complete(body)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4)) if rng.random() < 0.5 else number


def email(rng: random.Random, i: int) -> str:
    return f"etu{i:03d}.suku{rng.randint(100, 999)}@esimerkki{i % 3}.fi"


def phone(rng: random.Random) -> str:
    sub = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return rng.choice([f"+358 40 {sub[:3]} {sub[3:]}", f"040 {sub}", f"+35850{sub}", f"09 {sub[:4]} {sub[4:]}", f"050-{sub}"])


class Synthetic:
    """Rows for asiakas, asiakas_yhteystieto, asiakas_pankkitili and t1; ``raw`` lists every generated value."""

    def __init__(self, seed: int = 2023, rows: int = 30) -> None:
        rng = random.Random(seed)
        self.raw: list[str] = []
        self.asiakas, self.yhteystieto, self.pankkitili, self.t1, self.t2 = [], [], [], [], []
        signs = OLD_SIGNS + NEW_SIGNS
        for i in range(1, rows + 1):
            person = i <= rows - 6
            h = hetu(rng, signs[i % len(signs)]) if person else None
            y = None if person else ytunnus(rng)
            first, last = (f"Etuq{i:03d}x", f"Sukuq{i:03d}x") if person else (None, None)
            self.asiakas.append((i, f"A{i:07d}", "HENKILO" if person else "YRITYS", first, last, None if person else f"Yritysq{i:03d} Oy", h, y))
            e, p, m = email(rng, i), phone(rng), phone(rng)
            self.yhteystieto.append((i, i, f"Katuq {i}", "00100", "HELSINKI", p, e, m))
            account = iban_fi(rng)
            self.pankkitili.append((i, i, account, "NDEAFIHH", first or "Yritys"))
            t1 = (i, hetu(rng, OLD_SIGNS[i % 3]), hetu(rng, NEW_SIGNS[i % len(NEW_SIGNS)]), ytunnus(rng), iban_fi(rng), card(rng),
                  email(rng, 500 + i), phone(rng) if i % 5 else None, rng.choice(["lorem", "ipsum", "dolor", "sit amet", "42", "x"]))
            self.t1.append(t1)
            self.raw += [v for v in (h, y, first, last, e, p, m, account) if v]
            self.raw += [v for v in t1[1:8] if v]
            t2 = self._t2(rng, i)
            self.t2.append(t2)
            self.raw += [v for v in t2[1:11] if len(v) >= 6]  # gender letters and postal codes would match anything

    @staticmethod
    def _t2(rng: random.Random, i: int) -> tuple:
        import json

        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        born = f"{rng.randint(1935, 2006)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        street = f"{rng.choice(STREETS)} {rng.randint(1, 80)}" + rng.choice(["", f" B {rng.randint(1, 40)}", " A"])
        postal = f"{rng.choice(['00', '02', '20', '33', '40', '90'])}{rng.randint(100, 990):03d}"
        ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}" if i % 2 else f"2001:db8::{rng.randint(1, 65535):x}"
        point = f"{rng.uniform(60.0, 66.0):.5f}, {rng.uniform(21.0, 29.0):.5f}"
        profile = f"https://www.{rng.choice(['linkedin.com/in', 'instagram.com', 'github.com'])}/{first.lower()}{i:03d}"
        mail = f"{first.lower()}.{i:03d}@esimerkki.fi"
        note = (f"Asiakas soitti {rng.choice(['maanantaina', 'tiistaina'])}, soita takaisin numeroon 040 {rng.randint(1000000, 9999999)}"
                if i % 3 else f"Lasku lähetetty uudelleen, vastaus osoitteeseen {mail} viikon sisällä")
        if i % 5 == 0:
            note = "Mittarin lukema tarkistettu paikan päällä ilman huomautuksia"
        doc = json.dumps({"contact": {"email": mail, "lang": "fi"}, "marketing": i % 2 == 0})
        invoice = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return (i, f"{first} {last}", born, street, postal, rng.choice(["M", "F", "X"]), ip, point, profile, note, doc,
                rng.choice(PRODUCTS), invoice, f"SKU-{rng.randint(1000, 9999)}", rng.choice(["S", "M", "L", "XL"]),
                f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}")

    def statements(self) -> Iterator[tuple[str, tuple]]:
        """(INSERT with %s placeholders, row) pairs."""
        yield from (("INSERT INTO asiakas (asiakas_id, asiakasnumero, asiakastyyppi, etunimi, sukunimi, yritysnimi, henkilotunnus, ytunnus) "
                     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", r) for r in self.asiakas)
        yield from (("INSERT INTO asiakas_yhteystieto (yhteystieto_id, asiakas_id, lahiosoite, postinumero, postitoimipaikka, puhelin, "
                     "sahkoposti, matkapuhelin) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)", r) for r in self.yhteystieto)
        yield from (("INSERT INTO asiakas_pankkitili (pankkitili_id, asiakas_id, iban, bic, tilinomistaja) VALUES (%s, %s, %s, %s, %s)", r)
                    for r in self.pankkitili)
        yield T1_DDL, ()
        yield from (("INSERT INTO t1 VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", r) for r in self.t1)
        yield T2_DDL, ()
        yield from (("INSERT INTO t2 VALUES (" + ", ".join(["%s"] * 16) + ")", r) for r in self.t2)

    def load(self, execute: Callable[[str, tuple], object], placeholder: str = "%s") -> None:
        for sql, row in self.statements():
            execute(sql.replace("%s", placeholder), row)


def build_sqlite(db: Path, files: list[Path], data: Synthetic) -> Path:
    """A SQLite database from translated migration files, filled with ``data``."""
    import sqlite3

    conn = sqlite3.connect(db)
    for file in files:
        conn.executescript(file.read_text(encoding="utf-8"))
    data.load(lambda sql, row: conn.execute(sql, row), "?")
    conn.commit()
    conn.close()
    return db


def migration_files() -> list[Path]:
    from checker.sql import order_migrations

    return [Path(p) for p in order_migrations([str(p) for p in MIGRATIONS.glob("*.sql")])]


SERIAL_KEY = {"sqlite": "INTEGER PRIMARY KEY", "mysql": "BIGINT AUTO_INCREMENT PRIMARY KEY", "duckdb": "BIGINT PRIMARY KEY",
              "postgres": "BIGSERIAL PRIMARY KEY"}


def sqlite_migrations(target: Path) -> list[Path]:
    """The example's migrations translated to SQLite by sqlglot (indexes and COMMENT ON dropped)."""
    return translated_migrations(target, "sqlite")


def translated_migrations(target: Path, dialect: str) -> list[Path]:
    """The example's migrations translated by sqlglot to ``dialect`` (indexes and COMMENT ON dropped)."""
    import sqlglot
    from sqlglot import exp

    target.mkdir(parents=True, exist_ok=True)
    out = []
    for path in migration_files():
        statements = []
        for e in sqlglot.parse(path.read_text(encoding="utf-8"), read="postgres"):
            if e is None or isinstance(e, exp.Comment) or (isinstance(e, exp.Create) and e.kind == "INDEX"):
                continue
            sql = e.sql(dialect=dialect, comments=False)
            sql = re.sub(r"\bBIGSERIAL PRIMARY KEY\b", SERIAL_KEY[dialect], sql)
            if dialect in ("mysql", "duckdb"):  # MariaDB has INET6, DuckDB an extension (a download): the address as text
                sql = re.sub(r"\bINET\b", "VARCHAR(45)", sql)
            if dialect == "duckdb":  # DuckDB cannot ALTER a referenced table: no foreign keys (a scan reads none)
                sql = re.sub(r",\s*(?:CONSTRAINT \w+ )?FOREIGN KEY \([^)]*\) REFERENCES \w+ \([^)]*\)", "", sql)
                sql = re.sub(r"\s+REFERENCES \w+(?: \([^)]*\))?", "", sql)
                sql = re.sub(r"\s+ON (?:DELETE|UPDATE) (?:CASCADE|SET NULL|SET DEFAULT|RESTRICT|NO ACTION)", "", sql)
            statements.append(sql + ";")
        file = target / path.name
        file.write_text("\n".join(statements) + "\n", encoding="utf-8")
        out.append(file)
    return out


def inline_annotated(paths: list[Path], dialect: str) -> set[tuple[str, str]]:
    """Columns annotated by `--` comments in SQL files (a database only keeps column comments)."""
    from checker.pipeline import read
    from checker.sql.annotations import find_marker

    schema = read([(str(p), None) for p in paths], dialect)
    return {(c.table, c.name) for t in schema.tables for c in t.columns if c.annotation is not None and not find_marker(c.comment or "")}


def findings_by_column(report: dict, rules: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(f["table"], f["column"], f["rule"]) for f in report["findings"] if f["rule"] in rules}
