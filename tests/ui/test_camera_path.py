"""The camera path: Qt Multimedia plays a real video file into the same sink a camera feeds; the live view
shows frames with quality hints, and the steady document is auto-captured into the session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def test_video_into_live_view_auto_captures(qtbot, qloop, store, profiles, tmp_path):
    pytest.importorskip("desktop_app.imaging.quality")
    from tests.capture.videogen import write_video

    video = write_video(tmp_path / "desk.mp4", size=(960, 540), fps=10, steady_s=4.0)
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, auto_capture_frames=3,
                 csv_enabled=False)
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    sink = QVideoSink()
    player = QMediaPlayer()
    player.setVideoSink(sink)
    player.setSource(QUrl.fromLocalFile(str(video.path)))
    assert window.start_feed(sink)

    async def scenario() -> None:
        player.play()
        await until(lambda: window.camera.frames_shown > 3, what="frames in the live view")
        await until(window.live_view.checks, what="quality hints")
        await until(session.items, timeout=60, what="auto-capture")
        item = session.items()[0]
        assert item.source == "camera"
        await until(lambda: item.status == "needs_review", what="read")

    try:
        qloop.run_until_complete(scenario())
    finally:
        player.stop()
        window.stop_feed()
