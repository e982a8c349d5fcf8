"""Readers of schema definitions that are not SQL files (see ``checker.sql.changes``).

Each reader is a module exposing ``detect(path, head) -> bool`` and
``read(files, display) -> (changes, problems, source files)``.
"""
