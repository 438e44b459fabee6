"""An OS light/dark switch while a scan is under review recolours what is on screen without rebuilding it (an
operator's typing stays where it is)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.station.session import ScanSession
from desktop_app.ui import theme
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png

pytestmark = pytest.mark.gui


def _foreground(label: QLabel) -> str:
    return label.palette().color(QPalette.ColorRole.WindowText).name()


def test_scheme_switch_recolours_the_review_in_place(qtbot, qloop, qapp, store, profiles):
    theme.apply_theme(qapp, dark=False)
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, csv_enabled=False)
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    try:
        item_id = session.submit_bytes(sample_png(), "guest.png", "scripted")
        qloop.run_until_complete(until(lambda: window.review.is_reviewing() and window.review.item_id() == item_id,
                                       what="review"))
        qapp.processEvents()  # the newest sections are shown (and styled) on the next turn, before any paint
        editor = window.review.editor("surname")
        assert isinstance(editor, QLineEdit)
        editor.setText("ERIKSSON-LUND")
        window.show_status("The export file is open elsewhere.", error=True)
        toned = {tone: [lb for lb in window.review.findChildren(QLabel) if lb.property("tone") == tone]
                 for tone in ("ok", "muted")}
        assert toned["ok"]
        assert toned["muted"]
        summary = window.review.findChild(QLabel, "summaryLine")
        assert theme.LIGHT.ok in summary.text()
        for tone, labels in toned.items():
            assert {_foreground(lb) for lb in labels} == {getattr(theme.LIGHT, tone)}
        assert _foreground(window.status_label) == theme.LIGHT.bad
        light_text = qapp.palette().color(QPalette.ColorRole.Text).name()
        assert window.session_list.item(0).foreground().color().name() == light_text

        theme.apply_theme(qapp, dark=True)  # what the colorSchemeChanged handler of run_gui does
        qapp.processEvents()

        for tone, labels in toned.items():
            assert {_foreground(lb) for lb in labels} == {getattr(theme.DARK, tone)}
        assert _foreground(window.status_label) == theme.DARK.bad
        assert theme.DARK.ok in summary.text()
        assert theme.LIGHT.ok not in summary.text()
        assert window.review.editor("surname") is editor
        assert editor.text() == "ERIKSSON-LUND"

        dark_text = qapp.palette().color(QPalette.ColorRole.Text).name()
        assert dark_text != light_text
        assert window.session_list.item(0).foreground().color().name() == dark_text  # the list's rows follow too

        window.show_status("Ready.")
        assert _foreground(window.status_label) == qapp.palette().color(QPalette.ColorRole.WindowText).name()
    finally:
        theme.apply_theme(qapp, dark=False)
