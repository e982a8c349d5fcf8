#!/usr/bin/env python3
"""Message catalogs with Babel: extract the English source strings, merge them into each
language's ``.po``, compile the ``.mo`` files the package ships, list what is untranslated.

    python scripts/i18n.py update      # extract -> checker/locale/notice-check.pot, merge into fi/sv .po
    python scripts/i18n.py compile     # .po -> .mo (commit both)
    python scripts/i18n.py missing sv  # the untranslated source strings of one language

What is extracted: ``msg("...")`` and ``N_("...")`` calls in ``checker/`` (Babel's Python
extractor), every rule's docstring title, section headings and bodies (``checker.rules.docs``),
and every label of ``checker/templates/report_labels.yaml``. Needs Babel (``pip install -e
'.[test]'``); the installed package needs only the standard library's gettext. See docs/i18n.md.
"""
from __future__ import annotations

import ast
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.extract import extract_from_file  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402

from checker.i18n import DOMAIN, LANGS, LOCALE_DIR  # noqa: E402
from checker.rules.docs import doc_parts  # noqa: E402

KEYWORDS = {"msg": (1,), "N_": None}
TRANSLATED = tuple(lang for lang in LANGS if lang != "en")


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _label_strings(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _label_strings(value, path + (str(key),))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _label_strings(value, path + (str(i),))
    elif isinstance(node, str):
        yield ".".join(path), node


# Plain-text fields of the package's data files that reach messages (localised fields are
# {fi:, en:} mappings and need no catalog).
DATA_FIELDS = (
    ("checker/catalog/kinds.yaml", ("article",)),
    ("checker/data/legal/safeguards.yaml", ("invalidated_by", "article")),
)


def _field_values(node, fields):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in fields and isinstance(value, str):
                yield value
            else:
                yield from _field_values(value, fields)
    elif isinstance(node, list):
        for value in node:
            yield from _field_values(value, fields)


def template() -> Catalog:
    """Every source string, with where it comes from."""
    import yaml

    cat = Catalog(project="notice-check", domain=DOMAIN, charset="utf-8", fuzzy=False)
    for path in sorted((ROOT / "checker").rglob("*.py")):
        for lineno, text, comments, _context in extract_from_file("python", str(path), keywords=KEYWORDS, options={}):
            if isinstance(text, str) and text:
                cat.add(text, locations=[(_rel(path), lineno)], auto_comments=comments)
    for path in sorted((ROOT / "checker" / "rules").glob("pn*.py")):
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")), clean=False) or ""
        for heading, body in doc_parts(doc):
            if body:
                cat.add(body, locations=[(_rel(path), 1)], auto_comments=[f"rule documentation: {heading or 'title'}"])
    for rel, fields in DATA_FIELDS:
        data = yaml.safe_load((ROOT / rel).read_text(encoding="utf-8"))
        for text in sorted(set(_field_values(data, fields))):
            cat.add(text, locations=[(rel, 0)], auto_comments=[f"data: {', '.join(fields)}"])
    labels = ROOT / "checker" / "templates" / "report_labels.yaml"
    for key, text in _label_strings(yaml.safe_load(labels.read_text(encoding="utf-8"))["en"]):
        cat.add(text, locations=[(_rel(labels), 0)], auto_comments=[f"report label {key}"])
    return cat


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang, domain=DOMAIN)


def write(cat: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    # file names without line numbers, so that editing code does not touch the catalogs
    write_po(buf, cat, width=100, omit_header=False, sort_output=False, ignore_obsolete=False, include_previous=True, include_lineno=False)
    path.write_bytes(buf.getvalue())


def update() -> None:
    pot = template()
    pot_path = LOCALE_DIR / f"{DOMAIN}.pot"
    if pot_path.exists():  # the same strings: keep the old creation date (no churn in the diffs)
        with pot_path.open("rb") as f:
            old = read_po(f)
        if [m.id for m in old] == [m.id for m in pot]:
            pot.creation_date = old.creation_date
    write(pot, pot_path)
    for lang in TRANSLATED:
        cat = read(lang) if po_path(lang).exists() else Catalog(locale=lang, domain=DOMAIN, project="notice-check")
        kept = {m.id: m.string for m in cat.obsolete.values() if m.string}
        # as msgmerge does: a changed source string keeps its old translation marked fuzzy
        # (a suggestion to review: not compiled, and listed as missing until reviewed); a removed
        # one stays as an obsolete "#~" entry
        cat.update(pot, update_header_comment=False, no_fuzzy_matching=False)
        for message in cat:  # a text that comes back gets its translation back (msgmerge does so)
            if message.id and (not message.string or message.fuzzy) and message.id in kept:
                message.string, message.flags = kept[message.id], message.flags - {"fuzzy"}
        write(cat, po_path(lang))


def compiled(lang: str) -> bytes:
    """The ``.mo`` bytes of a language's ``.po`` (fuzzy entries left out, as gettext does)."""
    buf = io.BytesIO()
    write_mo(buf, read(lang), use_fuzzy=False)
    return buf.getvalue()


def compile_all() -> None:
    for lang in TRANSLATED:
        po_path(lang).with_suffix(".mo").write_bytes(compiled(lang))


def missing(lang: str) -> list[str]:
    """Source strings with no translation in ``lang`` (untranslated, fuzzy, or not in its .po)."""
    cat = read(lang)
    done = {m.id for m in cat if m.id and m.string and not m.fuzzy}
    return [m.id for m in template() if m.id and m.id not in done]


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["compile"]:
        compile_all()
    elif argv[:1] == ["missing"] and len(argv) == 2:
        for text in missing(argv[1]):
            print(repr(text))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
