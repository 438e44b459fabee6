"""A synthetic, face-like portrait drawn with OpenCV shapes and gradients (no real person).

Drawn so that OpenCV's frontal-face Haar cascade fires on it most of the time: a shaded skin oval on a plain
backdrop, hair, brows, dark eyes with highlights, a nose shadow and a mouth.
"""

from __future__ import annotations

import random

import cv2
import numpy as np

SKIN = [(224, 188, 160), (200, 150, 115), (160, 110, 80), (110, 72, 50), (236, 205, 180), (185, 140, 100)]
HAIR = [(30, 25, 20), (70, 45, 25), (120, 85, 50), (190, 160, 110), (140, 140, 140), (15, 15, 15)]
BACKDROP = [(225, 228, 232), (205, 220, 235), (235, 235, 225), (215, 215, 215)]


def draw_portrait(rng: random.Random, width: int, height: int, *, grayscale: bool = False) -> np.ndarray:
    """An RGB portrait of `width` x `height` pixels."""
    w, h = width, height
    bg = np.array(rng.choice(BACKDROP), dtype=np.float32)
    yy = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None, None]
    img = np.clip(bg[None, None, :] * (1.02 - 0.1 * yy) + np.zeros((h, w, 3), np.float32), 0, 255)
    img = img.astype(np.uint8).copy()
    skin = rng.choice(SKIN)
    hair = rng.choice(HAIR)
    cx = w // 2 + rng.randint(-w // 30, w // 30)
    cy = int(h * rng.uniform(0.46, 0.52))
    fw = int(w * rng.uniform(0.27, 0.32))  # half-axes of the face oval
    fh = int(h * rng.uniform(0.27, 0.31))
    # shoulders and neck
    cv2.ellipse(img, (cx, h + h // 10), (int(w * 0.55), int(h * 0.32)), 0, 180, 360,
                tuple(int(c * 0.5) for c in rng.choice([*HAIR[:3], (40, 60, 110)])), -1, cv2.LINE_AA)
    cv2.rectangle(img, (cx - fw // 2, cy + fh // 2), (cx + fw // 2, cy + fh + h // 12),
                  tuple(int(c * 0.85) for c in skin), -1)
    # hair behind the head
    cv2.ellipse(img, (cx, cy - fh // 6), (int(fw * 1.18), int(fh * 1.12)), 0, 180, 360, hair, -1, cv2.LINE_AA)
    if rng.random() < 0.5:
        cv2.ellipse(img, (cx, cy), (int(fw * 1.15), int(fh * 1.05)), 0, 0, 180, hair, -1, cv2.LINE_AA)
    # the face with a soft shading gradient
    face = np.zeros((h, w), np.uint8)
    cv2.ellipse(face, (cx, cy), (fw, fh), 0, 0, 360, 255, -1, cv2.LINE_AA)
    xs = (np.arange(w, dtype=np.float32) - cx) / fw
    shade = 1.0 - 0.18 * np.clip(np.abs(xs), 0, 1) ** 2
    skin_layer = np.array(skin, np.float32)[None, None, :] * shade[None, :, None]
    alpha = (face.astype(np.float32) / 255.0)[:, :, None]
    img = (img * (1 - alpha) + skin_layer * alpha).astype(np.uint8)
    # fringe
    cv2.ellipse(img, (cx, cy - int(fh * 0.78)), (int(fw * 0.98), int(fh * 0.35)), 0, 180, 360, hair, -1,
                cv2.LINE_AA)
    dark = tuple(max(0, int(c * 0.25)) for c in skin)
    eye_y = cy - int(fh * 0.15)
    ex = int(fw * 0.42)
    ew, eh = max(3, int(fw * 0.2)), max(2, int(fh * 0.08))
    for sx in (-1, 1):
        x = cx + sx * ex
        cv2.ellipse(img, (x, eye_y), (ew, eh), 0, 0, 360, (245, 245, 240), -1, cv2.LINE_AA)
        cv2.circle(img, (x, eye_y), max(2, int(eh * 1.0)), (40, 30, 25), -1, cv2.LINE_AA)
        cv2.circle(img, (x + 1, eye_y - 1), max(1, eh // 4), (230, 230, 230), -1, cv2.LINE_AA)
        # eye socket shadow and brow
        cv2.ellipse(img, (x, eye_y - eh), (int(ew * 1.2), int(eh * 1.8)), 0, 200, 340, dark, max(1, eh // 2),
                    cv2.LINE_AA)
        cv2.line(img, (x - int(ew * 1.1), eye_y - int(eh * 3.2)), (x + int(ew * 1.1), eye_y - int(eh * 3.4)),
                 tuple(int(c * 0.8) for c in hair), max(2, int(eh * 0.9)), cv2.LINE_AA)
    # nose: a shadow line and nostrils
    nose_tip = cy + int(fh * 0.25)
    cv2.line(img, (cx + 2, eye_y + eh), (cx + int(fw * 0.06), nose_tip),
             tuple(int(c * 0.75) for c in skin), max(1, fw // 18), cv2.LINE_AA)
    for sx in (-1, 1):
        cv2.circle(img, (cx + sx * int(fw * 0.12), nose_tip), max(1, fw // 22), tuple(int(c * 0.55) for c in skin),
                   -1, cv2.LINE_AA)
    # mouth
    mouth_y = cy + int(fh * 0.52)
    cv2.ellipse(img, (cx, mouth_y), (int(fw * 0.32), max(2, int(fh * 0.07))), 0, 0, 180,
                (150, 70, 70) if rng.random() < 0.7 else (120, 60, 60), -1, cv2.LINE_AA)
    cv2.line(img, (cx - int(fw * 0.32), mouth_y), (cx + int(fw * 0.32), mouth_y), (90, 40, 40), max(1, fh // 40),
             cv2.LINE_AA)
    img = cv2.GaussianBlur(img, (0, 0), max(0.6, w / 250))
    if grayscale:
        g = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
        img = cv2.cvtColor(g, cv2.COLOR_GRAY2RGB)
    return img
