"""Columns -> personal-data kinds -> notice categories, with a confidence and a reason (pure).

Precedence: inline annotation > data map > the policy's own column patterns > vocabulary.

Vocabulary matching works on folded tokens: names are split on ``_``, ``-``, spaces,
camelCase and digits, lower-cased, and ä/ö/å folded to a/o/a. A kind matches by a
*strong* term or abbreviation (high confidence), a Finnish/Swedish *compound part*
(``laskutus|osoite``: medium), or a *weak* generic word (``nimi``, ``name``) that
counts only in a table about people or in a person's record (medium; low in a
neutral table, nothing in a product or code table). The SQL type family vetoes
kinds that cannot be stored so (a boolean ``email_verified`` is not an e-mail
address), and a kind's ``exclude`` tokens veto it (``file_name``).

What the table says about a column (all from catalog word lists, never from table
names of one schema):

- *context*: a table is about people (``asiakas``, or any table with a first-name,
  identity-code or birth-date column), about organisations (``employer_data``),
  not about people (``tuote``, ``koodisto_kieli``), or neutral.
- *organisation's record*: a table with an organisation-name column
  (``company_name``) and no identity column holds an organisation's contact
  details; only its contact-person columns (``contact_name``) are personal.
- *contact person*: in another record that names a contact or responsible person
  (``vastuuhenkilo``), the phone and e-mail are that person's.
- *subject*: what the rows are about, from the table name (``form_vitals`` -> health
  data, ``m_loan`` -> credit data; the catalog's ``table_subjects``, or a kind's own
  term: ``externalid``) or, for special categories, from two or more of its columns
  (``history_data``) or its comment (``jarjesto``: 'Ammattijärjestö').
- *link*: the table is about people, has a column referring to a person (``pid``,
  ``customer_id``, ``henkiloid``), an e-mail address or identity code, or refers to
  a table that is linked (``maksu.lasku_id``). A table named after a kind and not
  linked is that kind's code list (``kansalaisuus``).

In a linked table with subject K, a column whose own name gives nothing and which is
not record keeping (keys, audit times, flags, versions) is K with medium confidence,
weak words count, and free text in a record of a special category is K (clinical
notes are health data). A person's reference to a list whose subject is a special
category is that category (membership of a trade union). A column whose name gives
nothing may also be read from its COMMENT: strong terms only, medium confidence; a
comment never vetoes.
"""
from __future__ import annotations

from .classifier import Classifier
from .notice import PolicyView
from .tokens import fold, tokenize

__all__ = ["Classifier", "PolicyView", "fold", "tokenize"]
