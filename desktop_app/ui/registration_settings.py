"""Settings, Registration: the station's presets for the police files (issue 13): which file the stay panel asks
for, the default nights, where files go, the establishment codes and the presets file `scanstation register
--property` reads too (SIBA's hotel unit and the rest)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.station.settings import REGISTRATION_TARGETS, StationSettings
from desktop_app.station.stay import MAX_NIGHTS
from desktop_app.ui.stay_panel import target_title


class RegistrationTab(QWidget):
    """One settings page; `values()` gives the keys it edits, `lockable` the widget of each key."""

    def __init__(self, settings: StationSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Police file"))
        for target in REGISTRATION_TARGETS:
            self.target.addItem(target_title(target) if target else self.tr("None (no stay details)"), target)
        self.target.setCurrentIndex(max(0, self.target.findData(settings.registration_target)))
        self.nights = QSpinBox()
        self.nights.setRange(1, MAX_NIGHTS)
        self.nights.setValue(max(1, settings.stay_nights))
        self.nights.setAccessibleName(self.tr("Default nights"))
        self.folder = QLineEdit(settings.registration_folder)
        self.folder.setAccessibleName(self.tr("Folder for police files"))
        self.folder.setPlaceholderText(self.tr("the home folder"))
        self.establishment = QLineEdit(settings.ses_establishment)
        self.establishment.setAccessibleName(self.tr("SES.Hospedajes establishment code"))
        self.apartment = QLineEdit(settings.alloggiati_apartment)
        self.apartment.setAccessibleName(self.tr("Alloggiati Web apartment id"))
        self.apartment.setPlaceholderText(self.tr("short lets only"))
        self.apartment.setMaxLength(6)
        self.presets = QLineEdit(settings.registration_presets)
        self.presets.setAccessibleName(self.tr("Registration presets file"))
        self.presets.setPlaceholderText(self.tr("JSON, as scanstation register --property"))
        note = QLabel(self.tr("Stay details stay in memory with the session's records until the police file is "
                              "exported; the station keeps nothing afterwards."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(self.tr("Police file"), self.target)
        form.addRow(self.tr("Default nights"), self.nights)
        form.addRow(self.tr("Folder"), self._with_browse(self.folder, folder=True))
        form.addRow(self.tr("SES establishment code"), self.establishment)
        form.addRow(self.tr("Alloggiati apartment id"), self.apartment)
        form.addRow(self.tr("Presets file"), self._with_browse(self.presets, folder=False))
        form.addRow(note)
        self.lockable: dict[str, QWidget] = {
            "registration_target": self.target, "stay_nights": self.nights, "registration_folder": self.folder,
            "ses_establishment": self.establishment, "alloggiati_apartment": self.apartment,
            "registration_presets": self.presets}

    def _with_browse(self, edit: QLineEdit, *, folder: bool) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        browse = QPushButton(self.tr("Browse…"))
        browse.setAccessibleName(edit.accessibleName())

        def pick() -> None:
            if folder:
                path = QFileDialog.getExistingDirectory(self, edit.accessibleName(), edit.text())
            else:
                path, _ = QFileDialog.getOpenFileName(self, edit.accessibleName(), edit.text(),
                                                      self.tr("JSON files (*.json)"))
            if path:
                edit.setText(path)

        browse.clicked.connect(pick)
        lay.addWidget(edit, 1)
        lay.addWidget(browse)
        return row

    def values(self) -> dict[str, Any]:
        return {"registration_target": str(self.target.currentData() or ""), "stay_nights": self.nights.value(),
                "registration_folder": self.folder.text().strip(),
                "ses_establishment": self.establishment.text().strip(),
                "alloggiati_apartment": self.apartment.text().strip(),
                "registration_presets": self.presets.text().strip()}
