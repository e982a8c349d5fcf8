"""The notice changes to make, as a unified diff to the policy YAML (pure: text in, text out).

From the check's findings and the policy lint's, proposes:

- categories to add for kinds found in columns but not in the notice (PN201, PN202, PN204,
  PN123), with the kinds, their catalog labels and where they were found;
- recipients the SQL reaches but the notice does not list (PN301);
- transfers outside the EU/EEA: a new transfer, or the safeguard of a listed one to replace
  (PN302, PN111);
- retention to state (PN121), legal bases to state (PN120), rights to add (PN122);
- statements that cite a repealed law or a defunct authority, marked for rewriting (PN110,
  PN112).

Nothing is applied. Every value the tool cannot know (a legal basis, a period, a safeguard,
a recipient's name and type, a right's text) is a quoted placeholder starting with
``TODO(notice-check):``, so the policy does not validate until a person fills them in. Values
the tool does know are used as they are: kind ids and catalog labels, recipient ids and
countries from the data map, the section numbers of neighbouring entries.

The YAML is edited as text (new lines inserted, a value replaced), so its comments, anchors
and layout survive; positions come from the loaded policy's node locations.
"""
from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .i18n import N_, msg, translate
from .model import Finding

TODO = "TODO(notice-check)"
# what each placeholder asks a person to decide
ASK_NAME_THE_CATEGORY = N_("name the category")
ASK_STATE_THE_RETENTION_PERIOD_ISO = N_("state the retention period (ISO 8601, e.g. P6Y)")
ASK_SECTION_OF_THE_NOTICE = N_("section of the notice")
ASK_NAME_OF_THE_GROUP = N_("name of the group")
ASK_NAME_OF_THE_RECIPIENT = N_("name of the recipient")
ASK_CHOOSE_GROUP_COMPANY_PROCESSOR = N_("choose: group-company, processor, authority or third-party")
ASK_CHOOSE_LEGAL_BASIS_ART6_1_A_AR = N_("choose legal basis (art6-1-a … art6-1-f)")
ASK_RETENTION_OR_CRITERIA = N_("state the retention period (ISO 8601, e.g. P6Y) or criteria")
ASK_HOW_TO_USE_THE_RIGHT = N_("how to use the right")
SAFEGUARD_CHOICE = N_("choose a valid safeguard, e.g. scc-2021-914, eu-us-dpf (certified recipients only), bcr")


def placeholder(what: str, lang: str = "en") -> str:
    """A quoted YAML placeholder: ``"TODO(notice-check): choose legal basis"`` (``what`` in ``lang``)."""
    return json.dumps(f"{TODO}: {translate(what, lang)}", ensure_ascii=False)


def note(text: Any, lang: str) -> str:
    """A TODO comment's text in ``lang``."""
    return f"# {TODO}: {translate(text, lang)}"


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


@dataclass
class _Edits:
    lines: list[str]
    inserts: dict[int, list[str]] = field(default_factory=dict)  # after 0-based line index -> new lines
    replaced: dict[int, str] = field(default_factory=dict)

    def insert_after(self, index: int, new: Sequence[str]) -> None:
        self.inserts.setdefault(index, []).extend(new)

    def replace(self, index: int, line: str) -> None:
        self.replaced.setdefault(index, line)

    def current(self, index: int) -> str:
        return self.replaced.get(index, self.lines[index])

    def result(self) -> list[str]:
        out: list[str] = []
        for i, line in enumerate(self.lines):
            out.append(self.replaced.get(i, line))
            out += self.inserts.get(i, [])
        out = self.inserts.get(-1, []) + out
        return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("#")


def block_end(lines: Sequence[str], start: int, indent: int) -> int:
    """The last content line of the block that starts at ``start`` (0-based): following lines
    indented deeper than ``indent`` belong to it; trailing comments and blanks do not."""
    last = start
    for i in range(start + 1, len(lines)):
        if not _content(lines[i]):
            continue
        if _indent(lines[i]) <= indent:
            break
        last = i
    return last


def _places(findings: Iterable[Finding], limit: int = 6) -> list[str]:
    seen: dict[str, None] = {}
    for f in findings:
        subject = ".".join(p for p in (f.table, f.column) if p)
        seen[f"{f.rule} {f.location}" + (f" {subject}" if subject else "")] = None
    items = list(seen)
    more = len(items) - limit
    return items[:limit] + ([f"... (+{more})"] if more > 0 else [])


class _Policy:
    """The loaded policy's text and node positions."""

    def __init__(self, policy: Any):
        self.policy = policy
        self.lines = policy.text.splitlines()
        self.data = policy.data

    def line(self, *path: Any) -> int:
        """0-based line of a node (the item's first key for a list item)."""
        return self.policy.where(*path).line - 1

    def col(self, *path: Any) -> int:
        return self.policy.where(*path).col - 1

    def item_end(self, *path: Any) -> int:
        """Last content line of a list item; its keys start at ``col``, its dash two before."""
        return block_end(self.lines, self.line(*path), self.col(*path) - 2)

    def key_end(self, key: str) -> int:
        """Last content line of a top-level key's block."""
        for i, line in enumerate(self.lines):
            if line.startswith(f"{key}:"):
                return block_end(self.lines, i, 0)
        raise KeyError(key)

    def retention_section(self) -> str | None:
        """The section the notice states retention in (policy-level statements, categories' own)."""
        own = [c.get("retention") for _, _, c in self.policy.categories() if isinstance(c.get("retention"), Mapping)]
        return self.sibling_section(list(self.data.get("retention") or []) + own)

    def sibling_section(self, items: Sequence[Mapping[str, Any]]) -> str | None:
        """The section most of the neighbouring entries give (the notice's own numbering)."""
        sections = [str(i["section"]) for i in items if isinstance(i, Mapping) and i.get("section")]
        return max(sections, key=sections.count) if sections else None


def _section(section: str | None, lang: str) -> str:
    return _q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)


def _category_block(pad: str, category_id: str, kinds: Sequence[str], catalog: Any, section: str | None, places: Sequence[str], special: bool, lang: str,
                    retention_section: str | None = None) -> list[str]:
    labels = {}
    for kind_id in kinds:
        kind = catalog.kind(kind_id) if catalog is not None else None
        for lang in ("fi", "en", "sv"):
            text = (kind.label.get(lang) if kind else None) or ""
            if text:
                labels.setdefault(lang, []).append(text)
    label = ", ".join(f"{lang}: {_q(', '.join(texts))}" for lang, texts in labels.items() if lang in ("fi", "en"))
    out = [f"{pad}- id: {category_id}"]
    out += [f"{pad}  " + note(msg("found by {place}", place=p), lang) for p in places]
    if special:
        out.append(f"{pad}  " + note(N_("state the legal ground for this special category (GDPR Art. 9(2), Art. 10 or the national law) in the notice"), lang))
    if not label:
        label = f"fi: {placeholder(ASK_NAME_THE_CATEGORY, 'fi')}, en: {placeholder(ASK_NAME_THE_CATEGORY, 'en')}"
    out.append(f"{pad}  label: {{{label}}}")
    out.append(f"{pad}  kinds: [{', '.join(kinds)}]")
    out.append(f"{pad}  retention: {{period: {placeholder(ASK_STATE_THE_RETENTION_PERIOD_ISO, lang)}, section: {_section(retention_section, lang)}}}")
    out.append(f"{pad}  section: {_q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)}")
    return out


def proposed_text(policy: Any, findings: Sequence[Finding], lint: Sequence[Finding] = (), *, catalog: Any = None, lang: str = "en") -> str:
    """The policy text with every proposed change applied (placeholders unfilled); comments
    and placeholder hints in ``lang``."""
    p = _Policy(policy)
    edits = _Edits(list(p.lines))
    everything = list(findings) + list(lint)
    _categories(p, edits, everything, catalog, lang)
    _recipients(p, edits, everything, lang)
    _transfers(p, edits, everything, lang)
    _purposes(p, edits, lint, lang)
    _retention(p, edits, lint, lang)
    _rights(p, edits, lint, lang)
    _outdated(p, edits, lint, lang)
    text = "\n".join(edits.result())
    return text + ("\n" if policy.text.endswith("\n") else "")


def suggest_diff(policy: Any, findings: Sequence[Finding], lint: Sequence[Finding] = (), *, catalog: Any = None, lang: str = "en") -> str:
    """A unified diff (``a/<path>`` → ``b/<path>``) of the proposed changes; empty when none."""
    new = proposed_text(policy, findings, lint, catalog=catalog, lang=lang)
    path = str(policy.path).lstrip("/")
    return "".join(difflib.unified_diff(policy.text.splitlines(keepends=True), new.splitlines(keepends=True), f"a/{path}", f"b/{path}", n=3))


# ---------------------------------------------------------------- the proposals


def _categories(p: _Policy, edits: _Edits, findings: Sequence[Finding], catalog: Any, lang: str) -> None:
    """One new category per missing kind (PN201/PN202/PN123) or unknown category (PN204),
    in a new category group at the end of ``category_groups``."""
    wanted: dict[str, dict[str, Any]] = {}
    existing = {c["id"] for _, _, c in p.policy.categories()}
    for f in findings:  # a category the SQL already names: keep its id (the annotation covers its
        # columns; the classifier's guess of their kind is no reason to cover that kind everywhere)
        if f.rule == "PN204" and f.category and f.category not in existing:
            wanted.setdefault(f.category, {"kinds": [], "findings": [], "special": False})["findings"].append(f)
    for f in findings:
        if f.rule in ("PN201", "PN202", "PN123") and f.kind:
            if p.policy.covering_categories(f.kind):
                continue
            entry = next((e for e in wanted.values() if f.kind in e["kinds"]), None)
            if entry is None:  # a new category named after the kind (or the SQL's category of that name)
                entry = wanted.setdefault(f.kind, {"kinds": [], "findings": [], "special": False})
                entry["kinds"].append(f.kind)
            entry["special"] |= f.rule == "PN202"
            entry["findings"].append(f)
    if not wanted:
        return
    groups = p.data.get("category_groups") or []
    section = p.sibling_section([c for _, _, c in p.policy.categories()]) or p.sibling_section(groups)
    used = set(existing) | {g.get("id") for g in groups}
    block: list[str] = []
    pad = "      "
    for category_id, entry in wanted.items():
        new_id = category_id
        while new_id in used:
            new_id += "-data"
        used.add(new_id)
        kinds = entry["kinds"]  # empty for a category only annotations name: they cover their columns
        block += _category_block(pad, new_id, kinds, catalog, section, _places(entry["findings"]), entry["special"], lang, p.retention_section())
    group = [
        "  - id: suggested-categories",
        "    " + note(N_("move these categories into the right group, or keep and name the group"), lang),
        f"    label: {{fi: {placeholder(ASK_NAME_OF_THE_GROUP, 'fi')}, en: {placeholder(ASK_NAME_OF_THE_GROUP, 'en')}}}",
        f"    section: {_q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)}",
        "    categories:",
    ] + block
    if groups:
        edits.insert_after(p.item_end("category_groups", len(groups) - 1), group)
    else:
        edits.insert_after(len(p.lines) - 1, ["category_groups:"] + group)


def _recipients(p: _Policy, edits: _Edits, findings: Sequence[Finding], lang: str) -> None:
    listed = p.policy.ids("recipients")
    wanted: dict[str, list[Finding]] = {}
    for f in findings:
        extra = dict(f.extra)
        if f.rule == "PN301" and extra.get("recipient") and extra["recipient"] not in listed:
            wanted.setdefault(extra["recipient"], []).append(f)
    if not wanted:
        return
    items = p.data.get("recipients") or []
    section = p.sibling_section(items)
    block: list[str] = []
    for recipient, found in wanted.items():
        country = next((dict(f.extra).get("country") for f in found if dict(f.extra).get("country")), None)
        systems = sorted({str(dict(f.extra).get("system")) for f in found if dict(f.extra).get("system")})
        block += [f"  - id: {recipient}"]
        block += ["    " + note(msg("found by {place}", place=place), lang) for place in _places(found)]
        block += [
            f"    label: {{fi: {placeholder(ASK_NAME_OF_THE_RECIPIENT, 'fi')}, en: {placeholder(ASK_NAME_OF_THE_RECIPIENT, 'en')}}}",
            f"    type: {placeholder(ASK_CHOOSE_GROUP_COMPANY_PROCESSOR, lang)}",
        ]
        if country:
            block.append(f"    country: {country}" + ("      # " + translate(msg("from the data map: system {systems}", systems=", ".join(systems)), lang) if systems else ""))
        block.append(f"    section: {_q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)}")
    if items:
        edits.insert_after(p.item_end("recipients", len(items) - 1), block)
    else:
        edits.insert_after(len(p.lines) - 1, ["recipients:"] + block)




def _transfers(p: _Policy, edits: _Edits, findings: Sequence[Finding], lang: str) -> None:
    transfers = p.data.get("transfers") or {}
    allowed = list(transfers.get("allowed") or [])
    new: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        extra = dict(f.extra)
        if f.rule == "PN111":
            index = _transfer_index_at(p, allowed, f)
            if index is not None:
                _replace_safeguard(p, edits, index, lang)
            continue
        if f.rule != "PN302" or not extra.get("country"):
            continue
        recipient = extra.get("recipient") or "controller"
        country = extra["country"]
        matching = [i for i, t in enumerate(allowed) if t.get("country") == country and t.get("recipient") in (recipient, None)]
        if matching:
            for i in matching:
                _replace_safeguard(p, edits, i, lang)
        else:
            new.setdefault((country, recipient), []).append(f)
    if not new:
        return
    section = p.sibling_section(allowed) or (str(transfers["section"]) if transfers.get("section") else None)
    used = {t.get("id") for t in allowed}
    block: list[str] = []
    for (country, recipient), found in new.items():
        transfer_id = f"{recipient}-{country.lower()}"
        while transfer_id in used:
            transfer_id += "-2"
        used.add(transfer_id)
        block += [f"    - id: {transfer_id}"]
        block += ["      " + note(msg("found by {place}", place=place), lang) for place in _places(found)]
        block += [
            f"      country: {country}",
            f"      recipient: {recipient}",
            f"      safeguard: {placeholder(SAFEGUARD_CHOICE, lang)}",
            f"      section: {_q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)}",
        ]
    if allowed:
        edits.insert_after(p.item_end("transfers", "allowed", len(allowed) - 1), block)
    elif transfers:
        edits.insert_after(p.key_end("transfers"), ["  allowed:"] + block)
    else:
        edits.insert_after(len(p.lines) - 1, ["transfers:", "  allowed:"] + block)


def _transfer_index_at(p: _Policy, allowed: Sequence[Mapping[str, Any]], f: Finding) -> int | None:
    for i in range(len(allowed)):
        if p.policy.where("transfers", "allowed", i, "safeguard").line == f.location.line:
            return i
    return None


def _replace_safeguard(p: _Policy, edits: _Edits, index: int, lang: str) -> None:
    """The safeguard's value replaced by a placeholder (block or flow mapping alike), the old one noted."""
    path = ("transfers", "allowed", index, "safeguard")
    line, col = p.line(*path), p.col(*path)
    text = edits.current(line)
    old = str(p.data["transfers"]["allowed"][index].get("safeguard"))
    if text[col:col + len(old)] != old:  # not where the loader put it: leave the line, say what to change
        edits.insert_after(line - 1, [f"{' ' * _indent(text)}# {TODO}: {translate(SAFEGUARD_CHOICE, lang)}"])
        return
    was = translate(msg("was {old}, no longer valid or not covering this transfer", old=old), lang)
    edits.replaced[line] = f"{text[:col]}{placeholder(SAFEGUARD_CHOICE, lang)}{text[col + len(old):]}  # {was}"


def _add_key(p: _Policy, edits: _Edits, path: tuple, key: str, value: str) -> None:
    """``key: value`` into the mapping at ``path``: a new line under a block mapping, or
    ``, key: value`` before the closing brace of a one-line flow mapping (``- {id: x, ...}``)."""
    line, col = p.line(*path), p.col(*path)
    text = edits.current(line)
    if text[col:col + 1] != "{":
        edits.insert_after(line, [f"{' ' * col}{key}: {value}"])
        return
    depth, end = 0, None
    for i in range(col, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            end = i
            break
    if end is None:  # a flow mapping over several lines: say what to add above it
        edits.insert_after(line - 1, [f"{' ' * col}# {TODO}: add {key}: {value}"])
        return
    edits.replaced[line] = f"{text[:end]}, {key}: {value}{text[end:]}"


def _purposes(p: _Policy, edits: _Edits, lint: Sequence[Finding], lang: str) -> None:
    for f in lint:
        if f.rule != "PN120":
            continue
        for i, purpose in enumerate(p.data.get("purposes") or []):
            if p.policy.where("purposes", i).line == f.location.line and not purpose.get("legal_basis"):
                _add_key(p, edits, ("purposes", i), "legal_basis", placeholder(ASK_CHOOSE_LEGAL_BASIS_ART6_1_A_AR, lang))


def _retention(p: _Policy, edits: _Edits, lint: Sequence[Finding], lang: str) -> None:
    for f in lint:
        if f.rule != "PN121":
            continue
        named = [f.category] if f.category else list(dict(f.extra).get("categories") or ())  # one finding for all of them
        for path, _, category in p.policy.categories():
            if category["id"] in named and not category.get("retention"):
                where = _section(p.retention_section(), lang)
                _add_key(p, edits, path, "retention", f"{{period: {placeholder(ASK_RETENTION_OR_CRITERIA, lang)}, section: {where}}}")


def _rights(p: _Policy, edits: _Edits, lint: Sequence[Finding], lang: str) -> None:
    import re

    items = p.data.get("rights") or []
    section = p.sibling_section(items)
    block: list[str] = []
    for f in lint:
        if f.rule != "PN122":
            continue
        right = dict(getattr(f.message, "params", ())).get("right")  # the rule's msg() parameters
        if right is None:  # a finding read back from JSON: its English text
            m = re.search(r"the right '([\w-]+)'", str(f.message))
            right = m.group(1) if m else None
        if not right:
            continue
        block += [
            f"  - right: {right}",
            f"    text: {{fi: {placeholder(ASK_HOW_TO_USE_THE_RIGHT, 'fi')}, en: {placeholder(ASK_HOW_TO_USE_THE_RIGHT, 'en')}}}",
            f"    section: {_q(section) if section else placeholder(ASK_SECTION_OF_THE_NOTICE, lang)}",
        ]
    if block and items:
        edits.insert_after(p.item_end("rights", len(items) - 1), block)
    elif block:
        edits.insert_after(len(p.lines) - 1, ["rights:"] + block)


def _outdated(p: _Policy, edits: _Edits, lint: Sequence[Finding], lang: str) -> None:
    """A comment above each statement that cites a repealed law or a defunct authority."""
    done: set[tuple[int, str]] = set()
    for f in lint:
        if f.rule not in ("PN110", "PN112") or not f.location.line:
            continue
        line = f.location.line - 1
        pad = " " * _indent(p.lines[line])
        text = pad + note(msg("rewrite — {rule} {message}", rule=f.rule, message=f.message), lang)
        if f.fix:
            text += f"; {translate(f.fix, lang)}"
        if (line, text) not in done:
            done.add((line, text))
            edits.insert_after(line - 1, [text])
