"""TC3-HMAC-SHA256, Tencent Cloud API 3.0 signing, as the official Python SDK does it (tencent.md section 2).

Only `content-type` and `host` are signed; the payload hash covers the exact body bytes sent, so callers
serialise the JSON once (`dumps_body`), sign those bytes and send them with `content=` (never `json=`).
The credential-scope date is the UTC date of the timestamp. The tests check every intermediate against the
vendor's vector file; the Tencent fake verifies signatures with its own, independent code.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

ALGORITHM = "TC3-HMAC-SHA256"
SIGNED_HEADERS = "content-type;host"
DEFAULT_CONTENT_TYPE = "application/json"


@dataclass(frozen=True, slots=True)
class Signed:
    """The headers to send plus every intermediate value (tests compare them with the vector file)."""

    headers: dict[str, str]
    date: str
    credential_scope: str
    hashed_request_payload: str
    canonical_request: str
    hashed_canonical_request: str
    string_to_sign: str
    k_date_hex: str
    k_service_hex: str
    k_signing_hex: str
    signature: str
    authorization: str

    def __repr__(self) -> str:  # the derived keys are secret material: keep them out of reprs and logs
        return f"Signed(date={self.date!r}, signature=<redacted>)"


def dumps_body(payload: Mapping[str, Any]) -> bytes:
    """Serialise a request body once (compact UTF-8); sign and send exactly these bytes."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def utc_date(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).strftime("%Y-%m-%d")


def _sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()


def compute(secret_key: str, *, host: str, timestamp: int, body: bytes, content_type: str, service: str,
            date: str | None = None, method: str = "POST", path: str = "/", query: str = "") -> dict[str, str]:
    """The signature and its intermediates for one request."""
    date = date or utc_date(timestamp)
    hashed_payload = _sha256_hex(body)
    canonical_headers = f"content-type:{content_type}\nhost:{host}\n"
    canonical_request = "\n".join(
        (method, path, query, canonical_headers, SIGNED_HEADERS, hashed_payload)
    )
    hashed_canonical = _sha256_hex(canonical_request.encode("utf-8"))
    scope = f"{date}/{service}/tc3_request"
    string_to_sign = f"{ALGORITHM}\n{timestamp}\n{scope}\n{hashed_canonical}"
    k_date = _hmac(("TC3" + secret_key).encode("utf-8"), date)
    k_service = _hmac(k_date, service)
    k_signing = _hmac(k_service, "tc3_request")
    signature = hmac.new(k_signing, string_to_sign.encode("utf-8"), hashlib.sha256).hexdigest()
    return {
        "date": date,
        "credential_scope": scope,
        "hashed_request_payload": hashed_payload,
        "canonical_request": canonical_request,
        "hashed_canonical_request": hashed_canonical,
        "string_to_sign": string_to_sign,
        "k_date_hex": k_date.hex(),
        "k_service_hex": k_service.hex(),
        "k_signing_hex": k_signing.hex(),
        "signature": signature,
    }


def sign(secret_id: str, secret_key: str, *, host: str, action: str, version: str, timestamp: int, body: bytes,
         content_type: str = DEFAULT_CONTENT_TYPE, service: str = "ocr", region: str | None = None,
         token: str | None = None, language: str = "en-US") -> Signed:
    """Sign one POST / request. `Signed.headers` is everything Tencent needs besides Content-Length."""
    parts = compute(secret_key, host=host, timestamp=timestamp, body=body, content_type=content_type,
                    service=service)
    authorization = (f"{ALGORITHM} Credential={secret_id}/{parts['credential_scope']}, "
                     f"SignedHeaders={SIGNED_HEADERS}, Signature={parts['signature']}")
    headers = {
        "Authorization": authorization,
        "Content-Type": content_type,
        "Host": host,
        "X-TC-Action": action[:1].upper() + action[1:],
        "X-TC-Timestamp": str(timestamp),
        "X-TC-Version": version,
    }
    if region:
        headers["X-TC-Region"] = region
    headers["X-TC-Language"] = language
    if token:
        headers["X-TC-Token"] = token
    return Signed(headers=headers, authorization=authorization, **parts)
