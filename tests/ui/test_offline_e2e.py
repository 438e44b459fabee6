"""End to end with the real offline engine: drop a generated passport -> the offline engine reads it ->
fields appear -> an edit -> Enter -> the CSV has the row (edit marked) and the clipboard has it."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import sample_png

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_drop_read_offline_edit_enter(qtbot, qloop, store, profiles, tmp_path):
    csv_path = tmp_path / "guests.csv"
    store.update(csv_path=str(csv_path), idle_timeout_s=0, sounds=False, clipboard_format="tsv")
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    assert window.current_profile() == "local"
    document = tmp_path / "passport.png"
    document.write_bytes(sample_png(3, "td3"))

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(document))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # Qt drops synthetic drag-and-drop events sent through the application

    async def scenario() -> None:
        await until(session.items, what="the dropped file")
        item = session.items()[0]
        await until(lambda: not item.busy, timeout=120, what="offline read")
        assert item.status == "needs_review", item.message
        assert item.result.vendor == "local"
        assert item.result.mrz.local_check == "pass"
        number = window.review.editor("document_number")
        assert number.text() == item.result.document.number
        given = window.review.editor("given_names")
        given.setText("CORRECTED NAME")
        qtbot.keyClick(given, Qt.Key.Key_Return)
        await until(lambda: item.status == "confirmed", what="confirmed")
        assert item.result is None
        assert item.still is None

    try:
        qloop.run_until_complete(scenario())
    finally:
        qloop.run_until_complete(session.aclose())
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["engine"] == "local"
    assert rows[0]["given_names"] == "CORRECTED NAME"
    assert rows[0]["corrected_fields"] == "full_name;given_names"  # Full name followed the given names
    assert rows[0]["mrz_check"] == "pass"
    clip = QGuiApplication.clipboard().text()
    assert "CORRECTED NAME" in clip
    assert rows[0]["document_number"] in clip
