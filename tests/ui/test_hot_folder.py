"""The hot folder in the station: a file saved into the folder becomes a scan in the session list, is read by the
real offline engine, and is deleted when the setting says so; a still that fills the whole picture (a file, not a
camera frame) shows no "whole document must be in view" hint."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.imaging.quality_types import HINT_BOUNDS
from desktop_app.paths import resources_dir
from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.session import ScanSession
from desktop_app.station.shown_quality import shown_quality
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def frame_filling_passport() -> bytes:
    """The sample passport cropped to its own edges, as a scanner bed or a cropped photo gives it."""
    sample = resources_dir() / "samples" / "passport_td3.jpg"
    truth = json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"))
    bgr = cv2.imread(str(sample))
    (x0, y0), (x1, y1) = np.array(truth["quad"]).min(0).astype(int), np.array(truth["quad"]).max(0).astype(int)
    ok, buf = cv2.imencode(".jpg", bgr[y0 + 2:y1 - 2, x0 + 2:x1 - 2], [cv2.IMWRITE_JPEG_QUALITY, 95])
    assert ok
    return bytes(buf)


@pytest.mark.parametrize("delete", [True, False])
def test_hot_folder_file_is_read_offline(qtbot, qloop, store, profiles, tmp_path, delete):
    folder = tmp_path / "hot"
    folder.mkdir()
    store.update(hot_folder=str(folder), hot_folder_delete=delete, idle_timeout_s=0, sounds=False, csv_enabled=False,
                 clipboard_format="off")
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    assert window.hot_folder is not None
    assert window.hot_folder.active
    document = folder / "desk-scan-0001.jpg"

    async def scenario() -> None:
        document.write_bytes(frame_filling_passport())
        await until(session.items, what="the hot-folder file in the session")
        item = session.items()[0]
        assert item.source == "desk-scan-0001.jpg"
        assert not item.live
        await until(lambda: not item.busy, timeout=120, what="offline read")
        assert item.status == "needs_review", item.message
        assert item.result.vendor == "local"
        assert item.result.mrz.local_check == "pass"
        window.session_list.select(item.id)
        engine_checks = {str(q.check) for q in item.result.checks.image_quality.items}
        assert "bounds" in engine_checks  # the offline engine ran the quality checks during the read...
        assert item.live_quality is None  # ...so the station does not run them again
        shown = shown_quality(item)
        assert {check.name for check in shown.checks}.isdisjoint({"bounds", "motion"})
        window._select(item.id)
        texts = [label.text() for label in window.review.findChildren(QLabel)]
        assert not any(HINT_BOUNDS in text for text in texts)
        assert HINT_BOUNDS not in window.live_view.hints()

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.stop_hot_folder()
        qloop.run_until_complete(session.aclose())
    assert document.exists() is not delete


def test_camera_frames_keep_the_live_checks(qapp):
    from desktop_app.imaging.quality_types import Check, QualityReport
    from desktop_app.station.scan_item import ScanItem

    report = QualityReport(checks=(Check("bounds", "fail", hint=HINT_BOUNDS), Check("focus", "pass")),
                           frame_size=(640, 480))
    camera = ScanItem(id=1, source="camera", profile="local", live=True, live_quality=report)
    assert shown_quality(camera) is report
    file = ScanItem(id=2, source="a.jpg", profile="local", live_quality=report)
    shown = shown_quality(file)
    assert [check.name for check in shown.checks] == ["focus"]
    assert shown.all_pass


def test_a_file_that_is_not_an_image_becomes_a_failed_scan(qtbot, qloop, store, profiles, tmp_path):
    folder = tmp_path / "hot"
    folder.mkdir()
    store.update(hot_folder=str(folder), idle_timeout_s=0, sounds=False)
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)

    async def scenario() -> None:
        (folder / "broken.jpg").write_bytes(b"this is not a picture")
        await until(session.items, what="the broken file in the session")
        item = session.items()[0]
        assert item.source == "broken.jpg"
        assert item.status == "failed"
        assert item.message

    try:
        qloop.run_until_complete(scenario())
    finally:
        window.stop_hot_folder()
        qloop.run_until_complete(session.aclose())
    assert (folder / "broken.jpg").exists()  # files that fail stay for the operator
