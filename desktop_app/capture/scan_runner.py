"""Runs a blocking `Scanner` on one worker thread and reports back through Qt signals (GUI thread).

Every call for one scanner goes through the same single thread (libsane is not thread-safe); `cancel()` is
forwarded directly since backends allow it from any thread. Results reach the GUI thread as queued signals.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from desktop_app.capture.scanner import ScanCancelled, ScanError, Scanner, ScanSettings
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice

log = logging.getLogger(__name__)

_UNEXPECTED = QT_TRANSLATE_NOOP("Notices", "The scanner stopped with an unexpected error; switch it off and on, then "
                                           "scan again.")


class ScanRunner(QObject):
    """Qt face of a `Scanner`: `refresh()`, `open_device()`, `scan()`, `cancel()`; answers come as signals."""

    devices_listed = Signal(list)  # list[ScannerDevice]
    opened = Signal(object)  # ScannerCapabilities
    page_scanned = Signal(int)  # 1-based page number, while the scan runs
    scan_finished = Signal(list)  # list of RGB pages (H×W×3 uint8)
    cancelled = Signal()
    failed = Signal(object)  # one sentence for the operator (a `Notice`)
    busy_changed = Signal(bool)

    _done = Signal(object, object)  # (on_success, value) from the worker thread
    _error = Signal(object)  # ScanError | BaseException from the worker thread
    _page = Signal(int)

    def __init__(self, scanner: Scanner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scanner = scanner
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"scanner-{scanner.backend}")
        self._busy = 0
        self._done.connect(self._on_done)
        self._error.connect(self._on_error)
        self._page.connect(self.page_scanned)

    @property
    def scanner(self) -> Scanner:
        return self._scanner

    @property
    def busy(self) -> bool:
        return self._busy > 0

    def refresh(self, *, force: bool = False) -> None:
        """List devices (cached by the backend unless `force`)."""
        self._submit(lambda: self._scanner.list_devices(refresh=force), self.devices_listed.emit)

    def open_device(self, device_id: str | None = None) -> None:
        self._submit(lambda: self._scanner.open(device_id), self.opened.emit)

    def scan(self, settings: ScanSettings | None = None) -> None:
        self._submit(lambda: self._scanner.scan(settings, self._page.emit), self.scan_finished.emit)

    def cancel(self) -> None:
        self._scanner.cancel()

    def shutdown(self) -> None:
        """Cancel, wait for the worker, close the device. Call before quitting."""
        self._scanner.cancel()
        self._pool.submit(self._scanner.close)
        self._pool.shutdown(wait=True)

    # -- plumbing ------------------------------------------------------------------------------------------
    def _submit(self, work: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        self._busy += 1
        if self._busy == 1:
            self.busy_changed.emit(True)

        def run() -> None:
            try:
                value = work()
            except BaseException as err:  # handed to the GUI thread, never raised in the pool
                self._error.emit(err)
            else:
                self._done.emit(on_success, value)

        self._pool.submit(run)

    def _finish(self) -> None:
        self._busy -= 1
        if self._busy == 0:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _on_done(self, on_success: Callable[[Any], None], value: Any) -> None:
        self._finish()
        on_success(value)

    @Slot(object)
    def _on_error(self, err: BaseException) -> None:
        self._finish()
        if isinstance(err, ScanCancelled):
            self.cancelled.emit()
        elif isinstance(err, ScanError):
            self.failed.emit(err.message)
        else:
            log.error("scanner worker failed: %s", type(err).__name__)
            self.failed.emit(Notice(_UNEXPECTED))
