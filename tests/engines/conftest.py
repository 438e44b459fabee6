"""Shared fixtures for the engine tests: a synthetic still, a fast retry policy, the vendor fakes.

`td_server` and `tencent_server` are one fake per test module; tests reset them before use.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import numpy as np
import pytest
from PIL import Image

from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.intake import Still, decode_still
from tests.fakes.accuauth_fake import AccuAuthFake
from tests.fakes.structocr_fake import StructOcrFake
from tests.fakes.td_fake import TdFake
from tests.fakes.tencent_fake import TencentFake

# Small real delays (no mocked sleep): 50 ms, 100 ms, 200 ms with the usual +/-20 % jitter.
FAST_BACKOFF = (0.05, 0.1, 0.2)


def make_jpeg(width: int = 800, height: int = 500, seed: int = 1) -> bytes:
    """A synthetic card-like picture: a light background, a darker "photo" block, some noise (no real person)."""
    rng = np.random.default_rng(seed)
    img = np.full((height, width, 3), 225, dtype=np.uint8)
    img[height // 5: height * 4 // 5, width // 10: width // 3] = (90, 70, 60)
    noise = rng.integers(-12, 12, size=img.shape)
    img = np.clip(img.astype(np.int16) + noise, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(img).save(buf, "JPEG", quality=85)
    return buf.getvalue()


@pytest.fixture
def still() -> Still:
    return decode_still(make_jpeg(), "card.jpg")


@pytest.fixture
def fast_policy() -> RetryPolicy:
    return RetryPolicy(backoff_s=FAST_BACKOFF, max_delay_s=1.0)


@pytest.fixture
def structocr_fake() -> Iterator[StructOcrFake]:
    with StructOcrFake() as fake:
        assert isinstance(fake, StructOcrFake)
        yield fake


@pytest.fixture
def accuauth_fake() -> Iterator[AccuAuthFake]:
    with AccuAuthFake() as fake:
        assert isinstance(fake, AccuAuthFake)
        yield fake


@pytest.fixture(scope="module")
def td_server() -> Iterator[TdFake]:
    with TdFake() as fake:
        assert isinstance(fake, TdFake)
        yield fake


@pytest.fixture(scope="module")
def tencent_server() -> Iterator[TencentFake]:
    with TencentFake() as fake:
        assert isinstance(fake, TencentFake)
        yield fake
