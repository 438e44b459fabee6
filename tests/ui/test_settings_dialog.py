"""The settings dialog: a profile added with masked keys (keyring only, shown "set"), test connection against
the StructOCR fake's balance, removal; station settings saved; preset-locked settings disabled."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from desktop_app.station.settings import SettingsStore, verify_pin
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.fakes.structocr_fake import StructOcrFake
from tests.ui.conftest import until

pytestmark = pytest.mark.gui


def test_add_test_and_remove_a_profile(keyring_ok, qtbot, qloop, store, profiles):
    from desktop_app.station.credentials import get_secrets, status

    name = f"so-{uuid.uuid4().hex[:6]}"
    with StructOcrFake(credits=77) as fake:
        dialog = SettingsDialog(store, profiles=profiles)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog._new_profile()
        dialog.p_name.setText(name)
        dialog.p_vendor.setCurrentIndex(dialog.p_vendor.findData("structocr"))
        dialog.p_base_url.setText(fake.base_url + "/v1")
        key_edit = dialog.findChild(QLineEdit, "key_api_key")
        assert key_edit.echoMode() == QLineEdit.EchoMode.Password
        key_edit.setText(fake.api_key)
        dialog.p_save.click()
        assert key_edit.text() == ""  # cleared at once, while the keyring stores it off the GUI thread
        qtbot.waitUntil(lambda: "saved" in dialog.p_status.text(), timeout=10_000)
        profile = profiles.get(name)
        assert profile is not None
        assert status(profile) == {"api_key": True}
        assert get_secrets(profile)["api_key"] == fake.api_key
        key_edit = dialog.findChild(QLineEdit, "key_api_key")
        assert key_edit.text() == ""  # the key never stays in the widget
        qtbot.waitUntil(lambda: key_edit.placeholderText().startswith("set"), timeout=10_000)
        with open(profiles.user_path, encoding="utf-8") as handle:
            assert fake.api_key not in handle.read()  # keys live only in the keyring

        dialog.p_test.click()
        qloop.run_until_complete(until(lambda: "Credits left: 77" in dialog.p_status.text(), what="balance"))
        assert any(r.path.endswith("/account/balance") for r in fake.requests)

        dialog.p_remove.click()
        qtbot.waitUntil(lambda: "removed" in dialog.p_status.text(), timeout=10_000)
        assert profiles.get(name) is None
        assert status(profile) == {"api_key": False}


def test_station_settings_saved_and_locks(qtbot, tmp_path):
    preset = tmp_path / "preset.conf"
    preset.write_text("[station]\ncsv_path=/srv/fleet.csv\nlocked=csv_path\n", encoding="utf-8")
    store = SettingsStore(QSettings(str(tmp_path / "user.conf"), QSettings.Format.IniFormat),
                          preset_path=str(preset))
    from desktop_app.station.profiles import ProfileStore

    dialog = SettingsDialog(store, profiles=ProfileStore(user_path=str(tmp_path / "p.conf"), system_paths=[]))
    qtbot.addWidget(dialog)
    assert not dialog.csv_path.parentWidget().isEnabled()  # locked by the administrator
    dialog.clipboard_format.setCurrentIndex(dialog.clipboard_format.findData("json"))
    dialog.idle.setValue(300)
    dialog.pin.setText("8642")
    dialog.accept()
    saved = store.load()
    assert saved.clipboard_format == "json"
    assert saved.idle_timeout_s == 300
    assert saved.csv_path == "/srv/fleet.csv"
    assert verify_pin("8642", saved.kiosk_pin_hash)
    assert "8642" not in (tmp_path / "user.conf").read_text(encoding="utf-8")


def test_hot_folder_settings_saved(qtbot, store, profiles, tmp_path):
    dialog = SettingsDialog(store, profiles=profiles)
    qtbot.addWidget(dialog)
    assert dialog.hot_folder.text() == ""  # off by default
    dialog.hot_folder.setText(f"  {tmp_path}  ")
    dialog.hot_folder_delete.setChecked(True)
    dialog.accept()
    saved = store.load()
    assert saved.hot_folder == str(tmp_path)
    assert saved.hot_folder_delete is True
