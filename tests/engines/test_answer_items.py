"""Issue 12, one test per item, through the TD engine and the TD fake on 127.0.0.1 (TD answers with HTTP 200):
a quality `type` that is a list or an object, deep nesting, an 80 MB portrait, a portrait claiming 100k x 100k
pixels, a 12 MB surname (an 80 MB answer ends at the transport's 32 MB cap). Each ends as a bounded result (with
a warning) or as that input's bad_response."""

from __future__ import annotations

import base64
import json
import tracemalloc
from typing import Any

import pytest

from desktop_app.domain.schema import ScanResult, to_json_dict
from desktop_app.engines import answers
from desktop_app.engines import vendor_values as vv
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.td import TdEngine, parse_quality
from desktop_app.engines.transport import RetryPolicy
from desktop_app.station.pipeline import read_document
from tests.engines.helpers import flat_still
from tests.engines.hostile_answers import nested, png_claiming, td_valid
from tests.fakes.server import Reply
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake

FAST = RetryPolicy(max_attempts=2, backoff_s=(0.01,), jitter=0.0)
MAX_LINE_CHARS = 100_000  # the success answer prints ~6 KB (small images included)


@pytest.fixture
def fake(td_server: TdFake) -> TdFake:
    td_server.reset()
    return td_server


async def scan_td(fake: TdFake, body: bytes) -> ScanResult:
    fake.hostile = Reply(200, body, {"Content-Type": "application/json"})
    engine = TdEngine(Profile(name="td-items", vendor="td", base_url=fake.url, country="GB"),
                      {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}, policy=FAST)
    try:
        return await read_document(engine, flat_still(300, 420, 235, (40, 260, 30, 390), (200, 210, 230), "d.jpg"),
                                   ScanOptions())
    finally:
        await engine.aclose()
        fake.hostile = None


def printed(result: ScanResult) -> str:
    return json.dumps(to_json_dict(result, include_raw=True), ensure_ascii=False)


def with_image(name: str, value: str) -> dict[str, Any]:
    body = td_valid()
    for entry in body["image_info"]["field_list"]:
        if entry["field_name"] == name:
            entry["value_list"] = [{"value": value}]
    return body


@pytest.mark.parametrize("kind", [[0, 1], {"type": 0}], ids=["list", "object"])
async def test_quality_type_that_is_a_list_or_an_object_is_skipped(fake: TdFake, kind: object) -> None:
    body = td_valid()
    body["image_quality_info"]["list"][0]["type"] = kind
    result = await scan_td(fake, json.dumps(body).encode())
    assert result.outcome == "ok"
    assert result.holder.surname == "ERIKSSON"
    checks = [item.check for item in result.checks.image_quality.items]
    assert "glare" not in checks  # type 0 was the one replaced
    assert len(checks) == 7
    assert parse_quality({"result": 1, "list": [{"type": kind, "result": 1}]}).items == []


async def test_5000_levels_inside_field_list_is_bad_response(fake: TdFake) -> None:
    marker = '"__deep__"'
    body = td_valid()
    body["card_info"]["field_list"].insert(0, "__deep__")
    text = json.dumps(body).replace(marker, nested(5_000), 1)
    result = await scan_td(fake, text.encode())
    assert result.outcome == "failed"
    assert result.error is not None
    assert result.error.category == "bad_response"
    assert len(fake.requests) == 1  # an unreadable answer is not repeated


async def test_100000_levels_overall_is_bad_response(fake: TdFake) -> None:
    result = await scan_td(fake, ('{"code": 200, "a": ' * 100_000 + "1" + "}" * 100_000).encode())
    assert result.outcome == "failed"
    assert result.error is not None
    assert result.error.category == "bad_response"


async def test_nesting_over_the_limit_but_parseable_is_bad_response(fake: TdFake) -> None:
    body = td_valid()
    body["card_info"]["extra"] = json.loads(nested(answers.MAX_DEPTH + 5))
    result = await scan_td(fake, json.dumps(body).encode())
    assert result.error is not None
    assert result.error.category == "bad_response"


@pytest.mark.slow
async def test_80_mb_portrait_ends_the_answer_at_the_transport_cap(fake: TdFake) -> None:
    portrait = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(80 * 1024 * 1024)).decode()
    result = await scan_td(fake, json.dumps(with_image("Portrait", portrait)).encode())
    del portrait
    assert result.outcome == "failed"
    assert result.error is not None
    assert result.error.category == "bad_response"
    assert "larger than 32 MB" in result.error.message
    assert len(fake.requests) == 1  # an oversized answer is not asked for again
    assert len(printed(result)) < MAX_LINE_CHARS


@pytest.mark.slow
async def test_12_mb_portrait_is_dropped_with_a_warning(fake: TdFake) -> None:
    """Within the transport's answer cap but over the image cap: the read is kept, the portrait is not."""
    portrait = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(12 * 1024 * 1024)).decode()
    result = await scan_td(fake, json.dumps(with_image("Portrait", portrait)).encode())
    del portrait
    assert result.outcome == "ok"
    assert result.images.portrait is None
    assert result.images.signature is not None  # the other images are kept
    assert any("portrait image returned by TD is larger than 5 MB" in w for w in result.warnings)
    assert len(printed(result)) < MAX_LINE_CHARS


async def test_portrait_claiming_100k_by_100k_pixels_is_dropped_with_a_warning(fake: TdFake) -> None:
    result = await scan_td(fake, json.dumps(with_image("Portrait", png_claiming(100_000, 100_000))).encode())
    assert result.outcome == "ok"
    assert result.images.portrait is None
    assert any("portrait image returned by TD is larger than 16 megapixels" in w for w in result.warnings)


def test_signature_just_over_the_pixel_cap_is_dropped_without_decoding() -> None:
    warnings: list[str] = []
    assert vv.read_image(png_claiming(4001, 4000), "signature image", "TD", warnings) is None
    assert warnings == ["The signature image returned by TD is larger than 16 megapixels; it was left out."]
    at_cap = vv.read_image(png_claiming(4000, 4000), "signature image", "TD", warnings)
    assert at_cap is not None
    assert at_cap.mime == "image/png"


@pytest.mark.slow
async def test_12_mb_surname_is_cut_to_200_characters_with_a_warning(fake: TdFake) -> None:
    body = td_valid()
    for entry in body["card_info"]["field_list"]:
        if entry["field_name"] in ("Surname", "Surname And Given Names"):
            entry["value_list"] = [{"value": "X" * (12 * 1024 * 1024)}]  # twice: under the 32 MB answer cap
    text = json.dumps(body).encode()
    del body
    tracemalloc.start()
    try:
        result = await scan_td(fake, text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.outcome == "ok"
    assert result.holder.surname == "X" * answers.NAME_CHARS
    assert result.holder.full_name == "X" * answers.NAME_CHARS
    assert result.document.number == "L898902C3"
    assert any("TD sent a surname longer than 200 characters; it was cut to 200" in w for w in result.warnings)
    line = printed(result)
    assert len(line) < MAX_LINE_CHARS
    # Bounded memory: the body is held a few times over while it is received and parsed, never per field.
    print(f"12 MB surname: peak traced memory {peak / 1e6:.0f} MB for a {len(text) / 1e6:.0f} MB answer")
    assert peak < 8 * len(text), f"peak {peak / 1e6:.0f} MB for a {len(text) / 1e6:.0f} MB answer"
