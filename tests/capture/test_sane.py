"""SANE's `test` backend through the `Scanner` interface and the Qt `ScanRunner` (a real libsane)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from desktop_app.capture.sane_scanner import SaneScanner
from desktop_app.capture.scan_runner import ScanRunner
from desktop_app.capture.scanner import ScanCancelled, ScanError, ScanSettings
from tests.conftest import require_system

pytestmark = pytest.mark.system


@pytest.fixture(scope="module")
def sane_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Only the `test` backend: tools/in-test-session sets this up; plain pytest gets its own (never probes the
    network or real hardware from a test)."""
    if os.environ.get("SANE_CONFIG_DIR"):
        yield
        return
    conf = Path(tmp_path_factory.mktemp("sane.d"))
    (conf / "dll.conf").write_text("test\n")
    os.environ["SANE_CONFIG_DIR"] = str(conf)
    try:
        yield
    finally:
        os.environ.pop("SANE_CONFIG_DIR", None)


@pytest.fixture
def scanner(sane_config: None) -> Iterator[SaneScanner]:
    try:
        import sane  # noqa: F401
    except ImportError:
        require_system("python-sane (libsane-dev)", False)
    remembered: list[str] = []
    s = SaneScanner(remember=remembered.append)
    s.remembered = remembered  # type: ignore[attr-defined]
    devices = s.list_devices()
    require_system("SANE test backend", any(d.id.startswith("test:") for d in devices))
    yield s
    s.close()


def test_lists_test_devices_and_remembers_choice(scanner: SaneScanner) -> None:
    devices = scanner.list_devices()
    assert [d.id for d in devices][:2] == ["test:0", "test:1"]
    assert devices[0].backend == "sane"
    assert scanner.list_devices() == devices  # cached
    caps = scanner.open("test:1")
    assert scanner.remembered == ["test:1"]  # type: ignore[attr-defined]
    assert scanner.default_device() is not None
    assert scanner.default_device().id == "test:1"  # type: ignore[union-attr]
    assert caps.has_feeder
    assert set(caps.modes) == {"color", "gray"}
    assert 300 in caps.resolutions
    assert caps.max_area_mm == (200.0, 200.0)


def test_single_page_flatbed(scanner: SaneScanner) -> None:
    scanner.open("test:0")
    pages = scanner.scan(ScanSettings(resolution_dpi=75, mode="color", source="flatbed", area_mm=(86.0, 54.0)))
    assert len(pages) == 1
    page = pages[0]
    assert page.dtype == np.uint8
    assert page.ndim == 3
    assert page.shape[2] == 3
    # 86 x 54 mm at 75 dpi
    assert abs(page.shape[1] - 86 / 25.4 * 75) <= 2
    assert abs(page.shape[0] - 54 / 25.4 * 75) <= 2


def test_gray_page_comes_back_as_rgb(scanner: SaneScanner) -> None:
    scanner.open("test:0")
    (page,) = scanner.scan(ScanSettings(resolution_dpi=50, mode="gray", area_mm=(40.0, 40.0)))
    assert page.shape[2] == 3
    assert np.array_equal(page[..., 0], page[..., 1])


def test_feeder_scans_every_page(scanner: SaneScanner) -> None:
    """The test backend's feeder holds 10 sheets, then reports "out of documents": the batch's normal end."""
    scanner.open("test:0")
    seen: list[int] = []
    pages = scanner.scan(ScanSettings(resolution_dpi=50, source="feeder", area_mm=(50.0, 30.0)), seen.append)
    assert len(pages) == 10
    assert seen == list(range(1, 11))
    assert all(p.shape == pages[0].shape for p in pages)


def test_feeder_respects_max_pages(scanner: SaneScanner) -> None:
    scanner.open("test:0")
    pages = scanner.scan(ScanSettings(resolution_dpi=50, source="feeder", area_mm=(50.0, 30.0), max_pages=3))
    assert len(pages) == 3
    # the next flatbed scan still works (the batch was ended cleanly)
    assert len(scanner.scan(ScanSettings(resolution_dpi=50, area_mm=(20.0, 20.0)))) == 1


def test_device_error_is_one_sentence(scanner: SaneScanner) -> None:
    scanner.open("test:0")
    scanner._dev.read_return_value = "SANE_STATUS_JAMMED"  # the test backend simulates a jam
    try:
        with pytest.raises(ScanError) as info:
            scanner.scan(ScanSettings(resolution_dpi=50, area_mm=(20.0, 20.0)))
        assert str(info.value) == "Paper is jammed in the scanner's feeder; clear it and scan again."
    finally:
        scanner._dev.read_return_value = "Default"


def test_unknown_device_is_one_sentence(scanner: SaneScanner) -> None:
    with pytest.raises(ScanError) as info:
        scanner.open("test:99")
    assert "\n" not in str(info.value)
    assert str(info.value).endswith(".")


def test_cancel_during_slow_scan(scanner: SaneScanner, qtbot) -> None:
    """A slow device (read delay) cancelled from the GUI thread while the worker reads."""
    runner = ScanRunner(scanner)
    try:
        with qtbot.waitSignal(runner.opened, timeout=10_000):
            runner.open_device("test:0")
        dev = scanner._dev
        dev.read_limit = True
        dev.read_limit_size = 2000
        dev.read_delay = True
        dev.read_delay_duration = 100_000  # 0.1 s per 2 kB: a 600 kB page takes ~30 s
        with qtbot.waitSignal(runner.cancelled, timeout=20_000):
            runner.scan(ScanSettings(resolution_dpi=150, area_mm=(200.0, 200.0)))
            qtbot.wait(300)
            runner.cancel()
        dev.read_delay = False
        dev.read_limit = False
        # and the device scans normally afterwards
        with qtbot.waitSignal(runner.scan_finished, timeout=10_000) as finished:
            runner.scan(ScanSettings(resolution_dpi=50, area_mm=(20.0, 20.0)))
        assert len(finished.args[0]) == 1
    finally:
        runner.shutdown()


def test_runner_reports_pages_and_errors(scanner: SaneScanner, qtbot) -> None:
    runner = ScanRunner(scanner)
    try:
        with qtbot.waitSignal(runner.devices_listed, timeout=10_000) as listed:
            runner.refresh()
        assert any(d.id == "test:0" for d in listed.args[0])
        pages_seen: list[int] = []
        runner.page_scanned.connect(pages_seen.append)
        with qtbot.waitSignal(runner.scan_finished, timeout=20_000) as finished:
            runner.open_device("test:0")
            runner.scan(ScanSettings(resolution_dpi=50, source="feeder", area_mm=(30.0, 20.0), max_pages=4))
        assert len(finished.args[0]) == 4
        assert pages_seen == [1, 2, 3, 4]
        with qtbot.waitSignal(runner.failed, timeout=10_000) as failed:
            runner.open_device("nosuch:device")
        assert "\n" not in failed.args[0]
    finally:
        runner.shutdown()


def test_scan_cancelled_before_start_raises_cancelled(scanner: SaneScanner) -> None:
    scanner.open("test:0")
    scanner._cancel.set()
    scanner._cancel.clear()  # scan() clears a stale cancel, so a new scan runs
    assert len(scanner.scan(ScanSettings(resolution_dpi=50, area_mm=(20.0, 20.0)))) == 1
    assert issubclass(ScanCancelled, ScanError)
