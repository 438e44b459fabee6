"""LiveAnalyzer: newest-frame-only analysis, streaks, steadiness and re-arming (with scripted analyzers), frame
conversion, camera format choice and the missing-camera sentence."""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat, QVideoSink

from desktop_app.capture.camera import (
    NO_CAMERA,
    NO_SUCH_CAMERA,
    Camera,
    FormatInfo,
    list_cameras,
    pick_format_info,
)
from desktop_app.capture.frames import qimage_to_rgb, video_frame_to_rgb
from desktop_app.capture.live import ANALYSIS_FAILED, LiveAnalyzer, quad_shift


@dataclass
class FakeReport:
    all_pass: bool
    quad: np.ndarray | None


def _quad(dx: float = 0.0) -> np.ndarray:
    return np.array([[100, 100], [500, 100], [500, 350], [100, 350]], np.float32) + np.float32(dx)


def _frame(value: int) -> np.ndarray:
    return np.full((8, 8, 3), value, np.uint8)


class Scripted:
    """An analyzer whose verdict is encoded in the frame: value 0 = no document, 1 = fails, 2 = passes;
    the quad is shifted by the green channel (pixels), so tests can move the document."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.seen: list[int] = []
        self.gate = gate
        self.calls: list[tuple[bool, bool]] = []  # (previous given, quad given)

    def __call__(self, frame: np.ndarray, *, previous: FakeReport | None = None,
                 quad: np.ndarray | None = None) -> FakeReport:
        if self.gate is not None:
            self.gate.wait(10)
        self.calls.append((previous is not None, quad is not None))
        verdict, shift = int(frame[0, 0, 0]), float(frame[0, 0, 1])
        self.seen.append(verdict * 1000 + int(shift))
        if verdict == 0:
            return FakeReport(False, None)
        return FakeReport(verdict == 2, _quad(shift))


def _code(verdict: int, shift: int = 0, tag: int = 0) -> np.ndarray:
    frame = _frame(0)
    frame[0, 0] = (verdict, shift, tag)
    return frame


def _drain(qtbot, analyzer: LiveAnalyzer) -> None:
    qtbot.waitUntil(lambda: not analyzer.busy, timeout=5000)


def test_only_newest_frame_is_analysed_while_busy(qtbot) -> None:
    gate = threading.Event()
    script = Scripted(gate)
    analyzer = LiveAnalyzer(script, consecutive=3)
    for shift in range(10):
        analyzer.submit_rgb(_code(1, shift))
    assert analyzer.busy
    gate.set()
    qtbot.waitUntil(lambda: analyzer.frames_analyzed == 2, timeout=5000)
    _drain(qtbot, analyzer)
    assert script.seen == [1000, 1009]  # the first, then only the newest
    assert analyzer.frames_seen == 10
    assert analyzer.frames_dropped == 8
    assert script.calls == [(False, False), (True, False)]  # the previous report is passed along
    analyzer.shutdown()


def test_auto_capture_after_consecutive_steady_passes_once(qtbot) -> None:
    analyzer = LiveAnalyzer(Scripted(), consecutive=3)
    captured: list[np.ndarray] = []
    hints: list[bool] = []
    analyzer.auto_captured.connect(captured.append)
    analyzer.hints_changed.connect(lambda r: hints.append(r.all_pass))

    def feed(*codes: np.ndarray) -> None:
        for code in codes:
            analyzer.submit_rgb(code)
            _drain(qtbot, analyzer)

    feed(_code(0), _code(1), _code(2), _code(2), _code(1))  # a failing frame breaks the streak
    assert captured == []
    feed(_code(2), _code(2, 40), _code(2, 40))  # moved by 40 px: not steady, the streak restarts
    assert captured == []
    feed(_code(2, 40, tag=7))
    assert len(captured) == 1
    assert captured[0][0, 0, 2] == 7  # the frame that completed the streak
    feed(*[_code(2, 40)] * 6)  # still lying there: no second capture
    assert len(captured) == 1
    assert not analyzer.armed
    feed(*[_code(0)] * 3)  # the document is taken away: re-armed
    assert analyzer.armed
    feed(*[_code(2)] * 3)
    assert len(captured) == 2
    assert hints[:5] == [False, False, True, True, False]
    analyzer.shutdown()


def test_manual_rearm_and_capture_now(qtbot) -> None:
    analyzer = LiveAnalyzer(Scripted(), consecutive=2)
    captured: list[np.ndarray] = []
    analyzer.auto_captured.connect(captured.append)
    assert analyzer.capture_now() is None
    for _ in range(4):
        analyzer.submit_rgb(_code(2))
        _drain(qtbot, analyzer)
    assert len(captured) == 1
    analyzer.rearm()
    for _ in range(2):
        analyzer.submit_rgb(_code(2, tag=9))
        _drain(qtbot, analyzer)
    assert len(captured) == 2
    now = analyzer.capture_now()
    assert now is not None
    assert now[0, 0, 2] == 9
    analyzer.auto_capture = False
    analyzer.rearm()
    for _ in range(4):
        analyzer.submit_rgb(_code(2))
        _drain(qtbot, analyzer)
    assert len(captured) == 2
    analyzer.shutdown()


def test_analyzer_failure_is_one_sentence_once(qtbot) -> None:
    def broken(frame: np.ndarray, **_kw: object) -> FakeReport:
        raise RuntimeError("boom")

    analyzer = LiveAnalyzer(broken)
    errors: list[str] = []
    analyzer.error.connect(errors.append)
    for _ in range(3):
        analyzer.submit_rgb(_frame(1))
        _drain(qtbot, analyzer)
    assert errors == [ANALYSIS_FAILED]
    analyzer.shutdown()


def test_frames_from_a_sink(qtbot) -> None:
    """Frames pushed into a QVideoSink (as a camera or player does) reach the analyzer as RGB."""
    script = Scripted()
    analyzer = LiveAnalyzer(script, consecutive=2)
    sink = QVideoSink()
    analyzer.attach(sink)
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(0x02_05_07)  # R=2 (passes), G=5 (shift), B=7
    with qtbot.waitSignal(analyzer.hints_changed, timeout=5000):
        sink.setVideoFrame(QVideoFrame(image))
    _drain(qtbot, analyzer)
    assert script.seen == [2005]
    rgb = analyzer.capture_now()
    assert rgb is not None
    assert rgb.shape == (48, 64, 3)
    assert tuple(rgb[0, 0]) == (2, 5, 7)
    analyzer.detach()
    sink.setVideoFrame(QVideoFrame(image))
    qtbot.wait(50)
    assert analyzer.frames_seen == 1
    analyzer.shutdown()


@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32,
                                 QImage.Format.Format_RGB888, QImage.Format.Format_RGBA8888,
                                 QImage.Format.Format_Grayscale8, QImage.Format.Format_RGB16])
def test_qimage_to_rgb_formats(qapp, fmt: QImage.Format) -> None:
    base = QImage(37, 21, QImage.Format.Format_RGB32)  # odd width: rows are padded
    base.fill(0x808080)
    for x in range(37):
        base.setPixel(x, 3, 0xFF0000 if x % 2 else 0x00FF00)
    image = base.convertToFormat(fmt)
    rgb = qimage_to_rgb(image)
    assert rgb is not None
    assert rgb.shape == (21, 37, 3)
    assert rgb.flags.c_contiguous
    if fmt != QImage.Format.Format_Grayscale8:
        assert tuple(rgb[3, 1]) in ((255, 0, 0), (248, 0, 0))  # RGB16 keeps 5 bits of red
        assert rgb[3, 0, 1] >= 248
    assert qimage_to_rgb(QImage()) is None


def test_yuv_video_frame_to_rgb(qapp) -> None:
    fmt = QVideoFrameFormat(QImage(16, 16, QImage.Format.Format_RGB32).size(),
                            QVideoFrameFormat.PixelFormat.Format_YUV420P)
    frame = QVideoFrame(fmt)
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    for plane, value in ((0, 81), (1, 90), (2, 240)):  # BT.601 red
        bits = frame.bits(plane)
        np.frombuffer(bits, np.uint8)[:] = value
    frame.unmap()
    rgb = video_frame_to_rgb(frame)
    assert rgb is not None
    assert rgb.shape == (16, 16, 3)
    r, g, b = (int(v) for v in rgb[8, 8])
    assert r > 200
    assert g < 60
    assert b < 60
    assert video_frame_to_rgb(QVideoFrame()) is None


def test_quad_shift() -> None:
    assert quad_shift(_quad(), _quad()) == 0.0
    assert 0.05 < quad_shift(_quad(40), _quad()) < 0.2


def test_camera_format_choice() -> None:
    formats = [FormatInfo(640, 480, 30), FormatInfo(1280, 720, 30), FormatInfo(1920, 1080, 30),
               FormatInfo(1920, 1080, 5, raw=True), FormatInfo(3840, 2160, 30), FormatInfo(2592, 1944, 15)]
    assert pick_format_info(formats) == FormatInfo(1920, 1080, 30)
    # 1080p only at 5 fps (raw YUYV over USB 2): the 2592x1944 at 15 fps is preferred
    assert pick_format_info([f for f in formats if f != FormatInfo(1920, 1080, 30)]) == FormatInfo(2592, 1944, 15)
    # nothing big enough: the largest with a sane frame rate
    small = [FormatInfo(640, 480, 30), FormatInfo(1280, 720, 30), FormatInfo(1280, 960, 7.5)]
    assert pick_format_info(small) == FormatInfo(1280, 720, 30)
    # absurd frame rates lose against a normal one of the same size; raw wins a tie
    same = [FormatInfo(1920, 1080, 120), FormatInfo(1920, 1080, 30), FormatInfo(1920, 1080, 30, raw=True)]
    assert pick_format_info(same) == FormatInfo(1920, 1080, 30, raw=True)
    # only huge formats: still better than nothing
    assert pick_format_info([FormatInfo(8000, 6000, 10)]) == FormatInfo(8000, 6000, 10)
    assert pick_format_info([]) is None


def test_missing_camera_is_a_sentence(qtbot) -> None:
    """Offscreen (and in CI) there is no camera: starting one emits one sentence and nothing raises."""
    assert list_cameras() == []
    camera = Camera()
    with qtbot.waitSignal(camera.error, timeout=2000) as err:
        assert camera.start() is False
    assert err.args == [NO_CAMERA]
    assert not camera.is_active
    with qtbot.waitSignal(camera.error, timeout=2000) as err:
        assert camera.start("/dev/video7") is False
    assert err.args == [NO_CAMERA]  # no camera at all: the general sentence, not "the chosen one is gone"
    assert NO_SUCH_CAMERA != NO_CAMERA
    camera.stop()
    assert isinstance(camera.video_sink(), QVideoSink)


def test_camera_runtime_error_is_a_sentence(qtbot) -> None:
    """What a camera in use by another program reports (QCamera.errorOccurred) becomes one sentence."""
    from PySide6.QtMultimedia import QCamera

    from desktop_app.capture.camera import CAMERA_BUSY

    camera = Camera()
    with qtbot.waitSignal(camera.error, timeout=2000) as err:
        camera._on_error(QCamera.Error.CameraError, "Could not open /dev/video0: Device or resource busy")
    assert err.args == [CAMERA_BUSY]
    assert "/dev/video0" not in err.args[0]
    camera._session.setCamera(None)  # what stop() does: accepted by the binding


def _yuv_video_frame(rgb: np.ndarray, fmt: QVideoFrameFormat.PixelFormat) -> QVideoFrame:
    """A QVideoFrame in `fmt` holding `rgb` (encoded with OpenCV, BT.601 video range)."""
    import cv2
    from PySide6.QtCore import QSize

    height, width = rgb.shape[:2]
    frame = QVideoFrame(QVideoFrameFormat(QSize(width, height), fmt))
    assert frame.map(QVideoFrame.MapMode.WriteOnly)
    pf = QVideoFrameFormat.PixelFormat
    if fmt in (pf.Format_YUV420P, pf.Format_NV12):
        i420 = cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420)
        y = i420[:height]
        u = i420[height:height + height // 4].reshape(height // 2, width // 2)
        v = i420[height + height // 4:].reshape(height // 2, width // 2)
        planes = [y, u, v] if fmt == pf.Format_YUV420P else [y, np.dstack([u, v]).reshape(height // 2, width)]
    else:
        code = cv2.COLOR_RGB2YUV_YUY2 if fmt == pf.Format_YUYV else cv2.COLOR_RGB2YUV_UYVY
        planes = [cv2.cvtColor(rgb, code).reshape(height, width * 2)]
    for index, data in enumerate(planes):
        stride = frame.bytesPerLine(index)
        dest = np.frombuffer(frame.bits(index), np.uint8).reshape(-1, stride)
        dest[: data.shape[0], : data.shape[1]] = data
    frame.unmap()
    return frame


@pytest.mark.parametrize("fmt", [QVideoFrameFormat.PixelFormat.Format_YUV420P,
                                 QVideoFrameFormat.PixelFormat.Format_NV12,
                                 QVideoFrameFormat.PixelFormat.Format_YUYV,
                                 QVideoFrameFormat.PixelFormat.Format_UYVY])
def test_fast_conversion_matches_qt(qapp, fmt: QVideoFrameFormat.PixelFormat) -> None:
    from desktop_app.capture.frames import video_frame_to_rgb_fast

    rng = np.random.default_rng(1)
    rgb = rng.integers(30, 225, (30, 40, 3), dtype=np.uint8).repeat(4, 0).repeat(4, 1)  # 120x160, 4 px blocks
    frame = _yuv_video_frame(rgb, fmt)
    fast = video_frame_to_rgb_fast(frame)
    exact = video_frame_to_rgb(frame)
    assert fast is not None
    assert exact is not None
    assert fast.shape == exact.shape == (120, 160, 3)
    assert np.abs(fast.astype(int) - exact.astype(int)).mean() < 4
    assert np.abs(fast.astype(int) - rgb.astype(int)).mean() < 6  # and both are the picture that went in
    frame.setMirrored(True)  # a mirrored frame takes Qt's path (Qt knows how it applies the flag)
    mirrored = video_frame_to_rgb_fast(frame)
    assert mirrored is not None
    qt_mirrored = video_frame_to_rgb(frame)
    assert qt_mirrored is not None
    assert np.array_equal(mirrored, qt_mirrored)
