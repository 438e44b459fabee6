"""Fixtures for the operator's station tests: a qasync loop on the test QApplication, isolated settings
and profiles files, and helpers that await a condition while Qt and asyncio keep running."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop_app.engines.base import Profile
from desktop_app.station.runner import QtLoop
from desktop_app.station.settings import SettingsStore
from tests.conftest import require_system


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    with QtLoop(qapp) as loop:
        yield loop


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    qs = QSettings(str(tmp_path / "station.conf"), QSettings.Format.IniFormat)
    return SettingsStore(qs, preset_path=str(tmp_path / "no-preset.conf"))


@pytest.fixture
def keyring_ok() -> None:
    """Skips locally (fails under CI) when no Secret Service keyring answers."""
    from desktop_app.station.credentials import CredentialError, status

    try:
        status(Profile(name="probe", vendor="structocr"))
    except CredentialError:
        require_system("keyring (run under dbus-run-session -- tools/in-test-session)", False)


@pytest.fixture
def profiles(tmp_path: Path):
    from desktop_app.station.profiles import ProfileStore

    return ProfileStore(user_path=str(tmp_path / "profiles.conf"), system_paths=[])


@pytest.fixture
def station(qtbot, qloop, store, profiles, tmp_path) -> Iterator[Any]:
    """The main window over a fresh session and the test's profiles (CSV in tmp_path, no idle reset, no sounds,
    no second opinion); the session is closed after the test."""
    from desktop_app.station.engine_pool import EnginePool
    from desktop_app.station.session import ScanSession
    from desktop_app.ui.main_window import MainWindow

    store.update(csv_path=str(tmp_path / "guests.csv"), idle_timeout_s=0, sounds=False, second_opinion=False)
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(window)
    window.show()
    yield window
    qloop.run_until_complete(session.aclose())


async def until(condition: Callable[[], object], timeout: float = 60.0, what: str = "condition") -> None:
    """Await `condition()` becoming true while the Qt loop runs (fails the test after `timeout`)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)
