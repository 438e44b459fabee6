"""Qt video frames and images as numpy RGB arrays (always copies: Qt may reuse the buffer right after)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame

Rgb = npt.NDArray[np.uint8]

# 32-bit formats whose bytes in memory are B, G, R, X/A on little-endian machines (0xAARRGGBB words).
_BGRX = {QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32, QImage.Format.Format_ARGB32_Premultiplied}
# Byte-ordered R, G, B, X/A formats.
_RGBX = {QImage.Format.Format_RGBX8888, QImage.Format.Format_RGBA8888, QImage.Format.Format_RGBA8888_Premultiplied}


def qimage_to_rgb(image: QImage) -> Rgb | None:
    """A QImage as an H×W×3 uint8 RGB copy, or None for a null image."""
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        return None
    fmt = image.format()
    little = np.little_endian
    if (fmt in _BGRX and little) or fmt in _RGBX:
        channels = 4
    elif fmt == QImage.Format.Format_RGB888:
        channels = 3
    else:
        image = image.convertToFormat(QImage.Format.Format_RGB888)
        fmt = QImage.Format.Format_RGB888
        channels = 3
    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height).reshape(height, stride)
    pixels = raw[:, : width * channels].reshape(height, width, channels)
    if fmt in _BGRX:
        return np.ascontiguousarray(pixels[:, :, 2::-1])  # B,G,R -> R,G,B (a copy)
    return np.array(pixels[:, :, :3], dtype=np.uint8, copy=True, order="C")


def video_frame_to_rgb(frame: QVideoFrame) -> Rgb | None:
    """The frame as RGB (rotation and mirroring as the frame declares them), or None for an invalid frame.

    `QVideoFrame.toImage()` maps the frame, converts YUV/NV12/MJPEG... on the CPU when no GPU is there, and
    applies the surface transformation; it may be called from a worker thread.
    """
    if not frame.isValid():
        return None
    return qimage_to_rgb(frame.toImage())
