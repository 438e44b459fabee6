"""Labelled camera frames for the live-quality checks: a synthetic document on a desk, one condition injected.

`make_frame(seed, condition, size=(1280, 720))` renders a clean card (ID-1) or passport data page (ID-3) with
text lines, an MRZ-like band and a face-like portrait, places it on a textured desk through a pinhole camera
(in-plane rotation, mild tilt), then injects exactly one condition. `Frame.expected` names the checks that
must fail; `Frame.tolerated` names checks that may fail as a side effect (e.g. a glare spot over the face may
hide the portrait). Everything is seeded; nothing is written to disk.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np
import numpy.typing as npt

RGB = npt.NDArray[np.uint8]

CONDITIONS: tuple[str, ...] = (
    "clean", "blur", "motion_blur", "glare_left", "glare_right", "glare_centre", "dark", "bright", "far",
    "out_of_frame", "tilt", "photocopy", "screen", "no_portrait", "moving",
)
EXPECTED: dict[str, frozenset[str]] = {
    "clean": frozenset(),
    "blur": frozenset({"focus"}),
    "motion_blur": frozenset({"focus"}),
    "glare_left": frozenset({"glare"}),
    "glare_right": frozenset({"glare"}),
    "glare_centre": frozenset({"glare"}),
    "dark": frozenset({"exposure"}),
    "bright": frozenset({"exposure"}),
    "far": frozenset({"resolution"}),
    "out_of_frame": frozenset({"bounds"}),
    "tilt": frozenset({"perspective"}),
    "photocopy": frozenset({"colorness"}),
    "screen": frozenset({"screen_capture"}),
    "no_portrait": frozenset({"portrait"}),
    "moving": frozenset({"motion"}),
}
TOLERATED: dict[str, frozenset[str]] = {
    # A glare spot can sit on the face; a bright/dark frame hides everything else; a far or tilted card
    # has a small, foreshortened face; a cut card can lose its face and MRZ.
    "glare_left": frozenset({"portrait"}),
    "glare_right": frozenset({"portrait"}),
    "glare_centre": frozenset({"portrait"}),
    "far": frozenset({"portrait", "focus", "screen_capture"}),
    "tilt": frozenset({"portrait", "resolution"}),
    "out_of_frame": frozenset({"portrait", "resolution", "perspective"}),
    "motion_blur": frozenset({"portrait", "motion"}),
    "blur": frozenset({"portrait"}),
    "screen": frozenset({"portrait", "focus"}),
    "moving": frozenset({"focus"}),
}

DOC_MM = {"id1": (85.6, 53.98), "id3": (125.0, 88.0)}
PAPER = [(232, 226, 212), (220, 234, 226), (228, 224, 238), (238, 230, 216), (218, 228, 238), (234, 234, 228)]
INK = [(150, 90, 140), (80, 130, 180), (120, 165, 110), (190, 120, 90), (110, 110, 180)]
SKIN = [(224, 188, 160), (200, 150, 115), (160, 110, 80), (236, 205, 180), (185, 140, 100)]
HAIR = [(30, 25, 20), (70, 45, 25), (120, 85, 50), (15, 15, 15), (100, 100, 100)]
DESK = [(70, 50, 35), (40, 40, 45), (95, 80, 60), (30, 45, 60), (60, 60, 60), (110, 90, 70)]
MRZ_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<"
TEXT_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ  0123456789"


@dataclass(slots=True)
class Card:
    rgb: RGB
    face_box: tuple[int, int, int, int] | None  # x0, y0, x1, y1 in card pixels
    mrz_box: tuple[int, int, int, int]
    kind: str


@dataclass(slots=True)
class Frame:
    rgb: RGB
    quad: npt.NDArray[np.float32]  # the true corners TL, TR, BR, BL in frame pixels (may lie outside the frame)
    condition: str
    kind: str
    dpi: float  # effective document resolution in the frame (pixels per inch along the long side)
    expected: frozenset[str] = field(default_factory=frozenset)
    tolerated: frozenset[str] = field(default_factory=frozenset)
    previous: RGB | None = None  # for "moving" (and the steady twin of a clean frame): the frame before
    glare_side: str | None = None


def _text(img: RGB, rng: np.random.Generator, x: int, y: int, height: int, n: int, colour: tuple[int, ...],
          font: int = cv2.FONT_HERSHEY_SIMPLEX, charset: str = TEXT_CHARS, thickness: int | None = None) -> None:
    scale = cv2.getFontScaleFromHeight(font, max(4, height), 1)
    s = "".join(charset[int(i)] for i in rng.integers(0, len(charset), n))
    th = thickness if thickness is not None else max(1, round(height / 9))
    cv2.putText(img, s, (x, y), font, scale, colour, th, cv2.LINE_AA)


def draw_face(rng: np.random.Generator, w: int, h: int) -> RGB:
    """A face-like portrait (skin oval, hair, brows, eyes, nose shadow, mouth) on a light backdrop."""
    img = np.full((h, w, 3), rng.integers(205, 235), np.uint8)
    skin = SKIN[int(rng.integers(len(SKIN)))]
    hair = HAIR[int(rng.integers(len(HAIR)))]
    cx, cy = w // 2, int(h * 0.5)
    fw, fh = int(w * 0.30), int(h * 0.29)
    cv2.ellipse(img, (cx, h + h // 10), (int(w * 0.55), int(h * 0.3)), 0, 180, 360, (40, 50, 80), -1, cv2.LINE_AA)
    cv2.rectangle(img, (cx - fw // 2, cy + fh // 2), (cx + fw // 2, cy + fh + h // 12),
                  tuple(int(c * 0.85) for c in skin), -1)
    cv2.ellipse(img, (cx, cy - fh // 6), (int(fw * 1.18), int(fh * 1.12)), 0, 180, 360, hair, -1, cv2.LINE_AA)
    cv2.ellipse(img, (cx, cy), (fw, fh), 0, 0, 360, skin, -1, cv2.LINE_AA)
    cv2.ellipse(img, (cx, cy - int(fh * 0.78)), (int(fw * 0.98), int(fh * 0.35)), 0, 180, 360, hair, -1,
                cv2.LINE_AA)
    dark = tuple(int(c * 0.25) for c in skin)
    eye_y, ex = cy - int(fh * 0.15), int(fw * 0.42)
    ew, eh = max(3, int(fw * 0.2)), max(2, int(fh * 0.08))
    for sx in (-1, 1):
        x = cx + sx * ex
        cv2.ellipse(img, (x, eye_y), (ew, eh), 0, 0, 360, (245, 245, 240), -1, cv2.LINE_AA)
        cv2.circle(img, (x, eye_y), max(2, eh), (40, 30, 25), -1, cv2.LINE_AA)
        cv2.ellipse(img, (x, eye_y - eh), (int(ew * 1.2), int(eh * 1.8)), 0, 200, 340, dark, max(1, eh // 2),
                    cv2.LINE_AA)
        cv2.line(img, (x - int(ew * 1.1), eye_y - int(eh * 3.2)), (x + int(ew * 1.1), eye_y - int(eh * 3.4)),
                 tuple(int(c * 0.8) for c in hair), max(2, int(eh * 0.9)), cv2.LINE_AA)
    nose = cy + int(fh * 0.25)
    cv2.line(img, (cx + 2, eye_y + eh), (cx + int(fw * 0.06), nose), tuple(int(c * 0.75) for c in skin),
             max(1, fw // 18), cv2.LINE_AA)
    for sx in (-1, 1):
        cv2.circle(img, (cx + sx * int(fw * 0.12), nose), max(1, fw // 22), tuple(int(c * 0.55) for c in skin),
                   -1, cv2.LINE_AA)
    mouth = cy + int(fh * 0.52)
    cv2.ellipse(img, (cx, mouth), (int(fw * 0.32), max(2, int(fh * 0.07))), 0, 0, 180, (150, 70, 70), -1,
                cv2.LINE_AA)
    return np.asarray(cv2.GaussianBlur(img, (0, 0), max(0.6, w / 250)), np.uint8)


def render_card(rng: np.random.Generator, kind: str = "id1", *, ppmm: float = 10.0, portrait: bool = True) -> Card:
    """A flat document at `ppmm` pixels per millimetre."""
    wmm, hmm = DOC_MM[kind]
    w, h = round(wmm * ppmm), round(hmm * ppmm)
    paper = np.array(PAPER[int(rng.integers(len(PAPER)))], np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tint = 1.0 + 0.03 * np.sin(xx / w * 3.1 + rng.random() * 6) * np.cos(yy / h * 2.3)
    img = np.clip(paper[None, None, :] * tint[:, :, None], 0, 255).astype(np.uint8)
    ink = INK[int(rng.integers(len(INK)))]
    light = tuple(int(255 - (255 - c) * 0.35) for c in ink)
    for j in range(int(rng.integers(14, 24))):  # guilloche-like waves
        xs = np.linspace(0, w, 200)
        ys = h * j / 18 + 0.03 * h * np.sin(xs / w * rng.uniform(5, 12) + j)
        cv2.polylines(img, [np.stack([xs, ys], 1).astype(np.int32)], False, light, 1, cv2.LINE_AA)
    header = int(7 * ppmm)
    cv2.rectangle(img, (0, 0), (w, header), ink, -1)
    _text(img, rng, int(4 * ppmm), int(5 * ppmm), int(3 * ppmm), 14, (250, 250, 250))
    px, py, pw, ph = 4 * ppmm, 10 * ppmm, (22 if kind == "id1" else 32) * ppmm, (28 if kind == "id1" else 40) * ppmm
    face_box: tuple[int, int, int, int] | None = (int(px), int(py), int(px + pw), int(py + ph))
    assert face_box is not None
    if portrait:
        img[face_box[1]:face_box[3], face_box[0]:face_box[2]] = draw_face(rng, face_box[2] - face_box[0],
                                                                        face_box[3] - face_box[1])
    else:  # the back of a card: a plain panel with a few lines where the photo would be
        cv2.rectangle(img, face_box[:2], face_box[2:], light, -1)
        for k in range(4):
            _text(img, rng, face_box[0] + 5, face_box[1] + int((k + 1) * ph / 5), int(2 * ppmm), 6, (60, 60, 70))
        face_box = None
    tx = int(px + pw + 4 * ppmm)
    mrz_lines = 3 if kind == "id1" else 2
    mrz_top = h - int((mrz_lines * 4.23 + 2.5) * ppmm)
    for k in range(int((mrz_top - 12 * ppmm) / (5 * ppmm))):
        y = int(12 * ppmm + k * 5 * ppmm)
        _text(img, rng, tx, y, int(1.6 * ppmm), 8, (90, 90, 100))
        _text(img, rng, tx, y + int(2.8 * ppmm), int(2.2 * ppmm), int(rng.integers(8, 18)), (20, 20, 30))
    cv2.rectangle(img, (0, mrz_top - int(ppmm)), (w, h), tuple(int(min(255, c * 1.03)) for c in paper), -1)
    n = 30 if kind == "id1" else 44
    for k in range(mrz_lines):
        y = mrz_top + int((k + 1) * 4.23 * ppmm)
        _text(img, rng, int(4 * ppmm), y, int(2.4 * ppmm), n, (15, 15, 20), font=cv2.FONT_HERSHEY_PLAIN,
              charset=MRZ_CHARS, thickness=max(1, round(0.3 * ppmm)))
    return Card(img, face_box, (0, mrz_top, w, h), kind)


def _desk(rng: np.random.Generator, width: int, height: int) -> RGB:
    base = np.array(DESK[int(rng.integers(len(DESK)))], np.float32)
    small = rng.normal(0, 1, (height // 16 + 2, width // 16 + 2)).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 1.5)
    tex = cv2.resize(small, (width, height), interpolation=cv2.INTER_CUBIC)
    grain = np.sin(np.arange(width, dtype=np.float32) / rng.uniform(8, 30))[None, :] * 0.05
    shade = 1 + 0.12 * tex + grain
    return np.clip(base[None, None, :] * shade[:, :, None], 0, 255).astype(np.uint8)


def _rotation(rx: float, ry: float, rz: float) -> npt.NDArray[np.float64]:
    cx, sx, cy, sy, cz, sz = math.cos(rx), math.sin(rx), math.cos(ry), math.sin(ry), math.cos(rz), math.sin(rz)
    mx = np.array([[1, 0, 0], [0, cx, -sx], [0, sx, cx]])
    my = np.array([[cy, 0, sy], [0, 1, 0], [-sy, 0, cy]])
    mz = np.array([[cz, -sz, 0], [sz, cz, 0], [0, 0, 1]])
    return mz @ my @ mx


def project(doc_mm: tuple[float, float], size: tuple[int, int], *, dpi: float, centre: tuple[float, float],
            rx: float, ry: float, rz: float) -> npt.NDArray[np.float32]:
    """Corners of a document turned by (rx, ry, rz) radians seen through a pinhole camera (f = 0.9 x width).

    `dpi` sets the distance: the flat document's long side would span `dpi` pixels per inch; `centre` is the
    document centre in frame pixels.
    """
    width, _ = size
    f = 0.9 * width
    wmm, hmm = doc_mm
    distance = f * 25.4 / dpi  # mm from the camera when facing it
    corners = np.array([[-wmm / 2, -hmm / 2, 0], [wmm / 2, -hmm / 2, 0], [wmm / 2, hmm / 2, 0],
                        [-wmm / 2, hmm / 2, 0]])
    cam = corners @ _rotation(rx, ry, rz).T + np.array([0.0, 0.0, distance])
    pts = f * cam[:, :2] / cam[:, 2:3]
    return (pts + np.array(centre)).astype(np.float32)


def _composite(bg: RGB, card: RGB, quad: npt.NDArray[np.float32]) -> RGB:
    h, w = card.shape[:2]
    src = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, quad)
    size = (bg.shape[1], bg.shape[0])
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, size, flags=cv2.INTER_LINEAR)
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    return (bg * (1 - alpha) + warped * alpha).astype(np.uint8)


def _camera(img: RGB, rng: np.random.Generator) -> RGB:
    """What a webcam adds to every frame: a slight softness and sensor noise."""
    soft = cv2.GaussianBlur(img, (0, 0), 0.5)
    noise = rng.normal(0, 2.0, img.shape).astype(np.float32)
    return np.clip(soft.astype(np.float32) + noise, 0, 255).astype(np.uint8)


def _card_point(quad: npt.NDArray[np.float32], u: float, v: float) -> tuple[float, float]:
    """Frame position of the relative card position (u, v) in 0..1."""
    src = np.array([[0, 0], [1, 0], [1, 1], [0, 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, quad)
    p = cv2.perspectiveTransform(np.array([[[u, v]]], np.float32), matrix)[0, 0]
    return float(p[0]), float(p[1])


def _glare(img: RGB, quad: npt.NDArray[np.float32], side: str, rng: np.random.Generator) -> RGB:
    u = {"left": 0.2, "right": 0.8, "centre": 0.5}[side] + rng.uniform(-0.05, 0.05)
    v = rng.uniform(0.4, 0.6)
    cx, cy = _card_point(quad, u, v)
    doc_w = float(np.linalg.norm(quad[1] - quad[0]))
    radius = doc_w * rng.uniform(0.07, 0.12)
    yy, xx = np.mgrid[0:img.shape[0], 0:img.shape[1]].astype(np.float32)
    d2 = ((xx - cx) ** 2 / 1.6 + (yy - cy) ** 2) / (radius * radius)
    spot = 400.0 * np.exp(-d2 * 1.2)
    return np.clip(img.astype(np.float32) + spot[:, :, None], 0, 255).astype(np.uint8)


def _screen(img: RGB, rng: np.random.Generator) -> RGB:
    """A photo of a display: RGB sub-pixel stripes and dark row gaps, slightly rotated, then resampled (moire)."""
    h, w = img.shape[:2]
    period = rng.uniform(3.2, 5.5)
    angle = rng.uniform(-4, 4)
    up = 3
    hh, ww = h * up, w * up
    yy, xx = np.mgrid[0:hh, 0:ww].astype(np.float32) / up
    t = math.radians(angle)
    xr = xx * math.cos(t) + yy * math.sin(t)
    yr = -xx * math.sin(t) + yy * math.cos(t)
    phase = (xr / period) % 1.0
    mask = np.stack([(phase < 1 / 3), (phase >= 1 / 3) & (phase < 2 / 3), (phase >= 2 / 3)], -1).astype(np.float32)
    rows = ((yr / period) % 1.0 < 0.8).astype(np.float32)[:, :, None]
    grid = 0.35 + 0.65 * mask * rows * 3 / 1.3
    grid = cv2.resize(grid, (w, h), interpolation=cv2.INTER_AREA)
    out = img.astype(np.float32) * grid
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    return np.clip(out * 1.15 + 10, 0, 255).astype(np.uint8)


def _motion_kernel(length: int, angle: float) -> npt.NDArray[np.float32]:
    k = np.zeros((length, length), np.float32)
    k[length // 2, :] = 1.0
    m = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), angle, 1.0)
    k = cv2.warpAffine(k, m, (length, length))
    return (k / max(float(k.sum()), 1e-6)).astype(np.float32)


def make_frame(seed: int, condition: str = "clean", size: tuple[int, int] = (1280, 720),
               kind: str | None = None) -> Frame:
    """One labelled frame (see the module docstring)."""
    if condition not in EXPECTED:
        raise ValueError(f"unknown condition {condition!r}")
    rng = np.random.default_rng([seed, CONDITIONS.index(condition), size[0]])
    width, height = size
    kind = kind or ("id1" if rng.random() < 0.6 else "id3")
    doc_mm = DOC_MM[kind]
    long_in = doc_mm[0] / 25.4
    max_dpi = 0.86 * width / long_in  # the card must fit with a margin
    max_dpi = min(max_dpi, 0.80 * height / (doc_mm[1] / 25.4))
    dpi = rng.uniform(0.6, 0.95) * max_dpi
    dpi = max(dpi, 150.0)
    rx, ry = rng.uniform(-0.10, 0.10, 2)  # radians: up to ~6 degrees of tilt
    rz = rng.uniform(-0.20, 0.20)
    if condition == "far":
        dpi = rng.uniform(45, 90)
    if condition == "tilt":
        axis = rng.integers(2)
        big = rng.uniform(0.75, 1.0) * rng.choice([-1, 1])  # 43..57 degrees
        rx, ry = (big, rng.uniform(-0.1, 0.1)) if axis == 0 else (rng.uniform(-0.1, 0.1), big)
    doc_w_px = dpi * long_in
    doc_h_px = dpi * doc_mm[1] / 25.4
    cx = width / 2 + rng.uniform(-1, 1) * max(0.0, (width - doc_w_px * 1.15) / 2) * 0.8
    cy = height / 2 + rng.uniform(-1, 1) * max(0.0, (height - doc_h_px * 1.15) / 2) * 0.8
    if condition == "out_of_frame":
        side = int(rng.integers(4))
        cut = rng.uniform(0.15, 0.35)
        if side == 0:
            cx = doc_w_px * (0.5 - cut)
        elif side == 1:
            cx = width - doc_w_px * (0.5 - cut)
        elif side == 2:
            cy = doc_h_px * (0.5 - cut)
        else:
            cy = height - doc_h_px * (0.5 - cut)
    quad = project(doc_mm, size, dpi=dpi, centre=(cx, cy), rx=rx, ry=ry, rz=rz)
    if condition != "out_of_frame":  # keep the whole card in view with a margin of 3 % of the frame
        for _ in range(8):
            margin_x, margin_y = 0.03 * width, 0.03 * height
            x0, y0 = quad.min(axis=0)
            x1, y1 = quad.max(axis=0)
            if x1 - x0 > width - 2 * margin_x or y1 - y0 > height - 2 * margin_y:
                dpi *= 0.9
                quad = project(doc_mm, size, dpi=dpi, centre=(cx, cy), rx=rx, ry=ry, rz=rz)
                continue
            cx += max(0.0, margin_x - x0) - max(0.0, x1 - (width - margin_x))
            cy += max(0.0, margin_y - y0) - max(0.0, y1 - (height - margin_y))
            quad = project(doc_mm, size, dpi=dpi, centre=(cx, cy), rx=rx, ry=ry, rz=rz)
            break
    ppmm = max(4.0, min(16.0, dpi / 25.4 * 1.25))  # render finer than the frame samples it: never upscale
    card = render_card(rng, kind, ppmm=ppmm, portrait=condition != "no_portrait")
    card_rgb = card.rgb
    if condition == "photocopy":
        g = cv2.cvtColor(card_rgb, cv2.COLOR_RGB2GRAY)
        g = np.clip((g.astype(np.float32) - 128) * 1.05 + 124, 0, 255).astype(np.uint8)
        card_rgb = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    bg = _desk(rng, width, height)
    img = _composite(bg, card_rgb, quad)
    gain = rng.uniform(0.8, 0.98)  # auto-exposure keeps white paper below clipping
    img = np.clip(img.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    glare_side = None
    previous: RGB | None = None
    if condition.startswith("glare_"):
        glare_side = condition.removeprefix("glare_")
        img = _glare(img, quad, glare_side, rng)
    elif condition == "screen":
        img = _screen(img, rng)
    if condition == "moving":
        shift = doc_w_px * rng.uniform(0.05, 0.10)
        ang = rng.uniform(0, 2 * math.pi)
        prev_quad = (quad + np.array([math.cos(ang), math.sin(ang)], np.float32) * shift).astype(np.float32)
        prev = _composite(bg, card_rgb, prev_quad)
        previous = np.clip(prev.astype(np.float32) * gain, 0, 255).astype(np.uint8)
    img = _camera(img, rng)
    if previous is not None:
        previous = _camera(previous, rng)
    if condition == "blur":
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(2.5, 4.0) * width / 1280)
    elif condition == "motion_blur":
        length = int(rng.integers(12, 22) * width / 1280)
        img = cv2.filter2D(img, -1, _motion_kernel(length, rng.uniform(0, 180)))
    elif condition == "dark":
        img = np.clip(img.astype(np.float32) * rng.uniform(0.10, 0.22) + rng.normal(0, 2, img.shape), 0, 255
                      ).astype(np.uint8)
    elif condition == "bright":
        img = np.clip(img.astype(np.float32) * rng.uniform(1.9, 2.6) + 30, 0, 255).astype(np.uint8)
    return Frame(rgb=np.ascontiguousarray(img), quad=quad, condition=condition, kind=kind, dpi=float(dpi),
                 expected=EXPECTED[condition], tolerated=TOLERATED.get(condition, frozenset()),
                 previous=previous, glare_side=glare_side)
