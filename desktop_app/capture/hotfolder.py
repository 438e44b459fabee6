"""A hot folder: documents a scanner (or a colleague) saves into a folder are read automatically.

A QFileSystemWatcher notices new entries at once; a periodic rescan catches what the watcher misses (network
shares, full inotify queues) and checks half-written files. A file is read only when its size and modification
time have stayed the same for `settle_ms` (the writer has finished), exactly once: a file already read (same
name, size and mtime) is never read again, whether it was kept or failed. With `delete_after_read`, the
original is deleted after it was read and decoded successfully; files that fail stay for the operator.
Reading and decoding run on one worker thread; results come back as signals on the GUI thread.
"""

from __future__ import annotations

import logging
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from desktop_app.capture.files import is_supported_name
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.imaging.intake import MAX_FILE_BYTES, IntakeError, Still, decode_still

log = logging.getLogger(__name__)

_TEMP_SUFFIXES = (".part", ".tmp", ".crdownload", ".download", ".partial", ".filepart")


@dataclass(frozen=True, slots=True)
class _Stamp:
    size: int
    mtime_ns: int


def _ignored(name: str) -> bool:
    """Hidden files, editors' and browsers' temporary files, unsupported types."""
    low = name.lower()
    return name.startswith((".", "~$", "~")) or low.endswith(_TEMP_SUFFIXES) or not is_supported_name(name)


class HotFolder(QObject):
    still_ready = Signal(object)  # Still (its name is the file name)
    failed = Signal(str, object)  # file name, sentence (a `Notice` when it is the station's own)
    error = Signal(object)  # the folder itself is a problem (one sentence, a `Notice`)

    _read_done = Signal(str, object, object, object)  # (path, stamp, Still | None, sentence | None)

    def __init__(self, folder: str | os.PathLike[str], *, delete_after_read: bool = False, settle_ms: int = 1000,
                 rescan_ms: int = 2000, include_existing: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = Path(folder)
        self.delete_after_read = delete_after_read
        self._settle_s = settle_ms / 1000
        self._include_existing = include_existing
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(rescan_ms)
        self._timer.timeout.connect(self.rescan)
        self._read_done.connect(self._on_read_done)
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.timeout.connect(self.rescan)
        self._pool: ThreadPoolExecutor | None = None
        self._seen: dict[str, tuple[_Stamp, float]] = {}  # path -> (stamp, monotonic time it was first seen so)
        self._done: dict[str, _Stamp] = {}  # path -> stamp that was read (never read again)
        self._reading: set[str] = set()
        self._folder_ok = True
        self.reads = 0

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def active(self) -> bool:
        return self._pool is not None

    def start(self) -> None:
        if self._pool is not None:
            return
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hot-folder")
        self._folder_ok = True
        if not self._include_existing:
            for path, stamp in self._list().items():
                self._done[path] = stamp
        if self._folder.is_dir():
            self._watcher.addPath(str(self._folder))
        self._timer.start()
        self.rescan()

    def stop(self) -> None:
        self._timer.stop()
        self._settle_timer.stop()
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        self._reading.clear()

    # -- scanning the folder ---------------------------------------------------------------------------
    def _list(self) -> dict[str, _Stamp]:
        out: dict[str, _Stamp] = {}
        try:
            with os.scandir(self._folder) as entries:
                for entry in entries:
                    if _ignored(entry.name):
                        continue
                    try:
                        if not entry.is_file():
                            continue
                        st = entry.stat()
                    except OSError:
                        continue  # vanished or unreadable meanwhile
                    out[entry.path] = _Stamp(st.st_size, st.st_mtime_ns)
        except OSError:
            if self._folder_ok:
                self._folder_ok = False
                self.error.emit(Notice(QT_TRANSLATE_NOOP("Notices", "The hot folder %1 cannot be read; check that it "
                                                                    "exists and that the station may open it."),
                                       self._folder))
            return {}
        if not self._folder_ok:
            self._folder_ok = True
            if str(self._folder) not in self._watcher.directories():
                self._watcher.addPath(str(self._folder))
        return out

    @Slot(str)
    def _on_changed(self, _path: str) -> None:
        self.rescan()

    @Slot()
    def rescan(self) -> None:
        if self._pool is None:
            return
        now = time.monotonic()
        listing = self._list()
        for gone in set(self._seen) - set(listing):
            del self._seen[gone]
        for gone in set(self._done) - set(listing):
            del self._done[gone]  # deleted or moved away: a new file of that name is a new document
        waiting = False
        for path, stamp in listing.items():
            if self._done.get(path) == stamp or path in self._reading:
                continue
            seen = self._seen.get(path)
            if seen is None or seen[0] != stamp or stamp.size == 0:
                self._seen[path] = (stamp, now)  # new or still growing
                waiting = True
                continue
            if now - seen[1] < self._settle_s:
                waiting = True
                continue
            del self._seen[path]
            self._reading.add(path)
            self._pool.submit(self._read, path, stamp)
        if waiting and not self._settle_timer.isActive():
            self._settle_timer.start(max(50, int(self._settle_s * 1000 / 2)))

    # -- reading (worker thread) ---------------------------------------------------------------------------
    def _read(self, path: str, stamp: _Stamp) -> None:
        name = os.path.basename(path)
        try:
            if stamp.size > MAX_FILE_BYTES:
                raise IntakeError(Notice(QT_TRANSLATE_NOOP("Notices", "The file is %1 MB, more than the %2 MB limit; "
                                                                      "scan or photograph the document at a lower "
                                                                      "resolution."),
                                         f"{stamp.size / 1024 / 1024:.0f}", MAX_FILE_BYTES // 1024 // 1024))
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            st = os.stat(path)
            if _Stamp(st.st_size, st.st_mtime_ns) != stamp:
                self._read_done.emit(path, None, None, None)  # written to again: wait for it to settle
                return
            still = decode_still(data, name)
        except IntakeError as err:
            self._read_done.emit(path, stamp, None, err.message)
            return
        except OSError:
            # Locked by the writer (Windows) or gone: try again on the next scan unless it disappeared.
            self._read_done.emit(path, None, None, None)
            return
        del data
        if self.delete_after_read:
            try:
                os.remove(path)
            except OSError:
                log.warning("hot folder: could not delete a file that was read")
                self._read_done.emit(path, stamp, still, Notice(QT_TRANSLATE_NOOP(
                    "Notices", "The file was read but could not be deleted from the hot folder; check the folder's "
                               "permissions.")))
                return
        self._read_done.emit(path, stamp, still, None)

    @Slot(str, object, object, object)
    def _on_read_done(self, path: str, stamp: _Stamp | None, still: Still | None, sentence: str | None) -> None:
        self._reading.discard(path)
        if stamp is None:
            if self._pool is not None:
                self._settle_timer.start(max(50, int(self._settle_s * 1000 / 2)))
            return
        self._done[path] = stamp
        name = os.path.basename(path)
        if still is not None:
            self.reads += 1
            self.still_ready.emit(still)
        if sentence is not None:
            self.failed.emit(name, sentence)
