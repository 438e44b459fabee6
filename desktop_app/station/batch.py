"""A batch of files (Open files, a drop of many): a queue of paths fed to the session a few at a time.

Only the paths wait here; a file is read and decoded when its turn comes (`window` scans in flight: one decoding
while another is read), and the session drops a file's pixels once it is read (they are decoded again when the
operator looks at it). So 500 files hold a few pictures in memory, not 500, and the machine's two cores read
instead of decoding ahead. `progress` counts the files whose read ended; `cancel` stops the batch alone: the
files not started are dropped, the ones being read are stopped, the scans already read stay.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from desktop_app.station.session import ScanSession

LOCAL_WINDOW = 2  # the offline engine reads one at a time: the next file decodes meanwhile
VENDOR_WINDOW = 12  # network calls overlap; the session's per-profile gate still bounds them


class Batch(QObject):
    """Feeds `paths` to `session` with `profile`; emits `progress(done, total)` and `finished(done, total,
    cancelled)` once."""

    progress = Signal(int, int)
    finished = Signal(int, int, bool)

    def __init__(self, session: ScanSession, paths: Sequence[str], profile: str, *, window: int | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._profile = profile
        self._queue: deque[str] = deque(paths)
        self.total = len(paths)
        self.done = 0
        self._window = window or (LOCAL_WINDOW if profile == "local" else VENDOR_WINDOW)
        self._in_flight: set[int] = set()
        self.running = False
        self.cancelled = False

    def start(self) -> None:
        if self.running or self.cancelled:
            return
        self.running = True
        self._session.item_changed.connect(self._changed)
        self._session.item_removed.connect(self._removed)
        self._session.idle_cleared.connect(self.cancel)
        self.progress.emit(0, self.total)
        self._feed()

    def cancel(self) -> None:
        """Stop the batch: unread files are dropped, reads under way are stopped, read scans stay."""
        if not self.running:
            return
        self.cancelled = True
        self._queue.clear()
        for item_id in list(self._in_flight):
            self._in_flight.discard(item_id)
            self._session.remove(item_id)
        self._end()

    def _feed(self) -> None:
        while self._queue and len(self._in_flight) < self._window:
            item_id = self._session.submit_path(self._queue.popleft(), self._profile)
            item = self._session.item(item_id)
            if item is not None and item.busy:
                self._in_flight.add(item_id)
            else:  # failed at once
                self.done += 1
        self.progress.emit(self.done, self.total)
        if not self._queue and not self._in_flight:
            self._end()

    def _changed(self, item_id: int) -> None:
        item = self._session.item(item_id)
        if item_id in self._in_flight and (item is None or not item.busy):
            self._in_flight.discard(item_id)
            self.done += 1
            self._feed()

    def _removed(self, item_id: int) -> None:
        if item_id in self._in_flight:  # the operator removed a scan being read (or cleared the session)
            self._in_flight.discard(item_id)
            self.done += 1
            self._feed()

    def _end(self) -> None:
        if not self.running:
            return
        self.running = False
        self._session.item_changed.disconnect(self._changed)
        self._session.item_removed.disconnect(self._removed)
        self._session.idle_cleared.disconnect(self.cancel)
        self.finished.emit(self.done, self.total, self.cancelled)
