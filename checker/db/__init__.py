"""Live databases: read a schema from SQLite or PostgreSQL and sample values as evidence.

``scan.scan(url, sample=N, timeout=s)`` returns the same ``Schema`` the SQL reader builds
from migrations, plus per-column ``Evidence`` (counts and masked examples only), so the
same classifier and PN2xx rules run on a running database.

Privacy of the scan itself
    Sampled values live only inside ``scan`` while one column is being checked; they are
    never logged, cached, rendered or put into an exception message. Only counts and masks
    (``checker.db.mask``) leave this package. Driver errors are re-raised as ``UserError``
    with generic text (SQLSTATE, object names) and never the password.

Modules: ``connect`` (URLs, read-only sessions), ``introspect`` (catalog -> Schema),
``sample`` (deterministic value samples), ``validators`` (python-stdnum and formats),
``mask``, ``evidence`` (values -> confidence), ``scan``, ``command`` (the CLI command).
"""
