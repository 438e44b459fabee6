"""Where an export file's last complete row ends, and the append journal that cuts back a torn append.

A process killed in the middle of its write (kill -9, a power cut, a native crash) can leave part of a row at
the end of the file; appended to, that part would glue itself to the next row (and, inside a quoted cell,
swallow it). Two defences, both run under the file lock before every append:

- The journal. Before writing, the appender records the file's identity, its size before the append and the
  size it will have after it in `.NAME.appending` next to the file (numbers only, no personal data), and
  removes it once the rows are written and synced. A journal found by the next append means the last one was
  cut short: when the file is neither at its old size nor at the full new size, the bytes past the old size
  are exactly that unfinished append, and they are cut off (never moved to a side file: they hold personal
  data, and the record they came from was never reported saved, so it is still pending where it came from).
  A complete write whose journal was not yet removed is kept.
- The tail check, for damage nobody journalled (another program, an older version): a file must end in a
  complete row, judged with CSV quoting in mind (a newline inside a quoted cell is not a row end). A last row
  that only lacks its line break gets one; any other torn tail is left untouched and the append is refused, since
  guessing another program's row boundaries could cut confirmed rows.
"""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Sequence
from typing import Literal

BOM = "\ufeff".encode()
CHUNK = 1 << 20
_EMPTY_PROBE = 4096
TailState = Literal["empty", "complete", "needs_newline", "torn"]


def journal_path(path: str | os.PathLike[str]) -> str:
    full = os.path.abspath(os.fspath(path))
    return os.path.join(os.path.dirname(full), f".{os.path.basename(full)}.appending")


def begin_append(path: str | os.PathLike[str], fd: int, size_before: int, size_after: int) -> None:
    """Record (durably) the append about to happen."""
    info = os.fstat(fd)
    record = f"{info.st_dev} {info.st_ino} {size_before} {size_after}\n".encode()
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    journal = os.open(journal_path(path), flags, 0o600)
    try:
        os.write(journal, record)
        os.fsync(journal)
    finally:
        os.close(journal)
    fsync_directory(path)


def end_append(path: str | os.PathLike[str]) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(path))


def repair_unfinished_append(path: str | os.PathLike[str], fd: int) -> bool:
    """Cut off what an append killed mid-write left (see the module docstring). True when bytes were cut."""
    try:
        with open(journal_path(path), "rb") as handle:
            fields = handle.read(200).split()
    except FileNotFoundError:
        return False
    cut = False
    info = os.fstat(fd)
    numbers = [int(f) for f in fields] if len(fields) == 4 and all(f.isdigit() for f in fields) else None
    if numbers is not None and numbers[:2] == [info.st_dev, info.st_ino]:  # a half-written journal: no append ran
        size_before, size_after = numbers[2:]
        if size_before < info.st_size != size_after:
            os.ftruncate(fd, size_before)
            os.fsync(fd)
            cut = True
    end_append(path)
    return cut


def tail_state(fd: int, size: int, columns: Sequence[str]) -> TailState:
    """Does the file end where a row ends? `empty`: nothing but a BOM, blanks or line breaks."""
    if size <= _EMPTY_PROBE and not _pread(fd, size, 0).removeprefix(BOM).strip():
        return "empty"
    quotes = 0
    offset = 0
    while offset < size:
        chunk = _pread(fd, min(CHUNK, size - offset), offset)
        if not chunk:
            break
        quotes += chunk.count(b'"')
        offset += len(chunk)
    if quotes % 2:
        return "torn"  # the file ends inside a quoted cell
    if _pread(fd, 1, size - 1) == b"\n":
        return "complete"
    last = _last_row(fd, size)
    try:
        cells = list(csv.reader(last.decode("utf-8").splitlines(keepends=True)))
    except (UnicodeDecodeError, csv.Error):
        return "torn"
    return "needs_newline" if len(cells) == 1 and len(cells[0]) == len(columns) else "torn"


def _last_row(fd: int, size: int) -> bytes:
    """The bytes after the last line break outside quotes (quotes are balanced over the whole file)."""
    data = b""
    offset = size
    while offset > 0:
        start = max(0, offset - CHUNK)
        data = _pread(fd, offset - start, start) + data
        offset = start
        position = len(data)
        while (position := data.rfind(b"\n", 0, position)) >= 0:
            if data.count(b'"', position) % 2 == 0:
                return data[position + 1:]
    return data.removeprefix(BOM)


def _pread(fd: int, count: int, offset: int) -> bytes:
    """Read at `offset` (os.pread is POSIX-only; nothing else uses this descriptor's position meanwhile)."""
    os.lseek(fd, offset, os.SEEK_SET)
    parts = []
    while count > 0 and (part := os.read(fd, count)):
        parts.append(part)
        count -= len(part)
    return b"".join(parts)


def fsync_directory(path: str | os.PathLike[str]) -> None:
    """Make a new directory entry durable too (POSIX; Windows has no directory handles)."""
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
