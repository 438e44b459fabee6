"""The camera (or any QVideoSink) as the station sees it: frames for the live view, the live quality report,
and camera stills (auto-captured or taken on request) with that report.

`attach(sink)` takes frames from a camera's sink or a media player's (tests play a video file);
`start_camera(id)` opens a camera through `capture.camera.Camera`. The window shows `frame_ready` images (made
only while `showing()` says the view is visible) and draws `report_changed`; it never touches the capture classes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.notices import Notice

if TYPE_CHECKING:
    from desktop_app.imaging.intake import Still


def camera_still(rgb: Any) -> Still:
    """A camera frame as a still (already decoded: no source bytes)."""
    from desktop_app.imaging.intake import Still

    return Still(rgb=rgb, source_bytes=b"", source_mime="image/x-raw-rgb", name="camera")


class CameraFeed(QObject):
    frame_ready = Signal(object)  # QImage of the newest frame, while `showing()`
    report_changed = Signal(object, object)  # QualityReport, frame size (width, height)
    captured = Signal(object, object)  # Still, its QualityReport (or None): an auto-capture
    message = Signal(object)  # one sentence (a `Notice`: the camera's and the analyser's are marked templates)

    def __init__(self, *, auto_capture_frames: int, analyze: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from desktop_app.capture.live import LiveAnalyzer

        self._sink: Any = None
        self._camera: Any = None
        self.showing: Callable[[], bool] = lambda: True  # the window: whether its live view is visible
        self.analyzer = LiveAnalyzer(analyze, consecutive=max(1, auto_capture_frames),
                                     auto_capture=auto_capture_frames > 0, parent=self)
        self.analyzer.hints_changed.connect(lambda report: self.report_changed.emit(
            report, self.analyzer.last_frame_size))
        self.analyzer.auto_captured.connect(lambda rgb: self.captured.emit(camera_still(rgb),
                                                                           self.analyzer.last_report))
        self.analyzer.error.connect(lambda text: self.message.emit(Notice(text)))
        self.frames_shown = 0

    def attach(self, sink: Any) -> None:
        self.detach()
        self._sink = sink
        sink.videoFrameChanged.connect(self._frame)
        self.analyzer.attach(sink)

    def detach(self) -> None:
        if self._sink is not None:
            self._sink.videoFrameChanged.disconnect(self._frame)
            self.analyzer.detach()
            self._sink = None

    def start_camera(self, camera_id: str) -> bool:
        from desktop_app.capture.camera import Camera

        if self._camera is None:
            self._camera = Camera(parent=self)
            self._camera.error.connect(lambda text: self.message.emit(Notice(text)))
        if not self._camera.start(camera_id or None):
            return False
        self.attach(self._camera.video_sink())
        return True

    def active(self) -> bool:
        return self._sink is not None

    def capture_now(self) -> tuple[Still, Any] | None:
        """The newest frame as a still with its quality report, or None before the first frame."""
        rgb = self.analyzer.capture_now()
        return None if rgb is None else (camera_still(rgb), self.analyzer.last_report)

    def stop(self) -> None:
        self.detach()
        if self._camera is not None:
            self._camera.stop()
        self.analyzer.shutdown()

    def _frame(self, frame: Any) -> None:
        if not self.showing() or not frame.isValid():
            return
        image = frame.toImage()
        if not image.isNull():
            self.frames_shown += 1
            self.frame_ready.emit(image)


def cameras() -> list[tuple[str, str]]:
    """(id, name) of the cameras Qt sees now (empty offscreen, in CI or on a desk without a webcam)."""
    from desktop_app.capture.camera import list_cameras

    return [(info.id, info.name) for info in list_cameras()]
