"""Find the machine readable zone as a band of dense, regular text and cut it out upright.

The classic morphology recipe (blackhat to lift dark text off a light page, a horizontal gradient, closing to
merge characters into lines and lines into a band), run on a downscaled grey image. `minAreaRect` gives the band's
angle, so documents turned up to about +/-20 degrees (and upside down: the caller retries at 180) are deskewed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

Gray = npt.NDArray[np.uint8]
RGB = npt.NDArray[np.uint8]


@dataclass(frozen=True, slots=True)
class Band:
    """A candidate MRZ band in source-image pixels: centre, size (long side first), angle in degrees."""

    center: tuple[float, float]
    size: tuple[float, float]
    angle: float
    score: float
    lines: int = 0  # text lines the finder stacked into it (0: not known)
    unit: float | None = None  # character height in source pixels as the finder saw it

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


# Character heights tried, as a share of the image's longer side: a passport page filling the frame has MRZ
# characters near 0.018, a card near 0.027, a document in a wider scene or a scan with margins smaller.
CHAR_FRACTIONS = (0.008, 0.012, 0.018, 0.027, 0.04)
SEARCH_UNIT = 9.0  # each search runs on a copy scaled so the tried character height is this many pixels
MIN_SOURCE_UNIT = 3.0  # characters smaller than this (source pixels) cannot be read: that scale is skipped
SEARCH_LONG_SIDE = 1600  # the smallest tried character (0.008) is still ~13 px at this size
MRZ_LINE_ASPECT = (18.0, 62.0)  # an MRZ line is 30-44 characters: length / height of its rectangle
MIN_LINE_UNITS = 10  # an MRZ line is at least this many character heights long (30 characters, some lost)
STRONG_BAND = 150.0  # a band whose lines have an MRZ's proportions and count (see _band_from_chain)
MIN_BACKGROUND = 32.0  # grey level below which a background counts as dark as this (noise is not lifted further)


@dataclass(frozen=True, slots=True)
class _Line:
    """A text line found at one scale: centre, length, height (search pixels), direction in degrees."""

    cx: float
    cy: float
    length: float
    height: float
    angle: float

    def axes(self) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        rad = np.deg2rad(self.angle)
        along = np.array([np.cos(rad), np.sin(rad)])
        return along, np.array([-along[1], along[0]])

    def corners(self) -> npt.NDArray[np.float64]:
        along, normal = self.axes()
        c = np.array([self.cx, self.cy])
        a, n = along * self.length / 2, normal * self.height / 2
        return np.array([c - a - n, c + a - n, c + a + n, c - a + n])


def _text_lines(gray: Gray, u: float) -> list[_Line]:
    """Lines (and pieces of lines, 2+ characters) of dense vertical strokes about `u` pixels high, running within
    40 degrees of the x axis.

    The classic recipe (blackhat lifts dark text off a light page, a horizontal gradient, a closing merges the
    characters of a line) with only horizontal merging, so lines stay apart; vertical rules (a frame drawn around
    the zone, a table's border) are removed first because they would join the lines through their ends.
    """
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, _kernel(round(u * 1.6), round(u * 1.2)))
    # the blackhat (background minus ink) as a share of the local background: text in a shadow is as strong as
    # text in the light (uneven light dropped an MRZ line's shadowed start, and the crop cut its first letters)
    ink = cv2.subtract(background, gray).astype(np.float32)
    blackhat = ink / np.maximum(background.astype(np.float32), np.float32(MIN_BACKGROUND))
    grad = np.abs(cv2.Sobel(blackhat, cv2.CV_32F, 1, 0, ksize=3))
    top = float(grad.max())
    if top < 1.0 / 255.0:
        return []
    grad8 = cv2.convertScaleAbs(grad, alpha=255.0 / top)
    closed = cv2.morphologyEx(grad8, cv2.MORPH_CLOSE, _kernel(round(u * 1.3), 1))
    _, mask = cv2.threshold(closed, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    rules = cv2.morphologyEx(mask, cv2.MORPH_OPEN, _kernel(1, round(u * 2.5)))
    mask = cv2.subtract(mask, cv2.dilate(rules, _kernel(3, 1)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, _kernel(round(u), round(u * 0.35)))
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, _kernel(round(u * 0.5), round(u * 0.5)))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    lines = []
    for contour in contours:
        if cv2.contourArea(contour) < u * u * 1.5:
            continue
        (cx, cy), (rw, rh), angle = cv2.minAreaRect(contour)
        if rw < rh:
            rw, rh, angle = rh, rw, angle + 90.0
        angle = ((angle + 90.0) % 180.0) - 90.0
        if abs(angle) <= 40 and 0.6 * u <= rh <= 2.0 * u and rw >= 2 * u:
            lines.append(_Line(float(cx), float(cy), float(rw), float(rh), float(angle)))
    return lines


def _joined(first: _Line, second: _Line) -> _Line:
    """One line covering both (in `first`'s direction)."""
    along, normal = first.axes()
    corners = np.vstack([first.corners(), second.corners()])
    a, n = corners @ along, corners @ normal
    center = along * (a.max() + a.min()) / 2 + normal * (n.max() + n.min()) / 2
    return _Line(float(center[0]), float(center[1]), float(a.max() - a.min()), float(n.max() - n.min()), first.angle)


def _join_collinear(lines: list[_Line], u: float) -> list[_Line]:
    """Pieces of one text line broken by a wider gap (a faint filler run, glare, a guilloche crossing) joined:
    parallel, on the same axis, ends less than ~2.5 characters apart."""
    pieces = list(lines)
    # Each join starts the scan over (the first joinable pair in order is joined first), but a pair of pieces found
    # apart stays apart: only pairs with the newly joined piece are tested again. Pieces are named by a number that
    # changes when the piece does.
    names = list(range(len(pieces)))
    fresh = itertools.count(len(pieces))
    apart: set[tuple[int, int]] = set()
    merged = True
    while merged:
        merged = False
        for i, first in enumerate(pieces):
            along, normal = first.axes()
            for j in range(i + 1, len(pieces)):
                pair = (names[i], names[j])
                if pair in apart:
                    continue
                other = pieces[j]
                if abs(((other.angle - first.angle + 90.0) % 180.0) - 90.0) > 3.0:
                    apart.add(pair)
                    continue
                offset = np.array([other.cx - first.cx, other.cy - first.cy])
                gap = abs(float(offset @ along)) - (first.length + other.length) / 2
                if abs(float(offset @ normal)) <= 0.4 * max(first.height, other.height) and gap <= 2.5 * u:
                    pieces[i] = _joined(first, other)
                    names[i] = next(fresh)
                    del pieces[j], names[j]
                    merged = True
                    break
                apart.add(pair)
            if merged:
                break
    return pieces


def _next_line(lines: list[_Line], first: _Line, u: float) -> _Line | None:
    """The line just below `first` that belongs to the same MRZ: parallel, one line pitch down, ends aligned."""
    along, normal = first.axes()
    best: tuple[float, _Line] | None = None
    for other in lines:
        if other is first or abs(((other.angle - first.angle + 90.0) % 180.0) - 90.0) > 4.0:
            continue
        offset = np.array([other.cx - first.cx, other.cy - first.cy])
        down, shift = float(offset @ normal), float(offset @ along)
        height = (first.height + other.height) / 2
        if not 1.0 * height <= down <= 3.2 * height:
            continue
        left_gap = abs(shift - other.length / 2 + first.length / 2)
        right_gap = abs(shift + other.length / 2 - first.length / 2)
        # MRZ lines are equally long and start at one edge; glare or a finger may hide the end of one line, so a
        # line that starts with the other one may be as short as half of it
        shortest = 0.5 if left_gap <= 3 * u else 0.7
        if min(left_gap, right_gap) > 3 * u or min(first.length, other.length) < shortest * max(first.length,
                                                                                                 other.length):
            continue
        if best is None or down < best[0]:
            best = (down, other)
    return best[1] if best is not None else None


def _chains(lines: list[_Line], u: float) -> list[tuple[list[_Line], bool]]:
    """Runs of 2 and 3 lines that stack like an MRZ (each line with the one below it), each with whether it is
    the whole block: an MRZ is a block of 2 or 3 lines, where a paragraph (an invoice on the desk, a page of
    print) has more lines stacked the same way."""
    below = {id(line): _next_line(lines, line, u) for line in lines}
    has_above = {id(nxt) for nxt in below.values() if nxt is not None}
    chains: list[tuple[list[_Line], bool]] = []
    for line in lines:
        second = below[id(line)]
        if second is None:
            continue
        third = below[id(second)]
        chains.append(([line, second], third is None and id(line) not in has_above))
        if third is not None:
            chains.append(([line, second, third], below[id(third)] is None and id(line) not in has_above))
    return chains


def _band_from_chain(chain: list[_Line], scale: float, transposed: bool, whole: bool) -> Band:
    """The chain's enclosing band in source pixels; its angle is the reading direction of the lines as found."""
    corners = np.vstack([line.corners() for line in chain])
    along, _ = chain[0].axes()
    if transposed:  # the search ran on the transposed image: swap x and y back
        corners, along = corners[:, ::-1], along[::-1]
    corners = corners / scale
    normal = np.array([-along[1], along[0]])
    a, n = corners @ along, corners @ normal
    center = along * (a.max() + a.min()) / 2 + normal * (n.max() + n.min()) / 2
    aspect = float(np.mean([line.length / line.height for line in chain]))
    length = float(np.mean([line.length for line in chain]))
    unit = float(np.mean([line.height for line in chain])) / scale
    fits = whole and ((len(chain) == 3 and aspect <= 38.0) or (len(chain) == 2 and aspect >= 26.0))
    score = (100.0 if MRZ_LINE_ASPECT[0] <= aspect <= MRZ_LINE_ASPECT[1] else 0.0) + (50.0 if fits else 0.0)
    score += (10.0 * len(chain) if fits else 0.0) + min(length / 1000.0, 1.0)
    return Band(center=(float(center[0]), float(center[1])), size=(float(a.max() - a.min()), float(n.max() - n.min())),
                angle=float(np.degrees(np.arctan2(along[1], along[0]))), score=score, lines=len(chain), unit=unit)


def _overlaps(band: Band, kept: list[Band]) -> bool:
    for other in kept:
        d = np.array(band.center) - np.array(other.center)
        rad = np.deg2rad(other.angle)
        along, normal = np.array([np.cos(rad), np.sin(rad)]), np.array([-np.sin(rad), np.cos(rad)])
        if abs(d @ along) < other.size[0] / 2 and abs(d @ normal) < other.size[1] / 2 + band.size[1] / 2:
            return True
    return False


def find_bands(rgb: RGB, max_bands: int = 3) -> list[Band]:
    """The most MRZ-like bands, best first (may be empty), at any of the four turns and up to ~40 degrees of skew.

    Text lines are searched at several character sizes (each on a copy scaled so characters are ~9 px: cheap for
    large photos, and small prints are enlarged), on the image and on its transpose (a document turned 90 or 270
    degrees), then stacked into runs of 2 or 3 parallel, aligned, evenly spaced lines. Whether a band reads
    left-to-right or is upside down (180 degrees from its angle) is left to the reader.
    """
    longest = max(rgb.shape[:2])
    # one shrink of a large photo first: no search needs more than SEARCH_LONG_SIDE pixels
    base, base_scale = shrink_to(to_gray(rgb), SEARCH_LONG_SIDE)
    height, width = base.shape[:2]
    found: list[Band] = []
    works: list[tuple[Gray, float]] = []
    for frac in CHAR_FRACTIONS:
        if frac * longest < MIN_SOURCE_UNIT:
            continue
        scale = SEARCH_UNIT / (frac * longest)  # source pixels -> search pixels
        step = scale / base_scale
        size = (max(8, round(width * step)), max(8, round(height * step)))
        work = np.asarray(cv2.resize(base, size, interpolation=cv2.INTER_AREA if step < 1 else cv2.INTER_LINEAR),
                          np.uint8)
        works.append((work, scale))
    for transposed in (False, True):
        if transposed and any(band.score >= STRONG_BAND for band in found):
            break  # an MRZ-like band lies across the image: no need to look for one running down it
        for work, scale in works:
            image = cv2.transpose(work) if transposed else work
            pieces = _join_collinear(_text_lines(np.asarray(image, np.uint8), SEARCH_UNIT), SEARCH_UNIT)
            lines = [line for line in pieces if line.length >= MIN_LINE_UNITS * SEARCH_UNIT]
            found.extend(_band_from_chain(chain, scale, transposed, whole)
                         for chain, whole in _chains(lines, SEARCH_UNIT))
    found.sort(key=lambda b: -b.score)
    kept: list[Band] = []
    for band in found:
        if not _overlaps(band, kept):
            kept.append(band)
        if len(kept) == max_bands:
            break
    return kept


def shrink_to(image: npt.NDArray[np.uint8], long_side: float) -> tuple[npt.NDArray[np.uint8], float]:
    """(the image scaled down so its longer side is at most `long_side`, the scale used); never enlarged."""
    h, w = image.shape[:2]
    scale = min(1.0, long_side / max(w, h))
    if scale >= 1:
        return image, scale
    size = (round(w * scale), round(h * scale))
    return np.asarray(cv2.resize(image, size, interpolation=cv2.INTER_AREA), np.uint8), scale


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
    # the finder may lose a line's first or last characters (a gap after "P<", faint fillers): a few characters more
    side = max(w * pad_x, 3.0 * band.unit) if band.unit else w * pad_x
    out_w, out_h = w + 2 * side, h * (1 + 2 * pad_y)
    if source_char_height is None:
        # guess the line count from the aspect: TD1 bands are about 6:1, TD2/TD3 11-14:1
        lines = 3 if w / max(h, 1.0) < 8.0 else 2
        source_char_height = h / (lines * 1.55)
    zoom = float(np.clip(char_height / max(source_char_height, 1.0), 0.2, 8.0))
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
