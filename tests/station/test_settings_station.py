"""Station settings: defaults, round trip, the admin preset (defaults and locked keys) and the kiosk PIN hash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop_app.station.settings import SettingsStore, StationSettings, default_csv_path, hash_pin, verify_pin


def make_store(tmp_path: Path, preset: str | None = None) -> SettingsStore:
    preset_path = tmp_path / "preset.conf"
    if preset is not None:
        preset_path.write_text(preset, encoding="utf-8")
    return SettingsStore(QSettings(str(tmp_path / "user.conf"), QSettings.Format.IniFormat),
                         preset_path=str(preset_path))


def test_defaults_without_files(tmp_path):
    settings = make_store(tmp_path).load()
    # a fresh install keeps its first guest: the CSV goes to the per-user file in the documents folder
    assert settings == StationSettings(csv_path=default_csv_path())
    assert settings.csv_path.endswith("ID Scan Station/guests.csv")
    assert settings.default_profile == "local"
    assert settings.kiosk_pin_hash == ""


def test_round_trip(tmp_path):
    store = make_store(tmp_path)
    store.update(csv_path="/srv/guests.csv", columns=("surname", "document_number"), clipboard_format="json",
                 auto_capture_frames=3, sounds=False, idle_timeout_s=45, kiosk=True)
    again = make_store(tmp_path).load()
    assert again.csv_path == "/srv/guests.csv"
    assert again.columns == ("surname", "document_number")
    assert again.clipboard_format == "json"
    assert again.auto_capture_frames == 3
    assert again.sounds is False
    assert again.idle_timeout_s == 45
    assert again.kiosk is True


def test_preset_gives_defaults_and_locks(tmp_path):
    preset = ("[station]\ncsv_path=/srv/fleet.csv\nidle_timeout_s=90\nkiosk=true\nsounds=false\n"
              "locked=csv_path, kiosk\n")
    store = make_store(tmp_path, preset)
    settings = store.load()
    assert settings.csv_path == "/srv/fleet.csv"
    assert settings.idle_timeout_s == 90
    assert settings.kiosk is True
    assert settings.is_locked("csv_path")
    assert not settings.is_locked("idle_timeout_s")
    store.update(csv_path="/tmp/mine.csv", idle_timeout_s=30, kiosk=False)
    settings = store.load()
    assert settings.csv_path == "/srv/fleet.csv"  # locked: the operator's value is ignored
    assert settings.kiosk is True
    assert settings.idle_timeout_s == 30  # not locked: the operator's value wins


def test_bad_values_fall_back(tmp_path):
    (tmp_path / "user.conf").write_text(
        "[station]\nclipboard_format=xml\nauto_capture_frames=lots\nidle_timeout_s=-5\n", encoding="utf-8")
    settings = make_store(tmp_path).load()
    assert settings.clipboard_format == "tsv"
    assert settings.auto_capture_frames == StationSettings().auto_capture_frames
    assert settings.idle_timeout_s == 0


def test_pin_is_stored_as_a_salted_hash(tmp_path):
    stored = hash_pin("2468", iterations=1000)
    # The PIN is never a field of what is stored (a substring check would be flaky: "2468" is valid hex and
    # turns up in a random salt or digest about once in 700 runs).
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, iterations) == ("pbkdf2_sha256", "1000")
    assert "2468" not in (salt, digest)
    assert len(bytes.fromhex(salt)) >= 16
    assert len(bytes.fromhex(digest)) == 32
    assert stored != hash_pin("2468", iterations=1000)  # salted
    assert verify_pin("2468", stored)
    assert not verify_pin("1357", stored)
    assert not verify_pin("2468", "")
    assert not verify_pin("2468", "plain$text")
    store = make_store(tmp_path)
    store.update(kiosk_pin_hash=stored)
    assert "2468" not in (tmp_path / "user.conf").read_text(encoding="utf-8")
    assert verify_pin("2468", make_store(tmp_path).load().kiosk_pin_hash)


def test_settings_share_the_profiles_file(monkeypatch, tmp_path):
    from desktop_app.station import profiles, settings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path}/a:{tmp_path}/b")
    assert settings.default_user_path() == profiles.default_user_path()
    assert settings.default_system_paths() == profiles.default_system_paths()


def test_hot_folder_from_the_preset(tmp_path):
    preset = "[station]\nhot_folder=/srv/scans/desk-1\nhot_folder_delete=yes\nlocked=hot_folder\n"
    store = make_store(tmp_path, preset)
    settings = store.load()
    assert settings.hot_folder == "/srv/scans/desk-1"
    assert settings.hot_folder_delete is True
    store.update(hot_folder="/tmp/elsewhere", hot_folder_delete=False)
    again = store.load()
    assert again.hot_folder == "/srv/scans/desk-1"  # locked by the administrator
    assert again.hot_folder_delete is False
