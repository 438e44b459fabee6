"""No core dump of this process: a native crash during a batch must not leave names and document numbers on disk.

Called first thing at start-up (CLI and GUI). POSIX: the core size limit goes to 0 (soft and hard, so nothing
the process starts can raise it again). Linux also: PR_SET_DUMPABLE 0, which stops a core even where
`core_pattern` pipes to a handler such as systemd-coredump or apport (they ignore RLIMIT_CORE), and keeps other
processes of the same user from reading this one's memory through /proc or ptrace. Windows Error Reporting is
kept out by the installer (see README, Privacy).
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    try:
        import resource
    except ImportError:  # Windows
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
