"""Profiles in QSettings INI files (user + admin presets), validated; no QApplication needed."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop_app.engines.base import Profile
from desktop_app.station import credentials
from desktop_app.station.profiles import ProfileError, ProfileStore, default_system_paths, default_user_path
from tests.conftest import require_system


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(str(tmp_path / "user" / "id-scan-station.conf"), [str(tmp_path / "sys" / "preset.conf")])


def _write_preset(store: ProfileStore, text: str) -> None:
    path = Path(store.system_paths[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_add_get_list_round_trip(store):
    saved = store.add(Profile(name="front-desk", vendor="td", base_url="https://sg.apitd.net/verification/kyc/ocr/v1/",
                              country="ph", options={"images": "1"}, read_timeout_s=20.0, rate_limit_per_s=3.0,
                              retry_after_read_timeout=True))
    assert saved.country == "PH"
    assert saved.base_url == "https://sg.apitd.net/verification/kyc/ocr/v1"
    assert store.get("front-desk") == saved
    assert store.list() == [saved]
    assert store.get("nope") is None


def test_add_replaces(store):
    store.add(Profile(name="p", vendor="structocr", action="passport"))
    store.add(Profile(name="p", vendor="structocr"))
    assert store.get("p") == Profile(name="p", vendor="structocr")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080", "http://localhost:9000/v1", "http://[::1]:81",
                                 "http://127.5.6.7", "https://api.structocr.com/v1"])
def test_allowed_base_urls(store, url):
    assert store.add(Profile(name="u", vendor="structocr", base_url=url)).base_url == url.rstrip("/")


@pytest.mark.parametrize(("profile", "fragment"), [
    (Profile(name="u", vendor="structocr", base_url="http://api.structocr.com/v1"), "plain http; use https"),
    (Profile(name="u", vendor="structocr", base_url="http://192.168.1.10"), "plain http"),
    (Profile(name="u", vendor="structocr", base_url="ftp://x"), "must start with https://"),
    (Profile(name="u", vendor="structocr", base_url="https://user:pw@x.example"), "user name or password"),
    (Profile(name="u", vendor="td", base_url="https://x.example/ocr?partner_key=1"), "query string"),
    (Profile(name="u", vendor="td", country="PHL"), "two-letter country code"),
    (Profile(name="u", vendor="td", country="ZZ"), "not an ISO 3166 country code"),
    (Profile(name="u", vendor="accuauth", country="peru"), "AccuAuth profiles take a country of"),
    (Profile(name="u", vendor="tencent", region="Singapore"), "region name such as ap-singapore"),
    (Profile(name="bad/name", vendor="structocr"), "a profile name must be"),
    (Profile(name="", vendor="structocr"), "a profile name must be"),
    (Profile(name="local", vendor="structocr"), "reserved"),
    (Profile(name="u", vendor="acme"), "unknown vendor"),  # type: ignore[arg-type]
    (Profile(name="u", vendor="structocr", read_timeout_s=0), "timeouts must be positive"),
])
def test_validation_sentences(store, profile, fragment):
    with pytest.raises(ProfileError) as info:
        store.add(profile)
    assert fragment in str(info.value)
    assert store.list() == []


def test_presets_show_up_and_user_profiles_override(store):
    _write_preset(store, "[profiles]\nfleet\\vendor=structocr\nfleet\\base_url=https://api.structocr.com/v1\n"
                         "shared\\vendor=accuauth\nshared\\country=ecuador\nbroken\\vendor=acme\n")
    names = [p.name for p in store.list()]
    assert names == ["fleet", "shared"]
    assert store.get("fleet") == Profile(name="fleet", vendor="structocr", base_url="https://api.structocr.com/v1")
    assert store.is_preset("fleet")
    store.add(Profile(name="fleet", vendor="structocr", base_url="http://127.0.0.1:9"))
    assert store.get("fleet").base_url == "http://127.0.0.1:9"  # type: ignore[union-attr]
    assert [p.base_url for p in store.list() if p.name == "fleet"] == ["http://127.0.0.1:9"]
    assert not store.remove("shared")  # a preset is the administrator's
    assert store.remove("fleet")
    assert store.get("fleet").base_url == "https://api.structocr.com/v1"  # type: ignore[union-attr]


def test_remove_missing(store):
    assert not store.remove("ghost")
    assert not store.remove("../etc")


def test_xdg_config_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{tmp_path}/a:{tmp_path}/b")
    assert default_user_path() == str(tmp_path / "cfg" / "id-scan-station" / "id-scan-station.conf")
    assert default_system_paths() == [str(tmp_path / "a" / "id-scan-station" / "id-scan-station.conf"),
                                      str(tmp_path / "b" / "id-scan-station" / "id-scan-station.conf")]
    store = ProfileStore()
    store.add(Profile(name="x", vendor="local"))
    assert (tmp_path / "cfg" / "id-scan-station" / "id-scan-station.conf").is_file()


def test_file_holds_only_non_secret_settings(store):
    store.add(Profile(name="p", vendor="tencent", region="ap-singapore", action="MLIDPassportOCR"))
    text = Path(store.user_path).read_text(encoding="utf-8")
    assert "secret" not in text.lower()
    assert "key" not in text.lower()


def test_remove_also_deletes_the_keys(store):
    from tests.station.test_credentials import _secret_service_ready

    require_system("gnome-keyring Secret Service (run under dbus-run-session -- tools/in-test-session)",
                   _secret_service_ready())
    profile = store.add(Profile(name=f"rm-{uuid.uuid4().hex[:6]}", vendor="accuauth", country="ecuador"))
    credentials.set_secrets(profile, {"api_id": "id-1", "api_secret": "secret-1"})
    assert store.remove(profile.name)
    assert credentials.status(profile) == {"api_id": False, "api_secret": False}
    assert store.get(profile.name) is None
