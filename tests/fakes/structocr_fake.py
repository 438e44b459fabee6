"""StructOCR fake (shared/vendors/structocr.md section 7): a real HTTP server on 127.0.0.1.

Routes under `/v1`: POST `passport`, `national-id`, `driver-license`, `driver-license-pdf417`; GET
`account/balance`; anything else 404. Checks `x-api-key` (401), the JSON body and base64 (400
INVALID_REQUEST_FORMAT, whitespace included), 4.5 MB of decoded bytes and magic bytes (400), credits (2 per
200 reply, 402 when exhausted). Faults: `faults` is a queue consumed one per OCR request ("throttle" 429,
"busy" 503, "bad_gateway" 502 HTML page, "gateway_timeout" 504, "server_error" 500, "slow"); `mode` is the
same but persistent. Switches: `success_as_string`, `type_short` ("P"), `error_key` ("code" | "error"),
`expiry_key` ("date_of_expiry" | "expiry_date"), `null_fields`, `retry_after`.
"""

from __future__ import annotations

import base64
import binascii
import copy
import json
import re
from typing import Any

from tests.fakes.server import FakeVendor, Reply, Request

MAX_BYTES = 4_718_592
CREDITS_PER_CALL = 2
OCR_PATHS = ("passport", "national-id", "driver-license", "driver-license-pdf417")

SAMPLES: dict[str, dict[str, Any]] = {
    "passport": {
        "type": "passport", "country_code": "UTO", "nationality": "UTOPIAN", "passport_number": "L898902C3",
        "surname": "ERIKSSON", "given_names": "ANNA MARIA", "sex": "F", "date_of_birth": "1974-08-12",
        "place_of_birth": "ZENITH", "date_of_issue": "2022-04-16", "date_of_expiry": "2032-04-15",
        "place_of_issue": None, "issuing_authority": "PASSPORT OFFICE",
    },
    "national-id": {
        "type": "national_id", "country_code": "ROU", "document_number": "123456",
        "personal_number": "2900101123456", "card_series": "RX", "surname": "POPESCU", "given_names": "ELENA",
        "sex": "F", "date_of_birth": "1990-01-01", "place_of_birth": "MUN. BUCURESTI SEC. 1",
        "address": "MUN. BUCURESTI SEC. 3\nSTR. EXEMPLU NR. 1", "date_of_issue": "2021-05-10",
        "date_of_expiry": "2031-01-01", "issuing_authority": "SPCLEP SECTOR 3",
    },
    "driver-license": {
        "type": "drivers_license", "country_code": "USA", "region": "CA", "document_number": "D1234567",
        "surname": "DOE", "given_names": "JANE", "date_of_birth": "1985-02-03", "date_of_expiry": "2030-02-03",
        "date_of_issue": "2022-02-03", "sex": "F", "address": "1 MAIN ST\nSACRAMENTO CA", "vehicle_class": "C",
    },
}
SAMPLES["driver-license-pdf417"] = SAMPLES["driver-license"]

_MAGIC = ((b"\xff\xd8\xff", "jpeg"), (b"\x89PNG\r\n\x1a\n", "png"), (b"%PDF", "pdf"))
_BASE64_CHARS = re.compile(rb"^[A-Za-z0-9+/]*={0,2}$")
_DATA_URI = re.compile(rb"^data:image/[\w.+-]+;base64,")


def _kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


class StructOcrFake(FakeVendor):
    def __init__(self, api_key: str = "sk_test_structocr_fake_key", credits: int = 200) -> None:
        super().__init__()
        self.api_key = api_key
        self.credits = credits
        self.mode: str | None = None
        self.faults: list[str] = []
        self.slow_s = 2.0
        self.retry_after: str | None = None
        self.success_as_string = False
        self.type_short = False
        self.error_key = "code"
        self.expiry_key = "date_of_expiry"
        self.null_fields: set[str] = set()
        self.country_specific: dict[str, Any] | None = None
        self.documents = copy.deepcopy(SAMPLES)
        self.images: list[bytes] = []  # decoded uploads (tests check what was sent)

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/v1"

    def ocr_requests(self) -> list[Request]:
        return [r for r in self.requests if r.method == "POST"]

    # ------------------------------------------------------------------ replies

    def _error(self, status: int, code: str, message: str) -> Reply:
        headers = {"Retry-After": self.retry_after} if self.retry_after and status in (429, 503) else None
        return Reply.json({"success": False, self.error_key: code, "message": message}, status, headers)

    def _fault(self, fault: str) -> Reply | None:
        if fault == "throttle":
            return self._error(429, "QUOTA_EXCEEDED", "Rate limit exceeded. Slow down.")
        if fault == "busy":
            return self._error(503, "SYSTEM_BUSY", "Please try again later.")
        if fault == "gateway_timeout":
            return self._error(504, "GATEWAY_TIMEOUT", "Upstream timed out.")
        if fault == "server_error":
            return self._error(500, "INTERNAL", "Internal error.")
        if fault == "bad_gateway":
            page = b"<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>"
            return Reply(502, page, {"Content-Type": "text/html"})
        return None

    def handle(self, request: Request) -> Reply:
        if not request.path.startswith("/v1/"):
            return self._error(404, "NOT_FOUND", "Unknown endpoint.")
        path = request.path[len("/v1/"):]
        if request.headers.get("x-api-key") != self.api_key:
            return self._error(401, "UNAUTHORIZED", "Missing or invalid API key.")
        if request.method == "GET" and path == "account/balance":
            return Reply.json({"period": {}, "account": {"credits_total": 500, "credits_used": 500 - self.credits,
                                                         "credits_remaining": self.credits},
                               "this_key": {"credits_used": 0, "requests": len(self.requests)}})
        if request.method != "POST" or path not in OCR_PATHS:
            return self._error(404, "NOT_FOUND", "Unknown endpoint.")
        fault = self.faults.pop(0) if self.faults else self.mode
        delay = self.slow_s if fault == "slow" else 0.0
        if fault:
            reply = self._fault(fault)
            if reply is not None:
                return reply
        reply = self._ocr(path, request)
        reply.delay_s = delay
        return reply

    def _ocr(self, path: str, request: Request) -> Reply:
        try:
            body = json.loads(request.body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return self._error(400, "INVALID_REQUEST_FORMAT", "Body is not JSON.")
        img = body.get("img") if isinstance(body, dict) else None
        if not isinstance(img, str) or not img:
            return self._error(400, "INVALID_REQUEST_FORMAT", "Missing img.")
        raw = _DATA_URI.sub(b"", img.encode("ascii", "replace"))
        if not _BASE64_CHARS.match(raw):
            return self._error(400, "INVALID_REQUEST_FORMAT", "Image payload is not valid Base64.")
        try:
            data = base64.b64decode(raw, validate=True)
        except (binascii.Error, ValueError):
            return self._error(400, "INVALID_REQUEST_FORMAT", "Image payload is not valid Base64.")
        if len(data) > MAX_BYTES:
            return self._error(400, "INVALID_REQUEST_FORMAT", "Image exceeds 4.5 MB.")
        kind = _kind(data)
        if kind is None or (kind == "pdf" and path == "driver-license-pdf417"):
            return self._error(400, "INVALID_REQUEST_FORMAT", "Unsupported image format.")
        if self.credits < CREDITS_PER_CALL:
            return self._error(402, "INSUFFICIENT_CREDITS", "Your balance is too low for this request.")
        self.credits -= CREDITS_PER_CALL
        self.images.append(data)
        return self.success(Reply.json({"success": "true" if self.success_as_string else True,
                                         "data": self._data(path)}))

    def _data(self, path: str) -> dict[str, Any]:
        data = copy.deepcopy(self.documents[path])
        if self.type_short and data.get("type") == "passport":
            data["type"] = "P"
        if self.expiry_key != "date_of_expiry" and "date_of_expiry" in data:
            data[self.expiry_key] = data.pop("date_of_expiry")
        for name in self.null_fields:
            if name in data:
                data[name] = None
        if self.country_specific is not None:
            data["country_specific"] = self.country_specific
        return data
