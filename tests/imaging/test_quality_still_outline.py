"""The live check confirms the last outline of a document held still instead of searching the frame again,
and searches again as soon as the document moves or leaves."""

from __future__ import annotations

import numpy as np

from desktop_app.imaging import quality
from tests.imaging.framegen import make_frame


def _noisy(rgb: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    return np.clip(rgb + rng.normal(0, 2.0, rgb.shape), 0, 255).astype(np.uint8)


def test_a_document_held_still_keeps_its_outline():
    rng = np.random.default_rng(3)
    scene = make_frame(4, "clean", (1280, 720)).rgb
    first = quality.analyze(scene)
    assert first.quad is not None
    report = first
    for _ in range(5):
        report = quality.analyze(_noisy(scene, rng), previous=report)
        assert report.quad is first.quad  # confirmed, not searched for


def test_a_moved_document_is_searched_for_again():
    scene = make_frame(4, "clean", (1280, 720)).rgb
    first = quality.analyze(scene)
    moved = np.roll(scene, (24, 40), axis=(0, 1))
    report = quality.analyze(moved, previous=first)
    assert report.quad is not first.quad
    assert report.quad is not None
    shift = (report.quad - first.quad).mean(axis=0)
    assert abs(shift[0] - 40) < 6
    assert abs(shift[1] - 24) < 6


def test_a_document_taken_away_loses_its_outline():
    with_card = make_frame(4, "clean", (1280, 720))
    first = quality.analyze(with_card.rgb)
    desk = make_frame(4, "out_of_frame", (1280, 720)).rgb  # the same desk; the card mostly gone
    report = quality.analyze(desk, previous=first)
    assert report.quad is not first.quad
