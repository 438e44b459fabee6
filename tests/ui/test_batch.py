"""Opening many files: a batch with its progress bar and a Cancel for the batch alone; files are queued as paths,
a few in flight, and a read file's picture is dropped until the operator looks at it."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.engines.base import Profile
from desktop_app.station.session import ScanSession
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("SIDES_SHOTS")


def _window(qtbot, store, profiles, engine, tmp_path: Path) -> MainWindow:
    store.update(csv_path=str(tmp_path / "guests.csv"), default_profile="scripted", idle_timeout_s=0, sounds=False,
                 second_opinion=False)
    profiles.add(Profile(name="scripted", vendor="structocr"))  # its engine is the test's (FixedPool)
    session = ScanSession(store.load, engines=FixedPool({"scripted": engine}, profiles=profiles))
    window = MainWindow(session, store, profiles=profiles)
    window.reload_profiles("scripted")
    assert window.current_profile() == "scripted"
    qtbot.addWidget(window)
    window.show()
    return window


def _files(folder: Path, count: int) -> list[str]:
    data = sample_png()
    paths = []
    for i in range(count):
        path = folder / f"guest-{i:03d}.png"
        path.write_bytes(data)
        paths.append(str(path))
    return paths


def test_cancel_stops_the_batch_alone(qtbot, qloop, store, profiles, tmp_path):
    engine = ScriptedEngine(delay_s=0.15)
    window = _window(qtbot, store, profiles, engine, tmp_path)
    session, bar = window.session, window.batch_bar
    paths = _files(tmp_path, 40)

    async def scenario() -> None:
        earlier = session.submit_bytes(sample_png(), "camera", "scripted")  # not part of the batch
        assert window.submit_paths(paths) == []  # a batch makes its scans as it goes
        assert bar.isVisible()
        assert bar.bar.maximum() == 40
        await until(lambda: bar.bar.value() >= 3, what="three files read")
        assert len(session.items()) < 1 + 40  # paths wait in the queue, not as decoded scans
        assert sum(1 for item in session.items() if item.busy) <= 1 + 12
        if SHOTS:
            window.grab().save(str(Path(SHOTS) / "batch_progress.png"))
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
        assert not bar.isVisible()
        assert "40" in window.status_label.text()
        made = len(session.items())
        await session.wait_idle()
        await asyncio.sleep(0.3)
        assert len(session.items()) == made  # nothing more is submitted after the cancel
        assert not any(item.busy for item in session.items())
        assert session.item(earlier).status == "needs_review"  # the rest of the session stays
        read = [item for item in session.items() if item.status == "needs_review"]
        assert len(read) >= 1 + 3, [(i.status, i.message) for i in session.items()]
        assert made < 1 + 40

    qloop.run_until_complete(scenario())
    assert engine.calls < 40


def test_batch_reads_every_file_and_keeps_paths_not_pixels(qtbot, qloop, store, profiles, tmp_path):
    engine = ScriptedEngine()
    window = _window(qtbot, store, profiles, engine, tmp_path)
    session, bar = window.session, window.batch_bar
    ended: list[tuple[int, int, bool]] = []
    bar.ended.connect(lambda *args: ended.append(args))
    paths = _files(tmp_path, 12)

    async def scenario() -> None:
        window.submit_paths(paths)
        await until(lambda: bool(ended), what="the batch's end")
        assert ended == [(12, 12, False)]
        assert not bar.isVisible()
        items = session.items()
        assert len(items) == 12
        assert all(item.status == "needs_review" for item in items)
        current = window.session_list.current_id()
        kept = [item.id for item in items if item.still is not None]
        assert kept in ([], [current])  # only the scan in view may keep its picture
        other = next(item for item in items if item.id != current)
        window.session_list.select(other.id)
        await until(lambda: session.item(other.id).still is not None, what="the picture decoded again")
        assert window.live_view.isVisible()
        if current:
            assert session.item(current).still is None  # the one looked at before is dropped
        session.retry(other.id)  # a re-read works from the file too
        await until(lambda: session.item(other.id).status == "needs_review", what="the re-read")

    qloop.run_until_complete(scenario())
    assert engine.calls == 13
