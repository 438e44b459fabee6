"""An exclusive lock on an open file, waited for a bounded time: BSD `flock` and POSIX `fcntl` on Linux/macOS
(programs use either: another station or a shell script takes `flock`, LibreOffice and Samba take `fcntl`
record locks), a byte-range lock on Windows. Closing the file releases it (`unlock` first on Windows)."""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Callable

POLL_S = 0.05
_BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK}
_UNSUPPORTED = {errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF}  # e.g. some network filesystems
_WINDOWS_LOCK_OFFSET = 0x7FFFFFFE  # one byte far past the data: locks out other stations, not readers


class LockTimeout(Exception):
    """Another program held the file for longer than the caller wanted to wait."""


def lock_exclusive(fd: int, timeout_s: float) -> None:
    """Take every lock kind other programs use on `fd`, waiting at most `timeout_s` in all."""
    deadline = time.monotonic() + timeout_s
    if os.name == "nt":
        _retry(lambda: _windows_lock(fd), deadline)
        return
    import fcntl

    _retry(lambda: fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), deadline)
    _retry(lambda: fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB), deadline)


def unlock(fd: int) -> None:
    """Release the Windows byte-range lock before the file is closed (POSIX locks go with the close)."""
    if os.name != "nt":
        return
    import msvcrt

    try:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    except OSError:
        pass


def _windows_lock(fd: int) -> None:
    import msvcrt

    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]


def _retry(attempt: Callable[[], None], deadline: float) -> None:
    while True:
        try:
            attempt()
            return
        except OSError as err:
            if err.errno in _UNSUPPORTED and err.errno not in _BUSY:
                return  # the filesystem has no such lock: appending unlocked beats not appending
            if err.errno not in _BUSY and getattr(err, "winerror", None) not in (32, 33):
                raise
        if time.monotonic() >= deadline:
            raise LockTimeout
        time.sleep(POLL_S)
