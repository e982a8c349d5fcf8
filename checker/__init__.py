"""notice-check: keep database schemas and SQL true to the published privacy notice.

Public API (small on purpose)::

    from checker.policy import load_policy
    from checker.pipeline import read, check
"""
from __future__ import annotations

__version__ = "0.1.0"
