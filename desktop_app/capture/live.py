"""Live quality on preview frames: newest frame only, one worker, hints for the overlay, auto-capture.

`LiveAnalyzer.attach(sink)` takes frames from ANY QVideoSink: the webcam's (`Camera.video_sink`) or a
QMediaPlayer's playing a video file (the tests do that). For each frame that arrives while the worker is idle,
the worker converts it to RGB and runs `imaging.quality.analyze`; frames arriving while it is busy replace one
another, so only the newest waits and the rest are dropped. Results come back on the GUI thread:

- `hints_changed(report)`: the QualityReport (`all_pass`, `checks`, ...) for the overlay's hint lines;
- `quad_changed(quad)`: the document's corners (4×2 float32, TL TR BR BL, frame pixels) or None;
- `auto_captured(rgb)`: once every check passed on `consecutive` analysed frames in a row while the document
  stayed put (corners moved less than `steady_fraction` of the document's diagonal between frames). Then
  auto-capture disarms until the document leaves the view (no quad for `consecutive` frames) or `rearm()`.
- `error(str)`: the analysis itself failed (one sentence); the preview keeps running.

`capture_now()` returns the newest frame as RGB for the operator's capture button.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtMultimedia import QVideoFrame, QVideoSink

from desktop_app.capture.frames import Rgb, video_frame_to_rgb, video_frame_to_rgb_fast
from desktop_app.domain.notices import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

Quad = npt.NDArray[np.float32]
ANALYSIS_FAILED = QT_TRANSLATE_NOOP("Notices", "The live quality hints stopped working; capture with the button "
                                               "instead, and report this if it happens again.")


class Report(Protocol):
    """What the analyzer returns (imaging.quality.QualityReport satisfies this)."""

    @property
    def all_pass(self) -> bool: ...


# analyze(rgb, previous=<the previous frame's report> | None, quad=<a tracked quad> | None) -> Report
Analyze = Callable[..., Any]


def _default_analyze() -> Analyze:
    from desktop_app.imaging.quality import analyze  # heavy; loaded on first use

    return analyze


def report_quad(report: Any) -> Quad | None:
    """The document quad a report carries (attribute `quad`), as 4×2 float32, or None."""
    quad = getattr(report, "quad", None)
    if quad is None:
        return None
    arr = np.asarray(quad, dtype=np.float32)
    return arr.reshape(4, 2) if arr.size == 8 else None


def quad_shift(a: Quad, b: Quad) -> float:
    """Largest corner movement between two quads, as a fraction of `b`'s diagonal."""
    diag = max(float(np.linalg.norm(b[2] - b[0])), float(np.linalg.norm(b[3] - b[1])), 1.0)
    return float(np.max(np.linalg.norm(a - b, axis=1))) / diag


class _Job(QRunnable):
    def __init__(self, owner: LiveAnalyzer, frame: QVideoFrame | Rgb, previous: Any) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._owner = owner
        self._frame = frame
        self._previous = previous

    def run(self) -> None:
        owner, frame = self._owner, self._frame
        self._frame = None  # type: ignore[assignment]  # release the camera buffer as soon as possible
        try:
            rgb = frame if isinstance(frame, np.ndarray) else video_frame_to_rgb_fast(frame)
            if rgb is None:
                owner._result.emit(None, None, None, None)
                return
            # quad=None: the analyzer finds the document itself (a stale quad would hide movement)
            report = owner._analyze(rgb, previous=self._previous, quad=None)
        except Exception as err:  # handed to the GUI thread; the preview must go on
            owner._result.emit(None, None, err, None)
            return
        owner._result.emit(rgb, report, None, None if isinstance(frame, np.ndarray) else frame)


class LiveAnalyzer(QObject):
    hints_changed = Signal(object)  # report
    quad_changed = Signal(object)  # Quad | None
    auto_captured = Signal(object)  # RGB array
    error = Signal(str)

    # (rgb | None, report | None, exception | None, the QVideoFrame analysed | None), worker -> GUI
    _result = Signal(object, object, object, object)

    def __init__(self, analyze: Analyze | None = None, *, consecutive: int = 5, steady_fraction: float = 0.02,
                 auto_capture: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if consecutive < 1:
            raise ValueError("consecutive must be at least 1")
        self._analyze: Analyze = analyze if analyze is not None else _default_analyze()
        self.consecutive = consecutive
        self.steady_fraction = steady_fraction
        self.auto_capture = auto_capture
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._result.connect(self._on_result)
        self._sink: QVideoSink | None = None
        self._latest: QVideoFrame | None = None
        self._pending: QVideoFrame | Rgb | None = None
        self._busy = False
        self._previous: Any = None  # the previous analysed frame's report (for the motion check)
        self._previous_rgb: Rgb | None = None
        self._previous_quad: Quad | None = None
        self._streak = 0
        self._no_doc = 0
        self._armed = True
        self._failed_once = False
        self.last_report: Any = None
        self.last_frame_size: tuple[int, int] | None = None  # (width, height) of the last analysed frame
        self.frames_seen = 0
        self.frames_analyzed = 0
        self.frames_dropped = 0
        self.captures = 0

    # -- wiring --------------------------------------------------------------------------------------------
    def attach(self, sink: QVideoSink) -> None:
        """Analyse the frames of this sink (a camera's or a media player's)."""
        self.detach()
        self._sink = sink
        sink.videoFrameChanged.connect(self.submit_frame)

    def detach(self) -> None:
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self.submit_frame)
            self._sink = None
        self._pending = None
        self._latest = None

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Detach and wait for the worker (call before the app quits)."""
        self.detach()
        self._pool.waitForDone(timeout_ms)

    def wait_idle(self, timeout_ms: int = 5000) -> bool:
        return bool(self._pool.waitForDone(timeout_ms))

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def armed(self) -> bool:
        return self._armed

    def rearm(self) -> None:
        """Allow the next auto-capture (the station calls this when the operator wants another read)."""
        self._armed = True
        self._streak = 0

    # -- frames in -----------------------------------------------------------------------------------------
    @Slot(QVideoFrame)
    def submit_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return
        frame = QVideoFrame(frame)  # our own reference to the shared buffer
        self._latest = frame
        self._enqueue(frame)

    def submit_rgb(self, rgb: Rgb) -> None:
        """Analyse an RGB frame that did not come from a sink (same rules)."""
        self._enqueue(rgb)

    def _enqueue(self, frame: QVideoFrame | Rgb) -> None:
        self.frames_seen += 1
        if self._busy:
            if self._pending is not None:
                self.frames_dropped += 1
            self._pending = frame
            return
        self._start(frame)

    def _start(self, frame: QVideoFrame | Rgb) -> None:
        self._busy = True
        self._pool.start(_Job(self, frame, self._previous))

    def capture_now(self) -> Rgb | None:
        """The newest frame as RGB (None before the first frame). Does not touch the auto-capture state."""
        if self._latest is not None:
            return video_frame_to_rgb(self._latest)
        return None if self._previous_rgb is None else self._previous_rgb.copy()

    # -- results back on the GUI thread --------------------------------------------------------------------
    @Slot(object, object, object, object)
    def _on_result(self, rgb: Rgb | None, report: Any, err: BaseException | None,
                   frame: QVideoFrame | None) -> None:
        self._busy = False
        if err is not None:
            log.error("live analysis failed: %s", type(err).__name__)
            if not self._failed_once:
                self._failed_once = True
                self.error.emit(ANALYSIS_FAILED)
        elif rgb is not None:
            self._handle(rgb, report, frame)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._start(pending)

    def _handle(self, rgb: Rgb, report: Any, frame: QVideoFrame | None) -> None:
        self.frames_analyzed += 1
        quad = report_quad(report)
        steady = True
        if quad is not None and self._previous_quad is not None:
            steady = quad_shift(quad, self._previous_quad) <= self.steady_fraction
        self._previous = report
        self._previous_rgb = rgb
        self._previous_quad = quad
        self.last_report = report
        self.last_frame_size = (int(rgb.shape[1]), int(rgb.shape[0]))
        self.hints_changed.emit(report)
        self.quad_changed.emit(quad)

        self._no_doc = self._no_doc + 1 if quad is None else 0
        if not self._armed and self._no_doc >= self.consecutive:
            self._armed = True  # the document left the view: the next one may be captured
        passed = bool(getattr(report, "all_pass", False))
        if passed and steady:
            self._streak += 1
        elif passed:
            self._streak = 1  # moved: this frame starts a new streak
        else:
            self._streak = 0
        if self.auto_capture and self._armed and self._streak >= self.consecutive:
            self._armed = False
            self._streak = 0
            self.captures += 1
            # the kept still comes from Qt's exact conversion of the very frame that passed
            exact = video_frame_to_rgb(frame) if frame is not None else None
            self.auto_captured.emit(exact if exact is not None else rgb.copy())

