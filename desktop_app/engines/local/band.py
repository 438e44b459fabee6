"""Find the machine readable zone as a band of dense, regular text and cut it out upright.

The classic morphology recipe (blackhat to lift dark text off a light page, a horizontal gradient, closing to
merge characters into lines and lines into a band), run on a downscaled grey image. `minAreaRect` gives the band's
angle, so documents turned up to about +/-20 degrees (and upside down: the caller retries at 180) are deskewed.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]
RGB = npt.NDArray[np.uint8]
WORK_WIDTH = 960


@dataclass(frozen=True, slots=True)
class Band:
    """A candidate MRZ band in source-image pixels: centre, size (long side first), angle in degrees."""

    center: tuple[float, float]
    size: tuple[float, float]
    angle: float
    score: float

    def corners(self) -> npt.NDArray[np.float32]:
        """The band's four corners (TL, TR, BR, BL of the upright band) in source pixels."""
        w, h = self.size
        rad = np.deg2rad(self.angle)
        c, s = float(np.cos(rad)), float(np.sin(rad))
        local = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
        rot = np.array([[c, -s], [s, c]], np.float32)
        return (local @ rot.T + np.array(self.center, np.float32)).astype(np.float32)


def to_gray(rgb: RGB) -> Gray:
    return np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)


def _kernel(w: int, h: int) -> npt.NDArray[np.uint8]:
    return np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, (max(1, w), max(1, h))), np.uint8)


def _candidates(small: Gray, unit: float) -> list[tuple[float, tuple[tuple[float, float], tuple[float, float], float]]]:
    """Band candidates at one scale; `unit` is the expected character height in work pixels."""
    u = max(4.0, unit)
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, _kernel(round(u * 1.6), round(u * 1.2)))
    grad = cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=3)
    grad = np.abs(grad)
    lo, hi = float(grad.min()), float(grad.max())
    if hi - lo < 1e-3:
        return []
    grad8 = ((grad - lo) / (hi - lo) * 255).astype(np.uint8)
    closed = cv2.morphologyEx(grad8, cv2.MORPH_CLOSE, _kernel(round(u * 1.4), max(1, round(u * 0.3))))
    _, thresh = cv2.threshold(closed, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    thresh = cv2.morphologyEx(thresh, cv2.MORPH_CLOSE, _kernel(round(u * 1.2), round(u * 1.2)))
    square = _kernel(3, 3)
    thresh = cv2.erode(thresh, square, iterations=2)
    thresh = cv2.dilate(thresh, square, iterations=2)
    contours, _ = cv2.findContours(thresh, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    h, w = small.shape[:2]
    out = []
    for contour in contours:
        if cv2.contourArea(contour) < (u * u * 8):
            continue
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        if rw < rh:
            rw, rh, angle = rh, rw, angle + 90.0
        angle = ((angle + 90.0) % 180.0) - 90.0  # -90..90: the long side as near horizontal as possible
        if abs(angle) > 35 or rh < u * 0.8:
            continue
        aspect = rw / max(rh, 1.0)
        if aspect < 4.0 or rw < 0.25 * max(w, h):
            continue
        # how much of the rectangle is ink-like (a band of text is dense)
        fill = cv2.contourArea(contour) / max(rw * rh, 1.0)
        score = rw * min(aspect, 20.0) * fill
        out.append((score, ((cx, cy), (rw, rh), angle)))
    return out


def shrink_to(image: npt.NDArray[np.uint8], long_side: float) -> tuple[npt.NDArray[np.uint8], float]:
    """(the image scaled down so its longer side is at most `long_side`, the scale used); never enlarged."""
    h, w = image.shape[:2]
    scale = min(1.0, long_side / max(w, h))
    if scale >= 1:
        return image, scale
    size = (round(w * scale), round(h * scale))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), np.uint8), scale


def find_bands(rgb: RGB, max_bands: int = 3) -> list[Band]:
    """The most MRZ-like bands, best first (may be empty)."""
    small, scale = shrink_to(to_gray(rgb), WORK_WIDTH)
    sw = max(small.shape[:2])
    found: list[tuple[float, tuple[tuple[float, float], tuple[float, float], float]]] = []
    for frac in (0.017, 0.011, 0.026):  # character height as a share of the long side
        found = _candidates(small, frac * sw)
        if found:
            break
    found.sort(key=lambda item: -item[0])
    bands: list[Band] = []
    for score, ((cx, cy), (rw, rh), angle) in found[:max_bands]:
        bands.append(Band(center=(cx / scale, cy / scale), size=(rw / scale, rh / scale), angle=angle, score=score))
    return bands


def measure_char_height(gray: Gray) -> float | None:
    """Typical character height (pixels) of the dark text in `gray`: the upper quartile of glyph heights.

    MRZ glyphs are many components of one height; fillers ('<') are shorter, hence the upper quartile.
    """
    h, _w = gray.shape[:2]
    k = max(3, round(h / 6))
    blackhat = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, _kernel(k * 2 + 1, k * 2 + 1))
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    heights = []
    for i in range(1, count):
        cw, ch, area = stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT], stats[i, cv2.CC_STAT_AREA]
        if ch < 4 or area < 8 or cw > ch * 2.5 or ch > h * 0.6:
            continue
        heights.append(float(ch))
    if len(heights) < 12:
        return None
    return float(np.percentile(heights, 75))


@dataclass(frozen=True, slots=True)
class BandCrop:
    """An upright band image and the way back to source pixels."""

    image: RGB
    matrix: npt.NDArray[np.float64]  # 2x3: unturned crop pixels -> source pixels
    turned: bool

    def to_source(self, points: npt.NDArray[np.floating]) -> npt.NDArray[np.float32]:
        pts = np.asarray(points, np.float64).reshape(-1, 2)
        if self.turned:
            h, w = self.image.shape[:2]
            pts = np.array([w, h], np.float64) - pts
        out = pts @ self.matrix[:, :2].T + self.matrix[:, 2]
        return out.astype(np.float32)


def crop_band(rgb: RGB, band: Band, *, char_height: int = 32, pad_x: float = 0.04, pad_y: float = 0.45,
              turn: bool = False, source_char_height: float | None = None) -> RGB:
    """The band image only (see `cut_band`)."""
    return cut_band(rgb, band, char_height=char_height, pad_x=pad_x, pad_y=pad_y, turn=turn,
                    source_char_height=source_char_height).image


def cut_band(rgb: RGB, band: Band, *, char_height: int = 32, pad_x: float = 0.04, pad_y: float = 0.45,
             turn: bool = False, source_char_height: float | None = None) -> BandCrop:
    """The band cut out upright (turned 180 degrees when `turn`), scaled so MRZ characters are ~`char_height` px.

    `source_char_height` is the measured character height in the source; without it the band's height is
    taken to hold 2 or 3 lines at a pitch of ~1.55 character heights.
    """
    w, h = band.size
    out_w, out_h = w * (1 + 2 * pad_x), h * (1 + 2 * pad_y)
    if source_char_height is None:
        # guess the line count from the aspect: TD1 bands are about 6:1, TD2/TD3 11-14:1
        lines = 3 if w / max(h, 1.0) < 8.0 else 2
        source_char_height = h / (lines * 1.55)
    zoom = float(np.clip(char_height / max(source_char_height, 1.0), 0.2, 4.0))
    dst_w, dst_h = max(8, round(out_w * zoom)), max(8, round(out_h * zoom))
    rad = np.deg2rad(band.angle)
    c, s = float(np.cos(rad)), float(np.sin(rad))
    # source = centre + R @ ((dst - dst_centre) / zoom)
    a = np.array([[c / zoom, -s / zoom], [s / zoom, c / zoom]], np.float64)
    t = np.array(band.center, np.float64) - a @ np.array([dst_w / 2, dst_h / 2], np.float64)
    m = np.hstack([a, t[:, None]])
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    crop = cv2.warpAffine(rgb, m, (dst_w, dst_h), flags=flags, borderMode=cv2.BORDER_REPLICATE)
    if turn:
        crop = np.ascontiguousarray(crop[::-1, ::-1])
    return BandCrop(np.asarray(crop, np.uint8), m, turn)


def band_char_height(rgb: RGB, band: Band) -> float | None:
    """The MRZ character height in source pixels, measured inside the band (None when it cannot be told)."""
    probe = crop_band(rgb, band, char_height=24, pad_x=0.0, pad_y=0.1)
    guess_zoom = probe.shape[0] / (band.size[1] * 1.2)
    measured = measure_char_height(to_gray(probe))
    if measured is None or guess_zoom <= 0:
        return None
    return float(measured / guess_zoom)
