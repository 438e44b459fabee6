"""The batch's progress in the status bar: "37 of 500 files", a bar, and Cancel for the batch alone.

Draws a `station.batch.Batch`; hidden when no batch runs. A new batch started while one runs queues behind it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop_app.station.batch import Batch
from desktop_app.station.session import ScanSession
from desktop_app.ui.i18n import fill


class BatchBar(QWidget):
    """Runs batches one after the other and shows the running one's progress with a Cancel button."""

    ended = Signal(int, int, bool)  # files read, files in the batch, cancelled

    def __init__(self, session: ScanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchBar")
        self._session = session
        self._batches: list[Batch] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Files read in this batch"))
        self.bar.setMinimumWidth(100)
        self.bar.setTextVisible(False)  # the count is a label beside it: readable in both schemes
        self.count_label = QLabel()
        # a compact tool button, as the status bar's other controls: a hidden kiosk-sized push button still set the
        # status bar's height (QStatusBar counts hidden widgets), which pushed the key fields below the fold
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel batch"))
        self.cancel_button.setAccessibleName(self.tr("Stop reading the files of this batch; scans already read stay"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.count_label)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def running(self) -> Batch | None:
        return self._batches[0] if self._batches else None

    def submit(self, paths: Sequence[str], profile: str) -> Batch:
        batch = Batch(self._session, paths, profile, parent=self)
        batch.progress.connect(self._progress)
        batch.finished.connect(self._finished)
        self._batches.append(batch)
        if len(self._batches) == 1:
            batch.start()
        else:
            self._progress(*self._counts())
        return batch

    def cancel(self) -> None:
        """Stop every queued batch and the running one (its reads under way are stopped)."""
        waiting, self._batches = self._batches[1:], self._batches[:1]
        for batch in waiting:
            batch.deleteLater()
        if self.running is not None:
            self.running.cancel()

    def _counts(self) -> tuple[int, int]:
        done = sum(batch.done for batch in self._batches)
        return done, sum(batch.total for batch in self._batches)

    def _progress(self, _done: int, _total: int) -> None:
        done, total = self._counts()
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.count_label.setText(fill(self.tr("%1 of %2 files"), done, total))
        self.count_label.setMinimumWidth(self.count_label.sizeHint().width())  # never cut by the status message
        self.setVisible(True)

    def _finished(self, done: int, total: int, cancelled: bool) -> None:
        batch = self._batches.pop(0)
        batch.deleteLater()
        self.ended.emit(done, total, cancelled)
        if self._batches:
            self._batches[0].start()
        else:
            self.setVisible(False)
