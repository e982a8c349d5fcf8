"""Map sqlglot data types to coarse type families.

Families: text | number | date | boolean | binary | json | uuid | other | unknown.
"""
from __future__ import annotations

from sqlglot import exp

DT = exp.DataType
T = exp.DataType.Type

_FAMILY: dict[object, str] = {}
for _t in DT.TEXT_TYPES | {T.BPCHAR, T.FIXEDSTRING, T.ENUM, T.ENUM8, T.ENUM16, T.SET}:
    _FAMILY[_t] = "text"
for _t in DT.NUMERIC_TYPES | {T.SERIAL, T.BIGSERIAL, T.SMALLSERIAL, T.BIGNUM}:
    _FAMILY[_t] = "number"
for _t in DT.TEMPORAL_TYPES | {T.YEAR, T.TIME_NS}:
    _FAMILY[_t] = "date"
for _t in DT.BINARY_TYPES | {T.IMAGE, T.ROWVERSION}:
    _FAMILY[_t] = "binary"
for _t in (T.JSON, T.JSONB, T.VARIANT, T.OBJECT, T.SUPER, T.HSTORE):
    _FAMILY[_t] = "json"
_FAMILY[T.BOOLEAN] = "boolean"
_FAMILY[T.UUID] = "uuid"
_FAMILY[T.UNKNOWN] = "unknown"
_FAMILY[T.NULL] = "unknown"

# Name fragments for types sqlglot only knows as user-defined (checked in this order).
_NAME_HINTS: tuple[tuple[str, str], ...] = (
    ("uuid", "uuid"),
    ("uniqueidentifier", "uuid"),
    ("guid", "uuid"),
    ("json", "json"),
    ("bool", "boolean"),
    ("interval", "other"),
    ("date", "date"),
    ("time", "date"),
    ("char", "text"),
    ("text", "text"),
    ("string", "text"),
    ("clob", "text"),
    ("citext", "text"),
    ("blob", "binary"),
    ("binary", "binary"),
    ("bytea", "binary"),
    ("raw", "binary"),
    ("int", "number"),
    ("num", "number"),
    ("dec", "number"),
    ("float", "number"),
    ("double", "number"),
    ("real", "number"),
)


def family_from_name(name: str) -> str:
    """Best-effort family from a type name such as ``varchar2`` or ``citext``."""
    low = name.lower()
    for frag, fam in _NAME_HINTS:
        if frag in low:
            return fam
    return "unknown"


def type_name(dtype: exp.DataType) -> str:
    """The bare type name; for user-defined types the name as written."""
    if dtype.this == T.USERDEFINED:
        kind = dtype.args.get("kind")
        if isinstance(kind, exp.Expr):
            return kind.name
        return str(kind or "")
    this = dtype.this
    return getattr(this, "value", None) or str(this)


def type_family(dtype: exp.DataType | None, dialect: str = "", user_types: dict[str, str] | None = None) -> str:
    """Family of a parsed data type; ``user_types`` maps known enum/domain names to families."""
    if not isinstance(dtype, exp.DataType):
        return "unknown"
    this = dtype.this
    if this in DT.ARRAY_TYPES:  # an array has the family of its elements
        inner = dtype.expressions[0] if dtype.expressions else None
        return type_family(inner, dialect, user_types) if isinstance(inner, exp.DataType) else "other"
    if this in (T.TINYINT, T.UTINYINT) and dialect == "mysql" and _single_param(dtype) == "1":
        return "boolean"
    if this == T.BIT:
        param = _single_param(dtype)
        if dialect == "tsql" or param == "1" or (dialect == "mysql" and param is None):
            return "boolean"
        return "binary" if dialect == "postgres" else "number"
    fam = _FAMILY.get(this)
    if fam:
        return fam
    if this == T.USERDEFINED:
        name = type_name(dtype)
        if user_types:
            known = user_types.get(name.lower()) or user_types.get(name.lower().rsplit(".", 1)[-1])
            if known:
                return known
        return family_from_name(name)
    return "other"


def _single_param(dtype: exp.DataType) -> str | None:
    params = dtype.expressions
    if len(params) != 1:
        return None
    p = params[0]
    return p.name if isinstance(p, (exp.DataTypeParam, exp.Literal)) else p.sql()


def family_of_type_name(sql_type: str, dialect: str) -> str:
    """Type family of a type name as a database catalog spells it (``character varying(30)``)."""
    try:
        return type_family(exp.DataType.build(sql_type, dialect=dialect, udt=True), dialect)
    except Exception:  # sqlglot cannot parse every catalog spelling
        return family_from_name(sql_type)
