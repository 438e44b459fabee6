"""The offline engine on generated documents: real OCR models, real images, no mocks."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.domain.checks import finalize
from desktop_app.domain.schema import ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.local import LocalEngine, read_mrz, second_opinion
from desktop_app.engines.local.band import find_bands
from desktop_app.engines.local.recognizer import load_count
from desktop_app.imaging.intake import Still
from desktop_app.station.pipeline import read_document
from tests.conftest import REPO_ROOT, require_system
from tests.datagen import REFERENCE_TODAY, GeneratedDoc, check_digit, generate, ocrb_available

TODAY = REFERENCE_TODAY


@pytest.fixture(autouse=True)
def _needs_ocrb() -> None:
    require_system("fonts-ocr-b (OCR-B font for the generated MRZ)", ocrb_available())


@pytest.fixture(scope="module")
def engine() -> LocalEngine:
    return LocalEngine(Profile(name="local", vendor="local"))


def _scan(engine: LocalEngine, doc: GeneratedDoc) -> ScanResult:
    return finalize(engine.scan_rgb(doc.rgb, today=TODAY), today=TODAY)


def _field(result: ScanResult, key: str) -> Any:
    return next(f for f in result.fields if f.key == key)


def _assert_fields(result: ScanResult, truth: dict[str, Any]) -> None:
    assert result.vendor == "local"
    assert result.vendor_action == "mrz"
    assert result.mrz.lines == truth["mrz_lines"]
    assert result.mrz.local_check == "pass"
    assert result.outcome == "ok"
    assert result.document.number == truth["number"]
    assert result.holder.surname == truth["surname"]
    assert (result.holder.given_names or "") == truth["given_names"]
    assert result.holder.date_of_birth == dt.date.fromisoformat(truth["date_of_birth"])
    assert result.document.date_of_expiry == dt.date.fromisoformat(truth["date_of_expiry"])
    assert result.holder.sex == truth["sex"]
    assert result.checks.expiry_local == ("fail" if truth["expired"] else "pass")
    assert result.forgery.verdict == "not_performed"
    assert result.checks.document_type_recognized == "pass"


@pytest.mark.parametrize(("kind", "condition", "seed"), [
    ("td3", "clean", 1), ("td1", "clean", 2), ("td2", "clean", 3), ("mrva", "clean", 4), ("mrvb", "clean", 5),
    ("td3", "photo", 16), ("td1", "photo", 7), ("td2", "photo", 8),
    ("td3", "lowres", 9), ("td1", "blur", 10),
])
def test_reads_every_field(engine: LocalEngine, kind: str, condition: str, seed: int) -> None:
    doc = generate(seed, kind, condition)
    _assert_fields(_scan(engine, doc), doc.truth)


@pytest.mark.parametrize(("kind", "condition", "seed"), [
    ("td3", "uneven_light", 1002),  # the shadowed start of both lines was lost by the band finder
    ("mrva", "glare", 1001),  # an invoice on the desk read as an MRZ ("Invoice" -> "INVOI<<") and kept it
    ("mrva", "upside_down", 1001),  # two invoice sheets took both band reads; the MRZ was the third band
])
def test_reads_past_shadows_and_paper_on_the_desk(engine: LocalEngine, kind: str, condition: str,
                                                  seed: int) -> None:
    doc = generate(seed, kind, condition)
    _assert_fields(_scan(engine, doc), doc.truth)


@pytest.mark.parametrize("kind", ["td3", "td1", "td2"])
def test_band_is_whole_in_a_shadow(kind: str) -> None:
    """Light falling off to 15 % across the page: the band still spans the whole MRZ (its ink is measured against
    the local background, not the page's brightest part)."""
    doc = generate(3, kind, "clean")
    lit = find_bands(doc.rgb)[0]
    ramp = np.linspace(0.15, 1.0, doc.rgb.shape[1], dtype=np.float32)[None, :, None]
    shadowed = find_bands((doc.rgb.astype(np.float32) * ramp).astype(np.uint8))[0]
    assert lit.unit is not None
    assert abs(shadowed.size[0] - lit.size[0]) < 0.5 * lit.unit
    assert abs(shadowed.center[0] - lit.center[0]) < 0.5 * lit.unit


def test_upside_down_document_is_read(engine: LocalEngine) -> None:
    doc = generate(21, "td3", "upside_down")
    result = _scan(engine, doc)
    _assert_fields(result, doc.truth)
    assert isinstance(result.raw, dict)
    assert result.raw["turned"] is True


def _box_iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union


@pytest.mark.parametrize(("kind", "condition", "seed"), [("td3", "photo", 31), ("td1", "clean", 32),
                                                         ("td2", "upside_down", 33)])
def test_portrait_and_document_crops(engine: LocalEngine, kind: str, condition: str, seed: int) -> None:
    doc = generate(seed, kind, condition)
    result = _scan(engine, doc)
    portrait = result.images.portrait
    assert portrait is not None
    assert portrait.mime == "image/jpeg"
    assert portrait.source == "local_crop"
    face = cv2.imdecode(np.frombuffer(portrait.data, np.uint8), cv2.IMREAD_COLOR)
    assert face is not None
    assert face.shape[0] > face.shape[1]  # a portrait is taller than wide
    region = np.array(result.images.face_region, np.float32)
    found = (float(region[:, 0].min()), float(region[:, 1].min()), float(region[:, 0].max()),
             float(region[:, 1].max()))
    truth = tuple(float(v) for v in doc.portrait_box)
    assert _box_iou(found, truth) > 0.6  # type: ignore[arg-type]
    document = result.images.document
    assert document is not None
    page = cv2.imdecode(np.frombuffer(document.data, np.uint8), cv2.IMREAD_COLOR)
    assert page.shape[1] > page.shape[0]  # upright landscape page


def _corrupt(lines: list[str]) -> list[str]:
    """Change one digit of the date of birth, keep its check digit: the MRZ no longer validates."""
    row = 1
    start = 0 if len(lines) == 3 else 13
    line = lines[row]
    digit = line[start + 5]
    new = str((int(digit) + 1) % 10) if digit.isdigit() else "1"
    line = line[:start + 5] + new + line[start + 6:]
    out = list(lines)
    out[row] = line
    return out


@pytest.mark.parametrize(("kind", "seed"), [("td3", 41), ("td1", 42)])
def test_corrupted_mrz_is_partial_never_valid(engine: LocalEngine, kind: str, seed: int) -> None:
    truth_lines = generate(seed, kind, "clean").mrz_lines
    bad = _corrupt(truth_lines)
    start = 0 if kind == "td1" else 13
    assert check_digit(bad[1][start:start + 6]) != bad[1][start + 6]
    doc = generate(seed, kind, "clean", printed_mrz=bad)
    result = _scan(engine, doc)
    assert result.mrz.local_check == "fail"
    assert result.outcome == "partial"
    assert result.mrz.local_check_detail.date_of_birth is False
    assert _field(result, "date_of_birth").validity == "invalid"
    assert _field(result, "document_number").validity == "valid"
    assert any("check digits fail" in w for w in result.warnings)


def test_blank_image_is_a_bad_image_error(engine: LocalEngine) -> None:
    blank = np.full((600, 900, 3), 235, np.uint8)
    with pytest.raises(EngineError) as info:
        engine.scan_rgb(blank, today=TODAY)
    assert info.value.category == "bad_image"
    assert "MRZ" in str(info.value)


async def test_async_scan_through_the_pipeline(engine: LocalEngine) -> None:
    doc = generate(51, "td3", "photo")
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(doc.rgb, cv2.COLOR_RGB2BGR))
    assert ok
    still = Still(rgb=doc.rgb, source_bytes=buf.tobytes(), source_mime="image/jpeg", name="doc.jpg")
    result = await read_document(engine, still, ScanOptions(), today=TODAY)
    _assert_fields(result, doc.truth)
    assert result.timing.latency_ms is not None
    await engine.aclose()


def test_second_opinion_lists_disagreements(engine: LocalEngine) -> None:
    doc = generate(61, "td1", "clean")
    still = Still(rgb=doc.rgb, source_bytes=b"", source_mime="image/jpeg")
    vendor = _scan(engine, doc)
    vendor.vendor = "structocr"
    assert second_opinion(still, vendor, today=TODAY) == []
    vendor.document.number = "X" + (vendor.document.number or "")[1:]
    vendor.holder.date_of_birth = dt.date(1901, 1, 1)
    keys = [d.key for d in second_opinion(still, vendor, today=TODAY)]
    assert keys == ["document_number", "date_of_birth"]


def test_models_load_once_per_process(engine: LocalEngine) -> None:
    other = LocalEngine()
    doc = generate(71, "td2", "clean")
    assert read_mrz(doc.rgb, today=TODAY) is not None
    other.scan_rgb(doc.rgb, today=TODAY)
    engine.scan_rgb(doc.rgb, today=TODAY)
    assert load_count() == 1


@pytest.mark.skipif(sys.platform != "linux", reason="network namespaces are a Linux feature")
def test_reads_with_no_network_at_all() -> None:
    """A fresh process in a user+network namespace (no interface but a down loopback) reads a sample."""
    unshare = shutil.which("unshare")
    require_system("unshare (util-linux)", unshare is not None)
    probe = subprocess.run([unshare or "unshare", "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:  # the kernel or container forbids user namespaces: nothing to install
        pytest.skip("user/network namespaces are not permitted here")
    code = (
        "import socket, datetime as dt\n"
        "from desktop_app.imaging.intake import load_still\n"
        "from desktop_app.engines.local import LocalEngine\n"
        "s = socket.socket(); s.settimeout(2)\n"
        "try:\n"
        "    s.connect(('1.1.1.1', 443)); print('NETWORK-REACHABLE')\n"
        "except OSError:\n"
        "    print('NO-NETWORK')\n"
        "still = load_still('resources/samples/passport_td3.jpg')\n"
        "r = LocalEngine().scan_rgb(still.rgb, today=dt.date(2026, 6, 1))\n"
        "print(r.document.number)\n"
    )
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    out = subprocess.run([unshare or "unshare", "-rn", sys.executable, "-c", code], cwd=REPO_ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "NO-NETWORK" in out.stdout
    assert "D0U1RZ7D2" in out.stdout


def test_no_portrait_when_the_zone_holds_text(engine: LocalEngine) -> None:
    """Real TD1 cards print the MRZ on the back: the portrait corner then holds text, and no face is made up."""
    doc = generate(81, "td1", "clean")
    back = doc.rgb.copy()
    x0, y0, x1, y1 = doc.portrait_box
    back[y0:y1, x0:x1] = 240
    for row, y in enumerate(range(y0 + 20, y1 - 5, 22)):
        cv2.putText(back, f"STREET {row} 12 AUTHORITY", (x0 + 4, y), cv2.FONT_HERSHEY_SIMPLEX, 0.45, (30, 30, 30), 1,
                    cv2.LINE_AA)
    result = _scan(engine, GeneratedDoc(back, doc.truth, doc.mrz_lines, doc.quad, doc.portrait_box))
    _assert_fields(result, doc.truth)
    assert result.images.portrait is None
