"""find_document_quad and analyze() on the shared document generator's scans and photos (tests/datagen)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.imaging.document import find_document_quad
from desktop_app.imaging.quality import analyze
from tests.conftest import require_system
from tests.datagen import clean_document, generate, ocrb_available


def _corner_error(found: np.ndarray, truth: np.ndarray) -> float:
    """Largest corner distance, whichever corner the finder calls top-left (the card may be upside down)."""
    return min(float(np.linalg.norm(np.roll(found, k, axis=0) - truth, axis=1).max()) for k in range(4))


@pytest.mark.parametrize("kind", ["td1", "td2", "td3"])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_quad_on_clean_scans(kind: str, seed: int) -> None:
    require_system("fonts-ocr-b (for the document generator)", ocrb_available())
    doc = clean_document(seed, kind)
    quad = find_document_quad(doc.rgb)
    assert quad is not None
    # a few pixels at 300 dpi on a white bed, whose border is only ~10 grey levels from the card
    assert _corner_error(quad, doc.quad) < 0.008 * max(doc.rgb.shape)


@pytest.mark.parametrize("kind", ["td1", "td2", "td3"])
def test_focus_ranks_blurred_scans_below_clean_ones(kind: str) -> None:
    # The generator's blur is scaled to the characters ("strong but usually still legible"), so not every
    # blurred scan must fail; each must score clearly lower than its clean twin, and most must fail.
    require_system("fonts-ocr-b (for the document generator)", ocrb_available())
    failed = 0
    for seed in range(3):
        blurred, clean = generate(seed, kind, "blur"), clean_document(seed, kind)
        soft = analyze(blurred.rgb, quad=blurred.quad).check("focus")
        sharp = analyze(clean.rgb, quad=clean.quad).check("focus")
        assert sharp.status == "pass"
        assert soft.score is not None
        assert sharp.score is not None
        assert soft.score < sharp.score - 0.25
        failed += soft.status == "fail"
    assert failed >= 2


@pytest.mark.parametrize(("condition", "at_least"), [("photo", 8), ("upside_down", 8), ("glare", 5)])
def test_quad_on_photos_of_cluttered_desks(condition: str, at_least: int) -> None:
    # Phone photos on a desk with sheets of paper, pens and boxes touching the card: the finder must outline
    # the card itself (not an inner band of it, nor the card merged with a sheet), on nearly every photo
    # (a glare spot can wash out a whole side). Before the straight-line quads: photo 5/9, glare 3/9.
    require_system("fonts-ocr-b (for the document generator)", ocrb_available())
    found = 0
    for kind in ("td1", "td2", "td3"):
        for seed in range(3):
            doc = generate(seed, kind, condition)
            quad = find_document_quad(doc.rgb)
            found += quad is not None and _corner_error(quad, doc.quad) < 0.02 * max(doc.rgb.shape[:2])
    assert found >= at_least
