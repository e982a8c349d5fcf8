"""The classifier: declared categories first, then the evidence passes in their stated order.

A column's own name is read first (``names.py``: tokens, segmentation, inflection); a text key
long enough to hold a login is a user name (``keys.text_handle``); a name with a term of its
own is judged against its table and the guard rails (``named.py``); a name without one goes
through ``PASSES`` in order, and the first that decides wins. The tables are read once per
schema (``tables.py``). Last, a missing or low result is offered to the notice's example
phrases and lists (``notice_passes.py``).
"""
from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping

from ..i18n import joined, msg
from ..catalog import Catalog
from ..model import Classification, Column, Confidence, Location, Schema, Table
from .context_passes import comment_pass, counter_pass, role_pass, special_reference_pass, subject_pass
from .keys import record_keeping, text_handle
from .named import named_column
from .names import facts_of, owner_prefix
from .notice import PolicyView
from .notice_passes import notice_confirms, notice_pass, notice_phrase_pass, notice_table_pass
from .reader import Reader
from .records import ABOUT_PEOPLE, ColumnInput, TableInfo
from .results import declared, kind_label, result_of
from .tables import link_through_references, table_info
from .tokens import app_prefix, tokenize

Pass = Callable[[Reader, ColumnInput], "Classification | None"]

# The passes for a column whose own name names no kind, in the order they run (see __init__).
PASSES: tuple[Pass, ...] = (
    special_reference_pass,  # a person's reference to a special-category list (a trade union)
    comment_pass,  # 7: the column's COMMENT
    role_pass,  # 5: a person in a role ('ilmoittaja', 'caller_number')
    notice_pass,  # 8: the notice's words on the column ('mittauslukema')
    notice_table_pass,  # 9: a table named as a notice category ('puhelutallenteet')
    subject_pass,  # 4: a column of a person's record about K is K
    counter_pass,  # counts of a person's own actions ('posts' in a members table)
)


class Classifier(Reader):
    def __init__(
        self,
        catalog: Catalog,
        policy: PolicyView | None = None,
        datamap: Mapping[str, str | None] | None = None,
        datamap_where: Mapping[str, Location] | None = None,
    ) -> None:
        super().__init__(catalog, policy)
        self.datamap = {k.lower(): v for k, v in (datamap or {}).items()}
        self.datamap_where = {k.lower(): v for k, v in (datamap_where or {}).items()}

    def classify_schema(self, schema: Schema) -> list[Classification]:
        prefix = app_prefix([t.name for t in schema.tables])
        infos = {id(t): table_info(self, t, prefix) for t in schema.tables}
        link_through_references(self, schema.tables, infos)
        results: list[Classification] = []
        for table in schema.tables:
            info = infos[id(table)]
            for column in table.columns:
                results.append(self._classify(column, info))
        return results

    def classify(self, column: Column, table: Table | None = None, context: str | None = None) -> Classification:
        """One column; ``table`` gives its context (without the schema, links through other tables are not seen)."""
        if table is not None:
            info = table_info(self, table)
        else:
            info = TableInfo(column.table, tokenize(column.table), "neutral")
        if context is not None:
            info.context = context
        return self._classify(column, info)

    def _classify(self, column: Column, info: TableInfo) -> Classification:
        """Precedence: inline annotation > data map > the notice's column patterns > evidence passes."""
        guess = self._evidence(column, info)
        if column.annotation is not None:
            return declared(self, column, column.annotation.category, guess, "annotation", column.annotation.location)
        key = f"{column.table}.{column.name}".lower()
        if key in self.datamap:
            return declared(self, column, self.datamap[key], guess, "datamap", self.datamap_where.get(key))
        for pattern, category in self.policy.patterns:
            if fnmatch.fnmatchcase(key, pattern):
                kinds = self.policy.categories.get(category, ())
                kind = guess.kind if guess.kind in kinds else (kinds[0] if kinds else guess.kind)
                return Classification(column, kind, category, Confidence.HIGH, msg("policy pattern '{pattern}' of category '{category}'", pattern=pattern, category=category), "policy-pattern")
        if guess.confidence is None or guess.confidence < Confidence.MEDIUM:
            return notice_phrase_pass(self, column, info) or notice_confirms(self, column, info, guess) or guess
        return guess

    def _evidence(self, column: Column, info: TableInfo) -> Classification:
        """Run the passes in order over one immutable column input; the first that decides wins."""
        facts = owner_prefix(self, facts_of(self, column), column, info)
        subject = info.subject
        record = subject is not None and info.link is not None and info.context != "non-person" and not info.linked_to_organisation
        about = ""
        if subject:
            about = msg("table '{table}', whose subject is {subject} ({why})", table=info.name, subject=kind_label(self, subject), why=info.subject_why)
            if info.link == ABOUT_PEOPLE:
                about = msg("table '{table}' about people, whose subject is {subject} ({why})", table=info.name, subject=kind_label(self, subject), why=info.subject_why)
            elif record:
                about = msg("{about}, linked to a person by {link}", about=about, link=info.link)
        handle = text_handle(self, column, facts.tokens)
        if handle is not None:
            return result_of(self, column, info, self.catalog.kinds["username"], Confidence.MEDIUM, handle)
        if facts.best is not None:
            return named_column(self, ColumnInput(column, info, facts, facts.tokens, None, record, about))
        if facts.vetoes:
            return Classification(column, None, None, None, joined(facts.vetoes), "none")
        item = ColumnInput(column, info, facts, facts.tokens, record_keeping(self, column, facts.tokens, info), record, about)
        for evidence in PASSES:
            found = evidence(self, item)
            if found is not None:
                return found
        return Classification(column, None, None, None, msg("no personal-data term in the name"), "none")
