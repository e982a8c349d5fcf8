"""Columns -> personal-data kinds -> notice categories, with a confidence and a reason (pure).

Precedence: inline annotation > data map > the notice's column patterns > evidence passes.

The evidence passes run in this order over one immutable column input (``records.ColumnInput``:
the column, its table's facts, its tokens, whether it is record keeping); the first that
decides wins, and its reason names what decided (docs/classification.md has the whole story):

1. name tokens and segmentation (``tokens.py``): fold, split, ``contactphone`` -> contact phone,
   run-together table names, an application's table prefix (``ofuser``), a first token that
   only says whose the column is (``user_pass``), English plurals;
2. vocabulary (``vocabulary.py``): the catalog's strong, weak and compound terms, type
   vetoes and ``exclude`` tokens;
3. morphology (``morphology.py``): Finnish/Swedish inflection and compounds (Snowball);
4. table subject and relations (``tables.py``, ``context_passes.subject_pass``): what the table is about, how it is tied
   to a person (``pid``, ``customer_id``, ``author_id``, keys repeating a people table's number);
5. people in roles (``roles.py``, ``context_passes.role_pass``): agent nouns and person words; a person's key written as
   long text is their login (``keys.text_handle``);
6. what people write and do (``named.py``, ``context_passes.counter_pass``): user content,
   credentials, activity in a row tied to a person;
7. comments (``context_passes.comment_pass``): a column's COMMENT when its name says nothing;
8. the notice's words (``notice.py``, ``notice_passes.py``): category labels and their examples, on the column
   and on table + column (``kiinteistön nimi``);
9. tables that are categories (``notice_passes.notice_table_pass``): a table named as a notice category gives it to its columns;
10. sampled values: live scans only (``checker/db/``).

Run order (``classifier.py``): passes 1-3 read the name (``names.py``); a name with a term of
its own then goes through the table's context, roles and the guard rails
(``named.named_column``); a name without one goes through ``classifier.PASSES`` in order: a
reference to a special-category list, its comment, roles, the notice's words, the notice
category of its table, the table's subject, and counts of a person's own actions (``posts``
in a members table). Shared state: ``reader.Reader``; shared records: ``records.py``; fixed
word lists: ``words.py``; keys and record keeping: ``keys.py``.
Last, a missing or low result is offered to the notice's example phrases and lists.

Guard rails: table context never gives a national id; a special category needs the column
itself or the table's own name; ambiguous words need supporting context; numeric, temporal
and boolean types veto text kinds.
"""
from __future__ import annotations

from .classifier import Classifier
from .notice import PolicyView
from .tokens import fold, tokenize

__all__ = ["Classifier", "PolicyView", "fold", "tokenize"]
