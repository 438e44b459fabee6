"""Two permanent parts of the status bar: where a confirmed guest goes (the CSV file, changeable in one click)
and the current vendor profile's credits (StructOCR's balance, warned when low)."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.station.credits import Credits
from desktop_app.station.settings import SettingsStore, StationSettings
from desktop_app.ui import theme

PATH_WIDTH = 240  # pixels of the CSV path shown in the status bar (the middle elided; the tooltip has it all)


class ExportTarget(QWidget):
    """"Saving to: …/guests.csv" with a Change… button; says plainly when confirms go to the clipboard only."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportTarget")
        self._store = store
        self.gate: Callable[[], bool] | None = None  # kiosk mode: the admin PIN before the file can be changed
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setAccessibleName(self.tr("Where confirmed scans are saved"))
        self.change = QToolButton()
        self.change.setText(self.tr("Change…"))
        self.change.setAccessibleName(self.tr("Choose the CSV file for confirmed scans"))
        self.change.clicked.connect(self.choose)
        lay.addWidget(self.label)
        lay.addWidget(self.change)

    def show_settings(self, settings: StationSettings) -> None:
        self.change.setEnabled(not settings.is_locked("csv_path"))
        if settings.csv_enabled and settings.csv_path:
            shown = self.label.fontMetrics().elidedText(settings.csv_path, Qt.TextElideMode.ElideMiddle, PATH_WIDTH)
            self.label.setText(self.tr("Saving to: %1").replace("%1", shown))
            self.label.setToolTip(settings.csv_path)
            theme.set_tone(self.label, "")
        else:
            self.label.setText(self.tr("No CSV file: confirmed scans are only copied to the clipboard"))
            self.label.setToolTip("")
            theme.set_tone(self.label, "warn")

    def choose(self) -> None:
        if self.gate is not None and not self.gate():
            return
        settings = self._store.load()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("CSV file for confirmed scans"),
                                              settings.csv_path or os.path.expanduser("~"),
                                              self.tr("CSV files (*.csv)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.show_settings(self._store.update(csv_path=path, csv_enabled=True))


class CreditsLabel(QLabel):
    """"StructOCR credits: 77", in the warning colour at or below the Settings' level; hidden for other engines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("credits")
        self.setAccessibleName(self.tr("Vendor credits"))
        self.hide()

    def show_credits(self, credits: Credits) -> None:
        if credits.remaining is None:
            self.setText(self.tr("%1: credits unknown").replace("%1", credits.profile))
            self.setToolTip("")
            theme.set_tone(self, "muted")
        elif credits.low:
            self.setText("⚠ " + self.tr("%1: only %2 credits left").replace(
                "%1", credits.profile).replace("%2", str(credits.remaining)))
            self.setToolTip(self.tr("Top up the account, or switch to another profile."))
            theme.set_tone(self, "warn")
        else:
            self.setText(self.tr("%1: %2 credits").replace("%1", credits.profile).replace(
                "%2", str(credits.remaining)))
            self.setToolTip("")
            theme.set_tone(self, "")
        self.show()
