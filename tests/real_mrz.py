"""The real MRZ dev set (`../shared/real_mrz_dev`): cases with their truth, and variants made in memory.

A variant is encoded file bytes, as an operator's file would arrive; nothing is written to disk:
- `upright`: the file as stored;
- `rot90`, `rot180`, `rot270`: the upright pixels turned clockwise by that much (PNG, lossless, so the turn is the
  only change);
- `exif1` .. `exif8`: the upright pixels stored transformed, with the EXIF Orientation tag that makes a correct
  viewer show them upright again (JPEG q95 with EXIF; `exif1` is the untransformed JPEG control);
- `skew20`, `skew110`: the upright pixels turned 20 and 110 degrees clockwise (a quarter turn and 20 degrees) on a
  canvas grown to hold them, the corners filled with a mid grey (PNG): a document laid down crooked;
- `half`: the upright pixels at 50 % (INTER_AREA, PNG);
- `12mp`: the upright pixels upscaled to about 4000x3000 (INTER_CUBIC, JPEG q90), a phone-sized photo;
- `no_mrz`: the part of the upright image that holds no MRZ (see `NO_MRZ_KEEP`), PNG.

The dev set is found at `$SCANSTATION_REAL_MRZ_DEV` or `<repo>/../shared/real_mrz_dev`.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

RGB = npt.NDArray[np.uint8]

DEV_SET_ENV = "SCANSTATION_REAL_MRZ_DEV"
REPO_ROOT = Path(__file__).resolve().parent.parent

TURNS = ("rot90", "rot180", "rot270")
SKEWS = {"skew20": 20.0, "skew110": 110.0}  # degrees clockwise
EXIF_COPIES = tuple(f"exif{n}" for n in range(1, 9))
VARIANTS = ("upright", *TURNS, *SKEWS, *EXIF_COPIES, "half", "12mp", "no_mrz")

EXIF_ORIENTATION_TAG = 0x0112
# What a viewer does to stored pixels with Orientation n (as Pillow's exif_transpose), and its inverse, which
# turns upright pixels into the stored ones.
_VIEWER_TRANSFORM: dict[int, Image.Transpose | None] = {
    1: None, 2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE, 6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90,
}
_INVERSE = {Image.Transpose.ROTATE_90: Image.Transpose.ROTATE_270,
            Image.Transpose.ROTATE_270: Image.Transpose.ROTATE_90}  # the others are their own inverse
_TURN_CODE = {"rot90": cv2.ROTATE_90_CLOCKWISE, "rot180": cv2.ROTATE_180, "rot270": cv2.ROTATE_90_COUNTERCLOCKWISE}

TWELVE_MP = 12_000_000
# The part of the upright image kept for `no_mrz`: (side, fraction). The MRZ sits along the bottom edge of every
# document here except where the image shows the page turned; the cut keeps a side far from the band. Checked by
# eye on a contact sheet of all 38 crops.
NO_MRZ_DEFAULT = ("top", 0.45)
NO_MRZ_KEEP: dict[str, tuple[str, float]] = {
    "pe_0_pass-lva.jpg": ("right", 0.45),  # page photographed turned: the MRZ runs down the left side
}


@dataclass(frozen=True, slots=True)
class Case:
    """One dev-set image and its truth (ground_truth.json)."""

    name: str
    path: Path
    lines: tuple[str, ...]  # the MRZ exactly as printed
    format: str  # TD1 / TD2 / TD3 / MRVA / MRVB
    fields: dict[str, str]  # document_code, issuing_state, document_number, date_of_birth (YYMMDD), sex, ...
    check_digits_valid: bool  # False: the specimen prints check digits that do not verify
    scored: bool  # False: listed but not counted (not ICAO-conformant text)
    notes: str


def dev_set_dir() -> Path:
    """Where the dev set is (it may not exist: callers skip or fail with `dev_set_missing`)."""
    override = os.environ.get(DEV_SET_ENV)
    return Path(override) if override else REPO_ROOT.parent / "shared" / "real_mrz_dev"


def dev_set_missing() -> str | None:
    """None when the dev set is readable, else a sentence saying what is missing."""
    root = dev_set_dir()
    if not (root / "ground_truth.json").is_file():
        return f"real MRZ dev set not found at {root} (set {DEV_SET_ENV})"
    return None


def load_cases(*, scored_only: bool = True) -> list[Case]:
    """The dev set's cases in file-name order; the unscored ones only when asked."""
    root = dev_set_dir()
    truth = json.loads((root / "ground_truth.json").read_text(encoding="utf-8"))
    cases = [
        Case(name=name, path=root / "images" / name, lines=tuple(t["mrz"]), format=t["format"], fields=t["fields"],
             check_digits_valid=bool(t["printed_check_digits_valid"]), scored=bool(t.get("score", True)),
             notes=t.get("notes", ""))
        for name, t in sorted(truth.items())
    ]
    return [c for c in cases if c.scored or not scored_only]


@lru_cache(maxsize=4)
def _file_bytes(path: Path) -> bytes:
    return path.read_bytes()


def upright_rgb(case: Case) -> RGB:
    """The pixels a correct viewer shows (EXIF orientation applied), RGB."""
    with Image.open(io.BytesIO(_file_bytes(case.path))) as image:
        return np.ascontiguousarray(np.asarray(ImageOps.exif_transpose(image).convert("RGB"), dtype=np.uint8))


def encode_png(rgb: RGB) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, "PNG")
    return buf.getvalue()


def encode_jpeg(rgb: RGB, quality: int, orientation: int | None = None) -> bytes:
    buf = io.BytesIO()
    image = Image.fromarray(rgb)
    if orientation is None:
        image.save(buf, "JPEG", quality=quality)
    else:
        exif = Image.Exif()
        exif[EXIF_ORIENTATION_TAG] = orientation
        image.save(buf, "JPEG", quality=quality, exif=exif.tobytes())
    return buf.getvalue()


def exif_copy(rgb: RGB, orientation: int) -> bytes:
    """JPEG whose stored pixels, shown with EXIF Orientation `orientation`, are `rgb`."""
    viewer = _VIEWER_TRANSFORM[orientation]
    image = Image.fromarray(rgb)
    stored = image if viewer is None else image.transpose(_INVERSE.get(viewer, viewer))
    return encode_jpeg(np.asarray(stored, dtype=np.uint8), 95, orientation=orientation)


def turned_by(rgb: RGB, degrees: float) -> RGB:
    """`rgb` turned `degrees` clockwise about its centre on a canvas grown to hold all of it (mid-grey corners)."""
    height, width = rgb.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), -degrees, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = round(height * sin + width * cos), round(height * cos + width * sin)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    out = cv2.warpAffine(rgb, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(128, 128, 128))
    return np.ascontiguousarray(out, dtype=np.uint8)


def no_mrz_crop(case: Case, rgb: RGB) -> RGB:
    side, fraction = NO_MRZ_KEEP.get(case.name, NO_MRZ_DEFAULT)
    height, width = rgb.shape[:2]
    if side == "top":
        return rgb[: round(height * fraction)]
    if side == "right":
        return rgb[:, width - round(width * fraction):]
    raise ValueError(f"unknown side {side!r}")


def variant_bytes(case: Case, variant: str) -> bytes:
    """The encoded file bytes of one variant of one case (see the module docstring)."""
    if variant == "upright":
        return _file_bytes(case.path)
    rgb = upright_rgb(case)
    if variant in _TURN_CODE:
        return encode_png(np.ascontiguousarray(cv2.rotate(rgb, _TURN_CODE[variant])))
    if variant in SKEWS:
        return encode_png(turned_by(rgb, SKEWS[variant]))
    if variant in EXIF_COPIES:
        return exif_copy(rgb, int(variant.removeprefix("exif")))
    height, width = rgb.shape[:2]
    if variant == "half":
        half = cv2.resize(rgb, (round(width / 2), round(height / 2)), interpolation=cv2.INTER_AREA)
        return encode_png(np.asarray(half, dtype=np.uint8))
    if variant == "12mp":
        scale = (TWELVE_MP / (width * height)) ** 0.5
        big = cv2.resize(rgb, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_CUBIC)
        return encode_jpeg(np.asarray(big, dtype=np.uint8), 90)
    if variant == "no_mrz":
        return encode_png(np.ascontiguousarray(no_mrz_crop(case, rgb)))
    raise ValueError(f"unknown variant {variant!r}; one of {', '.join(VARIANTS)}")


def has_mrz(variant: str) -> bool:
    return variant != "no_mrz"
