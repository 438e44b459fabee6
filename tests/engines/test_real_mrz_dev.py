"""Regression tests for the offline engine on the real MRZ dev set (../shared/real_mrz_dev) and its variants.

Every read goes through the station's intake, as a file from the CLI does (tests/real_mrz_scoring.py). What must
hold for every scored image and variant: never a false accept (the MRZ check shown as passed with a line that
differs from the print), and no MRZ read from the part of an image that has none. `EXPECTED_EXACT` lists the reads
that are exact today; grow it as the engine improves (a read missing from it is not asserted either way).

Cost: an engine read takes ~1-2 s today, so by default each image is read upright, in one turned/EXIF/half-size
variant (round robin) and, for every other image, without its MRZ: ~95 reads. SCANSTATION_REAL_MRZ_ALL=1 reads
every image in every variant (~260 reads).
"""

from __future__ import annotations

import datetime as dt
import os

import numpy as np
import pytest

from desktop_app.imaging.intake import decode_still
from tests.conftest import require_system
from tests.real_mrz import EXIF_COPIES, Case, dev_set_missing, load_cases, upright_rgb, variant_bytes
from tests.real_mrz_scoring import exact, false_accept, local_engine, read_local

TODAY = dt.date(2025, 6, 1)  # fixed, so a read never changes with the calendar
TRANSFORMED = ("rot90", "rot180", "rot270", "exif6", "half")
ALL_VARIANTS = os.environ.get("SCANSTATION_REAL_MRZ_ALL", "") == "1"
CASES: list[Case] = load_cases() if dev_set_missing() is None else []

# Reads that are exact today, per variant. Grow these as the engine improves.
EXPECTED_EXACT: dict[str, set[str]] = {
    "upright": set(),
    "rot90": set(),
    "rot180": set(),
    "rot270": set(),
    "exif6": set(),
    "half": set(),
}
# Images whose MRZ-less part still gives a (failing) read today; every other one must give none. Shrink this.
NO_MRZ_READS_TODAY: set[str] = set()


def _selection() -> list[tuple[str, Case]]:
    pairs = []
    for i, case in enumerate(CASES):
        variants = ("upright", *TRANSFORMED) if ALL_VARIANTS else ("upright", TRANSFORMED[i % len(TRANSFORMED)])
        pairs += [(variant, case) for variant in variants]
    return pairs


def _no_mrz_selection() -> list[Case]:
    return CASES if ALL_VARIANTS else CASES[::2]


def test_dev_set_is_there() -> None:
    require_system("real MRZ dev set (../shared/real_mrz_dev)", dev_set_missing() is None)
    assert len(CASES) == 37


def test_exif_copies_show_the_upright_pixels() -> None:
    """Each EXIF copy, decoded by the intake, is the upright image (only JPEG noise differs)."""
    require_system("real MRZ dev set", dev_set_missing() is None)
    case = next(c for c in CASES if c.name == "pe_100_id-si.jpg")
    upright = upright_rgb(case).astype(np.int16)
    for variant in EXIF_COPIES:
        rgb = decode_still(variant_bytes(case, variant)).rgb
        assert rgb.shape == upright.shape, variant
        assert float(np.abs(rgb.astype(np.int16) - upright).mean()) < 3.0, variant
    assert float(np.abs(np.fliplr(upright) - upright).mean()) > 10.0  # a wrong orientation would show


def test_turns_and_cuts_are_what_they_say() -> None:
    require_system("real MRZ dev set", dev_set_missing() is None)
    case = next(c for c in CASES if c.name == "pe_100_pass-uto.jpg")
    upright = upright_rgb(case)
    assert np.array_equal(decode_still(variant_bytes(case, "rot90")).rgb, np.rot90(upright, k=-1))
    assert np.array_equal(decode_still(variant_bytes(case, "rot180")).rgb, np.rot90(upright, k=2))
    assert np.array_equal(decode_still(variant_bytes(case, "rot270")).rgb, np.rot90(upright, k=1))
    half = decode_still(variant_bytes(case, "half")).rgb
    assert abs(half.shape[0] * 2 - upright.shape[0]) <= 1
    cut = decode_still(variant_bytes(case, "no_mrz")).rgb
    assert np.array_equal(cut, upright[: cut.shape[0]])
    assert cut.shape[0] < upright.shape[0] / 2


@pytest.mark.slow
@pytest.mark.parametrize(("variant", "case"), _selection(), ids=lambda v: v if isinstance(v, str) else v.name)
def test_no_false_accept(variant: str, case: Case) -> None:
    read, _ = read_local(local_engine(mrz_only=True), variant_bytes(case, variant), TODAY)
    assert not false_accept(read, case), f"check passed on a wrong read: {read.lines}"
    if case.name in EXPECTED_EXACT[variant]:
        assert exact(read, case), f"no longer exact: {read.lines or read.no_read_reason}"


@pytest.mark.slow
@pytest.mark.parametrize("case", _no_mrz_selection(), ids=lambda c: c.name)
def test_no_read_without_mrz(case: Case) -> None:
    read, _ = read_local(local_engine(mrz_only=True), variant_bytes(case, "no_mrz"), TODAY)
    assert not read.check_passed, f"a valid MRZ read where there is none: {read.lines}"
    if case.name not in NO_MRZ_READS_TODAY:
        assert read.lines is None, f"an MRZ read where there is none: {read.lines}"
