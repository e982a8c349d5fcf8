"""Columns -> personal-data kinds -> notice categories, with a confidence and a reason (pure).

Precedence: inline annotation > data map > the notice's column patterns > evidence passes.

The evidence passes run in this order over one immutable column input (``_Input``: the
column, its table's facts, its tokens, whether it is record keeping); the first that decides
wins, and its reason names what decided (docs/classification.md has the whole story):

1. name tokens and segmentation (``tokens.py``): fold, split, ``contactphone`` -> contact phone,
   run-together table names, an application's table prefix (``ofuser``), a first token that
   only says whose the column is (``user_pass``), English plurals;
2. vocabulary (``vocabulary.py``): the catalog's strong, weak and compound terms, type
   vetoes and ``exclude`` tokens;
3. morphology (``morphology.py``): Finnish/Swedish inflection and compounds (Snowball);
4. table subject and relations (``classifier.py``): what the table is about, how it is tied
   to a person (``pid``, ``customer_id``, ``author_id``, keys repeating a people table's number);
5. people in roles (``roles.py``): agent nouns and person words; a person's key written as
   long text is their login (``sender_id VARCHAR(128)``);
6. what people write and do: user content, credentials, activity in a row tied to a person;
7. comments: a column's COMMENT when its name says nothing;
8. the notice's words (``notice.py``): category labels and their examples, on the column
   and on table + column (``kiinteistön nimi``);
9. tables that are categories: a table named as a notice category gives it to its columns;
10. sampled values: live scans only (``checker/db/``).

Run order in ``Classifier._vocabulary``: passes 1-3 read the name; a name with a term of
its own then goes through the table's context, roles and the guard rails (``_named``); a
name without one tries, in order, a reference to a special-category list, its comment,
roles, the notice's words, the notice category of its table, the table's subject, and
counts of a person's own actions (``posts`` in a members table).
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
