"""Hostile names, comments and policy texts through every command and output format.

Quoted identifiers make any text a legal table or column name (``CREATE TABLE "x<script>"
("a\\nb" text)``) and ``COMMENT ON COLUMN`` carries anything, so every output treats them as
untrusted: HTML has no element or attribute from input, Markdown no live link, image, code
span or HTML, text and workflow commands no control characters and one command per line,
XML is well-formed, JSON and SARIF round-trip, the draft data map YAML loads back as the same
columns, and a live scan with sampling shows counts and masks only, never a value (nor part
of one). One project is built and every command run once (module fixture): fast and
deterministic.
"""
from __future__ import annotations

import csv
import html
import html.parser
import io
import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import SEED_POLICY, ROOT
from scan_data import card, email, hetu, iban_fi, phone, ytunnus

from checker.cli import main
from checker.errors import UserError

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "]]>",
    "</details>",
    "[x](javascript:alert(1))",
    "![x](http://evil/x.png)",
    "|pipe|",
    "`tick`",
    "<!--",
    "a\nb",
    "c\rd",
    "\x1b[31mred",
    "\x1b]8;;http://evil\x07L\x1b]8;;\x07",
    "\u202egnp.exe",
    ": x",
    " #c",
    "&anchor",
    "*alias",
    "!!python/object:os.system",
    "{x}",
    "- y",
    '=HYPERLINK("http://evil","c")',
    "%0A::error::inj",
    "::set-output name=x::y",
    "& < > ' \\ \\\\ &lt;b&gt;",
    "\x01\x08\x0b\x0c\x7f\x85",
    "\u2028\u2029",
    "\ufffe",
    "www.evil.example and mallory@evil.example",
]
# name stems the classifier reads as personal data the seed notice does not list
STEMS = ["tulot_", "diagnoosi_", "kansalaisuus_", "asiakasnumero_", "email_"]
TABLE = "asiakas<script>alert(1)</script>"
SINK_SCHEMA, SINK_TABLE = "exp<x>", "t|y`z`<img src=x>"
FORMULA_LABELS = ['=HYPERLINK("http://evil")', "+1+cmd", "-2+3", "@SUM(A1)"]
CONTROLS = ("\x1b", "\x07", "\r", "\u202e", "\x00")
CHECK_FORMATS = ["text", "json", "sarif", "junit", "github", "gitlab"]
KEY = re.compile(r"^[^.\s]+(\.[^.\s]+){1,2}$")  # data map keys (schemas/datamap.schema.json)


def q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def hostile_columns() -> list[str]:
    cols = [STEMS[i % len(STEMS)] + h for i, h in enumerate(HOSTILE)]
    return cols + [lead + "sahkoposti" for lead in ("=", "+", "-", "@", "\t", "- ", "? ", "#")]


def _taint(node, bad: str) -> None:
    """Append ``bad`` to every label, text and name of the policy."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("label", "text", "name", "role", "criteria", "statement", "how", "legitimate_interest"):
                if isinstance(value, dict):
                    for lang in value:
                        value[lang] = f"{value[lang]} {bad}"
                elif isinstance(value, str):
                    node[key] = f"{value} {bad}"
                else:
                    _taint(value, bad)
            else:
                _taint(value, bad)
    elif isinstance(node, list):
        for item in node:
            _taint(item, bad)


def build_project(root: Path) -> None:
    (root / "migrations").mkdir(parents=True)
    (root / "queries").mkdir()
    cols = hostile_columns()
    sql = "-- hostile <script>alert(1)</script> ]]> </details> \x1b[31m\n"
    sql += f"CREATE TABLE {q(TABLE)} (\n  id bigint PRIMARY KEY,\n" + ",\n".join(f"  {q(c)} text" for c in cols) + "\n);\n"
    for c in cols[: len(HOSTILE)]:
        comment = "comment " + " ".join(HOSTILE)
        sql += f"COMMENT ON COLUMN {q(TABLE)}.{q(c)} IS '" + comment.replace("'", "''") + "';\n"
    sql += f"CREATE TABLE {q('-lead: x #y')} (email text);\n"
    (root / "migrations" / "V1__hostile.sql").write_text(sql, encoding="utf-8", newline="")
    flow = "-- notice-check: purpose=marketing\n"
    flow += f"CREATE TABLE {q(SINK_SCHEMA)}.{q(SINK_TABLE)} (email text, tulot text);\n"
    flow += f"INSERT INTO {q(SINK_SCHEMA)}.{q(SINK_TABLE)} (email, tulot) SELECT {q(cols[4])}, {q(cols[0])} FROM {q(TABLE)};\n"
    (root / "queries" / "flow.sql").write_text(flow, encoding="utf-8", newline="")
    (root / "datamap.yaml").write_text(
        "version: 1\nsystems:\n  - id: evil-cloud\n    location: US\n"
        '    operated_by: "evil <i>op</i> | `x` \\u001b[31m =cmd [l](javascript:x)"\n    match:\n      schemas: ["exp*"]\n',
        encoding="utf-8",
    )
    policy = yaml.safe_load(SEED_POLICY.read_text(encoding="utf-8"))
    _taint(policy, " ".join(HOSTILE))
    for i, purpose in enumerate(policy.get("purposes") or ()):
        purpose["label"] = {"fi": FORMULA_LABELS[i % len(FORMULA_LABELS)] + " " + purpose["label"]["fi"], "en": "=cmd|' /C calc'!A0"}
    policy["title"] = {"fi": "Otsikko " + " ".join(HOSTILE), "en": "Title " + " ".join(HOSTILE)}
    (root / "policy.yaml").write_text(yaml.safe_dump(policy, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (root / "notice-check.toml").write_text(
        'policy = "policy.yaml"\ndialect = "postgres"\npaths = ["migrations", "queries"]\ndatamap = "datamap.yaml"\n', encoding="utf-8"
    )


@pytest.fixture(scope="module")
def out(tmp_path_factory) -> Path:
    """The hostile project, with every command's output written into it."""
    root = tmp_path_factory.mktemp("hostile")
    build_project(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        mp.setenv("NOTICE_CHECK_CACHE_DIR", str(root / ".cache"))
        cfg = ("--config", "notice-check.toml")
        assert main(["policy", "validate", "policy.yaml"]) == 0
        for fmt in CHECK_FORMATS:
            assert main(["check", *cfg, "--format", fmt, "-o", f"check.{fmt}"]) == 1
        for fmt in ("text", "json", "yaml"):
            assert main(["classify", *cfg, "--format", fmt, "-o", f"classify.{fmt}"]) == 0
        assert main(["classify", *cfg, "--datamap", "classify.yaml", "--format", "json", "-o", "reclassify.json"]) == 0
        assert main(["check", *cfg, "--datamap", "classify.yaml", "--format", "json", "-o", "recheck.json"]) == 1
        for lang in ("fi", "en"):
            assert main(["report", *cfg, "--lang", lang, "-o", "report"]) == 0
        for lang, fmt, name in (("en", "markdown", "notice.md"), ("fi", "html", "notice.html"), ("fi", "markdown", "notice.fi.md"), ("en", "html", "notice.en.html")):
            assert main(["policy", "render", "policy.yaml", "--lang", lang, "--format", fmt, "-o", name]) == 0
        assert main(["ropa", *cfg, "-o", "ropa.csv"]) == 0
        assert main(["ropa", *cfg, "--format", "jsonld", "-o", "ropa.jsonld"]) == 0
    return root


def read(out: Path, name: str) -> str:
    return (out / name).read_text(encoding="utf-8")


def check_json(out: Path) -> dict:
    return json.loads(read(out, "check.json"))


def hostile_findings(out: Path) -> list[dict]:
    return [f for f in check_json(out)["findings"] if f["table"] == TABLE]


# ---------------------------------------------------------------- checkers


ALLOWED_TAGS = set(
    "html head meta title style body header main footer nav section details summary h1 h2 h3 p span div table thead tbody "
    "tr th td code small br ul ol li dl dt dd strong em b a svg text path rect g article pre wbr".split()
)


class _Html(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.depth: dict[str, int] = {}
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"element <{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in ("src", "srcset", "formaction", "style"):
                self.problems.append(f"attribute {name}={value!r} on <{tag}>")
            if name == "href" and not re.match(r"(#|mailto:[\w.-]+@[\w.-]+$|https://(www\.leppakoski\.fi|tietosuoja\.fi)\b)", value or ""):
                self.problems.append(f"href {value!r}")
        if tag not in ("meta", "br", "rect", "path"):
            self.depth[tag] = self.depth.get(tag, 0) + 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.depth[tag] = self.depth.get(tag, 0) - (tag not in ("meta", "br", "rect", "path"))

    def handle_endtag(self, tag):
        self.depth[tag] = self.depth.get(tag, 0) - 1

    def handle_comment(self, data):
        self.problems.append(f"comment {data[:30]!r}")

    def handle_data(self, data):
        self.text.append(data)


def html_problems(text: str) -> tuple[list[str], str]:
    """(problems, the page's text): elements, attributes, links or comments that came from input."""
    p = _Html()
    p.feed(text)
    p.close()
    problems = list(p.problems)
    problems += [f"unbalanced <{t}> ({n})" for t, n in p.depth.items() if n and t in ("details", "section", "table", "summary", "td", "tr", "code", "p", "li")]
    problems += [f"raw {ch!r}" for ch in CONTROLS if ch in text]
    return problems, "".join(p.text)


_ESCAPED = re.compile(r"\\[!-/:-@\[-`{-~]")  # a CommonMark backslash escape of ASCII punctuation


def markdown_problems(text: str, *, trusted_links: bool = False) -> list[str]:
    """Live Markdown from input: tags, links, images, code spans, entities, autolinks, controls.

    Escaped characters are blanked first; what is left must hold no markup: the report's own
    links point at its headings (``](#``), the notice's own autolinks are the policy's http(s)
    addresses (``trusted_links``).
    """
    problems = [f"raw {ch!r}" for ch in CONTROLS if ch in text]
    bare = _ESCAPED.sub("\x00\x00", text)
    if trusted_links:
        bare = re.sub(r"<(https://[^\s<>]+|[\w.+-]+@[\w.-]+)>", "", bare)
    for pattern, what in (
        (r"<[A-Za-z!?/]", "HTML"),
        (r"\]\((?!#)", "link or image"),
        (r"`", "code span"),
        (r"&#?\w+;", "entity"),
        (r"(?i)\b(https?|ftp)://", "autolink" if not trusted_links else None),
        (r"(?i)(?<![\w.])www\.", "www autolink" if not trusted_links else None),
    ):
        if what:
            problems += [f"{what}: {bare[max(0, m.start() - 20):m.end() + 20]!r}" for m in re.finditer(pattern, bare)]
    return problems


def table_rows_consistent(text: str) -> list[str]:
    """Every Markdown table row has its header's number of (unescaped) cell separators."""
    problems, width = [], None
    for line in _ESCAPED.sub("\x00\x00", text).split("\n"):
        if line.startswith("|"):
            n = line.count("|")
            width = n if width is None else width
            if n != width:
                problems.append(f"row with {n} separators, header {width}: {line[:60]!r}")
        else:
            width = None
    return problems


def control_problems(text: str) -> list[str]:
    return [f"{ch!r} in {text[max(0, i - 30):i + 5]!r}" for i, ch in enumerate(text) if ch != "\n" and not ch.isprintable()][:5]


# ---------------------------------------------------------------- check formats


def test_every_hostile_name_reaches_the_findings(out):
    findings = hostile_findings(out)
    columns = {f["column"] for f in findings}
    assert len(columns) >= 20, sorted(columns)
    assert {"tulot_<script>alert(1)</script>", "kansalaisuus_]]>", "asiakasnumero_</details>", 'diagnoosi_=HYPERLINK("http://evil","c")'} <= columns
    assert any("\x1b" in c for c in columns) and any("\u202e" in c for c in columns)  # JSON keeps the exact name


def test_text_has_no_control_characters(out):
    for name in ("check.text", "classify.text"):
        text = read(out, name)
        assert "<script>alert(1)</script>" in text  # shown, as text
        assert control_problems(text) == [], name


def test_json_and_gitlab_round_trip(out):
    findings = hostile_findings(out)
    gitlab = json.loads(read(out, "check.gitlab"))
    descriptions = {i["description"] for i in gitlab}
    for f in findings:
        assert f"{TABLE}.{f['column']}" in f["message"]
        assert any(d.startswith(f["message"]) for d in descriptions)


def test_sarif_round_trips_without_embedded_links(out):
    sarif = json.loads(read(out, "check.sarif"))
    results = sarif["runs"][0]["results"]
    hostile = [r for r in results if r.get("properties", {}).get("table") == TABLE]
    assert {r["properties"]["column"] for r in hostile} >= {f["column"] for f in hostile_findings(out)}  # exact names
    for r in hostile:
        text = r["message"]["text"]
        assert not re.search(r"(?<!\\)\]\(", text), text  # no [text](target) link (SARIF §3.11.6)
        assert f"{TABLE}.{r['properties']['column']}" in text.replace("\\](", "](")


def test_junit_is_well_formed_and_keeps_the_text(out):
    root = ET.fromstring(read(out, "check.junit").encode("utf-8"))
    failures = {f.get("message") for f in root.iter("failure")}
    not_xml = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    for f in hostile_findings(out):
        if f["severity"] == "error":
            assert not_xml.sub("", f["message"]) in failures


def test_github_commands_cannot_be_broken(out):
    lines = read(out, "check.github").rstrip("\n").split("\n")
    command = re.compile(r"^::(error|warning|notice) (file|line|col|title)=[^,:\n]*(,(file|line|col|title)=[^,:\n]*)*::[^\n]*$")
    assert all(command.match(line) for line in lines[:-1]), [line for line in lines[:-1] if not command.match(line)][:3]
    assert re.match(r"^\d+ findings? \(", lines[-1])
    text = "\n".join(lines)
    assert control_problems(text) == []
    assert "%250A::error::inj" in text  # a literal %0A is escaped, not decoded into a new line
    assert "c%0Ad" in text or "c%0Dd" in text  # a real line break inside a name is escaped


# ---------------------------------------------------------------- classify and the draft data map


def test_classify_yaml_loads_back_as_the_same_columns(out):
    text = read(out, "classify.yaml")
    data = yaml.safe_load(text)
    columns = json.loads(read(out, "classify.json"))["columns"]
    proposed = {f"{c['table']}.{c['column']}" for c in columns if c["kind"] or c["declared_category"]}
    representable = {k for k in proposed if KEY.match(k)}
    assert set(data["columns"]) == representable  # exact names: escapes round-trip
    assert len(representable) >= 20
    reclassified = {f"{c['table']}.{c['column']}": c for c in json.loads(read(out, "reclassify.json"))["columns"]}
    for key, value in data["columns"].items():
        assert reclassified[key]["source"] in ("datamap", "annotation"), key
        if reclassified[key]["source"] == "datamap":
            assert value in (reclassified[key]["category"], reclassified[key]["declared_category"])
    # names the data map format cannot hold are listed as comments, never as broken keys
    for key in proposed - representable:
        assert json.dumps(key, ensure_ascii=True)[1:-1].split("\\")[0] in text
    assert all(line.startswith(("#", "  ", "version:", "columns:")) for line in text.splitlines())
    assert not control_problems(text.replace("\n", ""))


def test_render_yaml_edge_cases():
    from checker.model import Classification, Column, Confidence, Location
    from checker.render.classification import render_yaml, yaml_quote

    for s in HOSTILE + ["", "null", "~", "1e3", "x" * 300 + " y", "\U0001f600", "ä\u00a0ö", "\ud800", "\\x41", '"', "'"]:
        assert yaml.safe_load(yaml_quote(s)) == s, repr(s)
        assert "\n" not in yaml_quote(s)

    def col(table, name, kind, category=None, declared=None):
        column = Column(table, name, "text", "text", None, Location("m.sql", 1, 1))
        return Classification(column, kind, category, Confidence.HIGH, f"reason {name}\u2028x: y\x1b", "vocabulary", declared)

    rows = [
        col("a", "Email", "email", "contact"),
        col("A", "email", "email", "contact"),  # the same data map key (case)
        col("a", "n" * 150, "income"),  # long: never folded
        col("a", "b", None, None, "null"),  # an annotation naming "null" stays a string
        col("a", "c", "income", None, "123"),  # quoted: stays a string
        col("a", "d e", "income"),  # whitespace: not a data map key
    ]
    text = render_yaml(rows)
    data = yaml.safe_load(text)
    assert data["columns"] == {"a.Email": "contact", "a." + "n" * 150: "todo-income", "a.b": "null", "a.c": "123"}
    assert "A.email" in text and '"a.d e"' in text  # as comments


# ---------------------------------------------------------------- notice, report, RoPA


@pytest.mark.parametrize("name", ["notice.html", "notice.en.html", "report/report.fi.html", "report/report.en.html"])
def test_html_has_no_markup_from_input(out, name):
    text = read(out, name)
    problems, page = html_problems(text)
    assert problems == []
    assert "<script>alert(1)</script>" in page  # the hostile text is there, as text
    if name.startswith("report/"):
        assert "Content-Security-Policy" in text and "default-src 'none'" in text


@pytest.mark.parametrize("name", ["notice.md", "notice.fi.md"])
def test_notice_markdown_has_no_live_markup(out, name):
    text = read(out, name)
    assert markdown_problems(text, trusted_links=True) == []
    assert "\\<script\\>alert(1)\\</script\\>" in text


@pytest.mark.parametrize("name", ["report/report.fi.md", "report/report.en.md"])
def test_report_markdown_has_no_live_markup(out, name):
    text = read(out, name)
    # the notice changes are one fenced diff: literal text, its fence longer than any backtick run inside
    fenced = re.findall(r"^(`{3,})diff\n(.*?)^\1$", text, flags=re.M | re.S)
    assert len(fenced) <= 1
    for fence, body in fenced:
        assert not re.search(f"^{fence}", body, flags=re.M)
    text = re.sub(r"^(`{3,})diff\n.*?^\1$", "", text, flags=re.M | re.S)
    assert markdown_problems(text) == []
    assert table_rows_consistent(text) == []
    assert "\\|pipe\\|" in text and "http\\://evil" in text


def test_report_has_the_flow_and_names(out):
    page = html.unescape(read(out, "report/report.en.html"))
    assert f"{SINK_SCHEMA}.{SINK_TABLE}" in page and "evil-cloud" in page
    md = read(out, "report/report.en.md")
    assert "exp\\<x\\>.t\\|y\\`z\\`\\<img src=x\\>" in md


def test_ropa_jsonld_parses_and_csv_is_clean(out):
    doc = json.loads(read(out, "ropa.jsonld"))
    assert "<script>alert(1)</script>" in json.dumps(doc, ensure_ascii=False)
    rows = list(csv.reader(io.StringIO(read(out, "ropa.csv").lstrip("\ufeff"), newline="")))
    assert len(rows) > 1 and len({len(r) for r in rows}) == 1
    for row in rows:
        for cell in row:
            assert control_problems(cell.replace("\n", "")) == []


def test_ropa_csv_neutralises_formulas(out):
    rows = list(csv.reader(io.StringIO(read(out, "ropa.csv").lstrip("\ufeff"), newline="")))
    cells = [cell for row in rows[1:] for cell in row]
    assert any(cell.startswith("'=HYPERLINK(") for cell in cells)
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_csv_cells():
    from checker.render.csv_cells import cell

    for text in FORMULA_LABELS + ["\tx", "\rx", "\uff1dSUM(A1)"]:
        assert cell(text) == "'" + text
    for text in ("kaukolämpö", "'quoted", "", "a=b", "1-2"):
        assert cell(text) == text


# ---------------------------------------------------------------- renderer units


def test_md_escape_neutralises_every_payload():
    from checker.render.notice import md_escape, printable

    for h in HOSTILE:
        assert markdown_problems(md_escape(h, autolinks=False)) == [], repr(h)
        assert markdown_problems(md_escape(h), trusted_links=True) == [], repr(h)
    assert md_escape("    code\n\n    block") == "code\n\nblock"  # no indented code block
    assert md_escape("a\rb\r# h") == "a\nb\n\\# h"
    assert printable("a\u00a0b\u00adc\u200dd") == "a\u00a0b\u00adc\u200dd"  # harmless spaces and joiners stay
    assert printable("\x1b\u202e\u2028\ud800\t") == "\ufffd" * 4 + " "


def test_json_writes_lone_surrogates_as_escapes():
    from checker.model import Finding, Location, Report, Severity
    from checker.render import gitlab, json_out, sarif

    f = Finding("PN201", Severity.ERROR, "x\ud800y \"q\" \\ \x00", Location("m.sql", 1, 1), table="t", column="c\udfff")
    for render in (json_out.render, sarif.render, gitlab.render):
        text = render(Report((f,)))
        text.encode("utf-8")  # encodable
        assert "x\ud800y" in json.dumps(json.loads(text), ensure_ascii=False)


def test_junit_with_control_characters_is_well_formed():
    from checker.model import Finding, Location, Report, Severity
    from checker.render import junit

    messages = [h for h in HOSTILE] + ["\x00\ud800\ufffe\uffff"]
    findings = tuple(Finding("PN201", Severity.ERROR, m, Location("m.sql", 1, 1), table=m, column=m) for m in messages)
    root = ET.fromstring(junit.render(Report(findings)).encode("utf-8"))
    assert len(list(root.iter("failure"))) == len(messages)


def test_write_atomic_survives_unencodable_text(tmp_path):
    from checker.output import write_atomic

    target = tmp_path / "out.json"
    write_atomic(target, "a\ud800b")
    assert target.read_text(encoding="utf-8") == "a?b"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left


# ---------------------------------------------------------------- YAML loading


@pytest.mark.parametrize(
    "text, message",
    [
        ("x: !!python/object/apply:os.system ['true']\n", "unsupported YAML tag"),
        ("a: &a {x: *a}\n", "recursive alias"),
        ("a: " + "[" * 250 + "]" * 250 + "\n", "levels deep"),
        ("a: &a [" + ", ".join(["x"] * 9) + "]\n" + "".join(f"{c}: &{c} [" + ", ".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi")), "expands to more than"),
    ],
)
def test_hostile_yaml_is_refused_quickly(text, message):
    from checker.yamlload import load_located

    with pytest.raises(UserError, match=message):
        load_located(text, "x.yaml")


# ---------------------------------------------------------------- live scan: hostile names, sampled values


SCAN_COLUMNS = {  # hostile name -> generator of values (the name says nothing, the values do)
    "c1\x1b[31m": lambda rng, i: hetu(rng, "-+AYB"[i % 5]),
    "c2]]><!--": lambda rng, i: email(rng, i),
    "c3 [x](javascript:1)%0A::error::x": lambda rng, i: iban_fi(rng),
    "=HYPERLINK()": lambda rng, i: card(rng),
    "c5 ::set-output name=x::y": lambda rng, i: phone(rng),
    "c6\u202e": lambda rng, i: ytunnus(rng),
}


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    import random

    rng = random.Random(1234)
    db = tmp_path_factory.mktemp("hostiledb") / "hostile.db"
    conn = sqlite3.connect(db)
    table = "t<script>x</script>"
    conn.execute(f"CREATE TABLE {q(table)} (id integer PRIMARY KEY, " + ", ".join(f"{q(c)} text" for c in SCAN_COLUMNS) + ")")
    raw: list[str] = []
    for i in range(25):
        row = [gen(rng, i) for gen in SCAN_COLUMNS.values()]
        raw += row
        conn.execute(f"INSERT INTO {q(table)} VALUES (?{', ?' * len(row)})", (i, *row))
    conn.commit()
    conn.close()
    return db, raw


def _fragments(value: str) -> set[str]:
    """Every 6-character piece of the value's letter-and-digit runs that holds 3 digits or more."""
    runs = re.findall(r"[A-Za-z0-9]{6,}", value)
    return {r[i : i + 6] for r in runs for i in range(len(r) - 5) if sum(ch.isdigit() for ch in r[i : i + 6]) >= 3}


@pytest.mark.parametrize("fmt", CHECK_FORMATS)
def test_scan_shows_no_value_nor_part_of_one(run, hostile_db, tmp_path, fmt):
    db, raw = hostile_db
    policy = ROOT / "tests" / "fixtures" / "policies" / "good.yaml"
    target = tmp_path / f"scan.{fmt}"
    code, stdout, stderr = run("scan", "--db", str(db), "--policy", str(policy), "--sample", "25", "--format", fmt, "-o", str(target), "--progress")
    assert code == 1, stderr
    text = target.read_text(encoding="utf-8")
    everything = "\n".join((stdout, stderr, text))
    assert [v for v in raw if v in everything] == []
    # fingerprints are hashes over paths that change per run (tmp_path): a run of six of
    # their hex digits can equal a piece of a value by chance, which is no leak
    hashless = re.sub(r"[0-9a-f]{16,}", "#", everything)
    leaked = sorted({p for v in raw for p in _fragments(v) if p in hashless})
    assert leaked == []
    if fmt in ("json", "sarif", "junit"):  # the others show messages, not reasons
        assert "sampled 25 values" in text
    if fmt in ("text", "github"):
        assert control_problems(text) == []
    if fmt == "github":
        assert "%250A::error::x" in text
    if fmt == "json":
        findings = {f["column"]: f for f in json.loads(text)["findings"]}
        assert findings["c3 [x](javascript:1)%0A::error::x"]["kind"] == "bank-account"
        assert findings["c1\x1b[31m"]["kind"] == "national-id" and "(e.g. ******" in findings["c1\x1b[31m"]["reason"]
        examples = [ex for f in findings.values() for _, shown in f.get("evidence", {}).get("examples", ()) for ex in shown]
        assert examples and not [ex for ex in examples if re.search(r"\d", ex)]


def test_masks_hold_no_letter_or_digit_of_the_value():
    import random

    from checker.db.evidence import collect
    from checker.db.mask import mask
    from checker.db.validators import detect

    rng = random.Random(99)
    allowed = {"national-id": set("-+ABCDEFYXWVU"), "bank-account": {"F", "I"}, "email": set("fi")}
    for i in range(300):
        value = [hetu(rng, "-+AYBXWVUCDEF"[i % 13]), email(rng, i), iban_fi(rng), card(rng), phone(rng), ytunnus(rng)][i % 6]
        kind = detect(value)
        assert kind is not None, value
        shown = mask(value, kind)
        assert {ch for ch in shown if ch.isalnum()} <= allowed.get(kind, set()), (kind, shown)
        ev = collect([value])
        assert value not in repr(ev) and not any(p in repr(ev) for p in _fragments(value))
        assert not any(p in ev.describe(kind) for p in _fragments(value))
    assert mask("131052Q308T", "national-id") == "***********"  # no unexpected marker survives
    assert mask("12FI00", "bank-account") == "******"
