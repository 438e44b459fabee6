"""Split an upright MRZ band crop into its text lines and cut each one out straight, ready for the recogniser."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

RGB = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class LineCut:
    """One text line: the straightened image and the line's corners (TL, TR, BR, BL) in crop pixels."""

    image: RGB
    corners: npt.NDArray[np.float32]


def _kernel(w: int, h: int) -> npt.NDArray[np.uint8]:
    return np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, w), max(1, h))), np.uint8)


Rect = tuple[tuple[float, float], tuple[float, float], float]  # cv2.minAreaRect: centre, (long, short), degrees


def _same_extent(rects: list[Rect]) -> list[Rect]:
    """Every line stretched along its direction to the span of all of them: the lines of an MRZ are equally long
    and start at the same place, so one found shorter lost its faint end to glare or a shadow (the mask dropped
    "P<POLKIM<AB" under a glare spot) and the recogniser should see that part too."""
    if len(rects) < 2:
        return rects
    widest = max(rects, key=lambda r: r[1][0])
    rad = np.deg2rad(widest[2])
    d = np.array([np.cos(rad), np.sin(rad)])
    ends = [(float(np.dot(c, d)) - w / 2, float(np.dot(c, d)) + w / 2) for c, (w, _h), _a in rects]
    start, end = min(e[0] for e in ends), max(e[1] for e in ends)
    out: list[Rect] = []
    for ((cx, cy), (_w, h), angle), (a, b) in zip(rects, ends, strict=True):
        shift = (start + end) / 2 - (a + b) / 2
        out.append(((cx + shift * d[0], cy + shift * d[1]), (end - start, h), angle))
    return out


def split_lines(crop: RGB, char_height: float, *, max_lines: int = 4) -> list[LineCut]:
    """The text lines of `crop` (top to bottom), each deskewed and padded; [] when no line is found.

    `char_height` is the expected character height in crop pixels (the band crop is scaled to it).
    """
    gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
    u = max(6.0, char_height)
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, _kernel(round(u * 1.2), round(u * 1.2)))
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, _kernel(2, 2))
    # rules around the zone (a frame drawn on it, a card's edge) would join the lines: no glyph is that long
    rules = cv2.bitwise_or(cv2.morphologyEx(mask, cv2.MORPH_OPEN, _kernel(1, round(u * 1.8))),
                           cv2.morphologyEx(mask, cv2.MORPH_OPEN, _kernel(round(u * 3), 1)))
    mask = cv2.subtract(mask, cv2.dilate(rules, _kernel(3, 3)))
    merged = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, _kernel(round(u * 1.6), max(1, round(u * 0.15))))
    merged = cv2.morphologyEx(merged, cv2.MORPH_OPEN, _kernel(round(u * 0.6), round(u * 0.45)))
    contours, _ = cv2.findContours(merged, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    _h, w = gray.shape[:2]
    rects = []
    for contour in contours:
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        if rw < rh:
            rw, rh, angle = rh, rw, angle + 90.0
        angle = ((angle + 90.0) % 180.0) - 90.0
        if rw < 0.35 * w or not (0.5 * u <= rh <= 2.2 * u) or abs(angle) > 8:
            continue
        rects.append(((cx, cy), (rw, rh), angle))
    rects.sort(key=lambda r: r[0][1])
    if len(rects) > max_lines:
        rects = sorted(rects, key=lambda r: -r[1][0])[:max_lines]
        rects.sort(key=lambda r: r[0][1])
    lines: list[LineCut] = []
    for (cx, cy), (rw, rh), angle in _same_extent(rects):
        out_h = round(max(rh, u) * 1.5)
        out_w = round(rw + u * 1.2)
        rad = np.deg2rad(angle)
        c, s = float(np.cos(rad)), float(np.sin(rad))
        a = np.array([[c, -s], [s, c]], np.float64)
        t = np.array([cx, cy], np.float64) - a @ np.array([out_w / 2, out_h / 2], np.float64)
        m = np.hstack([a, t[:, None]])
        line = cv2.warpAffine(crop, m, (out_w, out_h), flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                              borderMode=cv2.BORDER_REPLICATE)
        local = np.array([[-rw / 2, -rh / 2], [rw / 2, -rh / 2], [rw / 2, rh / 2], [-rw / 2, rh / 2]], np.float64)
        corners = (local @ a.T + np.array([cx, cy], np.float64)).astype(np.float32)
        lines.append(LineCut(line.astype(np.uint8), corners))
    return lines
