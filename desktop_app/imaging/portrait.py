"""Cut the holder's portrait (and the whole document) out of a document image, located from its MRZ.

ICAO 9303 fixes where things are relative to the machine readable zone: the MRZ is printed at 10 characters
per inch along the bottom of the document, and the portrait sits on the left, above it. Given the MRZ band (its
corners in the image) and its format, the character pitch gives the scale (2.54 mm) and the band gives the
direction, so the portrait zone and the document outline follow by geometry; perspective and rotation come for
free. The crop is then centred on the face dlib's detector finds inside the zone (`quality_face`); when it finds
none, the zone itself is used.

A zone full of small glyphs is text, not a photo: real TD1 cards print the MRZ on the back, where that corner
holds the address or the authority. Then there is no portrait rather than a wrong one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.imaging import quality_face

RGB = npt.NDArray[np.uint8]
Quad = npt.NDArray[np.float32]

MRZ_PITCH_MM = 2.54


@dataclass(frozen=True, slots=True)
class _Zones:
    """Millimetres relative to the MRZ's top-left corner (x right along the lines, y down the page)."""

    line_length: int
    portrait: tuple[float, float, float, float]  # x, y, width, height (y negative: above the MRZ)
    document: tuple[float, float, float, float]


# Nominal positions (Doc 9303 parts 4-7), with ~2 mm of slack around the portrait.
ZONES: dict[str, _Zones] = {
    "TD3": _Zones(44, (-2.0, -62.0, 36.0, 44.0), (-6.0, -77.0, 125.0, 88.0)),
    "MRV-A": _Zones(44, (-2.0, -59.0, 31.0, 38.0), (-4.0, -69.0, 120.0, 80.0)),
    "TD2": _Zones(36, (-3.5, -51.5, 30.0, 36.0), (-6.5, -63.5, 105.0, 74.0)),
    "MRV-B": _Zones(36, (-3.5, -53.5, 29.0, 35.0), (-6.5, -63.5, 105.0, 74.0)),
    "TD1": _Zones(30, (-3.0, -33.5, 23.0, 28.0), (-4.6, -40.3, 85.6, 54.0)),
}


@dataclass(frozen=True, slots=True)
class MrzFrame:
    """The MRZ's top-left corner and the image vectors of one millimetre along and down the document."""

    origin: npt.NDArray[np.float64]
    along: npt.NDArray[np.float64]
    down: npt.NDArray[np.float64]

    def point(self, x_mm: float, y_mm: float) -> npt.NDArray[np.float64]:
        return self.origin + self.along * x_mm + self.down * y_mm

    def quad(self, x: float, y: float, w: float, h: float) -> Quad:
        """Corners TL, TR, BR, BL (document-upright order) of a rectangle given in millimetres."""
        pts = [self.point(x, y), self.point(x + w, y), self.point(x + w, y + h), self.point(x, y + h)]
        return np.array(pts, np.float32)


def mrz_frame(band: npt.NDArray[np.floating], line_length: int) -> MrzFrame:
    """The frame of an MRZ band given by its corners TL, TR, BR, BL in document-upright order (image pixels).

    The band spans the text of the lines, so its width is `line_length` characters of 2.54 mm.
    """
    tl, tr, _, bl = (np.asarray(p, np.float64) for p in np.asarray(band, np.float64))
    width_px = float(np.linalg.norm(tr - tl))
    along_unit = (tr - tl) / max(width_px, 1e-6)
    px_per_mm = width_px / (line_length * MRZ_PITCH_MM)
    down_unit = bl - tl
    down_unit = down_unit / max(float(np.linalg.norm(down_unit)), 1e-6)
    return MrzFrame(origin=tl, along=along_unit * px_per_mm, down=down_unit * px_per_mm)


def portrait_quad(band: npt.NDArray[np.floating], mrz_format: str) -> Quad | None:
    """Where the portrait should be (4 points, image pixels), or None for an unknown format."""
    zones = ZONES.get(mrz_format)
    if zones is None:
        return None
    return mrz_frame(band, zones.line_length).quad(*zones.portrait)


def document_quad_from_mrz(band: npt.NDArray[np.floating], mrz_format: str) -> Quad | None:
    """The document's outline estimated from its MRZ (4 points, document-upright order), or None."""
    zones = ZONES.get(mrz_format)
    if zones is None:
        return None
    return mrz_frame(band, zones.line_length).quad(*zones.document)


def warp_quad(rgb: RGB, quad: npt.NDArray[np.floating], *, long_side: int) -> RGB:
    """The quadrilateral (TL, TR, BR, BL) cut out upright at `long_side` pixels on its longer side."""
    q = np.asarray(quad, np.float32)
    width = float(max(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[3])))
    height = float(max(np.linalg.norm(q[3] - q[0]), np.linalg.norm(q[2] - q[1])))
    scale = long_side / max(width, height, 1.0)
    w, h = max(8, round(width * scale)), max(8, round(height * scale))
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(q, dst)
    out = cv2.warpPerspective(rgb, m, (w, h), flags=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))
    return np.asarray(out, np.uint8)


FACE_MARGIN = 1.1


def _centre_on_face(crop: RGB) -> RGB:
    """Re-centre the zone crop on the largest face found in it; the crop as is when there is none.

    dlib's box spans brows to chin, so the crop reaches FACE_MARGIN box widths to each side and 1.5 box
    heights up and down: hair, ears and the neck stay in view as on the printed photo."""
    gray = np.asarray(cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY), np.uint8)
    faces = quality_face.find_faces(gray, min_size=max(24, crop.shape[1] // 5))
    if not faces:
        return crop
    x, y, w, h, _ = max(faces, key=lambda f: f.w * f.h)
    cx, cy = x + w / 2, y + h / 2
    half_w, half_h = w * FACE_MARGIN, h * 1.5
    x0, x1 = max(0, round(cx - half_w)), min(crop.shape[1], round(cx + half_w))
    y0, y1 = max(0, round(cy - half_h)), min(crop.shape[0], round(cy + half_h * 1.05))
    if x1 - x0 < 16 or y1 - y0 < 16:
        return crop
    return np.ascontiguousarray(crop[y0:y1, x0:x1])


TEXT_GLYPHS = 45  # glyph-sized dark marks in a portrait zone above which it is text (measured: photos <= 29,
#                   visual-zone text >= 54 on the generated set)


def glyph_count(rgb: RGB) -> int:
    """Dark marks of character size in `rgb`, at a fixed scale (160 px wide)."""
    gray = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
    h, w = gray.shape[:2]
    small = np.asarray(cv2.resize(gray, (160, max(8, round(h * 160 / max(w, 1)))), interpolation=cv2.INTER_AREA),
                       np.uint8)
    kernel = np.asarray(cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)), np.uint8)
    blackhat = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, kernel)
    _, mask = cv2.threshold(blackhat, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    glyphs = 0
    for i in range(1, count):
        cw, ch, area = (int(stats[i, k]) for k in (cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT, cv2.CC_STAT_AREA))
        if 3 <= ch <= 14 and 1 <= cw <= 14 and 4 <= area < 0.9 * cw * ch:
            glyphs += 1
    return glyphs


def crop_portrait(rgb: RGB, band: npt.NDArray[np.floating], mrz_format: str, *, long_side: int = 360) -> RGB | None:
    """The portrait as an upright RGB image; None when the zone falls outside the image or holds text."""
    quad = portrait_quad(band, mrz_format)
    if quad is None or not _mostly_inside(quad, rgb.shape[1], rgb.shape[0]):
        return None
    crop = warp_quad(rgb, quad, long_side=long_side)
    if glyph_count(crop) > TEXT_GLYPHS:
        return None
    return _centre_on_face(crop)


def crop_document(rgb: RGB, band: npt.NDArray[np.floating], mrz_format: str, *,
                  found_quad: npt.NDArray[np.floating] | None = None, long_side: int = 1000) -> RGB | None:
    """The document, perspective-corrected and upright.

    `found_quad` is an outline found in the image (any corner order); it is used when it agrees with the MRZ
    estimate (and re-ordered so the document is upright), otherwise the MRZ estimate is used.
    """
    estimate = document_quad_from_mrz(band, mrz_format)
    if estimate is None:
        return None
    quad = estimate
    if found_quad is not None:
        found = np.asarray(found_quad, np.float32).reshape(4, 2)
        # match each estimated corner to the nearest found corner; accept only a consistent, close match
        order = [int(np.argmin(np.linalg.norm(found - corner, axis=1))) for corner in estimate]
        size = float(np.linalg.norm(estimate[1] - estimate[0]))
        worst = max(float(np.linalg.norm(found[i] - c)) for i, c in zip(order, estimate, strict=True))
        if len(set(order)) == 4 and worst < 0.12 * size:
            quad = found[order]
    return warp_quad(rgb, quad, long_side=long_side)


def _mostly_inside(quad: Quad, width: int, height: int) -> bool:
    centre = quad.mean(axis=0)
    return bool(0 <= centre[0] < width and 0 <= centre[1] < height)


def encode_jpeg(rgb: RGB, quality: int = 88) -> bytes:
    """JPEG bytes of an RGB image (in memory; nothing touches the disk)."""
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the image could not be encoded as JPEG")
    return bytes(buf.tobytes())
