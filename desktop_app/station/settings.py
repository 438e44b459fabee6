"""The station's own settings (non-secret) in QSettings, with an admin preset for fleets.

Where values come from, first match wins:
1. a value the operator saved (the same INI file as the profiles, group `[station]`:
   `$XDG_CONFIG_HOME/id-scan-station/id-scan-station.conf` on Linux), unless the preset locks that key;
2. the admin preset: an INI file named by `SCANSTATION_PRESET`, else the fleet file the profiles use too
   (each `$XDG_CONFIG_DIRS` entry, default `/etc/xdg/id-scan-station/id-scan-station.conf`; Qt's
   system-scope INI location on Windows and macOS), group `[station]`;
3. the built-in defaults below.

Preset format (INI, `[station]` group)::

    [station]
    csv_path=/srv/frontdesk/guests.csv
    clipboard_format=tsv
    kiosk=true
    idle_timeout_s=90
    hot_folder=/srv/scans/frontdesk-1                              ; empty: no hot folder
    hot_folder_delete=true
    registration_target=alloggiati                                 ; the police file the stay panel asks for
    alloggiati_apartment=                                          ; short-let IdAppartamento
    ses_establishment=0000000001                                   ; SES.Hospedajes establishment code
    registration_presets=/srv/frontdesk/property.json              ; as `scanstation register --property`
    stay_nights=1                                                  ; the stay panel's default nights
    kiosk_pin_hash=pbkdf2_sha256$200000$<salt hex>$<hash hex>   ; `scanstation admin hash-pin`
    locked=csv_path,kiosk,kiosk_pin_hash                          ; keys the operator cannot change

Secrets never live here (keys are in the OS keyring, see `credentials.py`); the kiosk PIN is stored only
as a salted PBKDF2 hash.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from PySide6.QtCore import QSettings

from desktop_app.station.config_paths import default_system_paths, default_user_path

GROUP = "station"
PRESET_ENV = "SCANSTATION_PRESET"
PIN_ITERATIONS = 200_000

ClipboardFormat = Literal["tsv", "json", "off"]
CLIPBOARD_FORMATS: tuple[ClipboardFormat, ...] = ("tsv", "json", "off")
PmsFormat = Literal["mews", "json"]
PMS_FORMATS: tuple[PmsFormat, ...] = ("mews", "json")
REGISTRATION_TARGETS: tuple[str, ...] = ("", "alloggiati", "ses", "siba", "meldeschein")


@dataclass(frozen=True, slots=True)
class StationSettings:
    """Everything the operator or an administrator can set, except profiles and keys."""

    default_profile: str = "local"
    default_td_country: str = ""  # TD needs an alpha-2 country when a profile has none
    csv_enabled: bool = True
    csv_path: str = ""  # empty when loaded from a store: the per-user default file (`default_csv_path`)
    columns: tuple[str, ...] = ()  # empty: domain.export_rows.DEFAULT_COLUMNS
    clipboard_format: ClipboardFormat = "tsv"
    pms_folder: str = ""  # a folder for one PMS hand-off JSON file per confirmed guest; empty: off
    pms_format: PmsFormat = "mews"
    stay_nights: int = 1  # the stay a hand-off file states when the operator gave none; the stay panel's default
    registration_target: str = ""  # the stay panel's police file: alloggiati, ses, siba, meldeschein; "": off
    registration_folder: str = ""  # where police files are proposed; empty: the home folder
    alloggiati_apartment: str = ""  # Alloggiati Web short-let variant: IdAppartamento; empty: the hotel variant
    ses_establishment: str = ""  # SES.Hospedajes codigoEstablecimiento
    registration_presets: str = ""  # a JSON file as `scanstation register --property` reads (SIBA's hotel unit...)
    camera_id: str = ""  # QCameraDevice.id() as text; empty: the system default
    scanner_device: str = ""  # SANE device name; empty: none
    hot_folder: str = ""  # a folder whose new image files are read automatically; empty: off
    hot_folder_delete: bool = False  # delete each hot-folder file once it was read and decoded
    auto_capture_frames: int = 8  # consecutive all-pass preview frames before auto capture; 0 = off
    second_opinion: bool = True  # re-read the MRZ offline after a vendor answer and show differences
    sounds: bool = True
    kiosk: bool = False
    kiosk_pin_hash: str = ""
    idle_timeout_s: int = 120  # 0 = never
    language: str = ""  # "", "en" or "es"; empty follows the system
    low_credit_warning: int = 50  # a vendor balance (StructOCR credits) at or below this is shown as low; 0 = never
    locked: frozenset[str] = field(default_factory=frozenset)  # keys fixed by the admin preset

    def is_locked(self, key: str) -> bool:
        return key in self.locked


_KEYS: tuple[str, ...] = tuple(f.name for f in fields(StationSettings) if f.name != "locked")


def _coerce(key: str, value: Any, default: Any) -> Any:
    """QSettings gives strings for INI files; turn them back into the field's type, else the default."""
    if value is None:
        return default
    try:
        if isinstance(default, bool):
            if isinstance(value, bool):
                return value
            return str(value).strip().lower() in {"1", "true", "yes", "on"}
        if isinstance(default, int):
            return max(0, int(value))
        if isinstance(default, tuple):
            items = value if isinstance(value, list) else str(value).split(",")
            return tuple(str(v).strip() for v in items if str(v).strip())
        text = str(value)
        if key == "clipboard_format" and text not in CLIPBOARD_FORMATS:
            return default
        if key == "pms_format" and text not in PMS_FORMATS:
            return default
        if key == "registration_target" and text not in REGISTRATION_TARGETS:
            return default
        return text
    except (TypeError, ValueError):
        return default


def _read_group(qs: QSettings) -> dict[str, Any]:
    qs.beginGroup(GROUP)
    try:
        return {key: qs.value(key) for key in [*_KEYS, "locked"] if qs.contains(key)}
    finally:
        qs.endGroup()


class SettingsStore:
    """Loads and saves `StationSettings`; tests pass their own QSettings file and preset path."""

    def __init__(self, qsettings: QSettings | None = None, preset_path: str | None = None) -> None:
        self._qs = qsettings or QSettings(default_user_path(), QSettings.Format.IniFormat)
        env_preset = os.environ.get(PRESET_ENV)
        self._preset: QSettings | None = None
        if preset_path is not None:
            self._preset = QSettings(preset_path, QSettings.Format.IniFormat)
        elif env_preset:
            self._preset = QSettings(env_preset, QSettings.Format.IniFormat)
        elif qsettings is None:
            existing = [path for path in default_system_paths() if os.path.exists(path)]
            if existing:
                self._preset = QSettings(existing[0], QSettings.Format.IniFormat)

    def preset_values(self) -> dict[str, Any]:
        return _read_group(self._preset) if self._preset is not None else {}

    def load(self) -> StationSettings:
        defaults = StationSettings()
        preset = self.preset_values()
        locked = frozenset(_coerce("locked", preset.get("locked"), ()))
        user = _read_group(self._qs)
        values: dict[str, Any] = {}
        for key in _KEYS:
            default = getattr(defaults, key)
            if key in preset:
                default = _coerce(key, preset[key], default)
            raw = user.get(key) if key not in locked else None
            values[key] = _coerce(key, raw, default)
        if not values["csv_path"]:  # a fresh install keeps its first guest: a per-user file, never nowhere
            values["csv_path"] = default_csv_path()
        return StationSettings(**values, locked=locked)

    def save(self, settings: StationSettings) -> None:
        """Store every key the preset does not lock."""
        self._qs.beginGroup(GROUP)
        try:
            for key in _KEYS:
                if settings.is_locked(key):
                    continue
                value = getattr(settings, key)
                if key == "csv_path" and value == default_csv_path():
                    value = ""  # the default follows the documents folder; only a chosen file is stored
                self._qs.setValue(key, ",".join(value) if isinstance(value, tuple) else value)
        finally:
            self._qs.endGroup()
        self._qs.sync()

    def update(self, **changes: Any) -> StationSettings:
        settings = replace(self.load(), **changes)
        self.save(settings)
        return settings


DEFAULT_CSV_FOLDER = "ID Scan Station"
DEFAULT_CSV_NAME = "guests.csv"


def default_csv_path() -> str:
    """The per-user CSV file confirmed scans go to until the operator picks another: `ID Scan Station/guests.csv`
    in the documents folder (the home folder when the system names none). The CSV sink makes its folder."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = documents or os.path.expanduser("~")
    return os.path.join(base, DEFAULT_CSV_FOLDER, DEFAULT_CSV_NAME)


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = PIN_ITERATIONS) -> str:
    """A salted PBKDF2-SHA256 hash of the kiosk PIN, as stored in settings (the PIN itself never is)."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when `pin` matches the stored hash; False for an empty or malformed hash."""
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        if scheme != "pbkdf2_sha256":
            return False
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)
