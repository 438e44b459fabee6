"""AccuAuth fake (shared/vendors/accuauth.md section 7): a real HTTP server on 127.0.0.1.

POST `/ocr/idcard` (and `/ocr/indian_passport`); other paths 404 NOT_FOUND. Both `X-DF-API-ID` and
`X-DF-API-SECRET` must match (401 UNAUTHORIZED). Accepts multipart/form-data (`file` part or `image_base64`
field) and application/x-www-form-urlencoded (`image_base64`); neither -> 400 INVALID_ARGUMENT. Undecodable
or non-image bytes, > 5 MB, or sides outside 128..6000 px -> 400 INVALID_ARGUMENT. `face_region` only with
`detect_face=1`. Faults: `faults` (a queue, one per OCR request) or `mode` (persistent): "no_card"
(DETECTION_FAILED), "key_expired", "no_permission", "out_of_quota", "rate_limit", "internal", "html_502",
"slow". `quota` counts calls (OUT_OF_QUOTA at 0). `scenario`: "front", "back", "both", "partial", "empty";
`scenarios`: a queue of them, one per answered OCR request (a card's front, then its back), `scenario` after.
"""

from __future__ import annotations

import base64
import binascii
import copy
import io
import uuid
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

from PIL import Image

from tests.fakes.server import FakeVendor, Reply, Request

MAX_BYTES = 5_000_000
MIN_SIDE, MAX_SIDE = 128, 6000

FRONT: dict[str, Any] = {
    "card_type": "new",
    "card_side": "front",
    "card_info": {
        "id_number": "1712345678", "name": "PEREZ LOPEZ JUAN CARLOS", "nationality": "ECUATORIANA",
        "birthday": "14 MAR 1985", "birthday_s": "14-03-1985", "birth_place": "PICHINCHA QUITO",
        "gender": "HOMBRE", "gender_s": "M", "issue_date": "", "issue_date_s": "", "marital_status": "",
        "expiry_date": "02 FEB 2031", "expiry_date_s": "02-02-2031",
    },
}
BACK: dict[str, Any] = {
    "card_type": "new",
    "card_side": "back",
    "card_info": {
        "education": "SUPERIOR", "profession": "INGENIERO", "expiry_date": "2031-02-02",
        "expiry_date_s": "02-02-2031", "mother_name": "LOPEZ MARIA", "father_name": "PEREZ JOSE",
        "marital_status": "CASADO", "issue_date": "2021-02-02", "issue_date_s": "02-02-2021",
        "line1_all": "", "line2_all": "", "line3_all": "", "nationality": "",
    },
}
PARTIAL: dict[str, Any] = {
    "card_type": "old",
    "card_side": "front",
    "card_info": {
        "id_number": "1712345678", "name": "", "nationality": "", "birthday": "", "birthday_s": "",
        "birth_place": "", "gender": "", "gender_s": "", "issue_date": "", "issue_date_s": "",
        "marital_status": "", "expiry_date": "", "expiry_date_s": "",
    },
}

ERRORS: dict[str, tuple[int, str, str]] = {
    "invalid_argument": (400, "INVALID_ARGUMENT", "must specify 'file' or 'image_base64' argument"),
    "no_card": (400, "DETECTION_FAILED", "no id card detected in the image"),
    "unauthorized": (401, "UNAUTHORIZED", "invalid api id or secret"),
    "key_expired": (401, "KEY_EXPIRED", "api id has expired"),
    "no_permission": (403, "NO_PERMISSION", "not authorized to use this api"),
    "out_of_quota": (403, "OUT_OF_QUOTA", "api calls quota exceeded"),
    "rate_limit": (403, "RATE_LIMIT_EXCEEDED", "request frequency exceeds the limit"),
    "not_found": (404, "NOT_FOUND", "requested api cannot be found"),
    "internal": (500, "INTERNAL_ERROR", "internal server error"),
}


def _request_id() -> str:
    return "TID" + uuid.uuid4().hex


def _form(request: Request) -> tuple[dict[str, str], bytes | None]:
    """(text fields, file bytes) from a multipart or urlencoded body."""
    ctype = request.headers.get("content-type", "")
    fields: dict[str, str] = {}
    file_data: bytes | None = None
    if ctype.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + ctype.encode("latin-1") + b"\r\n\r\n" + request.body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if not isinstance(name, str) or not isinstance(payload, bytes):
                continue
            if part.get_filename() is not None or name == "file":
                if name == "file":
                    file_data = payload
            else:
                fields[name] = payload.decode("utf-8", "replace")
    elif ctype.startswith("application/x-www-form-urlencoded"):
        for key, values in parse_qs(request.body.decode("ascii", "replace"), keep_blank_values=True).items():
            fields[key] = values[-1]
    return fields, file_data


class AccuAuthFake(FakeVendor):
    def __init__(self, api_id: str = "df-test-api-id-0001", api_secret: str = "df-test-secret-s3cr3t-value",
                 quota: int = 100) -> None:
        super().__init__()
        self.api_id, self.api_secret = api_id, api_secret
        self.quota = quota
        self.mode: str | None = None
        self.faults: list[str] = []
        self.scenario = "front"
        self.scenarios: list[str] = []
        self.slow_s = 2.0
        self.face_region: list[list[int]] = [[112, 108], [318, 106], [321, 370], [114, 373]]
        self.back_mrz: list[str] | None = None
        self.received: list[dict[str, Any]] = []  # per OCR call: fields, file size, image size

    def _error(self, key: str, request_id: str) -> Reply:
        status, code, reason = ERRORS[key]
        return Reply.json({"status": code, "reason": reason, "request_id": request_id}, status)

    def handle(self, request: Request) -> Reply:
        request_id = _request_id()
        if request.method != "POST" or request.path not in ("/ocr/idcard", "/ocr/indian_passport"):
            return self._error("not_found", request_id)
        if (request.headers.get("x-df-api-id") != self.api_id
                or request.headers.get("x-df-api-secret") != self.api_secret):
            return self._error("unauthorized", request_id)
        fault = self.faults.pop(0) if self.faults else self.mode
        if fault == "html_502":
            return Reply(502, b"<html><body>Bad Gateway</body></html>", {"Content-Type": "text/html"})
        if fault in ("key_expired", "no_permission", "rate_limit", "internal"):
            return self._error(fault, request_id)
        fields, data = _form(request)
        if data is None and fields.get("image_base64"):
            try:
                data = base64.b64decode(fields["image_base64"], validate=True)
            except (binascii.Error, ValueError):
                return self._error("invalid_argument", request_id)
        if not data:
            return self._error("invalid_argument", request_id)
        if len(data) > MAX_BYTES:
            return self._error("invalid_argument", request_id)
        try:
            with Image.open(io.BytesIO(data)) as img:
                size = img.size
                fmt = img.format
        except Exception:
            return self._error("invalid_argument", request_id)
        if fmt not in ("JPEG", "PNG") or not all(MIN_SIDE <= side <= MAX_SIDE for side in size):
            return self._error("invalid_argument", request_id)
        self.received.append({"fields": fields, "bytes": len(data), "size": size})
        if fault == "no_card":
            return self._error("no_card", request_id)
        if self.quota <= 0 or fault == "out_of_quota":
            return self._error("out_of_quota", request_id)
        self.quota -= 1
        scenario = self.scenarios.pop(0) if self.scenarios else self.scenario
        reply = Reply.json({"request_id": request_id, "status": "OK",
                            "results": self._results(fields.get("detect_face") == "1", scenario)})
        if fault == "slow":
            reply.delay_s = self.slow_s
        return self.success(reply)

    def _results(self, detect_face: bool, scenario: str) -> list[dict[str, Any]]:
        back = copy.deepcopy(BACK)
        if self.back_mrz:
            for i, line in enumerate(self.back_mrz, start=1):
                back["card_info"][f"line{i}_all"] = line
        chosen = {"front": [copy.deepcopy(FRONT)], "back": [back], "both": [copy.deepcopy(FRONT), back],
                  "partial": [copy.deepcopy(PARTIAL)], "empty": []}[scenario]
        if detect_face:
            for result in chosen:
                if result["card_side"] == "front" and result is not None and scenario != "partial":
                    result["face_region"] = self.face_region
        return chosen
