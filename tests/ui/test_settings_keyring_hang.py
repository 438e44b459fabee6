"""The Settings dialog while the Secret Service owns its name and never answers: the GUI thread keeps
processing events, the operator gets the keyring's sentence, and the profile is kept."""

from __future__ import annotations

import itertools
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit

from desktop_app.engines.base import Profile
from desktop_app.station.credentials import KEYRING_TIMEOUT_S
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.fakes.secret_impostor import HungSecretService
from tests.station.test_credentials_hang import wait_unstuck

pytestmark = pytest.mark.gui

SENTENCE = f"the system keyring did not answer within {KEYRING_TIMEOUT_S:g} s"
TICK_MS = 20


def test_the_dialog_stays_responsive_while_the_keyring_hangs(qtbot, store, profiles, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    name = f"hang-{uuid.uuid4().hex[:6]}"
    profiles.add(Profile(name=name, vendor="structocr", base_url="http://127.0.0.1:9/v1"))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    try:
        with HungSecretService(tmp_path) as hung:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", hung.address)
            dialog = SettingsDialog(store, profiles=profiles)
            qtbot.addWidget(dialog)
            dialog.show()
            timer.start()
            t0 = time.monotonic()
            dialog.profile_list.setCurrentRow(0)  # asks the keyring which keys are set
            assert time.monotonic() - t0 < 0.2  # ...without waiting for it
            badge = dialog.findChild(QLabel, "key_badge_api_key")
            assert badge.text() == "checking…"
            qtbot.waitUntil(lambda: SENTENCE in dialog.p_status.text(), timeout=int((KEYRING_TIMEOUT_S + 5) * 1000))
            waited = time.monotonic() - t0
            timer.stop()
            assert hung.calls(), "the dialog's call never reached the impostor"
            assert waited >= KEYRING_TIMEOUT_S - 0.1
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            assert len(ticks) >= waited * 1000 / TICK_MS / 3, "the GUI thread stopped processing timer events"
            assert max(gaps) < 0.25, f"the GUI thread was blocked for {max(gaps):.2f} s"
            assert badge.text() == "unknown"

            # Saving a key now: told at once that the keyring is not answering; the profile itself is kept.
            key_edit = dialog.findChild(QLineEdit, "key_api_key")
            key_edit.setText("sk-typed-while-hung")
            dialog.p_save.click()
            assert key_edit.text() == ""
            qtbot.waitUntil(lambda: "keys were not" in dialog.p_status.text(), timeout=3000)
            assert SENTENCE in dialog.p_status.text()
            assert "sk-typed-while-hung" not in dialog.p_status.text()
            assert dialog.p_save.isEnabled()
            assert profiles.get(name) is not None
            assert dialog.keyring.running == 0
    finally:
        timer.stop()
        wait_unstuck()
