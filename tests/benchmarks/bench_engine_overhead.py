"""Client overhead of one vendor call (intake + fit + encode + sign + HTTP + parse) on a 12 MP photo.

Run: `python -m tests.benchmarks.bench_engine_overhead`. The input is a 4000x3000 camera-like JPEG made in memory
(a tests.datagen passport photographed on a desk, upscaled, with sensor noise). The reference, measured in the
same run on the same bytes, is Pillow's decode + re-encode (JPEG quality 90), the least any client must do.

Per vendor, one full `engine.scan(decode_still(photo), ScanOptions())` is timed against its loopback fake
(tests/fakes). The fake's own work is timed on the server side (its `handle`) and the loopback transfer is
timed as a bare httpx POST of the exact recorded request to a do-nothing server; client = total - server -
loopback. Medians of `RUNS` after one warm-up.
"""

from __future__ import annotations

import asyncio
import io
import statistics
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import cv2
import httpx
import numpy as np
from PIL import Image

from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.registry import create_engine
from desktop_app.imaging.intake import decode_still
from tests.datagen import generate
from tests.fakes.accuauth_fake import AccuAuthFake
from tests.fakes.server import FakeVendor, Reply, Request
from tests.fakes.structocr_fake import StructOcrFake
from tests.fakes.td_fake import DEFAULT_PATH as TD_PATH
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake

RUNS = 5
REF_RUNS = 5
WIDTH, HEIGHT = 4000, 3000
PHOTO_SEED = 3  # tests.datagen "photo" seed whose desk frame is 4:3 (1600x1200): no stretching when upscaled


def camera_like_jpeg() -> bytes:
    """A 12 MP phone-like JPEG (quality 92), in memory: a datagen passport on a desk, upscaled, sensor noise."""
    scene = generate(PHOTO_SEED, "td3", "photo").rgb
    big = cv2.resize(scene, (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    noise = np.asarray(np.random.default_rng(PHOTO_SEED).normal(0.0, 3.0, size=big.shape), np.float32)
    rgb = np.clip(big.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"  # Make
    exif[0x0112] = 1  # Orientation: upright
    out = io.BytesIO()
    Image.fromarray(rgb).save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def pillow_reference(data: bytes) -> bytes:
    """Decode + re-encode at quality 90: the floor any client that re-compresses a photo pays."""
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        image.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


# ----------------------------------------------------------------------------------------- server-side timing


class ServerTimed(FakeVendor):
    """Mixin before a fake in the bases: times each `handle` call (the fake's own work) and keeps the request."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.handle_ms: list[float] = []
        self.seen: list[Request] = []
        self._timing_lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        t0 = time.perf_counter()
        reply = super().handle(request)
        elapsed = (time.perf_counter() - t0) * 1000
        with self._timing_lock:
            self.handle_ms.append(elapsed)
            self.seen.append(request)
        return reply


class TimedStructOcr(ServerTimed, StructOcrFake):
    pass


class TimedTd(ServerTimed, TdFake):
    pass


class TimedTencent(ServerTimed, TencentFake):
    pass


class TimedAccuAuth(ServerTimed, AccuAuthFake):
    pass


class NullServer(FakeVendor):
    """Reads the request (the base server does) and answers `{}`: what is left is the loopback transfer."""

    def handle(self, request: Request) -> Reply:
        return Reply.json({})


# ----------------------------------------------------------------------------------------- one vendor


@dataclass
class VendorCase:
    vendor: str
    fake: ServerTimed
    profile: Callable[[ServerTimed], Profile]
    secrets: dict[str, str]


@dataclass
class VendorFigures:
    total_ms: float
    server_ms: float
    loopback_ms: float
    bytes_sent: int
    requests_per_call: float

    @property
    def client_ms(self) -> float:
        return self.total_ms - self.server_ms - self.loopback_ms


def _cases() -> list[VendorCase]:
    fast = 10_000.0  # no token-bucket waits inside the timed calls
    structocr = TimedStructOcr(credits=10**9)
    accuauth = TimedAccuAuth(quota=10**9)
    return [
        VendorCase("structocr", structocr,
                   lambda f: Profile(name="bench-so", vendor="structocr", base_url=f.base_url + "/v1",
                                     rate_limit_per_s=fast),
                   {"api_key": structocr.api_key}),
        VendorCase("td", TimedTd(),
                   lambda f: Profile(name="bench-td", vendor="td", base_url=f.base_url + TD_PATH,
                                     country="GB", rate_limit_per_s=fast),
                   {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}),
        VendorCase("tencent", TimedTencent(),
                   lambda f: Profile(name="bench-tc", vendor="tencent", base_url=f.base_url, rate_limit_per_s=fast),
                   {"secret_id": SECRET_ID, "secret_key": SECRET_KEY}),
        VendorCase("accuauth", accuauth,
                   lambda f: Profile(name="bench-aa", vendor="accuauth", base_url=f.base_url, country="ecuador",
                                     rate_limit_per_s=fast),
                   {"api_id": accuauth.api_id, "api_secret": accuauth.api_secret}),
    ]


async def _loopback_ms(request: Request) -> float:
    """A bare httpx POST of the exact request (body, content type) to a do-nothing server: median ms."""
    headers = {"Content-Type": request.headers.get("content-type", "application/octet-stream")}
    with NullServer() as null:
        async with httpx.AsyncClient() as client:
            times = []
            for i in range(RUNS + 1):
                t0 = time.perf_counter()
                response = await client.post(null.base_url + request.path, content=request.body, headers=headers)
                response.json()
                if i:  # the first one opens the connection (the engine's warm-up did the same)
                    times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


async def _measure(case: VendorCase, photo: bytes) -> VendorFigures:
    with case.fake as fake:
        assert isinstance(fake, ServerTimed)
        async with httpx.AsyncClient() as client:
            engine = create_engine(case.profile(fake), case.secrets, client)
            try:
                totals = []
                for i in range(RUNS + 1):
                    t0 = time.perf_counter()
                    await engine.scan(decode_still(photo, "bench.jpg"), ScanOptions())
                    if i:  # run 0 is the warm-up (imports, connection, first-call caches)
                        totals.append((time.perf_counter() - t0) * 1000)
            finally:
                await engine.aclose()
        requests_per_call = len(fake.handle_ms) / (RUNS + 1)
        # one request per call (no retries): the server time of the timed calls; else it is not comparable
        server = statistics.median(fake.handle_ms[1:]) if requests_per_call == 1 else float("nan")
        last = fake.seen[-1]
    loopback = await _loopback_ms(last)
    return VendorFigures(statistics.median(totals), server, loopback, len(last.body), requests_per_call)


def main() -> None:
    t_start = time.perf_counter()
    photo = camera_like_jpeg()
    decoded = Image.open(io.BytesIO(photo)).size
    print(f"input: {decoded[0]}x{decoded[1]} camera-like JPEG q92 (tests.datagen td3 photo, seed {PHOTO_SEED}), "
          f"{len(photo):,} bytes; medians of {RUNS} runs after 1 warm-up")
    pillow_reference(photo)  # warm-up
    ref_ms = median_ms(lambda: pillow_reference(photo), REF_RUNS)
    print(f"reference: Pillow decode + re-encode q90 of the same bytes: {ref_ms:.1f} ms "
          f"(median of {REF_RUNS}), {len(pillow_reference(photo)):,} bytes out")
    print()
    print(f"{'vendor':10} {'total ms':>9} {'server ms':>10} {'loopback ms':>12} {'client ms':>10} "
          f"{'bytes sent':>11} {'client/ref':>11}")
    for case in _cases():
        try:
            figures = asyncio.run(_measure(case, photo))
        except EngineError as exc:
            print(f"{case.vendor:10} failed: {exc}")
            continue
        note = "" if figures.requests_per_call == 1 else f"  ({figures.requests_per_call:.1f} requests per call)"
        print(f"{case.vendor:10} {figures.total_ms:9.1f} {figures.server_ms:10.1f} {figures.loopback_ms:12.1f} "
              f"{figures.client_ms:10.1f} {figures.bytes_sent:11,} {figures.client_ms / ref_ms:10.2f}x{note}")
    print()
    print("client/ref: the client's own work for one call (intake decode + fit + base64/body + sign + parse; total "
          "minus the fake's handle time and the loopback transfer) divided by one Pillow decode + re-encode of the "
          "same photo; 1.0x means one call costs the client as much as re-compressing the photo once.")
    print(f"(benchmark wall time {time.perf_counter() - t_start:.0f} s)")


if __name__ == "__main__":
    main()
