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


def test_a_batch_with_broken_and_vanishing_files_reads_the_rest(qtbot, qloop, store, profiles, tmp_path):
    """A hostile folder: random bytes, a torn PNG, a file deleted before its turn, an empty file. Each is a failed
    scan with its reason; the good files are read; the batch ends; a read file deleted afterwards does not break
    the review (its fields stay, the picture is said to be gone)."""
    engine = ScriptedEngine()
    window = _window(qtbot, store, profiles, engine, tmp_path)
    session, bar = window.session, window.batch_bar
    ended: list[tuple[int, int, bool]] = []
    bar.ended.connect(lambda *args: ended.append(args))
    good = _files(tmp_path, 3)
    junk = tmp_path / "junk.png"
    junk.write_bytes(os.urandom(5000))
    torn = tmp_path / "torn.png"
    torn.write_bytes(sample_png()[:2000])
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    gone = tmp_path / "gone.png"
    gone.write_bytes(sample_png())
    paths = [good[0], str(junk), str(torn), good[1], str(empty), str(gone), good[2]]

    async def scenario() -> None:
        gone.unlink()  # deleted after it was chosen, before its turn
        window.submit_paths(paths)
        await until(lambda: bool(ended), what="the batch's end")
        assert ended == [(7, 7, False)]
        items = {item.source.rsplit("/", 1)[-1]: item for item in session.items()}
        assert len(items) == 7, sorted(items)
        for name in ("junk.png", "torn.png", "empty.jpg", "gone.png"):
            assert items[name].status == "failed", (name, items[name].status)
            assert items[name].message, name  # a reason the operator can read
        assert [items[Path(p).name].status for p in good] == ["needs_review"] * 3
        first = items[Path(good[0]).name]
        Path(good[0]).unlink()  # the file goes away after it was read
        window.session_list.select(first.id)
        await until(lambda: window.review.item_id() == first.id, what="the review of the vanished file")
        await asyncio.sleep(0.3)
        assert session.item(first.id).status == "needs_review"  # its fields are still there to confirm
        assert session.item(first.id).result is not None
        assert session.item(first.id).picture_gone
        assert not window.sides_bar.isVisible()  # passports: no "two scans of one document?" on every scan
        assert not window.live_view.has_image()
        assert "guest-000.png was moved, deleted or changed" in window.live_view._note
        if SHOTS:
            window.grab().save(str(Path(SHOTS) / "batch_file_gone.png"))
        Path(good[0]).write_bytes(sample_png())  # put back: a re-read opens it again
        session.retry(first.id)
        await until(lambda: session.item(first.id).status == "needs_review" and not session.item(first.id).busy,
                    what="the re-read of the restored file")
        assert not session.item(first.id).picture_gone

    qloop.run_until_complete(scenario())
    assert engine.calls == 4
