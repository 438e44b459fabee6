"""Seeded generator of synthetic ICAO 9303 documents (no real people) with exact ground truth.

    from tests.datagen import generate, clean_document, KINDS, CONDITIONS
    doc = generate(seed=7, kind="td3", condition="photo")
    doc.rgb, doc.truth, doc.mrz_lines, doc.quad, doc.portrait_box

Kinds: td3 (passport data page), td1 (ID card), td2, mrva / mrvb (visas). Conditions: see `CONDITIONS`.
The same (seed, kind, condition) always gives the same image. Needs Debian's fonts-ocr-b (`ocrb_available()`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from tests.datagen import conditions as cond
from tests.datagen.conditions import CONDITIONS, Scene
from tests.datagen.fonts import FontMissing, font, ocrb_available
from tests.datagen.identity import MRZ_SHAPES, REFERENCE_TODAY, Identity, check_digit, random_identity
from tests.datagen.layout import LAYOUTS, MM_PER_INCH
from tests.datagen.render import render_document

KINDS: tuple[str, ...] = ("td3", "td1", "td2", "mrva", "mrvb")

__all__ = ["CONDITIONS", "KINDS", "LAYOUTS", "MRZ_SHAPES", "REFERENCE_TODAY",
           "FontMissing", "GeneratedDoc", "check_digit", "clean_document",
           "generate", "ocrb_available"]


@dataclass
class GeneratedDoc:
    rgb: np.ndarray  # HxWx3 uint8
    truth: dict[str, Any]
    mrz_lines: list[str]
    quad: np.ndarray  # 4x2 float32: the document's corners (its own TL, TR, BR, BL) in image pixels
    portrait_box: tuple[int, int, int, int]  # x0, y0, x1, y1: axis-aligned box around the portrait in image pixels
    portrait_quad: np.ndarray = field(default_factory=lambda: np.zeros((4, 2), np.float32))


def _rng(seed: int, kind: str, salt: str) -> random.Random:
    return random.Random(f"{seed}:{kind}:{salt}")


def _identity_and_page(seed: int, kind: str, printed_mrz: list[str] | None = None,
                       ) -> tuple[Identity, np.ndarray, tuple[int, int, int, int], float]:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {KINDS}")
    rng = _rng(seed, kind, "doc")
    ident = random_identity(rng, kind)
    if printed_mrz is not None:
        printed = Identity(**{**ident.__dict__, "mrz_lines": list(printed_mrz)})
        page, portrait_box = render_document(printed, rng)
    else:
        page, portrait_box = render_document(ident, rng)
    ppm = 300 / MM_PER_INCH
    bbox = font("ocrb", max(8, round(3.3 * ppm))).getbbox("H")
    return ident, page, portrait_box, float(bbox[3] - bbox[1])


def _finish(ident: Identity, scene: Scene, kind: str, seed: int, condition: str) -> GeneratedDoc:
    box = scene.portrait
    h, w = scene.rgb.shape[:2]
    x0, y0 = np.floor(box.min(axis=0)).astype(int)
    x1, y1 = np.ceil(box.max(axis=0)).astype(int)
    portrait_box = (max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1)))
    truth = ident.truth()
    truth.update(seed=seed, condition=condition, quad=scene.quad.round(1).tolist(), portrait_box=list(portrait_box),
                 mrz_char_height_px=round(scene.mrz_char_height, 1), image_size=[w, h],
                 upside_down=condition == "upside_down")
    return GeneratedDoc(rgb=scene.rgb, truth=truth, mrz_lines=list(ident.mrz_lines), quad=scene.quad,
                        portrait_box=portrait_box, portrait_quad=scene.portrait)


def clean_document(seed: int, kind: str) -> GeneratedDoc:
    """A clean 300 dpi flatbed scan (white bed, < 1.5 degrees skew): the base other engineers add conditions to."""
    return generate(seed, kind, "clean")


def generate(seed: int, kind: str, condition: str, *, printed_mrz: list[str] | None = None) -> GeneratedDoc:
    """One synthetic document of `kind` captured under `condition` (see `KINDS`, `CONDITIONS`).

    `printed_mrz` prints other MRZ lines than the identity's own (e.g. a wrong check digit, to test that a
    reader reports the failure); the truth keeps the identity's correct lines and adds `printed_mrz_lines`.
    """
    if condition not in CONDITIONS:
        raise ValueError(f"unknown condition {condition!r}; choose one of {CONDITIONS}")
    ident, page, portrait_box, char_h = _identity_and_page(seed, kind, printed_mrz)
    rng = _rng(seed, kind, condition)
    if condition == "clean":
        scene = cond.scan(page, portrait_box, rng)
        scene.mrz_char_height = char_h
    elif condition in ("photo", "hard"):
        scene = cond.photo(page, portrait_box, rng)
        scene.mrz_char_height = char_h * float(np.linalg.norm(scene.quad[1] - scene.quad[0]) / page.shape[1])
    else:
        base = cond.photo if rng.random() < 0.5 else cond.scan
        scene = base(page, portrait_box, rng)
        scene.mrz_char_height = char_h * float(np.linalg.norm(scene.quad[1] - scene.quad[0]) / page.shape[1])

    if condition == "upside_down":
        scene = cond.rotate_180(scene)
    elif condition == "blur":
        scene.rgb = cond.blur(scene.rgb, rng, scene.mrz_char_height)
    elif condition == "lowres":
        scene = cond.resize_to_char_height(scene, rng.uniform(12.0, 20.0))
        scene.rgb = cond.jpeg(scene.rgb, rng.randint(80, 95))
    elif condition == "jpeg":
        scene.rgb = cond.jpeg(scene.rgb, rng.randint(12, 30))
    elif condition == "uneven_light":
        scene.rgb = cond.uneven_light(scene.rgb, rng, strength=rng.uniform(0.5, 0.7))
    elif condition == "glare":
        scene.rgb = cond.glare(scene.rgb, rng, scene.quad)
    elif condition == "hard":
        effects = rng.sample(["blur", "lowres", "jpeg", "uneven", "glare", "caption"], rng.randint(2, 3))
        if "uneven" in effects:
            scene.rgb = cond.uneven_light(scene.rgb, rng, strength=rng.uniform(0.35, 0.55))
        if "glare" in effects:
            scene.rgb = cond.glare(scene.rgb, rng, scene.quad)
        if "caption" in effects:
            scene.rgb = cond.watermark_text(scene.rgb, rng)
        if "blur" in effects:
            scene.rgb = cond.blur(scene.rgb, rng, scene.mrz_char_height * 0.7)
        if "lowres" in effects:
            scene = cond.resize_to_char_height(scene, rng.uniform(14.0, 20.0))
        if "jpeg" in effects:
            scene.rgb = cond.jpeg(scene.rgb, rng.randint(25, 45))
        if rng.random() < 0.25:
            scene = cond.rotate_180(scene)
    doc = _finish(ident, scene, kind, seed, condition)
    if printed_mrz is not None:
        doc.truth["printed_mrz_lines"] = list(printed_mrz)
    return doc

