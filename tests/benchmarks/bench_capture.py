"""Benchmark: the live path's cost per preview frame, and how the newest-frame rule keeps up.

Run: `QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_capture`. The reference, measured in the same run,
is OpenCV converting the same YUV 4:2:0 frame (a card on a desk, from tests/capture/videogen.py) to RGB
(`cv2.cvtColor`), the least any client must do. Prints, for
720p and 1080p: median milliseconds of `video_frame_to_rgb` (QVideoFrame.toImage on the CPU + copy to numpy), of
`video_frame_to_rgb_fast` (OpenCV on the mapped planes: what the live path uses) and of `imaging.quality.analyze`,
each with the ratio to the reference; then the analysed frames per second of the live path (fast conversion +
analysis) and the share of a 30 fps stream it drops.
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtMultimedia import QVideoFrame, QVideoFrameFormat

from desktop_app.capture.frames import video_frame_to_rgb, video_frame_to_rgb_fast
from tests.capture.videogen import frames

REPEATS = 15


def _median_ms(fn: Callable[[], object], repeats: int = REPEATS) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _yuv_frame(rgb: np.ndarray) -> tuple[QVideoFrame, np.ndarray]:
    height, width = rgb.shape[:2]
    yuv = cv2.cvtColor(rgb, cv2.COLOR_RGB2YUV_I420)  # (h * 3 / 2, w) planar
    fmt = QVideoFrameFormat(QSize(width, height), QVideoFrameFormat.PixelFormat.Format_YUV420P)
    frame = QVideoFrame(fmt)
    frame.map(QVideoFrame.MapMode.WriteOnly)
    y = yuv[:height]
    u = yuv[height:height + height // 4].reshape(height // 2, width // 2)
    v = yuv[height + height // 4:].reshape(height // 2, width // 2)
    for plane, data in ((0, y), (1, u), (2, v)):
        stride = frame.bytesPerLine(plane)
        dest = np.frombuffer(frame.bits(plane), np.uint8).reshape(-1, stride)
        dest[: data.shape[0], : data.shape[1]] = data
    frame.unmap()
    return frame, yuv


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])
    try:
        from desktop_app.imaging.quality import analyze
    except ImportError:
        analyze = None
    print(f"{'frame':>9} {'cv2 YUV->RGB ms':>16} {'Qt to_rgb ms':>12} {'ratio':>6} {'fast ms':>8} {'ratio':>6}"
          f" {'analyze ms':>11} {'ratio':>6} {'analysed/s':>10} {'dropped @30fps':>14}")
    for width, height in ((1280, 720), (1920, 1080)):
        _gen, video = frames(size=(width, height))  # the desk video's steady frame: a card on a desk
        frame, yuv = _yuv_frame(video.final_frame)
        ref = _median_ms(lambda yuv=yuv: cv2.cvtColor(yuv, cv2.COLOR_YUV2RGB_I420))
        conv = _median_ms(lambda frame=frame: video_frame_to_rgb(frame))
        fast = _median_ms(lambda frame=frame: video_frame_to_rgb_fast(frame))
        rgb = video_frame_to_rgb(frame)
        assert rgb is not None
        ana = float("nan")
        if analyze is not None:
            previous = analyze(rgb)
            ana = _median_ms(lambda rgb=rgb, previous=previous: analyze(rgb, previous=previous), repeats=7)
        per_frame = fast + (0.0 if math.isnan(ana) else ana)
        rate = 1000 / per_frame if per_frame else float("inf")
        dropped = max(0.0, 1 - rate / 30) * 100
        print(f"{width}x{height:<4} {ref:16.2f} {conv:12.2f} {conv / ref:6.1f} {fast:8.2f} {fast / ref:6.1f}"
              f" {ana:11.1f} {ana / ref:6.1f}"
              f" {rate:10.1f} {dropped:13.0f}%")
    del app


if __name__ == "__main__":
    main()
