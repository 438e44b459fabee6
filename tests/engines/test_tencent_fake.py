"""The Tencent fake follows its contract (tencent.md section 7): checked with raw requests signed by tc3.sign."""

from __future__ import annotations

import base64
import email.utils
import json
import time
import uuid
from typing import Any

import httpx
import pytest

from desktop_app.engines import tc3
from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake

IMAGE = base64.b64encode(b"\xff\xd8\xff\xe0fake jpeg bytes").decode()


@pytest.fixture
def fake(tencent_server: TencentFake) -> TencentFake:
    tencent_server.reset()
    return tencent_server


def post(fake: TencentFake, payload: Any = None, *, action: str = "MLIDPassportOCR", version: str = "2018-11-19",
         secret_key: str = SECRET_KEY, timestamp: int | None = None, drop: str | None = None,
         body: bytes | None = None, signed_host: str | None = None) -> httpx.Response:
    raw = body if body is not None else tc3.dumps_body(payload if payload is not None else {"ImageBase64": IMAGE})
    host = f"127.0.0.1:{fake.port}"
    signed = tc3.sign(SECRET_ID, secret_key, host=signed_host or host, action=action, version=version,
                      timestamp=timestamp if timestamp is not None else int(time.time()), body=raw)
    headers = {k: v for k, v in signed.headers.items() if k != drop}
    headers["Host"] = host  # the Host actually sent (differs from the signed one when signed_host is given)
    return httpx.post(fake.base_url + "/", content=raw, headers=headers)


def code_of(response: httpx.Response) -> str | None:
    inner = response.json()["Response"]
    assert uuid.UUID(inner["RequestId"]).version == 4
    error = inner.get("Error")
    return error["Code"] if error else None


def test_success_envelope_and_headers(fake: TencentFake) -> None:
    response = post(fake, {"ImageBase64": IMAGE, "RetImage": True})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert code_of(response) is None
    assert response.json()["Response"]["Image"]
    served = email.utils.parsedate_to_datetime(response.headers["date"]).timestamp()
    assert abs(served - time.time()) < 5
    assert post(fake, {"ImageBase64": IMAGE}).json()["Response"]["Image"] == ""  # no RetImage: no portrait


@pytest.mark.parametrize(("kwargs", "code"), [
    ({"drop": "X-TC-Action"}, "MissingParameter"),
    ({"drop": "X-TC-Timestamp"}, "MissingParameter"),
    ({"drop": "Authorization"}, "MissingParameter"),
    ({"action": "FooOCR"}, "InvalidAction"),
    ({"version": "2017-01-01"}, "NoSuchVersion"),
    ({"secret_key": "another key"}, "AuthFailure.SignatureFailure"),
    ({"signed_host": "ocr.intl.tencentcloudapi.com"}, "AuthFailure.SignatureFailure"),
    ({"timestamp": int(time.time()) - 301}, "AuthFailure.SignatureExpire"),
    ({"payload": {"ImageBase64": IMAGE, "Colour": 1}}, "UnknownParameter"),
    ({"payload": {"RetImage": True}}, "InvalidParameterValue.InvalidParameterValueLimit"),
    ({"payload": {"ImageBase64": "not base64!"}}, "FailedOperation.ImageDecodeFailed"),
    ({"payload": {"ImageBase64": "A" * (7 * 1024 * 1024 + 4)}}, "LimitExceeded.TooLargeFileError"),
    ({"body": b"[1, 2]"}, "InvalidParameter"),
])
def test_contract_errors(fake: TencentFake, kwargs: dict[str, Any], code: str) -> None:
    response = post(fake, **kwargs)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert code_of(response) == code


def test_unknown_secret_id(fake: TencentFake) -> None:
    raw = tc3.dumps_body({"ImageBase64": IMAGE})
    signed = tc3.sign("AKIDunknown", SECRET_KEY, host=f"127.0.0.1:{fake.port}", action="MLIDPassportOCR",
                      version="2018-11-19", timestamp=int(time.time()), body=raw)
    assert code_of(httpx.post(fake.base_url + "/", content=raw, headers=signed.headers)) == \
        "AuthFailure.SecretIdNotFound"


def test_malformed_authorization(fake: TencentFake) -> None:
    raw = tc3.dumps_body({"ImageBase64": IMAGE})
    signed = tc3.sign(SECRET_ID, SECRET_KEY, host=f"127.0.0.1:{fake.port}", action="MLIDPassportOCR",
                      version="2018-11-19", timestamp=int(time.time()), body=raw)
    headers = dict(signed.headers, Authorization=signed.headers["Authorization"].replace(", ", ","))
    assert code_of(httpx.post(fake.base_url + "/", content=raw, headers=headers)) == "AuthFailure.InvalidAuthorization"


def test_extractdocmulti_parameters_are_known(fake: TencentFake) -> None:
    payload = {"ImageBase64": IMAGE, "ConfigId": "General", "ItemNames": ["Name"], "OutputLanguage": "en",
               "EnableCoord": False, "ReturnFullText": True}
    response = post(fake, payload, action="ExtractDocMulti")
    assert code_of(response) is None
    assert response.json()["Response"]["StructuralList"]


def test_clock_and_date_header_follow_the_injected_now(fake: TencentFake) -> None:
    fake.clock_offset_s = 600
    response = post(fake)
    assert code_of(response) == "AuthFailure.SignatureExpire"
    served = email.utils.parsedate_to_datetime(response.headers["date"]).timestamp()
    assert abs(served - (time.time() + 600)) < 5
    assert code_of(post(fake, timestamp=int(served))) is None


def test_error_and_rate_limit_modes(fake: TencentFake) -> None:
    fake.error_code, fake.error_times = "ResourceUnavailable.InArrears", 1
    assert code_of(post(fake)) == "ResourceUnavailable.InArrears"
    assert code_of(post(fake)) is None
    fake.rate_limit_per_s = 1
    assert code_of(post(fake)) is None
    assert code_of(post(fake)) == "RequestLimitExceeded"
    assert json.loads(json.dumps(fake.verdicts)) == ["ResourceUnavailable.InArrears", "ok", "ok",
                                                     "RequestLimitExceeded"]
