"""Kiosk mode (PIN to leave or open Settings, large targets), the idle reset, keyboard and accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QInputDialog, QLineEdit, QWidget

from desktop_app.station.session import ScanSession
from desktop_app.station.settings import hash_pin
from desktop_app.ui import theme
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png

pytestmark = pytest.mark.gui


def make(qtbot, store, profiles, *, kiosk: bool = False) -> MainWindow:
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}, profiles=profiles))
    window = MainWindow(session, store, kiosk=kiosk, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    return window


def answer_pin(pin: str | None) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        assert dialog.textEchoMode() == QLineEdit.EchoMode.Password
        if pin is None:
            dialog.reject()
        else:
            dialog.setTextValue(pin)
            dialog.accept()

    QTimer.singleShot(50, fill)


def test_idle_timeout_clears_the_window(qtbot, qloop, store, profiles):
    store.update(default_profile="scripted", idle_timeout_s=1, sounds=False, csv_enabled=False)
    window = make(qtbot, store, profiles)

    async def scenario() -> None:
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id) is not None
                    and window.session.item(item_id).status == "needs_review", what="review")
        assert window.review.is_reviewing()
        await until(lambda: not window.session.items(), timeout=10, what="idle reset")

    qloop.run_until_complete(scenario())
    assert window.session_list.count() == 0
    assert not window.review.is_reviewing()
    assert not window.live_view.has_image()
    assert "inactivity" in window.status_label.text()


def test_input_to_the_window_postpones_the_idle_reset(qtbot, qloop, store, profiles):
    """Keys and clicks posted to the window (where the platform delivers input) restart the countdown."""
    import asyncio

    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QKeyEvent, QMouseEvent

    store.update(default_profile="scripted", idle_timeout_s=2, sounds=False, csv_enabled=False)
    window = make(qtbot, store, profiles)
    handle = window.windowHandle()
    corner = QPointF(window.width() - 3, window.height() - 3)  # the status bar: a click there does nothing

    async def operator_at_work() -> None:
        for step in range(1_000_000):  # a key or a click every 0.2 s (a tenth of the timeout) until cancelled
            if step % 2:
                event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
            else:
                event = QMouseEvent(QEvent.Type.MouseButtonPress, corner, corner, Qt.MouseButton.LeftButton,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
            QApplication.postEvent(handle, event)
            await asyncio.sleep(0.2)

    async def scenario() -> None:
        working = asyncio.ensure_future(operator_at_work())
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id) is not None
                    and window.session.item(item_id).status == "needs_review", what="review")
        await asyncio.sleep(5.0)  # two and a half timeouts of work
        working.cancel()
        assert window.session.items(), "the session was cleared while the operator worked"
        await until(lambda: not window.session.items(), timeout=15, what="idle reset once the input stops")

    qloop.run_until_complete(scenario())


def test_kiosk_needs_the_pin_to_leave(qtbot, qloop, qapp, store, profiles):
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), idle_timeout_s=0, sounds=True)
    theme.apply_theme(qapp, kiosk=True)
    try:
        window = make(qtbot, store, profiles, kiosk=True)
        assert window.capture_button.sizeHint().height() >= 48  # large touch targets
        answer_pin("1111")
        window.close()
        assert window.isVisible()  # wrong PIN: still there
        answer_pin(None)
        window.close()
        assert window.isVisible()
        answer_pin("2468")
        window.close()
        assert not window.isVisible()
    finally:
        theme.apply_theme(qapp, kiosk=False)


def test_every_control_has_an_accessible_name_and_focus(qtbot, qloop, store, profiles):
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, csv_enabled=False)
    window = make(qtbot, store, profiles)

    async def scenario() -> None:
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id).status == "needs_review", what="review")

    qloop.run_until_complete(scenario())
    unnamed = []
    for widget in window.findChildren(QWidget):
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if isinstance(widget, (QAbstractButton, QComboBox, QLineEdit)) and widget.isVisible() and not named:
            unnamed.append(widget.objectName() or type(widget).__name__)
    assert unnamed == []
    window.review.editor("surname").setFocus()
    assert window.review.editor("surname").hasFocus()


def test_space_captures_enter_confirms(qtbot, qloop, store, profiles, monkeypatch):
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, csv_enabled=False,
                 clipboard_format="json")
    window = make(qtbot, store, profiles)
    opened: list[bool] = []
    monkeypatch.setattr(window, "open_files", lambda: opened.append(True))
    window.session_list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert opened == [True]  # no camera: Space opens files

    async def scenario() -> None:
        item_id = window.session.submit_bytes(sample_png(), "guest.png", "scripted")
        await until(lambda: window.session.item(item_id).status == "needs_review", what="review")
        qtbot.keyClick(window.review._confirm, Qt.Key.Key_Enter)
        await until(lambda: window.session.item(item_id).status == "confirmed", what="confirmed")

    qloop.run_until_complete(scenario())
    assert '"surname": "ERIKSSON"' in QApplication.clipboard().text()
