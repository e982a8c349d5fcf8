"""The exit codes of notice-check, decided here and nowhere else.

=====  ==================================================================================
code   meaning
=====  ==================================================================================
0      nothing at or above the fail level (``--fail-on``; also: a command that only writes)
1      findings at or above the fail level
2      usage, configuration, policy or input error (always a located message, no traceback)
3      internal error: a bug (``NOTICE_CHECK_DEBUG=1`` shows the traceback; please report it)
130    interrupted (Ctrl-C), as shells report SIGINT (128 + 2)
=====  ==================================================================================
"""
from __future__ import annotations

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
