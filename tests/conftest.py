"""Shared test helpers.

`require_system(part, available)`: a test that needs a system part (keyring daemon, SANE, GStreamer, a font)
skips locally when it is missing but FAILS under CI=true, so CI can never go green by skipping.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.capture.sigpipe import install_sigpipe_guard

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"


def require_system(part: str, available: bool) -> None:
    if available:
        return
    if IN_CI:
        pytest.fail(f"system part missing under CI: {part} (.ci/run must install it)")
    pytest.skip(f"system part missing: {part}")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# SANE's test backend resets an ignored SIGPIPE to "terminate" after a scan; the station guards against it at
# start-up and so does the test process (a fake server writing to a closed socket must not kill pytest).
install_sigpipe_guard()


@pytest.fixture(autouse=True)
def _qt_garbage_on_gui_thread(request: pytest.FixtureRequest):
    """A test that uses the QApplication collects garbage on the GUI thread only, as the station does: a worker
    thread collecting a cycle that holds a widget would destroy it off the GUI thread (a crash)."""
    if "qapp" not in request.fixturenames:
        yield
        return
    from desktop_app.station.gui_gc import collect_on_gui_thread

    with collect_on_gui_thread(request.getfixturevalue("qapp")):
        yield
