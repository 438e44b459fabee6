"""A Secret Service that owns its D-Bus name and never answers: every credentials call gives up within
KEYRING_TIMEOUT_S with one sentence, later calls fail at once while the first is stuck, and the real keyring
works again once the impostor is gone (run: dbus-run-session -- tools/in-test-session tests/station)."""

from __future__ import annotations

import gc
import os
import time
import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.engines.base import Profile
from desktop_app.station import credentials
from desktop_app.station.credentials import KEYRING_TIMEOUT_S, CredentialError
from tests.conftest import require_system
from tests.fakes.secret_impostor import HungSecretService
from tests.station.test_credentials import _secret_service_ready

SENTENCE = f"the system keyring did not answer within {KEYRING_TIMEOUT_S:g} s"


def wait_unstuck() -> None:
    """The impostor and its bus are gone: the worker left waiting gets an error and ends.

    keyring's SecretService backend leaves the D-Bus connection of a failed call open (its socket is closed
    when the failed call's traceback is freed, with a ResourceWarning); that happens here, where it is expected."""
    deadline = time.monotonic() + 10
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        while credentials.is_stuck():
            assert time.monotonic() < deadline, "a keyring worker stayed stuck after the impostor left"
            time.sleep(0.05)
        time.sleep(0.1)  # the worker thread lets go of its exception
        gc.collect()


@pytest.fixture
def hung_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[HungSecretService]:
    with HungSecretService(tmp_path) as hung:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", hung.address)
        yield hung
    wait_unstuck()


def test_every_call_gives_up_with_one_sentence(hung_keyring: HungSecretService) -> None:
    profile = Profile(name=f"hang-{uuid.uuid4().hex[:6]}", vendor="structocr")
    t0 = time.monotonic()
    with pytest.raises(CredentialError) as first:
        credentials.status(profile)
    waited = time.monotonic() - t0
    assert KEYRING_TIMEOUT_S <= waited < KEYRING_TIMEOUT_S + 1.5
    assert str(first.value).startswith(SENTENCE)
    assert "\n" not in str(first.value)
    assert hung_keyring.calls(), "the call never reached the impostor"
    assert credentials.is_stuck()

    # While that worker is stuck, the next calls fail at once instead of stacking more stuck threads.
    for call in (lambda: credentials.set_secrets(profile, {"api_key": "sk-never-stored"}),
                 lambda: credentials.get_secrets(profile), lambda: credentials.delete_secrets(profile)):
        t0 = time.monotonic()
        with pytest.raises(CredentialError) as again:
            call()
        assert time.monotonic() - t0 < 0.5
        assert str(again.value).startswith(SENTENCE)
        assert "sk-never-stored" not in str(again.value)


def test_a_short_timeout_is_honoured(hung_keyring: HungSecretService) -> None:
    t0 = time.monotonic()
    with pytest.raises(CredentialError, match=r"did not answer within 0\.5 s"):
        credentials.bounded(lambda: credentials._backend().get_password(credentials.SERVICE, "x:y"), "read",
                             timeout_s=0.5)
    assert time.monotonic() - t0 < 1.5


def test_the_real_keyring_works_once_the_impostor_is_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    require_system("gnome-keyring Secret Service (run under dbus-run-session -- tools/in-test-session)",
                   _secret_service_ready())
    real_bus = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    profile = Profile(name=f"after-{uuid.uuid4().hex[:6]}", vendor="structocr")
    with HungSecretService(tmp_path) as hung:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", hung.address)
        with pytest.raises(CredentialError, match="did not answer"):
            credentials.set_secrets(profile, {"api_key": "sk-first-try"})
    wait_unstuck()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", real_bus)
    try:
        assert credentials.status(profile) == {"api_key": False}  # the hung store wrote nothing anywhere
        credentials.set_secrets(profile, {"api_key": "sk-second-try"})
        assert credentials.get_secrets(profile) == {"api_key": "sk-second-try"}
    finally:
        credentials.delete_secrets(profile)
