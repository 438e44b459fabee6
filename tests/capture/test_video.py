"""The camera path end to end on a real video file: QMediaPlayer -> QVideoSink -> LiveAnalyzer (the same object a
webcam feeds) -> imaging.quality.analyze, on a generated desk video where a card slides in and then lies still."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QMediaPlayer, QVideoSink

from desktop_app.capture.live import LiveAnalyzer, quad_shift, report_quad
from tests.capture.videogen import DeskVideo, write_video
from tests.conftest import require_system

pytestmark = [pytest.mark.slow, pytest.mark.system]


def _real_analyze() -> Any:
    from desktop_app.imaging.quality import analyze

    return analyze


def _failing(report: Any) -> set[str]:
    return {c.name for c in report.failed}


@pytest.fixture(scope="module")
def desk_video(tmp_path_factory: pytest.TempPathFactory) -> DeskVideo:
    return write_video(Path(tmp_path_factory.mktemp("video")) / "desk.mp4")


def test_card_slides_in_then_auto_capture_fires_once(qtbot, desk_video: DeskVideo) -> None:
    analyzer = LiveAnalyzer(_real_analyze(), consecutive=5)
    reports: list[tuple[int, Any]] = []  # (player position ms, report)
    captures: list[tuple[int, np.ndarray]] = []
    quads: list[Any] = []
    holder: dict[str, QMediaPlayer] = {}
    analyzer.hints_changed.connect(lambda r: reports.append((holder["p"].position() if holder else 0, r)))
    analyzer.quad_changed.connect(quads.append)
    analyzer.auto_captured.connect(lambda rgb: captures.append((holder["p"].position() if holder else 0, rgb)))

    player = QMediaPlayer()
    holder["p"] = player
    sink = QVideoSink()
    player.setVideoSink(sink)
    errors: list[str] = []
    player.errorOccurred.connect(lambda _e, text: errors.append(text))
    analyzer.attach(sink)
    with qtbot.waitSignal(player.mediaStatusChanged, timeout=120_000,
                          check_params_cb=lambda s: s in (QMediaPlayer.MediaStatus.EndOfMedia,
                                                          QMediaPlayer.MediaStatus.InvalidMedia)):
        player.setSource(QUrl.fromLocalFile(str(desk_video.path)))
        player.play()
    require_system("Qt Multimedia playback (FFmpeg backend in PySide6-Addons)",
                   not errors and player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia)
    analyzer.wait_idle(10_000)
    qtbot.waitUntil(lambda: not analyzer.busy, timeout=10_000)
    analyzer.shutdown()

    assert analyzer.frames_seen >= desk_video.frames * 0.8  # the player delivered (nearly) every frame
    assert analyzer.frames_analyzed >= 10
    passes = [bool(r.all_pass) for _t, r in reports]
    # the empty desk fails first (no document in bounds), then the steady card passes
    assert not passes[0]
    assert True in passes
    first_pass = passes.index(True)
    assert not any(passes[:first_pass])
    assert "bounds" in _failing(reports[0][1])  # the empty desk: "Whole document must be in view"
    assert reports[0][1].hints
    # while the card slides in, "hold still" / "blurry" come up before everything passes
    assert any({"motion", "focus"} & _failing(r) for _t, r in reports[:first_pass])
    assert _failing(reports[-1][1]) == set()
    assert passes[-1]
    # no document at first, then one where the card finally lies
    assert quads[0] is None
    final = report_quad(reports[-1][1])
    assert final is not None
    assert quad_shift(final, desk_video.final_quad) < 0.03

    # exactly one auto-capture, once the card was steady, of a sharp steady frame
    assert len(captures) == 1
    position_ms, rgb = captures[0]
    assert position_ms >= desk_video.steady_from_s * 1000 - 100
    assert rgb.shape == (desk_video.size[1], desk_video.size[0], 3)
    diff = np.abs(rgb.astype(np.int16) - desk_video.final_frame.astype(np.int16)).mean()
    assert diff < 6.0, f"the captured frame is not the steady card (mean difference {diff:.1f})"
