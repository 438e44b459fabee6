"""Issue 11, item 1: a network (eSCL) scanner, the loopback fake, is chosen in Settings by its address, and F5
in the window scans a page through it; the page becomes a scan in the session and is read."""

from __future__ import annotations

import pytest

from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.fakes.escl_fake import EsclFake
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine

pytestmark = pytest.mark.gui


def test_escl_scanner_chosen_in_settings_scans_in_the_window(qtbot, qloop, store, profiles):
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, csv_enabled=False)
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    assert not window.scan_button.isVisible()  # no scanner chosen yet

    with EsclFake() as fake:
        dialog = SettingsDialog(store, profiles=profiles)
        qtbot.addWidget(dialog)
        dialog.scanner.setEditText(f"{fake.base_url}/eSCL/")
        dialog.accept()
        assert store.load().scanner_device == f"escl:{fake.base_url}/eSCL"
        window.apply_settings(store.load())  # what the window does when Settings closes with OK
        assert window.scan_button.isVisible()
        window.profile_combo.addItem("scripted", "scripted")  # a test engine, not a stored profile
        window.profile_combo.setCurrentIndex(window.profile_combo.count() - 1)

        async def scenario() -> None:
            window.scan_page()
            await until(session.items, timeout=60, what="a scanned page")
            (item,) = session.items()
            assert item.source == "scanner"
            await until(lambda: not item.busy, what="the read")
            if item.blocked:  # the fake's page is a soft test pattern: the image gate may hold it back first
                session.send_anyway(item.id)
                await until(lambda: not item.busy and not item.blocked, what="the read sent anyway")
            assert item.status == "needs_review", (item.status, item.message)
            assert item.still is not None
            assert item.still.rgb.shape[2] == 3

        try:
            qloop.run_until_complete(scenario())
        finally:
            window.force_close()
            qloop.run_until_complete(session.aclose())
        assert any(request.method == "POST" and request.path.endswith("/ScanJobs") for request in fake.requests)
