"""Fitting stills to vendor limits: originals pass through, re-encodes fit, keep quality, drop metadata."""

from __future__ import annotations

import base64
import io
import tempfile
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from desktop_app.imaging.fit import (
    ACCUAUTH,
    PRESETS,
    QUALITY_MAX,
    STRUCTOCR,
    TD,
    TENCENT_CARD,
    TENCENT_CARD_VERIFICATION,
    TENCENT_EXTRACT_DOC_MULTI,
    FitError,
    FitLimits,
    FittedImage,
    base64_size,
    fit_image,
    strip_jpeg_metadata,
)
from desktop_app.imaging.intake import IntakeError, Still, decode_still


def _scene(width: int, height: int, noise: int = 12, seed: int = 3) -> np.ndarray:
    """A camera-like document scene: paper, text-like strokes, sensor noise."""
    rng = np.random.default_rng(seed)
    arr = np.full((height, width, 3), (205, 200, 190), np.uint8)
    step = max(12, height // 60)
    for y in range(step * 2, height - step * 2, step):
        x = width // 10
        while x < width * 9 // 10:
            w = int(rng.integers(step // 2, step * 3))
            arr[y:y + step // 2, x:x + w] = 25
            x += w + step // 2
    if noise:
        arr = np.clip(arr.astype(np.int16) + rng.normal(0, noise, arr.shape).astype(np.int16), 0, 255).astype(np.uint8)
    return arr


def _bytes(arr: np.ndarray, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    Image.fromarray(arr).save(out, fmt, **options)
    return out.getvalue()


def _still(arr: np.ndarray, fmt: str = "JPEG", **options: object) -> Still:
    return decode_still(_bytes(arr, fmt, **options))


def _decodes_to(fitted: FittedImage) -> Image.Image:
    image = Image.open(io.BytesIO(fitted.data))
    image.load()
    assert image.size == (fitted.width, fitted.height)
    return image


def _fits(fitted: FittedImage, limits: FitLimits) -> None:
    assert fitted.mime in limits.formats
    if limits.max_bytes is not None:
        assert len(fitted.data) <= limits.max_bytes
    if limits.max_base64_chars is not None:
        assert len(base64.b64encode(fitted.data)) <= limits.max_base64_chars
    assert min(fitted.width, fitted.height) >= limits.min_side
    if limits.max_side is not None:
        assert max(fitted.width, fitted.height) <= limits.max_side


@given(st.binary(max_size=300))
def test_base64_size_matches_the_encoder(data: bytes) -> None:
    assert base64_size(len(data)) == len(base64.b64encode(data))


def test_presets_match_the_vendor_contracts() -> None:
    assert STRUCTOCR.hard_budget() == 4_718_592
    assert set(STRUCTOCR.formats) == {"image/jpeg", "image/png", "image/webp"}
    assert base64_size(TD.hard_budget()) <= 2_000_000 < base64_size(TD.hard_budget() + 1)
    assert TD.budget() == 500_000
    assert base64_size(TENCENT_EXTRACT_DOC_MULTI.hard_budget()) <= 10_000_000
    assert base64_size(TENCENT_CARD.hard_budget()) <= 7_000_000
    assert (TENCENT_CARD.min_side, TENCENT_CARD.max_side) == (20, 10_000)
    assert (ACCUAUTH.min_side, ACCUAUTH.max_side, ACCUAUTH.hard_budget()) == (128, 6000, 5_000_000)
    assert set(ACCUAUTH.formats) == {"image/jpeg", "image/png"}
    assert set(PRESETS.values()) >= {STRUCTOCR, TD, TENCENT_EXTRACT_DOC_MULTI, TENCENT_CARD, ACCUAUTH}


@pytest.mark.parametrize("limits", list(PRESETS.values()), ids=list(PRESETS))
def test_small_clean_jpeg_is_sent_unchanged(limits: FitLimits) -> None:
    still = _still(_scene(1200, 800, noise=0), quality=85)
    fitted = fit_image(still, limits)
    assert fitted.data == still.source_bytes
    assert fitted.quality is None
    assert not fitted.reencoded
    assert fitted.scale == 1.0


def test_webp_goes_as_is_where_allowed_and_becomes_jpeg_elsewhere() -> None:
    still = _still(_scene(1000, 700, noise=0), "WEBP", quality=80)
    assert fit_image(still, STRUCTOCR).data == still.source_bytes
    fitted = fit_image(still, TD)
    assert fitted.mime == "image/jpeg"
    assert _decodes_to(fitted).format == "JPEG"


@pytest.mark.parametrize(("mode", "fmt"), [("CMYK", "JPEG"), ("RGBA", "PNG"), ("P", "PNG"), ("I;16", "PNG")])
def test_unusual_colour_modes_are_sent_as_plain_rgb(mode: str, fmt: str) -> None:
    image = Image.fromarray(_scene(600, 400, noise=0))
    image = image.convert("L").convert(mode) if mode == "I;16" else image.convert(mode)
    out = io.BytesIO()
    image.save(out, fmt)
    still = decode_still(out.getvalue())
    fitted = fit_image(still, STRUCTOCR)
    assert fitted.reencoded
    assert _decodes_to(fitted).mode == "RGB"


def test_pdf_is_reencoded_from_the_rendered_page() -> None:
    still = _still(_scene(600, 400, noise=0), "PDF", resolution=100.0)
    fitted = fit_image(still, ACCUAUTH)
    assert fitted.mime == "image/jpeg"
    assert (fitted.width, fitted.height) == (still.width, still.height)


def test_metadata_is_stripped_and_rotation_is_baked_in() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise for display
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 30.0)}  # GPS IFD: latitude
    arr = _scene(800, 400, noise=0)
    data = _bytes(arr, "JPEG", quality=90, exif=exif)
    assert b"Exif" in data
    still = decode_still(data)
    fitted = fit_image(still, STRUCTOCR)  # small enough, but it carries EXIF: re-encoded
    assert fitted.reencoded
    assert (fitted.width, fitted.height) == (400, 800)  # upright: vendors need not read EXIF
    image = _decodes_to(fitted)
    assert not image.getexif()
    assert "exif" not in image.info
    assert b"Exif" not in fitted.data
    assert b"GPS" not in fitted.data


def test_upright_jpeg_loses_its_metadata_without_reencoding() -> None:
    """A camera JPEG that already fits keeps its exact pixels: only EXIF/GPS/XMP/comment segments go."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # camera make
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 30.0)}  # GPS IFD: latitude
    arr = _scene(800, 400, noise=6)
    data = _bytes(arr, "JPEG", quality=90, exif=exif, comment=b"holder: JANE DOE")
    still = decode_still(data)
    fitted = fit_image(still, STRUCTOCR)
    assert not fitted.reencoded
    assert len(fitted.data) < len(data)
    for leaked in (b"Exif", b"GPS", b"PhoneMaker", b"JANE DOE"):
        assert leaked not in fitted.data
    image = _decodes_to(fitted)
    assert not image.getexif()
    assert np.array_equal(np.asarray(image.convert("RGB")), still.rgb)  # same entropy-coded data, same pixels


def test_strip_jpeg_metadata_refuses_what_is_not_a_jpeg() -> None:
    with pytest.raises(ValueError, match="not a JPEG"):
        strip_jpeg_metadata(b"\x89PNG\r\n\x1a\n")
    with pytest.raises(ValueError, match="truncated"):
        strip_jpeg_metadata(b"\xff\xd8\xff\xe1\xff\xff")


def test_noisy_12_mp_photo_fits_every_preset_and_keeps_the_best_quality() -> None:
    still = _still(_scene(4000, 3000, noise=18), quality=95)
    assert len(still.source_bytes) > STRUCTOCR.hard_budget()
    for name, limits in PRESETS.items():
        fitted = fit_image(still, limits)
        _fits(fitted, limits)
        assert fitted.scale <= 1.0, name  # never upscaled
        _decodes_to(fitted)
        if fitted.reencoded:
            assert fitted.quality is not None
            assert 60 <= fitted.quality <= QUALITY_MAX
            _assert_next_quality_would_not_fit(fitted, still, limits)


def _assert_next_quality_would_not_fit(fitted: FittedImage, still: Still, limits: FitLimits) -> None:
    """Binary search found the largest quality at this size: one step up overflows the budget."""
    assert fitted.quality is not None
    if fitted.quality == QUALITY_MAX:
        return
    bgr = cv2.cvtColor(still.rgb, cv2.COLOR_RGB2BGR)
    if (fitted.width, fitted.height) != (still.width, still.height):
        bgr = cv2.resize(bgr, (fitted.width, fitted.height), interpolation=cv2.INTER_AREA)
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, fitted.quality + 5])
    assert ok
    budgets = [limits.budget(), limits.hard_budget()]
    assert len(buf) > min(b for b in budgets if b >= len(fitted.data))


def test_quality_drops_before_the_size_does() -> None:
    still = _still(_scene(3000, 2000, noise=10), quality=97)
    budget = len(fit_image(still, FitLimits("probe", max_bytes=10**9)).data)  # the size at quality 95
    fitted = fit_image(still, FitLimits("tight", max_bytes=int(budget * 0.6)))
    assert fitted.scale == 1.0
    assert fitted.quality is not None
    assert fitted.quality < QUALITY_MAX


def test_td_target_is_met_at_a_legible_size() -> None:
    still = _still(_scene(4000, 3000, noise=6), quality=95)
    fitted = fit_image(still, TD)
    assert len(fitted.data) <= TD.budget()
    assert max(fitted.width, fitted.height) >= TD.legible_long_side


def test_only_the_hard_limit_may_push_below_legibility() -> None:
    still = _still(_scene(3000, 2000, noise=60), "PNG")  # heavy noise compresses badly
    limits = FitLimits("tiny", max_bytes=150_000)
    fitted = fit_image(still, limits)
    _fits(fitted, limits)
    assert max(fitted.width, fitted.height) < limits.legible_long_side


def test_max_side_is_enforced_even_when_bytes_fit() -> None:
    still = Still(rgb=np.full((150, 12_000, 3), 240, np.uint8), source_bytes=b"", source_mime="image/png")
    fitted = fit_image(still, TENCENT_EXTRACT_DOC_MULTI)
    assert fitted.width == 10_000
    assert fitted.height == 125


def test_upscales_only_to_reach_a_vendor_minimum() -> None:
    small = Still(rgb=np.full((100, 400, 3), 240, np.uint8), source_bytes=b"", source_mime="image/png")
    fitted = fit_image(small, ACCUAUTH)
    assert (fitted.width, fitted.height) == (512, 128)
    assert fitted.scale > 1.0
    fitted = fit_image(small, STRUCTOCR)
    assert fitted.scale == 1.0


def test_impossible_shape_is_refused_with_a_sentence() -> None:
    strip = Still(rgb=np.full((100, 5000, 3), 240, np.uint8), source_bytes=b"", source_mime="image/png")
    with pytest.raises(FitError) as caught:
        fit_image(strip, TENCENT_CARD_VERIFICATION)
    assert isinstance(caught.value, IntakeError)  # callers that handle intake errors handle this too
    assert str(caught.value).endswith(".")


def test_unreachable_budget_is_refused_with_a_sentence() -> None:
    still = _still(_scene(800, 600, noise=40), "PNG")
    with pytest.raises(FitError, match="small enough"):
        fit_image(still, FitLimits("impossible", max_bytes=200, min_side=100))


def test_fitting_writes_no_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy_dir = tmp_path / "tmp"
    spy_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spy_dir))
    monkeypatch.setenv("TMPDIR", str(spy_dir))
    still = _still(_scene(2000, 1500, noise=20), quality=95)
    for limits in PRESETS.values():
        fit_image(still, limits)
    assert list(spy_dir.iterdir()) == []


def test_every_readable_hostile_file_fits_every_preset() -> None:
    from tests.imaging.test_intake_hostile import CORPUS

    readable = [case for case in CORPUS if case.refuse is None]
    assert len(readable) >= 10
    for case in readable:
        still = decode_still(case.data, case.name)
        for name, limits in PRESETS.items():
            fitted = fit_image(still, limits)
            _fits(fitted, limits)
            image = _decodes_to(fitted)
            assert image.mode in ("RGB", "L"), (case.name, name)
