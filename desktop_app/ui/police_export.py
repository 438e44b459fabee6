"""The police file from the window (issue 13, item 7): the session's confirmed guests, what each lacks for the
chosen target, their stay details to fill it in, and one durable export (`station/guest_book.GuestBook.export`).

Nothing is written until every guest has what the target needs; a failed write keeps every guest, and "Export"
tries again. After a written file the station holds nothing of those guests.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.station.guest_book import GuestBook, Problem
from desktop_app.station.settings import StationSettings
from desktop_app.station.stay import POLICE_TARGETS
from desktop_app.ui.stay_panel import StayPanel, target_title

if TYPE_CHECKING:  # asyncio loads after the window shows (see station/session.py)
    import asyncio


class PoliceExportDialog(QDialog):
    """Collect, check, fill in and export; `exported(sentence)` after a written file."""

    exported = Signal(str)

    def __init__(self, book: GuestBook, settings: Callable[[], StationSettings],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policeExport")
        self.setWindowTitle(self.tr("Police file"))
        self.resize(940, 620)
        self._book = book
        self._settings = settings
        self._problems: dict[int, Problem] = {}
        self._task: asyncio.Future[str | None] | None = None
        self.panel: StayPanel | None = None
        s = settings()
        root = QVBoxLayout(self)
        top = QFormLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Police file"))
        for target in POLICE_TARGETS:
            self.target.addItem(target_title(target), target)
        self.target.setCurrentIndex(max(0, self.target.findData(s.registration_target)))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the file to write"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        top.addRow(self.tr("File for"), self.target)
        top.addRow(self.tr("File"), path_row)
        root.addLayout(top)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.guests = QListWidget()
        self.guests.setWordWrap(True)
        self.guests.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guests.setAccessibleName(self.tr("Confirmed guests waiting for the police file"))
        self.guests.currentItemChanged.connect(lambda item, _prev: self._show_guest(item))
        self._panel_host = QScrollArea()
        self._panel_host.setWidgetResizable(True)
        self._panel_empty = QLabel(self.tr("Pick a guest to see and fill in the stay details."))
        self._panel_empty.setObjectName("muted")
        self._panel_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._panel_host.setWidget(self._panel_empty)
        split.addWidget(self.guests)
        split.addWidget(self._panel_host)
        split.setSizes([440, 500])
        root.addWidget(split, 1)
        self.missing = QLabel()
        self.missing.setObjectName("error")
        self.missing.setWordWrap(True)
        self.missing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        root.addWidget(self.missing)
        root.addWidget(self.status)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Export the police file"))
        self.export_button.setObjectName("primary")
        self.export_button.setAccessibleName(self.tr("Write the police file of these guests"))
        self.export_button.clicked.connect(self.start_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(close)
        root.addLayout(buttons)
        self.target.currentIndexChanged.connect(self._target_changed)
        book.changed.connect(self._refresh)
        self._target_changed()

    # ---------------------------------------------------------------------------------------- state
    def current_target(self) -> str:
        return str(self.target.currentData())

    def _target_changed(self, *_: object) -> None:
        folder = self._settings().registration_folder or os.path.expanduser("~")
        self.path.setText(os.path.join(folder, self._book.default_name(self.current_target())))
        self.panel = None
        self._panel_host.takeWidget()
        self._panel_host.setWidget(self._panel_empty)
        self._refresh()

    def _refresh(self) -> None:
        """The list of guests and what each lacks (after every change of a stay)."""
        target = self.current_target()
        problems = self._book.problems(target)
        self._problems = {problem.item_id: problem for problem in problems}
        current = self.selected_guest()
        self.guests.blockSignals(True)
        try:
            self.guests.clear()
            for item_id in self._book.held():
                stay = self._book.stay(item_id)
                role = {"single": self.tr("single guest"), "head_family": self.tr("head of family"),
                        "head_group": self.tr("head of group"), "member": self.tr("member")}[stay.role]
                mark = "⚠ " if item_id in self._problems else "✓ "
                text = self.tr("%1 — %2, %3 night(s) from %4").replace("%1", self._book.label(item_id)).replace(
                    "%2", role).replace("%3", str(stay.nights)).replace("%4", f"{stay.arrival:%d/%m/%Y}")
                entry = QListWidgetItem(mark + text)
                entry.setData(Qt.ItemDataRole.UserRole, item_id)
                self.guests.addItem(entry)
                if item_id == current:
                    self.guests.setCurrentItem(entry)
        finally:
            self.guests.blockSignals(False)
        preset = self._book.preset_problem(target)
        lines = ([preset] if preset else []) + [problem.sentence() for problem in problems]
        self.missing.setText("\n".join(lines))
        self.missing.setVisible(bool(lines))
        if self.panel is not None:
            problem = self._problems.get(self.panel.item_id())
            self.panel.highlight(problem.fields if problem else ())
        self.export_button.setEnabled(bool(self._book.held()) and not self._book.exporting())
        if not self._book.held():
            self.status.setText(self.tr("No confirmed guest waits for a police file."))

    def selected_guest(self) -> int:
        item = self.guests.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def select_guest(self, item_id: int) -> None:
        """Jump to a guest's stay details (the fields the target lacks are marked)."""
        for row in range(self.guests.count()):
            if self.guests.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.guests.setCurrentRow(row)
                return

    def _show_guest(self, entry: QListWidgetItem | None) -> None:
        if entry is None:
            return
        item_id = int(entry.data(Qt.ItemDataRole.UserRole))
        if self.panel is not None and self.panel.item_id() == item_id:
            return
        self.panel = StayPanel(self._book, item_id, self.current_target())
        self._panel_host.takeWidget()
        self._panel_host.setWidget(self.panel)
        problem = self._problems.get(item_id)
        self.panel.highlight(problem.fields if problem else ())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Police file"), self.path.text(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.path.setText(path)

    # --------------------------------------------------------------------------------------- export
    def start_export(self) -> asyncio.Future[str | None] | None:
        """Check, then write in the background; the guests with something missing are shown first."""
        self._refresh()
        target = self.current_target()
        if self._problems:  # jump to the first guest that lacks something
            self.select_guest(next(iter(self._problems)))
        if self._book.preset_problem(target):
            self.status.setText(self.tr("Nothing was written: the station's presets lack what this file needs."))
            return None
        if self._problems:
            self.status.setText(self.tr("Nothing was written: fill in what is missing for the guests marked ⚠."))
            return None
        path = self.path.text().strip()
        if not path:
            self.status.setText(self.tr("Choose the file to write."))
            return None
        import asyncio

        count = self._book.held_count()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing the police file…"))
        task = asyncio.ensure_future(self._book.export(target, path))
        self._task = task
        task.add_done_callback(lambda t: self._done(t, path, count))
        return task

    def _done(self, task: asyncio.Future[str | None], path: str, count: int) -> None:
        self._task = None
        problem = task.exception() or task.result() if not task.cancelled() else self.tr("Cancelled.")
        self._refresh()
        if problem is None:
            sentence = self.tr("Police file written: %1 (%2 guest(s)); the station keeps nothing of them.").replace(
                "%1", os.path.basename(path)).replace("%2", str(count))
            self.status.setText(sentence)
            self.exported.emit(sentence)
            return
        self.status.setText(self.tr("The police file was not written: %1 Every guest is kept; press Export "
                                    "again.").replace("%1", str(problem)))


class PoliceFileButton(QPushButton):
    """The window's "Police file (N)…" button: shown when a police file is set up; opens the dialog."""

    def __init__(self, book: GuestBook, settings: Callable[[], StationSettings], status: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policeFileButton")
        self.setAccessibleName(self.tr("Write the police file of the confirmed guests"))
        self._book = book
        self._settings = settings
        self._status = status
        self.dialog: PoliceExportDialog | None = None
        book.changed.connect(self._count)
        self.clicked.connect(self.open_dialog)
        self._count()

    def apply(self, settings: StationSettings) -> None:
        self.setVisible(bool(settings.registration_target) or self._book.held_count() > 0)

    def _count(self) -> None:
        self.setText(self.tr("Police &file (%1)…").replace("%1", str(self._book.held_count())))
        if self._book.held_count():
            self.setVisible(True)

    def open_dialog(self) -> PoliceExportDialog:
        if self.dialog is None:
            self.dialog = PoliceExportDialog(self._book, self._settings, self.window())
            self.dialog.exported.connect(self._status)
            self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
