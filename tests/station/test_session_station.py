"""The scan session's state machine without widgets: export durability, duplicates, purge, idle reset."""

from __future__ import annotations

import asyncio
import csv
import os
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import QSettings

from desktop_app.domain.schema import ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.profile import LOCAL_WORK_LONG_SIDE
from desktop_app.imaging.intake import Still
from desktop_app.station.review_fields import FIELD_BY_KEY, EditError, apply_edits, validate_edit
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore
from tests.ui import conftest as ui_fixtures
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, assert_purged, sample_png

qloop = ui_fixtures.qloop  # the qasync loop fixture of the station's UI tests


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    s = SettingsStore(QSettings(str(tmp_path / "s.conf"), QSettings.Format.IniFormat),
                      preset_path=str(tmp_path / "none.conf"))
    s.update(csv_path=str(tmp_path / "out.csv"), idle_timeout_s=0, default_profile="scripted")
    return s


def make_session(store: SettingsStore, engine: ScriptedEngine | None = None) -> ScanSession:
    return ScanSession(store.load, engines=FixedPool({"scripted": engine or ScriptedEngine()}))


def read_one(session: ScanSession) -> int:
    return session.submit_bytes(sample_png(), "doc.png")


async def reviewed(session: ScanSession) -> int:
    """Submit one document and wait until it waits for review."""
    item_id = read_one(session)
    await until(lambda: session.item(item_id).status == "needs_review")
    return item_id


def test_edits_are_validated_and_marked(qloop):
    result = ScanResult(vendor="local", vendor_action="mrz")
    with pytest.raises(EditError) as err:
        apply_edits(result, {"date_of_birth": "12/08/1974"})
    assert err.value.key == "date_of_birth"
    assert result.holder.date_of_birth is None  # all or nothing
    changed = apply_edits(result, {"surname": "ERIKSSON", "sex": "f", "date_of_birth": "1974-08-12"})
    assert sorted(changed) == ["date_of_birth", "sex", "surname"]
    assert result.holder.sex == "F"
    assert apply_edits(result, {"surname": "ERIKSSON"}) == []
    with pytest.raises(EditError):
        validate_edit(FIELD_BY_KEY["nationality"], "Spain")


def test_confirm_exports_and_purges(qloop, store, tmp_path):
    session = make_session(store)

    async def scenario() -> None:
        item_id = await reviewed(session)
        outcome = session.confirm(item_id, {"given_names": "ANNA"})
        assert outcome.pending  # the append runs in the writer thread, not on the GUI thread
        item = session.item(item_id)
        assert item.still is None  # purged at once; the row stays pending until the append succeeds
        await until(lambda: item.status == "confirmed")
        assert_purged(item)

    qloop.run_until_complete(scenario())
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["given_names"] == "ANNA"
    assert rows[0]["corrected_fields"] == "given_names"


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_disk_full_keeps_the_record_until_saved(qloop, store, tmp_path):
    store.update(csv_path="/dev/full")
    session = make_session(store)
    notices: list[str] = []
    session.notice.connect(notices.append)
    finished: list[tuple[int, bool]] = []
    session.export_finished.connect(lambda item_id, saved: finished.append((item_id, saved)))

    async def scenario() -> None:
        item_id = await reviewed(session)
        outcome = session.confirm(item_id)
        assert not outcome.saved
        item = session.item(item_id)
        assert item.status == "unsaved"
        assert item.pending_row is not None
        assert item.still is None  # the picture goes; the confirmed record stays
        await until(lambda: finished == [(item_id, False)])
        assert item.status == "unsaved"
        assert "disk is full" in item.message
        assert session.clear() == 1  # clear keeps unsaved records
        assert session.item(item_id) is not None
        store.update(csv_path=str(tmp_path / "later.csv"))
        assert session.retry_export(item_id).pending
        await until(lambda: finished == [(item_id, False), (item_id, True)])
        assert session.item(item_id).status == "confirmed"
        assert session.item(item_id).pending_row is None

    qloop.run_until_complete(scenario())
    assert any("not saved" in n for n in notices)
    assert (tmp_path / "later.csv").read_text(encoding="utf-8-sig").count("L898902C3") == 1


def test_duplicate_number_warns(qloop, store):
    session = make_session(store)
    notices: list[str] = []
    session.notice.connect(notices.append)

    async def scenario() -> None:
        first = await reviewed(session)
        session.confirm(first)
        second = await reviewed(session)
        assert session.item(second).duplicate

    qloop.run_until_complete(scenario())
    assert any("already scanned" in n for n in notices)


def test_several_scans_in_flight_and_reject(qloop, store):
    engine = ScriptedEngine(delay_s=0.3)
    session = make_session(store, engine)

    async def scenario() -> None:
        ids = [read_one(session) for _ in range(6)]
        await until(lambda: session.in_flight() == 6 and all(session.item(i).status == "reading" for i in ids))
        await session.wait_idle()
        assert all(session.item(i).status == "needs_review" for i in ids)
        session.reject(ids[0])
        assert session.item(ids[0]).status == "rejected"
        assert session.item(ids[0]).result is None

    qloop.run_until_complete(scenario())
    assert engine.calls == 6


class _SeeingEngine(ScriptedEngine):
    """Answers like ScriptedEngine and notes the size of each picture it was given."""

    def __init__(self, name: str, vendor: str) -> None:
        super().__init__(name)
        self._profile = Profile(name=name, vendor=vendor)  # type: ignore[arg-type]
        self.sizes: list[tuple[int, int]] = []

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        self.sizes.append((still.width, still.height))
        return await super().scan(still, options)


def _photo_jpeg(width: int = 4000, height: int = 3000) -> bytes:
    """A generated passport page (no real person) as a phone-sized JPEG."""
    from tests.datagen import clean_document

    page = cv2.resize(clean_document(3, "td3").rgb, (width, height), interpolation=cv2.INTER_LINEAR)
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert ok
    return bytes(buf)


def test_an_offline_read_decodes_a_phone_photo_small_and_a_vendor_gets_it_whole(qloop, store):
    """The window's offline read decodes a 12 MP JPEG no larger than the engine reads it (as the CLI does); sent on
    to a vendor afterwards, the picture is decoded again from the file's bytes, in full."""
    local, vendor = _SeeingEngine("local", "local"), _SeeingEngine("scripted", "structocr")
    session = ScanSession(store.load, engines=FixedPool({"local": local, "scripted": vendor}))
    assert session.decode_hint("local") == LOCAL_WORK_LONG_SIDE
    assert session.decode_hint("no-such-profile") is None

    async def scenario() -> None:
        item_id = session.submit_bytes(_photo_jpeg(), "photo.jpg", "local")
        await until(lambda: session.item(item_id).status == "needs_review", what="the offline read")
        assert local.sizes == [(2000, 1500)]  # libjpeg's half size: the smallest at least 1600 px long
        session.send_to(item_id, "scripted")
        await until(lambda: session.item(item_id).status == "needs_review" and vendor.sizes, what="the vendor read")
        assert vendor.sizes == [(4000, 3000)]

    qloop.run_until_complete(scenario())


def test_unreadable_file_fails_without_retry(qloop, store):
    session = make_session(store)

    async def scenario() -> None:
        item_id = session.submit_bytes(b"not an image at all", "notes.txt")
        await until(lambda: session.item(item_id).status == "failed")
        assert session.item(item_id).message
        assert not session.item(item_id).retryable

    qloop.run_until_complete(scenario())


def test_idle_timeout_clears_the_session(qloop, store):
    store.update(idle_timeout_s=1)
    session = make_session(store)
    cleared: list[bool] = []
    session.idle_cleared.connect(lambda: cleared.append(True))

    async def scenario() -> None:
        item_id = read_one(session)
        await until(lambda: session.item(item_id) is not None and session.item(item_id).status == "needs_review")
        await until(lambda: bool(cleared), timeout=10)
        assert session.items() == []

    qloop.run_until_complete(scenario())


def test_td_profile_without_country_gets_the_station_default(tmp_path, store):
    from desktop_app.engines.base import Profile
    from desktop_app.station.engine_factory import EngineFactory
    from desktop_app.station.engine_pool import EnginePool
    from desktop_app.station.profiles import ProfileStore

    profiles = ProfileStore(user_path=str(tmp_path / "p.conf"), system_paths=[])
    profiles.add(Profile(name="td-nocountry", vendor="td", base_url="https://example.invalid"))
    profiles.add(Profile(name="td-gb", vendor="td", base_url="https://example.invalid", country="GB"))
    assert EngineFactory(profiles=profiles, settings=store.load).profile("td-nocountry").country is None
    store.update(default_td_country="ES")
    pool = EnginePool(profiles=profiles, settings=store.load)
    assert pool.profile("td-nocountry").country == "ES"
    assert pool.profile("td-gb").country == "GB"


HOLD_FCNTL = """
import fcntl, sys
handle = open(sys.argv[1], "ab")
fcntl.lockf(handle, fcntl.LOCK_EX)  # a POSIX record lock, as LibreOffice and Samba take
print("locked", flush=True)
sys.stdin.readline()
"""


def test_a_locked_csv_keeps_the_record_pending_without_blocking_the_gui_thread(qloop, store, tmp_path,
                                                                                monkeypatch):
    import subprocess
    import sys
    import time

    from desktop_app.station import export

    monkeypatch.setattr(export, "LOCK_TIMEOUT_S", 1.0)
    csv_path = tmp_path / "out.csv"
    csv_path.write_bytes(b"")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_FCNTL, str(csv_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "locked\n"
    session = make_session(store)
    notices: list[str] = []
    session.notice.connect(notices.append)
    ticks: list[float] = []

    async def ticking() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.02)

    async def scenario() -> int:
        item_id = await reviewed(session)
        clock = asyncio.ensure_future(ticking())
        started = time.monotonic()
        outcome = session.confirm(item_id)
        assert time.monotonic() - started < 0.5  # confirm returned while the file was still locked
        assert outcome.pending
        await until(lambda: bool(session.item(item_id).message.startswith("The CSV file")), timeout=10)
        clock.cancel()
        # the GUI thread kept running while the writer waited for the lock
        assert sum(1 for t in ticks if started < t < started + 0.9) >= 10
        item = session.item(item_id)
        assert item.status == "unsaved"
        assert item.pending_row is not None
        assert item.message == ("The CSV file out.csv is open in another program (for example Excel); close it "
                                "there and export again, the rows were not saved.")
        assert csv_path.read_bytes() == b""
        holder.stdin.close()  # the other program lets go; the operator presses Save again
        holder.wait(timeout=30)
        session.retry_export(item_id)
        await until(lambda: session.item(item_id).status == "confirmed", timeout=10)
        return item_id

    try:
        item_id = qloop.run_until_complete(scenario())
    finally:
        if holder.poll() is None:
            holder.stdin.close()
            holder.wait(timeout=30)
        holder.stdout.close()
    assert f"Scan {item_id} is confirmed but not saved: The CSV file out.csv is open in another program" in notices[-2]
    assert notices[-1] == f"Scan {item_id} saved to the CSV file."
    with csv_path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["document_number"] for row in rows] == ["L898902C3"]
