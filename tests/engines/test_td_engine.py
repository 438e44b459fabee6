"""TD engine against the TD fake over real sockets: parsing, every documented code, retries, redaction."""

from __future__ import annotations

import base64
import io
import json
import logging
from collections.abc import AsyncIterator
from urllib.parse import quote, quote_plus

import numpy as np
import pytest
from PIL import Image

from desktop_app.domain.schema import to_json_dict
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.td import TdEngine
from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.intake import Still
from desktop_app.station.pipeline import read_document
from tests.engines.helpers import engine_error, flat_still, make_profile, scan_error_once, scan_once
from tests.fakes.server import Reply, ScriptedFake
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake

FAST = RetryPolicy(max_attempts=3, backoff_s=(0.01, 0.03), jitter=0.0)
SECRETS = {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY}
SECRET_FORMS = (PARTNER_KEY, quote(PARTNER_KEY, safe=""), quote_plus(PARTNER_KEY))


def make_still() -> Still:
    return flat_still(300, 420, 235, (40, 260, 30, 390), (200, 210, 230), "doc.jpg")


@pytest.fixture
def fake(td_server: TdFake) -> TdFake:
    td_server.reset()
    return td_server


def td_profile(fake: TdFake, **changes: object) -> Profile:
    return make_profile({"name": "td-test", "vendor": "td", "base_url": fake.url, "country": "GB"}, changes)


@pytest.fixture
async def engine(fake: TdFake) -> AsyncIterator[TdEngine]:
    eng = TdEngine(td_profile(fake), SECRETS, None, policy=FAST)
    yield eng
    await eng.aclose()


async def scan_error(engine: TdEngine) -> EngineError:
    return await engine_error(engine.scan(make_still(), ScanOptions()))


async def test_success_maps_every_part(fake: TdFake, engine: TdEngine) -> None:
    result = await engine.scan(make_still(), ScanOptions())
    assert result.vendor == "td"
    assert result.outcome == "ok"
    assert result.request_id is not None
    assert len(result.request_id) == 32
    doc, holder = result.document, result.holder
    assert (doc.category, doc.category_raw, doc.name) == ("passport", "Passport", "Utopia - ePassport (2019)")
    assert (doc.number, doc.issuing_country, doc.personal_number) == ("L898902C3", "UTO", "ZE184226B")
    assert str(doc.date_of_expiry) == "2032-04-15"
    assert str(doc.date_of_issue) == "2022-04-16"
    assert doc.issuing_authority == "PASSPORT OFFICE"
    assert (holder.surname, holder.given_names, holder.full_name) == ("ERIKSSON", "ANNA MARIA", "ERIKSSON ANNA MARIA")
    assert holder.name_split == "vendor"
    assert (holder.sex, str(holder.date_of_birth), holder.nationality) == ("F", "1974-08-12", "UTO")
    assert holder.nationality_raw == "Utopian"
    assert holder.place_of_birth == "ZENITH"
    assert holder.extra == {"Eye Color": "BLUE"}
    by_key = {f.key: f for f in result.fields}
    assert by_key["vendor:Eye Color"].validity == "not_checked"
    assert by_key["date_of_birth"].value == "1974-08-12"
    assert by_key["date_of_birth"].raw_value == "12/08/1974"
    assert by_key["date_of_birth"].validity == "valid"
    assert by_key["date_of_birth"].lcid == 0
    assert by_key["nationality_name"].lcid is None
    assert by_key["personal_number"].label == "personal number"
    assert result.mrz.lines == ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    assert result.mrz.vendor_check == "pass"
    checks = result.checks
    assert (checks.overall_vendor, checks.document_type_recognized, checks.expiry_vendor, checks.text_format) == \
        ("pass", "pass", "pass", "pass")
    assert checks.image_quality.overall == "pass"
    assert [item.check for item in checks.image_quality.items] == [
        "glare", "focus", "resolution", "colorness", "perspective", "bounds", "screen_capture", "portrait"]
    assert result.forgery.verdict == "pass"
    assert result.forgery.reasons == []
    assert result.images.portrait is not None
    assert result.images.portrait.mime == "image/jpeg"
    assert Image.open(io.BytesIO(result.images.portrait.data)).size == (24, 32)
    assert result.images.signature is not None
    assert result.images.signature.mime == "image/png"
    assert result.images.document is not None
    assert result.images.document.mime == "image/jpeg"
    assert result.timing.attempts == 1
    assert result.warnings == []
    # the raw answer is kept, with the big base64 blobs summarised
    assert isinstance(result.raw, dict)
    assert result.raw["code"] == 200
    json.dumps(to_json_dict(result, include_raw=True))


async def test_request_follows_the_contract(fake: TdFake, engine: TdEngine) -> None:
    still = make_still()
    await engine.scan(still, ScanOptions())
    [request] = fake.requests
    assert request.method == "POST"
    assert request.path == "/verification/kyc/ocr/v1"
    assert request.query == {"partner_code": [PARTNER_CODE], "partner_key": [PARTNER_KEY]}
    assert request.headers["content-type"] == "application/json"
    body = request.json()
    assert set(body) == {"image", "country", "scenario", "options"}
    assert (body["country"], body["scenario"]) == ("GB", "Ocr")
    assert body["options"] == "images,image_quality,document_forgery"
    assert not body["image"].startswith("data:")
    assert body["image"] == base64.b64encode(still.source_bytes).decode()  # small JPEG sent as is


async def test_options_gate_the_optional_blocks(fake: TdFake) -> None:
    eng = TdEngine(td_profile(fake, options={"options": "images, document_forgery"}), SECRETS, None, policy=FAST)
    result = await scan_once(eng, make_still())
    assert fake.requests[0].json()["options"] == "images,document_forgery"
    assert result.checks.image_quality.overall == "unavailable"
    assert result.checks.image_quality.items == []
    assert result.forgery.verdict == "pass"
    assert result.images.portrait is not None


async def test_alpha3_profile_country_is_sent_as_alpha2(fake: TdFake) -> None:
    eng = TdEngine(td_profile(fake, country="phl"), SECRETS, None, policy=FAST)
    await scan_once(eng, make_still())
    assert fake.requests[0].json()["country"] == "PH"


async def test_result_error_is_partial_with_data(fake: TdFake, engine: TdEngine) -> None:
    fake.mode = "result_error"
    result = await engine.scan(make_still(), ScanOptions())
    assert result.outcome == "partial"
    assert result.checks.overall_vendor == "fail"
    assert result.checks.expiry_vendor == "fail"
    assert result.checks.text_format == "not_performed"
    assert result.mrz.vendor_check == "pass"
    assert str(result.document.date_of_expiry) == "2024-08-23"
    assert str(result.holder.date_of_birth) == "1979-01-01"
    assert result.document.name == "Philippines - ePassport (2016)"
    assert result.document.issuing_country == "GBR"  # no Issuing State Code: the request's country
    assert result.checks.image_quality.overall == "fail"
    assert [(i.check, i.status) for i in result.checks.image_quality.items] == [("glare", "fail"), ("focus", "pass")]
    assert result.forgery.verdict == "pass"
    assert any("expiry" in w for w in result.warnings)


async def test_forgery_fail_is_independent_of_result(fake: TdFake, engine: TdEngine) -> None:
    fake.mode = "forgery_fail"
    result = await engine.scan(make_still(), ScanOptions())
    assert result.checks.overall_vendor == "pass"
    assert result.forgery.verdict == "fail"
    assert result.forgery.reasons == ["photocopy_bw", "screen_capture", "other"]
    assert result.forgery.raw_reasons == ["black_white_print", "screen_capture", "hologram_missing"]
    assert result.outcome == "ok"


async def test_not_performed(fake: TdFake, engine: TdEngine) -> None:
    fake.mode = "not_performed"
    result = await engine.scan(make_still(), ScanOptions())
    assert result.checks.overall_vendor == "not_performed"
    assert result.checks.document_type_recognized == "not_performed"
    assert result.mrz.vendor_check == "not_performed"
    assert result.document.category == "unknown"
    assert result.document.name is None
    assert result.fields == []
    assert result.outcome == "partial"


async def test_bad_vendor_images_become_warnings(fake: TdFake, engine: TdEngine) -> None:
    fake.mode = "bad_images"
    result = await engine.scan(make_still(), ScanOptions())
    assert result.images.portrait is None
    assert result.images.signature is None
    assert sum("could not be decoded" in w for w in result.warnings) == 2
    assert result.outcome == "ok"


CODE_CASES = [
    # code, category, retryable, words of the operator sentence, requests the fake sees
    (301, "not_enabled", False, "not enabled", 1),
    (302, "rate_limited", False, "30 seconds", 1),
    (303, "quota_exhausted", False, "purchased volume", 1),
    (304, "not_enabled", False, "expired", 1),
    (305, "quota_exhausted", False, "daily maximum", 1),
    (11350, "server_error", True, "internal error", 3),
]


@pytest.mark.parametrize(("code", "category", "retryable", "words", "requests"), CODE_CASES,
                         ids=[str(c[0]) for c in CODE_CASES])
async def test_every_business_code(fake: TdFake, engine: TdEngine, code: int, category: str, retryable: bool,
                                   words: str, requests: int) -> None:
    fake.mode = code
    err = await scan_error(engine)
    assert (err.category, err.retryable, err.vendor_code, err.billed) == (category, retryable, str(code), "no")
    assert words in err.message.lower()
    assert err.request_id is not None
    assert err.request_id in str(err)
    assert len(fake.requests) == requests  # 302 is never retried automatically; 11350 twice


async def test_11350_retried_then_success(fake: TdFake, engine: TdEngine) -> None:
    fake.mode, fake.error_times = 11350, 2
    result = await engine.scan(make_still(), ScanOptions())
    assert result.outcome == "ok"
    assert result.timing.attempts == 3
    assert len(fake.requests) == 3


async def test_http_503_three_times_counts_three_attempts_in_the_failed_result() -> None:
    with ScriptedFake(Reply.json({}, 503)) as server:
        eng = TdEngine(Profile(name="td-503", vendor="td", base_url=server.base_url + "/ocr", country="GB"),
                       SECRETS, None, policy=FAST)
        try:
            result = await read_document(eng, make_still())
        finally:
            await eng.aclose()
    assert result.outcome == "failed"
    assert result.error is not None
    assert (result.error.category, result.error.http_status) == ("server_error", 503)
    assert result.timing.attempts == 3
    assert len(server.requests) == 3


async def test_input_codes(fake: TdFake) -> None:
    # 11304: a country not open for the partner; 11340: a country the fake does not accept
    eng = TdEngine(td_profile(fake, country="US"), SECRETS, None, policy=FAST)
    err = await scan_error_once(eng, make_still())
    assert (err.category, err.vendor_code, err.retryable) == ("not_enabled", "11304", False)
    assert "country" in err.message
    fake.enabled_countries = frozenset({"GB"})
    from desktop_app.engines import td

    e11301 = td.error_for_code(11301, "image empty", "s1")
    assert (e11301.category, e11301.retryable) == ("invalid_request", False)
    assert e11301.message == OPERATOR_SENTENCES["invalid_request"]
    e11340 = td.error_for_code(11340, "country error", "s2")
    assert (e11340.category, e11340.retryable) == ("invalid_request", False)
    assert "country" in e11340.message
    assert td.error_for_code(11301, "partner_code empty", None).category == "auth"
    unknown = td.error_for_code(999, "??", None)
    assert unknown.category == "bad_response"


async def test_profile_without_country_is_a_config_error(fake: TdFake) -> None:
    eng = TdEngine(td_profile(fake, country=None), SECRETS, None, policy=FAST)
    err = await scan_error_once(eng, make_still())
    assert err.category == "config"
    assert fake.requests == []


async def test_wrong_key_is_auth_and_never_leaks(fake: TdFake, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = "wr0ng+key/=&x"
    eng = TdEngine(td_profile(fake), {"partner_code": PARTNER_CODE, "partner_key": wrong}, None, policy=FAST)
    err = await scan_error_once(eng, make_still())
    assert (err.category, err.vendor_code, err.retryable) == ("auth", "11340", False)
    assert "key" in err.message
    texts = [str(err), repr(err), err.detail or "", repr(eng), caplog.text, json.dumps(err.to_error_info().__repr__())]
    for text in texts:
        for form in (wrong, quote(wrong, safe=""), quote_plus(wrong)):
            assert form not in text
    assert "partner_key" in caplog.text  # the request line was logged, with the value redacted


async def test_partner_key_never_in_logs_or_raw(fake: TdFake, engine: TdEngine,
                                                caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    result = await engine.scan(make_still(), ScanOptions())
    fake.mode = 11350
    err = await scan_error(engine)
    dumped = json.dumps(to_json_dict(result, include_raw=True))
    for text in (caplog.text, dumped, str(err), repr(err), err.detail or "", repr(engine)):
        for form in SECRET_FORMS:
            assert form not in text


async def test_http_error_status_is_a_transport_error(fake: TdFake) -> None:
    eng = TdEngine(td_profile(fake, base_url=fake.base_url + "/wrong/path"), SECRETS, None, policy=FAST)
    err = await scan_error_once(eng, make_still())
    assert (err.category, err.http_status) == ("bad_response", 404)
    for form in SECRET_FORMS:
        assert form not in str(err)
        assert form not in (err.detail or "")


def test_missing_secrets_is_auth() -> None:
    with pytest.raises(EngineError) as info:
        TdEngine(Profile(name="x", vendor="td", country="GB"), {"partner_code": "c"}, None)
    assert info.value.category == "auth"


async def test_big_photo_is_fitted_to_td_limits(fake: TdFake, engine: TdEngine) -> None:
    rng = np.random.default_rng(7)
    rgb = rng.integers(0, 255, size=(1800, 2600, 3), dtype=np.uint8)  # noise: the worst case for JPEG
    buffer = io.BytesIO()
    Image.fromarray(rgb).save(buffer, format="PNG")
    assert len(buffer.getvalue()) > 2_000_000
    still = Still(rgb=rgb, source_bytes=buffer.getvalue(), source_mime="image/png", name="big.png")
    await engine.scan(still, ScanOptions())
    sent = fake.requests[0].json()["image"]
    assert len(sent) <= 2_000_000
    data = base64.b64decode(sent, validate=True)
    assert data[:3] == b"\xff\xd8\xff"
    assert len(data) <= 1_500_000  # noise cannot reach the 500 KB target at a legible size: the hard limit holds


async def test_unreachable_service_is_network_and_redacted(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with TdFake() as gone:
        url = gone.url  # a port that was just free and now has nobody listening
    eng = TdEngine(Profile(name="td-gone", vendor="td", base_url=url, country="GB"), SECRETS, None, policy=FAST)
    err = await scan_error_once(eng, make_still())
    assert (err.category, err.retryable) == ("network", True)
    for text in (str(err), err.detail or "", caplog.text):
        for form in SECRET_FORMS:
            assert form not in text
