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

from desktop_app.capture.files import BatchReader, FileItem, Source, items_from_mime


class FileSource(QObject):
    """Documents the operator hands over: `add_paths` (open dialog, drop) and `add_mime` (paste, drop)."""

    still_ready = Signal(object)  # Still, named after its file ("pasted image.png" for clipboard data)
    failed = Signal(str, object)  # file name, sentence (a `Notice`): it becomes a failed scan
    error = Signal(object)  # a sentence about the hand-over itself (e.g. a web link that is not a file)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader = BatchReader(parent=self)
        self._reader.item_ready.connect(self._ready)
        self._reader.item_failed.connect(self._failed)
        self._reader.finished.connect(self._next_batch)
        self._waiting: deque[list[Source]] = deque()
        self._stopped = False

    def start(self) -> None:
        """Files arrive when handed over; nothing to watch."""
        self._stopped = False

    def stop(self) -> None:
        """Drop the files not decoded yet; the ones being decoded finish and are dropped too."""
        self._stopped = True
        self._waiting.clear()
        self._reader.cancel()

    def add_paths(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Files from disk (read in the workers)."""
        self._add(list(paths))

    def add_mime(self, mime: QMimeData | None) -> bool:
        """The clipboard's or a drop's contents: file URLs and image data. False (and nothing emitted) when it
        holds neither, so the caller can say so; a URL that is not a local file is an `error`."""
        if mime is None:
            return False
        items, problems = items_from_mime(mime, empty_is_error=False)
        for problem in problems:
            self.error.emit(problem)
        self._add(list(items))
        return bool(items or problems)

    def _add(self, sources: list[Source]) -> None:
        if not sources:
            return
        self._stopped = False
        if self._reader.running:
            self._waiting.append(sources)
        else:
            self._reader.start(sources)

    @Slot(int, int, bool)
    def _next_batch(self, _ok: int, _failed: int, _cancelled: bool) -> None:
        if self._waiting and not self._stopped:
            self._reader.start(self._waiting.popleft())

    @Slot(int, object)
    def _ready(self, _index: int, still: object) -> None:
        if not self._stopped:
            self.still_ready.emit(still)

    @Slot(int, str, object)
    def _failed(self, _index: int, name: str, sentence: object) -> None:
        if not self._stopped:
            self.failed.emit(name, sentence)


__all__ = ["FileItem", "FileSource"]
