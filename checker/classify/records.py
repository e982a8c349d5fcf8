"""What the passes share about a name, a table and a column (records built once per schema)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..catalog import Kind
from ..model import Column, Confidence
from .vocabulary import Match


ABOUT_PEOPLE = "about people"  # TableInfo.link of a table about people itself

CONFIDENCE = {"strong": Confidence.HIGH, "compound": Confidence.MEDIUM, "weak": Confidence.MEDIUM}
STRENGTH_ORDER = {"strong": 3, "compound": 2, "weak": 1}


@dataclass
class NameFacts:
    """What the vocabulary says about one column name and type, before any table context."""

    tokens: tuple[str, ...]
    candidates: list[tuple[tuple, Match, Kind]]
    vetoes: list[str]
    vetoed_kinds: frozenset[str]
    segmented: str = ""  # 'contactphone' read as 'contact phone' (for the reason)

    @property
    def best(self) -> tuple[tuple, Match, Kind] | None:
        return max(self.candidates, key=lambda c: c[0]) if self.candidates else None


@dataclass
class TableInfo:
    name: str
    tokens: tuple[str, ...]
    context: str  # person | organisation | non-person | neutral
    named_for_people: bool = False  # the table's own name says it is about people ('patients', not 'orders')
    has_address: bool = False  # a column names a street address or postal code in the catalog's strong words
    organisation_record: str | None = None  # the organisation-name column of an organisation's own record
    contact_person: str | None = None  # a column naming the record's contact / responsible person
    subject: str | None = None  # kind id
    subject_why: str = ""
    subject_word: str = ""  # the table-name word that gave the subject
    link: str | None = None  # how the table is tied to a person (for reasons)
    linked_by_value: bool = False  # tied by an e-mail or identity code in the row, not by a key
    linked_to_organisation: bool = False  # the key points to an organisation's record (northwind 'customers')
    references: tuple[tuple[str, str], ...] = ()  # (column, referenced name) for links through other tables
    keys: frozenset[str] = frozenset()  # columns naming another record table of the schema (foreign keys)
    special_refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # column -> (table, kind): refers to a special-category list
    person_keys: dict[str, str] = field(default_factory=dict)  # column -> the people table whose number it repeats
    notice: tuple[str, str, str, str] | None = None  # the table is a category of the notice: (word, category, label, section)


@dataclass(frozen=True)
class ColumnInput:
    """One column as every pass sees it (built once, never changed)."""

    column: Column
    info: TableInfo
    facts: NameFacts
    tokens: tuple[str, ...]
    keeping: str | None  # why the column is record keeping (key, flag, audit), or None
    record: bool  # the table is a person's record with a subject
    about: str  # the table's subject and link, for reasons
