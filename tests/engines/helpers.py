"""Small helpers the engine tests share: a flat synthetic still, one scan with an engine made for it, errors."""

from __future__ import annotations

import io
from collections.abc import Awaitable, Mapping

import numpy as np
import pytest
from PIL import Image

from desktop_app.domain.schema import ScanResult
from desktop_app.engines.base import Engine, Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.intake import Still

RGBColor = tuple[int, int, int]


def flat_still(height: int, width: int, background: int, box: tuple[int, int, int, int], color: RGBColor,
               name: str) -> Still:
    """A JPEG still: a flat background with one coloured block at `box` = (top, bottom, left, right)."""
    rgb = np.full((height, width, 3), background, dtype=np.uint8)
    top, bottom, left, right = box
    rgb[top:bottom, left:right] = color
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="JPEG", quality=85)
    return Still(rgb=rgb, source_bytes=buffer.getvalue(), source_mime="image/jpeg", name=name)


def make_profile(defaults: Mapping[str, object], changes: Mapping[str, object]) -> Profile:
    """A test profile: `defaults` with a test's `changes` on top."""
    return Profile(**{**defaults, **changes})  # type: ignore[arg-type]


async def engine_error(call: Awaitable[object]) -> EngineError:
    """The `EngineError` the awaited call raises (the test fails if it raises nothing)."""
    with pytest.raises(EngineError) as info:
        await call
    return info.value


async def scan_once(engine: Engine, still: Still, options: ScanOptions | None = None) -> ScanResult:
    """One scan with an engine made for it; the engine is closed afterwards."""
    try:
        return await engine.scan(still, options or ScanOptions())
    finally:
        await engine.aclose()


async def scan_error_once(engine: Engine, still: Still, options: ScanOptions | None = None) -> EngineError:
    """The `EngineError` of one scan with an engine made for it; the engine is closed afterwards."""
    return await engine_error(scan_once(engine, still, options))
