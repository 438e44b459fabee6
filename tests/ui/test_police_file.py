"""The police file from the window (issue 13, items 1 and 7): two sample documents read by the offline engine, stay
details typed in the review (one head of family, one member), the Alloggiati file exported and read back field by
field; a guest that lacks a field is named with the field and nothing is written; a write that fails (a read-only
folder) keeps every guest, and the same export succeeds once the folder is writable again."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.registration.alloggiati import FIELDS, LINE_LENGTH
from desktop_app.paths import resources_dir
from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.police_export import PoliceExportDialog
from desktop_app.ui.stay_panel import MISSING_STYLE, StayPanel
from tests.ui.conftest import until

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ID_CARD = resources_dir() / "samples" / "id_card_td1.jpg"  # VAN DER BERG HANS KWAME, D, issued by POL
PASSPORT = resources_dir() / "samples" / "passport_td3.jpg"  # BRAATHEN AASA, UNO, issued by CHE


def fields_of(line: str) -> dict[str, str]:
    """A record cut at the specification's offsets (trailing padding removed)."""
    out, at = {}, 0
    for name, width in FIELDS:
        out[name] = line[at:at + width].rstrip(" ")
        at += width
    return out


@pytest.fixture
def station(qtbot, qloop, store, profiles, tmp_path) -> Iterator[tuple[MainWindow, ScanSession]]:
    store.update(csv_enabled=False, clipboard_format="off", idle_timeout_s=0, sounds=False,
                 registration_target="alloggiati", registration_folder=str(tmp_path), stay_nights=2)
    session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    # held guests would ask before closing; qtbot closes the window after the test
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_allow_close", True))
    window.show()
    yield window, session
    qloop.run_until_complete(session.aclose())


def stay_panel(window: MainWindow) -> StayPanel:
    panel = window.review.findChild(StayPanel)
    assert panel is not None, "the review shows no stay panel"
    return panel


async def read(window: MainWindow, session: ScanSession, *paths: Path) -> list[int]:
    ids = [session.submit_path(str(path), window.current_profile()) for path in paths]  # each one's id
    await until(lambda: all(session.item(i).status == "needs_review" for i in ids), timeout=180,
                what="offline reads")
    return ids


async def review(window: MainWindow, item_id: int) -> StayPanel:
    window.session_list.select(item_id)
    assert window.review.item_id() == item_id
    await until(window.review.is_reviewing, what="the review page")  # its lower part comes a turn later
    return stay_panel(window)


def set_combo(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_head_and_member_to_alloggiati(qtbot, qloop, station, tmp_path):
    window, session = station
    assert window.police_button.isVisible()
    today = dt.date.today()

    async def scenario() -> None:
        head_id, member_id = await read(window, session, ID_CARD, PASSPORT)
        panel = await review(window, head_id)
        assert panel.nights.value() == 2  # the station's default
        assert panel.arrival.date().toPython() == today
        set_combo(panel.role, "head_family")
        panel.nights.setValue(3)
        qtbot.keyClicks(panel.edits["birth_country"], "DEU")
        set_combo(window.review.editor("document_category"), "national_id")  # the card was read as "other"
        window.review.request_confirm()
        await until(lambda: session.item(head_id).status == "confirmed", what="head confirmed")
        assert session.guests.held() == [head_id]

        panel = await review(window, member_id)
        set_combo(panel.role, "member")
        assert not panel.nights.isEnabled()  # a member's dates are the head's
        set_combo(panel.head, head_id)
        qtbot.keyClicks(panel.edits["birth_country"], "CHE")
        window.review.editor("nationality").setText("CHE")  # UNO has no Alloggiati state code
        window.review.request_confirm()
        await until(lambda: session.item(member_id).status == "confirmed", what="member confirmed")
        assert "(2)" in window.police_button.text()

        dialog = window.police_button.open_dialog()
        assert dialog.missing.text() == ""
        task = dialog.start_export()
        assert task is not None
        assert await task is None
        assert session.guests.held_count() == 0
        assert "2 guest" in dialog.status.text()
        for item_id in (head_id, member_id):  # nothing personal stays: no result, no record, no stay
            item = session.item(item_id)
            assert item.result is None
            assert item.record is None
        dialog.reject()

    qloop.run_until_complete(scenario())
    (written,) = tmp_path.glob("alloggiati-*.txt")
    assert written.name == f"alloggiati-{today:%Y%m%d}.txt"
    data = written.read_bytes()
    assert data.endswith(b"\r\n")
    lines = data.decode("utf-8").split("\r\n")[:-1]
    assert [len(line) for line in lines] == [LINE_LENGTH, LINE_LENGTH]
    head, member = (fields_of(line) for line in lines)
    arrival = today.strftime("%d/%m/%Y")
    assert head == {
        "TipoAlloggiato": "17", "DataArrivo": arrival, "GiorniPermanenza": "03", "Cognome": "VAN DER BERG",
        "Nome": "HANS KWAME", "Sesso": "2", "DataNascita": "31/05/1999", "ComuneNascita": "",
        "ProvinciaNascita": "", "StatoNascita": "100000216", "Cittadinanza": "100000216", "TipoDocumento": "IDENT",
        "NumeroDocumento": "R06227608", "LuogoRilascio": "100000233"}
    assert member == {
        "TipoAlloggiato": "19", "DataArrivo": arrival, "GiorniPermanenza": "03", "Cognome": "BRAATHEN",
        "Nome": "AASA", "Sesso": "2", "DataNascita": "14/06/1944", "ComuneNascita": "", "ProvinciaNascita": "",
        "StatoNascita": "100000241", "Cittadinanza": "100000241", "TipoDocumento": "", "NumeroDocumento": "",
        "LuogoRilascio": ""}


def test_missing_fields_name_the_guest_and_the_field(qtbot, qloop, station, tmp_path):
    window, session = station

    async def scenario() -> PoliceExportDialog:
        (item_id,) = await read(window, session, PASSPORT)
        await review(window, item_id)
        window.review.request_confirm()  # no stay details typed, nationality UNO left as read
        await until(lambda: session.guests.held() == [item_id], what="held for the police file")
        dialog = window.police_button.open_dialog()
        assert dialog.start_export() is None  # nothing is written
        lines = dialog.missing.text().splitlines()
        assert lines == [f"Scan {item_id} · BRAATHEN AASA: missing nationality (no Alloggiati state code) "
                         "[from the document], country of birth"]
        assert dialog.panel is not None
        assert dialog.panel.item_id() == item_id
        assert dialog.panel.edits["birth_country"].styleSheet() == MISSING_STYLE
        qtbot.keyClicks(dialog.panel.edits["birth_country"], "CHE")  # filled in: the line follows at once
        assert dialog.missing.text() == (f"Scan {item_id} · BRAATHEN AASA: missing nationality (no Alloggiati "
                                         "state code) [from the document]")
        assert dialog.panel.edits["birth_country"].styleSheet() == ""
        assert session.guests.held() == [item_id]
        return dialog

    dialog = qloop.run_until_complete(scenario())
    assert list(tmp_path.glob("alloggiati-*")) == []
    dialog.reject()


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[Path]:
    """A folder nobody can write to: a read-only tmpfs for root (root ignores permissions), else mode 0555."""
    if os.geteuid() == 0:
        if shutil.which("mount") is None:
            pytest.skip("root without mount: no read-only folder")
        folder.mkdir()
        made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m,mode=0755,ro", "tmpfs", str(folder)],
                              capture_output=True, check=False, timeout=30)
        if made.returncode != 0:
            pytest.skip("cannot mount a read-only tmpfs here")
        try:
            yield folder
        finally:
            subprocess.run(["umount", str(folder)], capture_output=True, check=False, timeout=30)
    else:
        folder.mkdir()
        folder.chmod(0o555)
        try:
            yield folder
        finally:
            folder.chmod(0o755)


def test_a_failed_write_keeps_the_guests_and_succeeds_on_retry(qtbot, qloop, station, tmp_path):
    window, session = station
    target = tmp_path / "police"

    async def confirm_one() -> int:
        (item_id,) = await read(window, session, PASSPORT)
        panel = await review(window, item_id)
        qtbot.keyClicks(panel.edits["birth_country"], "CHE")
        window.review.editor("nationality").setText("CHE")
        window.review.request_confirm()
        await until(lambda: session.guests.held() == [item_id], what="held for the police file")
        return item_id

    item_id = qloop.run_until_complete(confirm_one())
    dialog = window.police_button.open_dialog()
    dialog.path.setText(str(target / "today.txt"))
    with read_only_folder(target):
        task = dialog.start_export()
        assert task is not None
        problem = qloop.run_until_complete(task)
        assert problem is not None
        assert "today.txt" in problem
        assert "Every guest is kept" in dialog.status.text()
        assert session.guests.held() == [item_id]
        assert list(target.iterdir()) == []  # not even a part file
    target.mkdir(exist_ok=True)  # writable again (the mount is gone; the same path)
    assert dialog.export_button.isEnabled()
    task = dialog.start_export()
    assert task is not None
    assert qloop.run_until_complete(task) is None
    assert session.guests.held_count() == 0
    (line,) = (target / "today.txt").read_bytes().decode("utf-8").split("\r\n")[:-1]
    assert fields_of(line)["Cognome"] == "BRAATHEN"
    assert fields_of(line)["TipoAlloggiato"] == "16"
    dialog.reject()
