"""The image gate on real and generated pictures: it holds back only what is clearly useless (a dark or blank
page, a blurry or tiny picture with no MRZ-shaped text, a "passport" without an MRZ) and lets every real
document of the dev set through."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.engines.profile import Profile, ScanOptions
from desktop_app.imaging.intake import Still, decode_still
from desktop_app.station.gate import check_still
from tests.conftest import require_system
from tests.engines.conftest import make_jpeg
from tests.real_mrz import dev_set_missing, load_cases, upright_rgb

VENDOR = Profile(name="desk", vendor="structocr")
PASSPORT = ScanOptions(document="passport")


def still(rgb: np.ndarray) -> Still:
    return Still(np.ascontiguousarray(rgb, np.uint8), b"", "image/png")


@pytest.mark.parametrize(("name", "rgb", "failed"), [
    ("black scanner page", np.zeros((1100, 850, 3), np.uint8), ("exposure",)),
    ("blank white sheet", np.full((1100, 850, 3), 250, np.uint8), ("blank",)),
    ("flat grey", np.full((420, 640, 3), 200, np.uint8), ("blank",)),
])
def test_useless_pages_are_held_back(name, rgb, failed):
    assert check_still(still(rgb), VENDOR, ScanOptions()).failed == failed, name


def test_a_small_blurry_picture_without_an_mrz_is_held_back():
    verdict = check_still(decode_still(make_jpeg(), "card.jpg"), VENDOR, ScanOptions())
    assert set(verdict.failed) == {"resolution", "focus"}
    assert "mrz" in check_still(decode_still(make_jpeg(), "card.jpg"), VENDOR, PASSPORT).failed


def test_a_card_front_on_a_white_bed_is_sent():
    from tests.datagen.sides import card_sides

    front, _, _ = card_sides()  # no MRZ, half the frame pure white: the live check calls it too bright
    verdict = check_still(still(front), VENDOR, ScanOptions())
    assert verdict.report.check("exposure").detail["problem"] == "bright"
    assert verdict.passed


def test_a_washed_out_card_without_an_mrz_is_held_back():
    from tests.datagen.sides import card_sides

    front, _, _ = card_sides()
    washed = np.clip(front.astype(np.int16) + 140, 0, 255).astype(np.uint8)  # the print itself clipped white
    washed[::7, ::7] = 120  # some texture left: not a blank page
    assert check_still(still(washed), VENDOR, ScanOptions()).failed[:1] == ("exposure",)


def test_a_passport_needs_an_mrz():
    from tests.datagen import clean_document

    rgb = clean_document(3, "td3").rgb
    assert check_still(still(rgb), VENDOR, PASSPORT).passed
    top = rgb[: int(rgb.shape[0] * 0.62)]
    assert check_still(still(top), VENDOR, PASSPORT).failed == ("mrz",)
    assert check_still(still(top), VENDOR, ScanOptions()).passed  # not asked for a passport: sent
    action = Profile(name="desk", vendor="tencent", action="MLIDPassportOCR")
    assert check_still(still(top), action, ScanOptions()).failed == ("mrz",)


def test_every_real_document_of_the_dev_set_passes():
    require_system("real MRZ dev set (../shared/real_mrz_dev)", dev_set_missing() is None)
    cases = load_cases(scored_only=False)
    held = {case.name: check_still(still(upright_rgb(case)), VENDOR, PASSPORT).failed for case in cases}
    assert len(cases) >= 30
    assert {name: failed for name, failed in held.items() if failed} == {}
