"""The individual live-quality checks. Each reads the shared `Frame` context and returns one `Check`.

Thresholds live here as named constants; `quality.py`'s docstring says why each has its value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.imaging import quality_face
from desktop_app.imaging.document import (
    ID1_MM,
    ID3_MM,
    Quad,
    quad_corner_angles,
    quad_sides,
)
from desktop_app.imaging.quality_types import (
    HINT_BLUR,
    HINT_BOUNDS,
    HINT_BRIGHT,
    HINT_DARK,
    HINT_FAR,
    HINT_GLARE,
    HINT_MOTION,
    HINT_PHOTOCOPY,
    HINT_PORTRAIT,
    HINT_SCREEN,
    HINT_TILT,
    Check,
    Region,
    Status,
)

Gray = npt.NDArray[np.uint8]

# --- thresholds (see the table in quality.py) ---
DARK_DOC_MEDIAN = 70.0  # grey level (0..255) of the document's median pixel
BRIGHT_CLIPPED_SHARE = 0.40  # share of document pixels at >= CLIP_LEVEL
CLIP_LEVEL = 250
BRIGHT_FRAME_CLIPPED_SHARE = 0.25  # share of the whole frame at >= CLIP_LEVEL (doubled when a document is found)
BOUNDS_MARGIN = 0.01  # of the frame's short side, between every corner and the frame edge
MIN_MRZ_CHAR_PX = 12.0  # estimated MRZ character height in frame pixels
MRZ_CHAR_MM = 2.4  # OCR-B size 1 as printed in ICAO 9303 MRZs (approx. cap height)
MAX_CORNER_DEVIATION_DEG = 14.0  # largest |corner angle - 90|
MAX_ASPECT_DEVIATION = 0.16  # |log(aspect / nearest format aspect)|
MIN_FOCUS = 1.33  # re-blur gradient ratio, see focus_check
MAX_GLARE_SHARE = 0.004  # largest clipped blob inside the document, share of the document area
MIN_CHROMA_SPREAD = 7.0  # Lab a*b* distance from the document's median colour (95th percentile)
MAX_SCREEN_PEAK = 9.0  # spectral peak prominence (R-B or luminance), see screen_check
MIN_FACE_SHARE = 0.18  # face side searched: share of the flattened document's short side ...
MAX_FACE_SHARE = 0.6  # ... up to this
MAX_MOTION = 0.035  # corner travel between frames, share of the document's long side
MAX_THUMB_CHANGE = 9.0  # mean grey change of the 64-px thumbnail when no quad is known
MIN_THUMB_CHANGE_WITH_QUAD = 2.0  # ... and the least change that confirms a corner travel


@dataclass(slots=True)
class Frame:
    """Shared intermediates, computed once per frame."""

    rgb: npt.NDArray[np.uint8]  # the full frame
    small: npt.NDArray[np.uint8]  # RGB, long side ~320
    small_gray: Gray
    factor: float  # small = frame * factor
    quad: Quad | None  # frame pixels
    doc_mask: Gray | None = None  # small-image mask of the document
    doc_bbox: Region | None = None  # frame pixels, clipped to the frame

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


def prepare_doc(ctx: Frame) -> None:
    """Document mask on the small image and the document's bounding box in the frame."""
    if ctx.quad is None:
        return
    h, w = ctx.small_gray.shape
    mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(mask, np.rint(ctx.quad * ctx.factor).astype(np.int32), 255)
    if cv2.countNonZero(mask) < 16:
        return
    ctx.doc_mask = mask
    x0, y0 = np.floor(ctx.quad.min(axis=0)).astype(int)
    x1, y1 = np.ceil(ctx.quad.max(axis=0)).astype(int)
    x0, y0 = max(0, int(x0)), max(0, int(y0))
    x1, y1 = min(ctx.width, int(x1)), min(ctx.height, int(y1))
    if x1 - x0 >= 8 and y1 - y0 >= 8:
        ctx.doc_bbox = (x0, y0, x1 - x0, y1 - y0)


def _doc_pixels(ctx: Frame, image: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    if ctx.doc_mask is None:
        return image.reshape(-1, *image.shape[2:])
    return image[ctx.doc_mask > 0]


def not_performed(name: str, why: str) -> Check:
    return Check(name, "not_performed", detail={"reason": why})


# --- exposure -------------------------------------------------------------------------------------------

def exposure_check(ctx: Frame) -> Check:
    pixels = _doc_pixels(ctx, ctx.small_gray)
    if pixels.size == 0:
        return not_performed("exposure", "empty frame")
    median = float(np.median(pixels))
    clipped = float(np.count_nonzero(pixels >= CLIP_LEVEL)) / pixels.size
    # The whole frame counts too: a washed-out frame can hide the card outline, leaving a wrong quad.
    frame_clipped = float(np.count_nonzero(ctx.small_gray >= CLIP_LEVEL)) / ctx.small_gray.size
    detail: dict[str, float | str] = {"median": round(median, 1), "clipped_share": round(clipped, 4),
                                      "frame_clipped_share": round(frame_clipped, 4)}
    if median < DARK_DOC_MEDIAN:
        return Check("exposure", "fail", round(median, 1), DARK_DOC_MEDIAN, "grey level", HINT_DARK, ctx.doc_bbox,
                     {**detail, "problem": "dark"})
    # With a document in view, a clipped background is a white desk or scanner bed, not over-exposure:
    # only a mostly clipped frame counts then.
    frame_limit = BRIGHT_FRAME_CLIPPED_SHARE if ctx.doc_mask is None else 2 * BRIGHT_FRAME_CLIPPED_SHARE
    if clipped > BRIGHT_CLIPPED_SHARE or frame_clipped > frame_limit:
        region = ctx.doc_bbox if clipped > BRIGHT_CLIPPED_SHARE else None
        return Check("exposure", "fail", round(median, 1), DARK_DOC_MEDIAN, "grey level", HINT_BRIGHT, region,
                     {**detail, "problem": "bright"})
    return Check("exposure", "pass", round(median, 1), DARK_DOC_MEDIAN, "grey level", None, None, detail)


# --- geometry -------------------------------------------------------------------------------------------

def bounds_check(ctx: Frame) -> Check:
    if ctx.quad is None:
        return Check("bounds", "fail", 0.0, BOUNDS_MARGIN, "share of short side", HINT_BOUNDS, None,
                     {"reason": "no document found"})
    margin_px = BOUNDS_MARGIN * min(ctx.width, ctx.height)
    q = ctx.quad
    gaps = np.concatenate([q[:, 0], q[:, 1], ctx.width - 1 - q[:, 0], ctx.height - 1 - q[:, 1]])
    smallest = float(gaps.min())
    score = round(smallest / min(ctx.width, ctx.height), 4)
    if smallest < margin_px:
        return Check("bounds", "fail", score, BOUNDS_MARGIN, "share of short side", HINT_BOUNDS, ctx.doc_bbox)
    return Check("bounds", "pass", score, BOUNDS_MARGIN, "share of short side")


def _format(quad: Quad) -> tuple[str, tuple[float, float], float, float]:
    """Nearest ICAO format for the quad, its size in mm, the long and short side in pixels.

    Uses the longer of each pair of opposite sides: foreshortening only ever shortens a side.
    """
    q = quad.astype(np.float64)
    top, bottom = np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[3])
    left, right = np.linalg.norm(q[3] - q[0]), np.linalg.norm(q[2] - q[1])
    a, b = max(top, bottom), max(left, right)
    long_px, short_px = float(max(a, b)), float(min(a, b))
    aspect = long_px / max(short_px, 1e-6)
    id1 = ID1_MM[0] / ID1_MM[1]
    id3 = ID3_MM[0] / ID3_MM[1]
    if abs(math.log(aspect / id1)) <= abs(math.log(aspect / id3)):
        return "ID-1", ID1_MM, long_px, short_px
    return "ID-3", ID3_MM, long_px, short_px


def resolution_check(ctx: Frame) -> Check:
    if ctx.quad is None:
        return not_performed("resolution", "no document found")
    fmt, size_mm, long_px, short_px = _format(ctx.quad)
    # Pixels per mm along both axes; the larger is the less foreshortened one.
    ppmm = max(long_px / size_mm[0], short_px / size_mm[1])
    dpi = ppmm * 25.4
    char_px = ppmm * MRZ_CHAR_MM
    detail: dict[str, float | str] = {"format": fmt, "dpi": round(dpi, 1), "mrz_char_px": round(char_px, 1)}
    status: Status = "pass" if char_px >= MIN_MRZ_CHAR_PX else "fail"
    return Check("resolution", status, round(char_px, 1), MIN_MRZ_CHAR_PX, "px (MRZ character height)",
                 HINT_FAR if status == "fail" else None, ctx.doc_bbox if status == "fail" else None, detail)


def perspective_check(ctx: Frame) -> Check:
    if ctx.quad is None:
        return not_performed("perspective", "no document found")
    deviation = float(np.max(np.abs(quad_corner_angles(ctx.quad) - 90.0)))
    a, b = quad_sides(ctx.quad)
    aspect = max(a, b) / max(min(a, b), 1e-6)
    id1 = ID1_MM[0] / ID1_MM[1]
    id3 = ID3_MM[0] / ID3_MM[1]
    aspect_dev = min(abs(math.log(aspect / id1)), abs(math.log(aspect / id3)))
    detail: dict[str, float | str] = {"corner_deviation_deg": round(deviation, 1), "aspect": round(aspect, 3),
                                      "aspect_deviation": round(aspect_dev, 3)}
    bad = deviation > MAX_CORNER_DEVIATION_DEG or aspect_dev > MAX_ASPECT_DEVIATION
    return Check("perspective", "fail" if bad else "pass", round(deviation, 1), MAX_CORNER_DEVIATION_DEG, "degrees",
                 HINT_TILT if bad else None, ctx.doc_bbox if bad else None, detail)


# --- content --------------------------------------------------------------------------------------------

def _inner_box(ctx: Frame, shrink: float) -> Region | None:
    if ctx.doc_bbox is None or ctx.quad is None:
        return None
    # The axis-aligned box inside the quad: second-smallest/second-largest corner coordinates, then shrunk.
    xs, ys = np.sort(ctx.quad[:, 0]), np.sort(ctx.quad[:, 1])
    x0, x1, y0, y1 = float(xs[1]), float(xs[2]), float(ys[1]), float(ys[2])
    dx, dy = (x1 - x0) * shrink, (y1 - y0) * shrink
    x0, x1, y0, y1 = x0 + dx, x1 - dx, y0 + dy, y1 - dy
    x0, y0 = max(0.0, x0), max(0.0, y0)
    x1, y1 = min(float(ctx.width), x1), min(float(ctx.height), y1)
    if x1 - x0 < 16 or y1 - y0 < 16:
        return None
    return int(x0), int(y0), int(x1 - x0), int(y1 - y0)


FOCUS_BAND_MAX_W = 720  # px: the band through the document that focus reads, at full resolution
FOCUS_TILES = 4
FOCUS_DIRECTIONS = 8  # every 22.5 degrees: motion blur at any angle is within 11 degrees of one
FOCUS_STRIPS = (0.3, 0.55, 0.85)  # strip centres, share of the document's inner height
MIN_EDGE_GRADIENT = 64.0  # Sobel units (8 x grey levels per px): weaker ones are paper, noise or a glare halo


def focus_check(ctx: Frame) -> Check:
    """Sharpness by re-blurring: strong gradients of the document over the same gradients after a sigma-1 blur.

    A sharp edge loses much of its peak gradient when blurred once more (ratio ~1.4..1.9); an edge that is
    already blurred by sigma s keeps s/sqrt(s^2+1) of it (ratio -> 1.0). The ratio ignores contrast and the
    amount of text. It is taken along four directions and the lowest counts, so motion blur (which smears
    one direction only) is caught too. Measured at full resolution on FOCUS_STRIPS thin strips across the
    document (at most FOCUS_BAND_MAX_W wide, the last one through the MRZ), each cut into FOCUS_TILES tiles;
    tiles without real edges are skipped and the upper quartile of the rest counts: blur softens every tile,
    while a soft printed photo or a glare halo only softens some (see `_strip_scores`).
    """
    box = _inner_box(ctx, 0.06)
    if box is None:
        box = (ctx.width // 4, ctx.height // 4, ctx.width // 2, ctx.height // 2)
    x, y, w, h = box
    if w > FOCUS_BAND_MAX_W:
        x += (w - FOCUS_BAND_MAX_W) // 2
        w = FOCUS_BAND_MAX_W
    strip_h = max(16, h // 8)
    scores: list[float] = []
    for frac in FOCUS_STRIPS:
        y0 = min(y + int(frac * h) - strip_h // 2, y + h - strip_h)
        y0 = max(y, y0)
        scores.extend(_strip_scores(ctx.rgb[y0:y0 + strip_h, x:x + w]))
    if not scores:
        return Check("focus", "fail", 1.0, MIN_FOCUS, "re-blur ratio", HINT_BLUR, box, {"reason": "no sharp detail"})
    scores.sort()
    score = scores[(3 * (len(scores) - 1) + 3) // 4]  # upper quartile
    status: Status = "pass" if score >= MIN_FOCUS else "fail"
    return Check("focus", status, round(score, 3), MIN_FOCUS, "re-blur ratio",
                 HINT_BLUR if status == "fail" else None, box if status == "fail" else None,
                 {"tiles": float(len(scores))})


_ANGLES = np.deg2rad(np.arange(0.0, 180.0, 180.0 / FOCUS_DIRECTIONS))
_DIRS = np.stack([np.cos(_ANGLES), np.sin(_ANGLES)]).astype(np.float32)  # 2 x FOCUS_DIRECTIONS unit vectors


def _strip_scores(rgb: npt.NDArray[np.uint8]) -> list[float]:
    """Re-blur ratio of each of FOCUS_TILES tiles of one strip (tiles without enough real edges are left out).

    Strong edges: the top 5 % of the strip's gradient magnitude, at least MIN_EDGE_GRADIENT (weaker ones are
    paper, sensor noise or a glare halo, never text). They are chosen once; then their gradients, sharp and
    re-blurred, are projected on FOCUS_DIRECTIONS directions and the lowest ratio counts, so a direction
    smeared by motion is measured on the same edges as the others.
    """
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    h, w = gray.shape
    tile_w = w // FOCUS_TILES
    if tile_w < 8 or h < 4:
        return []
    blurred = cv2.GaussianBlur(gray, (5, 5), 1.0)
    ax, ay = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=3)
    magnitude = cv2.magnitude(ax, ay)
    sample = magnitude[::3, ::3].ravel()
    k = int(0.95 * (sample.size - 1))
    strong = magnitude >= max(float(np.partition(sample, k)[k]), MIN_EDGE_GRADIENT)
    strong[:, :1] = strong[:, -1:] = strong[:1, :] = strong[-1:, :] = False  # Sobel borders are made up
    glare = gray >= CLIP_LEVEL - 5
    if glare.any():  # the rim of a clipped spot is a soft edge, not blur: leave it out
        strong &= cv2.dilate(glare.view(np.uint8), np.ones((9, 9), np.uint8)) == 0
    ys, xs = np.nonzero(strong)
    if len(xs) == 0:
        return []
    bx, by = cv2.Sobel(blurred, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(blurred, cv2.CV_32F, 0, 1, ksize=3)
    sharp = np.abs(np.stack([ax[ys, xs], ay[ys, xs]], axis=1) @ _DIRS)  # N x directions
    soft = np.abs(np.stack([bx[ys, xs], by[ys, xs]], axis=1) @ _DIRS)
    tiles = np.minimum(xs // tile_w, FOCUS_TILES - 1)
    index = (tiles[:, None] * FOCUS_DIRECTIONS + np.arange(FOCUS_DIRECTIONS)).ravel()
    size = FOCUS_TILES * FOCUS_DIRECTIONS
    sum_sharp = np.bincount(index, sharp.ravel(), size).reshape(FOCUS_TILES, FOCUS_DIRECTIONS)
    sum_soft = np.bincount(index, soft.ravel(), size).reshape(FOCUS_TILES, FOCUS_DIRECTIONS)
    counts = np.bincount(tiles, minlength=FOCUS_TILES)
    ratios = (sum_sharp / np.maximum(sum_soft, 1e-6)).min(axis=1)
    enough = counts >= max(24, h * tile_w // 400)
    return [float(r) for r in ratios[enough]]


def _where(ctx: Frame, cx: float, cy: float) -> str:
    """left/right/top/bottom/centre of a frame point relative to the document (in its own axes)."""
    assert ctx.quad is not None
    src = ctx.quad.astype(np.float32)
    dst = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, dst)
    u, v = cv2.perspectiveTransform(np.array([[[cx, cy]]], np.float32), matrix)[0, 0]
    du, dv = float(u) - 0.5, float(v) - 0.5
    if abs(du) < 0.17 and abs(dv) < 0.17:
        return "centre"
    if abs(du) >= abs(dv):
        return "left" if du < 0 else "right"
    return "top" if dv < 0 else "bottom"


def glare_check(ctx: Frame) -> Check:
    if ctx.doc_mask is None:
        return not_performed("glare", "no document found")
    # A 3x3 mean first: a glare spot is a smooth clipped area, not isolated hot pixels on very white paper.
    smooth = cv2.blur(ctx.small_gray, (3, 3))
    clipped = ((smooth >= CLIP_LEVEL) & (ctx.doc_mask > 0)).astype(np.uint8)
    doc_area = float(cv2.countNonZero(ctx.doc_mask))
    if cv2.countNonZero(clipped) == 0:
        return Check("glare", "pass", 0.0, MAX_GLARE_SHARE, "share of document")
    contours, _ = cv2.findContours(clipped, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    areas = [cv2.contourArea(c) + 0.5 * cv2.arcLength(c, True) + 1.0 for c in contours]  # ~ pixel count
    i = int(np.argmax(areas))
    share = min(1.0, areas[i] / doc_area)
    if share <= MAX_GLARE_SHARE:
        return Check("glare", "pass", round(share, 4), MAX_GLARE_SHARE, "share of document")
    f = ctx.factor
    bx, by, bw, bh = cv2.boundingRect(contours[i])
    region = (int(bx / f), int(by / f), max(1, int(bw / f)), max(1, int(bh / f)))
    where = _where(ctx, (bx + bw / 2) / f, (by + bh / 2) / f)
    return Check("glare", "fail", round(share, 4), MAX_GLARE_SHARE, "share of document",
                 HINT_GLARE.format(where=where), region, {"location": where, "blobs": float(len(contours))})


def colorness_check(ctx: Frame) -> Check:
    if ctx.doc_mask is None:
        return not_performed("colorness", "no document found")
    # Every other pixel of the document's box on the small image is plenty.
    x, y, w, h = cv2.boundingRect(ctx.doc_mask)
    lab = cv2.cvtColor(np.ascontiguousarray(ctx.small[y:y + h:2, x:x + w:2]), cv2.COLOR_RGB2Lab)
    pixels = lab[ctx.doc_mask[y:y + h:2, x:x + w:2] > 0]
    lum = pixels[:, 0]
    ab = pixels[(lum > 25) & (lum < 245)][:, 1:].astype(np.float32)  # no chroma in black or clipped white
    if len(ab) < 50:
        return not_performed("colorness", "too few usable pixels")
    centre = np.median(ab, axis=0)
    spread = np.sqrt(((ab - centre) ** 2).sum(axis=1))
    k = int(0.95 * (len(spread) - 1))
    score = float(np.partition(spread, k)[k])
    status: Status = "pass" if score >= MIN_CHROMA_SPREAD else "fail"
    return Check("colorness", status, round(score, 2), MIN_CHROMA_SPREAD, "Lab chroma",
                 HINT_PHOTOCOPY if status == "fail" else None, ctx.doc_bbox if status == "fail" else None)


_HANN: dict[int, npt.NDArray[np.float32]] = {}


def _hann(n: int) -> npt.NDArray[np.float32]:
    if n not in _HANN:
        w = np.hanning(n).astype(np.float32)
        _HANN[n] = np.outer(w, w)
    return _HANN[n]


_BAND: dict[int, npt.NDArray[np.intp]] = {}


def _band(n: int) -> npt.NDArray[np.intp]:
    """Flat indices of the frequencies with periods of 2..8 px (unshifted DFT layout)."""
    if n not in _BAND:
        f = np.fft.fftfreq(n).astype(np.float32)
        r = np.sqrt(f[:, None] ** 2 + f[None, :] ** 2)
        _BAND[n] = np.flatnonzero((r >= 1 / 8) & (r <= 0.5))
    return _BAND[n]


def _peak_prominence(channel: npt.NDArray[np.float32]) -> float:
    """Strongest spectral peak at 2..8 px periods over the mean magnitude of its 9x9 neighbourhood.

    A periodic carrier is a narrow peak (prominence 9..25 with the Hann window); text, guilloche and noise
    spread their energy over neighbouring frequencies (prominence 3..5).
    """
    n = channel.shape[0]
    x = (channel - float(channel.mean())) * _hann(n)
    spec = cv2.dft(x, flags=cv2.DFT_COMPLEX_OUTPUT)
    mag = cv2.magnitude(spec[:, :, 0], spec[:, :, 1])
    local = cv2.blur(mag, (9, 9))
    band = _band(n)
    return float(np.max(mag.ravel()[band] / (local.ravel()[band] + 1e-3)))


def screen_check(ctx: Frame) -> Check:
    """A display's pixel grid leaves narrow periodic peaks at 2..8 px periods in R-B (the red, green and blue
    sub-pixel stripes). Print has no such carrier, and grey print has no R-B at all. (Luminance shows the grid
    too, from the dark gaps between pixel rows, but less clearly: 9..17 against 3..5, so R-B alone is used.)
    """
    n = 128
    box = _inner_box(ctx, 0.15)
    if box is None:
        if ctx.width < n or ctx.height < n:
            return not_performed("screen_capture", "frame too small")
        box = (ctx.width // 2 - n // 2, ctx.height // 2 - n // 2, n, n)
    x, y, w, h = box
    if w < n or h < n:
        return not_performed("screen_capture", "document too small")
    x0, y0 = x + (w - n) // 2, y + (h - n) // 2
    patch = ctx.rgb[y0:y0 + n, x0:x0 + n].astype(np.float32)
    chroma = np.ascontiguousarray(patch[:, :, 0] - patch[:, :, 2])
    score = _peak_prominence(chroma)
    status: Status = "fail" if score > MAX_SCREEN_PEAK else "pass"
    return Check("screen_capture", status, round(score, 2), MAX_SCREEN_PEAK, "peak ratio",
                 HINT_SCREEN if status == "fail" else None, ctx.doc_bbox if status == "fail" else None)


PORTRAIT_ZONE = 0.45  # share of the document width searched, from the left (or right) edge
# The document is flattened so that its short side is this many px: a face of MIN_FACE_SHARE of it then spans
# the detector's window (80 px), and the detector reads the zone at its own scale. ID photos are 45..55 % of the
# card height and dlib's face boxes (brows to chin) 20..30 %. 444 px found as many portraits as 550 on the
# generated and real documents at half the cost, 300 px (faces upsampled) a third fewer.
PORTRAIT_SHORT_SIDE = round(quality_face.WINDOW / MIN_FACE_SHARE)


def portrait_check(ctx: Frame) -> Check:
    """A frontal face in the portrait zone of the document flattened to PORTRAIT_SHORT_SIDE px.

    ID photos sit at the left (or right) edge, so only faces of MIN_FACE_SHARE..MAX_FACE_SHARE of the document
    height are searched in the outer PORTRAIT_ZONE of the width: first the left zone, then the right zone
    turned 180 degrees (an upside-down card), then the right zone. A face elsewhere in the frame (the guest
    holding the card up to the camera) does not count.
    """
    if ctx.quad is None:
        return not_performed("portrait", "no document found")
    a, b = quad_sides(ctx.quad)
    scale = PORTRAIT_SHORT_SIDE / max(min(a, b), 1.0)
    out_w, out_h = max(8, round(a * scale)), max(8, round(b * scale))
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(ctx.quad.astype(np.float32), dst)
    flat = cv2.warpPerspective(ctx.rgb, matrix, (out_w, out_h), flags=cv2.INTER_AREA)
    gray: Gray = np.asarray(cv2.cvtColor(flat, cv2.COLOR_RGB2GRAY), np.uint8)
    if out_h > out_w:
        gray = np.asarray(cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE), np.uint8)
    h, w = gray.shape
    zone = max(8, int(PORTRAIT_ZONE * w))
    min_size, max_size = max(8, int(MIN_FACE_SHARE * h)), int(MAX_FACE_SHARE * h)
    left: Gray = np.ascontiguousarray(gray[:, :zone])
    right: Gray = np.ascontiguousarray(gray[:, w - zone:])
    faces: list[quality_face.Face] = []
    for crop in (left, np.asarray(cv2.rotate(right, cv2.ROTATE_180), np.uint8), right):
        faces = quality_face.find_faces(crop, min_size=min_size, max_size=max_size)
        if faces:
            break
    if faces:
        side = max(f.w for f in faces) / h
        return Check("portrait", "pass", round(side, 3), MIN_FACE_SHARE, "share of document height",
                     detail={"faces": float(len(faces)), "score": round(faces[0].score, 2)})
    return Check("portrait", "fail", 0.0, MIN_FACE_SHARE, "share of document height", HINT_PORTRAIT,
                 ctx.doc_bbox)


def thumbnail(ctx: Frame) -> Gray:
    h, w = ctx.small_gray.shape
    size = (64, max(1, round(64 * h / w))) if w >= h else (max(1, round(64 * w / h)), 64)
    return np.asarray(cv2.resize(ctx.small_gray, size, interpolation=cv2.INTER_AREA), np.uint8)


def motion_check(ctx: Frame, thumb: Gray, prev_quad: Quad | None, prev_thumb: Gray | None,
                 prev_size: tuple[int, int] | None) -> Check:
    if prev_size is not None and prev_size != (ctx.width, ctx.height):
        return not_performed("motion", "frame size changed")
    change = None
    if prev_thumb is not None and prev_thumb.shape == thumb.shape:
        change = float(cv2.norm(thumb, prev_thumb, cv2.NORM_L1)) / thumb.size
    if ctx.quad is not None and prev_quad is not None:
        long_side = max(quad_sides(ctx.quad))
        travel = float(np.median(np.hypot(*(ctx.quad - prev_quad).T))) / max(long_side, 1.0)
        # Both must agree: the corners moved (median of the four, so one badly found corner is not enough)
        # and the picture changed (so an outline found slightly differently on a still card is not enough).
        moved = travel > MAX_MOTION and (change is None or change > MIN_THUMB_CHANGE_WITH_QUAD)
        status: Status = "fail" if moved else "pass"
        return Check("motion", status, round(travel, 4), MAX_MOTION, "share of document",
                     HINT_MOTION if status == "fail" else None, ctx.doc_bbox if status == "fail" else None,
                     {} if change is None else {"thumbnail_change": round(change, 2)})
    if change is None:
        return not_performed("motion", "no previous frame")
    still: Status = "fail" if change > MAX_THUMB_CHANGE else "pass"
    status = still
    return Check("motion", status, round(change, 2), MAX_THUMB_CHANGE, "grey levels",
                 HINT_MOTION if status == "fail" else None)
