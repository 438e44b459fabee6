"""The session's guest book for the police files: stay details travel in the confirmed record; confirmed guests are
held (in memory) through clear and idle reset until their file is written; a file per stay; checks, presets and a
member whose head is not confirmed yet; SES and SIBA files from the station validated against the shipped schemas."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from PySide6.QtCore import QSettings

from desktop_app.domain.registration import ses, siba
from desktop_app.domain.registration.tables import schema_path
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from desktop_app.station.stay import StayDetails
from tests.domain.registration.xsd_subset import Schema
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, assert_purged, sample_png

qloop = ui_fixtures.qloop
SES_STAY = (("address", "Calle Mayor 1"), ("city", "Lyon"), ("country", "FRA"), ("phone", "+34 600 000 000"),
            ("postcode", "69001"))


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    s = SettingsStore(QSettings(str(tmp_path / "s.conf"), QSettings.Format.IniFormat),
                      preset_path=str(tmp_path / "none.conf"))
    s.update(csv_enabled=False, clipboard_format="off", idle_timeout_s=0, default_profile="scripted",
             registration_target="ses", ses_establishment="0000012345", stay_nights=2)
    return s


@pytest.fixture
def session(qapp, qloop, store):
    session = ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}))
    yield session
    qloop.run_until_complete(session.aclose())


def confirm(qloop, session: ScanSession, stay: StayDetails | None = None) -> int:
    """One scan (ERIKSSON ANNA MARIA, passport of UTO) confirmed with `stay` typed in its review."""

    async def run() -> int:
        item_id = session.submit_bytes(sample_png(), "doc.png")
        await until(lambda: session.item(item_id).status == "needs_review")
        if stay is not None:
            session.guests.set_stay(item_id, stay)
        session.confirm(item_id)
        await until(lambda: session.item(item_id).status == "confirmed")
        return item_id

    return qloop.run_until_complete(run())


def test_the_stay_travels_in_the_record_and_a_rejected_scan_leaves_nothing(qloop, session):
    typed = StayDetails(dt.date(2026, 7, 1), 4, "head_group", None, SES_STAY)
    item_id = confirm(qloop, session, typed)
    item = session.item(item_id)
    assert_purged(item)  # the scan itself is purged as for any sink; the book holds the record
    assert session.guests.held() == [item_id]
    assert session.guests.stay(item_id) == typed

    async def reject_one() -> int:
        other = session.submit_bytes(sample_png(), "doc.png")
        await until(lambda: session.item(other).status == "needs_review")
        session.guests.set_stay(other, typed.with_value("city", "Madrid"))
        session.reject(other)
        return other

    other = qloop.run_until_complete(reject_one())
    assert session.guests.stay(other) == StayDetails.default(2)  # what was typed is gone
    assert session.guests.held() == [item_id]


def test_no_police_file_set_up_no_stay_and_nothing_held(qloop, session, store):
    store.update(registration_target="")
    assert session.guests.take_stay(99) is None
    item_id = confirm(qloop, session)
    assert session.guests.held() == []
    assert_purged(session.item(item_id))


def test_held_guests_survive_clear_and_the_idle_reset(qloop, session):
    item_id = confirm(qloop, session)
    session.clear()
    session.idle_reset()
    assert session.guests.held() == [item_id]
    assert session.item(item_id) is None  # the list forgot the scan; the police file still owes the guest


def test_ses_file_from_the_station_is_valid_and_the_guests_are_dropped(qloop, session, tmp_path):
    head = confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 3, "head_family", None, SES_STAY))
    member = confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 9, "member", head, SES_STAY))
    assert session.guests.problems("ses") == []
    path = tmp_path / "parte.xml"
    assert qloop.run_until_complete(session.guests.export("ses", str(path))) is None
    assert session.guests.held() == []
    data = path.read_bytes()
    assert Schema(schema_path("ses")).errors(data) == []
    root = ET.fromstring(data)
    ns = {"alt": ses.NAMESPACE}
    assert root.findtext("solicitud/codigoEstablecimiento", namespaces=ns) == "0000012345"
    assert root.findtext("solicitud/comunicacion/contrato/numPersonas") == "2"
    assert root.findtext("solicitud/comunicacion/contrato/fechaSalida").startswith("2026-07-04")  # the head's
    assert [p.findtext("apellido1") for p in root.iter("persona")] == ["ERIKSSON", "ERIKSSON"]
    assert member not in session.guests.held()


def test_one_file_per_stay(qloop, session, tmp_path):
    confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 2, "single", None, SES_STAY))
    confirm(qloop, session, StayDetails(dt.date(2026, 7, 2), 5, "single", None, SES_STAY))
    path = tmp_path / "parte.xml"
    assert qloop.run_until_complete(session.guests.export("ses", str(path))) is None
    first, second = ET.parse(path).getroot(), ET.parse(tmp_path / "parte-2.xml").getroot()
    assert first.findtext("solicitud/comunicacion/contrato/fechaEntrada").startswith("2026-07-01")
    assert second.findtext("solicitud/comunicacion/contrato/fechaEntrada").startswith("2026-07-02")


def test_what_is_missing_and_for_whom(qloop, session, store, tmp_path):
    store.update(ses_establishment="")
    item_id = confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 2, "member", None,
                                                  (("country", "XX9"),)))
    (problem,) = session.guests.problems("ses")
    assert problem.item_id == item_id
    assert problem.fields == ("head", "country (unknown country)")
    assert problem.sentence() == (f"Scan {item_id} · ERIKSSON ANNA MARIA: missing head of family or group, "
                                  "country of residence (unknown country)")
    assert "establishment code" in (session.guests.preset_problem("ses") or "")
    path = tmp_path / "parte.xml"
    assert qloop.run_until_complete(session.guests.export("ses", str(path))) is not None
    store.update(ses_establishment="0000012345")
    session.guests.set_stay(item_id, StayDetails(dt.date(2026, 7, 1), 2, "single", None, SES_STAY))
    assert session.guests.problems("ses") == []
    assert not path.exists()


def test_a_member_whose_head_is_still_in_review(qloop, session):
    async def pending() -> int:
        item_id = session.submit_bytes(sample_png(), "doc.png")
        await until(lambda: session.item(item_id).status == "needs_review")
        session.guests.set_stay(item_id, StayDetails(dt.date(2026, 7, 1), 2, "head_family"))
        return item_id

    head = qloop.run_until_complete(pending())
    member = confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 2, "member", head, SES_STAY))
    assert [person.item_id for person in session.guests.people(exclude=member)] == [head]
    (problem,) = session.guests.problems("ses")
    assert problem.fields == ("head (confirm the head's scan first)",)


def test_siba_needs_the_hotel_unit_from_the_presets_file(qloop, session, store, tmp_path):
    store.update(registration_target="siba")
    confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 2, "single", None, SES_STAY))
    assert "SIBA needs" in (session.guests.preset_problem("siba") or "")
    presets = tmp_path / "property.json"
    presets.write_text(json.dumps({"siba": {
        "nipc": "123456789", "establishment": "1", "name": "Hotel Exemplo", "abbreviation": "EXEMPLO",
        "address": "Rua Direita 1", "locality": "Lisboa", "postcode": "1100", "postal_zone": "148",
        "phone": "213000000", "contact_name": "Ana Gerente", "contact_email": "reservas@example.pt",
        "file_number": 7}}), encoding="utf-8")
    store.update(registration_presets=str(presets))
    assert session.guests.preset_problem("siba") is None
    path = tmp_path / "siba.xml"
    assert qloop.run_until_complete(session.guests.export("siba", str(path))) is None
    data = path.read_bytes()
    assert Schema(schema_path("siba")).errors(data) == []
    root = ET.fromstring(data)
    ns = {"ba": siba.NAMESPACE}
    assert root.findtext("ba:Envio/ba:Numero_Ficheiro", namespaces=ns) == "7"
    assert root.findtext("ba:Boletim_Alojamento/ba:Local_Residencia_Origem", namespaces=ns) == "Lyon"


def test_a_head_whose_member_is_still_in_review_waits_for_it(qloop, session):
    head = confirm(qloop, session, StayDetails(dt.date(2026, 7, 1), 2, "head_family", None, SES_STAY))

    async def pending() -> int:
        item_id = session.submit_bytes(sample_png(), "doc.png")
        await until(lambda: session.item(item_id).status == "needs_review")
        session.guests.set_stay(item_id, StayDetails(dt.date(2026, 7, 1), 2, "member", head, SES_STAY))
        return item_id

    member = qloop.run_until_complete(pending())
    (problem,) = session.guests.problems("ses")
    assert (problem.item_id, problem.fields) == (head, ("members (still in review: confirm them first)",))
    session.confirm(member)
    qloop.run_until_complete(until(lambda: session.item(member).status == "confirmed"))
    assert session.guests.problems("ses") == []
