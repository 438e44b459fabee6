"""TC3-HMAC-SHA256: every case of the vendor vector file, byte for byte, in both directions."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop_app.engines import tc3
from tests.conftest import SHARED_DIR
from tests.fakes.tencent_fake import verify_tc3

VECTOR_FILE = SHARED_DIR / "vendors" / "tencent_tc3_vector.json"


def _cases() -> list[dict[str, Any]]:
    data = json.loads(VECTOR_FILE.read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = data["cases"]
    assert len(cases) >= 5
    return cases


CASES = _cases()
IDS = [case["name"] for case in CASES]


def _sign(case: dict[str, Any]) -> tc3.Signed:
    inp = case["inputs"]
    return tc3.sign(inp["secret_id"], inp["secret_key"], host=inp["host"], action=inp["action"],
                    version=inp["version"], timestamp=inp["timestamp"], body=inp["body_exact"].encode("utf-8"),
                    content_type=inp["content_type"], service=inp["service"], region=inp["region"],
                    language=inp["language"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_sign_reproduces_every_intermediate(case: dict[str, Any]) -> None:
    signed = _sign(case)
    expected = case["expected"]
    for name, value in expected["intermediate"].items():
        assert getattr(signed, name) == value, name
    assert signed.signature == expected["signature"]
    assert signed.authorization == expected["authorization"]
    assert signed.headers["Authorization"] == expected["authorization"]
    assert signed.hashed_request_payload == case["inputs"]["body_sha256"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_headers_match_what_the_sdk_sent(case: dict[str, Any]) -> None:
    signed = _sign(case)
    sent = case["expected"].get("sdk_headers_sent") or case["expected"].get("minimal_headers_to_send")
    assert sent
    unsigned_extras = {"User-Agent", "Accept-Encoding", "Accept", "Connection", "Content-Length", "X-TC-TraceId",
                       "X-TC-RequestClient"}
    wanted = {k: v for k, v in sent.items() if k not in unsigned_extras}
    assert {k: v for k, v in signed.headers.items() if k in wanted} == wanted
    assert ("X-TC-Region" in signed.headers) == bool(case["inputs"]["region"])


def test_sdk_body_and_compact_body_sign_differently() -> None:
    by_name = {case["name"]: _sign(case) for case in CASES}
    assert by_name["extractdocmulti_sdk_body"].signature != by_name["extractdocmulti_compact_body"].signature
    assert by_name["extractdocmulti_compact_body"].signature != \
        by_name["extractdocmulti_compact_body_charset"].signature


def test_dumps_body_is_the_compact_form_of_the_vector() -> None:
    case = next(c for c in CASES if c["name"] == "extractdocmulti_compact_body")
    assert tc3.dumps_body(case["inputs"]["payload_object"]) == case["inputs"]["body_exact"].encode("utf-8")


def test_utc_date_at_the_day_edge() -> None:
    assert tc3.utc_date(1700006399) == "2023-11-14"
    assert tc3.utc_date(1700006400) == "2023-11-15"


def test_token_and_region_headers() -> None:
    signed = tc3.sign("id", "key", host="h", action="mLIDPassportOCR", version="2018-11-19", timestamp=1,
                      body=b"{}", region="ap-singapore", token="tok")
    assert signed.headers["X-TC-Token"] == "tok"
    assert signed.headers["X-TC-Region"] == "ap-singapore"
    assert signed.headers["X-TC-Action"] == "MLIDPassportOCR"
    assert "key" not in repr(signed)


# --- the server side: the fake's own verifier must accept every vector and reject tampering ---

def _received(case: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    sent = case["expected"].get("sdk_headers_sent") or case["expected"]["minimal_headers_to_send"]
    return {k.lower(): v for k, v in sent.items()}, case["inputs"]["body_exact"].encode("utf-8")


def _secrets(case: dict[str, Any]) -> dict[str, str]:
    return {case["inputs"]["secret_id"]: case["inputs"]["secret_key"]}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_verifier_accepts_every_vector(case: dict[str, Any]) -> None:
    headers, body = _received(case)
    assert verify_tc3(headers, body, _secrets(case), case["inputs"]["timestamp"]) is None


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_verifier_rejects_tampering(case: dict[str, Any]) -> None:
    headers, body = _received(case)
    ts = case["inputs"]["timestamp"]
    flipped = bytes([body[0] ^ 0x01]) + body[1:]
    assert verify_tc3(headers, flipped, _secrets(case), ts) == "AuthFailure.SignatureFailure"
    other_ct = dict(headers, **{"content-type": "application/json; charset=utf-8"
                                if headers["content-type"] == "application/json" else "application/json"})
    assert verify_tc3(other_ct, body, _secrets(case), ts) == "AuthFailure.SignatureFailure"
    assert verify_tc3(headers, body, _secrets(case), ts + 301) == "AuthFailure.SignatureExpire"
    assert verify_tc3(headers, body, _secrets(case), ts - 301) == "AuthFailure.SignatureExpire"
    assert verify_tc3(headers, body, _secrets(case), ts + 300) is None
    assert verify_tc3(headers, body, {"AKIDOTHER": "x"}, ts) == "AuthFailure.SecretIdNotFound"
    assert verify_tc3(dict(headers, authorization="Bearer x"), body, _secrets(case), ts) == \
        "AuthFailure.InvalidAuthorization"
    assert verify_tc3(dict(headers, host="ocr.ap-singapore.tencentcloudapi.com"), body, _secrets(case),
                      ts) == "AuthFailure.SignatureFailure"
