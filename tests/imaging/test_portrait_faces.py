"""The portrait check's face detector (dlib HOG) on real documents and the bundled samples.

Truth by looking (tests/imaging/portrait_truth.json). `FOUND_TODAY` lists the real portraits found today: one that
stops being found fails (grow the set as the check improves). A face "found" on a side without a portrait fails
unless it is listed in `FALSE_FACES_TODAY` (documented exceptions only).
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from desktop_app.imaging import quality_checks as qc
from desktop_app.imaging.quality import analyze
from desktop_app.imaging.quality_face import WINDOW, find_faces
from tests.conftest import require_system
from tests.imaging.portrait_sets import SAMPLES_DIR, document_frame, labelled, read_rgb
from tests.real_mrz import dev_set_missing

REAL = list(labelled("real"))
# The four real portraits missed today sit on pages where the outline finder takes the photo (or a page
# corner) for the document, so the portrait zone misses the face: pe_100_id-rou, pe_100_pass-lux,
# pe_62_pass-pol, pe_79_pass-hun.
FOUND_TODAY = {
    "pe_0_pass-lva.jpg", "pe_100_pass-bdr.jpg", "pe_100_pass-chn.jpg", "pe_100_pass-cze.jpg", "pe_100_pass-cze2.jpg",
    "pe_100_pass-fin.png", "pe_100_pass-hrv.jpg", "pe_100_pass-isl.png", "pe_100_pass-ltu.jpg",
    "pe_100_pass-polx.jpg", "pe_100_pass-uto.jpg", "pe_100_pass2-uto.jpg", "pe_100_visa-polx.jpg",
    "pe_100_visa-usa.jpg", "pe_24_pass-egy.jpg", "pe_25_pass-uto.jpg", "pe_33_id-usa.jpg", "pe_43_pass-fra.jpg",
    "pe_43_pass-twn.jpg", "pe_62_pass-aus.png", "pe_79_pass-can.jpg", "pe_98_pass-nld.jpg", "pe_passport-td2.jpg",
    "pe_passport-td2.png", "pe_passport-td3.jpg", "pe_passport-td3.png",
}
# no documented false face: the card back whose printed emblem scored as a face (pe_100_id-si) is no longer one
# since the detector reads the zone after CLAHE
FALSE_FACES_TODAY: set[str] = set()


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES_DIR.glob("*.jpg")))
def test_every_sample_shows_its_face(name: str) -> None:
    """The live check on each bundled sample finds the portrait (passport_td3.jpg said "Face photo not visible"
    next to the engine's own crop of that face)."""
    report = analyze(read_rgb(SAMPLES_DIR / name))
    check = report.check("portrait")
    assert check.status == "pass", (check.score, check.detail)
    assert qc.MIN_FACE_SHARE <= check.score <= qc.MAX_FACE_SHARE  # type: ignore[operator]


@pytest.mark.parametrize(("name", "truth", "path"), REAL, ids=[n for n, _, _ in REAL] or None)
def test_real_documents(name: str, truth: str, path) -> None:  # type: ignore[no-untyped-def]
    require_system("real MRZ dev set (../shared/real_mrz_dev)", dev_set_missing() is None)
    found = qc.portrait_check(document_frame(read_rgb(path))).status == "pass"
    if truth == "face":
        assert found == (name in FOUND_TODAY), "found" if found else "missed"
    elif truth == "none":
        assert found == (name in FALSE_FACES_TODAY)


def test_boxes_come_back_in_the_callers_pixels() -> None:
    """find_faces scales the image so the smallest face asked for spans the detector's window; the boxes it
    returns are in the caller's pixels whatever that scale was."""
    rgb = read_rgb(SAMPLES_DIR / "passport_td3_photo.jpg")
    gray = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY), np.uint8)
    (full,) = find_faces(gray, min_size=WINDOW)
    half_gray = np.asarray(cv2.resize(gray, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), np.uint8)
    (half,) = find_faces(half_gray, min_size=WINDOW // 2)
    assert abs(half.x * 2 - full.x) <= 0.1 * full.w
    assert abs(half.w * 2 - full.w) <= 0.1 * full.w
    assert find_faces(gray, min_size=WINDOW, max_size=full.w - 1) == []


def test_no_face_on_text_or_a_blank_page() -> None:
    page = np.full((600, 800), 235, np.uint8)
    assert find_faces(page, min_size=WINDOW) == []
    for row in range(40, 560, 30):
        cv2.putText(page, "P<UTOERIKSSON<<ANNA<MARIA<<<<<", (20, row), cv2.FONT_HERSHEY_SIMPLEX, 0.8, 20, 2)
    assert find_faces(page, min_size=WINDOW) == []
