"""The whole station through each vendor fake (real HTTP on 127.0.0.1, keys in the real keyring):
sample document -> read -> review -> Enter -> CSV row; a vendor failure then Retry; a forged TD result.

Run with the keyring: `dbus-run-session -- tools/in-test-session tests/ui -q`.
"""

from __future__ import annotations

import csv
import uuid
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop_app.engines.base import Profile
from tests.fakes.accuauth_fake import AccuAuthFake
from tests.fakes.structocr_fake import StructOcrFake
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake
from tests.ui.conftest import until
from tests.ui.helpers import sample_png

pytestmark = pytest.mark.gui


def _structocr(fake: Any) -> tuple[dict[str, Any], dict[str, str]]:
    return {"vendor": "structocr", "base_url": fake.base_url + "/v1"}, {"api_key": fake.api_key}


def _td(fake: Any) -> tuple[dict[str, Any], dict[str, str]]:
    return ({"vendor": "td", "base_url": fake.url, "country": "GB"},
            {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY})


def _tencent(fake: Any) -> tuple[dict[str, Any], dict[str, str]]:
    return ({"vendor": "tencent", "base_url": fake.base_url, "action": "MLIDPassportOCR", "region": "ap-singapore"},
            {"secret_id": SECRET_ID, "secret_key": SECRET_KEY})


def _accuauth(fake: Any) -> tuple[dict[str, Any], dict[str, str]]:
    return ({"vendor": "accuauth", "base_url": fake.base_url, "country": "ecuador"},
            {"api_id": fake.api_id, "api_secret": fake.api_secret})


VENDORS = {
    "structocr": (StructOcrFake, _structocr),
    "td": (TdFake, _td),
    "tencent": (TencentFake, _tencent),
    "accuauth": (AccuAuthFake, _accuauth),
}


def add_profile(profiles: Any, fields: dict[str, Any], keys: dict[str, str]) -> str:
    from desktop_app.station.credentials import set_secrets

    name = f"{fields['vendor']}-{uuid.uuid4().hex[:8]}"
    profile = profiles.add(Profile(name=name, **fields))
    set_secrets(profile, keys)
    return name


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_vendor_read_review_confirm(vendor, keyring_ok, station, qtbot, qloop, profiles, tmp_path):
    fake_cls, setup = VENDORS[vendor]
    with fake_cls() as fake:
        fields, keys = setup(fake)
        name = add_profile(profiles, fields, keys)
        station.reload_profiles(name)
        assert station.current_profile() == name

        async def scenario() -> int:
            item_id = station.submit_bytes(sample_png(), "guest.png")
            await until(lambda: not station.session.item(item_id).busy, what=f"{vendor} read")
            item = station.session.item(item_id)
            assert item.status == "needs_review", item.message
            assert station.review.is_reviewing()
            number = station.review.editor("document_number")
            assert number is not None
            assert number.text()
            qtbot.keyClick(number, Qt.Key.Key_Return)
            await until(lambda: station.session.item(item_id).status == "confirmed", what="confirmed")
            return item_id

        qloop.run_until_complete(scenario())
        assert len(fake.requests) >= 1
    rows = read_csv(tmp_path / "guests.csv")
    assert len(rows) == 1
    assert rows[0]["engine"] == vendor
    assert rows[0]["document_number"]
    assert rows[0]["corrected_fields"] == ""


def test_vendor_failure_then_retry(keyring_ok, station, qtbot, qloop, profiles):
    with StructOcrFake(credits=0) as fake:
        fields, keys = _structocr(fake)
        station.reload_profiles(add_profile(profiles, fields, keys))

        async def scenario() -> None:
            item_id = station.submit_bytes(sample_png(), "guest.png")
            await until(lambda: station.session.item(item_id).status == "failed", what="failure")
            shown = station.review._msg_text.text()
            assert "credits" in shown.lower()
            assert station.review._msg_retry.isVisible()
            fake.credits = 10  # the administrator topped up the account
            qtbot.mouseClick(station.review._msg_retry, Qt.MouseButton.LeftButton)
            await until(lambda: station.session.item(item_id).status == "needs_review", what="retry")

        qloop.run_until_complete(scenario())


def test_forged_td_result_shows_verdict_and_reasons(keyring_ok, station, qloop, profiles):
    with TdFake(mode="forgery_fail") as fake:
        fields, keys = _td(fake)
        station.reload_profiles(add_profile(profiles, fields, keys))

        async def scenario() -> None:
            item_id = station.submit_bytes(sample_png(), "guest.png")
            await until(lambda: not station.session.item(item_id).busy, what="TD read")
            assert station.session.item(item_id).result.forgery.verdict == "fail"

        qloop.run_until_complete(scenario())
    texts = [label.text() for label in station.review.findChildren(QLabel)]
    verdict = [t for t in texts if "forgery detected" in t]
    assert verdict, texts
    assert "photocopy" in verdict[0] or "screen" in verdict[0]


def test_second_opinion_shows_differences(keyring_ok, station, qloop, store, profiles):
    store.update(second_opinion=True)
    with TdFake() as fake:  # the fake answers ERIKSSON; the generated document's MRZ is someone else
        fields, keys = _td(fake)
        station.reload_profiles(add_profile(profiles, fields, keys))

        typed: dict[str, object] = {}

        async def scenario() -> None:
            item_id = station.submit_bytes(sample_png(), "guest.png")
            item = station.session.item(item_id)
            await until(lambda: station.review.is_reviewing() or item.second_opinion_done, timeout=120,
                        what="review")
            if not item.second_opinion_done:  # the operator starts typing before the offline re-read is in
                editor = station.review.editor("surname")
                editor.setFocus()
                editor.setText("ERIKSSON-TYPED")
                typed["editor"] = editor
            await until(lambda: item.second_opinion_done, timeout=120, what="second opinion")
            assert item.differences
            assert any(d.key == "document_number" for d in item.differences)

        qloop.run_until_complete(scenario())
    texts = " ".join(label.text() for label in station.review.findChildren(QLabel))
    assert "vendor read" in texts
    if typed:  # only the item's sections were rebuilt: the same editor, its text and its focus
        assert station.review.editor("surname") is typed["editor"]
        assert typed["editor"].text() == "ERIKSSON-TYPED"
        assert typed["editor"].hasFocus()
