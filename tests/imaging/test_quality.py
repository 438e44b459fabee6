"""Live quality checks on labelled generated frames: each check fires on its condition, passes on clean ones."""

from __future__ import annotations

import json
import typing

import numpy as np
import pytest

from desktop_app.domain.schema import QualityCheck
from desktop_app.imaging.quality import CHECK_NAMES, analyze, report_to_json, to_quality_items
from desktop_app.imaging.quality_types import (
    HINT_BLUR,
    HINT_BOUNDS,
    HINT_BRIGHT,
    HINT_DARK,
    HINT_FAR,
    HINT_MOTION,
    HINT_PHOTOCOPY,
    HINT_PORTRAIT,
    HINT_SCREEN,
    HINT_TILT,
)
from tests.imaging.framegen import make_frame

SEEDS = (0, 1, 2)
HINTS = {
    "blur": HINT_BLUR, "motion_blur": HINT_BLUR, "dark": HINT_DARK, "bright": HINT_BRIGHT, "far": HINT_FAR,
    "out_of_frame": HINT_BOUNDS, "tilt": HINT_TILT, "photocopy": HINT_PHOTOCOPY, "screen": HINT_SCREEN,
    "no_portrait": HINT_PORTRAIT, "moving": HINT_MOTION,
}


def _analyze(frame_seed: int, condition: str, size: tuple[int, int] = (1280, 720)):  # type: ignore[no-untyped-def]
    frame = make_frame(frame_seed, condition, size)
    previous = analyze(frame.previous) if frame.previous is not None else None
    return frame, analyze(frame.rgb, previous=previous)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_clean_frames_pass_every_check(seed: int, size: tuple[int, int]) -> None:
    frame = make_frame(seed, "clean", size)
    steady = np.clip(frame.rgb.astype(np.int16) + 1, 0, 255).astype(np.uint8)
    report = analyze(frame.rgb, previous=analyze(steady))
    failed = {c.name: (c.score, c.detail) for c in report.failed}
    assert failed == {}
    assert report.all_pass
    assert report.hints == []
    assert report.quad is not None
    statuses = {c.name: c.status for c in report.checks}
    assert all(s == "pass" for s in statuses.values())


@pytest.mark.parametrize("condition", sorted(set(HINTS) - {"no_portrait"}))
@pytest.mark.parametrize("seed", SEEDS)
def test_each_check_fires_on_its_condition_with_a_hint(condition: str, seed: int) -> None:
    frame, report = _analyze(seed, condition)
    (name,) = frame.expected
    check = report.check(name)
    assert check.status == "fail", (name, check.score, check.detail)
    assert check.hint == HINTS[condition]
    assert not report.all_pass
    assert HINTS[condition] in report.hints
    if condition != "bright":  # a washed-out frame is a global problem; everything else has a place
        assert check.region is not None
        x, y, w, h = check.region
        assert w > 0
        assert h > 0
        assert 0 <= x < 1280
        assert 0 <= y < 720


@pytest.mark.parametrize("side", ["left", "right", "centre"])
@pytest.mark.parametrize("seed", SEEDS)
def test_glare_says_where(side: str, seed: int) -> None:
    _, report = _analyze(seed, f"glare_{side}")
    glare = report.check("glare")
    assert glare.status == "fail"
    assert glare.detail["location"] == side
    assert glare.hint == f"Glare on the {side}: tilt the document slightly"
    assert glare.region is not None


@pytest.mark.parametrize("seed", SEEDS)
def test_missing_portrait_is_reported(seed: int) -> None:
    _, report = _analyze(seed, "no_portrait")
    assert report.check("portrait").status == "fail"
    assert report.check("portrait").hint == HINT_PORTRAIT


def test_portrait_verdict_is_reused_while_the_card_is_still() -> None:
    frame = make_frame(4, "clean")
    first = analyze(frame.rgb)
    second = analyze(frame.rgb, previous=first)
    assert first.portrait_age == 0
    assert second.portrait_age == 1
    assert second.check("portrait").status == first.check("portrait").status == "pass"
    assert second.check("portrait").detail.get("reused") == 1.0


def test_dark_frame_only_asks_for_light() -> None:
    _, report = _analyze(0, "dark")
    assert report.hints == [HINT_DARK]
    assert report.check("focus").status == "not_performed"


def test_resolution_reports_physical_figures() -> None:
    frame, report = _analyze(1, "clean")
    res = report.check("resolution")
    dpi = res.detail["dpi"]
    assert isinstance(dpi, float)
    assert abs(dpi - frame.dpi) / frame.dpi < 0.1
    assert res.detail["format"] == ("ID-1" if frame.kind == "id1" else "ID-3")
    assert res.score is not None
    assert res.score > res.detail["mrz_char_px"] - 0.1


def test_motion_needs_a_previous_frame_of_the_same_size() -> None:
    frame = make_frame(0, "clean")
    assert analyze(frame.rgb).check("motion").status == "not_performed"
    other = make_frame(0, "clean", (1920, 1080))
    assert analyze(frame.rgb, previous=analyze(other.rgb)).check("motion").status == "not_performed"


def test_given_quad_is_used() -> None:
    frame = make_frame(2, "clean")
    report = analyze(frame.rgb, quad=frame.quad[[2, 3, 0, 1]])  # any corner order
    assert report.quad is not None
    assert np.allclose(report.quad, frame.quad, atol=0.01)
    assert report.check("bounds").status == "pass"


def test_report_to_json_shape() -> None:
    _, report = _analyze(0, "glare_right")
    data = report_to_json(report)
    json.dumps(data)  # plain JSON types only
    assert isinstance(data["all_pass"], bool)
    assert data["all_pass"] is False
    assert [c["name"] for c in data["checks"]] == list(CHECK_NAMES)
    for c in data["checks"]:
        assert set(c) >= {"name", "status", "score", "hint", "region"}
        assert c["status"] in ("pass", "fail", "not_performed")
        assert c["region"] is None or (len(c["region"]) == 4 and all(isinstance(v, int) for v in c["region"]))
    glare = next(c for c in data["checks"] if c["name"] == "glare")
    assert glare["hint"] == "Glare on the right: tilt the document slightly"
    assert len(data["quad"]) == 4


def test_to_quality_items_use_schema_names() -> None:
    _, report = _analyze(0, "photocopy")
    items = to_quality_items(report)
    allowed = set(typing.get_args(QualityCheck))
    assert {i.check for i in items} <= allowed
    assert "motion" not in {i.check for i in items}
    colorness = next(i for i in items if i.check == "colorness")
    assert colorness.status == "fail"
    assert colorness.raw["source"] == "local"
    assert colorness.raw["hint"] == HINT_PHOTOCOPY


@pytest.mark.parametrize("shape", [(720, 1280, 3), (1, 1, 3), (10, 7, 3), (40, 3000, 3), (3000, 4000, 3)])
@pytest.mark.parametrize("fill", [0, 255, "noise"])
def test_odd_frames_never_raise(shape: tuple[int, int, int], fill: int | str) -> None:
    if fill == "noise":
        rgb = np.random.default_rng(0).integers(0, 256, shape).astype(np.uint8)
    else:
        rgb = np.full(shape, fill, np.uint8)
    report = analyze(rgb)
    assert [c.name for c in report.checks] == list(CHECK_NAMES)
    assert not report.all_pass
    json.dumps(report_to_json(report))
    again = analyze(rgb, previous=report)
    assert len(again.checks) == len(CHECK_NAMES)


def test_views_and_odd_strides_are_accepted() -> None:
    frame = make_frame(3, "clean").rgb
    flipped = frame[:, ::-1]
    report = analyze(flipped)
    assert report.quad is not None
    assert analyze(frame[100:600, 200:1100]).frame_size == (900, 500)


@pytest.mark.parametrize("bad", [
    np.zeros((720, 1280), np.uint8),
    np.zeros((720, 1280, 1), np.uint8),
    np.zeros((720, 1280, 4), np.uint8),
    np.zeros((720, 1280, 3), np.float32),
    np.zeros((0, 10, 3), np.uint8),
    [[0, 0, 0]],
])
def test_wrong_arrays_are_rejected(bad: object) -> None:
    with pytest.raises(ValueError):
        analyze(bad)  # type: ignore[arg-type]
