"""Issue 11, item 2: the same file through the same profile gives the same normalized result in the CLI and in
the window. Both build their engine with the station's one factory, from the same config files: the offline
engine on a bundled sample, and a TD profile without a country (the station's default TD country must reach
the vendor from both; before the factory only the window applied it).

Run with the keyring: `dbus-run-session -- tools/in-test-session tests/ui/test_same_read_everywhere.py`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from desktop_app.domain.schema import to_json_dict
from desktop_app.engines.profile import Profile
from desktop_app.station.profiles import ProfileStore
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from desktop_app.ui.main_window import MainWindow
from tests.conftest import REPO_ROOT
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
from tests.ui.conftest import until

pytestmark = [pytest.mark.gui, pytest.mark.slow]

SAMPLE = REPO_ROOT / "resources" / "samples" / "passport_td3.jpg"
PER_CALL = ("timing", "request_id")  # when it ran and the vendor's id for this one call


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """One private configuration (profiles, station settings) for this process and the CLI it starts."""
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"), "TMPDIR": str(tmp_path)}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.delenv("SCANSTATION_PRESET", raising=False)
    return {**os.environ, **env, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1"}


def cli_read(env: dict[str, str], profile: str, path: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "scan", str(path), "--engine", profile, "--json"],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO_ROOT, env=env, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr
    (line,) = done.stdout.splitlines()
    data: dict[str, Any] = json.loads(line)
    assert data.pop("source") == str(path)
    return data


def window_read(qtbot: Any, qloop: Any, profile: str, path: Path) -> dict[str, Any]:
    """Through the window as the application builds it: default settings and profile stores, default pool."""
    store = SettingsStore()
    session = ScanSession(store.load)
    window = MainWindow(session, store)
    qtbot.addWidget(window)
    window.reload_profiles(profile)
    assert window.current_profile() == profile

    async def scenario() -> dict[str, Any]:
        window.submit_paths([str(path)])  # decoded by the hub's file source, then read
        await until(session.items, timeout=60, what="the decoded file")
        (item,) = session.items()
        await until(lambda: not item.busy, timeout=240, what="the read")
        assert item.status == "needs_review", item.message
        return to_json_dict(item.result)

    try:
        return qloop.run_until_complete(scenario())
    finally:
        qloop.run_until_complete(session.aclose())


def same_read(cli: dict[str, Any], window: dict[str, Any]) -> None:
    for key in PER_CALL:
        cli.pop(key), window.pop(key)
    assert cli == window


def test_offline_engine_reads_the_same_in_cli_and_window(config_home, qtbot, qloop):
    SettingsStore().update(second_opinion=False, idle_timeout_s=0, sounds=False, csv_enabled=False)
    from_cli = cli_read(config_home, "local", SAMPLE)
    from_window = window_read(qtbot, qloop, "local", SAMPLE)
    assert from_cli["outcome"] == "ok"
    same_read(from_cli, from_window)


def test_td_profile_without_country_reads_the_same_in_cli_and_window(config_home, keyring_ok, qtbot, qloop):
    from desktop_app.station.credentials import delete_secrets, set_secrets

    SettingsStore().update(default_td_country="DE", second_opinion=False, idle_timeout_s=0, sounds=False,
                           csv_enabled=False)
    name = f"td-{uuid.uuid4().hex[:8]}"
    with TdFake() as fake:
        profile = ProfileStore().add(Profile(name=name, vendor="td", base_url=fake.url))
        assert profile.country is None
        set_secrets(profile, {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY})
        try:
            from_cli = cli_read(config_home, name, SAMPLE)
            from_window = window_read(qtbot, qloop, name, SAMPLE)
        finally:
            delete_secrets(profile)
        countries = [json.loads(request.body)["country"] for request in fake.requests]
    assert countries == ["DE", "DE"]
    assert from_cli["outcome"] != "failed", from_cli["error"]
    same_read(from_cli, from_window)
