"""Test helpers: a sample document as PNG bytes (generated, not a real person) and a tiny test engine."""

from __future__ import annotations

import asyncio
import datetime as dt
from functools import cache

import cv2
import numpy as np

from desktop_app.domain.schema import Document, Field, Holder, Mrz, ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.intake import Still
from desktop_app.station.engine_pool import EnginePool


@cache
def sample_png(seed: int = 3, kind: str = "td3") -> bytes:
    from tests.datagen import clean_document

    doc = clean_document(seed, kind)
    ok, buf = cv2.imencode(".png", cv2.cvtColor(doc.rgb, cv2.COLOR_RGB2BGR))
    assert ok
    return bytes(buf)


def plain_png(width: int = 640, height: int = 420) -> bytes:
    rgb = np.full((height, width, 3), 200, np.uint8)
    ok, buf = cv2.imencode(".png", rgb)
    assert ok
    return bytes(buf)


def assert_purged(item: object) -> None:
    """A confirmed (and saved) scan keeps no picture, no fields and no pending row."""
    assert item.still is None
    assert item.result is None
    assert item.pending_row is None


class ScriptedEngine:
    """A test-local engine: answers a fixed passport, or raises the queued errors first."""

    def __init__(self, name: str = "scripted", delay_s: float = 0.0) -> None:
        self._profile = Profile(name=name, vendor="structocr")
        self.errors: list[EngineError] = []
        self.calls = 0
        self.delay_s = delay_s

    @property
    def profile(self) -> Profile:
        return self._profile

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        self.calls += 1
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        if self.errors:
            raise self.errors.pop(0)
        return ScanResult(
            vendor="structocr", vendor_action="passport", request_id=f"req-{self.calls}",
            document=Document(category="passport", issuing_country="UTO", number="L898902C3",
                              date_of_expiry=dt.date(2032, 4, 15)),
            holder=Holder(surname="ERIKSSON", given_names="ANNA MARIA", sex="F", date_of_birth=dt.date(1974, 8, 12),
                          nationality="UTO"),
            fields=[Field(key="date_of_birth", label="Date of birth", value="1974-08-12", raw_value="12 AUG 1974",
                          validity="valid")],
            mrz=Mrz(lines=[]),
        )

    async def aclose(self) -> None:
        return None


class FixedPool(EnginePool):
    """An engine pool that hands out given engines by profile name (falls back to the real registry)."""

    def __init__(self, engines: dict[str, object], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._fixed = engines

    async def engine(self, name: str):  # type: ignore[override]
        if name in self._fixed:
            return self._fixed[name]
        return await super().engine(name)
