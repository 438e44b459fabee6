"""TrustDecision OCR V2.0 fake (shared/vendors/td.md section 9): a real HTTP server on 127.0.0.1.

Always HTTP 200 with a 32-hex `sequence_id`. Credentials come from the query string; the body is checked in
the documented order; `options` gate the optional blocks. `mode` switches the answer:
"success", "result_error" (expiry 0, data still present), "forgery_fail", "not_performed", "bad_images"
(the doc's truncated base64 samples), or a business code (301, 302, 303, 304, 305, 11350).
`error_times` limits how many requests get the error code before the fake answers with success again.
"""

from __future__ import annotations

import base64
import binascii
import copy
import io
import json
import re
import threading
import uuid
from typing import Any

from PIL import Image

from tests.fakes.server import FakeVendor, Reply, Request

PARTNER_CODE = "station-test"
PARTNER_KEY = "pk_Sx9+/k=&Q?z#1"  # characters that must be URL-encoded in the query string
DEFAULT_PATH = "/verification/kyc/ocr/v1"
MAX_IMAGE_CHARS = 2_000_000
DEFAULT_COUNTRIES = frozenset({"GB", "PH", "MX", "DE"})

ERROR_MESSAGES = {
    301: "Service not purchased",
    302: "Traffic blocked",
    303: "Traffic insufficient",
    304: "Service expired",
    305: "Daily maximum volume reached",
    11350: "Internal error",
}

MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<^"
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def _jpeg(color: tuple[int, int, int], size: tuple[int, int] = (24, 32)) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, format="JPEG", quality=80)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _png(color: tuple[int, int, int]) -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), color).save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


PORTRAIT_B64 = _jpeg((180, 140, 120))
SIGNATURE_B64 = _png((20, 20, 20))
DOCUMENT_B64 = _jpeg((200, 200, 220), (64, 44))


def _field(name: str, value: str, original: str | None = None, validity: int = 1, lcid: int | None = 0
           ) -> dict[str, Any]:
    entry: dict[str, Any] = {"field_name": name, "validity_status": validity,
                             "value_list": [{"original_value": original or value, "value": value}]}
    if lcid is not None:
        entry["lcid"] = lcid
    return entry


SUCCESS_FIELDS: list[dict[str, Any]] = [
    _field("Document Number", "L898902C3"),
    _field("Surname", "ERIKSSON"),
    _field("Given Names", "ANNA MARIA"),
    _field("Surname And Given Names", "ERIKSSON ANNA MARIA"),
    _field("Date of Birth", "1974-08-12", "12/08/1974"),
    _field("Date of Expiry", "2032-04-15", "15/04/2032"),
    _field("Date of Issue", "2022-04-16", "16/04/2022"),
    _field("Sex", "F"),
    _field("Nationality Code", "UTO"),
    _field("Nationality", "Utopian", lcid=None),
    _field("Issuing State Code", "UTO"),
    _field("Place of Birth", "ZENITH"),
    _field("Authority", "PASSPORT OFFICE"),
    {"field_name": "personal number", "validity_status": 2,  # case differs: matched case-insensitively
     "value_list": [{"original_value": "", "value": ""}, {"original_value": "ZE184226B", "value": "ZE184226B"}]},
    _field("Eye Color", "BLUE", validity=2),  # not a Regula name we map: kept as holder.extra
    _field("MRZ Strings", MRZ),
]


class TdFake(FakeVendor):
    """See the module docstring. `enabled_countries` are the countries open for the partner."""

    def __init__(self, *, partner_code: str = PARTNER_CODE, partner_key: str = PARTNER_KEY,
                 path: str = DEFAULT_PATH, enabled_countries: frozenset[str] = DEFAULT_COUNTRIES,
                 mode: str | int = "success", error_times: int | None = None) -> None:
        super().__init__()
        self.partner_code = partner_code
        self.partner_key = partner_key
        self.path = path
        self.enabled_countries = enabled_countries
        self.mode: str | int = mode
        self.error_times = error_times
        self._errors_sent = 0
        self._mode_lock = threading.Lock()

    def reset(self) -> None:
        """Back to the defaults between tests (one server per test module)."""
        with self._mode_lock:
            self.mode, self.error_times, self._errors_sent = "success", None, 0
            self.enabled_countries = DEFAULT_COUNTRIES
        with self._lock:
            self.requests.clear()
            self.scripted, self.hostile, self.accepted = [], None, 0

    @property
    def url(self) -> str:
        return self.base_url + self.path

    def handle(self, request: Request) -> Reply:
        if request.method != "POST" or request.path != self.path:
            return Reply(404, b"not found", {"Content-Type": "text/plain"})
        seq = uuid.uuid4().hex
        code = (request.query.get("partner_code") or [""])[0]
        key = (request.query.get("partner_key") or [""])[0]
        if not code:
            return self._error(11301, "partner_code empty", seq)
        if not key:
            return self._error(11301, "partner_key empty", seq)
        if code != self.partner_code or key != self.partner_key:
            return self._error(11340, "partner_key error", seq)
        try:
            body = json.loads(request.body)
        except ValueError:
            return self._error(11340, "body error", seq)
        if not isinstance(body, dict):
            return self._error(11340, "body error", seq)
        for name in ("image", "country", "scenario"):
            if not isinstance(body.get(name), str) or not body[name]:
                return self._error(11301, f"{name} empty", seq)
        if not re.fullmatch(r"[A-Z]{2}", body["country"]):
            return self._error(11340, "country error", seq)
        if body["country"] not in self.enabled_countries:
            return self._error(11304, "The country partner located is not open", seq)
        if body["scenario"] != "Ocr":
            return self._error(11340, "scenario error", seq)
        image = body["image"]
        if len(image) > MAX_IMAGE_CHARS:
            return self._error(11340, "image error", seq)
        try:
            base64.b64decode(image, validate=True)
        except (binascii.Error, ValueError):
            return self._error(11340, "image error", seq)
        options = {part.strip() for part in str(body.get("options") or "").split(",") if part.strip()}
        with self._mode_lock:
            mode = self.mode
            if isinstance(mode, int):
                if self.error_times is None or self._errors_sent < self.error_times:
                    self._errors_sent += 1
                    return self._error(mode, ERROR_MESSAGES[mode], seq)
                mode = "success"
        return self.success(Reply.json(self.success_body(str(mode), options, seq)))

    def _error(self, code: int, message: str, seq: str) -> Reply:
        return Reply.json({"code": code, "sequence_id": seq, "message": message})

    @staticmethod
    def success_body(mode: str, options: set[str], seq: str) -> dict[str, Any]:
        """A code-200 body for `mode`, with the optional blocks `options` ask for."""
        body: dict[str, Any] = {
            "code": 200, "message": "success", "sequence_id": seq, "result": "success",
            "status_info": {"doc_type": 1, "expiry": 1, "mrz": 1, "text": 1},
            "document_type_info": {"document_name": "Utopia - ePassport (2019)", "document_description": "Passport"},
            "card_info": {"field_list": copy.deepcopy(SUCCESS_FIELDS)},
        }
        forgery: dict[str, Any] = {"result": "pass"}
        quality: dict[str, Any] = {"result": 1, "list": [
            {"feature_type": 0, "type": t, "result": 1} for t in (0, 1, 2, 3, 4, 5, 6, 7)]}
        images = [("Portrait", PORTRAIT_B64), ("Signature", SIGNATURE_B64), ("Document front side", DOCUMENT_B64)]
        if mode == "result_error":
            body["result"] = "error"
            body["status_info"] = {"doc_type": 1, "expiry": 0, "mrz": 1, "text": 2}
            body["card_info"] = {"field_list": [
                _field("Date of Expiry", "2024-08-23", "23/08/2024"),
                _field("Date of Birth", "1979-01-01", "01/01/1979"),
            ]}
            body["document_type_info"] = {"document_name": "Philippines - ePassport (2016)",
                                          "document_description": "Passport"}
            quality = {"result": 0, "list": [{"feature_type": 0, "type": 0, "result": 0},
                                             {"feature_type": 0, "type": 1, "result": 1}]}
        elif mode == "forgery_fail":
            forgery = {"result": "fail", "detail": ["black_white_print", "screen_capture", "hologram_missing"]}
        elif mode == "not_performed":
            body["result"] = "not performed"
            body["status_info"] = {"doc_type": 2, "expiry": 2, "mrz": 2, "text": 2}
            body["document_type_info"] = {"document_name": "", "document_description": ""}
            body["card_info"] = {"field_list": []}
        elif mode == "bad_images":
            images = [("Portrait", "/4AAQSkZJRgABAQEBHwEfAADxxxxxx\u201d"), ("Signature", "/9j/4AAQSk…")]
        elif mode != "success":
            raise ValueError(f"unknown TD fake mode {mode!r}")
        if "images" in options:
            body["image_info"] = {"field_list": [{"field_name": n, "value_list": [{"value": v}]} for n, v in images]}
        if "image_quality" in options:
            body["image_quality_info"] = quality
        if "document_forgery" in options:
            body["document_forgery_info"] = forgery
        return body
