"""Durable CSV export: append-only, one write + fsync per call, stable columns, one sentence per failure.

The operator owns the file: it is never rewritten. A new file, or one holding nothing but a BOM or blank lines,
gets a UTF-8 BOM (for Excel) and the header; an existing file must have the same header, or nothing is written.
Appenders take the file lock (flock and fcntl on POSIX, a byte-range lock on Windows) for a bounded time, then
give up with "open in another program". A torn tail left by an append that was killed mid-write is cut back
before the next append (see `csv_tail`), and a failed write cuts off its own bytes, so the file never ends in
half a row. The caller keeps its rows, so nothing is lost: it can retry or write elsewhere.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
from collections.abc import Iterable, Mapping, Sequence

from desktop_app.domain.export_rows import DEFAULT_COLUMNS, spreadsheet_cells
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.one_line import one_line
from desktop_app.station import csv_tail
from desktop_app.station.file_lock import LockTimeout, lock_exclusive, unlock

BOM = csv_tail.BOM
LOCK_TIMEOUT_S = 5.0
_HEADER_READ_LIMIT = 64 * 1024
_WINDOWS_SHARING_ERRORS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class ExportError(Exception):
    """The rows were not saved. `str(err)` is one sentence for the operator; `category` says why for code
    (locked, disk_full, read_only, permission, no_folder, not_a_file, columns, damaged, other); `errno` too."""

    def __init__(self, message: str, errno_code: int | None = None, category: str = "other") -> None:
        self.message = message if isinstance(message, Notice) else Notice(message)
        super().__init__(self.message)
        self.errno = errno_code
        self.category = category


def append_csv_rows(path: str | os.PathLike[str], rows: Iterable[Mapping[str, str]],
                    columns: Sequence[str] = DEFAULT_COLUMNS, *, lock_timeout_s: float | None = None) -> int:
    """Append `rows` to the CSV at `path` (created when missing). Returns the number of rows written.

    Waits at most `lock_timeout_s` (default `LOCK_TIMEOUT_S`) for another program's lock on the file."""
    rows = list(rows)
    columns = list(columns)
    name = one_line(os.path.basename(os.fspath(path)) or os.fspath(path))
    body = _csv_bytes([spreadsheet_cells(row, columns) for row in rows])
    try:
        fd, created = _open_append(path)
    except OSError as err:
        raise _error_for(err, name) from None
    try:
        lock_exclusive(fd, LOCK_TIMEOUT_S if lock_timeout_s is None else lock_timeout_s)
        csv_tail.repair_unfinished_append(path, fd)
        size = os.fstat(fd).st_size
        state = "empty" if size == 0 else csv_tail.tail_state(fd, size, columns)
        if state == "empty":
            if size:
                os.ftruncate(fd, 0)  # only a BOM or blank lines: nothing of the operator's is lost
                size = 0
            payload = BOM + _csv_bytes([columns]) + body
        else:
            _check_header(fd, columns, name)
            if state == "torn":
                raise ExportError(Notice(QT_TRANSLATE_NOOP(
                    "Notices", "%1 ends in an incomplete row written by another program, so nothing was added to it; "
                               "remove that last row in a spreadsheet program or choose a new export file."), name),
                    category="damaged")
            payload = (b"\r\n" if state == "needs_newline" else b"") + body
        if payload:
            _append(path, fd, payload, size)
        if created:
            csv_tail.fsync_directory(path)
    except LockTimeout:
        raise ExportError(_locked_sentence(name), errno.EAGAIN, "locked") from None
    except OSError as err:
        raise _error_for(err, name) from None
    finally:
        unlock(fd)
        os.close(fd)
    return len(rows)


def _locked_sentence(name: str) -> str:
    return Notice(QT_TRANSLATE_NOOP("Notices", "The CSV file %1 is open in another program (for example Excel); "
                                               "close it there and export again, the rows were not saved."), name)


def sentence_for(err: OSError, name: str) -> str:
    """One sentence for the operator: what happened to the export and what to do."""
    return _error_for(err, name).message


def _error_for(err: OSError, name: str) -> ExportError:
    code = err.errno
    name = one_line(name)

    def error(category: str, message: str) -> ExportError:
        return ExportError(message, code, category)

    if getattr(err, "winerror", None) in _WINDOWS_SHARING_ERRORS:
        return error("locked", _locked_sentence(name))
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return error("disk_full", Notice(QT_TRANSLATE_NOOP("Notices", "The disk is full, so the rows were not saved "
                                                                     "to %1; free some space or export to another "
                                                                     "drive."), name))
    if code == errno.EROFS:
        return error("read_only", Notice(QT_TRANSLATE_NOOP("Notices", "The export location for %1 is read-only; "
                                                                     "choose a folder you can write to and export "
                                                                     "again."), name))
    if code in (errno.EACCES, errno.EPERM):
        return error("permission", Notice(QT_TRANSLATE_NOOP("Notices", "Permission denied writing %1; choose a folder "
                                                                      "you can write to, or ask an administrator, and "
                                                                      "export again."), name))
    if code == errno.ENOENT:
        return error("no_folder", Notice(QT_TRANSLATE_NOOP("Notices", "The folder for %1 does not exist; choose an "
                                                                     "existing folder and export again."), name))
    if code == errno.EISDIR:
        return error("not_a_file", Notice(QT_TRANSLATE_NOOP("Notices", "%1 is a folder, not a file; choose a file "
                                                                      "name for the export."), name))
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return error("locked", Notice(QT_TRANSLATE_NOOP("Notices", "The export file %1 is in use by another program; "
                                                                  "close it there and export again."), name))
    reason = one_line(err.strerror or "unknown error").lower()
    return error("other", Notice(QT_TRANSLATE_NOOP("Notices", "The rows could not be saved to %1 (%2); check the file "
                                                             "and export again."), name, reason))


def _csv_bytes(records: Sequence[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(records)
    return buffer.getvalue().encode("utf-8")


def _open_append(path: str | os.PathLike[str]) -> tuple[int, bool]:
    """(fd, created): O_APPEND so every write lands at the end; 0600 on create (personal data)."""
    flags = os.O_RDWR | os.O_APPEND | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(path, flags | os.O_CREAT | os.O_EXCL, 0o600), True
    except FileExistsError:
        pass
    return os.open(path, flags), False


def _check_header(fd: int, columns: Sequence[str], name: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    head = os.read(fd, _HEADER_READ_LIMIT).removeprefix(BOM).lstrip(b"\r\n")
    first = head.split(b"\n", 1)[0].rstrip(b"\r")
    try:
        found = next(csv.reader([first.decode("utf-8")]), [])
    except (UnicodeDecodeError, csv.Error):
        found = []
    if found != list(columns):
        raise ExportError(Notice(QT_TRANSLATE_NOOP("Notices", "%1 already has different columns, so nothing was "
                                                              "added to it; choose a new export file."), name),
                          category="columns")


def _append(path: str | os.PathLike[str], fd: int, payload: bytes, size: int) -> None:
    """One journalled write + fsync (the journal only for regular files: not for a device such as /dev/full)."""
    journalled = stat.S_ISREG(os.fstat(fd).st_mode)
    if journalled:
        csv_tail.begin_append(path, fd, size, size + len(payload))
    try:
        _write_all(fd, payload, size)
        os.fsync(fd)
    except OSError:
        if journalled and os.fstat(fd).st_size == size:  # our bytes are gone again: nothing left to repair
            csv_tail.end_append(path)
        raise
    if journalled:
        csv_tail.end_append(path)


def _write_all(fd: int, payload: bytes, size_before: int) -> None:
    """Write everything or, on failure, cut off what this call wrote (never a half row)."""
    written = 0
    try:
        while written < len(payload):
            written += os.write(fd, payload[written:])
    except OSError:
        if written:
            _truncate_own_bytes(fd, size_before, written)
        raise


def _truncate_own_bytes(fd: int, size_before: int, written: int) -> None:
    try:
        if os.fstat(fd).st_size == size_before + written:  # nobody else appended meanwhile
            os.ftruncate(fd, size_before)
    except OSError:
        pass  # best effort; the journal lets the next append cut it; the original error is what the operator needs
