"""F1 opens the About box, which shows the version from its one place (desktop_app.__version__)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.ui.helpers import FixedPool, ScriptedEngine

pytestmark = pytest.mark.gui


def test_about_box_shows_the_version(qtbot, qloop, store, profiles):
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    seen: list[str] = []

    def read_and_close() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(200, read_and_close)
    window.show_keys()  # modal until read_and_close accepts it
    assert seen, "the About box did not open"
    assert f"ID Scan Station {__version__}" in seen[0]
    assert "Ctrl+O" in seen[0]
