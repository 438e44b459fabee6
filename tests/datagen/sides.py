"""A generated TD1 card split into its two sides: the front with the portrait and no MRZ, the back with the MRZ and
no portrait (the generator draws both on one page, as some cards do; real cards carry the MRZ on the back)."""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np

from tests.datagen import clean_document


def card_sides(seed: int = 12) -> tuple[np.ndarray, np.ndarray, dict[str, Any]]:
    """(front RGB, back RGB, ground truth) of a clean TD1 card: the front is whited out below the portrait (where
    the MRZ is), the back over the portrait."""
    doc = clean_document(seed, "td1")
    x0, y0, x1, y1 = doc.portrait_box
    front = doc.rgb.copy()
    front[y1 + 10:, :] = 255
    back = doc.rgb.copy()
    back[max(0, y0 - 5):y1 + 5, max(0, x0 - 5):x1 + 5] = 255
    return front, back, dict(doc.truth)


def jpeg(rgb: np.ndarray) -> bytes:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 90])
    assert ok
    return bytes(buf)
