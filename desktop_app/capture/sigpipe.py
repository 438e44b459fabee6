"""Keep a broken socket from killing the station after a SANE scan.

Python ignores SIGPIPE so that a write to a closed socket raises BrokenPipeError. SANE's `sanei_thread`
turns an *ignored* SIGPIPE back to the default action (terminate the process) when a reader finishes,
so after one scan a vendor connection dropped mid-write would kill the station. SANE leaves a real
handler alone, so the station installs a no-op handler instead of "ignore": writes still fail with
BrokenPipeError, and nothing can flip the disposition back to "terminate".
"""

from __future__ import annotations

import signal
import threading
from types import FrameType


def _ignore(signum: int, frame: FrameType | None) -> None:
    """Nothing to do: the failing write already raises BrokenPipeError."""


def install_sigpipe_guard() -> bool:
    """Install the handler (main thread only; a no-op elsewhere or on Windows). True when installed."""
    sigpipe = getattr(signal, "SIGPIPE", None)
    if sigpipe is None or threading.current_thread() is not threading.main_thread():
        return False
    if signal.getsignal(sigpipe) is not _ignore:
        signal.signal(sigpipe, _ignore)
    return True
