"""A profile's secrets in the OS keyring (Secret Service, KWallet, macOS Keychain, Windows Credential Locker).

Service "id-scan-station", username "<profile>:<key_name>". Secrets never go anywhere else: this module
refuses keyring's "fail" backend and every file-based backend (keyrings.alt and the like), so a missing or
broken keyring is an error the operator can fix, never a silent plaintext fallback. Messages never contain
secret values.

Every keyring call (finding the backend included) runs in a daemon worker thread and is waited for at most
`KEYRING_TIMEOUT_S`: a Secret Service that owns its D-Bus name but never answers would otherwise hang the CLI
and any thread that asked. Past the timeout the caller gets a CredentialError; while that worker is still stuck,
further calls fail at once instead of piling up more stuck threads. A thread left waiting on D-Bus ends when the
bus or the service goes away, and never keeps the process from exiting.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Any, TypeVar

import keyring
import keyring.backend
import keyring.core
import keyring.errors

from desktop_app import APP_ID
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice, listed
from desktop_app.domain.schema import Vendor
from desktop_app.engines.profile import SECRET_NAMES, Profile

log = logging.getLogger(__name__)

SERVICE = APP_ID
KEYRING_TIMEOUT_S = 5.0
T = TypeVar("T")

# Backends that keep secrets in an OS-managed, encrypted store. Anything else is refused.
_SECURE_BACKEND_MODULES = (
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.macOS",
    "keyring.backends.Windows",
)

_NO_KEYRING = QT_TRANSLATE_NOOP("Notices", "no usable system keyring was found; log in to a desktop session with GNOME "
                                           "Keyring or KWallet (Secret Service) running and try again")
_LOCKED = QT_TRANSLATE_NOOP("Notices", "the system keyring is locked; unlock it (log in again or open the keyring "
                                       "manager) and try again")
_NO_ANSWER = QT_TRANSLATE_NOOP("Notices", "the system keyring did not answer within %1 s (it may be waiting to be "
                                          "unlocked, or its service is stuck); unlock it or log out and in again, then "
                                          "try again")
_COULD_NOT = {  # what the keyring could not do with the keys
    "store": QT_TRANSLATE_NOOP("Notices", "the system keyring could not store the keys (%1); make sure the keyring "
                                          "service is running and unlocked, then try again"),
    "read": QT_TRANSLATE_NOOP("Notices", "the system keyring could not read the keys (%1); make sure the keyring "
                                         "service is running and unlocked, then try again"),
    "delete": QT_TRANSLATE_NOOP("Notices", "the system keyring could not delete the keys (%1); make sure the keyring "
                                           "service is running and unlocked, then try again"),
}


class CredentialError(Exception):
    """The keyring cannot give or take a secret. `str(err)` is one sentence saying what to do (a `Notice`: a plain
    text is taken as a template marked with QT_TRANSLATE_NOOP("Notices", ...))."""

    def __init__(self, message: str) -> None:
        self.message = message if isinstance(message, Notice) else Notice(message)
        super().__init__(self.message)


def _username(profile_name: str, key: str) -> str:
    return f"{profile_name}:{key}"


def _is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    return type(backend).__module__ in _SECURE_BACKEND_MODULES


def _secure_backend() -> keyring.backend.KeyringBackend | None:
    current = keyring.get_keyring()
    for backend in list(getattr(current, "backends", None) or [current]):  # ChainerBackend wraps several
        if _is_secure(backend):
            chosen: keyring.backend.KeyringBackend = backend
            return chosen
    return None


def _backend() -> keyring.backend.KeyringBackend:
    """The OS keyring backend, or CredentialError (never a plaintext/file backend)."""
    try:
        backend = _secure_backend()
        if backend is None:
            # keyring picks its backend once per process; the keyring daemon may have started since
            # (log-in race), so look again before giving up.
            keyring.core.init_backend()
            backend = _secure_backend()
    except Exception as exc:  # a broken keyring configuration
        raise CredentialError(_NO_KEYRING) from exc
    if backend is None:
        log.info("refusing keyring backend %s: not an OS keyring", type(keyring.get_keyring()).__name__)
        raise CredentialError(_NO_KEYRING)
    return backend


def _translate(exc: Exception, what: str) -> CredentialError:
    """A keyring/D-Bus failure as a sentence (the exception text itself is not shown: it may name items)."""
    if isinstance(exc, keyring.errors.KeyringLocked) or "locked" in type(exc).__name__.lower():
        return CredentialError(_LOCKED)
    if isinstance(exc, (keyring.errors.InitError, keyring.errors.NoKeyringError)):
        return CredentialError(_NO_KEYRING)
    log.info("keyring %s failed: %s", what, type(exc).__name__)
    return CredentialError(Notice(_COULD_NOT[what], type(exc).__name__))


_stuck: list[Future[Any]] = []  # calls that outlived their timeout and still wait on the keyring
_stuck_lock = threading.Lock()


def is_stuck() -> bool:
    """True while a keyring call that timed out still waits on the keyring (new calls then fail at once)."""
    with _stuck_lock:
        _stuck[:] = [future for future in _stuck if not future.done()]
        return bool(_stuck)


def bounded(call: Callable[[], T], what: str, timeout_s: float | None = None) -> T:
    """`call()` in a daemon worker thread, waited for at most `timeout_s` seconds (KEYRING_TIMEOUT_S)."""
    seconds = KEYRING_TIMEOUT_S if timeout_s is None else timeout_s
    if is_stuck():
        log.info("keyring %s refused: an earlier call is still waiting for the keyring", what)
        raise CredentialError(Notice(_NO_ANSWER, f"{seconds:g}"))
    future: Future[T] = Future()

    def work() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(call())
        except BaseException as exc:  # handed to the caller (or dropped if it gave up)
            future.set_exception(exc)

    threading.Thread(target=work, name=f"keyring-{what}", daemon=True).start()
    try:
        return future.result(timeout=seconds)
    except FutureTimeout:
        with _stuck_lock:
            _stuck.append(future)
        log.info("keyring %s: no answer within %g s", what, seconds)
        raise CredentialError(Notice(_NO_ANSWER, f"{seconds:g}")) from None


def allowed_keys(vendor: Vendor) -> tuple[str, ...]:
    return SECRET_NAMES[vendor]


def parse_key_lines(text: str, vendor: Vendor) -> dict[str, str]:
    """KEY=VALUE lines (blank lines and # comments ignored) -> {key: value}; ValueError never echoes a value."""
    allowed = allowed_keys(vendor)
    if not allowed:
        raise ValueError(f"{vendor} profiles need no keys")
    names = ", ".join(allowed)
    values: dict[str, str] = {}
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.strip()
        if not line or line.startswith("#"):
            continue
        key, sep, value = line.partition("=")
        key = key.strip().lower()
        if not sep:
            raise ValueError(f"line {number} is not KEY=VALUE; {vendor} profiles take: {names}")
        if key not in allowed:
            known_anywhere = {name for names in SECRET_NAMES.values() for name in names}
            shown = key if key in known_anywhere else "?"  # anything else may be a pasted secret
            raise ValueError(f"line {number}: unknown key name {shown!r}; {vendor} profiles take: {names}")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        if not value:
            raise ValueError(f"line {number}: {key} has an empty value")
        values[key] = value
    if not values:
        raise ValueError(f"no KEY=VALUE lines were given; {vendor} profiles take: {names}")
    return values


def set_secrets(profile: Profile, values: Mapping[str, str]) -> None:
    """Store (or replace) some or all of a profile's keys."""
    allowed = allowed_keys(profile.vendor)
    unknown = sorted(set(values) - set(allowed))
    if unknown:
        raise ValueError(f"unknown key name(s) {', '.join(unknown)}; {profile.vendor} profiles take: "
                         f"{', '.join(allowed)}")
    values = dict(values)

    def store() -> None:
        backend = _backend()
        try:
            for key, value in values.items():
                backend.set_password(SERVICE, _username(profile.name, key), value)
        except Exception as exc:
            raise _translate(exc, "store") from exc

    bounded(store, "store")


def _read(profile: Profile) -> dict[str, str | None]:
    def read() -> dict[str, str | None]:
        backend = _backend()
        try:
            return {key: backend.get_password(SERVICE, _username(profile.name, key))
                    for key in allowed_keys(profile.vendor)}
        except Exception as exc:
            raise _translate(exc, "read") from exc

    return bounded(read, "read")


def get_secrets(profile: Profile) -> dict[str, str]:
    """All keys the profile's vendor needs, or CredentialError naming the missing ones and the command to run."""
    found = _read(profile)
    missing = [key for key, value in found.items() if not value]
    if missing:
        example = listed([f"{key}=..." for key in missing], QT_TRANSLATE_NOOP("Notices", "%1 and %2"))
        raise CredentialError(Notice(QT_TRANSLATE_NOOP("Notices", "profile %1 has no %2 in the system keyring; run "
                                                                  "'scanstation keys set %3' and type %4 on its "
                                                                  "standard input"),
                                     repr(profile.name), ", ".join(missing), profile.name, example))
    return {key: value for key, value in found.items() if value}


def status(profile: Profile) -> dict[str, bool]:
    """Which keys are present (never their values)."""
    return {key: bool(value) for key, value in _read(profile).items()}


def delete_secrets(profile: Profile) -> None:
    """Delete every key of the profile (absent ones are fine)."""
    if not allowed_keys(profile.vendor):
        return

    def delete() -> None:
        backend = _backend()
        for key in allowed_keys(profile.vendor):
            try:
                backend.delete_password(SERVICE, _username(profile.name, key))
            except keyring.errors.PasswordDeleteError:
                continue
            except Exception as exc:
                raise _translate(exc, "delete") from exc

    bounded(delete, "delete")
