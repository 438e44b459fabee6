"""Render a flat, upright synthetic document (the 'clean' card before any capture condition)."""

from __future__ import annotations

import datetime as dt
import math
import random

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.datagen.fonts import font
from tests.datagen.identity import Identity
from tests.datagen.layout import LAYOUTS, MM_PER_INCH, MRZ_LINE_PITCH_MM, MRZ_PITCH_MM
from tests.datagen.portrait import draw_portrait

PAPER = [(236, 232, 218), (226, 236, 230), (232, 228, 240), (240, 234, 222), (224, 232, 240)]
INK = [(170, 120, 160), (110, 150, 190), (150, 180, 140), (200, 150, 120), (140, 140, 190)]
COUNTRY_NAMES = {"UTO": "UTOPIA", "D": "BUNDESREPUBLIK DEUTSCHLAND", "FRA": "RÉPUBLIQUE FRANÇAISE",
                 "GBR": "UNITED KINGDOM", "USA": "UNITED STATES OF AMERICA", "NLD": "KONINKRIJK DER NEDERLANDEN"}


def _guilloche(canvas: np.ndarray, rng: random.Random, colour: tuple[int, int, int]) -> None:
    h, w = canvas.shape[:2]
    t = np.linspace(0, 2 * math.pi, 1400)
    for _ in range(rng.randint(2, 3)):  # rosettes
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        big, small = rng.uniform(0.18, 0.35) * w, rng.uniform(0.02, 0.06) * w
        k = rng.randint(7, 19)
        for j in range(rng.randint(10, 18)):
            r = big * (0.55 + 0.03 * j)
            x = cx + r * np.cos(t) + small * np.cos(k * t + j * 0.3)
            y = cy + r * np.sin(t) * 0.7 + small * np.sin(k * t + j * 0.3)
            pts = np.stack([x, y], axis=1).astype(np.int32)
            cv2.polylines(canvas, [pts], True, colour, 1, cv2.LINE_AA)
    for j in range(rng.randint(20, 40)):  # waves across the page
        y0 = h * j / 30
        xs = np.linspace(0, w, 300)
        ys = y0 + 0.02 * h * np.sin(xs / w * rng.uniform(6, 14) + j) + 0.01 * h * np.sin(xs / w * 31 + j * 0.7)
        pts = np.stack([xs, ys], axis=1).astype(np.int32)
        cv2.polylines(canvas, [pts], False, colour, 1, cv2.LINE_AA)


def _viz_date(d: dt.date) -> str:
    return d.strftime("%d %b %Y").upper()


def render_document(ident: Identity, rng: random.Random,
                    dpi: int = 300) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """The flat document as RGB at `dpi`, and the portrait box (x0, y0, x1, y1) in its pixels."""
    lay = LAYOUTS[ident.kind]
    ppm = dpi / MM_PER_INCH
    w, h = round(lay.width_mm * ppm), round(lay.height_mm * ppm)
    paper = np.array(rng.choice(PAPER), np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    tint = 1.0 + 0.03 * np.sin(xx / w * 3.1 + rng.random() * 6) * np.cos(yy / h * 2.3)
    canvas = np.clip(paper[None, None, :] * tint[:, :, None], 0, 255).astype(np.uint8)
    ink = rng.choice(INK)
    _guilloche(canvas, rng, ink)

    # portrait
    px, py, pw, ph = (round(v * ppm) for v in lay.portrait_mm)
    face = draw_portrait(rng, pw, ph, grayscale=rng.random() < 0.25)
    canvas[py:py + ph, px:px + pw] = face
    portrait_box = (px, py, px + pw, py + ph)

    img = Image.fromarray(canvas)
    draw = ImageDraw.Draw(img)
    label_font = font("sans", max(8, round(1.5 * ppm)))
    value_font = font("sans_bold", max(9, round(2.3 * ppm)))
    title_font = font("sans_bold", max(10, round(3.2 * ppm)))
    dark = (25, 25, 40)
    label_colour = tuple(max(0, c - 90) for c in ink)
    draw.text((round(lay.width_mm * ppm * 0.32), round(2.5 * ppm)), lay.title, font=title_font, fill=dark)
    country = COUNTRY_NAMES.get(ident.issuing_state, ident.issuing_state)
    draw.text((round(lay.width_mm * ppm * 0.32), round(6.5 * ppm)), country, font=label_font, fill=label_colour)

    x0 = (lay.portrait_mm[0] + lay.portrait_mm[2] + 4) * ppm
    items = [
        ("Type / Code", f"{ident.document_code}   {ident.issuing_state}"),
        ("Document No.", ident.number),
        ("Surname / Nom", ident.surname),
        ("Given names / Prénoms", ident.given_names or "—"),
        ("Nationality", ident.nationality),
        ("Date of birth", _viz_date(ident.date_of_birth)),
        ("Sex", {"<": "X"}.get(ident.sex, ident.sex)),
        ("Place of birth", ident.place_of_birth),
        ("Date of issue", _viz_date(ident.date_of_issue)),
        ("Date of expiry", _viz_date(ident.date_of_expiry)),
    ]
    mrz_top_mm = lay.height_mm - lay.mrz_last_line_mm - (len(ident.mrz_lines) - 0.5) * MRZ_LINE_PITCH_MM - 2.0
    y = lay.portrait_mm[1] * ppm - 1.0 * ppm
    row = 5.0 * ppm
    col_w = (lay.width_mm * ppm - x0) / 2
    col = 0
    for label, value in items:
        if y + row > mrz_top_mm * ppm:
            if col == 1:
                break
            col, y = 1, lay.portrait_mm[1] * ppm - 1.0 * ppm
        x = x0 + col * col_w
        draw.text((x, y), label, font=label_font, fill=label_colour)
        draw.text((x, y + 1.7 * ppm), value, font=value_font, fill=dark)
        y += row
    # signature scribble under the portrait
    sig_y = (lay.portrait_mm[1] + lay.portrait_mm[3] + 3) * ppm
    if sig_y < mrz_top_mm * ppm:
        pts = [(px + i * pw / 20, sig_y + rng.uniform(-1.2, 1.2) * ppm) for i in range(21)]
        draw.line(pts, fill=(20, 20, 70), width=max(1, round(0.3 * ppm)))

    # MRZ: OCR-B, one character per 2.54 mm cell, cap height ~2.4 mm
    ocrb = font("ocrb_sharp" if rng.random() < 0.3 else "ocrb", max(8, round(3.3 * ppm)))
    pitch = MRZ_PITCH_MM * ppm
    n = len(ident.mrz_lines)
    mrz_ink = (rng.randint(0, 30),) * 3
    for i, line in enumerate(ident.mrz_lines):
        cy = (lay.height_mm - lay.mrz_last_line_mm - (n - 1 - i) * MRZ_LINE_PITCH_MM) * ppm
        for j, ch in enumerate(line):
            cx = lay.mrz_left_mm * ppm + (j + 0.5) * pitch
            draw.text((cx, cy), ch, font=ocrb, fill=mrz_ink, anchor="mm")
    return np.asarray(img, dtype=np.uint8).copy(), portrait_box
