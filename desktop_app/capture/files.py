"""Files in: the open dialog's filter, drag-and-drop / paste (QMimeData -> (name, bytes) items, no temp files),
and a batch reader that decodes hundreds of files in a worker pool with progress, cancel and one error per file.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, Signal, Slot
from PySide6.QtGui import QImage

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.imaging.intake import MAX_FILE_BYTES, IntakeError, Still, decode_still, load_still

log = logging.getLogger(__name__)
NAMED = QT_TRANSLATE_NOOP("Notices", "%1: %2")  # a file's name and what is wrong with it

# What imaging.intake decodes (it sniffs magic bytes; the extension only filters the dialog and folders).
SUPPORTED_EXTENSIONS: tuple[str, ...] = (".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".tif", ".tiff",
                                         ".bmp", ".dib", ".gif", ".pdf")
# Encoded image types a drag or paste may carry as they are (kept byte for byte, so EXIF survives).
_IMAGE_MIME_TYPES: tuple[tuple[str, str], ...] = (
    ("image/jpeg", ".jpg"), ("image/png", ".png"), ("image/webp", ".webp"), ("image/tiff", ".tif"),
    ("image/bmp", ".bmp"), ("image/gif", ".gif"), ("application/pdf", ".pdf"),
)
UNREADABLE = Notice(QT_TRANSLATE_NOOP("Notices", "The file could not be read; check that it still exists and that you "
                                                 "may open it."))


@dataclass(frozen=True, slots=True)
class FileItem:
    """A file's name (for messages) and its bytes, held in memory only."""

    name: str
    data: bytes


def is_supported_name(name: str | os.PathLike[str]) -> bool:
    return Path(name).suffix.lower() in SUPPORTED_EXTENSIONS


def open_dialog_filter() -> str:
    """The name filter for QFileDialog.getOpenFileNames."""
    patterns = " ".join(f"*{ext}" for ext in SUPPORTED_EXTENSIONS)
    return f"Document images and PDFs ({patterns});;All files (*)"


# -- drag and drop, paste ----------------------------------------------------------------------------------
def mime_has_document(mime: QMimeData) -> bool:
    """Whether a drag/paste carries something `items_from_mime` can use (for dragEnterEvent)."""
    if mime.hasImage() or any(mime.hasFormat(m) for m, _ in _IMAGE_MIME_TYPES):
        return True
    return any(url.isLocalFile() and (is_supported_name(url.toLocalFile()) or os.path.isdir(url.toLocalFile()))
               for url in mime.urls())


def _read_file(path: str) -> bytes:
    size = os.stat(path).st_size
    if size > MAX_FILE_BYTES:
        raise IntakeError(Notice(QT_TRANSLATE_NOOP("Notices", "The file is %1 MB, more than the %2 MB limit; scan or "
                                                              "photograph the document at a lower resolution."),
                                 f"{size / 1024 / 1024:.0f}", MAX_FILE_BYTES // 1024 // 1024))
    with open(path, "rb") as handle:
        return handle.read(MAX_FILE_BYTES + 1)


def _paths_in(url_paths: Sequence[str]) -> list[str]:
    """Dropped files, and the supported files directly inside dropped folders, in a stable order."""
    out: list[str] = []
    for path in url_paths:
        if os.path.isdir(path):
            out.extend(sorted(str(p) for p in Path(path).iterdir() if p.is_file() and is_supported_name(p)))
        else:
            out.append(path)
    return out


def items_from_mime(mime: QMimeData, *, empty_is_error: bool = True) -> tuple[list[FileItem], list[str]]:
    """Turn a drop or a paste into (items, errors). Local files are read; image data is kept as encoded by the
    source (or encoded as PNG in memory when only pixels are offered). Errors are sentences (`Notice`s) naming the
    file; with `empty_is_error` False, a mime holding nothing usable gives no items and no error."""
    items: list[FileItem] = []
    errors: list[str] = []
    urls = mime.urls() if mime.hasUrls() else []
    local = [u.toLocalFile() for u in urls if u.isLocalFile()]
    if urls and len(local) < len(urls):
        errors.append(Notice(QT_TRANSLATE_NOOP("Notices", "Only files on this computer can be dropped; save the "
                                                          "picture first, then drop the file.")))
    for path in _paths_in(local):
        name = os.path.basename(path)
        try:
            items.append(FileItem(name, _read_file(path)))
        except IntakeError as err:
            errors.append(Notice(NAMED, name, err.message))
        except OSError:
            errors.append(Notice(NAMED, name, UNREADABLE))
    if items or local:
        return items, errors
    for mime_type, ext in _IMAGE_MIME_TYPES:
        if mime.hasFormat(mime_type):
            data = bytes(mime.data(mime_type).data())
            if data:
                return [FileItem(f"pasted image{ext}", data)], errors
    if mime.hasImage():
        image = mime.imageData()
        if isinstance(image, QImage) and not image.isNull():
            return [FileItem("pasted image.png", qimage_to_png(image))], errors
    if not errors and empty_is_error:
        errors.append(Notice(QT_TRANSLATE_NOOP("Notices", "The clipboard or drop holds no picture; copy an image or "
                                                          "drop an image file.")))
    return items, errors


def qimage_to_png(image: QImage) -> bytes:
    """Encode in memory (lossless) so the pixels go through the same intake as a file."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    save: Any = image.save  # the stubs say the format is bytes; at run time only str is accepted
    save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


# -- batch reader ------------------------------------------------------------------------------------------
Source = str | os.PathLike[str] | FileItem


def _source_name(source: Source) -> str:
    return source.name if isinstance(source, FileItem) else os.path.basename(os.fspath(source))


def decode_source(source: Source, *, long_side: int | None = None) -> Still:
    """Decode one file or in-memory item (`long_side`: see `decode_still`); raises IntakeError with the operator's
    sentence."""
    if isinstance(source, FileItem):
        return decode_still(source.data, source.name, long_side=long_side)
    return load_still(os.fspath(source), long_side=long_side)


class BatchReader(QObject):
    """Decode many files in a small worker pool. At most `2 × workers` are in flight, so a batch of hundreds of
    12 MP photos never holds more than a few decoded images the receiver has not taken yet.

    Signals (GUI thread): `item_ready(index, Still)`, `item_failed(index, name, sentence)`,
    `progress(done, total)`, `finished(ok, failed, cancelled)`.
    """

    item_ready = Signal(int, object)
    item_failed = Signal(int, str, object)  # index, name, sentence (a `Notice`)
    progress = Signal(int, int)
    finished = Signal(int, int, bool)

    _done = Signal(int, object, object)  # (index, Still | None, sentence | None) from a worker

    def __init__(self, *, workers: int | None = None, decode: Callable[[Source], Still] = decode_source,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._workers = workers or max(1, min(4, (os.cpu_count() or 2)))
        self._decode = decode
        self._pool: ThreadPoolExecutor | None = None
        self._sources: list[Source] = []
        self._next = 0
        self._in_flight: dict[int, Future[None]] = {}
        self._ok = 0
        self._failed = 0
        self._cancelled = False
        self._running = False
        self._done.connect(self._on_done)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, sources: Sequence[Source]) -> None:
        if self._running:
            raise RuntimeError("a batch is already running")
        self._sources = list(sources)
        self._next = self._ok = self._failed = 0
        self._cancelled = False
        self._running = True
        self._pool = ThreadPoolExecutor(max_workers=self._workers, thread_name_prefix="batch-decode")
        self.progress.emit(0, len(self._sources))
        self._fill()
        if not self._sources:
            self._finish()

    def cancel(self) -> None:
        """Stop handing out files; the ones being decoded finish and are dropped. `finished` follows."""
        if not self._running or self._cancelled:
            return
        self._cancelled = True
        for index, future in list(self._in_flight.items()):
            if future.cancel():
                del self._in_flight[index]
        if not self._in_flight:
            self._finish()

    def _fill(self) -> None:
        assert self._pool is not None
        while not self._cancelled and self._next < len(self._sources) and len(self._in_flight) < 2 * self._workers:
            index = self._next
            self._next += 1
            self._in_flight[index] = self._pool.submit(self._work, index, self._sources[index])

    def _work(self, index: int, source: Source) -> None:
        try:
            still = self._decode(source)
        except IntakeError as err:
            self._done.emit(index, None, err.message)
        except Exception as err:  # one bad file never stops the batch
            log.warning("decoding failed: %s", type(err).__name__)
            self._done.emit(index, None, Notice(QT_TRANSLATE_NOOP("Notices", "The file could not be decoded; open it "
                                                                             "in another program to check it.")))
        else:
            self._done.emit(index, still, None)

    @Slot(int, object, object)
    def _on_done(self, index: int, still: Still | None, sentence: str | None) -> None:
        if self._in_flight.pop(index, None) is None:
            return
        if self._cancelled:
            if not self._in_flight:
                self._finish()
            return
        total = len(self._sources)
        if still is not None:
            self._ok += 1
            self.item_ready.emit(index, still)
        else:
            self._failed += 1
            self.item_failed.emit(index, _source_name(self._sources[index]), sentence or UNREADABLE)
        self.progress.emit(self._ok + self._failed, total)
        if not self._running:
            return  # a receiver cancelled and the batch already finished
        if not self._cancelled:
            self._fill()
        if not self._in_flight:
            self._finish()

    def _finish(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._running = False
        self._sources = []
        self.finished.emit(self._ok, self._failed, self._cancelled)
