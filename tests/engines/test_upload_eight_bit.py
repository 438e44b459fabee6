"""Issue 12 item 12: whatever came in (48-bit RGB, 16-bit grey, palette, CMYK, LA, RGBA), every image a vendor
receives is an 8-bit RGB or grey JPEG or PNG. Checked on the fake's side: the bytes TD's fake received."""

from __future__ import annotations

import base64
import io

import cv2
import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.td import TdEngine
from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.fit import TD, fit_image
from desktop_app.imaging.intake import decode_still
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake

FAST = RetryPolicy(max_attempts=2, backoff_s=(0.01,), jitter=0.0)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _card(height: int = 240, width: int = 360) -> npt.NDArray[np.uint8]:
    rgb = np.full((height, width, 3), 225, dtype=np.uint8)
    rgb[40:200, 30:130] = (90, 70, 60)
    rgb[60:80, 160:330] = (30, 30, 30)
    return rgb


def png_48_bit() -> bytes:
    wide = _card().astype(np.uint16) * 257
    ok, buf = cv2.imencode(".png", wide[:, :, ::-1])  # OpenCV writes 16 bits per channel for uint16
    assert ok
    data = bytes(buf.tobytes())
    assert data[24:26] == bytes([16, 2])  # IHDR: bit depth 16, colour type RGB
    return data


def png_16_bit_grey() -> bytes:
    ok, buf = cv2.imencode(".png", _card()[:, :, 0].astype(np.uint16) * 257)
    assert ok
    return bytes(buf.tobytes())


def pillow_file(mode: str, fmt: str) -> bytes:
    image = Image.fromarray(_card()).convert(mode)
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


SOURCES = {
    "48-bit RGB PNG": png_48_bit,
    "16-bit grey PNG": png_16_bit_grey,
    "palette PNG": lambda: pillow_file("P", "PNG"),
    "LA PNG": lambda: pillow_file("LA", "PNG"),
    "RGBA PNG": lambda: pillow_file("RGBA", "PNG"),
    "CMYK JPEG": lambda: pillow_file("CMYK", "JPEG"),
    "I;16 PNG": lambda: pillow_file("I;16", "PNG"),
    "8-bit RGB PNG": lambda: pillow_file("RGB", "PNG"),
    "8-bit grey PNG": lambda: pillow_file("L", "PNG"),
}


def assert_eight_bit(data: bytes) -> None:
    """An 8-bit RGB/grey JPEG, or a PNG whose IHDR says 8 bits per channel, grey or RGB (no palette, no alpha)."""
    with Image.open(io.BytesIO(data)) as image:
        assert image.format in ("JPEG", "PNG")
        assert image.mode in ("RGB", "L")
    if data.startswith(PNG_SIGNATURE):
        assert data[24] == 8, f"PNG bit depth {data[24]}"
        assert data[25] in (0, 2), f"PNG colour type {data[25]}"


@pytest.mark.parametrize("kind", sorted(SOURCES))
def test_fit_gives_eight_bit(kind: str) -> None:
    fitted = fit_image(decode_still(SOURCES[kind](), "card.png"), TD)
    assert_eight_bit(fitted.data)


async def test_48_bit_png_reaches_the_td_fake_as_eight_bit(td_server: TdFake) -> None:
    td_server.reset()
    source = png_48_bit()
    assert len(source) < 500_000  # within TD's size limit: the old code sent it as it was
    engine = TdEngine(Profile(name="td-8bit", vendor="td", base_url=td_server.url, country="GB"),
                      {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}, policy=FAST)
    try:
        result = await engine.scan(decode_still(source, "card.png"), ScanOptions())
    finally:
        await engine.aclose()
    assert result.outcome == "ok"
    (request,) = td_server.requests
    received = base64.b64decode(request.json()["image"])
    assert received != source
    assert_eight_bit(received)
    with Image.open(io.BytesIO(received)) as image:
        assert image.size == (360, 240)
