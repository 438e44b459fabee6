"""find_document_quad / warp_document on generated frames with a known document outline."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.imaging.document import (
    ID1_ASPECT,
    ID3_ASPECT,
    find_document_quad,
    order_quad,
    quad_aspect,
    quad_corner_angles,
    warp_document,
)
from tests.imaging.framegen import make_frame


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_quad_found_within_a_few_pixels(seed: int, size: tuple[int, int]) -> None:
    frame = make_frame(seed, "clean", size)
    quad = find_document_quad(frame.rgb)
    assert quad is not None
    assert quad.shape == (4, 2)
    assert quad.dtype == np.float32
    error = np.linalg.norm(quad - frame.quad, axis=1)
    assert float(error.max()) < 0.004 * size[0] + 1.0  # ~6 px at 1280, ~9 px at 1920


@pytest.mark.parametrize("condition", ["far", "photocopy", "glare_right", "screen", "no_portrait"])
def test_quad_found_under_conditions(condition: str) -> None:
    frame = make_frame(3, condition)
    quad = find_document_quad(frame.rgb)
    assert quad is not None
    assert float(np.linalg.norm(quad - frame.quad, axis=1).max()) < 8.0


def test_no_document_on_a_plain_or_noisy_frame() -> None:
    assert find_document_quad(np.zeros((720, 1280, 3), np.uint8)) is None
    assert find_document_quad(np.full((720, 1280, 3), 255, np.uint8)) is None
    noise = np.random.default_rng(0).integers(0, 256, (360, 640, 3)).astype(np.uint8)
    assert find_document_quad(noise) is None


def test_tiny_and_wrong_inputs() -> None:
    assert find_document_quad(np.zeros((3, 5, 3), np.uint8)) is None
    with pytest.raises(ValueError):
        find_document_quad(np.zeros((720, 1280), np.uint8))
    with pytest.raises(ValueError):
        find_document_quad(np.zeros((720, 1280, 4), np.uint8))
    with pytest.raises(ValueError):
        find_document_quad(np.zeros((720, 1280, 3), np.float32))


def test_warp_gives_a_flat_crop_with_the_document_aspect() -> None:
    for seed in range(4):
        frame = make_frame(seed, "clean")
        quad = find_document_quad(frame.rgb)
        assert quad is not None
        crop = warp_document(frame.rgb, quad, out_long_side=800)
        h, w = crop.shape[:2]
        assert crop.dtype == np.uint8
        assert max(h, w) == 800
        expected = ID1_ASPECT if frame.kind == "id1" else ID3_ASPECT
        assert abs(max(h, w) / min(h, w) - expected) < 0.08
        # The desk (dark) is gone: the crop's bottom rows are the light MRZ band of the card.
        assert crop[-8:-2, 5:-5].mean() > 150


def test_order_quad_and_geometry_helpers() -> None:
    pts = np.array([[100, 80], [10, 90], [12, 10], [98, 5]], np.float32)
    quad = order_quad(pts)
    assert quad.tolist() == [[12, 10], [98, 5], [100, 80], [10, 90]]
    rect = np.array([[0, 0], [856, 0], [856, 540], [0, 540]], np.float32)
    assert quad_aspect(rect) == pytest.approx(ID1_ASPECT, abs=0.01)
    assert quad_corner_angles(rect) == pytest.approx([90, 90, 90, 90])


def test_no_document_on_a_desk_alone() -> None:
    # The generator's textured desk with webcam noise and no card on it: no outline at all (a false outline
    # would tell the operator the document is in view).
    from tests.imaging.framegen import _camera, _desk

    for seed in range(6):
        rng = np.random.default_rng(20_000 + seed)
        size = (1280, 720) if seed % 2 == 0 else (1920, 1080)
        assert find_document_quad(_camera(_desk(rng, *size), rng)) is None
