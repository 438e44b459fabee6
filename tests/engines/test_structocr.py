"""StructOCR engine against the loopback fake: parsing quirks, every documented error, retries, timeouts, redaction."""

from __future__ import annotations

import base64
import datetime as dt
import itertools
import logging
import time

import httpx
import pytest

from desktop_app.domain.checks import finalize
from desktop_app.domain.schema import ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.structocr import StructOcrEngine, classify, endpoint_for
from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.intake import Still
from tests.engines.helpers import engine_error, scan_once
from tests.fakes.structocr_fake import StructOcrFake

TODAY = dt.date(2026, 11, 21)


def _engine(fake: StructOcrFake, policy: RetryPolicy, *, key: str | None = None,
            **profile_kw: object) -> StructOcrEngine:
    base_url = profile_kw.pop("base_url", fake.api_url)
    profile = Profile(name="so-test", vendor="structocr", base_url=str(base_url), **profile_kw)  # type: ignore[arg-type]
    return StructOcrEngine(profile, {"api_key": key or fake.api_key}, policy=policy)


async def _scan(fake: StructOcrFake, still: Still, policy: RetryPolicy, options: ScanOptions | None = None,
                **kw: object) -> ScanResult:
    return await scan_once(_engine(fake, policy, **kw), still, options)  # type: ignore[arg-type]


async def _scan_error(fake: StructOcrFake, still: Still, policy: RetryPolicy, **kw: object) -> EngineError:
    return await engine_error(_scan(fake, still, policy, **kw))


# ---------------------------------------------------------------------------------------------- success


async def test_passport_success_maps_every_field(structocr_fake, still, fast_policy):
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.vendor == "structocr"
    assert result.vendor_action == "passport"
    assert result.document.category == "passport"
    assert result.document.category_raw == "passport"
    assert result.document.number == "L898902C3"
    assert result.document.issuing_country == "UTO"
    assert result.document.date_of_expiry == dt.date(2032, 4, 15)
    assert result.document.date_of_issue == dt.date(2022, 4, 16)
    assert result.document.side == "single"
    assert result.document.issuing_authority == "PASSPORT OFFICE"
    assert result.holder.surname == "ERIKSSON"
    assert result.holder.given_names == "ANNA MARIA"
    assert result.holder.full_name == "ERIKSSON ANNA MARIA"
    assert result.holder.name_split == "vendor"
    assert result.holder.sex == "F"
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.holder.nationality == "UTO"
    assert result.holder.nationality_raw == "UTOPIAN"
    assert result.request_id is None
    assert result.mrz.lines == []
    assert result.images.portrait is None
    assert result.checks.overall_vendor == "unavailable"
    assert result.forgery.verdict == "unavailable"
    assert result.timing.attempts == 1
    assert {f.key for f in result.fields} >= {"document_number", "surname", "date_of_birth", "date_of_expiry"}
    assert isinstance(result.raw, dict)
    assert result.raw["data"]["passport_number"] == "L898902C3"
    assert finalize(result, today=TODAY).outcome == "ok"
    assert result.checks.expiry_local == "pass"


async def test_request_shape(structocr_fake, still, fast_policy):
    await _scan(structocr_fake, still, fast_policy)
    (request,) = structocr_fake.ocr_requests()
    assert request.path == "/v1/passport"
    assert request.headers["x-api-key"] == structocr_fake.api_key
    assert request.headers["content-type"] == "application/json"
    img = request.json()["img"]
    assert not any(ch.isspace() for ch in img)
    assert base64.b64decode(img, validate=True)[:3] == b"\xff\xd8\xff"


async def test_quirky_success_shape(structocr_fake, still, fast_policy):
    structocr_fake.success_as_string = True
    structocr_fake.type_short = True
    structocr_fake.expiry_key = "expiry_date"
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.document.category == "passport"
    assert result.document.category_raw == "P"
    assert result.document.date_of_expiry == dt.date(2032, 4, 15)


async def test_null_fields_give_a_partial_result(structocr_fake, still, fast_policy):
    structocr_fake.null_fields = {"given_names", "date_of_birth", "place_of_birth"}
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.holder.given_names is None
    assert result.holder.date_of_birth is None
    assert result.holder.full_name == "ERIKSSON"
    assert finalize(result, today=TODAY).outcome == "partial"


async def test_country_specific_goes_to_extra(structocr_fake, still, fast_policy):
    structocr_fake.country_specific = {"last_page": {"father_name": "RAM SHARMA", "address": "1 MG ROAD\nDELHI",
                                                     "ecr_status": None}}
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.holder.extra["father_name"] == "RAM SHARMA"
    assert result.holder.address == "1 MG ROAD\nDELHI"
    assert "ecr_status" not in result.holder.extra
    assert any(f.key == "vendor:country_specific.last_page.father_name" for f in result.fields)


async def test_national_id_by_option(structocr_fake, still, fast_policy):
    result = await _scan(structocr_fake, still, fast_policy, ScanOptions(document="national_id"))
    assert structocr_fake.ocr_requests()[0].path == "/v1/national-id"
    assert result.vendor_action == "national-id"
    assert result.document.category == "national_id"
    assert result.document.number == "123456"
    assert result.document.personal_number == "2900101123456"
    assert result.holder.address == "MUN. BUCURESTI SEC. 3\nSTR. EXEMPLU NR. 1"
    assert result.holder.extra["card_series"] == "RX"
    assert result.document.issuing_country == "ROU"


async def test_driver_license_by_profile_action(structocr_fake, still, fast_policy):
    result = await _scan(structocr_fake, still, fast_policy, action="driver-license")
    assert structocr_fake.ocr_requests()[0].path == "/v1/driver-license"
    assert result.document.category == "driver_license"
    assert result.holder.extra == {"region": "CA", "vehicle_class": "C"}


def test_endpoint_choice():
    profile = Profile(name="p", vendor="structocr", action="national-id")
    assert endpoint_for(profile, ScanOptions()) == "national-id"
    assert endpoint_for(profile, ScanOptions(document="passport")) == "passport"
    assert endpoint_for(Profile(name="p", vendor="structocr"), ScanOptions()) == "passport"
    with pytest.raises(EngineError) as info:
        endpoint_for(Profile(name="p", vendor="structocr", action="invoice"), ScanOptions())
    assert info.value.category == "config"


async def test_balance(structocr_fake, fast_policy):
    structocr_fake.credits = 42
    engine = _engine(structocr_fake, fast_policy)
    try:
        assert await engine.balance() == 42
    finally:
        await engine.aclose()


async def test_credits_are_counted(structocr_fake, still, fast_policy):
    structocr_fake.credits = 4
    await _scan(structocr_fake, still, fast_policy)
    await _scan(structocr_fake, still, fast_policy)
    err = await _scan_error(structocr_fake, still, fast_policy)
    assert err.category == "quota_exhausted"


# ---------------------------------------------------------------------------------------------- errors

ERROR_CASES = [
    # (id, setup, expected HTTP status, category, retryable, vendor code, attempts seen by the fake)
    ("wrong key", {"key": "sk_wrong"}, 401, "auth", False, "UNAUTHORIZED", 1),
    ("no credits", {"credits": 0}, 402, "quota_exhausted", False, "INSUFFICIENT_CREDITS", 1),
    ("throttled", {"mode": "throttle"}, 429, "rate_limited", True, "QUOTA_EXCEEDED", 3),
    ("busy", {"mode": "busy"}, 503, "server_error", True, "SYSTEM_BUSY", 3),
    ("bad gateway page", {"mode": "bad_gateway"}, 502, "server_error", True, None, 3),
    ("gateway timeout", {"mode": "gateway_timeout"}, 504, "server_error", True, "GATEWAY_TIMEOUT", 3),
    ("error key", {"mode": "busy", "error_key": "error"}, 503, "server_error", True, "SYSTEM_BUSY", 3),
    ("wrong path", {"base_url_suffix": "/v9"}, 404, "config", False, "NOT_FOUND", 1),
]


@pytest.mark.parametrize(("setup", "status", "category", "retryable", "code", "attempts"),
                         [case[1:] for case in ERROR_CASES], ids=[case[0] for case in ERROR_CASES])
async def test_documented_errors(structocr_fake, still, fast_policy, setup, status, category, retryable, code,
                                 attempts):
    kw: dict[str, object] = {}
    for name, value in setup.items():
        if name == "key":
            kw["key"] = value
        elif name == "base_url_suffix":
            kw["base_url"] = structocr_fake.base_url + str(value)
        else:
            setattr(structocr_fake, name, value)
    err = await _scan_error(structocr_fake, still, fast_policy, **kw)
    assert err.category == category
    assert err.retryable is retryable
    assert err.http_status == status
    assert err.vendor_code == code
    assert err.billed == "no"
    assert len(structocr_fake.requests) == attempts
    if category != "config":
        assert err.message == OPERATOR_SENTENCES[category]
    else:
        assert "base URL" in err.message
    assert str(err) == err.sentence()
    assert "Traceback" not in str(err)


async def test_invalid_base64_is_invalid_request(structocr_fake):
    """400 INVALID_REQUEST_FORMAT: base64 with a newline (the engine never sends one; a raw client does)."""
    jpeg = base64.encodebytes(b"\xff\xd8\xff" + b"x" * 200).decode()  # encodebytes inserts newlines
    async with httpx.AsyncClient() as client:
        response = await client.post(structocr_fake.api_url + "/passport", json={"img": jpeg},
                                     headers={"x-api-key": structocr_fake.api_key})
    err = classify(response)
    assert err is not None
    assert response.status_code == 400
    assert (err.category, err.retryable, err.vendor_code, err.billed) == (
        "invalid_request", False, "INVALID_REQUEST_FORMAT", "no")
    assert err.message == OPERATOR_SENTENCES["invalid_request"]


def test_non_json_200_is_bad_response():
    err = classify(httpx.Response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"}))
    assert err is not None
    assert err.category == "bad_response"
    assert not err.retryable


# ---------------------------------------------------------------------------------------------- retries


async def test_retries_then_success_spacing(structocr_fake, still, fast_policy):
    structocr_fake.faults = ["busy", "throttle"]
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.timing.attempts == 3
    arrivals = [r.arrived for r in structocr_fake.ocr_requests()]
    assert len(arrivals) == 3
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert gaps[0] >= 0.05 * 0.8 - 0.005  # first backoff step, jitter -20 %
    assert gaps[1] >= 0.1 * 0.8 - 0.005  # second step
    assert structocr_fake.credits == 198  # only the 200 reply was charged


async def test_retry_after_is_honoured(structocr_fake, still, fast_policy):
    structocr_fake.faults = ["throttle"]
    structocr_fake.retry_after = "0.4"
    await _scan(structocr_fake, still, fast_policy)
    first, second = structocr_fake.ocr_requests()
    assert second.arrived - first.arrived >= 0.4 - 0.005


async def test_slow_vendor_times_out_without_repeat(structocr_fake, still, fast_policy):
    structocr_fake.mode = "slow"
    structocr_fake.slow_s = 6.0
    started = time.monotonic()
    err = await _scan_error(structocr_fake, still, fast_policy, read_timeout_s=0.3)
    assert time.monotonic() - started < 5.0  # gave up at the read timeout, did not wait for the answer
    assert err.category == "timeout"
    assert err.billed == "unknown"
    assert err.message == OPERATOR_SENTENCES["timeout"]
    assert len(structocr_fake.ocr_requests()) == 1  # a repeat could be billed twice


async def test_slow_vendor_repeats_once_when_the_profile_allows(structocr_fake, still, fast_policy):
    structocr_fake.mode = "slow"
    structocr_fake.slow_s = 1.5
    err = await _scan_error(structocr_fake, still, fast_policy, read_timeout_s=0.3, retry_after_read_timeout=True)
    assert err.category == "timeout"
    assert len(structocr_fake.ocr_requests()) == 2


# ---------------------------------------------------------------------------------------------- redaction


async def test_key_never_in_errors_raw_or_logs(structocr_fake, still, fast_policy, caplog):
    caplog.set_level(logging.DEBUG)
    key = structocr_fake.api_key
    result = await _scan(structocr_fake, still, fast_policy)
    structocr_fake.faults = ["busy"]
    structocr_fake.credits = 0
    err = await _scan_error(structocr_fake, still, fast_policy)
    bad = await _scan_error(structocr_fake, still, fast_policy, key="sk_other_key_123456")
    assert caplog.records, "the transport logs attempts"
    for text in (caplog.text, str(result.raw), str(err), err.detail or "", repr(err.to_error_info()),
                 str(bad), bad.detail or ""):
        assert key not in text
        assert "sk_other_key_123456" not in text


async def test_odd_value_types_do_not_crash(structocr_fake, still, fast_policy):
    structocr_fake.documents["passport"].update({"surname": ["ERIKSSON"], "sex": 1, "date_of_birth": "12/08/1974",
                                                "country_specific": "none"})
    result = await _scan(structocr_fake, still, fast_policy)
    assert result.holder.surname is None  # a list is not a name
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.holder.sex is None
    assert result.holder.sex_raw == "1"


async def test_balance_url_option(structocr_fake, fast_policy):
    structocr_fake.credits = 7
    engine = _engine(structocr_fake, fast_policy, base_url=structocr_fake.base_url + "/elsewhere",
                     options={"balance_url": structocr_fake.api_url + "/account/balance"})
    try:
        assert await engine.balance() == 7
    finally:
        await engine.aclose()
    bad = _engine(structocr_fake, fast_policy, options={"balance_url": "http://structocr.example/v1/account/balance"})
    with pytest.raises(EngineError) as info:
        await bad.balance()
    await bad.aclose()
    assert info.value.category == "config"
