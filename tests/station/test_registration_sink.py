"""The PMS hand-off sink: a confirmed guest becomes one Mews-shaped JSON file in the settings' folder, durably,
through the same delivery every sink has; a record that lacks what the PMS needs is a sentence, not a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop_app.domain.schema import Document, Holder, ScanResult
from desktop_app.station.confirmed import ConfirmedRecord
from desktop_app.station.export_sinks import default_sinks
from desktop_app.station.registration_sink import handoff_name, write_handoff
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, assert_purged, sample_png

qloop = ui_fixtures.qloop


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    s = SettingsStore(QSettings(str(tmp_path / "s.conf"), QSettings.Format.IniFormat),
                      preset_path=str(tmp_path / "none.conf"))
    (tmp_path / "pms").mkdir()
    s.update(csv_path=str(tmp_path / "out.csv"), idle_timeout_s=0, default_profile="scripted",
             clipboard_format="off", pms_folder=str(tmp_path / "pms"), pms_format="mews")
    return s


def test_a_confirmed_guest_lands_in_the_pms_folder(qapp, qloop, store, tmp_path):
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}), sinks=default_sinks())

    async def scenario() -> None:
        item_id = session.submit_bytes(sample_png(), "doc.png")
        await until(lambda: session.item(item_id).status == "needs_review")
        assert session.confirm(item_id, {"given_names": "ANNA"}).pending
        item = session.item(item_id)
        await until(lambda: item.status == "confirmed")
        assert_purged(item)

    qloop.run_until_complete(scenario())
    qloop.run_until_complete(session.aclose())
    (path,) = (tmp_path / "pms").iterdir()
    assert path.name.startswith("guest-")
    assert path.suffix == ".json"
    obj = json.loads(path.read_text(encoding="utf-8"))
    assert obj["IdentityDocument"] == {"Type": "Passport", "Number": "L898902C3", "IssuanceDate": None,
                                       "ExpirationDate": "2032-04-15", "IssuingCountryCode": None}
    assert (obj["Customer"]["LastName"], obj["Customer"]["FirstName"]) == ("ERIKSSON", "ANNA")


def record(number: str | None, item_id: int = 7) -> ConfirmedRecord:
    result = ScanResult(vendor="local", vendor_action="mrz",
                        document=Document(category="passport", number=number, issuing_country="FRA"),
                        holder=Holder(surname="DUPONT", given_names="Claire", nationality="FRA"))
    return ConfirmedRecord.snapshot(item_id, result, (), dt.datetime(2026, 6, 1, 10, 0, 0).astimezone())


def test_generic_file_and_no_second_file_over_the_first(qapp, tmp_path):
    assert write_handoff(record("15AB12345"), str(tmp_path), "json", 3) is None
    obj = json.loads((tmp_path / handoff_name(record("15AB12345"))).read_text(encoding="utf-8"))
    assert obj["nationality"] == {"alpha2": "FR", "alpha3": "FRA"}
    assert obj["stay"]["departure"] == "2026-06-04"
    again = write_handoff(record("15AB12345"), str(tmp_path), "json", 3)
    assert again is not None
    assert "already exists" in again


def test_a_record_without_a_document_number_is_reported(qapp, tmp_path):
    sentence = write_handoff(record(None), str(tmp_path), "mews", 1)
    assert sentence == "The PMS file was not written: the record lacks document_number."
    assert list(tmp_path.iterdir()) == []


def test_the_stay_typed_in_the_review_goes_into_the_handoff(qapp, tmp_path):
    from desktop_app.station.stay import StayDetails

    typed = StayDetails(dt.date(2026, 7, 10), 5, "head_family", None, (("city", "Lyon"), ("country", "FRA")))
    assert write_handoff(record("15AB12345").with_stay(typed), str(tmp_path), "json", 1) is None
    obj = json.loads((tmp_path / handoff_name(record("15AB12345"))).read_text(encoding="utf-8"))
    assert (obj["stay"]["arrival"], obj["stay"]["departure"]) == ("2026-07-10", "2026-07-15")
    assert "Lyon" in json.dumps(obj)
