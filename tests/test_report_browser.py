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
