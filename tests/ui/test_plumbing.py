"""The window's wiring with a test-local engine: drop -> read -> review -> edit -> Enter -> CSV + clipboard."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from desktop_app.engines.errors import EngineError
from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, assert_purged, sample_png

pytestmark = pytest.mark.gui


def make_window(qtbot, store, profiles, engine, tmp_path: Path) -> MainWindow:
    store.update(csv_path=str(tmp_path / "guests.csv"), default_profile="scripted", idle_timeout_s=0)
    session = ScanSession(store.load, engines=FixedPool({"scripted": engine}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    return window


def test_drop_edit_enter_exports(qtbot, qloop, store, profiles, tmp_path):
    engine = ScriptedEngine()
    window = make_window(qtbot, store, profiles, engine, tmp_path)

    async def scenario() -> None:
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id).status == "needs_review", what="review")
        assert window.review.is_reviewing()
        surname = window.review.editor("surname")
        assert isinstance(surname, QLineEdit)
        assert surname.text() == "ERIKSSON"
        surname.setText("ERIKSON")
        qtbot.keyClick(surname, Qt.Key.Key_Return)
        await until(lambda: window.session.item(item_id).status == "confirmed", what="confirmed")
        item = window.session.item(item_id)
        assert_purged(item)

    qloop.run_until_complete(scenario())
    with (tmp_path / "guests.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1
    assert rows[0]["surname"] == "ERIKSON"
    assert rows[0]["corrected_fields"] == "surname"
    assert "ERIKSON" in QGuiApplication.clipboard().text()
    window.session.clear()


def test_failure_then_retry(qtbot, qloop, store, profiles, tmp_path):
    engine = ScriptedEngine()
    engine.errors.append(EngineError("server_error", retryable=True, request_id="abc-123"))
    window = make_window(qtbot, store, profiles, engine, tmp_path)

    async def scenario() -> None:
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id).status == "failed", what="failed")
        assert "abc-123" in window.review._msg_text.text()
        assert window.review._msg_retry.isVisible()
        qtbot.mouseClick(window.review._msg_retry, Qt.MouseButton.LeftButton)
        await until(lambda: window.session.item(item_id).status == "needs_review", what="review after retry")
        assert engine.calls == 2

    qloop.run_until_complete(scenario())
    window.session.clear()
