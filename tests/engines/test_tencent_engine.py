"""Tencent engine against the signature-checking Tencent fake over real sockets."""

from __future__ import annotations

import io
import json
import logging
import time
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest
from PIL import Image

from desktop_app.domain.schema import to_json_dict
from desktop_app.engines import tencent
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.tencent import TencentEngine
from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.intake import Still
from tests.engines.helpers import engine_error, flat_still, make_profile, scan_error_once, scan_once
from tests.fakes.tencent_fake import ICAO_MRZ, SECRET_ID, SECRET_KEY, TencentFake

FAST = RetryPolicy(max_attempts=3, backoff_s=(0.01, 0.02, 0.04), jitter=0.0)
SECRETS = {"secret_id": SECRET_ID, "secret_key": SECRET_KEY}
PASSPORT = ScanOptions(document="passport")


def make_still() -> Still:
    return flat_still(320, 460, 230, (30, 290, 20, 440), (190, 205, 225), "passport.jpg")


@pytest.fixture
def fake(tencent_server: TencentFake) -> TencentFake:
    tencent_server.reset()
    return tencent_server


def tc_profile(fake: TencentFake, **changes: object) -> Profile:
    return make_profile({"name": f"tc-{uuid.uuid4().hex[:6]}", "vendor": "tencent", "base_url": fake.base_url,
                         "rate_limit_per_s": 1000.0}, changes)


@pytest.fixture
async def engine(fake: TencentFake) -> AsyncIterator[TencentEngine]:
    eng = TencentEngine(tc_profile(fake), SECRETS, None, policy=FAST)
    yield eng
    await eng.aclose()


async def scan_error(engine: TencentEngine, options: ScanOptions = PASSPORT) -> EngineError:
    return await engine_error(engine.scan(make_still(), options))


async def test_passport_success(fake: TencentFake, engine: TencentEngine) -> None:
    result = await engine.scan(make_still(), PASSPORT)
    assert fake.verdicts == ["ok"]
    assert (result.vendor, result.vendor_action, result.outcome) == ("tencent", "MLIDPassportOCR", "ok")
    assert result.request_id is not None
    assert uuid.UUID(result.request_id).version == 4
    doc, holder = result.document, result.holder
    assert (doc.category, doc.category_raw, doc.side) == ("passport", "P", "single")
    assert (doc.number, doc.issuing_country) == ("L898902C3", "UTO")
    assert (str(doc.date_of_expiry), str(doc.date_of_issue)) == ("2032-04-15", "2012-04-16")
    assert (holder.surname, holder.given_names, holder.full_name) == ("ERIKSSON", "ANNA MARIA", "ERIKSSON ANNA MARIA")
    assert (holder.sex, str(holder.date_of_birth)) == ("F", "1974-08-12")
    assert (holder.nationality, holder.nationality_raw, holder.place_of_birth) == ("UTO", "UTOPIAN", "ZENITH")
    assert result.mrz.lines == list(ICAO_MRZ)
    assert result.mrz.vendor_check == "unavailable"
    assert result.checks.document_type_recognized == "pass"
    assert result.checks.overall_vendor == "unavailable"
    portrait = result.images.portrait
    assert portrait is not None
    assert portrait.mime == "image/jpeg"
    assert Image.open(io.BytesIO(portrait.data)).size == (30, 40)
    quality = result.checks.image_quality
    assert quality.overall == "pass"
    assert [(i.check, i.status) for i in quality.items] == [("occlusion", "pass"), ("reflection", "pass"),
                                                            ("blur", "pass")]
    assert (result.forgery.verdict, result.forgery.reasons) == ("pass", [])
    sources = {(f.key, f.source) for f in result.fields}
    assert ("date_of_birth", "mrz") in sources
    assert ("date_of_birth", "viz") in sources
    dob_viz = next(f for f in result.fields if f.key == "date_of_birth" and f.source == "viz")
    assert (dob_viz.value, dob_viz.raw_value) == ("1974-08-12", "12 Aug 1974")
    assert result.timing.attempts == 1
    assert result.warnings == []
    json.dumps(to_json_dict(result, include_raw=True))


async def test_request_is_signed_and_sent_as_signed(fake: TencentFake, engine: TencentEngine) -> None:
    await engine.scan(make_still(), PASSPORT)
    [request] = fake.requests
    headers = request.headers
    assert headers["content-type"] == "application/json"
    assert headers["host"] == f"127.0.0.1:{fake.port}"
    assert (headers["x-tc-action"], headers["x-tc-version"], headers["x-tc-language"]) == \
        ("MLIDPassportOCR", "2018-11-19", "en-US")
    assert "x-tc-region" not in headers
    assert headers["authorization"].startswith(f"TC3-HMAC-SHA256 Credential={SECRET_ID}/")
    assert abs(int(headers["x-tc-timestamp"]) - time.time()) < 60
    body = request.json()
    assert set(body) == {"ImageBase64", "RetImage"}
    assert body["RetImage"] is True
    assert request.body == json.dumps(body, separators=(",", ":")).encode()  # compact, exactly what was signed


async def test_region_header_when_configured(fake: TencentFake) -> None:
    eng = TencentEngine(tc_profile(fake, region="ap-singapore"), SECRETS, None, policy=FAST)
    await scan_once(eng, make_still(), PASSPORT)
    assert fake.requests[0].headers["x-tc-region"] == "ap-singapore"
    assert fake.verdicts == ["ok"]


async def test_extractdocmulti_for_other_documents(fake: TencentFake, engine: TencentEngine) -> None:
    result = await engine.scan(make_still(), ScanOptions(document="national_id", side="front"))
    body = fake.requests[0].json()
    assert fake.requests[0].headers["x-tc-action"] == "ExtractDocMulti"
    assert (body["ConfigId"], body["OutputLanguage"], body["ReturnFullText"], body["EnableCoord"]) == \
        ("General", "en", True, False)
    assert "DateOfBirth" in body["ItemNames"]
    assert fake.verdicts == ["ok"]
    assert result.vendor_action == "ExtractDocMulti"
    assert (result.document.category, result.document.side) == ("national_id", "front")
    holder, doc = result.holder, result.document
    assert holder.full_name == "ERIKSSON ANNA MARIA"
    assert str(holder.date_of_birth) == "1974-08-12"
    assert (doc.number, str(doc.date_of_expiry)) == ("D23145890", "2032-04-15")
    assert (holder.sex, holder.nationality, holder.nationality_raw) == ("F", "UTO", "UTOPIAN")
    assert holder.extra == {"Blood Group": "A+"}
    keys = [f.key for f in result.fields]
    assert "vendor:Blood Group" in keys
    assert "address" not in keys  # empty AutoContent = not found
    full_text = next(f for f in result.fields if f.key == "full_text")
    assert full_text.value is not None
    assert full_text.value.startswith("UTOPIA IDENTITY CARD\n")
    assert result.mrz.lines == ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6",
                                "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    assert result.images.portrait is None
    assert result.forgery.verdict == "unavailable"
    assert result.checks.image_quality.overall == "unavailable"
    assert result.outcome == "ok"  # number, full name, birth and expiry dates are all there


async def test_official_example_keeps_vendor_values(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "official_example"
    result = await engine.scan(make_still(), PASSPORT)
    assert str(result.holder.date_of_birth) == "1990-04-11"
    assert str(result.document.date_of_expiry) == "2021-07-26"
    assert (result.holder.nationality, result.holder.nationality_raw) == ("USA", "UNITED STATES OF AMERICA")
    assert result.mrz.lines[1] == "4567123452USA9004117F2107268713843748<708026"


async def test_partial_with_warnings(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "partial"
    result = await engine.scan(make_still(), PASSPORT)
    assert result.outcome == "partial"
    assert result.document.date_of_expiry is None
    assert result.images.portrait is None
    assert (result.forgery.verdict, result.forgery.reasons, result.forgery.raw_reasons) == \
        ("suspected", ["photocopy"], [-9108, -9102])
    quality = result.checks.image_quality
    assert quality.overall == "fail"
    assert {i.check: i.status for i in quality.items} == {"occlusion": "pass", "reflection": "pass", "blur": "fail"}
    assert any("incomplete" in w for w in result.warnings)


async def test_all_alarms(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "alarms"
    result = await engine.scan(make_still(), PASSPORT)
    assert result.forgery.verdict == "suspected"
    assert result.forgery.reasons == ["screen_capture", "tampered"]
    assert {i.check: i.status for i in result.checks.image_quality.items} == \
        {"occlusion": "fail", "reflection": "fail", "blur": "pass"}


async def test_warning_service_off(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "service_off"
    result = await engine.scan(make_still(), PASSPORT)
    assert result.forgery.verdict == "not_performed"
    assert result.checks.image_quality.overall == "not_performed"
    assert {i.status for i in result.checks.image_quality.items} == {"not_performed"}


async def test_visual_zone_dates_when_mrz_dates_missing(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "viz_dates"
    result = await engine.scan(make_still(), PASSPORT)
    assert str(result.holder.date_of_birth) == "1974-08-12"
    assert str(result.document.date_of_expiry) == "2032-04-15"


async def test_bad_portrait_is_a_warning(fake: TencentFake, engine: TencentEngine) -> None:
    fake.mode = "bad_portrait"
    result = await engine.scan(make_still(), PASSPORT)
    assert result.images.portrait is None
    assert any("portrait" in w for w in result.warnings)
    assert result.outcome == "ok"


async def test_clock_skew_resync(fake: TencentFake, engine: TencentEngine) -> None:
    fake.clock_offset_s = 600.0  # the server's clock is 10 minutes ahead of ours
    result = await engine.scan(make_still(), PASSPORT)
    assert fake.verdicts == ["AuthFailure.SignatureExpire", "ok"]
    assert len(fake.requests) == 2
    assert 595 <= engine.clock_offset_s <= 605
    assert result.outcome == "ok"
    assert result.timing.attempts == 2
    assert any("clock" in w for w in result.warnings)
    first, second = (int(r.headers["x-tc-timestamp"]) for r in fake.requests)
    assert second - first >= 595
    # the next scan signs with the learnt offset straight away
    await engine.scan(make_still(), PASSPORT)
    assert fake.verdicts[-1] == "ok"
    assert len(fake.requests) == 3


async def test_clock_resync_only_once(fake: TencentFake, engine: TencentEngine) -> None:
    fake.now_fn = lambda: time.time() + 600.0 * (1 + len(fake.requests))  # a clock that keeps running away
    try:
        err = await scan_error(engine)
    finally:
        fake.now_fn = None
    assert (err.category, err.vendor_code, err.retryable) == ("clock_skew", "AuthFailure.SignatureExpire", False)
    assert str(err).startswith(OPERATOR_SENTENCES["clock_skew"])
    assert len(fake.requests) == 2


def _retry_kind_requests(code: str) -> int:
    kind = tencent.rule_for(code).retry
    return {"transient": 3, "once": 2, "clock": 2, "no": 1}[kind]


DOCUMENTED_CODES = sorted(set(tencent.CODE_RULES) | {
    "AuthFailure.InvalidAuthorization", "AuthFailure.InvalidSecretId", "AuthFailure.SecretIdNotFound",
    "AuthFailure.SignatureFailure", "AuthFailure.TokenFailure", "AuthFailure.UnauthorizedOperation",
    "AuthFailure.MFAFailure", "InvalidParameter", "InvalidParameterValue", "InvalidRequest", "ResourceUnavailable",
    "UnsupportedOperation", "UnsupportedProtocol", "FailedOperation.InvalidPostalCodeLength",
})
EXPECTED_CATEGORY = {
    "RequestLimitExceeded": "rate_limited", "InternalError": "server_error", "ServiceUnavailable": "server_error",
    "FailedOperation.OcrFailed": "server_error", "FailedOperation.UnKnowError": "server_error",
    "AuthFailure.SignatureExpire": "clock_skew", "AuthFailure.SignatureFailure": "auth",
    "AuthFailure.SecretIdNotFound": "auth", "AuthFailure.UnauthorizedOperation": "not_enabled",
    "FailedOperation.UnOpenError": "not_enabled", "UnsupportedRegion": "not_enabled",
    "FailedOperation.ImageDecodeFailed": "bad_image", "FailedOperation.NoPassport": "bad_image",
    "LimitExceeded.TooLargeFileError": "bad_image", "FailedOperation.ImageBlur": "bad_image",
    "FailedOperation.InconsistencyBetweenMRZAndVRZ": "bad_image", "InvalidAction": "invalid_request",
    "NoSuchVersion": "invalid_request", "MissingParameter": "invalid_request", "UnknownParameter": "invalid_request",
    "InvalidParameterValue.InvalidParameterValueLimit": "invalid_request",
    "ResourceUnavailable.InArrears": "quota_exhausted", "ResourceUnavailable.ResourcePackageRunOut": "quota_exhausted",
    "ResourcesSoldOut.ChargeStatusException": "quota_exhausted",
    "RequestLimitExceeded.UinLimitExceeded": "rate_limited",
}


@pytest.mark.parametrize("code", DOCUMENTED_CODES)
async def test_every_documented_code(fake: TencentFake, engine: TencentEngine, code: str) -> None:
    fake.error_code = code
    err = await scan_error(engine)
    rule = tencent.rule_for(code)
    assert err.vendor_code == code
    assert err.category == rule.category
    if code in EXPECTED_CATEGORY:
        assert err.category == EXPECTED_CATEGORY[code]
    assert err.retryable is False or rule.retry == "transient"
    assert err.request_id is not None
    assert err.request_id in str(err)
    assert err.message.endswith(".")
    assert "\n" not in str(err)
    assert len(fake.requests) == _retry_kind_requests(code)
    assert err.billed == ("yes" if code == "FailedOperation.EmptyImageError" else rule.billed)
    assert "Message" not in str(err)


@pytest.mark.parametrize(("code", "errors", "requests"), [
    ("RequestLimitExceeded", 2, 3), ("InternalError", 1, 2), ("FailedOperation.OcrFailed", 1, 2),
    ("FailedOperation.EngineRecognizeTimeout", 2, 3)])
async def test_retries_counted_on_the_fake(fake: TencentFake, engine: TencentEngine, code: str, errors: int,
                                           requests: int) -> None:
    fake.error_code, fake.error_times = code, errors
    result = await engine.scan(make_still(), PASSPORT)
    assert result.outcome == "ok"
    assert len(fake.requests) == requests
    assert result.timing.attempts == requests
    assert fake.verdicts[-1] == "ok"


async def test_ocr_failed_retried_only_once(fake: TencentFake, engine: TencentEngine) -> None:
    fake.error_code, fake.error_times = "FailedOperation.OcrFailed", 2
    err = await scan_error(engine)
    assert (err.vendor_code, err.retryable) == ("FailedOperation.OcrFailed", False)
    assert len(fake.requests) == 2


async def test_fake_rate_limit_window_is_retried(fake: TencentFake, engine: TencentEngine) -> None:
    fake.rate_limit_per_s = 1
    await engine.scan(make_still(), PASSPORT)
    fast = RetryPolicy(max_attempts=3, backoff_s=(1.1,), jitter=0.0)
    eng = TencentEngine(tc_profile(fake), SECRETS, None, policy=fast)
    result = await scan_once(eng, make_still(), PASSPORT)
    assert result.outcome == "ok"
    assert fake.verdicts == ["ok", "RequestLimitExceeded", "ok"]


async def test_wrong_secret_key_is_auth_and_never_leaks(fake: TencentFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wrongSecretKey+/=987654321"
    eng = TencentEngine(tc_profile(fake), {"secret_id": SECRET_ID, "secret_key": wrong}, None, policy=FAST)
    err = await scan_error_once(eng, make_still(), PASSPORT)
    assert fake.verdicts == ["AuthFailure.SignatureFailure"]
    assert (err.category, err.retryable, err.billed) == ("auth", False, "no")
    assert "SecretKey" in err.message
    for text in (str(err), repr(err), err.detail or "", caplog.text, repr(eng)):
        assert wrong not in text
        assert SECRET_KEY not in text


async def test_unknown_secret_id(fake: TencentFake) -> None:
    eng = TencentEngine(tc_profile(fake), {"secret_id": "AKIDnobody", "secret_key": SECRET_KEY}, None, policy=FAST)
    err = await scan_error_once(eng, make_still(), PASSPORT)
    assert (err.category, err.vendor_code) == ("auth", "AuthFailure.SecretIdNotFound")


async def test_secret_key_never_in_logs_or_raw(fake: TencentFake, engine: TencentEngine,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = await engine.scan(make_still(), PASSPORT)
    dumped = json.dumps(to_json_dict(result, include_raw=True))
    for text in (caplog.text, dumped, repr(engine)):
        assert SECRET_KEY not in text


async def test_unsupported_profile_action_is_config(fake: TencentFake) -> None:
    eng = TencentEngine(tc_profile(fake, action="HKIDCardOCR"), SECRETS, None, policy=FAST)
    err = await scan_error_once(eng, make_still(), PASSPORT)
    assert err.category == "config"
    assert fake.requests == []


async def test_profile_action_overrides_the_document_hint(fake: TencentFake) -> None:
    eng = TencentEngine(tc_profile(fake, action="extractdocmulti"), SECRETS, None, policy=FAST)
    result = await scan_once(eng, make_still(), PASSPORT)
    assert result.vendor_action == "ExtractDocMulti"
    assert result.document.category == "passport"


async def test_default_endpoint_and_rate_limit() -> None:
    profile = Profile(name="tc-default", vendor="tencent")
    assert tencent.endpoint(profile) == ("https://ocr.intl.tencentcloudapi.com/", "ocr.intl.tencentcloudapi.com")
    eng = TencentEngine(profile, SECRETS, None)
    try:
        limiter = eng._transport.limiter
        assert limiter is not None
        assert limiter.rate_per_s == 5.0
    finally:
        await eng.aclose()


def test_missing_secrets_is_auth() -> None:
    with pytest.raises(EngineError) as info:
        TencentEngine(Profile(name="x", vendor="tencent"), {"secret_id": "a"}, None)
    assert info.value.category == "auth"


@pytest.mark.parametrize(("status", "body", "category", "retryable"), [
    (502, b"Bad gateway", "server_error", True),
    (200, b"<html>", "bad_response", False),
    (200, b'{"Response": {"Error": {"Message": "no code"}}}', "bad_response", False),
])
def test_classifier_on_odd_answers(status: int, body: bytes, category: str, retryable: bool) -> None:
    err = tencent.Classifier()(httpx.Response(status, content=body))
    assert err is not None
    assert (err.category, err.retryable) == (category, retryable)
