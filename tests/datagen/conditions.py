"""Capture conditions applied to a flat document: scanner bed, phone photo on a desk, blur, low resolution,
JPEG artefacts, uneven light, glare, upside down and a hard mix. Geometry (document quad, portrait box) is
carried through every transform so the ground truth stays exact."""

from __future__ import annotations

import random
from dataclasses import dataclass

import cv2
import numpy as np

from tests.datagen.fonts import font

CONDITIONS: tuple[str, ...] = (
    "clean", "photo", "upside_down", "blur", "lowres", "jpeg", "uneven_light", "glare", "hard",
)


@dataclass
class Scene:
    rgb: np.ndarray
    quad: np.ndarray  # 4x2 float32, TL, TR, BR, BL of the document in image pixels
    portrait: np.ndarray  # 4x2 float32, the portrait rectangle's corners in image pixels
    mrz_char_height: float  # approximate MRZ character height in pixels


def _transform(points: np.ndarray, matrix: np.ndarray) -> np.ndarray:
    pts = np.concatenate([points, np.ones((len(points), 1), np.float32)], axis=1) @ matrix.T
    return (pts[:, :2] / pts[:, 2:3]).astype(np.float32)


def _desk(rng: random.Random, w: int, h: int) -> np.ndarray:
    """A cluttered desk: wood-like or plain surface, papers, a pen, a mug ring, printed text."""
    base = np.array(rng.choice([(120, 85, 55), (160, 120, 80), (90, 90, 95), (200, 200, 195), (60, 50, 45),
                                (140, 150, 160)]), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grain = 1.0 + 0.08 * np.sin(yy / h * rng.uniform(30, 80) + 3 * np.sin(xx / w * rng.uniform(2, 6)))
    desk = np.clip(base[None, None, :] * grain[:, :, None], 0, 255).astype(np.uint8)
    for _ in range(rng.randint(2, 6)):  # clutter
        shape = rng.random()
        colour = tuple(rng.randint(0, 255) for _ in range(3))
        if shape < 0.35:  # a sheet of paper with lines of text
            x, y = rng.randint(-w // 4, w), rng.randint(-h // 4, h)
            pw, ph = rng.randint(w // 6, w // 2), rng.randint(h // 6, h // 2)
            cv2.rectangle(desk, (x, y), (x + pw, y + ph), (238, 238, 232), -1)
            f = max(10, h // 60)
            for k in range(0, ph, f * 2):
                cv2.putText(desk, "Invoice 2291 total 41.20 EUR room 214", (x + 5, y + k + f), cv2.FONT_HERSHEY_SIMPLEX,
                            f / 30, (60, 60, 60), 1, cv2.LINE_AA)
        elif shape < 0.55:
            cv2.line(desk, (rng.randint(0, w), rng.randint(0, h)), (rng.randint(0, w), rng.randint(0, h)), colour,
                     rng.randint(6, 18), cv2.LINE_AA)
        elif shape < 0.75:
            cv2.circle(desk, (rng.randint(0, w), rng.randint(0, h)), rng.randint(h // 12, h // 5), colour,
                       rng.randint(5, 20), cv2.LINE_AA)
        else:
            x, y = rng.randint(0, w), rng.randint(0, h)
            cv2.rectangle(desk, (x, y), (x + rng.randint(20, w // 4), y + rng.randint(20, h // 4)), colour, -1)
    return desk


def _place(doc: np.ndarray, portrait_box: tuple[int, int, int, int], background: np.ndarray,
           dst_quad: np.ndarray) -> Scene:
    h, w = doc.shape[:2]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst_quad.astype(np.float32))
    bh, bw = background.shape[:2]
    interpolation = cv2.INTER_AREA if _scale(dst_quad, w) < 1 else cv2.INTER_LINEAR
    warped = cv2.warpPerspective(doc, m, (bw, bh), flags=interpolation)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (bw, bh))
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    out = (warped * alpha + background * (1 - alpha)).astype(np.uint8)
    x0, y0, x1, y1 = portrait_box
    portrait = _transform(np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32), m)
    return Scene(out, dst_quad.astype(np.float32), portrait, 0.0)


def _scale(quad: np.ndarray, width: int) -> float:
    return float(np.linalg.norm(quad[1] - quad[0]) / width)


def scan(doc: np.ndarray, portrait_box: tuple[int, int, int, int], rng: random.Random) -> Scene:
    """A flatbed scan: white bed, small margin, up to 1.5 degrees of skew, sensor noise."""
    h, w = doc.shape[:2]
    margin = rng.randint(40, 120)
    bw, bh = w + 2 * margin + rng.randint(0, 200), h + 2 * margin + rng.randint(0, 200)
    bed = np.full((bh, bw, 3), rng.randint(238, 252), np.uint8)
    angle = np.deg2rad(rng.uniform(-1.5, 1.5))
    c, s = np.cos(angle), np.sin(angle)
    centre = np.array([margin + w / 2, margin + h / 2], np.float32)
    corners = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    rot = np.array([[c, -s], [s, c]], np.float32)
    quad = corners @ rot.T + centre
    scene = _place(doc, portrait_box, bed, quad)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, 2.0, scene.rgb.shape)
    scene.rgb = np.clip(scene.rgb + noise, 0, 255).astype(np.uint8)
    return scene


def photo(doc: np.ndarray, portrait_box: tuple[int, int, int, int], rng: random.Random,
          *, max_angle: float = 20.0) -> Scene:
    """A phone photo on a desk: rotation up to +/-20 degrees, mild perspective, clutter, light falloff."""
    h, w = doc.shape[:2]
    bw, bh = rng.choice([(1600, 1200), (1920, 1080), (1280, 960), (1440, 1080)])
    fill = rng.uniform(0.55, 0.8)
    scale = fill * bw / w
    if h * scale > 0.8 * bh:
        scale = 0.8 * bh / h
    dw, dh = w * scale, h * scale
    angle = np.deg2rad(rng.uniform(-max_angle, max_angle))
    c, s = np.cos(angle), np.sin(angle)
    corners = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]], np.float32)
    quad = corners @ np.array([[c, -s], [s, c]], np.float32).T
    # mild perspective: pull two adjacent corners in by up to 6 %
    k = rng.randrange(4)
    shrink = rng.uniform(0.0, 0.06)
    centre_edge = (quad[k] + quad[(k + 1) % 4]) / 2
    quad[k] += (centre_edge - quad[k]) * shrink * 2
    quad[(k + 1) % 4] += (centre_edge - quad[(k + 1) % 4]) * shrink * 2
    # fit inside the frame with a random offset
    lo, hi = quad.min(axis=0), quad.max(axis=0)
    span = hi - lo
    room = np.array([bw, bh], np.float32) - span
    if (room < 8).any():
        f = float(min((bw - 8) / span[0], (bh - 8) / span[1]))
        quad *= f
        lo, hi = quad.min(axis=0), quad.max(axis=0)
        span = hi - lo
        room = np.array([bw, bh], np.float32) - span
    offset = np.array([rng.uniform(4, max(5.0, room[0] - 4)), rng.uniform(4, max(5.0, room[1] - 4))], np.float32)
    quad = quad - lo + offset
    scene = _place(doc, portrait_box, _desk(rng, bw, bh), quad)
    scene.rgb = uneven_light(scene.rgb, rng, strength=0.25)
    scene.rgb = cv2.GaussianBlur(scene.rgb, (0, 0), rng.uniform(0.5, 0.9))
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 5), scene.rgb.shape)
    scene.rgb = jpeg(np.clip(scene.rgb + noise, 0, 255).astype(np.uint8), rng.randint(70, 90))
    return scene


def blur(rgb: np.ndarray, rng: random.Random, char_h: float) -> np.ndarray:
    """Defocus or motion blur scaled to the character size (strong but usually still legible)."""
    if rng.random() < 0.5:
        return cv2.GaussianBlur(rgb, (0, 0), char_h * rng.uniform(0.06, 0.12))
    length = max(3, int(char_h * rng.uniform(0.2, 0.4)))
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1.0
    rot = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1.0)
    kernel = cv2.warpAffine(kernel, rot, (length, length))
    kernel /= max(kernel.sum(), 1e-6)
    return cv2.filter2D(rgb, -1, kernel)


def jpeg(rgb: np.ndarray, quality: int) -> np.ndarray:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)


def uneven_light(rgb: np.ndarray, rng: random.Random, strength: float = 0.55) -> np.ndarray:
    """A light gradient plus a soft shadow (a hand or a phone) across part of the image."""
    h, w = rgb.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0, 2 * np.pi)
    ramp = (np.cos(angle) * xx / w + np.sin(angle) * yy / h)
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    gain = 1.0 - strength * ramp
    if rng.random() < 0.6:
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        r = rng.uniform(0.2, 0.5) * max(w, h)
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        gain *= 1.0 - strength * 0.6 * np.clip(1 - d / r, 0, 1)
    return np.clip(rgb.astype(np.float32) * gain[:, :, None], 0, 255).astype(np.uint8)


def glare(rgb: np.ndarray, rng: random.Random, quad: np.ndarray) -> np.ndarray:
    """A bright specular spot somewhere on the document (it may touch the MRZ)."""
    h, w = rgb.shape[:2]
    t = np.array([rng.random(), rng.random()], np.float32)
    top = quad[0] + (quad[1] - quad[0]) * t[0]
    bottom = quad[3] + (quad[2] - quad[3]) * t[0]
    cx, cy = top + (bottom - top) * t[1]
    doc_w = float(np.linalg.norm(quad[1] - quad[0]))
    rx, ry = doc_w * rng.uniform(0.05, 0.14), doc_w * rng.uniform(0.03, 0.09)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    spot = np.exp(-d * 1.2) * rng.uniform(0.7, 1.0)
    out = rgb.astype(np.float32) + spot[:, :, None] * 255 * 1.3
    return np.clip(out, 0, 255).astype(np.uint8)


def resize_to_char_height(scene: Scene, target: float) -> Scene:
    f = target / max(scene.mrz_char_height, 1e-6)
    if f >= 1:
        return scene
    h, w = scene.rgb.shape[:2]
    nw, nh = max(1, round(w * f)), max(1, round(h * f))
    scene.rgb = cv2.resize(scene.rgb, (nw, nh), interpolation=cv2.INTER_AREA)
    sx, sy = nw / w, nh / h
    scene.quad = scene.quad * np.array([sx, sy], np.float32)
    scene.portrait = scene.portrait * np.array([sx, sy], np.float32)
    scene.mrz_char_height *= f
    return scene


def rotate_180(scene: Scene) -> Scene:
    h, w = scene.rgb.shape[:2]
    scene.rgb = np.ascontiguousarray(scene.rgb[::-1, ::-1])
    flip = np.array([w, h], np.float32)

    # corners keep the document's own order (quad[0] is the printed page's top-left, now bottom-right)
    scene.quad = flip - scene.quad
    scene.portrait = flip - scene.portrait
    return scene


def watermark_text(rgb: np.ndarray, rng: random.Random) -> np.ndarray:
    """A stray printed caption (a photocopy stamp) to confuse text detection."""
    img = rgb.copy()
    from PIL import Image, ImageDraw

    pil = Image.fromarray(img)
    draw = ImageDraw.Draw(pil)
    h = rgb.shape[0]
    draw.text((rng.randint(0, rgb.shape[1] // 2), rng.randint(0, h - 30)), "COPY 4417 <<< CHECK-IN",
              font=font("sans", max(10, h // 40)), fill=(90, 90, 90))
    return np.asarray(pil).copy()
