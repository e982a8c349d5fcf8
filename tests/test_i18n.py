"""Message catalogs: compiled files up to date, Finnish complete, English fallback, and
translated messages with their parameters."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
babel = pytest.importorskip("babel", reason="Babel extracts and compiles the catalogs (pip install -e '.[test]')")


def tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_shipped_mo_files_are_compiled_from_the_po_files(lang):
    t = tool()
    shipped = t.po_path(lang).with_suffix(".mo").read_bytes()
    assert shipped == t.compiled(lang), f"run: python scripts/i18n.py compile (the {lang} .mo is stale)"


def test_every_source_string_is_in_the_catalogs():
    """A msg()/N_() text, rule doc or label added without `scripts/i18n.py update`."""
    t = tool()
    known = {m.id for m in t.read("fi") if m.id}
    new = [m.id for m in t.template() if m.id and m.id not in known]
    assert not new, "run: python scripts/i18n.py update, then translate:\n" + "\n".join(map(repr, new))


def test_finnish_is_complete():
    missing = tool().missing("fi")
    assert not missing, "untranslated in fi.po:\n" + "\n".join(map(repr, missing))


def test_swedish_lists_what_is_missing(capsys):
    """Swedish has only the words the catalogs already had; the rest falls back to English.
    This test lists the gap (``python scripts/i18n.py missing sv``), and fails if the list is wrong."""
    t = tool()
    missing = t.missing("sv")
    done = {m.id for m in t.read("sv") if m.id and m.string and not m.fuzzy}  # fuzzy: a suggestion, not a translation
    assert set(missing).isdisjoint(done)
    assert len(missing) + len(done & {m.id for m in t.template()}) == len([m for m in t.template() if m.id])
    print(f"sv: {len(missing)} source strings untranslated (English shown)")


def test_translated_templates_keep_their_placeholders():
    t = tool()
    field = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")
    for lang in ("fi", "sv"):
        for m in t.read(lang):
            if m.id and m.string:
                assert set(field.findall(m.string)) == set(field.findall(m.id)), (lang, m.id, m.string)


def test_msg_is_the_english_text_and_translates_with_its_parameters():
    from checker.i18n import msg, translate

    m = msg("purpose '{purpose}' has no legal basis", purpose="billing")
    assert m == "purpose 'billing' has no legal basis"  # a str: JSON, baselines and sorting see English
    assert translate(m, "fi") == "käsittelytarkoitukselle 'billing' ei ole ilmoitettu oikeusperustetta"
    assert translate(m, "en") == m


def test_localised_parameters_and_nested_messages():
    from checker.i18n import either, msg, translate

    label = {"fi": "tulot", "en": "income"}
    m = msg("{table}.{column} holds {label} ({kind}), which the notice does not list", table="a", column="b", label=label, kind="income")
    assert m == "a.b holds income (income), which the notice does not list"
    assert translate(m, "fi") == "a.b sisältää tietoa tulot (income), jota seloste ei mainitse"
    use = msg("use {safeguards}", safeguards=either(["SCC", "DPF"]))
    assert use == "use SCC or DPF" and translate(use, "fi") == "käytä suojakeinoa SCC tai DPF"


def test_missing_translation_falls_back_to_english():
    from checker.i18n import msg, translate

    assert translate(msg("not in any catalog {x}", x=1), "fi") == "not in any catalog 1"
    assert translate("user text, not a key", "sv") == "user text, not a key"


def test_msg_survives_pickling():
    import pickle

    from checker.i18n import msg, translate

    m = pickle.loads(pickle.dumps(msg("purpose '{purpose}' has no legal basis", purpose="x")))
    assert translate(m, "fi").startswith("käsittelytarkoitukselle 'x'")


def test_rules_build_messages_from_templates_not_f_strings():
    """Rules stay translatable: every message and fix is a msg() template (no f-string)."""
    for path in sorted((ROOT / "checker" / "rules").glob("pn*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"msg\(f[\"']", text), path.name
        assert not re.search(r"(message|fix)=f[\"']", text), path.name


def test_no_translatable_call_inside_an_f_string():
    """Babel (on Python < 3.12) cannot see N_()/msg() inside f-string braces: such a text
    would never reach the catalogs. Bind it to a name first."""
    call = re.compile(r"""\bf(["'])(?:(?!\1).)*\{[^}]*\b(?:N_|msg)\(""")
    for path in sorted((ROOT / "checker").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert not call.search(line), f"{path.relative_to(ROOT)}:{number}: {line.strip()}"


def test_explain_and_lint_in_finnish(run):
    import json

    from conftest import SEED_POLICY

    code, out, _ = run("explain", "PN201", "--lang", "fi")
    assert code == 0
    for heading in ("Mitä sääntö tekee", "Miksi sillä on väliä", "Esimerkki", "Näin korjaat", "Lähteet"):
        assert f"\n{heading}\n" in out
    assert "What it does" not in out and "Classifies every column" not in out
    _, english, _ = run("policy", "lint", str(SEED_POLICY), "--format", "json")
    code, text, _ = run("policy", "lint", str(SEED_POLICY), "--lang", "fi")
    assert code == 1
    for f in json.loads(english)["findings"]:
        assert f["message"] not in text and f["fix"] not in text, f["rule"]
    assert "havaintoa (" in text.splitlines()[-1]
    code, out, _ = run("rules", "--lang", "sv")
    assert code == 0 and "PN201" in out and " fel " in out  # Swedish severity words, English summaries as fallback


def test_compiled_catalogs_ship_with_the_package():
    """The installed package finds its .mo files (pip install . is the whole install)."""
    import gettext

    from checker.i18n import catalog

    for lang in ("fi", "sv"):
        assert isinstance(catalog(lang), gettext.GNUTranslations), lang
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"locale/*/LC_MESSAGES/*.mo"' in pyproject


def test_every_rule_explains_itself_in_finnish(run):
    from checker.rules import RULES
    from checker.rules.docs import doc_parts

    for rule in RULES.values():
        code, out, _ = run("explain", rule.id, "--lang", "fi")
        assert code == 0
        prose = dict(doc_parts(rule.doc))
        for heading in ("What it does", "Why it matters", "How to fix"):
            assert heading not in out, (rule.id, heading)
            first_line = prose[heading].splitlines()[0].strip()
            assert first_line not in out, (rule.id, heading, first_line)
        assert rule.summary_in("fi") != rule.summary


def test_a_broken_translation_falls_back_to_english(monkeypatch):
    import gettext

    from checker import i18n

    class Broken(gettext.NullTranslations):
        def gettext(self, message):
            return "rikki {unknown} {"

    monkeypatch.setattr(i18n, "catalog", lambda lang: Broken())
    m = i18n.msg("purpose '{purpose}' has no legal basis", purpose="x")
    assert i18n.translate(m, "fi") == "purpose 'x' has no legal basis"
