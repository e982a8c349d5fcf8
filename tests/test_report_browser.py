"""The report page in a real headless browser (Chromium): every section renders, and HTML
planted in column names and comments is shown as text and never runs.

Skipped when no Chromium is installed, except under NOTICE_CHECK_CI=1 (set by `.ci/run`, which
installs Debian's chromium): there a missing browser fails.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from conftest import EXAMPLE, SEED_POLICY, require

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")
PWN = "<script>document.title='PWNED'</script>"
INJECTED = '<b id="injected">x</b>'
PLANTED_SQL = f"""
CREATE TABLE asiakas (
    asiakas_id integer PRIMARY KEY,
    "sahkoposti{INJECTED.replace('"', '""')}" varchar(200),
    puhelin varchar(40)
);
COMMENT ON COLUMN asiakas.puhelin IS '{PWN.replace("'", "''")} <img src=x onerror="document.title=''PWNED''">';
"""


def find_browser() -> str | None:
    for candidate in CANDIDATES:
        found = shutil.which(candidate)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    found = find_browser()
    require(found, "Chromium", "tried: " + ", ".join(CANDIDATES))
    return found


def chromium(browser: str, profile, *args: str) -> subprocess.CompletedProcess:
    command = [
        browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=180)


def dump_dom(browser: str, tmp_path, page) -> str:
    done = chromium(browser, tmp_path / "profile-dom", "--dump-dom", page.resolve().as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "</html>" in done.stdout, "the browser returned no document"
    return done.stdout


def test_example_report_renders_every_section(browser, tmp_path, run):
    from checker.report import SECTIONS

    code, _, err = run("report", "--config", str(EXAMPLE / "notice-check.toml"), "--lang", "en", "-o", str(tmp_path / "out"))
    assert code == 0, err
    page = tmp_path / "out" / "report.en.html"
    dom = dump_dom(browser, tmp_path, page)
    for section in SECTIONS:
        assert f'<section id="{section}">' in dom, section
        assert f'href="#{section}"' in dom
    flows = dom[dom.index('<section id="flows">') : dom.index('<section id="findings">')]
    assert "<svg" in flows and "<rect" in flows and "<path" in flows
    assert dom.count('<article class="finding') > 10
    png = tmp_path / "report.png"
    done = chromium(browser, tmp_path / "profile-shot", f"--screenshot={png}", "--window-size=1280,2000", page.resolve().as_uri())
    assert png.is_file(), done.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_planted_script_is_text_and_never_runs(browser, tmp_path, run, lang):
    shutil.copy(SEED_POLICY, tmp_path / "policy.yaml")
    (tmp_path / "schema.sql").write_text(PLANTED_SQL, encoding="utf-8")
    code, _, err = run("report", "schema.sql", "--policy", "policy.yaml", "--dialect", "postgres", "--lang", lang, "-o", "out", cwd=tmp_path)
    assert code == 0, err
    dom = dump_dom(browser, tmp_path, tmp_path / "out" / f"report.{lang}.html")
    title = re.search(r"<title>(.*?)</title>", dom, re.S)
    assert title and "PWNED" not in title.group(1)
    assert "<script" not in dom.lower(), "a script element reached the DOM"
    assert '<b id="injected"' not in dom and "<img" not in dom.lower(), "planted markup became elements"
    assert re.search(r"<td class=\"comment\">&lt;script&gt;document\.title='PWNED'&lt;/script&gt;", dom)
    assert "sahkoposti&lt;b id=\"injected\"&gt;x&lt;/b&gt;" in dom


A4_PRINTABLE = "186mm"  # 210 mm less the @page margins of 12 mm each side
LAYOUT_CHECK = """<script>
window.addEventListener("load", () => {
  document.querySelectorAll("details").forEach(d => d.open = true);
  const right = document.body.getBoundingClientRect().right + 1;
  const over = [];
  document.querySelectorAll("table, pre, svg, td, th").forEach(el => {
    const r = el.getBoundingClientRect();
    const cut = ["TD", "TH", "PRE"].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1;
    if (r.right > right || cut) over.push(el.tagName + " " + (el.textContent || "").slice(0, 40));
  });
  const locs = [...document.querySelectorAll(".loc")].filter(el => el.textContent.length > 12);
  const letters = locs.filter(el => el.getBoundingClientRect().width < 40).length;
  document.title = "LAYOUT " + (over.length ? "OVER " + over.join(" | ") : "OK") + " LOCS " + locs.length + " NARROW " + letters;
});
</script>"""


def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_report_prints_on_a4_without_cut_off_tables(browser, tmp_path, run, lang):
    """Print to PDF: a bounded number of pages; laid out at the printable width of A4 with the
    print stylesheet, no table, diagram or cell runs past the paper's edge, and no location
    is squeezed into a column that would wrap it letter by letter."""
    code, _, err = run("report", "--config", str(EXAMPLE / "notice-check.toml"), "--lang", lang, "-o", str(tmp_path / "out"))
    assert code == 0, err
    page = tmp_path / "out" / f"report.{lang}.html"
    pdf = tmp_path / "report.pdf"
    done = chromium(browser, tmp_path / "profile-pdf", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.resolve().as_uri())
    assert pdf.is_file(), done.stderr[-2000:]
    pages = pdf_pages(pdf.read_bytes())
    assert 5 <= pages <= 40, pages  # the example's report is about 20 pages of A4

    html = page.read_text(encoding="utf-8")
    assert html.count("@media print{") == 1 and "@page{size:A4" in html
    html = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)  # the check is a script
    html = html.replace("@media print{", "@media all{").replace("<body>", f'<body style="width:{A4_PRINTABLE};margin:0">')
    check = tmp_path / "print-check.html"
    check.write_text(html.replace("</body>", LAYOUT_CHECK + "</body>"), encoding="utf-8")
    dom = dump_dom(browser, tmp_path, check)
    title = re.search(r"<title>(LAYOUT[^<]*)</title>", dom)
    assert title, "the layout check did not run"
    verdict = title.group(1)
    assert verdict.startswith("LAYOUT OK"), verdict
    m = re.search(r"LOCS (\d+) NARROW (\d+)", verdict)
    assert int(m.group(1)) > 50 and int(m.group(2)) == 0, verdict
