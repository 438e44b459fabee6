"""The picture the operator looks at: camera preview frames or a still, with the quality overlay on top.

The overlay draws the document outline (quad) and each failing check's region, plus one line of text per
hint ("Move closer", "Glare on the photo"…), green when every check passes. Reports come from
`imaging.quality` (via the camera's LiveAnalyzer or the station's own check of a still); anything with
`checks` (name, status, hint, region) and `all_pass` works.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.station.quality_texts import hint_text
from desktop_app.ui import theme

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt


def rgb_view(rgb: npt.NDArray[np.uint8]) -> tuple[QImage, npt.NDArray[np.uint8]]:
    """A QImage over the array's pixels without copying them, and the array it reads from: the caller keeps
    the array alive as long as the image (a scan's still is 5..10 MB; copying it on the GUI thread took up to
    24 ms while a batch ran)."""
    import numpy as np

    array = np.ascontiguousarray(rgb)
    height, width = int(array.shape[0]), int(array.shape[1])
    return QImage(array.data, width, height, int(array.strides[0]), QImage.Format.Format_RGB888), array


def _points(region: Any) -> list[tuple[float, float]]:
    """Region as points: a quad/polygon [[x, y], ...] or a box (x, y, w, h)."""
    if region is None:
        return []
    try:
        seq = list(region)
    except TypeError:
        return []
    if len(seq) == 4 and all(isinstance(v, (int, float)) or getattr(v, "ndim", 1) == 0 for v in seq):
        x, y, w, h = (float(v) for v in seq)
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    points: list[tuple[float, float]] = []
    for p in seq:
        try:
            points.append((float(p[0]), float(p[1])))
        except (TypeError, IndexError, ValueError):
            return []
    return points


def _status(check: Any) -> str:
    return str(getattr(check, "status", "") or (check.get("status") if isinstance(check, dict) else ""))


_display_pool: list[ThreadPoolExecutor] = []


def _smooth_worker() -> ThreadPoolExecutor:
    """One thread that scales stills for display, so the GUI thread never smooths a 10-megapixel picture."""
    if not _display_pool:
        _display_pool.append(ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-display"))
    return _display_pool[0]


def _resized(pixels: npt.NDArray[np.uint8], size: tuple[int, int]) -> npt.NDArray[np.uint8]:
    import cv2
    import numpy as np

    return np.ascontiguousarray(cv2.resize(pixels, size, interpolation=cv2.INTER_AREA))


def _attr(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


class LiveView(QWidget):
    """Paints the current frame scaled to fit, then the overlay.

    A still is drawn at once with a fast scaling, and again when a worker has smoothed it to the view's size
    (OpenCV's area filter; once per size). Camera frames are small and replaced 30 times a second: Qt smooths
    them while painting."""

    _smoothed = Signal(object, object, object)  # (the pixels it came from, (w, h), Future of the scaled array)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveView")
        self.setAccessibleName(self.tr("Document picture"))
        self.setMinimumSize(QSize(320, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None
        self._pixels: Any = None  # a still's array that `_image` reads from (kept alive with it)
        self._smooth: tuple[tuple[int, int], QImage, Any] | None = None  # (size, image, its array) from the worker
        self._smooth_wanted: tuple[int, int] | None = None  # the size asked of the worker
        self._smoothed.connect(self._on_smoothed)
        self._report: Any = None
        self._placeholder = self.tr("Place the document under the camera and press Space,\n"
                                    "or drop, paste or open an image file.")
        self._caption = ""
        self._note = ""  # said instead of the placeholder until the next picture (a scan whose picture is gone)
        self._report_size: tuple[int, int] | None = None  # (w, h) the report's coordinates refer to

    # -- content
    def show_image(self, image: QImage | None, caption: str = "", *, pixels: Any = None) -> None:
        self._image = image
        self._pixels = pixels
        self._smooth = self._smooth_wanted = None
        self._caption = caption
        self.update()

    def show_rgb(self, rgb: npt.NDArray[np.uint8] | None, caption: str = "") -> None:
        if rgb is None:
            self.show_image(None, caption)
            return
        image, pixels = rgb_view(rgb)
        self.show_image(image, caption, pixels=pixels)

    def set_report(self, report: Any, frame_size: tuple[int, int] | None = None) -> None:
        self._report = report
        size = frame_size or _attr(report, "frame_size") if report is not None else None
        self._report_size = (int(size[0]), int(size[1])) if size else None
        description = ", ".join(self.hints()) or (self.tr("All checks pass") if self.all_pass() else "")
        self.setAccessibleDescription(description)
        self.update()

    def clear(self, note: str = "") -> None:
        """No picture; `note` says why in place of the placeholder (empty: the placeholder)."""
        self._note = note
        self._image = None
        self._pixels = None
        self._smooth = self._smooth_wanted = None
        self._report = None
        self._caption = ""
        self.update()

    def has_image(self) -> bool:
        return self._image is not None

    # -- report helpers
    def checks(self) -> Sequence[Any]:
        return list(_attr(self._report, "checks") or []) if self._report is not None else []

    def all_pass(self) -> bool:
        return bool(self._report is not None and _attr(self._report, "all_pass"))

    def hints(self) -> list[str]:
        out = []
        for check in self.checks():
            hint = hint_text(check)
            if hint and _status(check) == "fail":
                out.append(hint)
        return out

    # -- painting
    def _lines(self) -> list[str]:
        lines = self.hints()
        if self._report is not None and not lines and self.all_pass():
            lines = [self.tr("Good: hold still")]
        return [self._caption, *lines] if self._caption else lines

    def _strip_height(self) -> int:
        """Room under the picture for the caption and hints, so they never cover the document."""
        lines = self._rows()
        return (self._line_height() * len(lines) + 8) if lines else 0

    def _strip_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.1)
        font.setBold(True)
        return font

    def _line_height(self) -> int:
        from PySide6.QtGui import QFontMetrics

        return QFontMetrics(self._strip_font()).height() + 6

    def _rows(self) -> list[tuple[str, str]]:
        """The strip's rows as (text, kind: caption, bad, good), each hint with its mark and wrapped at word
        boundaries to the view's width (a long hint in kiosk fonts was cut off)."""
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(self._strip_font())
        room = max(40, self.width() - 20)
        rows: list[tuple[str, str]] = []
        for i, line in enumerate(self._lines()):
            if self._caption and i == 0:
                rows.append((line, "caption"))
                continue
            kind = "good" if self.all_pass() else "bad"
            words = (("✓ " if kind == "good" else "✗ ") + line).split(" ")
            current = ""
            for word in words:
                candidate = f"{current} {word}" if current else word
                if current and metrics.horizontalAdvance(candidate) > room:
                    rows.append((current, kind))
                    current = "   " + word
                else:
                    current = candidate
            rows.append((current, kind))
        return rows

    def _target(self) -> QRectF:
        assert self._image is not None
        area = QSize(self.width(), max(1, self.height() - self._strip_height()))
        size = self._image.size().scaled(area, Qt.AspectRatioMode.KeepAspectRatio)
        x = (area.width() - size.width()) / 2
        y = (area.height() - size.height()) / 2
        return QRectF(x, y, size.width(), size.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base).darker(108))
        if self._image is None:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            painter.setFont(font)
            painter.drawText(self.rect().adjusted(16, 16, -16, -16),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._note or self._placeholder)
            painter.end()
            return
        target = self._target()
        smooth = self._smooth_for(target)
        if smooth is not None:
            painter.drawImage(target.topLeft(), smooth)
        else:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self._pixels is None)
            painter.drawImage(target, self._image)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self._paint_overlay(painter, target)
        painter.end()

    def _smooth_for(self, target: QRectF) -> QImage | None:
        """The still smoothed to the target's device pixels, or None while the worker scales it (asked here)."""
        pixels = self._pixels
        if pixels is None:
            return None
        ratio = self.devicePixelRatioF()
        size = (max(1, round(target.width() * ratio)), max(1, round(target.height() * ratio)))
        if self._smooth is not None and self._smooth[0] == size:
            return self._smooth[1]
        if self._smooth_wanted != size:
            self._smooth_wanted = size
            future = _smooth_worker().submit(_resized, pixels, size)
            future.add_done_callback(lambda done: self._deliver(pixels, size, done))
        return None

    def _deliver(self, pixels: Any, size: tuple[int, int], done: Future[Any]) -> None:
        """Worker thread: hand the scaled array to the GUI thread (a queued signal)."""
        with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
            self._smoothed.emit(pixels, size, done)

    def _on_smoothed(self, pixels: Any, size: tuple[int, int], done: Future[Any]) -> None:
        if pixels is not self._pixels or size != self._smooth_wanted or done.exception() is not None:
            return  # another picture or size by now (or the scaling failed: the fast drawing stays)
        image, array = rgb_view(done.result())
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self._smooth = (size, image, array)
        self.update()

    def _map(self, target: QRectF, points: list[tuple[float, float]]) -> QPolygonF:
        assert self._image is not None
        width, height = self._report_size or (self._image.width(), self._image.height())
        sx = target.width() / max(1, width)
        sy = target.height() / max(1, height)
        return QPolygonF([QPointF(target.x() + x * sx, target.y() + y * sy) for x, y in points])

    def _paint_overlay(self, painter: QPainter, target: QRectF) -> None:
        colors = theme.colors()
        if self._report is not None:
            ok = self.all_pass()
            quad = _points(_attr(self._report, "quad"))
            if quad:
                pen = QPen(QColor(colors.overlay_ok if ok else colors.overlay_bad), 3)
                painter.setPen(pen)
                painter.drawPolygon(self._map(target, quad))
            for check in self.checks():
                if _status(check) != "fail":
                    continue
                region = _points(_attr(check, "region"))
                if region:
                    pen = QPen(QColor(colors.overlay_bad), 2, Qt.PenStyle.DashLine)
                    painter.setPen(pen)
                    painter.drawPolygon(self._map(target, region))
        rows = self._rows()
        if not rows:
            return
        painter.setFont(self._strip_font())
        height = self._line_height()
        box = QRectF(0, self.height() - self._strip_height(), self.width(), self._strip_height())
        painter.fillRect(box, QColor(0, 0, 0, 200))
        for i, (text, kind) in enumerate(rows):
            painter.setPen(QColor({"bad": "#ffb4ab", "caption": "#ffffff"}.get(kind, "#b8f5c0")))
            painter.drawText(QRectF(box.x() + 10, box.y() + 4 + i * height, box.width() - 20, height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
