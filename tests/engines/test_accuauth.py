"""AccuAuth engine against the loopback fake: Ecuador front/back, portrait crop, every documented status."""

from __future__ import annotations

import datetime as dt
import io
import logging

import httpx
import pytest
from PIL import Image

from desktop_app.domain.checks import finalize
from desktop_app.domain.normalize import parse_date, split_full_name
from desktop_app.domain.schema import ScanResult
from desktop_app.engines.accuauth import AccuAuthEngine, classify
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.transport import RetryPolicy
from desktop_app.imaging.intake import Still, decode_still
from tests.engines.conftest import make_jpeg
from tests.engines.helpers import engine_error, scan_once
from tests.fakes.accuauth_fake import AccuAuthFake

TODAY = dt.date(2026, 11, 21)
MRZ = ["I<ECU1712345678<<<<<<<<<<<<<<<", "8503148M3102027ECU<<<<<<<<<<<2", "PEREZ<LOPEZ<<JUAN<CARLOS<<<<<<"]


def _engine(fake: AccuAuthFake, policy: RetryPolicy, *, secret: str | None = None,
            **profile_kw: object) -> AccuAuthEngine:
    base_url = profile_kw.pop("base_url", fake.base_url)
    profile = Profile(name="aa-test", vendor="accuauth", base_url=str(base_url), country="ecuador",
                      **profile_kw)  # type: ignore[arg-type]
    return AccuAuthEngine(profile, {"api_id": fake.api_id, "api_secret": secret or fake.api_secret},
                          policy=policy)


async def _scan(fake: AccuAuthFake, still: Still, policy: RetryPolicy, options: ScanOptions | None = None,
                **kw: object) -> ScanResult:
    return await scan_once(_engine(fake, policy, **kw), still, options)  # type: ignore[arg-type]


async def _scan_error(fake: AccuAuthFake, still: Still, policy: RetryPolicy, **kw: object) -> EngineError:
    return await engine_error(_scan(fake, still, policy, **kw))


# ---------------------------------------------------------------------------------------------- values


@pytest.mark.parametrize(("raw", "expected"), [
    ("14-03-1985", dt.date(1985, 3, 14)),
    ("2028-06-15", dt.date(2028, 6, 15)),
    ("27 JUL 1993", dt.date(1993, 7, 27)),
    ("03 AGO 2030", dt.date(2030, 8, 3)),
    ("03 ENE 2030", dt.date(2030, 1, 3)),
    ("15 DIC 1999", dt.date(1999, 12, 15)),
    ("03 MAY 1967", dt.date(1967, 5, 3)),
    ("(09-99)", None),
    ("31-02-2020", None),
    ("", None),
])
def test_parse_date(raw, expected):
    """The shared normalizer with AccuAuth's date forms (`*_s` dd-mm-yyyy, printed English/Spanish months)."""
    assert parse_date(raw) == expected


@pytest.mark.parametrize(("name", "surname", "given"), [
    ("PEREZ LOPEZ JUAN CARLOS", "PEREZ LOPEZ", "JUAN CARLOS"),
    ("JIMENEZ FLORES MARTHA ISABEL", "JIMENEZ FLORES", "MARTHA ISABEL"),
    ("DE LA TORRE PEREZ MARIA", "DE LA TORRE PEREZ", "MARIA"),
    ("PEREZ DEL POZO ANA", "PEREZ DEL POZO", "ANA"),
    ("PEREZ JUAN", None, None),  # too short to tell: no split, the full name stays
    ("PEREZ", None, None),
])
def test_ecuador_name_split(name, surname, given):
    """The shared normalizer, with the names AccuAuth Ecuador returns (surnames first)."""
    assert split_full_name(name, "ECU")[:2] == (surname, given)


# ---------------------------------------------------------------------------------------------- success


async def test_front_success(accuauth_fake, still, fast_policy):
    result = await _scan(accuauth_fake, still, fast_policy)
    assert result.vendor == "accuauth"
    assert result.vendor_action == "ocr/idcard"
    assert result.request_id
    assert result.request_id.startswith("TID")
    doc, holder = result.document, result.holder
    assert (doc.category, doc.category_raw, doc.side, doc.issuing_country) == ("national_id", "new", "front", "ECU")
    assert doc.name == "Ecuador cédula (new)"
    assert doc.number == doc.personal_number == "1712345678"
    assert doc.date_of_expiry == dt.date(2031, 2, 2)
    assert doc.date_of_issue is None
    assert holder.full_name == "PEREZ LOPEZ JUAN CARLOS"
    assert (holder.surname, holder.given_names, holder.name_split) == ("PEREZ LOPEZ", "JUAN CARLOS", "heuristic")
    assert (holder.sex, holder.sex_raw) == ("M", "HOMBRE")
    assert holder.date_of_birth == dt.date(1985, 3, 14)
    assert (holder.nationality, holder.nationality_raw) == ("ECU", "ECUATORIANA")
    assert holder.place_of_birth == "PICHINCHA QUITO"
    assert "marital_status" not in holder.extra  # empty strings are missing values
    assert result.timing.attempts == 1
    assert finalize(result, today=TODAY).outcome == "ok"


async def test_request_shape(accuauth_fake, still, fast_policy):
    await _scan(accuauth_fake, still, fast_policy)
    (request,) = accuauth_fake.requests
    assert request.path == "/ocr/idcard"
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert request.headers["x-df-api-id"] == accuauth_fake.api_id
    (received,) = accuauth_fake.received
    assert received["fields"] == {"detect_face": "1"}
    assert received["size"] == (still.width, still.height)


async def test_portrait_is_cropped_locally(accuauth_fake, still, fast_policy):
    result = await _scan(accuauth_fake, still, fast_policy)
    assert result.images.face_region == accuauth_fake.face_region
    portrait = result.images.portrait
    assert portrait is not None
    assert portrait.source == "local_crop"
    assert portrait.mime == "image/jpeg"
    with Image.open(io.BytesIO(portrait.data)) as img:
        width, height = img.size
    # bounding box 209 x 267 grown by 15 % per side
    assert width == pytest.approx(209 * 1.3, abs=3)
    assert height == pytest.approx(267 * 1.3, abs=3)


async def test_portrait_coordinates_follow_the_fit_scale(accuauth_fake, fast_policy):
    big = decode_still(make_jpeg(6400, 900, seed=3), "big.jpg")  # above 6000 px: fit scales it down
    accuauth_fake.face_region = [[600, 200], [1200, 200], [1200, 700], [600, 700]]
    result = await _scan(accuauth_fake, big, fast_policy)
    (received,) = accuauth_fake.received
    scale = received["size"][0] / big.width
    assert scale < 1
    x0, y0 = result.images.face_region[0]
    assert x0 == round(600 / scale)
    assert y0 == round(200 / scale)


async def test_back_side_fills_extra_and_mrz(accuauth_fake, still, fast_policy):
    accuauth_fake.scenario = "back"
    accuauth_fake.back_mrz = MRZ
    result = await _scan(accuauth_fake, still, fast_policy, ScanOptions(side="back"))
    assert result.document.side == "back"
    assert result.holder.extra == {"marital_status": "CASADO", "profession": "INGENIERO", "education": "SUPERIOR",
                                   "mother_name": "LOPEZ MARIA", "father_name": "PEREZ JOSE"}
    assert result.document.date_of_issue == dt.date(2021, 2, 2)
    assert result.mrz.lines == MRZ
    assert any(f.source == "mrz" for f in result.fields)
    assert result.images.portrait is None  # the back carries no face
    finalize(result, today=TODAY)
    assert result.mrz.local_check in ("pass", "fail")  # checked locally


async def test_both_sides_in_one_picture_are_merged(accuauth_fake, still, fast_policy):
    accuauth_fake.scenario = "both"
    result = await _scan(accuauth_fake, still, fast_policy)
    assert result.document.side == "front"
    assert result.holder.surname == "PEREZ LOPEZ"
    assert result.document.date_of_issue == dt.date(2021, 2, 2)  # only on the back
    assert result.holder.extra["profession"] == "INGENIERO"
    assert any("2 card sides" in w for w in result.warnings)
    assert result.images.portrait is not None


async def test_partial_result(accuauth_fake, still, fast_policy):
    accuauth_fake.scenario = "partial"
    result = await _scan(accuauth_fake, still, fast_policy)
    assert result.document.number == "1712345678"
    assert result.holder.full_name is None
    assert result.holder.name_split == "none"
    assert result.images.portrait is None
    assert result.images.face_region is None
    assert finalize(result, today=TODAY).outcome == "partial"


async def test_no_results_is_bad_image(accuauth_fake, still, fast_policy):
    accuauth_fake.scenario = "empty"
    err = await _scan_error(accuauth_fake, still, fast_policy)
    assert err.category == "bad_image"
    assert err.request_id
    assert err.request_id.startswith("TID")


# ---------------------------------------------------------------------------------------------- errors

ERROR_CASES = [
    # (id, setup, HTTP status, category, retryable, status code, requests the fake saw, sentence fragment)
    ("unauthorized", {"secret": "wrong-secret"}, 401, "auth", False, "UNAUTHORIZED", 1, None),
    ("key expired", {"mode": "key_expired"}, 401, "auth", False, "KEY_EXPIRED", 1, "has expired"),
    ("no permission", {"mode": "no_permission"}, 403, "not_enabled", False, "NO_PERMISSION", 1, None),
    ("out of quota", {"quota": 0}, 403, "quota_exhausted", False, "OUT_OF_QUOTA", 1, None),
    ("rate limit", {"mode": "rate_limit"}, 403, "rate_limited", True, "RATE_LIMIT_EXCEEDED", 3, None),
    ("detection failed", {"mode": "no_card"}, 400, "bad_image", False, "DETECTION_FAILED", 1, "No ID card"),
    ("not found", {"path": "/ocr/passport"}, 404, "config", False, "NOT_FOUND", 1, "base URL"),
    ("internal", {"mode": "internal"}, 500, "server_error", True, "INTERNAL_ERROR", 3, None),
    ("html page", {"mode": "html_502"}, 502, "server_error", True, None, 3, None),  # retried like the others
]


@pytest.mark.parametrize(("setup", "status", "category", "retryable", "code", "seen", "fragment"),
                         [case[1:] for case in ERROR_CASES], ids=[case[0] for case in ERROR_CASES])
async def test_documented_errors(accuauth_fake, still, fast_policy, setup, status, category, retryable, code, seen,
                                 fragment):
    kw: dict[str, object] = {}
    for name, value in setup.items():
        if name == "secret":
            kw["secret"] = value
        elif name == "path":
            kw["action"] = value
        else:
            setattr(accuauth_fake, name, value)
    err = await _scan_error(accuauth_fake, still, fast_policy, **kw)
    assert (err.category, err.retryable, err.http_status, err.vendor_code) == (category, retryable, status, code)
    assert len(accuauth_fake.requests) == seen
    if fragment is None:
        assert err.message == OPERATOR_SENTENCES[category]
    else:
        assert fragment in err.message
    if code not in ("UNKNOWN", None):
        assert err.request_id
        assert err.request_id.startswith("TID")
        assert err.request_id in str(err)


async def test_invalid_argument_from_a_raw_client(accuauth_fake):
    """400 INVALID_ARGUMENT: neither file nor image_base64 (the engine always sends a file)."""
    async with httpx.AsyncClient() as client:
        response = await client.post(accuauth_fake.base_url + "/ocr/idcard", data={"detect_face": "1"},
                                     headers={"X-DF-API-ID": accuauth_fake.api_id,
                                              "X-DF-API-SECRET": accuauth_fake.api_secret})
    err = classify(response)
    assert err is not None
    assert response.status_code == 400
    assert (err.category, err.retryable, err.vendor_code) == ("invalid_request", False, "INVALID_ARGUMENT")
    assert err.detail == "must specify 'file' or 'image_base64' argument"


async def test_urlencoded_image_base64_is_accepted_by_the_fake(accuauth_fake):
    import base64

    async with httpx.AsyncClient() as client:
        response = await client.post(accuauth_fake.base_url + "/ocr/idcard",
                                     data={"image_base64": base64.b64encode(make_jpeg(300, 200)).decode()},
                                     headers={"X-DF-API-ID": accuauth_fake.api_id,
                                              "X-DF-API-SECRET": accuauth_fake.api_secret})
    assert response.status_code == 200
    assert classify(response) is None
    assert "face_region" not in response.json()["results"][0]  # detect_face not sent


async def test_rate_limit_retries_are_spaced(accuauth_fake, still, fast_policy):
    accuauth_fake.faults = ["rate_limit", "rate_limit"]
    result = await _scan(accuauth_fake, still, fast_policy)
    assert result.timing.attempts == 3
    a, b, c = (r.arrived for r in accuauth_fake.requests)
    assert b - a >= 0.04 - 0.005
    assert c - b >= 0.08 - 0.005


async def test_slow_vendor_times_out_once(accuauth_fake, still, fast_policy):
    accuauth_fake.mode = "slow"
    accuauth_fake.slow_s = 1.5
    err = await _scan_error(accuauth_fake, still, fast_policy, read_timeout_s=0.3)
    assert (err.category, err.billed) == ("timeout", "unknown")
    assert len(accuauth_fake.requests) == 1


async def test_secrets_never_in_errors_raw_or_logs(accuauth_fake, still, fast_policy, caplog):
    caplog.set_level(logging.DEBUG)
    result = await _scan(accuauth_fake, still, fast_policy)
    accuauth_fake.mode = "internal"
    err = await _scan_error(accuauth_fake, still, fast_policy)
    for text in (caplog.text, str(result.raw), str(err), err.detail or ""):
        assert accuauth_fake.api_secret not in text
        assert accuauth_fake.api_id not in text
    assert result.request_id in caplog.text  # logs carry request ids and timings...
    assert "PEREZ" not in caplog.text  # ...never personal data
