"""Render a policy back into a readable privacy notice (Markdown or HTML).

``render_notice(policy, lang, fmt)`` takes the plain policy dict (as
``yaml.safe_load`` returns it) and writes the notice in the section structure of
a Finnish *tietosuojaseloste*:

1 controller and contact, 2 register name, 3 purposes, 4 data content by group,
5 sources (+ retention), 6 disclosures, 7 transfers outside the EU/EEA,
8 security, 9 rights and the supervisory authority.

Only what the policy says is rendered: an absent field (e.g. no legal basis)
renders nothing, and a section with nothing in it is left out. Statements that
several entries share (one sentence naming several sources) are written once.

The function is pure: no I/O. Every user value is escaped -- ``html.escape`` for
HTML; for Markdown, the characters that would change the document's structure -- and
loses its control characters and bidi overrides (``printable``). Links are made only from
plain http(s) URLs and ordinary e-mail addresses.
"""
from __future__ import annotations

from ..i18n import N_, translate
from .safe import printable  # noqa: F401  (re-exported: renderers import it from here too)

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

LANGS = ("fi", "en")
FORMATS = ("markdown", "html")

# The notice's fixed words, in English; the message catalogs hold the other languages
# (checker/i18n.py). translate() picks them per language.
_HEADINGS: dict[str, str] = {
    "1": N_("1. Controller"),
    "2": N_("2. Name of the register"),
    "3": N_("3. Purposes of processing"),
    "4": N_("4. Personal data processed"),
    "5": N_("5. Sources of data"),
    "6": N_("6. Disclosures of data"),
    "7": N_("7. Transfers outside the EU or EEA"),
    "8": N_("8. Security of processing"),
    "9": N_("9. Your rights"),
}

_WORDS: dict[str, str] = {
    "business_id": N_("Business ID"),
    "address": N_("Address"),
    "phone": N_("Telephone"),
    "email": N_("E-mail"),
    "web": N_("Web"),
    "or": N_("or"),
    "contact": N_("Contact person for matters concerning the register"),
    "dpo": N_("Data protection officer"),
    "legal_basis": N_("legal basis"),
    "legitimate_interest": N_("legitimate interest"),
    "recipients": N_("Recipients"),
    "transfers": N_("Transfers"),
    "country": N_("country"),
    "recipient": N_("recipient"),
    "safeguard": N_("safeguard"),
    "categories": N_("data"),
    "retention": N_("Retention periods"),
    "supervisory": N_("Supervisory authority"),
    "no_transfers": N_("Data are not transferred outside the EU or EEA."),
    "copy": N_("copy"),
    "electronic_marketing": N_("electronic direct marketing"),
    "logic": N_("logic involved"),
    "significance": N_("significance and consequences"),
}

# Names of the schema's enum values (the format's vocabulary, not legal facts).
_LEGAL_BASES: dict[str, str] = {
    "art6-1-a": N_("consent (GDPR Art. 6(1)(a))"),
    "art6-1-b": N_("contract (GDPR Art. 6(1)(b))"),
    "art6-1-c": N_("legal obligation (GDPR Art. 6(1)(c))"),
    "art6-1-d": N_("vital interests (GDPR Art. 6(1)(d))"),
    "art6-1-e": N_("public interest or official authority (GDPR Art. 6(1)(e))"),
    "art6-1-f": N_("legitimate interests (GDPR Art. 6(1)(f))"),
}

_ELECTRONIC_MARKETING: dict[str, str] = {
    "consent": N_("only with prior consent"),
    "existing-customers": N_("to customers about own similar products, opt-out in every message"),
    "not-used": N_("not used"),
}

_RECIPIENT_TYPES: dict[str, str] = {
    "group-company": N_("group company"),
    "processor": N_("processor"),
    "authority": N_("authority"),
    "third-party": N_("third party"),
}

_DURATION_UNITS: dict[str, tuple[str, str]] = {  # unit -> (singular, plural)
    "Y": (N_("year"), N_("years")),
    "M": (N_("month"), N_("months")),
    "W": (N_("week"), N_("weeks")),
    "D": (N_("day"), N_("days")),
    "H": (N_("hour"), N_("hours")),
    "m": (N_("minute"), N_("minutes")),
    "S": (N_("second"), N_("seconds")),
}

_SECTIONS = tuple(str(n) for n in range(1, 10))


def _in(words: Mapping[str, str], lang: str) -> dict[str, str]:
    return {key: translate(text, lang) for key, text in words.items()}


# ---------------------------------------------------------------- document model

@dataclass(frozen=True)
class Link:
    href: str
    label: str


Segment = Union[str, Link]  # plain text or a link
Line = list[Segment]


@dataclass
class Heading:
    level: int
    text: str
    trusted: bool = False  # fixed wording of this module (not user text)


@dataclass
class Para:
    lines: list[Line]


@dataclass
class Bullets:
    items: list[Line]


Block = Union[Heading, Para, Bullets]


@dataclass
class _Doc:
    title: str
    blocks: list[Block] = field(default_factory=list)


# ---------------------------------------------------------------- helpers

def _t(value: Any, lang: str) -> str:
    """Pick ``lang`` from a localised text (falling back to fi, then any); '' when absent."""
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, Mapping):
        for key in (lang, "fi", "en", "sv"):
            text = value.get(key)
            if isinstance(text, str) and text.strip():
                return _clean(text)
    return ""


def _clean(text: str) -> str:
    """Join the lines of one paragraph; keep blank-line paragraph breaks as '\\n\\n'."""
    paragraphs = re.split(r"\n[ \t]*\n", text.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []


def _section_of(item: Any, default: str) -> str:
    section = item.get("section") if isinstance(item, Mapping) else None
    return str(section) if section is not None else default


def _url_segment(url: str) -> Segment:
    """A link only for a plain http(s) URL (also a valid CommonMark autolink); anything else stays text."""
    if re.fullmatch(r"https?://[^\s<>\"'`\\]+", url) and url.isprintable():
        return Link(url, url)
    return url


def _email_segment(email: str) -> Segment:
    """A mailto link only for an ordinary address: ``<...>`` must be a CommonMark e-mail autolink, never raw HTML."""
    if re.fullmatch(r"[A-Za-z0-9.!#$%&'*+/=?^_{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+", email):
        return Link("mailto:" + email, email)
    return email


def _duration(period: str, lang: str) -> str:
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?", period or "")
    if not match or not any(match.groups()):
        return period
    parts = []
    for number, unit in zip(match.groups(), ("Y", "M", "W", "D", "H", "m", "S")):
        if number is not None:
            singular, plural = _DURATION_UNITS[unit]
            parts.append(f"{int(number)} {translate(singular if int(number) == 1 else plural, lang)}")
    return " ".join(parts)


class _Once:
    """Remembers texts already written so that shared sentences appear once."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def new(self, text: str) -> bool:
        if not text or text in self.seen:
            return False
        self.seen.append(text)
        return True

    def covered(self, text: str) -> bool:
        return any(text in seen for seen in self.seen)


# ---------------------------------------------------------------- content

@dataclass(frozen=True)
class _Input:
    """What every section step reads: the policy, the language and its fixed wording."""

    policy: Mapping[str, Any]
    lang: str
    words: Mapping[str, str]
    safeguard_names: Mapping[str, Any] | None

    def t(self, value: Any) -> str:
        return _t(value, self.lang)

    def categories(self) -> list[Any]:
        return [c for g in _list(self.policy.get("category_groups")) for c in _list(g.get("categories"))]


def _build(policy: Mapping[str, Any], lang: str, safeguard_names: Mapping[str, Any] | None) -> _Doc:
    src = _Input(policy, lang, _in(_WORDS, lang), safeguard_names)
    doc = _Doc(title=src.t(policy.get("title")) or src.t((policy.get("register") or {}).get("name")))
    header, sections = _legal_framework(src)
    for number, step in _SECTION_STEPS:
        sections[number].extend(step(src))
    for number, blocks in _placed_statements(src).items():
        sections[number].extend(blocks)
    groups = _category_groups(src)
    doc.blocks.extend(header)
    headings = _in(_HEADINGS, lang)
    for number in _SECTIONS:
        blocks = sections[number] + groups[number]
        if blocks:
            doc.blocks.append(Heading(2, headings[number], trusted=True))
            doc.blocks.extend(blocks)
    return doc


def _legal_framework(src: _Input) -> tuple[list[Block], dict[str, list[Block]]]:
    """Legal framework statements: the header ("0" or unknown) after the title, the others at
    the start of their section. Returns the header and the sections begun with them."""
    sections: dict[str, list[Block]] = {s: [] for s in _SECTIONS}
    header: list[Block] = []
    for entry in _list(src.policy.get("legal_framework")):
        text = src.t(entry.get("text"))
        if not text:
            continue
        section = _section_of(entry, "0")
        (sections[section] if section in sections else header).append(Para([[text]]))
    return header, sections


def _controller(src: _Input) -> list[Block]:
    """1 controller, contact, DPO."""
    words = src.words
    blocks: list[Block] = []
    controller = src.policy.get("controller") or {}
    if controller:
        lines: list[Line] = []
        if controller.get("name"):
            lines.append([str(controller["name"])])
        if controller.get("business_id"):
            lines.append([f"{words['business_id']}: {controller['business_id']}"])
        address = controller.get("address") or {}
        if address:
            place = " ".join(str(p) for p in (address.get("postal_code"), address.get("city")) if p)
            text = ", ".join(str(p) for p in (address.get("street"), place) if p)
            if text:
                lines.append([f"{words['address']}: {text}"])
        lines.extend(_contact_lines(controller, words))
        if lines:
            blocks.append(Para(lines))
    contact = src.policy.get("contact") or {}
    if contact:
        blocks.append(Heading(3, words["contact"], trusted=True))
        name_role = ", ".join(p for p in (str(contact.get("name") or ""), src.t(contact.get("role"))) if p)
        lines = [[name_role]] if name_role else []
        lines.extend(_contact_lines(contact, words))
        if lines:
            blocks.append(Para(lines))
    dpo = src.policy.get("dpo") or {}
    if dpo:
        blocks.append(Heading(3, words["dpo"], trusted=True))
        lines = [[str(dpo["name"])]] if dpo.get("name") else []
        if src.t(dpo.get("text")):
            lines.append([src.t(dpo.get("text"))])
        lines.extend(_contact_lines(dpo, words))
        if lines:
            blocks.append(Para(lines))
    return blocks


def _register(src: _Input) -> list[Block]:
    """2 the register's name."""
    name = src.t((src.policy.get("register") or {}).get("name"))
    return [Para([[name]])] if name else []


def _purposes(src: _Input) -> list[Block]:
    """3 purposes, each with its legal basis and legitimate interest."""
    words = src.words
    items: list[Line] = []
    for purpose in _list(src.policy.get("purposes")):
        text = src.t(purpose.get("label"))
        extra = []
        basis = purpose.get("legal_basis")
        if basis:
            extra.append(f"{words['legal_basis']}: {translate(_LEGAL_BASES.get(basis, basis), src.lang)}")
        interest = src.t(purpose.get("legitimate_interest"))
        if interest:
            extra.append(f"{words['legitimate_interest']}: {interest}")
        if purpose.get("electronic_marketing"):
            mode = str(purpose["electronic_marketing"])
            extra.append(f"{words['electronic_marketing']}: {translate(_ELECTRONIC_MARKETING.get(mode, mode), src.lang)}")
        if extra:
            text = f"{text} ({'; '.join(extra)})"
        if text:
            items.append([text])
    return [Bullets(items)] if items else []


def _category_groups(src: _Input) -> dict[str, list[Block]]:
    """4 data content by group (a group marked with another section goes there), by section;
    written after the section's other content."""
    groups_by_section: dict[str, list[Block]] = {s: [] for s in _SECTIONS}
    for group in _list(src.policy.get("category_groups")):
        section = _section_of(group, "4")
        target = groups_by_section[section] if section in groups_by_section else groups_by_section["4"]
        label = src.t(group.get("label"))
        categories = [[src.t(c.get("label")) + _identity_code_ground(src, c)] for c in _list(group.get("categories")) if src.t(c.get("label"))]
        if label:
            target.append(Para([[label + ("" if label.endswith(":") else ":")]]))
        if categories:
            target.append(Bullets(categories))
    return groups_by_section


def _identity_code_ground(src: _Input, category: Mapping[str, Any]) -> str:
    """`` (why the identity code is processed)`` after a category's label, when stated."""
    text = src.t((category.get("identity_code_ground") or {}).get("text"))
    return f" ({text})" if text else ""


def _placed_statements(src: _Input) -> dict[str, list[Block]]:
    """Statements placed in the section they name (Art. 13(2)(e); Art. 13(2)(f) / 14(2)(g)),
    written after that section's own content."""
    placed: dict[str, list[Block]] = {s: [] for s in _SECTIONS}
    for key in ("requirement_to_provide", "automated_decisions"):
        statement = src.policy.get(key) or {}
        lines = [[src.t(statement.get("text"))]] if src.t(statement.get("text")) else []
        lines += [[f"{src.words[part]}: {src.t(statement.get(part))}"] for part in ("logic", "significance") if src.t(statement.get(part))]
        if lines:
            section = _section_of(statement, "3")
            placed[section if section in placed else "3"].append(Para(lines))
    return placed


def _sources_and_retention(src: _Input) -> list[Block]:
    """5 sources, then retention: shared statements once, then the categories' own periods."""
    once = _Once()
    blocks: list[Block] = []
    loose: list[Line] = []
    for source in _list(src.policy.get("sources")):
        text = src.t(source.get("text"))
        if text:
            if once.new(text):
                blocks.append(Para([[text]]))
            based = [f"{src.t(p.get('text'))}: {src.words['legal_basis']} {translate(_LEGAL_BASES.get(p['legal_basis'], p['legal_basis']), src.lang)}"
                     for p in _list(source.get("stated_purposes")) if p.get("legal_basis")]
            if based:
                blocks.append(Bullets([[b] for b in based]))
        else:
            label = src.t(source.get("label"))
            if label:
                loose.append([label])
    if loose:
        blocks.append(Bullets(loose))
    retained: set[str] = set()
    for statement in _list(src.policy.get("retention")):
        retained.update(str(c) for c in _list(statement.get("categories")))
        text = src.t(statement.get("text"))
        if not text and statement.get("period"):
            text = _duration(str(statement["period"]), src.lang)
        if text and once.new(text):
            blocks.append(Para([[text]]))
    per_category: list[Line] = []
    for category in src.categories():
        retention = category.get("retention") or {}
        if not retention or category.get("id") in retained:
            continue
        parts = [p for p in (_duration(str(retention["period"]), src.lang) if retention.get("period") else "",
                             src.t(retention.get("criteria"))) if p]
        if parts:
            per_category.append([f"{src.t(category.get('label'))}: {'; '.join(parts)}"])
    if per_category:
        blocks.append(Para([[src.words["retention"] + ":"]]))
        blocks.append(Bullets(per_category))
    return blocks


def _disclosures(src: _Input) -> list[Block]:
    """6 disclosures: the shared statements once, then the recipients with type and country."""
    once = _Once()
    blocks: list[Block] = []
    recipients = _list(src.policy.get("recipients"))
    for recipient in recipients:
        text = src.t(recipient.get("text"))
        if text and once.new(text):
            blocks.append(Para([[text]]))
    items: list[Line] = []
    for recipient in recipients:
        label = src.t(recipient.get("label"))
        if not label:
            continue
        basis = recipient.get("legal_basis")
        basis_text = f"{src.words['legal_basis']}: {translate(_LEGAL_BASES.get(basis, basis), src.lang)}" if basis else ""
        details = [p for p in (translate(_RECIPIENT_TYPES.get(str(recipient.get("type") or ""), ""), src.lang),
                               str(recipient.get("country") or ""), basis_text) if p]
        items.append([label + (f" ({', '.join(details)})" if details else "")])
    if items:
        blocks.append(Para([[src.words["recipients"] + ":"]]))
        blocks.append(Bullets(items))
    return blocks


def _transfers(src: _Input) -> list[Block]:
    """7 transfers outside the EU/EEA: the statement (or "none"), then each allowed transfer."""
    transfers = src.policy.get("transfers") or {}
    if not transfers:
        return []
    blocks: list[Block] = []
    statement = src.t(transfers.get("statement"))
    if statement:
        blocks.append(Para([[statement]]))
    elif transfers.get("default") == "none" and not _list(transfers.get("allowed")):
        blocks.append(Para([[src.words["no_transfers"]]]))
    items = [[line] for line in (_transfer_line(src, t) for t in _list(transfers.get("allowed"))) if line]
    if items:
        blocks.append(Para([[src.words["transfers"] + ":"]]))
        blocks.append(Bullets(items))
    return blocks


def _transfer_line(src: _Input, transfer: Mapping[str, Any]) -> str:
    """One allowed transfer: country; recipient; safeguard; categories ('' when none is given)."""
    words = src.words
    parts = []
    if transfer.get("country"):
        parts.append(f"{words['country']}: {transfer['country']}")
    if transfer.get("recipient"):
        labels = {r.get("id"): src.t(r.get("label")) for r in _list(src.policy.get("recipients"))}
        parts.append(f"{words['recipient']}: {labels.get(transfer['recipient']) or transfer['recipient']}")
    if transfer.get("safeguard"):
        safeguard = str(transfer["safeguard"])
        name = src.t((src.safeguard_names or {}).get(safeguard)) if src.safeguard_names else ""
        parts.append(f"{words['safeguard']}: {name or safeguard}")
    category_labels = {c.get("id"): src.t(c.get("label")) for c in src.categories()}
    cats = [category_labels.get(c) or str(c) for c in _list(transfer.get("categories"))]
    if cats:
        parts.append(f"{words['categories']}: {', '.join(cats)}")
    if src.t(transfer.get("safeguard_copy")):
        parts.append(f"{words['copy']}: {src.t(transfer.get('safeguard_copy'))}")
    return "; ".join(parts)


def _security(src: _Input) -> list[Block]:
    """8 security measures."""
    texts = (src.t(measure.get("text")) for measure in _list(src.policy.get("security")))
    return [Para([[text]]) for text in texts if text]


def _rights(src: _Input) -> list[Block]:
    """9 rights (each statement and how to use it, once) and the supervisory authority."""
    once = _Once()
    blocks: list[Block] = []
    for right in _list(src.policy.get("rights")):
        text = src.t(right.get("text"))
        if text and once.new(text):
            blocks.append(Para([[text]]))
        how = src.t(right.get("how"))
        if how and not once.covered(how) and once.new(how):
            blocks.append(Para([[how]]))
    authority = src.policy.get("supervisory_authority") or {}
    if authority:
        line: Line = []
        name = src.t(authority.get("name"))
        if name:
            line.append(f"{src.words['supervisory']}: {name}")
        if authority.get("web"):
            line.extend([", " if line else "", _url_segment(str(authority["web"]))])
        if line:
            blocks.append(Para([line]))
        text = src.t(authority.get("text"))
        if text and once.new(text):
            blocks.append(Para([[text]]))
    return blocks


# the steps in the order of the notice; section 4 (category groups) is placed by _build
_SECTION_STEPS = (
    ("1", _controller),
    ("2", _register),
    ("3", _purposes),
    ("5", _sources_and_retention),
    ("6", _disclosures),
    ("7", _transfers),
    ("8", _security),
    ("9", _rights),
)


def _contact_lines(item: Mapping[str, Any], words: Mapping[str, str]) -> list[Line]:
    lines: list[Line] = []
    phones = [str(p) for p in _list(item.get("phones"))]
    if phones:
        lines.append([f"{words['phone']}: " + f" {words['or']} ".join(phones)])
    if item.get("email"):
        lines.append([_email_segment(str(item["email"]))])
    if item.get("web"):
        lines.append([_url_segment(str(item["web"]))])
    return lines


# ---------------------------------------------------------------- Markdown

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^(\s*)(#|>|\+|-|=|(\d+)([.)]))")
_MD_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")  # &lt; &#60; would render as the character
# GFM "extended autolinks" turn bare http://, https://, ftp://, www. and e-mail addresses into
# links; a backslash before the ':' / '.' / '@' keeps them text (the escape is not rendered).
_MD_AUTOLINK_SCHEME = re.compile(r"(?<=[A-Za-z0-9]):(?=//)")
_MD_AUTOLINK_WWW = re.compile(r"(?i)(?<![A-Za-z0-9])(www)\.")
_MD_AUTOLINK_EMAIL = re.compile(r"(?<=[A-Za-z0-9._+-])@(?=[A-Za-z0-9-]+(?:\\?\.))")

def md_escape(text: str, *, autolinks: bool = True) -> str:
    """Escape user text so it cannot change the Markdown document's structure.

    Control characters are replaced (``printable``); each line loses its indentation (four
    spaces after a blank line would open a code block); characters that open tags, links,
    images, emphasis, code spans, tables or entities are backslash-escaped. With
    ``autolinks=False`` the ':' / '.' / '@' that GFM would turn into an automatic link
    (``http://...``, ``www....``, ``a@b.fi``) are escaped too, so no link comes from the text
    (the report does this for names and comments; the notice keeps the controller's own
    addresses clickable).
    """
    out = []
    for line in printable(str(text).replace("\r\n", "\n").replace("\r", "\n")).split("\n"):
        line = _MD_INLINE.sub(r"\\\1", line.lstrip(" "))
        line = _MD_ENTITY.sub(r"\\&", line)
        if not autolinks:
            line = _MD_AUTOLINK_SCHEME.sub(r"\\:", line)
            line = _MD_AUTOLINK_WWW.sub(r"\1\\.", line)
            line = _MD_AUTOLINK_EMAIL.sub(r"\\@", line)
        match = _MD_LINE_START.match(line)
        if match:
            if match.group(3) is not None:  # "1." / "1)" would start an ordered list
                cut = match.end(3)
                line = line[:cut] + "\\" + line[cut:]
            else:
                cut = match.end(1)
                line = line[:cut] + "\\" + line[cut:]
        out.append(line)
    return "\n".join(out)


def _md_segment(segment: Segment) -> str:
    if isinstance(segment, Link):
        if segment.href.startswith("mailto:"):
            return f"<{segment.label}>"
        return f"<{segment.href}>"
    return md_escape(segment)


def _md_line(line: Line) -> str:
    return "".join(_md_segment(s) for s in line)


def _markdown(doc: _Doc) -> str:
    out = [f"# {md_escape(doc.title)}", ""] if doc.title else []
    for block in doc.blocks:
        if isinstance(block, Heading):
            text = block.text if block.trusted else md_escape(block.text)
            out += [f"{'#' * block.level} {text}", ""]
        elif isinstance(block, Para):
            rendered = [_md_line(line) for line in block.lines]
            # hard line breaks between lines; blank lines inside a text stay paragraph breaks
            out += ["  \n".join(rendered), ""]
        elif isinstance(block, Bullets):
            for item in block.items:
                text = _md_line(item).replace("\n\n", "\n\n  ")
                out.append(f"- {text}")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


# ---------------------------------------------------------------- HTML

_CSS = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.5;color:#1a1a1a;"
    "max-width:46rem;margin:2rem auto;padding:0 1rem}"
    "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}"
    "h3{font-size:1rem}ul{padding-left:1.4rem}a{color:#0645ad}"
)


def _h(text: str) -> str:
    """Untrusted text for HTML: control characters replaced, markup escaped (quotes too)."""
    return html.escape(printable(text), quote=True)


def _html_segment(segment: Segment) -> str:
    if isinstance(segment, Link):
        return f'<a href="{_h(segment.href)}">{_h(segment.label)}</a>'
    return _h(segment).replace("\n\n", "<br><br>")


def _html_line(line: Line) -> str:
    return "".join(_html_segment(s) for s in line)


def _html(doc: _Doc, lang: str) -> str:
    body = []
    if doc.title:
        body.append(f"<h1>{_h(doc.title)}</h1>")
    for block in doc.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{_h(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            body.append("<p>" + "<br>\n".join(_html_line(line) for line in block.lines) + "</p>")
        elif isinstance(block, Bullets):
            body.append("<ul>\n" + "\n".join(f"<li>{_html_line(item)}</li>" for item in block.items) + "\n</ul>")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang, quote=True)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_h(doc.title)}</title>\n"
        f"<style>{_CSS}</style>\n"
        "</head>\n"
        "<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- API

def render_notice(
    policy: Mapping[str, Any],
    lang: str,
    fmt: str,
    *,
    safeguard_names: Mapping[str, Any] | None = None,
) -> str:
    """Render ``policy`` as a privacy notice in ``lang`` ("fi" | "en") and ``fmt`` ("markdown" | "html").

    ``safeguard_names`` optionally maps safeguard ids to entries with a localised
    ``name`` (e.g. the loaded safeguards.yaml, by id); without it transfers show
    the safeguard id.
    """
    if lang not in LANGS:
        raise ValueError(f"unsupported language {lang!r}; expected one of {', '.join(LANGS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unsupported format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if not isinstance(policy, Mapping):
        raise TypeError("policy must be a mapping (the loaded policy YAML)")
    doc = _build(policy, lang, _names(safeguard_names))
    return _markdown(doc) if fmt == "markdown" else _html(doc, lang)


def _names(safeguards: Mapping[str, Any] | Iterable[Any] | None) -> dict[str, Any] | None:
    """Accept {id: entry} or {id: {fi, en}}; return {id: localised name}."""
    if not safeguards:
        return None
    result: dict[str, Any] = {}
    for key, value in dict(safeguards).items():
        result[key] = value.get("name", value) if isinstance(value, Mapping) else value
    return result
