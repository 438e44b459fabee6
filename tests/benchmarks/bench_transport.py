"""Transport overhead: a StructOCR scan through the engine vs a bare httpx POST of the same body (same run).

Run: `.venv/bin/python -m tests.benchmarks.bench_transport`. Prints ms per call and the ratio against the
bare reference, the redaction cost of a TD-sized raw answer, and the rate the token bucket lets through.
"""

from __future__ import annotations

import asyncio
import base64
import json
import statistics
import time

import httpx

from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.structocr import StructOcrEngine
from desktop_app.engines.transport import RateLimiter, Redactor, Transport, redact_raw
from desktop_app.imaging.intake import decode_still
from tests.engines.conftest import make_jpeg
from tests.fakes.server import FakeVendor, Reply, Request
from tests.fakes.structocr_fake import StructOcrFake

ROUNDS = 150


async def _bare(fake: StructOcrFake, body: bytes) -> list[float]:
    times = []
    async with httpx.AsyncClient() as client:
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            response = await client.post(fake.api_url + "/passport", content=body,
                                         headers={"x-api-key": fake.api_key, "Content-Type": "application/json"})
            response.json()
            times.append(time.perf_counter() - t0)
    return times


async def _engine(fake: StructOcrFake) -> list[float]:
    still = decode_still(make_jpeg(640, 400), "card.jpg")
    profile = Profile(name="bench", vendor="structocr", base_url=fake.api_url, rate_limit_per_s=10_000)
    async with httpx.AsyncClient() as client:
        engine = StructOcrEngine(profile, {"api_key": fake.api_key}, client)
        times = []
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            await engine.scan(still, ScanOptions())
            times.append(time.perf_counter() - t0)
        await engine.aclose()
    return times


class _Ok(FakeVendor):
    def handle(self, request: Request) -> Reply:
        return Reply.json({})


async def _limited_rate(rate: float, count: int) -> float:
    with _Ok() as fake:
        transport = Transport(Profile(name="rate", vendor="tencent"), limiter=RateLimiter(rate, burst=1))
        await asyncio.gather(*(  # concurrent callers: only the bucket spaces them
            transport.send(lambda _a: transport.client.build_request("GET", fake.base_url), lambda _r: None)
            for _ in range(count)))
        await transport.aclose()
        arrivals = sorted(r.arrived for r in fake.requests)
    return (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])


def main() -> None:
    with StructOcrFake(credits=10**9) as fake:
        assert isinstance(fake, StructOcrFake)
        body = json.dumps({"img": base64.b64encode(make_jpeg(640, 400)).decode()}).encode()
        bare = statistics.median(asyncio.run(_bare(fake, body))) * 1000
        engine = statistics.median(asyncio.run(_engine(fake))) * 1000
    print(f"StructOCR scan via engine: {engine:.2f} ms/call (median of {ROUNDS})")
    print(f"bare httpx POST, same body: {bare:.2f} ms/call")
    print(f"ratio engine/bare: {engine / bare:.2f}")

    redactor = Redactor(["pk_Sx9+/k=&Q?z#1"], query_params=["partner_key"])
    raw = {"sequence_id": "x" * 32, "image_info": [{"image": base64.b64encode(bytes(300_000)).decode()}],
           "card_info": {"field_list": [{"field_name": f"f{i}", "value": "VALUE " * 5} for i in range(60)]}}
    t0 = time.perf_counter()
    for _ in range(50):
        redact_raw(raw, redactor)
    per = (time.perf_counter() - t0) / 50 * 1000
    t0 = time.perf_counter()
    for _ in range(50):
        json.loads(json.dumps(raw))
    ref = (time.perf_counter() - t0) / 50 * 1000
    print(f"redact_raw of a TD-sized answer (300 kB portrait, 60 fields): {per:.2f} ms; json round trip {ref:.2f} ms;"
          f" ratio {per / ref:.2f}")

    achieved = asyncio.run(_limited_rate(25.0, 40))
    print(f"token bucket at 25/s (burst 1): {achieved:.1f} requests/s seen by the server; ratio {achieved / 25:.2f}")


if __name__ == "__main__":
    main()
