"""Webcams through Qt Multimedia: list them, pick a format that gives MRZ characters enough pixels, stream into a
QVideoSink (the same sink type a QMediaPlayer feeds, so `LiveAnalyzer` works on both).

A missing, busy, refused or unplugged camera becomes one sentence on `error(str)`; nothing raises.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCameraPermission, QCoreApplication, QObject, QPermission, Qt, Signal
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrameFormat,
    QVideoSink,
)

from desktop_app.domain.notices import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# An MRZ line (44 characters) across a passport page filling ~80 % of a 1920-pixel-wide frame gives ~30 pixels
# per character; 1280x720 gives ~20, where OCR starts to fail on blur. Larger than 4K only slows the preview.
TARGET_PIXELS = 1920 * 1080
MAX_PIXELS = 4096 * 2160
MIN_FPS = 10.0  # below this a preview feels broken and motion blur is everywhere
GOOD_FPS = (14.5, 61.0)  # above 60 fps the camera usually trades exposure or resolution for speed

NO_CAMERA = QT_TRANSLATE_NOOP("Notices", "No camera was found; connect a webcam, or scan the document or open an image "
                                         "file instead.")
CAMERA_GONE = QT_TRANSLATE_NOOP("Notices", "The camera was disconnected; plug it in again or choose another camera.")
CAMERA_BUSY = QT_TRANSLATE_NOOP("Notices", "The camera could not be started (another program may be using it); close "
                                           "that program and try again.")
CAMERA_DENIED = QT_TRANSLATE_NOOP("Notices", "The station is not allowed to use the camera; allow camera access in the "
                                             "system settings.")
NO_SUCH_CAMERA = QT_TRANSLATE_NOOP("Notices", "The chosen camera is not connected; choose another camera.")

# Formats decoded without a JPEG decode per frame are slightly preferred when frame rates are equal.
_RAW_FORMATS = {QVideoFrameFormat.PixelFormat.Format_NV12, QVideoFrameFormat.PixelFormat.Format_YUYV,
                QVideoFrameFormat.PixelFormat.Format_UYVY, QVideoFrameFormat.PixelFormat.Format_YUV420P}


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """One camera the operator can choose. `id` is stable across restarts (store it in QSettings)."""

    id: str
    name: str
    is_default: bool


@dataclass(frozen=True, slots=True)
class FormatInfo:
    """The parts of a QCameraFormat the choice looks at (plain data, so the rule is easy to test)."""

    width: int
    height: int
    max_fps: float
    raw: bool = False

    @property
    def pixels(self) -> int:
        return self.width * self.height


def _device_id(device: QCameraDevice) -> str:
    return bytes(device.id().data()).decode("utf-8", "backslashreplace")


def list_cameras() -> list[CameraInfo]:
    """The cameras Qt sees now (empty offscreen, in CI or on a desk without a webcam)."""
    return [CameraInfo(_device_id(d), d.description(), d.isDefault()) for d in QMediaDevices.videoInputs()]


def find_device(camera_id: str | None) -> QCameraDevice | None:
    """The camera with this id, or the system default (else the first) when `camera_id` is None."""
    devices = QMediaDevices.videoInputs()
    if camera_id is not None:
        return next((d for d in devices if _device_id(d) == camera_id), None)
    if not devices:
        return None
    default = QMediaDevices.defaultVideoInput()
    return default if not default.isNull() else devices[0]


def format_rank(fmt: FormatInfo) -> tuple[float, ...]:
    """Sort key, smallest best: usable frame rate, then enough pixels (but not absurdly many), then the smallest
    such size, or the largest when none is big enough, then a frame rate near 30, then an uncompressed format."""
    fps_known = fmt.max_fps > 0
    usable = not fps_known or fmt.max_fps >= MIN_FPS
    good_fps = not fps_known or GOOD_FPS[0] <= fmt.max_fps <= GOOD_FPS[1]
    big_enough = fmt.pixels >= TARGET_PIXELS and min(fmt.width, fmt.height) >= 1080
    not_absurd = fmt.pixels <= MAX_PIXELS
    size_key = fmt.pixels if big_enough else -fmt.pixels
    fps_key = abs(min(fmt.max_fps, 60.0) - 30.0) if fps_known else 15.0
    return (not usable, not (big_enough and not_absurd), not good_fps, not big_enough, size_key, fps_key,
            not fmt.raw)


def pick_format_info(formats: Sequence[FormatInfo]) -> FormatInfo | None:
    return min(formats, key=format_rank) if formats else None


def _info(fmt: QCameraFormat) -> FormatInfo:
    size = fmt.resolution()
    return FormatInfo(size.width(), size.height(), float(fmt.maxFrameRate()), fmt.pixelFormat() in _RAW_FORMATS)


def pick_format(formats: Sequence[QCameraFormat]) -> QCameraFormat | None:
    """The best QCameraFormat for reading documents (see `format_rank`), or None when the camera lists none."""
    if not formats:
        return None
    return min(formats, key=lambda f: format_rank(_info(f)))


class Camera(QObject):
    """One webcam streaming into `video_sink()`. Connect `LiveAnalyzer.attach(camera.video_sink())`."""

    error = Signal(str)  # one sentence for the operator
    active_changed = Signal(bool)

    def __init__(self, sink: QVideoSink | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sink = sink if sink is not None else QVideoSink(self)
        self._session = QMediaCaptureSession(self)
        self._session.setVideoSink(self._sink)
        self._camera: QCamera | None = None
        self._device_id: str | None = None
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._on_inputs_changed)

    def video_sink(self) -> QVideoSink:
        """Where the frames go (give it to `LiveAnalyzer.attach` and to the preview)."""
        return self._sink

    @property
    def device_id(self) -> str | None:
        return self._device_id

    @property
    def is_active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def camera_format(self) -> FormatInfo | None:
        if self._camera is None:
            return None
        fmt = self._camera.cameraFormat()
        return None if fmt.isNull() else _info(fmt)

    def start(self, camera_id: str | None = None) -> bool:
        """Start the chosen camera (default: the system's). False, with `error` emitted, when it cannot."""
        self.stop()
        device = find_device(camera_id)
        if device is None or device.isNull():
            self.error.emit(NO_SUCH_CAMERA if camera_id is not None and list_cameras() else NO_CAMERA)
            return False
        permission = self._permission(camera_id)
        if permission == "denied":
            self.error.emit(CAMERA_DENIED)
            return False
        if permission == "pending":
            return True  # started again from the permission answer
        camera = QCamera(device, self)
        fmt = pick_format(device.videoFormats())
        if fmt is not None:
            camera.setCameraFormat(fmt)
            log.info("camera format %dx%d @ %.0f fps", fmt.resolution().width(), fmt.resolution().height(),
                     fmt.maxFrameRate())
        camera.errorOccurred.connect(self._on_error)
        camera.activeChanged.connect(self.active_changed)
        self._camera = camera
        self._device_id = _device_id(device)
        self._session.setCamera(camera)
        camera.start()
        return True

    def stop(self) -> None:
        camera, self._camera = self._camera, None
        if camera is None:
            return
        camera.errorOccurred.disconnect(self._on_error)
        camera.stop()
        self._session.setCamera(None)  # type: ignore[arg-type]
        camera.deleteLater()
        self.active_changed.emit(False)

    def _permission(self, camera_id: str | None) -> str:
        """"granted", "denied" or "pending" (the system is asking the user; macOS). Never blocks."""
        app = QCoreApplication.instance()
        if app is None:
            return "granted"
        status = app.checkPermission(QCameraPermission())
        if status == Qt.PermissionStatus.Undetermined:
            def answered(permission: QPermission) -> None:
                if permission.status() == Qt.PermissionStatus.Granted:
                    self.start(camera_id)
                else:
                    self.error.emit(CAMERA_DENIED)

            app.requestPermission(QCameraPermission(), self, answered)
            return "pending"
        return "denied" if status == Qt.PermissionStatus.Denied else "granted"

    def _on_error(self, err: QCamera.Error, text: str) -> None:
        if err == QCamera.Error.NoError:
            return
        log.warning("camera error %s", err.name)
        self.stop()
        self.error.emit(CAMERA_BUSY)

    def _on_inputs_changed(self) -> None:
        if self._camera is not None and self._device_id not in {c.id for c in list_cameras()}:
            self.stop()
            self.error.emit(CAMERA_GONE)
