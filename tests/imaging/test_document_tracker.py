"""QuadTracker: smoothing, outlier rejection, reset, steadiness."""

from __future__ import annotations

import numpy as np

from desktop_app.imaging.document import find_document_quad
from desktop_app.imaging.tracker import QuadTracker
from tests.imaging.framegen import make_frame

TRUTH = np.array([[300, 150], [980, 170], [970, 600], [290, 580]], np.float32)


def _noisy(rng: np.random.Generator, sigma: float = 3.0) -> np.ndarray:
    return (TRUTH + rng.normal(0, sigma, TRUTH.shape)).astype(np.float32)


def test_smoothing_reduces_jitter() -> None:
    rng = np.random.default_rng(0)
    tracker = QuadTracker()
    raw_err, smooth_err = [], []
    for i in range(60):
        det = _noisy(rng)
        out = tracker.update(det)
        assert out is not None
        if i >= 10:
            raw_err.append(np.abs(det - TRUTH).mean())
            smooth_err.append(np.abs(out - TRUTH).mean())
    assert np.mean(smooth_err) < 0.7 * np.mean(raw_err)
    assert tracker.is_steady
    assert tracker.steadiness > 0.75


def test_a_single_outlier_is_ignored_and_a_real_move_is_followed() -> None:
    rng = np.random.default_rng(1)
    tracker = QuadTracker()
    for _ in range(10):
        tracker.update(_noisy(rng, 1.0))
    before = tracker.quad
    assert before is not None
    tracker.update(TRUTH + 200)  # one wild detection
    after = tracker.quad
    assert after is not None
    assert np.abs(after - before).max() < 3
    tracker.update(_noisy(rng, 1.0))
    moved = TRUTH + np.array([150, 40], np.float32)
    for _ in range(tracker.confirm_frames):
        tracker.update(moved)
    followed = tracker.quad
    assert followed is not None
    assert np.abs(followed - moved).max() < 1
    assert not tracker.is_steady


def test_moving_card_is_not_steady() -> None:
    tracker = QuadTracker()
    for i in range(20):
        tracker.update(TRUTH + np.array([12.0 * i, 0], np.float32))  # ~1.8 % of the width per frame
    assert tracker.steadiness < 0.5
    assert not tracker.is_steady


def test_track_survives_short_gaps_and_resets_when_lost() -> None:
    rng = np.random.default_rng(2)
    tracker = QuadTracker(max_missed=3)
    for _ in range(5):
        tracker.update(_noisy(rng, 1.0))
    for _ in range(3):
        assert tracker.update(None) is not None
    assert tracker.update(None) is None
    assert tracker.quad is None
    assert tracker.steadiness == 0.0
    fresh = tracker.update(TRUTH + 300)  # a new track starts wherever the card reappears
    assert fresh is not None
    assert np.allclose(fresh, TRUTH + 300)


def test_tracker_on_detected_frames() -> None:
    tracker = QuadTracker()
    frame = make_frame(5, "clean")
    rng = np.random.default_rng(3)
    for _ in range(6):
        noisy = np.clip(frame.rgb + rng.normal(0, 3, frame.rgb.shape), 0, 255).astype(np.uint8)
        tracker.update(find_document_quad(noisy))
    quad = tracker.quad
    assert quad is not None
    assert np.abs(quad - frame.quad).max() < 6
    assert tracker.is_steady
