"""The front desk's day in the window, through the real StructOCR fake on 127.0.0.1 and the real keyring:
a bad picture costs no credit (and may be sent anyway), a vendor that cannot answer hands the scan to the next
profile, the second opinion says plainly what it found, the first confirmed guest of a fresh install lands in
a CSV file, and the account's credits stay in view.

Run with the keyring: `dbus-run-session -- tools/in-test-session tests/ui/test_front_desk_day.py -q`.
"""

from __future__ import annotations

import csv
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from tests.fakes.structocr_fake import StructOcrFake
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png
from tests.ui.test_vendors import _structocr, add_profile

pytestmark = pytest.mark.gui


def black_png() -> bytes:
    ok, buf = cv2.imencode(".png", np.zeros((1100, 850, 3), np.uint8))
    assert ok
    return bytes(buf)


def texts(window: MainWindow) -> str:
    return "\n".join(label.text() for label in window.review.findChildren(QLabel) if label.isVisibleTo(window))


def structocr_profile(profiles: Any, fake: StructOcrFake, **extra: Any) -> str:
    fields, keys = _structocr(fake)
    return add_profile(profiles, {**fields, **extra}, keys)


async def read(window: MainWindow, data: bytes) -> Any:
    item_id = window.submit_bytes(data, "page.png")
    await until(lambda: not window.session.item(item_id).busy, what="read")
    return window.session.item(item_id)


# ----------------------------------------------------------------------------------------- 2. the gate
@pytest.mark.parametrize("language", ["en", "es"])
def test_a_black_page_is_held_back_and_may_be_sent_anyway(language, keyring_ok, station, qtbot, qloop, profiles,
                                                          qapp):
    i18n.install(qapp, language)
    try:
        with StructOcrFake() as fake:
            station.reload_profiles(structocr_profile(profiles, fake))

            async def scenario() -> None:
                item = await read(station, black_png())
                assert item.status == "failed"
                assert item.blocked == ("exposure",)
                assert len(fake.ocr_requests()) == 0  # no credit spent
                shown = texts(station)
                row = station.session_list._rows[item.id].text()
                assert ("No enviado" if language == "es" else "Not sent") in row, row
                if language == "es":
                    assert "no se envió" in shown.lower(), shown
                    assert "Demasiado oscuro" in shown, shown
                else:
                    assert "was not sent" in shown, shown
                    assert "Too dark" in shown, shown
                anyway = station.review._msg_anyway
                assert anyway.isVisible()
                anyway.click()
                await until(lambda: not item.busy and item.status != "retrying", what="sent anyway")
                assert len(fake.ocr_requests()) == 1
                assert item.status == "needs_review"
                assert item.result.answered_by == station.current_profile()

            qloop.run_until_complete(scenario())
    finally:
        i18n.install(qapp, "en")


# -------------------------------------------------------------------------------------- 3. failover
def test_an_empty_account_hands_the_scan_to_the_next_profile(keyring_ok, station, qloop, profiles):
    with StructOcrFake(credits=0) as empty, StructOcrFake() as spare:
        backup = structocr_profile(profiles, spare)
        first = structocr_profile(profiles, empty, failover=(backup,))
        station.reload_profiles(first)

        async def scenario() -> Any:
            item = await read(station, sample_png())
            assert item.status == "needs_review", item.message
            await until(station.review.is_reviewing, what="review")
            return item

        item = qloop.run_until_complete(scenario())
        assert len(empty.ocr_requests()) == 1
        assert len(spare.ocr_requests()) == 1
    assert item.result.answered_by == backup
    assert [(step.profile, step.category) for step in item.result.failover] == [(first, "quota_exhausted")]
    shown = texts(station)
    assert f"Read by {backup}" in shown
    assert f"{first} did not read it (out of credits); {backup} answered instead." in shown
    assert backup in station.session_list._rows[item.id].text()  # the list names the profile that answered


def test_a_wrong_key_does_not_fail_over(keyring_ok, station, qloop, profiles):
    with StructOcrFake() as first_fake, StructOcrFake() as spare:
        backup = structocr_profile(profiles, spare)
        fields, _keys = _structocr(first_fake)
        first = add_profile(profiles, {**fields, "failover": (backup,)}, {"api_key": "sk_wrong"})
        station.reload_profiles(first)
        item = qloop.run_until_complete(read(station, sample_png()))
        assert item.status == "failed"
        assert item.result.error.category == "auth"
        assert (len(first_fake.ocr_requests()), len(spare.ocr_requests())) == (1, 0)


# ------------------------------------------------------------------------------- 4. second opinion
def test_the_second_opinion_says_which_of_three(keyring_ok, station, qloop, store, profiles):
    store.update(second_opinion=True)
    from tests.datagen import clean_document

    truth = clean_document(3, "td3").truth
    with StructOcrFake() as fake:
        station.reload_profiles(structocr_profile(profiles, fake))

        async def opinion(data: bytes, *, anyway: bool = False) -> Any:
            item = await read(station, data)
            if anyway:
                station.session.send_anyway(item.id)
                await until(lambda: not item.busy and item.status != "retrying", what="sent anyway")
            await until(lambda: item.second_opinion_done, timeout=120, what="second opinion")
            station.session_list.select(item.id)
            await until(station.review.is_reviewing, what="review")
            return item

        # differences: the fake answers ERIKSSON, the generated passport's MRZ is someone else
        item = qloop.run_until_complete(opinion(sample_png()))
        assert item.second_opinion.state == "differences"
        assert "differs from the vendor" in texts(station)
        assert "Document number: vendor read “L898902C3”" in texts(station)

        # agrees: the fake answers what the MRZ says
        fake.documents["passport"].update(
            passport_number=truth["number"], surname=truth["surname"], given_names=None, sex=truth["sex"],
            date_of_birth=truth["date_of_birth"], date_of_expiry=truth["date_of_expiry"],
            nationality=truth["nationality"], country_code=truth["issuing_country"])
        item = qloop.run_until_complete(opinion(sample_png()))
        assert item.second_opinion.state == "agrees", item.second_opinion
        assert "document_number" in item.second_opinion.compared
        shown = texts(station)
        assert "agrees on: Document number, Surname" in shown, shown

        # could not re-read: a black page sent anyway has no MRZ to compare (it used to say "no differences")
        item = qloop.run_until_complete(opinion(black_png(), anyway=True))
        assert (item.second_opinion.state, item.second_opinion.reason) == ("unavailable", "no_mrz")
        shown = texts(station)
        assert "Could not re-read offline: no machine-readable zone" in shown, shown
        assert "no difference" not in shown


# ------------------------------------------------------------------------ 5. the first guest is kept
def test_a_fresh_install_saves_the_first_guest_to_a_csv_in_documents(qtbot, qloop, tmp_path, monkeypatch):
    home = tmp_path / "fresh-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    store = SettingsStore(QSettings(str(tmp_path / "fresh.conf"), QSettings.Format.IniFormat),
                          preset_path=str(tmp_path / "no-preset.conf"))
    expected = home / "Documents" / "ID Scan Station" / "guests.csv"
    settings = store.load()
    assert settings.csv_enabled
    assert settings.csv_path == str(expected)
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False)
    assert store.load().csv_path == str(expected)
    assert "csv_path=\n" in (tmp_path / "fresh.conf").read_text() or "csv_path=" not in (
        tmp_path / "fresh.conf").read_text()  # the default is not pinned: it follows the documents folder
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}))
    window = MainWindow(session, store)
    qtbot.addWidget(window)
    window.show()
    try:
        shown = window.export_target.label.text()
        assert shown.startswith("Saving to: "), shown
        assert shown.endswith("guests.csv"), shown
        assert window.export_target.label.toolTip() == str(expected)
        assert window.export_target.change.isEnabled()

        async def scenario() -> None:
            item_id = session.submit_bytes(sample_png(), "guest.png", "scripted")
            await until(lambda: session.item(item_id).status == "needs_review", what="review")
            window.session_list.select(item_id)
            await until(window.review.is_reviewing, what="review page")
            window.review.request_confirm()
            await until(lambda: session.item(item_id).status == "confirmed", what="saved")

        qloop.run_until_complete(scenario())
        with expected.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert len(rows) == 1
        assert rows[0]["document_number"] == "L898902C3"
        assert "saved to the CSV file" in window.status_label.text()

        store.update(csv_enabled=False)  # the operator's own choice: now the clipboard alone, said plainly
        window.apply_settings(store.load())
        assert "only copied to the clipboard" in window.export_target.label.text()
    finally:
        qloop.run_until_complete(session.aclose())


# ------------------------------------------------------------------------------------ 6. credits
def test_structocr_credits_are_in_view_and_warned_when_low(keyring_ok, station, qloop, store, profiles):
    store.update(low_credit_warning=50)
    with StructOcrFake(credits=60) as fake:
        name = structocr_profile(profiles, fake)
        station.reload_profiles(name)
        label = station.credits_label

        async def scenario() -> None:
            await until(lambda: label.isVisible() and "60" in label.text(), what="credits at start")
            assert label.property("tone") == ""
            await read(station, sample_png())
            await until(lambda: "58" in label.text(), what="credits after a read")
            fake.credits = 52
            await read(station, sample_png())
            await until(lambda: "50" in label.text(), what="credits after the second read")

        qloop.run_until_complete(scenario())
        assert label.property("tone") == "warn"
        assert "only 50 credits left" in label.text()
        assert "Top up" in label.toolTip()
        station.reload_profiles("local")  # the offline engine has no credits to show
        assert not label.isVisible()


def test_the_low_credit_level_is_a_setting(qtbot, store):
    from desktop_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.low_credits.value() == 50
    dialog.low_credits.setValue(120)
    dialog.accept()
    assert store.load().low_credit_warning == 120


def test_a_black_page_does_not_go_to_td(keyring_ok, station, qloop, profiles):
    from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake

    with TdFake() as fake:
        name = add_profile(profiles, {"vendor": "td", "base_url": fake.url, "country": "GB"},
                           {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY})
        station.reload_profiles(name)
        item = qloop.run_until_complete(read(station, black_png()))
        assert (item.status, item.blocked, item.result.error.billed) == ("failed", ("exposure",), "no")
        assert len(fake.requests) == 0


def test_the_settings_dialog_edits_the_failover_list(qtbot, store, profiles):
    from desktop_app.engines.base import Profile
    from desktop_app.ui.settings_dialog import SettingsDialog

    profiles.add(Profile(name="backup", vendor="structocr"))
    profiles.add(Profile(name="main", vendor="structocr", failover=("backup",)))
    dialog = SettingsDialog(store, profiles=profiles)
    qtbot.addWidget(dialog)
    rows = [dialog.profile_list.item(i).text() for i in range(dialog.profile_list.count())]
    dialog.profile_list.setCurrentRow(next(i for i, text in enumerate(rows) if text.startswith("main ")))
    assert dialog.p_failover.text() == "backup"
    dialog.p_failover.setText("backup, local")
    dialog.p_save.click()
    assert profiles.get("main").failover == ("backup", "local")
