"""Decide from a statement's first tokens whether it needs parsing at all.

Statements that cannot change tables or columns (DML, transaction control, grants, indexes,
sequences, routines, ...) are counted but never parsed: big reference-data INSERT files cost
nothing. A few statements are handled from their tokens alone.
"""
from __future__ import annotations

from sqlglot.tokens import Token, TokenType

PARSE = "parse"
SKIP = "skip"
SEARCH_PATH = "search_path"  # SET search_path
RENAME_TABLE = "rename_table"  # RENAME TABLE a TO b (MySQL, Oracle)
SP_RENAME = "sp_rename"  # EXEC sp_rename (T-SQL)
USER_TYPE = "user_type"  # CREATE TYPE ... AS ENUM / CREATE DOMAIN
FOREIGN_TABLE = "foreign_table"  # CREATE FOREIGN TABLE (parsed after rewriting)
FLOW = "flow"  # DML and grants: parsed for data flows only
FLOW_TOKENS = "flow_tokens"  # CREATE SERVER / PUBLICATION / SUBSCRIPTION: flows from tokens
OUTFILE = "outfile"  # MySQL SELECT ... INTO OUTFILE 'path'

_FLOW_FIRST = frozenset({"UPDATE", "DELETE", "MERGE", "GRANT", "EXPORT", "COPY", "WITH"})
_FLOW_CREATE = frozenset({"SERVER", "PUBLICATION", "SUBSCRIPTION"})
_SKIP_FIRST = frozenset(
    """TRUNCATE CALL PERFORM VACUUM ANALYZE ANALYSE CLUSTER REINDEX CHECKPOINT
    LOCK UNLOCK USE REVOKE SAVEPOINT RELEASE COMMIT ROLLBACK ABORT START END DECLARE DO
    PRAGMA SHOW DESCRIBE DESC EXPLAIN FLUSH OPTIMIZE REPAIR PRINT RAISERROR WAITFOR DBCC NOTIFY
    LISTEN UNLISTEN DISCARD RESET LOAD PREPARE DEALLOCATE FETCH CLOSE OPEN REFRESH SECURITY
    HANDLER KILL PURGE CACHE UNCACHE MSCK ATTACH DETACH""".split()
)
# CREATE <word> ... that never define tables/views
_CREATE_SKIP = frozenset(
    """INDEX UNIQUE CLUSTERED NONCLUSTERED FULLTEXT SPATIAL BITMAP SEQUENCE EXTENSION FUNCTION
    PROCEDURE PROC TRIGGER EVENT RULE POLICY ROLE USER LANGUAGE AGGREGATE OPERATOR CAST COLLATION
    CONVERSION SERVER PUBLICATION SUBSCRIPTION STATISTICS TEXT ACCESS TABLESPACE DATABASE LOGIN
    SYNONYM PACKAGE STAGE PIPE STREAM TASK WAREHOUSE FILE CONSTRAINT LIBRARY DIRECTORY PROFILE MASK ROW SECRET PROCEDURAL TRUSTED""".split()
)
_ROUTINE_WORDS = frozenset({"FUNCTION", "PROCEDURE", "PROC", "TRIGGER", "EVENT", "PACKAGE"})
_TABLE_WORDS = frozenset({"TABLE", "VIEW", "TABLES"})
_ALTER_PARSE = frozenset({"TABLE", "VIEW", "MATERIALIZED", "ONLINE", "IGNORE"})
_DROP_PARSE = frozenset({"TABLE", "VIEW", "MATERIALIZED", "SCHEMA", "TEMPORARY", "TEMP"})
_COMMENT_PARSE = frozenset({"TABLE", "COLUMN", "VIEW", "MATERIALIZED"})


def _words(toks: list[Token], n: int) -> list[str]:
    return [t.text.upper() for t in toks[:n]]


def _reads_elsewhere(toks: list[Token]) -> bool:
    """FROM / JOIN / USING a schema-qualified table, or dblink(...)."""
    n = len(toks)
    for i, t in enumerate(toks):
        tt = t.token_type
        if tt in (TokenType.FROM, TokenType.JOIN, TokenType.USING) and i + 2 < n and toks[i + 2].token_type == TokenType.DOT:
            return True
        if tt == TokenType.VAR and t.text.lower() in ("dblink", "openquery", "openrowset"):
            return True
    return False


def triage(toks: list[Token], dialect: str, purpose_bound: bool = False) -> str:
    first = toks[0].text.upper()
    if first == "INSERT":
        return SKIP if _insert_values(toks) else PARSE
    if first == "REPLACE":  # MySQL/SQLite REPLACE INTO: always DML
        return SKIP
    if first == "SELECT":
        if any(t.token_type == TokenType.INTO for t in toks):
            return OUTFILE if any(t.text.upper() in ("OUTFILE", "DUMPFILE") for t in toks) else PARSE
        return FLOW if any(t.token_type == TokenType.FROM for t in toks) else SKIP
    if first in _FLOW_FIRST:
        return _flow(first, toks, purpose_bound)
    if first == "SET":
        if len(toks) > 1 and toks[1].text.lower() in ("search_path", "schema") or (
            len(toks) > 2 and toks[1].text.upper() in ("SESSION", "LOCAL") and toks[2].text.lower() == "search_path"
        ):
            return SEARCH_PATH
        return SKIP
    if first == "BEGIN":
        # transaction start in postgres/mysql; a block elsewhere (parsed when batched)
        return SKIP if len(toks) <= 3 or dialect in ("oracle", "postgres") else PARSE
    if first in _SKIP_FIRST:
        return SKIP
    if first == "CREATE":
        return _create(toks)
    if first == "ALTER":
        w = _words(toks, 2)
        if len(w) < 2 or w[1] not in _ALTER_PARSE:
            return SKIP
        return SKIP if _alter_noop(toks) else PARSE
    if first == "DROP":
        w = _words(toks, 2)
        return PARSE if len(w) > 1 and w[1] in _DROP_PARSE else SKIP
    if first == "COMMENT":
        w = _words(toks, 3)
        return PARSE if len(w) > 2 and w[1] == "ON" and w[2] in _COMMENT_PARSE else SKIP
    if first == "RENAME":
        return RENAME_TABLE
    if first in ("EXEC", "EXECUTE"):
        return SP_RENAME if len(toks) > 1 and _is_sp_rename(toks) else SKIP
    return PARSE


# DELETE is a purge (PN306/PN307) only when it compares with a point in time
_TIME_WORDS = frozenset(
    """INTERVAL DATEADD DATE_ADD DATE_SUB DATESUB TIMESTAMPADD TIMESTAMP_SUB TIMESTAMP_ADD DATETIME_SUB
    ADD_MONTHS NOW SYSDATE GETDATE CURRENT_DATE CURRENT_TIMESTAMP SYSTIMESTAMP LOCALTIMESTAMP""".split()
)


def _flow(first: str, toks: list[Token], purpose_bound: bool) -> str:
    """DML that cannot move data elsewhere is only counted: an UPDATE that reads only tables
    of the same database and schema (data migrations), unless the file declares a purpose;
    a DELETE without a time bound (not a purge)."""
    if first == "UPDATE":
        if purpose_bound:
            return FLOW if any(t.token_type in (TokenType.FROM, TokenType.SELECT) for t in toks) else SKIP
        return FLOW if _reads_elsewhere(toks) else SKIP
    if first == "DELETE":
        return FLOW if any(t.text.upper() in _TIME_WORDS for t in toks) else SKIP
    return FLOW


def _is_sp_rename(toks: list[Token]) -> bool:
    for t in toks[1:6]:
        if t.text.lower() == "sp_rename":
            return True
    return False


def _create(toks: list[Token]) -> str:
    words = _words(toks, 14)
    if len(words) < 2:
        return PARSE
    second = words[1]
    if second == "FOREIGN" and len(words) > 2 and words[2] == "TABLE":
        return FOREIGN_TABLE
    if second in ("TYPE", "DOMAIN"):
        return USER_TYPE
    if second in _FLOW_CREATE:
        return FLOW_TOKENS
    # routines may hide behind OR REPLACE / DEFINER=... / ALGORITHM=...
    for w in words[1:]:
        if w in _ROUTINE_WORDS:
            return SKIP
        if w in _TABLE_WORDS:
            return PARSE
    if second in _CREATE_SKIP:
        return SKIP
    if second == "OR" and len(words) > 3 and words[3] in _CREATE_SKIP:
        return SKIP
    return PARSE


def _insert_values(toks: list[Token]) -> bool:
    """INSERT/REPLACE [INTO] name [(cols)] VALUES|VALUE|SET|DEFAULT ... (no query source)."""
    depth = 0
    for t in toks[1:400]:
        tt = t.token_type
        if tt == TokenType.L_PAREN:
            depth += 1
        elif tt == TokenType.R_PAREN:
            depth -= 1
        elif depth == 0:
            w = t.text.upper()
            if w in ("VALUES", "VALUE", "SET", "DEFAULT"):
                return True
            if w in ("SELECT", "WITH", "TABLE"):
                return False
        elif tt == TokenType.SELECT:
            return False
    return False


# ALTER TABLE actions that never change columns, names or comments
_NOOP_ACTIONS = frozenset(
    """OWNER ATTACH DETACH ENABLE DISABLE CLUSTER REPLICA INHERIT NO RESET VALIDATE FORCE OF NOT
    ENGINE AUTO_INCREMENT CONVERT CHARACTER CHARSET COLLATE ROW_FORMAT ORDER ALGORITHM LOCK
    KEY_BLOCK_SIZE PACK_KEYS STATS_PERSISTENT CHECKSUM DELAY_KEY_WRITE ANALYZE OPTIMIZE REBUILD
    REPAIR TRUNCATE COALESCE REORGANIZE EXCHANGE DISCARD IMPORT""".split()
)
_ADD_DROP_NOOP = frozenset(
    """CONSTRAINT PRIMARY FOREIGN UNIQUE INDEX KEY CHECK FULLTEXT SPATIAL EXCLUDE PARTITION
    DEFAULT""".split()
)


def _alter_noop(toks: list[Token]) -> bool:
    """True when every action of an ALTER TABLE/VIEW is one that cannot change columns."""
    i = 2
    if i < len(toks) and toks[1].text.upper() == "MATERIALIZED":
        i = 3
    while i < len(toks) and toks[i].text.upper() in ("IF", "EXISTS", "ONLY"):
        i += 1
    i += 1  # name
    while i + 1 < len(toks) and toks[i].token_type == TokenType.DOT:
        i += 2
    if i < len(toks) and toks[i].token_type == TokenType.STAR:
        i += 1
    if i >= len(toks):
        return True
    depth = 0
    start = i
    for j in range(i, len(toks) + 1):
        if j < len(toks):
            tt = toks[j].token_type
            if tt == TokenType.L_PAREN:
                depth += 1
                continue
            if tt == TokenType.R_PAREN:
                depth -= 1
                continue
            if not (depth == 0 and tt == TokenType.COMMA):
                continue
        if not _noop_action([t.text.upper() for t in toks[start : min(j, start + 5)]]):
            return False
        start = j + 1
    return True


def _noop_action(w: list[str]) -> bool:
    if not w:
        return True
    head = w[0]
    if head in _NOOP_ACTIONS:
        return True
    if head == "SET":
        return len(w) < 2 or w[1] != "SCHEMA"
    if head in ("ADD", "DROP"):
        return len(w) > 1 and w[1] in _ADD_DROP_NOOP
    if head == "ALTER":
        k = 2 if len(w) > 1 and w[1] == "COLUMN" else 1
        # ALTER [COLUMN] c SET DEFAULT / DROP NOT NULL / SET STATISTICS ... (not SET DATA TYPE)
        return len(w) > k + 2 and w[k + 1] in ("SET", "DROP") and w[k + 2] != "DATA"
    return False
