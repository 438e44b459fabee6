"""The scanner as a `StillSource`: `start()` scans what is in the scanner, each page a `Still`.

The backend (SANE, eSCL, WIA) comes from the chosen device (`scanner_choice`); the blocking calls run on the
`ScanRunner`'s worker thread and the pages come back to the GUI thread as signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.capture.scan_runner import ScanRunner
from desktop_app.capture.scanner import ScanError
from desktop_app.capture.scanner_choice import scanner_for


class ScannerSource(QObject):
    still_ready = Signal(object)  # Still named "scanner" or "scanner pN"
    failed = Signal(str, str)  # never: a page that cannot be read fails the whole scan (`error`)
    error = Signal(object)  # one sentence (a `Notice`): the scanner could not be used or the scan failed
    busy_changed = Signal(bool)
    scanned = Signal(int)  # pages in the scan that just ended

    def __init__(self, choice: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self._runner: ScanRunner | None = None
        self._device = ""

    @property
    def busy(self) -> bool:
        return self._runner is not None and self._runner.busy

    def start(self) -> None:
        """Scan once; ignored while a scan runs."""
        if self._runner is None:
            try:
                scanner, self._device = scanner_for(self.choice)
            except ScanError as err:
                self.error.emit(err.message)
                return
            runner = self._runner = ScanRunner(scanner, parent=self)
            runner.opened.connect(lambda _caps: runner.scan())
            runner.scan_finished.connect(self._pages)
            runner.failed.connect(self.error.emit)
            runner.busy_changed.connect(self.busy_changed)
        if not self._runner.busy:
            self._runner.open_device(self._device or None)

    def _pages(self, pages: list[Any]) -> None:
        from desktop_app.imaging.intake import Still

        for number, rgb in enumerate(pages, start=1):
            name = "scanner" if len(pages) == 1 else f"scanner p{number}"
            self.still_ready.emit(Still(rgb=rgb, source_bytes=b"", source_mime="image/x-raw-rgb", name=name))
        self.scanned.emit(len(pages))

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()
            self._runner = None
