"""Issue 11, item 3: a sink registered only here (the session's `confirm` knows no sink) receives the confirmed
record with the operator's corrections, frozen before the purge; a failing sink keeps its own pending retry
without a second CSV row; the clipboard gets the row off the CSV writer's way."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from desktop_app.station.confirmed import ConfirmedRecord
from desktop_app.station.export_sinks import default_sinks
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore, StationSettings
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, assert_purged, sample_png

qloop = ui_fixtures.qloop


class GuestRegisterSink:
    """A test-only export format: remembers each record it gets; fails while `refuse` is set."""

    name = "guest_register"

    def __init__(self) -> None:
        self.records: list[ConfirmedRecord] = []
        self.refuse = False
        self.closed = False

    def title(self) -> str:
        return "guest register"

    def wanted(self, settings: StationSettings) -> bool:
        return True

    def busy_text(self) -> str:
        return ""

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None:
        if self.refuse:
            return "The guest register is offline; press Save again."
        self.records.append(record)
        return None

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    s = SettingsStore(QSettings(str(tmp_path / "s.conf"), QSettings.Format.IniFormat),
                      preset_path=str(tmp_path / "none.conf"))
    s.update(csv_path=str(tmp_path / "out.csv"), idle_timeout_s=0, default_profile="scripted",
             clipboard_format="tsv")
    return s


def session_with(store: SettingsStore, sink: GuestRegisterSink) -> ScanSession:
    return ScanSession(store.load, engines=FixedPool({"scripted": ScriptedEngine()}),
                       sinks=[*default_sinks(), sink])


def csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


async def confirmed(session: ScanSession, edits: dict[str, str]) -> int:
    item_id = session.submit_bytes(sample_png(), "doc.png")
    await until(lambda: session.item(item_id).status == "needs_review")
    assert session.confirm(item_id, edits).pending
    return item_id


def test_a_sink_from_a_test_module_gets_the_confirmed_record_with_corrections(qapp, qloop, store, tmp_path):
    sink = GuestRegisterSink()
    session = session_with(store, sink)
    before = dt.datetime.now().astimezone()

    async def scenario() -> int:
        item_id = await confirmed(session, {"given_names": "ANNA", "surname": "ERIKSSON"})  # surname unchanged
        item = session.item(item_id)
        await until(lambda: item.status == "confirmed")
        assert_purged(item)
        return item_id

    item_id = qloop.run_until_complete(scenario())
    qloop.run_until_complete(session.aclose())
    (record,) = sink.records
    assert record.item_id == item_id
    assert record.corrected == ("given_names",)
    assert record.result.holder.given_names == "ANNA"
    assert record.result.document.number == "L898902C3"
    assert record.result.images.portrait is None  # no pictures in a record
    assert record.result.raw is None
    assert before <= record.confirmed_at <= dt.datetime.now().astimezone()
    assert record.row()["corrected_fields"] == "given_names"
    assert sink.closed
    (row,) = csv_rows(tmp_path / "out.csv")
    assert row == record.row()
    assert QGuiApplication.clipboard().text().split("\t")[list(row).index("given_names")] == "ANNA"


def test_each_sink_keeps_its_own_pending_retry(qapp, qloop, store, tmp_path):
    sink = GuestRegisterSink()
    sink.refuse = True
    session = session_with(store, sink)
    finished: list[bool] = []
    session.export_finished.connect(lambda _item_id, saved: finished.append(saved))

    async def scenario() -> None:
        item_id = await confirmed(session, {"given_names": "ANNA"})
        item = session.item(item_id)
        await until(lambda: finished == [False])
        assert item.status == "unsaved"
        assert item.owed == ("guest_register",)  # the CSV file and the clipboard have it already
        assert item.message == "The guest register is offline; press Save again."
        assert item.still is None  # the scan is purged; only the record waits
        assert item.result is None
        assert session.clear() == 1
        sink.refuse = False
        assert session.retry_export(item_id).pending
        await until(lambda: finished == [False, True])
        assert item.status == "confirmed"
        assert_purged(item)

    qloop.run_until_complete(scenario())
    qloop.run_until_complete(session.aclose())
    assert len(sink.records) == 1
    assert len(csv_rows(tmp_path / "out.csv")) == 1  # the retry did not append the row again


def test_the_record_is_a_copy_the_purge_cannot_change(qapp, qloop, store):
    from desktop_app.domain.schema import ScanResult

    result = ScanResult(vendor="local", vendor_action="mrz")
    result.holder.surname = "ERIKSSON"
    record = ConfirmedRecord.snapshot(1, result, ("surname", "surname"), dt.datetime.now().astimezone())
    result.holder.surname = None
    assert record.result.holder.surname == "ERIKSSON"
    assert record.corrected == ("surname",)
    with pytest.raises(AttributeError):
        record.corrected = ()  # type: ignore[misc]
