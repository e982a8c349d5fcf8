"""Building a Classification: kind -> the notice's category, declared categories, reasons."""
from __future__ import annotations

from ..i18n import lowered, msg
from ..catalog import Kind
from ..model import Classification, Column, Confidence, Location
from .reader import Reader
from .records import NameFacts, TableInfo
from .vocabulary import Match


def result_of(reader: Reader, column: Column, info: TableInfo, kind: Kind, confidence: Confidence, reason: str) -> Classification:
    """A vocabulary result, its category the notice's category covering the kind."""
    return Classification(column, kind.id, reader.policy.covering(kind.id, info.tokens), confidence, reason, "vocabulary")


def kind_label(reader: Reader, kind_id: str) -> str:
    """The kind's label in lower case, in every language of the catalog (for reasons)."""
    return lowered(reader.catalog.kinds[kind_id].label, kind_id)


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
        origin = msg("data map entry at {where}", where=str(where)) if where and where.line else msg("data map")
    elif where and where.line:
        origin = msg("annotation at line {line}", line=where.line)
    else:
        origin = msg("column comment")
    if category is None:
        return Classification(column, None, None, None, msg("{origin}: not personal (privacy: none)", origin=origin), source, None, where)
    if category not in reader.policy.categories:
        reason = msg("{origin} names category '{category}', which the notice does not define", origin=origin, category=category)
        return Classification(column, guess.kind, None, Confidence.HIGH, reason, source, category, where)
    kinds = reader.policy.categories[category]
    kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
    return Classification(column, kind, category, Confidence.HIGH, msg("{origin}: category '{category}'", origin=origin, category=category), source, category, where)


def term_reason(facts: NameFacts, match: Match, kind: Kind) -> str:
    """What the name's own term says: "token 'sahkoposti' = email (fi)"."""
    term = match.term
    lang = "" if term.lang == "abbr" else f" ({term.lang})"
    if term.strength == "compound":
        reason = msg("compound part '{part}' in '{token}' = {kind}{lang}", part=term.term, token=match.token, kind=kind.id, lang=lang)
    elif term.strength == "weak":
        reason = msg("generic word '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
    elif term.lang == "abbr":
        reason = msg("abbreviation '{token}' = {kind}", token=match.token, kind=kind.id)
    else:
        reason = msg("token '{token}' = {kind}{lang}", token=match.token, kind=kind.id, lang=lang)
    return msg("{segmented}: {reason}", segmented=facts.segmented, reason=reason) if facts.segmented else reason
