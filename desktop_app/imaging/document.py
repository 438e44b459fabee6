"""Find an identity document in a frame and crop it flat.

`find_document_quad(rgb)` returns the document's four corners (TL, TR, BR, BL, float32, frame pixels) or None;
`warp_document(rgb, quad)` returns the perspective-corrected crop. Pure OpenCV/numpy.

How the quad is found (on a copy downscaled to `work_long_side`), cheapest stage first, stopping at the first
stage that yields a convincing candidate (plausible shape, large, every side outlined by edges):
1. Canny edges with thresholds relative to the image's own gradient strength (a cream card on a white scanner
   bed has a 10-grey-level border), closed so the card outline is one contour.
2. The weak-edge map itself (Canny 12/24, dilated) as a mask.
3. A brightness split (Otsu, both polarities) and the difference from the background (the frame's outer ring).
For each mask, every contour (outer ones and holes: a card touching clutter keeps its inner outline as a hole)
large enough becomes a candidate: its convex hull simplified with `approxPolyDP`, or the `minAreaRect` of the
hull when that does not give four corners (only if the hull fills the rectangle).
4. When no contour is convincing (a cluttered desk: the card merged with a sheet of paper, a side washed out
   by glare), quads from the frame's longest straight lines: OpenCV's line segment detector (LSD), short
   pieces (characters) dropped, collinear pieces merged; every pair of near-parallel lines with every pair of
   lines crossing them outlines a quad, all filtered and scored at once (vectorised).
Candidates must be convex, fill their quad (solidity) and have a plausible aspect ratio: ID-1 cards are
85.6 x 54 mm (1.586), passport data pages (ID-3) 125 x 88 mm and ID-2 105 x 74 mm (1.42). A little perspective
keeps it within 1.33..1.8 (an ID photo, 35 x 45 mm = 1.29, falls outside); strong tilt (which the quality check
must still report) squashes it further, so 1.0..3.0 is accepted with a penalty outside the plausible band.
Score = quad area x (mean edge support)^2 x (weakest side's support)^2 x aspect penalty, where a side's edge
support is the share of points along it that lie on an edge (a real card outline is an edge all round; a blob
merged with the desk, a glare spot or a quad with one side across the desk is not). Among the candidates, a
well-outlined one that encloses the best is preferred (the card's inner rectangles, a printed frame, the MRZ
band, are outlined as well as the card). The corners of the chosen candidate are refined by fitting a line to
the contour points along each side (`cv2.fitLine`) and intersecting neighbouring sides: sub-pixel corners even
on the downscaled copy.

Measured by `python -m tests.benchmarks.bench_document` (found-rate per tests.datagen condition, false quads on
desk-only frames, time).

Known weakness: a card merged with clutter of the same brightness on a busy desk, or cut by the frame edge,
can be missed (None) or outlined too large; callers with better geometry (the MRZ) should prefer it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

RGBImage = npt.NDArray[np.uint8]
Quad = npt.NDArray[np.float32]

# Physical sizes (mm, long side x short side) of ICAO 9303 formats.
ID1_MM = (85.60, 53.98)
ID2_MM = (105.0, 74.0)
ID3_MM = (125.0, 88.0)
ID1_ASPECT = ID1_MM[0] / ID1_MM[1]  # 1.586
ID3_ASPECT = ID3_MM[0] / ID3_MM[1]  # 1.420
MIN_ASPECT, MAX_ASPECT = 1.0, 3.0  # strong tilt squashes a card, so wide bounds; plausibility is scored below
PLAUSIBLE_ASPECT = (1.33, 1.8)  # the two formats with a little perspective: no penalty inside (a photo is ~1.25)
MIN_AREA_FRACTION = 0.004  # of the frame: a card this small is found, so the resolution check can say "Move closer"
MIN_SOLIDITY = 0.85  # contour area / quad area
DEFAULT_WORK_LONG_SIDE = 640


def check_rgb(frame: object) -> RGBImage:
    """Return `frame` as a HxWx3 uint8 array or raise ValueError (1-channel, RGBA, float, empty ...)."""
    if not isinstance(frame, np.ndarray):
        raise ValueError("expected a numpy array holding an RGB image")
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"expected an HxWx3 RGB image, got shape {frame.shape}")
    if frame.dtype != np.uint8:
        raise ValueError(f"expected uint8 pixels, got {frame.dtype}")
    if frame.shape[0] < 1 or frame.shape[1] < 1:
        raise ValueError("the image is empty")
    return frame


def downscale(image: npt.NDArray[np.uint8], long_side: int) -> tuple[npt.NDArray[np.uint8], float]:
    """A copy whose long side is at most `long_side` (never upscaled) and the factor small = frame * factor.

    Halves with INTER_AREA while the image is at least twice too big (OpenCV's fast path: ~0.1 ms for a 720p
    frame, where one direct INTER_AREA resize by 4 costs 5x more), then one small INTER_AREA step.
    """
    h, w = image.shape[:2]
    if max(h, w) <= long_side:
        return image, 1.0
    small: npt.NDArray[np.uint8] = image
    while max(small.shape[:2]) >= 2 * long_side and min(small.shape[:2]) >= 4:
        half = (small.shape[1] // 2, small.shape[0] // 2)
        small = np.asarray(cv2.resize(small, half, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    sh, sw = small.shape[:2]
    factor = long_side / max(sh, sw)
    if factor < 1.0:
        size = (max(1, round(sw * factor)), max(1, round(sh * factor)))
        small = np.asarray(cv2.resize(small, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    return small, small.shape[1] / w


def order_quad(points: npt.NDArray[np.floating]) -> Quad:
    """Order four points TL, TR, BR, BL (clockwise on screen, starting at the top-left)."""
    pts = np.asarray(points, dtype=np.float32).reshape(4, 2)
    centre = pts.mean(axis=0)
    angles = np.arctan2(pts[:, 1] - centre[1], pts[:, 0] - centre[0])
    pts = pts[np.argsort(angles)]  # clockwise in image coordinates (y down), starting near -pi (left)
    start = int(np.argmin(pts[:, 0] + pts[:, 1]))
    return np.roll(pts, -start, axis=0).astype(np.float32)


def quad_sides(quad: Quad) -> tuple[float, float]:
    """Mean length of the TL-TR/BL-BR sides and of the TL-BL/TR-BR sides."""
    q = np.asarray(quad, dtype=np.float64)
    d = np.roll(q, -1, axis=0) - q  # TL->TR, TR->BR, BR->BL, BL->TL
    top, right, bottom, left = np.hypot(d[:, 0], d[:, 1])
    return float((top + bottom) / 2), float((left + right) / 2)


def quad_aspect(quad: Quad) -> float:
    """Long side over short side of the quad (1.586 for a flat ID-1 card)."""
    a, b = quad_sides(quad)
    return max(a, b) / max(min(a, b), 1e-6)


@dataclass(frozen=True, slots=True)
class _Candidate:
    quad: Quad  # small-image coordinates
    contour: npt.NDArray[np.int32]
    area: float
    score: float
    support: float = 1.0  # share of the outline on an edge
    weakest: float = 1.0  # the same for the worst side


def _polygon_area(quad: Quad) -> float:
    return float(abs(cv2.contourArea(quad.reshape(-1, 1, 2))))


def _side_supports(quad: Quad, strong: npt.NDArray[np.bool_]) -> npt.NDArray[np.float64]:
    """Per side (TL-TR, TR-BR, BR-BL, BL-TL): the share of points sampled along it that fall on an edge.

    A side lying on the frame border (a card cut by the frame) is neither support nor evidence against it: it
    counts as supported.
    """
    h, w = strong.shape
    q = np.asarray(quad, dtype=np.float32)
    pts = q[:, None, :] + (np.roll(q, -1, axis=0) - q)[:, None, :] * _SIDE_T[None, :, None]  # 4 x 24 x 2
    inside = (pts[..., 0] >= 1) & (pts[..., 1] >= 1) & (pts[..., 0] <= w - 2) & (pts[..., 1] <= h - 2)
    xs = np.clip(np.rint(pts[..., 0]).astype(np.int32), 0, w - 1)
    ys = np.clip(np.rint(pts[..., 1]).astype(np.int32), 0, h - 1)
    on = strong[ys, xs] & inside
    n_inside = inside.sum(axis=1)
    out = np.where(n_inside >= 4, on.sum(axis=1) / np.maximum(n_inside, 1), 1.0)
    return np.asarray(out, dtype=np.float64)


_SIDE_T = np.linspace(0.05, 0.95, 24, dtype=np.float32)


def _score(quad: Quad, area: float, strong: npt.NDArray[np.bool_]) -> tuple[float, float, float]:
    """(score, mean side support, weakest side's support) of a plausible quad.

    Score = area x mean support^2 x weakest side^2 x aspect penalty: a real card is outlined all
    round, a blob merged with the desk (a side through the desk) or an inner rectangle (card edge + a text
    line) is not, or is smaller than the card around it.
    """
    sides = _side_supports(quad, strong)
    support, weakest = float(sides.mean()), float(sides.min())
    lo, hi = PLAUSIBLE_ASPECT
    aspect = quad_aspect(quad)
    penalty = 1.0 if lo <= aspect <= hi else 0.6
    return area * support * support * penalty * weakest * weakest, support, weakest


def _candidate(contour: npt.NDArray[np.int32], min_area: float, strong: npt.NDArray[np.bool_]) -> _Candidate | None:
    area = float(cv2.contourArea(contour))
    if area < min_area:
        return None
    hull = cv2.convexHull(contour)
    peri = cv2.arcLength(hull, True)
    approx = cv2.approxPolyDP(hull, 0.02 * peri, True)
    if len(approx) == 4:
        quad = order_quad(approx.reshape(4, 2).astype(np.float32))
    else:
        box = cv2.boxPoints(cv2.minAreaRect(hull))
        quad = order_quad(np.asarray(box, dtype=np.float32))
    quad_area = _polygon_area(quad)
    if quad_area <= 0 or area / quad_area < MIN_SOLIDITY:
        return None
    if not cv2.isContourConvex(quad.reshape(-1, 1, 2).astype(np.float32)):
        return None
    aspect = quad_aspect(quad)
    if not MIN_ASPECT <= aspect <= MAX_ASPECT:
        return None
    score, support, weakest = _score(quad, quad_area, strong)
    return _Candidate(quad=quad, contour=contour, area=quad_area, score=score, support=support, weakest=weakest)


_KERNEL = cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5))


def _edge_mask(
    blurred: npt.NDArray[np.uint8],
) -> tuple[npt.NDArray[np.uint8], npt.NDArray[np.bool_], npt.NDArray[np.uint8]]:
    """Closed Canny edges (for contours), a dilated weak-edge map (for edge support) and the thin edges
    (for the final corner fit).

    Thresholds follow the image's own gradient strength (its 90th percentile), not its brightness, so a cream
    card on a white scanner bed (a 10-grey-level border) is outlined as well as a card on a dark desk.
    """
    gx, gy = _gradients(blurred)
    grad = cv2.convertScaleAbs(gx) // 2 + cv2.convertScaleAbs(gy) // 2
    ref = float(np.percentile(grad[::2, ::2], 90))
    high = float(np.clip(2.0 * ref, 24.0, 120.0))
    edges = cv2.Canny(gx, gy, high * 0.4, high, L2gradient=False)
    closed = cv2.morphologyEx(edges, cv2.MORPH_CLOSE, _KERNEL)
    return np.asarray(closed, np.uint8), _support_map(blurred, gx, gy), np.asarray(edges, np.uint8)


def _gradients(blurred: npt.NDArray[np.uint8]) -> tuple[npt.NDArray[np.int16], npt.NDArray[np.int16]]:
    gx = np.asarray(cv2.Sobel(blurred, cv2.CV_16S, 1, 0, ksize=3), np.int16)
    gy = np.asarray(cv2.Sobel(blurred, cv2.CV_16S, 0, 1, ksize=3), np.int16)
    return gx, gy


def _support_map(blurred: npt.NDArray[np.uint8], gx: npt.NDArray[np.int16],
                 gy: npt.NDArray[np.int16]) -> npt.NDArray[np.bool_]:
    """The dilated weak-edge map that sides are scored on."""
    weak = cv2.Canny(gx, gy, 12.0, 24.0)
    # Within one pixel of an edge; two on a larger copy (a faint side found a pixel or two off by the contour).
    reach = 3 if min(blurred.shape[:2]) < 400 else 5
    return np.asarray(cv2.dilate(weak, np.ones((reach, reach), np.uint8)) > 0, np.bool_)


def _brightness_masks(blurred: npt.NDArray[np.uint8]) -> list[npt.NDArray[np.uint8]]:
    """Otsu split in both polarities, and the difference from the background (the frame's outer ring)."""
    _, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_OPEN, _KERNEL)
    _h, _w = blurred.shape
    ring = np.concatenate([blurred[:2].ravel(), blurred[-2:].ravel(), blurred[:, :2].ravel(), blurred[:, -2:].ravel()])
    background = float(np.median(ring))
    spread = float(np.median(np.abs(ring.astype(np.float32) - background)))
    diff = cv2.absdiff(blurred, np.full_like(blurred, round(background)))
    _, fg = cv2.threshold(diff, max(8.0, 4.0 * spread), 255, cv2.THRESH_BINARY)
    fg = cv2.morphologyEx(fg, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    fg = cv2.morphologyEx(fg, cv2.MORPH_OPEN, _KERNEL)
    return [np.asarray(bright, np.uint8), np.asarray(cv2.bitwise_not(bright), np.uint8), np.asarray(fg, np.uint8)]


def _refine(quad: Quad, points: npt.NDArray[np.integer], shape: tuple[int, int]) -> Quad:
    """Fit a line to the points along each side; intersect neighbours. Keeps `quad` when a fit fails."""
    pts = points.reshape(-1, 2).astype(np.float32)
    if len(pts) < 16:
        return quad
    h, w = shape
    lines: list[tuple[float, float, float, float]] = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        ab = b - a
        length = float(np.hypot(*ab))
        if length < 4:
            return quad
        normal = np.array([-ab[1], ab[0]], dtype=np.float32) / length
        dist = np.abs((pts - a) @ normal)
        along = ((pts - a) @ ab) / (length * length)
        # Side points: close to the side, away from the corners, and not on the frame border (a clipped card).
        sel = (dist < max(2.0, 0.01 * length)) & (along > 0.1) & (along < 0.9)
        sel &= (pts[:, 0] > 1) & (pts[:, 1] > 1) & (pts[:, 0] < w - 2) & (pts[:, 1] < h - 2)
        side = pts[sel]
        if len(side) < 5:
            return quad
        vx, vy, x0, y0 = (float(v) for v in cv2.fitLine(side, cv2.DIST_L2, 0, 0.01, 0.01).reshape(4))
        lines.append((vx, vy, x0, y0))
    refined = np.zeros((4, 2), dtype=np.float32)
    for i in range(4):
        # Corner i is where side i-1 (ending at i) meets side i (starting at i).
        vx1, vy1, x1, y1 = lines[i - 1]
        vx2, vy2, x2, y2 = lines[i]
        det = vx1 * (-vy2) - vy1 * (-vx2)
        if abs(det) < 1e-6:
            return quad
        t = ((x2 - x1) * (-vy2) - (y2 - y1) * (-vx2)) / det
        refined[i] = (x1 + t * vx1, y1 + t * vy1)
    if float(np.max(np.linalg.norm(refined - quad, axis=1))) > 0.05 * max(quad_sides(quad)):
        return quad  # the fit went wrong (e.g. a side that is not straight); keep the polygon corners
    return refined


def _straight_lines(gray: npt.NDArray[np.uint8], max_lines: int = 24) -> list[tuple[float, float]]:
    """The frame's longest straight lines as (rho, theta) (`x cos theta + y sin theta = rho`).

    Line segments (OpenCV's LSD) shorter than 1/12 of the short side are dropped (characters, the desk's
    grain); collinear segments (a card side cut by glare or by a sheet of paper lying over it) are merged and
    their lengths added; the longest lines win, at most 6 per 15-degree direction (rows of text, stripes).
    """
    short = min(gray.shape[:2])
    segments = cv2.createLineSegmentDetector().detect(gray)[0]  # a detector per call: analysis may be threaded
    if segments is None:
        return []
    seg = segments.reshape(-1, 4).astype(np.float64)
    length = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1])
    keep = length >= short / 12
    seg, length = seg[keep], length[keep]
    order = np.argsort(-length)
    theta = np.mod(np.arctan2(seg[:, 3] - seg[:, 1], seg[:, 2] - seg[:, 0]) + np.pi / 2, np.pi)
    mid_x, mid_y = (seg[:, 0] + seg[:, 2]) / 2, (seg[:, 1] + seg[:, 3]) / 2
    rho = mid_x * np.cos(theta) + mid_y * np.sin(theta)
    merged: list[list[float]] = []  # rho, theta, total length
    for k in order:
        r, t = float(rho[k]), float(theta[k])
        for line in merged:
            dt = t - line[1]
            if abs(math.sin(dt)) < math.sin(math.radians(3)) and abs(
                    r - line[0] * (1.0 if math.cos(dt) > 0 else -1.0)) < max(2.0, 0.015 * short):
                line[2] += float(length[k])
                break
        else:
            merged.append([r, t, float(length[k])])
    merged.sort(key=lambda line: -line[2])
    lines: list[tuple[float, float]] = []
    per_direction: dict[int, int] = {}
    for r, t, _ in merged:
        direction = int(t / math.radians(15)) % 12
        if per_direction.get(direction, 0) >= 6:
            continue
        per_direction[direction] = per_direction.get(direction, 0) + 1
        lines.append((r, t))
        if len(lines) >= max_lines:
            break
    return lines


def _line_quads(gray: npt.NDArray[np.uint8], strong: npt.NDArray[np.bool_], min_area: float,
                keep: int = 4) -> list[_Candidate]:
    """Quads from the frame's longest straight lines (`_straight_lines`): every pair of near-parallel lines
    with every pair of lines crossing them (50..130 degrees) outlines a quad; all of them are filtered (inside
    the frame, convex, area, aspect) and scored at once (vectorised), and the `keep` best become candidates.
    Finds a card whose outline never closes into one contour (a side merged with a sheet of paper, cut by
    glare or a low-contrast side), because each side is still a straight line."""
    h, w = strong.shape
    short = min(h, w)
    lines = _straight_lines(gray)
    if len(lines) < 4:
        return []
    rho = np.array([r for r, _ in lines])
    theta = np.array([t for _, t in lines])
    n = len(lines)
    ii, jj = np.triu_indices(n, 1)
    dtheta = theta[ii] - theta[jj]
    sign = np.where(np.cos(dtheta) > 0, 1.0, -1.0)
    parallel = (np.abs(np.sin(dtheta)) < math.sin(math.radians(20))) & (
        np.abs(rho[ii] - sign * rho[jj]) > 0.08 * short)
    pairs = np.stack([ii[parallel], jj[parallel]], axis=1)
    if len(pairs) < 2:
        return []
    pa, pb = np.triu_indices(len(pairs), 1)
    a1, a2, b1, b2 = pairs[pa, 0], pairs[pa, 1], pairs[pb, 0], pairs[pb, 1]
    crossing = np.abs(np.cos(theta[a1] - theta[b1])) < math.cos(math.radians(50))
    a1, a2, b1, b2 = a1[crossing], a2[crossing], b1[crossing], b2[crossing]
    if len(a1) == 0:
        return []

    def meet(i: npt.NDArray[np.intp], j: npt.NDArray[np.intp]) -> npt.NDArray[np.float64]:
        c1, s1, c2, s2 = np.cos(theta[i]), np.sin(theta[i]), np.cos(theta[j]), np.sin(theta[j])
        det = c1 * s2 - s1 * c2
        det = np.where(np.abs(det) < 1e-9, 1e-9, det)
        return np.stack([(rho[i] * s2 - rho[j] * s1) / det, (c1 * rho[j] - c2 * rho[i]) / det], axis=-1)

    quads = np.stack([meet(a1, b1), meet(a1, b2), meet(a2, b2), meet(a2, b1)], axis=1)  # N x 4 x 2, a polygon
    inside = ((quads[..., 0] >= -2) & (quads[..., 1] >= -2) & (quads[..., 0] <= w + 1) &
              (quads[..., 1] <= h + 1)).all(axis=1)
    quads = quads[inside]
    if len(quads) == 0:
        return []
    d = np.roll(quads, -1, axis=1) - quads
    cross = d[:, :, 0] * np.roll(d, -1, axis=1)[:, :, 1] - d[:, :, 1] * np.roll(d, -1, axis=1)[:, :, 0]
    convex = (cross > 0).all(axis=1) | (cross < 0).all(axis=1)
    x, y = quads[..., 0], quads[..., 1]
    area = 0.5 * np.abs((x * np.roll(y, -1, axis=1) - np.roll(x, -1, axis=1) * y).sum(axis=1))
    lengths = np.hypot(d[..., 0], d[..., 1])
    side_a = (lengths[:, 0] + lengths[:, 2]) / 2
    side_b = (lengths[:, 1] + lengths[:, 3]) / 2
    aspect = np.maximum(side_a, side_b) / np.maximum(np.minimum(side_a, side_b), 1e-6)
    ok = convex & (area >= min_area) & (area <= 0.95 * h * w) & (aspect >= MIN_ASPECT) & (aspect <= MAX_ASPECT)
    quads, area, aspect = quads[ok].astype(np.float32), area[ok], aspect[ok]
    if len(quads) == 0:
        return []
    # Side support of every quad at once (as _side_supports).
    pts = quads[:, :, None, :] + (np.roll(quads, -1, axis=1) - quads)[:, :, None, :] * _SIDE_T[None, None, :, None]
    on_frame = (pts[..., 0] >= 1) & (pts[..., 1] >= 1) & (pts[..., 0] <= w - 2) & (pts[..., 1] <= h - 2)
    xs = np.clip(np.rint(pts[..., 0]).astype(np.int32), 0, w - 1)
    ys = np.clip(np.rint(pts[..., 1]).astype(np.int32), 0, h - 1)
    on = strong[ys, xs] & on_frame
    n_on_frame = on_frame.sum(axis=2)
    sides = np.where(n_on_frame >= 4, on.sum(axis=2) / np.maximum(n_on_frame, 1), 1.0)
    support, weakest = sides.mean(axis=1), sides.min(axis=1)
    lo, hi = PLAUSIBLE_ASPECT
    penalty = np.where((aspect >= lo) & (aspect <= hi), 1.0, 0.6)
    score = area * support * support * penalty * weakest * weakest
    out: list[_Candidate] = []
    for k in np.argsort(-score)[:keep]:
        quad = order_quad(quads[k])
        outline = np.rint(quad).astype(np.int32).reshape(-1, 1, 2)
        out.append(_Candidate(quad, outline, float(area[k]), float(score[k]), float(support[k]), float(weakest[k])))
    return out


def _convincing(cand: _Candidate, frame_area: float) -> bool:
    """A large candidate of a plausible shape outlined by edges nearly all round, every side included: no need
    to look further (the score includes the aspect penalty, so a card's inner band, too long, is not)."""
    return cand.score >= 0.75 * cand.area and cand.weakest >= 0.85 and cand.area >= 0.04 * frame_area


def _enclosing(best: _Candidate, pool: list[_Candidate]) -> _Candidate:
    """The largest well-outlined candidate around `best`, if any: the card's own inner rectangles (a printed
    frame, the MRZ band, a header strip) are outlined as well as the card, but lie inside it."""
    while True:
        grown = None
        for cand in pool:
            if cand.area < 1.02 * best.area or cand.support < 0.8 or cand.weakest < 0.6:
                continue
            if cand.score < 0.5 * best.score or (grown is not None and cand.score <= grown.score):
                continue
            outline = cand.quad.reshape(-1, 1, 2)
            if not all(cv2.pointPolygonTest(outline, (float(x), float(y)), True) >= -2.0 for x, y in best.quad):
                continue
            grown = cand
        if grown is None:
            return best
        best = grown


STILL_SUPPORT, STILL_WEAKEST = 0.9, 0.8  # a quad is "still there" when its sides lie on edges this fully


def still_outlined(gray: npt.NDArray[np.uint8], quad: Quad) -> bool:
    """Does `quad` (in `gray`'s coordinates) still lie on edges all round? A document held still keeps its
    outline from one preview frame to the next, so the live check confirms the last outline (~0.6 ms at 640
    px) before searching the whole frame again (~3 ms). The edge map is the finder's own weak-edge map, held
    to a stricter share: desk texture alone outlines a stale quad on well under half its length."""
    blurred = np.asarray(cv2.GaussianBlur(gray, (5, 5), 0), np.uint8)
    sides = _side_supports(quad, _support_map(blurred, *_gradients(blurred)))
    return float(sides.mean()) >= STILL_SUPPORT and float(sides.min()) >= STILL_WEAKEST


def find_quad_in_gray(gray: npt.NDArray[np.uint8]) -> Quad | None:
    """The document quad in `gray`'s own coordinates (already downscaled by the caller), or None."""
    h, w = gray.shape[:2]
    if min(h, w) < 16:
        return None
    min_area = MIN_AREA_FRACTION * h * w
    blurred = np.asarray(cv2.GaussianBlur(gray, (5, 5), 0), np.uint8)
    closed, strong, edges = _edge_mask(blurred)
    best: _Candidate | None = None
    pool: list[_Candidate] = []
    # Cheapest first; stop as soon as one mask gives a candidate outlined by edges nearly all round.
    stages: list[Callable[[], list[npt.NDArray[np.uint8]]]] = [
        lambda: [closed],
        lambda: [strong.view(np.uint8) * np.uint8(255)],
        lambda: _brightness_masks(blurred),
    ]
    for stage in stages:
        for mask in stage():
            # Outer contours and holes: a card touching clutter still leaves its inner outline as a hole.
            contours, _ = cv2.findContours(mask, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_NONE)
            for contour in contours:
                if len(contour) < 16:
                    continue
                cand = _candidate(np.asarray(contour, dtype=np.int32), min_area, strong)
                if cand is None or cand.area > 0.98 * h * w:  # the whole frame is the desk, not a card
                    continue
                pool.append(cand)
                if best is None or cand.score > best.score:
                    best = cand
        if best is not None and _convincing(best, h * w):
            break
    if best is None or not _convincing(best, h * w):  # no clean outline: try quads of straight edge lines
        for cand in _line_quads(gray, strong, min_area):
            pool.append(cand)
            if best is None or cand.score > 1.1 * best.score:
                best = cand
    if best is not None:
        best = _enclosing(best, pool)
    # Outlined on too little of its length (a blob, a shadow), or with a side that is no edge at all.
    if best is None or best.support * best.support < 0.25 or best.weakest < 0.3:
        return None
    # Contours run along the outside (or the inside) of an edge line; the thin Canny edges are its centre.
    x0, y0 = np.maximum(np.floor(best.quad.min(axis=0)).astype(int) - 3, 0)
    x1, y1 = np.ceil(best.quad.max(axis=0)).astype(int) + 4
    ys, xs = np.nonzero(edges[y0:y1, x0:x1])
    on_contour = _refine(best.quad, best.contour, (h, w))
    on_edges = _refine(on_contour, np.stack([xs + x0, ys + y0], axis=1), (h, w))
    # Only a small correction is trusted: a bigger one means text or a pattern near the border pulled a side.
    if float(np.abs(on_edges - on_contour).max()) <= max(2.0, 0.01 * max(quad_sides(on_contour))):
        return on_edges
    return on_contour


def find_document_quad(rgb: RGBImage, *, work_long_side: int = DEFAULT_WORK_LONG_SIDE) -> Quad | None:
    """The document's corners TL, TR, BR, BL (4x2 float32, frame pixels) or None when no document is seen."""
    frame = check_rgb(rgb)
    small, factor = downscale(frame, work_long_side)
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    quad = find_quad_in_gray(np.asarray(gray, dtype=np.uint8))
    if quad is None:
        return None
    return (quad / factor).astype(np.float32)


def warp_document(rgb: RGBImage, quad: npt.NDArray[np.floating], *, out_long_side: int = 1000) -> RGBImage:
    """The document cropped and flattened: the TL-TR side becomes the top edge; the long side is `out_long_side`.

    The output keeps the quad's own aspect ratio (so a passport page stays 1.42 and a card 1.586).
    """
    frame = check_rgb(rgb)
    q = order_quad(np.asarray(quad, dtype=np.float32))
    width, height = quad_sides(q)
    if min(width, height) < 1:
        raise ValueError("the document outline is degenerate")
    scale = out_long_side / max(width, height)
    out_w, out_h = max(1, round(width * scale)), max(1, round(height * scale))
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(q, target)
    warped = cv2.warpPerspective(frame, matrix, (out_w, out_h), flags=cv2.INTER_AREA if scale < 1 else
                                 cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return np.asarray(warped, dtype=np.uint8)


def quad_corner_angles(quad: Quad) -> npt.NDArray[np.float64]:
    """Interior angle (degrees) at each corner; 90 everywhere for a document seen straight on."""
    q = quad.astype(np.float64)
    out = np.zeros(4)
    for i in range(4):
        a, b = q[i - 1] - q[i], q[(i + 1) % 4] - q[i]
        cos = float(np.dot(a, b) / max(np.linalg.norm(a) * np.linalg.norm(b), 1e-9))
        out[i] = math.degrees(math.acos(max(-1.0, min(1.0, cos))))
    return out
