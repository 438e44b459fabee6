"""F5 scans a page with SANE's `test` backend (a real libsane) and the page becomes a scan in the session."""

from __future__ import annotations

import os

import pytest

from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.conftest import require_system
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine

pytestmark = [pytest.mark.gui, pytest.mark.system]


def test_scan_button_reads_a_page(qtbot, qloop, store, profiles, tmp_path, monkeypatch):
    try:
        import sane  # noqa: F401
    except ImportError:
        require_system("python-sane (libsane)", False)
    if not os.environ.get("SANE_CONFIG_DIR"):
        conf = tmp_path / "sane.d"
        conf.mkdir()
        (conf / "dll.conf").write_text("test\n")
        monkeypatch.setenv("SANE_CONFIG_DIR", str(conf))
    store.update(scanner_device="test:0", default_profile="scripted", idle_timeout_s=0, sounds=False,
                 csv_enabled=False)
    engine = ScriptedEngine()
    session = ScanSession(store.load, engines=FixedPool({"scripted": engine}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    assert window.scan_button.isVisible()
    window.profile_combo.addItem("scripted", "scripted")
    window.profile_combo.setCurrentIndex(window.profile_combo.count() - 1)

    async def scenario() -> None:
        window.scan_page()
        await until(session.items, timeout=120, what="a scanned page")
        item = session.items()[0]
        assert item.source.startswith("scanner")
        # SANE's test device delivers a solid black page: the image gate holds it back, no vendor call is made
        await until(lambda: item.status == "failed", what="held back")
        assert item.blocked == ("exposure",)
        assert engine.calls == 0
        session.send_anyway(item.id)  # the operator insists: now it is read
        await until(lambda: item.status == "needs_review", what="read")
        assert engine.calls == 1

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.force_close()
        qloop.run_until_complete(session.aclose())
