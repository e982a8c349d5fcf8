"""Live databases: read a schema from SQLite, PostgreSQL or (SQLAlchemy) other engines and
sample values as evidence.

``scan.scan(url, sample=N, timeout=s)`` returns the same ``Schema`` the SQL reader builds
from migrations, plus per-column ``Evidence`` (counts and masked examples only), so the
same classifier and PN2xx rules run on a running database.

Privacy of the scan itself
    Sampled values live only inside ``scan`` while one column is being checked; they are
    never logged, cached, rendered or put into an exception message. Only counts, masks
    (``checker.db.mask``) and identifier-like JSON key paths leave this package. Driver
    errors are re-raised as ``UserError`` with generic text (SQLSTATE or error code, object
    names) and never the password.

Modules, in the order they depend on each other: ``engines`` (the SQLAlchemy engines as
data), ``session`` (Target, Session, errors), ``catalog`` (tables and columns as read),
``connect`` (URLs; SQLite and PostgreSQL sessions), ``alchemy`` (every other engine),
``introspect`` (catalog -> Schema), ``validators`` and ``recognizers`` (what a value is),
``mask``, ``evidence`` (values -> counts -> confidence), ``sample`` (deterministic samples),
``snapshot`` (incremental scans), ``scan``, ``live`` (the data map of a live database).
The commands are ``checker/cli/scan.py`` and ``checker/cli/classify.py``.
"""
