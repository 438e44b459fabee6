"""The live view shows a still at once and swaps in a copy smoothed off the GUI thread, sized to the view."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.ui.live_view import LiveView

pytestmark = pytest.mark.gui


def _stripes(height: int = 1200, width: int = 1800) -> np.ndarray:
    """One-pixel black and white columns: a fast (nearest) scaling keeps hard extremes, a smooth one averages
    them to mid grey."""
    rgb = np.zeros((height, width, 3), np.uint8)
    rgb[:, ::2] = 255
    return rgb


def test_a_still_is_smoothed_in_a_worker_once_per_size(qtbot):
    view = LiveView()
    qtbot.addWidget(view)
    view.resize(600, 420)
    view.show()
    still = _stripes()
    view.show_rgb(still, "Scan 1")
    view.grab()  # the first paint asks the worker for a smooth copy
    qtbot.waitUntil(lambda: view._smooth is not None, timeout=5000)
    size, image, _array = view._smooth
    assert size == (image.width(), image.height())
    assert image.width() <= 600
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert 90 < centre.red() < 170  # averaged, not a nearest-neighbour pick of a black or white column

    first = view._smooth
    view.grab()
    assert view._smooth is first  # same size: no new scaling

    view.resize(400, 300)
    view.grab()
    qtbot.waitUntil(lambda: view._smooth is not None and view._smooth is not first, timeout=5000)
    assert view._smooth[0][0] <= 400


def test_a_new_picture_or_clear_drops_the_old_smooth_copy(qtbot):
    view = LiveView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    view.show_rgb(_stripes(), "Scan 1")
    view.grab()
    qtbot.waitUntil(lambda: view._smooth is not None, timeout=5000)
    view.show_rgb(_stripes(600, 900), "Scan 2")
    assert view._smooth is None
    view.clear()
    assert view._smooth is None
    assert view._pixels is None
    assert not view.has_image()
