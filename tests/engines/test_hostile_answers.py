"""80 hostile answers per vendor through the real engines and the vendor fakes on 127.0.0.1: 0 crashes.

Each fake first checks the request as the vendor would (TD's partner key, Tencent's TC3 signature, StructOCR's
and AccuAuth's keys and image) and then sends the hostile body in place of its answer. Every answer must end as a
`ScanResult` (usable data or that input's failed result), never an exception, and print as one bounded JSON line.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.domain.schema import to_json_dict
from desktop_app.engines.accuauth import AccuAuthEngine
from desktop_app.engines.base import Engine, Profile, ScanOptions
from desktop_app.engines.structocr import StructOcrEngine
from desktop_app.engines.td import TdEngine
from desktop_app.engines.tencent import TencentEngine
from desktop_app.engines.transport import RetryPolicy
from desktop_app.station.pipeline import read_document
from tests.engines.helpers import flat_still
from tests.engines.hostile_answers import VALID, hostile_bodies
from tests.fakes.accuauth_fake import AccuAuthFake
from tests.fakes.server import FakeVendor, Reply
from tests.fakes.structocr_fake import StructOcrFake
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake

FAST = RetryPolicy(max_attempts=2, backoff_s=(0.01,), jitter=0.0)
MAX_LINE_CHARS = 1_000_000  # a valid answer prints ~20 KB; no hostile one may print more than this
# Bodies no vendor can use: each must be that input's bad_response.
UNUSABLE = ("empty", "not json", "html page", "truncated", "truncated by one", "array at top", "array of the answer",
            "null", "number", "string", "true", "invalid utf-8", "100,000 nested arrays", "100,000 nested objects",
            "5,000 nested in the deepest list", "40 nested in the deepest list", "5,000-digit integer")


def _make_fake(vendor: str) -> FakeVendor:
    if vendor == "td":
        return TdFake()
    if vendor == "tencent":
        return TencentFake()
    if vendor == "structocr":
        return StructOcrFake(credits=10**6)
    return AccuAuthFake(quota=10**6)


def _make_engine(vendor: str, fake: FakeVendor) -> Engine:
    if isinstance(fake, TdFake):
        profile = Profile(name="td-fuzz", vendor="td", base_url=fake.url, country="GB")
        return TdEngine(profile, {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}, policy=FAST)
    if isinstance(fake, TencentFake):
        profile = Profile(name="tc-fuzz", vendor="tencent", base_url=fake.base_url)
        return TencentEngine(profile, {"secret_id": SECRET_ID, "secret_key": SECRET_KEY}, policy=FAST)
    if isinstance(fake, StructOcrFake):
        profile = Profile(name="so-fuzz", vendor="structocr", base_url=fake.api_url)
        return StructOcrEngine(profile, {"api_key": fake.api_key}, policy=FAST)
    assert isinstance(fake, AccuAuthFake)
    profile = Profile(name="aa-fuzz", vendor="accuauth", base_url=fake.base_url, country="ecuador")
    return AccuAuthEngine(profile, {"api_id": fake.api_id, "api_secret": fake.api_secret}, policy=FAST)


@pytest.fixture(scope="module", params=sorted(VALID))
def vendor_fake(request: pytest.FixtureRequest) -> Iterator[tuple[str, FakeVendor]]:
    vendor = str(request.param)
    with _make_fake(vendor) as fake:
        yield vendor, fake


@functools.cache
def bodies_for(vendor: str) -> list[tuple[str, bytes]]:
    return hostile_bodies(VALID[vendor]())


# The first bodies are the same for every vendor; the rest mutate one value of the vendor's own shape.
_SHARED = [name for name, _ in bodies_for("td")][:32]
CASES = [(index, _SHARED[index] if index < len(_SHARED) else f"shape mutation {index - len(_SHARED)}")
         for index in range(len(bodies_for("td")))]


def json_reply(body: bytes) -> Reply:
    return Reply(200, body, {"Content-Type": "application/json"})


async def scan_with_answer(vendor: str, fake: FakeVendor, answer: Callable[[], bytes]) -> dict[str, Any]:
    """One scan whose accepted request gets `answer()`; the printed JSON line, parsed back."""
    fake.hostile = json_reply(answer())
    accepted = fake.accepted
    engine = _make_engine(vendor, fake)
    try:
        result = await read_document(engine, flat_still(300, 420, 235, (40, 260, 30, 390), (200, 210, 230), "d.jpg"),
                                     ScanOptions())
    finally:
        await engine.aclose()
        fake.hostile = None
    assert fake.accepted > accepted, "the fake refused the request before the hostile answer"
    line = json.dumps({"source": "d.jpg", **to_json_dict(result, include_raw=True)}, ensure_ascii=False)
    line.encode("utf-8")  # printable: no lone surrogate reaches stdout
    assert len(line) < MAX_LINE_CHARS
    data: dict[str, Any] = json.loads(line)
    return data


@pytest.mark.parametrize(("index", "name"), CASES, ids=[name for _, name in CASES])
async def test_hostile_answer_is_one_bounded_result(vendor_fake: tuple[str, FakeVendor], index: int,
                                                    name: str) -> None:
    vendor, fake = vendor_fake
    bodies = bodies_for(vendor)
    assert len(bodies) >= 40
    body_name, body = bodies[index]
    data = await scan_with_answer(vendor, fake, lambda: body)
    if body_name in UNUSABLE:
        assert data["outcome"] == "failed", body_name
        assert data["error"]["category"] == "bad_response", (body_name, data["error"])
        assert data["error"]["message"]
    else:
        assert data["outcome"] in ("ok", "partial", "failed")
        assert data["outcome"] != "failed" or data["error"]["category"], body_name
    for text in [*data["warnings"], *(f["value"] or "" for f in data["fields"])]:
        assert len(text) <= 20_000
