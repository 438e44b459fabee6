"""Durable CSV export: append-only, one write + fsync per call, stable columns, one sentence per failure.

The operator owns the file: it is never rewritten. A new (or empty) file gets a UTF-8 BOM (for Excel) and the
header; an existing file must have the same header, or nothing is written. If a write fails half-way, only the
bytes this call added are cut off again, so the file never ends in half a row. The caller keeps its rows, so
nothing is lost: it can retry or write elsewhere.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Iterable, Mapping, Sequence

from desktop_app.domain.export_rows import DEFAULT_COLUMNS, spreadsheet_cells

BOM = "\ufeff".encode()
_HEADER_READ_LIMIT = 64 * 1024
_WINDOWS_SHARING_ERRORS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


class ExportError(Exception):
    """The rows were not saved. `str(err)` is one sentence for the operator; `errno` says why, when known."""

    def __init__(self, message: str, errno_code: int | None = None) -> None:
        super().__init__(message)
        self.errno = errno_code


def append_csv_rows(path: str | os.PathLike[str], rows: Iterable[Mapping[str, str]],
                    columns: Sequence[str] = DEFAULT_COLUMNS) -> int:
    """Append `rows` to the CSV at `path` (created when missing). Returns the number of rows written."""
    rows = list(rows)
    columns = list(columns)
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    body = _csv_bytes([spreadsheet_cells(row, columns) for row in rows])
    try:
        fd, created = _open_append(path)
    except OSError as err:
        raise ExportError(sentence_for(err, name), err.errno) from None
    try:
        _lock(fd)
        size = os.fstat(fd).st_size
        if size == 0:
            payload = BOM + _csv_bytes([columns]) + body
        else:
            _check_header(fd, columns, name)
            payload = (b"" if _ends_with_newline(fd, size) else b"\r\n") + body
        if payload:
            _write_all(fd, payload, size)
            os.fsync(fd)
        if created:
            _fsync_directory(path)
    except OSError as err:
        raise ExportError(sentence_for(err, name), err.errno) from None
    finally:
        os.close(fd)
    return len(rows)


def sentence_for(err: OSError, name: str) -> str:
    """One sentence for the operator: what happened to the export and what to do."""
    code = err.errno
    if getattr(err, "winerror", None) in _WINDOWS_SHARING_ERRORS:
        return (f"The export file {name} is open in another program (for example Excel); close it there and "
                "export again, the rows were not saved.")
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return f"The disk is full, so the rows were not saved to {name}; free some space or export to another drive."
    if code == errno.EROFS:
        return f"The export location for {name} is read-only; choose a folder you can write to and export again."
    if code in (errno.EACCES, errno.EPERM):
        return (f"Permission denied writing {name}; choose a folder you can write to, or ask an administrator, "
                "and export again.")
    if code == errno.ENOENT:
        return f"The folder for {name} does not exist; choose an existing folder and export again."
    if code == errno.EISDIR:
        return f"{name} is a folder, not a file; choose a file name for the export."
    if code in (errno.EBUSY, errno.ETXTBSY, errno.EAGAIN):
        return f"The export file {name} is in use by another program; close it there and export again."
    reason = (err.strerror or "unknown error").lower()
    return f"The rows could not be saved to {name} ({reason}); check the file and export again."


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


def _lock(fd: int) -> None:
    """Serialise appenders on POSIX (GUI and CLI at once); Windows locks by sharing mode instead."""
    try:
        import fcntl
    except ImportError:  # Windows
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
    except OSError as err:
        if err.errno not in (errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP, errno.EBADF):
            raise


def _check_header(fd: int, columns: Sequence[str], name: str) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    head = os.read(fd, _HEADER_READ_LIMIT)
    first = head.split(b"\n", 1)[0].rstrip(b"\r").removeprefix(BOM)
    try:
        found = next(csv.reader([first.decode("utf-8")]), [])
    except (UnicodeDecodeError, csv.Error):
        found = []
    if found != list(columns):
        raise ExportError(f"{name} already has different columns, so nothing was added to it; choose a new export "
                          "file.")


def _ends_with_newline(fd: int, size: int) -> bool:
    os.lseek(fd, size - 1, os.SEEK_SET)
    return os.read(fd, 1) == b"\n"


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
        pass  # best effort; the original error is what the operator needs to hear


def _fsync_directory(path: str | os.PathLike[str]) -> None:
    """Make the new file's directory entry durable too (POSIX; Windows has no directory handles)."""
    if os.name == "nt":
        return
    directory = os.path.dirname(os.path.abspath(os.fspath(path)))
    try:
        dir_fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
