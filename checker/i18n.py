"""Message catalogs: every user-facing text in one language, English source strings as keys.

The catalogs are GNU gettext files, ``checker/locale/<lang>/LC_MESSAGES/notice-check.po``,
compiled to ``.mo`` (shipped in the package, so ``pip install .`` is the whole install) and
read with the standard library's :mod:`gettext`. Babel extracts and compiles them
(``scripts/i18n``); see ``docs/i18n.md``. A text without a translation falls back to English.

How code uses it:

- ``N_("text")`` marks a constant for extraction and returns it unchanged; translate it
  where it is shown: ``translate(text, lang)``.
- ``msg("{table}.{column} holds {kind}", table=..., column=..., kind=...)`` is the English text
  *and* its template and parameters (a :class:`Msg`, a ``str``). Rules return these, so they stay
  pure and never know the language; renderers call ``translate(finding.message, lang)``.
  Parameters may themselves be :class:`Msg` (translated too) or ``{"en": ..., "fi": ...}``
  mappings (picked by language, e.g. catalog labels).
"""
from __future__ import annotations

import gettext
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

DOMAIN = "notice-check"
LANGS = ("en", "fi", "sv")
LOCALE_DIR = Path(__file__).parent / "locale"
DEFAULT_LANG = "en"  # the source strings' language


def choose_lang(explicit: str | None, configured: str | None = None, policy: Any = None) -> str:
    """The output language: ``--lang``, else the configuration's ``lang``, else the policy's
    ``language`` (the notice's own), else English."""
    language = (getattr(policy, "data", None) or {}).get("language") if policy is not None else None
    for candidate in (explicit, configured, language):
        if candidate in LANGS:
            return candidate
    return DEFAULT_LANG


def N_(text: str) -> str:
    """Mark ``text`` for extraction; it is translated later, where it is shown."""
    return text


class Msg(str):
    """English text that remembers its template and parameters, so that it can be translated
    after the fact. Compares, hashes and prints as the English text."""

    template: str
    params: tuple[tuple[str, Any], ...]

    def __new__(cls, template: str, **params: Any) -> "Msg":
        self = super().__new__(cls, _fill(template, params, "en"))  # literal braces are doubled
        self.template = template
        self.params = tuple(sorted(params.items()))
        return self

    def __reduce__(self):
        return (_rebuild, (self.template, self.params))

    def __repr__(self) -> str:
        return f"Msg({self.template!r}, {dict(self.params)!r})"


def _rebuild(template: str, params: tuple[tuple[str, Any], ...]) -> Msg:
    return Msg(template, **dict(params))


def msg(template: str, **params: Any) -> Msg:
    """A translatable message: ``msg("{name} is missing", name=x)``. The template is the
    catalog key (extracted by ``scripts/i18n``); parameters are filled after translation."""
    return Msg(template, **params)


@lru_cache(maxsize=None)
def catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang``; English (the source strings) for "en" or an unknown language."""
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[lang], fallback=True)


def translate(text: Any, lang: str) -> str:
    """``text`` in ``lang``: a :class:`Msg` with its parameters, a marked constant, or a localised
    mapping. Unknown texts (user input, names) come back unchanged."""
    if text is None:
        return ""
    if isinstance(text, Msg):
        if not text.template:
            return ""
        try:
            return _fill(catalog(lang).gettext(text.template), dict(text.params), lang)
        except (KeyError, IndexError, ValueError):  # a broken translation: the English text
            return str.__str__(text)
    if isinstance(text, Mapping):
        return pick(text, lang)
    if isinstance(text, str):
        return catalog(lang).gettext(text) if text else ""
    return str(text)


def pick(texts: Mapping[str, Any], lang: str) -> str:
    """A value of a ``{"fi": ..., "en": ...}`` mapping in ``lang``, else English, else any."""
    for key in (lang, "en", *texts):
        value = texts.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def _param(value: Any, lang: str) -> Any:
    if isinstance(value, Msg) or isinstance(value, Mapping):
        return translate(value, lang)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_param(v, lang)) for v in value)
    return value


def _fill(template: str, params: Mapping[str, Any], lang: str) -> str:
    return template.format(**{k: _param(v, lang) for k, v in params.items()})


def translate_tree(node: Any, lang: str) -> Any:
    """A nested dict/list of English labels with every string translated (report labels)."""
    if isinstance(node, dict):
        return {k: translate_tree(v, lang) for k, v in node.items()}
    if isinstance(node, list):
        return [translate_tree(v, lang) for v in node]
    return translate(node, lang) if isinstance(node, str) else node


def either(items: Any) -> Any:
    """``a or b or c`` as a translatable message (each item may be a Msg or a localised mapping)."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{first} or {rest}", first=items[0], rest=either(items[1:]))


def lowered(texts: Mapping[str, str] | None, default: str) -> Mapping[str, str] | str:
    """A localised label in lower case for use inside a sentence (``{"fi": "tulot", "en": "income"}``)."""
    if not texts:
        return default
    return {lang: value.lower() for lang, value in texts.items() if isinstance(value, str)}


def alternatives(items: Any) -> Any:
    """``a, or b, or c`` as a translatable message (for items that hold commas themselves)."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{first}, or {rest}", first=items[0], rest=alternatives(items[1:])) if items else ""


def anded(items: Any) -> Any:
    """``a and b and c`` as a translatable message."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{first} and {rest}", first=items[0], rest=anded(items[1:])) if items else ""


def joined(items: Any) -> Any:
    """``a; b; c`` of messages, translatable as a whole."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{first}; {rest}", first=items[0], rest=joined(items[1:])) if items else ""


def listed(items: Any) -> Any:
    """``a, b, c`` of messages, translatable as a whole."""
    items = list(items)
    if len(items) == 1:
        return items[0]
    return msg("{first}, {rest}", first=items[0], rest=listed(items[1:])) if items else ""
