"""Start-up warm-up: the heavy imports and, when the offline engine may be used, its model load run on a worker
thread (never the GUI thread), so the first offline scan does not pay the model load."""

from __future__ import annotations

import threading

import pytest

from desktop_app.station.settings import StationSettings
from desktop_app.ui.app import _warmup_class, offline_may_be_used

pytestmark = pytest.mark.gui


def test_offline_may_be_used():
    assert offline_may_be_used(StationSettings())
    assert offline_may_be_used(StationSettings(default_profile="so", second_opinion=True))
    assert not offline_may_be_used(StationSettings(default_profile="so", second_opinion=False))


@pytest.mark.parametrize("offline", [True, False])
def test_warmup_loads_the_model_off_the_gui_thread(qtbot, qapp, offline):
    from desktop_app.engines.local.recognizer import load_count

    warm = _warmup_class()(qapp, offline=offline)
    done: list[bool] = []
    warm.done.connect(lambda: done.append(True))
    thread = warm.start()
    thread.join(timeout=120)
    assert not thread.is_alive()
    qtbot.waitUntil(lambda: bool(done))
    if offline:
        assert warm.model_thread == "station-warmup"
        assert warm.model_thread != threading.main_thread().name
        assert load_count() >= 1
    else:
        assert warm.model_thread == ""
