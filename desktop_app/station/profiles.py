"""Vendor profiles in QSettings (non-secret settings only; keys live in the keyring, see credentials.py).

User profiles: `$XDG_CONFIG_HOME/id-scan-station/id-scan-station.conf` (INI, group `profiles/<name>`) on
Linux, Qt's user-scope INI location elsewhere. Fleet presets set by an administrator are read from the
system-wide file (each `$XDG_CONFIG_DIRS` entry, default `/etc/xdg`, then `id-scan-station/id-scan-station.conf`)
in the same format; a user profile with the same name overrides a preset. Works without a QApplication.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import VENDORS, Vendor
from desktop_app.engines.base_url import base_url_problem
from desktop_app.engines.profile import ACCUAUTH_COUNTRIES, Profile
from desktop_app.station.config_paths import default_system_paths, default_user_path

log = logging.getLogger(__name__)

GROUP = "profiles"
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
TENCENT_REGION_RE = re.compile(r"^[a-z]{2,}(-[a-z]+)+(-\d+)?$")
RESERVED_NAMES = ("local",)


class ProfileError(Exception):
    """A profile that cannot be saved or read. `str(err)` is one sentence saying what to fix (a `Notice`: a plain
    text is taken as a template marked with QT_TRANSLATE_NOOP("Notices", ...))."""

    def __init__(self, message: str) -> None:
        self.message = message if isinstance(message, Notice) else Notice(message)
        super().__init__(self.message)


def _canonical_country(vendor: Vendor, country: str | None) -> str | None:
    if country is None or not country.strip():
        return None
    country = country.strip()
    if vendor == "td":
        code = country.upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "TD profiles need a two-letter country code such "
                                                                  "as PH or EC, not %1"), repr(country)))
        import pycountry

        if pycountry.countries.get(alpha_2=code) is None:
            raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "%1 is not an ISO 3166 country code; use a "
                                                                  "two-letter code such as PH or EC"), repr(code)))
        return code
    if vendor == "accuauth":
        host = country.lower()
        if host not in ACCUAUTH_COUNTRIES:
            raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "AccuAuth profiles take a country of %1, not %2"),
                                      ", ".join(ACCUAUTH_COUNTRIES), repr(country)))
        return host
    return country


def validate(profile: Profile) -> Profile:
    """The profile with canonical values, or ProfileError with a sentence."""
    if not NAME_RE.match(profile.name or ""):
        raise ProfileError(QT_TRANSLATE_NOOP("Notices", "a profile name must be 1 to 64 letters, digits, '.', '_' or "
                                                     "'-', starting with a letter or digit"))
    if profile.name.lower() in RESERVED_NAMES:
        raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "%1 is reserved for the built-in offline engine; choose "
                                                            "another name"), repr(profile.name)))
    if profile.vendor not in VENDORS:
        raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "unknown vendor %1; choose one of %2"),
                                  repr(profile.vendor), ", ".join(VENDORS)))
    base_url = (profile.base_url or "").strip() or None
    if base_url is not None:
        problem = base_url_problem(base_url)
        if problem:
            raise ProfileError(problem)
        base_url = base_url.rstrip("/")
    region = (profile.region or "").strip() or None
    if region is not None and not TENCENT_REGION_RE.match(region):
        raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "%1 is not a region name such as ap-singapore"),
                                  repr(region)))
    if profile.connect_timeout_s <= 0 or profile.read_timeout_s <= 0:
        raise ProfileError(QT_TRANSLATE_NOOP("Notices", "timeouts must be positive numbers of seconds"))
    if profile.rate_limit_per_s is not None and profile.rate_limit_per_s <= 0:
        raise ProfileError(QT_TRANSLATE_NOOP("Notices", "the rate limit must be a positive number of requests per "
                                                        "second"))
    failover = _failover_names(profile.failover)
    for other in failover:
        if not NAME_RE.match(other):
            raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "%1 is not a profile name; name the fallback "
                                                                   "profiles separated by commas"), repr(other)))
        if other == profile.name:
            raise ProfileError(QT_TRANSLATE_NOOP("Notices", "a profile cannot be its own fallback; name other "
                                                            "profiles"))
    return Profile(name=profile.name, vendor=profile.vendor, base_url=base_url,
                   action=(profile.action or "").strip() or None,
                   country=_canonical_country(profile.vendor, profile.country), region=region,
                   options=dict(profile.options), connect_timeout_s=float(profile.connect_timeout_s),
                   read_timeout_s=float(profile.read_timeout_s), rate_limit_per_s=profile.rate_limit_per_s,
                   retry_after_read_timeout=profile.retry_after_read_timeout, failover=failover)


def _failover_names(value: Any) -> tuple[str, ...]:
    """Fallback profile names from a tuple or a comma-separated text: stripped, without blanks or repeats."""
    items = value if isinstance(value, (list, tuple)) else str(value or "").split(",")
    names: list[str] = []
    for item in items:
        name = str(item).strip()
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _float(value: Any, default: float | None) -> float | None:
    try:
        return float(value) if _text(value) is not None else default
    except (TypeError, ValueError):
        return default


def _bool(value: Any) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def _read_profile(settings: QSettings, name: str) -> Profile | None:
    settings.beginGroup(f"{GROUP}/{name}")
    try:
        vendor = _text(settings.value("vendor"))
        if vendor not in VENDORS:
            log.info("ignoring profile with an unknown vendor in %s", settings.fileName())
            return None
        settings.beginGroup("options")
        options = {key: str(settings.value(key)) for key in settings.childKeys()}
        settings.endGroup()
        return Profile(
            name=name, vendor=vendor, base_url=_text(settings.value("base_url")),
            action=_text(settings.value("action")), country=_text(settings.value("country")),
            region=_text(settings.value("region")), options=options,
            connect_timeout_s=_float(settings.value("connect_timeout_s"), 10.0) or 10.0,
            read_timeout_s=_float(settings.value("read_timeout_s"), 30.0) or 30.0,
            rate_limit_per_s=_float(settings.value("rate_limit_per_s"), None),
            retry_after_read_timeout=_bool(settings.value("retry_after_read_timeout", "false")),
            failover=_failover_names(settings.value("failover")),
        )
    finally:
        settings.endGroup()


def _read_all(settings: QSettings) -> dict[str, Profile]:
    settings.beginGroup(GROUP)
    names = settings.childGroups()
    settings.endGroup()
    out: dict[str, Profile] = {}
    for name in names:
        if not NAME_RE.match(name):
            continue
        profile = _read_profile(settings, name)
        if profile is not None:
            out[name] = profile
    return out


class ProfileStore:
    """List, get, add and remove profiles; presets from the system file show up under user profiles."""

    def __init__(self, user_path: str | None = None, system_paths: Sequence[str] | None = None) -> None:
        self.user_path = user_path or default_user_path()
        self.system_paths = list(system_paths) if system_paths is not None else default_system_paths()

    def _user(self) -> QSettings:
        return QSettings(self.user_path, QSettings.Format.IniFormat)

    def _presets(self) -> dict[str, Profile]:
        merged: dict[str, Profile] = {}
        # XDG order: the first directory is the most important, so read the list backwards.
        for path in reversed(self.system_paths):
            if Path(path).is_file():
                merged.update(_read_all(QSettings(path, QSettings.Format.IniFormat)))
        return merged

    def list(self) -> list[Profile]:
        merged = self._presets()
        merged.update(_read_all(self._user()))
        return [merged[name] for name in sorted(merged, key=str.lower)]

    def get(self, name: str) -> Profile | None:
        if not NAME_RE.match(name):
            return None
        profile = _read_profile(self._user(), name)
        if profile is not None:
            return profile
        return self._presets().get(name)

    def is_preset(self, name: str) -> bool:
        return name in self._presets()

    def add(self, profile: Profile) -> Profile:
        """Save (or replace) a user profile after validating it; returns the canonical profile."""
        profile = validate(profile)
        settings = self._user()
        settings.remove(f"{GROUP}/{profile.name}")
        settings.beginGroup(f"{GROUP}/{profile.name}")
        values: dict[str, Any] = {
            "vendor": profile.vendor, "base_url": profile.base_url, "action": profile.action,
            "country": profile.country, "region": profile.region,
            "connect_timeout_s": profile.connect_timeout_s, "read_timeout_s": profile.read_timeout_s,
            "rate_limit_per_s": profile.rate_limit_per_s,
            "retry_after_read_timeout": "true" if profile.retry_after_read_timeout else "false",
            "failover": ",".join(profile.failover) or None,
        }
        for key, value in values.items():
            if value is not None:
                settings.setValue(key, str(value))
        for key, value in profile.options.items():
            settings.setValue(f"options/{key}", str(value))
        settings.endGroup()
        self._sync(settings)
        return profile

    def remove(self, name: str) -> bool:
        """Delete a user profile and its keys; False when there is no such user profile."""
        if not NAME_RE.match(name):
            return False
        settings = self._user()
        profile = _read_profile(settings, name)
        if profile is None:
            return False
        settings.remove(f"{GROUP}/{name}")
        self._sync(settings)
        from desktop_app.station.credentials import CredentialError, delete_secrets

        try:
            delete_secrets(profile)
        except CredentialError as err:
            log.info("profile removed but its keys could not be deleted: %s", err)
        return True

    @staticmethod
    def _sync(settings: QSettings) -> None:
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            raise ProfileError(Notice(QT_TRANSLATE_NOOP("Notices", "the settings file %1 could not be written; check "
                                                                  "that the folder exists and is writable"),
                                      settings.fileName()))
