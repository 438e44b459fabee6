"""Opened, dropped and pasted documents as a `StillSource`: files and clipboard data are decoded in the batch
reader's worker pool (several in flight, never the GUI thread) and come out as `still_ready(Still)` or
`failed(name, sentence)`, like the hot folder's and the scanner's.

Paste reads what the clipboard holds: file URLs (files copied in a file manager) and image data (a picture copied
in a browser or a screenshot), kept in memory only. `add_mime` says False when it holds neither.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QObject, Signal, Slot

from desktop_app.capture.files import BatchReader, FileItem, Source, decode_source, items_from_mime
from desktop_app.imaging.intake import Still


class FileSource(QObject):
    """Documents the operator hands over: `add_paths` (open dialog, drop) and `add_mime` (paste, drop)."""

    still_ready = Signal(object)  # Still, named after its file ("pasted image.png" for clipboard data)
    failed = Signal(str, object)  # file name, sentence (a `Notice`): it becomes a failed scan
    error = Signal(object)  # a sentence about the hand-over itself (e.g. a web link that is not a file)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = BatchReader(decode=self._decode, parent=self)
        self._long_side: int | None = None  # the running batch's size hint (see `add_paths`)
        self._reader.item_ready.connect(self._ready)
        self._reader.item_failed.connect(self._failed)
        self._reader.finished.connect(self._next_batch)
        self._waiting: deque[tuple[list[Source], int | None]] = deque()
        self._stopped = False

    def start(self) -> None:
        """Files arrive when handed over; nothing to watch."""
        self._stopped = False

    def stop(self) -> None:
        """Drop the files not decoded yet; the ones being decoded finish and are dropped too."""
        self._stopped = True
        self._waiting.clear()
        self._reader.cancel()

    def add_paths(self, paths: Sequence[str | os.PathLike[str]], *, long_side: int | None = None) -> None:
        """Files from disk (read in the workers); `long_side`: the most pixels their reader uses on the longer
        side (`intake.decode_still`), None to decode them in full."""
        self._add(list(paths), long_side)

    def add_mime(self, mime: QMimeData | None, *, long_side: int | None = None) -> bool:
        """The clipboard's or a drop's contents: file URLs and image data. False (and nothing emitted) when it
        holds neither, so the caller can say so; a URL that is not a local file is an `error`."""
        if mime is None:
            return False
        items, problems = items_from_mime(mime, empty_is_error=False)
        for problem in problems:
            self.error.emit(problem)
        self._add(list(items), long_side)
        return bool(items or problems)

    def _add(self, sources: list[Source], long_side: int | None) -> None:
        if not sources:
            return
        self._stopped = False
        if self._reader.running:
            self._waiting.append((sources, long_side))
        else:
            self._start(sources, long_side)

    def _start(self, sources: list[Source], long_side: int | None) -> None:
        self._long_side = long_side  # read by the workers of this batch only: the next starts when it finished
        self._reader.start(sources)

    def _decode(self, source: Source) -> Still:
        return decode_source(source, long_side=self._long_side)

    @Slot(int, int, bool)
    def _next_batch(self, _ok: int, _failed: int, _cancelled: bool) -> None:
        if self._waiting and not self._stopped:
            self._start(*self._waiting.popleft())

    @Slot(int, object)
    def _ready(self, _index: int, still: object) -> None:
        if not self._stopped:
            self.still_ready.emit(still)

    @Slot(int, str, object)
    def _failed(self, _index: int, name: str, sentence: object) -> None:
        if not self._stopped:
            self.failed.emit(name, sentence)


__all__ = ["FileItem", "FileSource"]
