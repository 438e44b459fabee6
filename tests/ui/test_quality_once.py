"""Issue 11, item 5: an offline read's image quality is computed once (by the offline engine, during the read)
and shown once, not again by the station beside it as if it were a second, independent verdict."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel

import desktop_app.imaging.quality as quality
from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.session import ScanSession
from desktop_app.station.shown_quality import shown_quality
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import sample_png

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_offline_read_checks_quality_once(qtbot, qloop, store, profiles, tmp_path, monkeypatch):
    calls: list[tuple[int, ...]] = []
    real = quality.analyze

    def counted(rgb, *args, **kwargs):
        calls.append(rgb.shape)
        return real(rgb, *args, **kwargs)

    monkeypatch.setattr(quality, "analyze", counted)
    store.update(idle_timeout_s=0, sounds=False, csv_enabled=False, second_opinion=False)
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    path = tmp_path / "passport.png"
    path.write_bytes(sample_png(3, "td3"))

    async def scenario() -> None:
        window.submit_paths([str(path)])
        await until(session.items, what="the decoded file")
        (item,) = session.items()
        await until(lambda: not item.busy, timeout=120, what="offline read")
        assert item.status == "needs_review", item.message
        window.session_list.select(item.id)
        await until(window.review.is_reviewing, what="the review")
        await asyncio.sleep(0.3)  # time for a second analysis to start and land, if one were asked for
        assert len(calls) == 1, calls
        assert item.live_quality is None
        assert not item.quality_pending
        shown = shown_quality(item)
        engine_items = item.result.checks.image_quality.items
        assert shown is not None
        assert engine_items
        assert {c.name for c in shown.checks} == {str(q.check) for q in engine_items} - {"bounds"}
        titles = [box.title() for box in window.review.findChildren(QGroupBox)]
        assert "Image quality (checked by the offline engine)" in titles
        assert not any(label.text() == "This station" for label in window.review.findChildren(QLabel))

    try:
        qloop.run_until_complete(scenario())
    finally:
        qloop.run_until_complete(session.aclose())
