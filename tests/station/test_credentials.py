"""Credentials in the real gnome-keyring Secret Service (run: dbus-run-session -- tools/in-test-session tests/station).

Parsing and backend refusal need no daemon; the round trips need the Secret Service and fail under CI=true
when it is missing.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.core
import keyring.errors
import pytest
from keyring.backends import chainer, fail

from desktop_app.engines.base import SECRET_NAMES, Profile
from desktop_app.station import credentials
from desktop_app.station.credentials import CredentialError
from tests.conftest import REPO_ROOT, require_system

SECRET = "sk_live_Very-Secret/Value+42="


def _secret_service_ready(wait_s: float = 5.0) -> bool:
    """True when the session's Secret Service answers (the daemon may still be registering on the bus)."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            backend = credentials._backend()
            backend.get_password(credentials.SERVICE, "probe:probe")
            return type(backend).__module__ == "keyring.backends.SecretService"
        except Exception:
            if time.monotonic() > deadline or not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
                return False
            time.sleep(0.2)


@pytest.fixture
def secret_service() -> None:
    require_system("gnome-keyring Secret Service (run under dbus-run-session -- tools/in-test-session)",
                   _secret_service_ready())


@pytest.fixture
def profile(secret_service: None) -> Iterator[Profile]:
    prof = Profile(name=f"cred-{uuid.uuid4().hex[:8]}", vendor="td")
    yield prof
    credentials.delete_secrets(prof)


# ---------------------------------------------------------------------------------------------- parsing


def test_parse_key_lines():
    text = "# TD keys\n\npartner_code = hotel-01\nPARTNER_KEY=\"a=b c\"\n"
    assert credentials.parse_key_lines(text, "td") == {"partner_code": "hotel-01", "partner_key": "a=b c"}


@pytest.mark.parametrize(("text", "fragment"), [
    (f"api_key={SECRET}", "unknown key name 'api_key'; td profiles take: partner_code, partner_key"),
    (SECRET.rstrip("="), "line 1 is not KEY=VALUE"),
    ("abcdef0123456789=", "unknown key name '?'"),
    (f"partner_code=x\n{SECRET} = y", "unknown key name '?'"),
    ("partner_key=", "partner_key has an empty value"),
    ("\n# nothing\n", "no KEY=VALUE lines"),
], ids=["unknown-key", "no-equals", "pasted-value", "garbage-key", "empty-value", "no-lines"])
def test_parse_key_lines_errors_never_echo_values(text, fragment):
    with pytest.raises(ValueError) as info:
        credentials.parse_key_lines(text, "td")
    assert fragment in str(info.value)
    assert SECRET not in str(info.value)
    assert "abcdef0123456789" not in str(info.value)


@pytest.mark.parametrize("vendor", ["structocr", "td", "tencent", "accuauth"])
def test_every_vendor_key_name_is_accepted(vendor):
    text = "\n".join(f"{name}=v{i}" for i, name in enumerate(SECRET_NAMES[vendor]))
    assert set(credentials.parse_key_lines(text, vendor)) == set(SECRET_NAMES[vendor])


def test_local_vendor_takes_no_keys():
    with pytest.raises(ValueError, match="need no keys"):
        credentials.parse_key_lines("x=y", "local")


# ---------------------------------------------------------------------------------------------- backends


class _FileBackend(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's file backends: any backend outside the OS keyrings is refused."""

    priority = 1  # type: ignore[assignment]
    viable = False  # never picked by keyring's own detection (subclasses register themselves)

    def get_password(self, service: str, username: str) -> str | None:
        raise AssertionError("a refused backend must never be used")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise AssertionError("a refused backend must never be used")

    def delete_password(self, service: str, username: str) -> None:
        raise AssertionError("a refused backend must never be used")


class _FileOnlyChain(chainer.ChainerBackend):
    viable = False
    backends = [_FileBackend(), fail.Keyring()]  # type: ignore[assignment]


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    yield
    keyring.core.init_backend()  # back to what the environment gives (after monkeypatch restored it)


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", f"{__name__}._FileBackend",
                                     f"{__name__}._FileOnlyChain"], ids=["fail", "file", "chainer-without-os-keyring"])
def test_plaintext_and_fail_backends_are_refused(backend, restore_keyring, monkeypatch):
    # configured the way an administrator or a stray keyringrc would; re-detection must not escape it
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", backend)
    keyring.core.init_backend()
    assert type(keyring.get_keyring()).__name__ in ("Keyring", "_FileBackend", "_FileOnlyChain")
    prof = Profile(name="p", vendor="structocr")
    for call in (lambda: credentials.get_secrets(prof), lambda: credentials.status(prof),
                 lambda: credentials.set_secrets(prof, {"api_key": SECRET})):
        with pytest.raises(CredentialError) as info:
            call()
        assert "no usable system keyring" in str(info.value)


def test_chainer_uses_its_os_keyring(secret_service, restore_keyring):
    keyring.set_keyring(chainer.ChainerBackend())
    assert type(credentials._backend()).__module__ == "keyring.backends.SecretService"


def test_locked_keyring_sentence():
    err = credentials._translate(keyring.errors.KeyringLocked("Failed to unlock the collection!"), "read")
    assert str(err).startswith("the system keyring is locked; unlock it")


def test_no_dbus_session_gives_a_sentence(tmp_path):
    """A real process without a session bus: keyring finds no backend; the CLI says what to do."""
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CONFIG_DIRS": str(tmp_path / "xdg"), "DBUS_SESSION_BUS_ADDRESS": f"unix:path={tmp_path}/no-bus",
           "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    run = lambda *args, stdin=None: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "desktop_app", *args], input=stdin, capture_output=True, text=True, cwd=REPO_ROOT,
        env=env, timeout=120, check=False)
    assert run("profiles", "add", "nobus", "--vendor", "structocr").returncode == 0
    done = run("keys", "set", "nobus", stdin=f"api_key={SECRET}\n")
    assert done.returncode == 1
    assert "scanstation: no usable system keyring was found" in done.stderr
    assert "Traceback" not in done.stderr
    assert SECRET not in done.stderr + done.stdout
    for path in home.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes()


# ---------------------------------------------------------------------------------------------- real keyring


def test_round_trip(profile):
    values = {"partner_code": "hotel-01", "partner_key": SECRET}
    credentials.set_secrets(profile, values)
    assert credentials.get_secrets(profile) == values
    assert credentials.status(profile) == {"partner_code": True, "partner_key": True}
    # stored as service "id-scan-station", username "<profile>:<key>"
    assert keyring.get_password("id-scan-station", f"{profile.name}:partner_key") == SECRET
    credentials.delete_secrets(profile)
    assert credentials.status(profile) == {"partner_code": False, "partner_key": False}
    credentials.delete_secrets(profile)  # deleting absent keys is fine


def test_missing_keys_say_what_to_run(profile):
    credentials.set_secrets(profile, {"partner_code": "hotel-01"})
    with pytest.raises(CredentialError) as info:
        credentials.get_secrets(profile)
    message = str(info.value)
    assert "has no partner_key" in message
    assert f"scanstation keys set {profile.name}" in message
    assert "hotel-01" not in message


def test_unknown_key_is_refused_before_storing(profile):
    with pytest.raises(ValueError, match="unknown key name"):
        credentials.set_secrets(profile, {"api_key": SECRET})
    assert credentials.status(profile) == {"partner_code": False, "partner_key": False}


def test_profiles_do_not_share_keys(secret_service):
    first = Profile(name=f"a-{uuid.uuid4().hex[:6]}", vendor="structocr")
    second = Profile(name=f"b-{uuid.uuid4().hex[:6]}", vendor="structocr")
    try:
        credentials.set_secrets(first, {"api_key": "first-key"})
        credentials.set_secrets(second, {"api_key": "second-key"})
        assert credentials.get_secrets(first) == {"api_key": "first-key"}
        assert credentials.get_secrets(second) == {"api_key": "second-key"}
    finally:
        credentials.delete_secrets(first)
        credentials.delete_secrets(second)
