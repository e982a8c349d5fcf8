"""Building a Classification: kind -> the notice's category, declared categories, reasons."""
from __future__ import annotations

from ..catalog import Kind
from ..model import Classification, Column, Confidence, Location
from .reader import Reader
from .records import NameFacts, TableInfo
from .vocabulary import Match


def result_of(reader: Reader, column: Column, info: TableInfo, kind: Kind, confidence: Confidence, reason: str) -> Classification:
    """A vocabulary result, its category the notice's category covering the kind."""
    return Classification(column, kind.id, reader.policy.covering(kind.id, info.tokens), confidence, reason, "vocabulary")


def kind_label(reader: Reader, kind_id: str) -> str:
    """A kind's English label, lower case (for reasons)."""
    kind = reader.catalog.kinds[kind_id]
    return kind.label.get("en", kind_id).lower()


def admits(reader: Reader, kind: Kind, column: Column) -> bool:
    """Whether the kind's types admit the column's type family (unknown types admit all)."""
    family = column.type_family
    return not kind.types or family in ("unknown", "other") or family in kind.types


def table_may_give(reader: Reader, kind_id: str | None, info: TableInfo) -> bool:
    """Guard: table context alone never gives a national id, nor a special category unless
    the table's own name names it ('form_vitals'); two 'hetu' columns do not make a
    table's letters and timestamps identity codes."""
    if kind_id is None:
        return False
    kind = reader.catalog.kinds[kind_id]
    return kind.gdpr_class != "national-id" and (not kind.is_special or info.subject_why.startswith("by its name"))


def declared(reader: Reader, column: Column, category: str | None, guess: Classification, source: str, where: Location | None) -> Classification:
    """A result from an annotation or a data-map entry (category, or none), its kind from the guess."""
    if source == "datamap":
        origin = f"data map entry at {where}" if where and where.line else "data map"
    elif where and where.line:
        origin = f"annotation at line {where.line}"
    else:
        origin = "column comment"
    if category is None:
        return Classification(column, None, None, None, f"{origin}: not personal (privacy: none)", source, None, where)
    if category not in reader.policy.categories:
        return Classification(column, guess.kind, None, Confidence.HIGH, f"{origin} names category '{category}', which the notice does not define", source, category, where)
    kinds = reader.policy.categories[category]
    kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
    return Classification(column, kind, category, Confidence.HIGH, f"{origin}: category '{category}'", source, category, where)


def term_reason(facts: NameFacts, match: Match, kind: Kind) -> str:
    """What the name's own term says: "token 'sahkoposti' = email (fi)"."""
    term = match.term
    lang = "" if term.lang == "abbr" else f" ({term.lang})"
    if term.strength == "compound":
        reason = f"compound part '{term.term}' in '{match.token}' = {kind.id}{lang}"
    elif term.strength == "weak":
        reason = f"generic word '{match.token}' = {kind.id}{lang}"
    elif term.lang == "abbr":
        reason = f"abbreviation '{match.token}' = {kind.id}"
    else:
        reason = f"token '{match.token}' = {kind.id}{lang}"
    return f"{facts.segmented}: {reason}" if facts.segmented else reason
