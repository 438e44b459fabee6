"""eSCL against a fake network scanner on 127.0.0.1 (real HTTP, real XML, real JPEG pages)."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import numpy as np
import pytest

from desktop_app.capture.escl import EsclScanner, parse_capabilities
from desktop_app.capture.scan_runner import ScanRunner
from desktop_app.capture.scanner import ScanCancelled, ScanError, ScanSettings
from tests.fakes.escl_fake import CAPABILITIES, PAGE_COLORS, EsclFake


@pytest.fixture
def fake() -> Iterator[EsclFake]:
    with EsclFake() as server:
        assert isinstance(server, EsclFake)
        yield server


def _scanner(fake: EsclFake, **kwargs: object) -> EsclScanner:
    return EsclScanner([f"{fake.base_url}/eSCL"], busy_retry_s=0.01, **kwargs)  # type: ignore[arg-type]


def _color(page: np.ndarray) -> tuple[int, int, int]:
    r, g, b = (int(v) for v in page[5:25, 5:25].reshape(-1, 3).mean(axis=0))
    return r, g, b


def _close(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return all(abs(x - y) <= 8 for x, y in zip(a, b, strict=True))


def test_capabilities_parse() -> None:
    caps = parse_capabilities(CAPABILITIES)
    assert caps.make_and_model == "Fake eSCL Scanner 3000"
    assert caps.version == "2.63"
    assert caps.caps.sources == ("flatbed", "feeder")
    assert caps.caps.resolutions == (100, 200, 300, 600)
    assert caps.caps.modes == ("gray", "color")
    assert "image/jpeg" in caps.formats
    assert caps.max_size_300ths["flatbed"] == (2550, 3508)
    assert caps.caps.max_area_mm is not None
    assert round(caps.caps.max_area_mm[0]) == 216  # 8.5 inch


def test_hostile_xml_is_refused() -> None:
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    with pytest.raises(ScanError):
        parse_capabilities(bomb)
    with pytest.raises(ScanError):
        parse_capabilities(b"<not xml")


def test_lists_and_opens_device(fake: EsclFake) -> None:
    remembered: list[str] = []
    scanner = EsclScanner([f"{fake.base_url}/eSCL", "http://127.0.0.1:9/eSCL"], remember=remembered.append,
                          timeout_s=2.0)
    devices = scanner.list_devices()
    assert devices[0].model == "Fake eSCL Scanner 3000"
    assert devices[0].backend == "escl"
    assert devices[1].kind.endswith("(not answering)")
    caps = scanner.open(devices[0].id)
    assert caps.has_feeder
    assert remembered == [f"{fake.base_url}/eSCL"]
    scanner.close()


def test_flatbed_single_page(fake: EsclFake) -> None:
    scanner = _scanner(fake)
    scanner.open(None)
    pages = scanner.scan(ScanSettings(resolution_dpi=300, mode="color", source="flatbed", area_mm=(86.0, 54.0)))
    assert len(pages) == 1
    assert pages[0].shape == (200, 320, 3)
    assert _close(_color(pages[0]), PAGE_COLORS[0])
    (job,) = fake.jobs.values()
    assert job.source == "Platen"
    assert job.settings["ColorMode"] == "RGB24"
    assert job.settings["XResolution"] == "300"
    assert job.settings["DocumentFormat"] == "image/jpeg"
    assert job.settings["ContentRegionUnits"] == "escl:ThreeHundredthsOfInches"
    assert job.settings["Width"] == str(round(86 / 25.4 * 300))
    posted = next(r for r in fake.requests if r.method == "POST")
    root = ET.fromstring(posted.body)
    assert root.tag == "{http://schemas.hp.com/imaging/escl/2011/05/03}ScanSettings"
    assert root.find("{http://www.pwg.org/schemas/2010/12/sm}InputSource") is not None
    # asked for the next document until the scanner said 404, and never deleted a finished job
    gets = [r.path for r in fake.requests if r.path.endswith("/NextDocument")]
    assert len(gets) == 2
    assert not any(r.method == "DELETE" for r in fake.requests)
    scanner.close()


def test_feeder_two_pages_with_busy_scanner(fake: EsclFake) -> None:
    fake.busy_first = 2
    fake._busy_left = 2
    fake.absolute_location = False  # relative Location header
    scanner = _scanner(fake)
    seen: list[int] = []
    pages = scanner.scan(ScanSettings(source="feeder", mode="gray"), seen.append)
    assert len(pages) == 2
    assert seen == [1, 2]
    assert _close(_color(pages[0]), PAGE_COLORS[0])
    assert _close(_color(pages[1]), PAGE_COLORS[1])
    (job,) = fake.jobs.values()
    assert job.source == "Feeder"
    assert job.settings["ColorMode"] == "Grayscale8"
    assert job.settings["XResolution"] == "300"
    statuses = [r.path for r in fake.requests if r.path.endswith("/NextDocument")]
    assert len(statuses) == 2 + 2 + 1  # two 503s, two pages, one 404
    scanner.close()


def test_empty_feeder_is_one_sentence(fake: EsclFake) -> None:
    fake.feeder_pages = 0
    scanner = _scanner(fake)
    with pytest.raises(ScanError) as info:
        scanner.scan(ScanSettings(source="feeder"))
    assert str(info.value) == "The feeder is empty; put the documents in the feeder and scan again."
    scanner.close()


def test_cancel_deletes_the_job(fake: EsclFake) -> None:
    fake.feeder_pages = 5
    fake.page_delay_s = 0.3
    scanner = _scanner(fake)
    scanner.open(None)
    first_page = threading.Event()
    result: list[object] = []

    def run() -> None:
        try:
            result.append(scanner.scan(ScanSettings(source="feeder"), lambda n: first_page.set()))
        except ScanError as err:
            result.append(err)

    worker = threading.Thread(target=run)
    worker.start()
    assert first_page.wait(10)
    scanner.cancel()
    worker.join(10)
    assert not worker.is_alive()
    assert isinstance(result[0], ScanCancelled)
    (job,) = fake.jobs.values()
    assert job.cancelled
    assert any(r.method == "DELETE" and r.path.endswith(job.id) for r in fake.requests)
    assert job.served < 5
    scanner.close()


def test_unreachable_scanner_is_one_sentence() -> None:
    scanner = EsclScanner(["http://127.0.0.1:9/eSCL"], timeout_s=2.0)
    with pytest.raises(ScanError) as info:
        scanner.open(None)
    assert str(info.value) == ("The network scanner at 127.0.0.1:9 could not be reached; check that it is "
                               "switched on and on the same network.")


def test_no_configured_scanner() -> None:
    with pytest.raises(ScanError) as info:
        EsclScanner([]).open(None)
    assert str(info.value) == "No network scanner is set up; add the scanner's address in Settings."


def test_runner_with_escl(fake: EsclFake, qtbot) -> None:
    runner = ScanRunner(_scanner(fake))
    try:
        with qtbot.waitSignal(runner.scan_finished, timeout=10_000) as finished:
            runner.scan(ScanSettings(source="feeder"))
        assert len(finished.args[0]) == 2
    finally:
        runner.shutdown()
