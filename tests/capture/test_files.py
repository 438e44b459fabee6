"""Files in: dialog filter, drops and pastes, the batch reader (200 files, some broken), the hot folder."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import cv2
import numpy as np
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from desktop_app.capture.files import (
    SUPPORTED_EXTENSIONS,
    BatchReader,
    FileItem,
    is_supported_name,
    items_from_mime,
    mime_has_document,
    open_dialog_filter,
)
from desktop_app.capture.hotfolder import HotFolder
from desktop_app.imaging.intake import Still


def _image_bytes(seed: int, ext: str = ".png", size: tuple[int, int] = (160, 120)) -> bytes:
    rng = np.random.default_rng(seed)
    rgb = np.zeros((size[1], size[0], 3), np.uint8)
    rgb[:] = rng.integers(0, 255, 3, dtype=np.uint8)
    rgb[10:30, 10:-10] = 255 - rgb[0, 0]
    ok, buf = cv2.imencode(ext, cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    assert ok
    return buf.tobytes()


def _make_batch(folder: Path, count: int = 200) -> dict[str, str]:
    """`count` files: most good; every 10th broken in one of four ways. Returns name -> expected kind."""
    expected: dict[str, str] = {}
    for i in range(count):
        if i % 10 == 3:
            kind = ("truncated", "garbage", "empty", "tiny")[(i // 10) % 4]
            name = f"doc{i:03d}.jpg"
            if kind == "truncated":
                data = _image_bytes(i, ".jpg")[:200]
            elif kind == "garbage":
                data = os.urandom(3000)
            elif kind == "empty":
                data = b""
            else:
                data = _image_bytes(i, ".png", (40, 30))
            expected[name] = kind
        else:
            ext = (".png", ".jpg")[i % 2]
            name = f"doc{i:03d}{ext}"
            data = _image_bytes(i, ext)
            expected[name] = "ok"
        (folder / name).write_bytes(data)
    return expected


def test_dialog_filter_and_names() -> None:
    flt = open_dialog_filter()
    assert "*.jpg" in flt
    assert "*.pdf" in flt
    assert flt.endswith(";;All files (*)")
    assert is_supported_name("SCAN.JPEG")
    assert not is_supported_name("notes.txt")
    assert ".tiff" in SUPPORTED_EXTENSIONS


def test_drop_files_and_folder(qapp, tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(_image_bytes(1))
    sub = tmp_path / "more"
    sub.mkdir()
    (sub / "b.jpg").write_bytes(_image_bytes(2, ".jpg"))
    (sub / "readme.txt").write_text("not an image")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.png")), QUrl.fromLocalFile(str(sub)),
                  QUrl.fromLocalFile(str(tmp_path / "missing.png"))])
    assert mime_has_document(mime)
    items, errors = items_from_mime(mime)
    assert [i.name for i in items] == ["a.png", "b.jpg"]
    assert items[0].data == (tmp_path / "a.png").read_bytes()
    assert len(errors) == 1
    assert errors[0].startswith("missing.png: ")


def test_remote_url_is_refused(qapp) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.invalid/card.jpg")])
    items, errors = items_from_mime(mime)
    assert items == []
    assert errors == ["Only files on this computer can be dropped; save the picture first, then drop the file."]


def test_paste_encoded_and_raw_image(qapp) -> None:
    jpeg = _image_bytes(5, ".jpg")
    mime = QMimeData()
    mime.setData("image/jpeg", jpeg)
    assert mime_has_document(mime)
    assert items_from_mime(mime) == ([FileItem("pasted image.jpg", jpeg)], [])

    image = QImage(200, 120, QImage.Format.Format_RGB32)
    image.fill(0xFF3366)
    mime = QMimeData()
    mime.setImageData(image)
    (item,), errors = items_from_mime(mime)
    assert errors == []
    assert item.name == "pasted image.png"
    assert item.data.startswith(b"\x89PNG")
    decoded = cv2.imdecode(np.frombuffer(item.data, np.uint8), cv2.IMREAD_COLOR)
    assert decoded.shape == (120, 200, 3)
    assert tuple(decoded[0, 0]) == (0x66, 0x33, 0xFF)  # BGR

    empty = QMimeData()
    empty.setText("hello")
    assert not mime_has_document(empty)
    assert items_from_mime(empty)[1] == ["The clipboard or drop holds no picture; copy an image or drop an "
                                         "image file."]


def test_file_source_decodes_no_larger_than_the_reader_uses(qtbot, tmp_path: Path) -> None:
    """With the reader's size hint a large JPEG comes out at libjpeg's half size (still at least the hint) and
    says so; a second hand-over without it, queued behind the first, comes out in full."""
    from desktop_app.capture.file_source import FileSource

    path = tmp_path / "photo.jpg"
    path.write_bytes(_image_bytes(7, ".jpg", size=(1000, 800)))
    source = FileSource()
    stills: list[Still] = []
    source.still_ready.connect(stills.append)
    source.add_paths([path], long_side=400)
    source.add_paths([path])
    qtbot.waitUntil(lambda: len(stills) == 2, timeout=10_000)
    small, full = stills
    assert (small.width, small.height, small.long_side) == (500, 400, 400)
    assert (full.width, full.height, full.long_side) == (1000, 800, None)
    assert small.source_bytes == full.source_bytes == path.read_bytes()


def test_batch_of_200_with_broken_files(qtbot, tmp_path: Path) -> None:
    expected = _make_batch(tmp_path)
    paths = sorted(str(p) for p in tmp_path.iterdir())
    reader = BatchReader(workers=2)
    ready: list[Still] = []
    failed: list[tuple[int, str, str]] = []
    progress: list[tuple[int, int]] = []
    reader.item_ready.connect(lambda _i, s: ready.append(s))
    reader.item_failed.connect(lambda i, n, s: failed.append((i, n, s)))
    reader.progress.connect(lambda d, t: progress.append((d, t)))
    with qtbot.waitSignal(reader.finished, timeout=120_000) as done:
        reader.start(paths)
    assert done.args == [180, 20, False]
    assert sorted(s.name for s in ready) == sorted(n for n, k in expected.items() if k == "ok")
    assert all(s.rgb.shape == (120, 160, 3) for s in ready)
    # one clear error per bad file, naming it
    assert sorted(n for _i, n, _s in failed) == sorted(n for n, k in expected.items() if k != "ok")
    for index, name, sentence in failed:
        assert os.path.basename(paths[index]) == name
        assert sentence.endswith(".")
        assert "\n" not in sentence
        assert "Traceback" not in sentence
    by_kind = {expected[n]: s for _i, n, s in failed}
    assert by_kind["empty"].startswith("The file is empty")
    assert "too small" in by_kind["tiny"]
    assert by_kind["garbage"].startswith("The file is not an image")
    assert progress[0] == (0, 200)
    assert progress[-1] == (200, 200)
    assert [d for d, _t in progress] == list(range(201))
    assert not reader.running


def test_batch_cancel(qtbot, tmp_path: Path) -> None:
    _make_batch(tmp_path, 60)
    paths = sorted(str(p) for p in tmp_path.iterdir())
    gate = threading.Event()

    def slow_decode(source: object) -> Still:
        from desktop_app.capture.files import decode_source

        gate.wait(10)
        return decode_source(source)  # type: ignore[arg-type]

    reader = BatchReader(workers=2, decode=slow_decode)
    seen: list[int] = []
    reader.progress.connect(lambda d, _t: seen.append(d))
    with qtbot.waitSignal(reader.finished, timeout=30_000) as done:
        reader.start(paths)
        reader.cancel()  # 4 in flight (2 running, 2 queued): the queued ones never start
        gate.set()
    ok, bad, cancelled = done.args
    assert cancelled
    assert ok + bad == 0  # results of files still decoding at cancel time are dropped
    assert seen == [0]
    # the reader can run another batch afterwards
    with qtbot.waitSignal(reader.finished, timeout=30_000) as again:
        reader.start([FileItem("x.png", _image_bytes(9))])
    assert again.args == [1, 0, False]


def test_batch_cancel_midway(qtbot, tmp_path: Path) -> None:
    _make_batch(tmp_path, 100)
    reader = BatchReader(workers=2)
    count = [0]

    def on_progress(done: int, _total: int) -> None:
        count[0] = done
        if done == 10:
            reader.cancel()

    reader.progress.connect(on_progress)
    with qtbot.waitSignal(reader.finished, timeout=60_000) as done:
        reader.start(sorted(str(p) for p in tmp_path.iterdir()))
    ok, bad, cancelled = done.args
    assert cancelled
    assert ok + bad == 10
    assert count[0] == 10


def test_empty_batch(qtbot) -> None:
    reader = BatchReader()
    with qtbot.waitSignal(reader.finished, timeout=5000) as done:
        reader.start([])
    assert done.args == [0, 0, False]


# -- hot folder ------------------------------------------------------------------------------------------
def _write_slowly(path: Path, data: bytes, chunks: int = 6, pause_s: float = 0.25) -> None:
    step = max(1, len(data) // chunks)
    with open(path, "wb") as handle:
        for start in range(0, len(data), step):
            handle.write(data[start:start + step])
            handle.flush()
            os.fsync(handle.fileno())
            time.sleep(pause_s)


def test_hot_folder_waits_for_slow_writer_and_deletes(qtbot, tmp_path: Path) -> None:
    folder = HotFolder(tmp_path, delete_after_read=True, settle_ms=600, rescan_ms=200)
    got: list[Still] = []
    failures: list[tuple[str, str]] = []
    folder.still_ready.connect(got.append)
    folder.failed.connect(lambda n, s: failures.append((n, s)))
    folder.start()
    try:
        data = _image_bytes(11, ".jpg", (640, 480))
        writer = threading.Thread(target=_write_slowly, args=(tmp_path / "scan001.jpg", data))
        with qtbot.waitSignal(folder.still_ready, timeout=20_000):
            writer.start()
        writer.join()
        assert len(got) == 1
        assert got[0].name == "scan001.jpg"
        assert got[0].source_bytes == data  # the whole file, not a half-written one
        assert failures == []
        qtbot.waitUntil(lambda: not (tmp_path / "scan001.jpg").exists(), timeout=5000)
        qtbot.wait(800)  # a few more rescans: nothing is read twice
        assert len(got) == 1
        assert folder.reads == 1
    finally:
        folder.stop()


def test_hot_folder_keeps_files_reads_once_and_reports_bad_ones(qtbot, tmp_path: Path) -> None:
    (tmp_path / "old.png").write_bytes(_image_bytes(1))
    folder = HotFolder(tmp_path, delete_after_read=False, settle_ms=300, rescan_ms=150)
    got: list[str] = []
    failures: list[tuple[str, str]] = []
    folder.still_ready.connect(lambda s: got.append(s.name))
    folder.failed.connect(lambda n, s: failures.append((n, s)))
    folder.start()
    try:
        qtbot.waitUntil(lambda: got == ["old.png"], timeout=10_000)
        (tmp_path / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
        (tmp_path / ".hidden.png").write_bytes(_image_bytes(2))
        (tmp_path / "upload.jpg.part").write_bytes(_image_bytes(3, ".jpg"))
        (tmp_path / "notes.txt").write_text("ignored")
        qtbot.waitUntil(lambda: len(failures) == 1, timeout=10_000)
        assert failures[0][0] == "broken.jpg"
        assert failures[0][1].endswith(".")
        # a browser finishing a download renames the .part file: now it is read
        (tmp_path / "upload.jpg.part").rename(tmp_path / "upload.jpg")
        qtbot.waitUntil(lambda: "upload.jpg" in got, timeout=10_000)
        qtbot.wait(600)
        assert sorted(got) == ["old.png", "upload.jpg"]  # each once, the kept files are not read again
        assert len(failures) == 1
        assert (tmp_path / "old.png").exists()
        assert (tmp_path / "broken.jpg").exists()
    finally:
        folder.stop()


def test_hot_folder_skip_existing_and_missing_folder(qtbot, tmp_path: Path) -> None:
    (tmp_path / "before.png").write_bytes(_image_bytes(1))
    folder = HotFolder(tmp_path, include_existing=False, settle_ms=200, rescan_ms=100)
    got: list[str] = []
    folder.still_ready.connect(lambda s: got.append(s.name))
    folder.start()
    try:
        (tmp_path / "after.png").write_bytes(_image_bytes(2))
        qtbot.waitUntil(lambda: got == ["after.png"], timeout=10_000)
    finally:
        folder.stop()

    missing = HotFolder(tmp_path / "nope", rescan_ms=100)
    with qtbot.waitSignal(missing.error, timeout=5000) as err:
        missing.start()
    missing.stop()
    assert err.args[0].startswith("The hot folder ")
    assert err.args[0].endswith("cannot be read; check that it exists and that the station may open it.")

