"""Tencent Cloud OCR fake (shared/vendors/tencent.md section 7): a real HTTP server on 127.0.0.1.

It verifies TC3-HMAC-SHA256 signatures with its own code (independent of `desktop_app.engines.tc3`), from the
received raw body, Content-Type and Host, and compares in constant time. Its clock is injectable
(`clock_offset_s`, or `now`), and its `Date` header follows that clock, so tests can make the client resync.
Answers are always HTTP 200 `application/json` with a uuid4 `RequestId`.

Switches: `mode` ("success", "official_example", "partial", "service_off", "alarms", "bad_portrait") for
MLIDPassportOCR answers; `error_code` (any Tencent code, e.g. "RequestLimitExceeded" or
"ResourceUnavailable.InArrears") answered to the first `error_times` valid requests (None = all);
`rate_limit_per_s` answers RequestLimitExceeded beyond N valid requests in the last second.
"""

from __future__ import annotations

import base64
import binascii
import collections
import email.utils
import hashlib
import hmac
import io
import json
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from PIL import Image

from tests.fakes.server import FakeVendor, Reply, Request

SECRET_ID = "AKIDstationTEST0000000000000000000000"
SECRET_KEY = "stationTestSecretKey/+=0123456789abcd"
VERSION = "2018-11-19"
ACTIONS: dict[str, frozenset[str]] = {
    "MLIDPassportOCR": frozenset({"ImageBase64", "ImageUrl", "RetImage"}),
    "ExtractDocMulti": frozenset({"ImageUrl", "ImageBase64", "PdfPageNumber", "ItemNames", "ItemNamesShowMode",
                                  "ReturnFullText", "ConfigId", "EnableCoord", "OutputParentKey", "ConfigAdvanced",
                                  "OutputLanguage", "NewItemNames", "MultiModelVersion"}),
}
MAX_BASE64 = {"MLIDPassportOCR": 7 * 1024 * 1024, "ExtractDocMulti": 10 * 1024 * 1024}
AUTH_RE = re.compile(r"^TC3-HMAC-SHA256 Credential=([^/]+)/(\d{4}-\d{2}-\d{2})/([^/]+)/tc3_request, "
                     r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$")
MESSAGES = {  # paraphrased; clients must not read them
    "AuthFailure.SignatureFailure": "The provided credentials could not be validated.",
    "AuthFailure.SignatureExpire": "Signature expired. Timestamp and server time differ by more than 5 minutes.",
    "AuthFailure.SecretIdNotFound": "The SecretId is not found.",
    "AuthFailure.InvalidAuthorization": "Authorization header is malformed.",
    "RequestLimitExceeded": "Your current request times exceeds the frequency limit `5` for a second.",
}

ICAO_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def _portrait() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (30, 40), (170, 130, 110)).save(buffer, format="JPEG", quality=80)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


PORTRAIT_B64 = _portrait()


def _hmac(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def verify_tc3(headers: Mapping[str, str], body: bytes, secrets: Mapping[str, str], now: float) -> str | None:
    """Tencent's check of a request (tencent.md 7, steps 2-3): None when valid, else the error code."""
    match = AUTH_RE.match(headers.get("authorization", ""))
    if match is None:
        return "AuthFailure.InvalidAuthorization"
    secret_id, date, service, signed_headers, signature = match.groups()
    if secret_id not in secrets:
        return "AuthFailure.SecretIdNotFound"
    try:
        timestamp = int(headers.get("x-tc-timestamp", ""))
    except ValueError:
        return "InvalidParameter"
    if abs(now - timestamp) > 300:
        return "AuthFailure.SignatureExpire"
    utc_day = time.strftime("%Y-%m-%d", time.gmtime(timestamp))
    if service != "ocr" or date != utc_day:
        return "AuthFailure.SignatureFailure"
    names = signed_headers.split(";")
    canonical_headers = "".join(f"{name}:{headers.get(name, '').strip()}\n" for name in names)
    canonical = "\n".join(["POST", "/", "", canonical_headers, signed_headers, hashlib.sha256(body).hexdigest()])
    scope = f"{date}/{service}/tc3_request"
    to_sign = "\n".join(["TC3-HMAC-SHA256", str(timestamp), scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = _hmac(_hmac(_hmac(("TC3" + secrets[secret_id]).encode(), date), service), "tc3_request")
    expected = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    if "content-type" not in names or "host" not in names or not hmac.compare_digest(expected, signature):
        return "AuthFailure.SignatureFailure"
    return None


def passport_response(mode: str) -> dict[str, Any]:
    """An MLIDPassportOCR `Response` (without RequestId) for `mode`."""
    viz = {"Type": "P", "IssuingCountry": "UTO", "PassportID": "L898902C3", "Surname": "ERIKSSON",
           "GivenName": "ANNA MARIA", "Name": "", "Nationality": "UTOPIAN", "DateOfBirth": "12 Aug 1974",
           "Sex": "F", "DateOfIssuance": "16 Apr 2012", "DateOfExpiration": "15 Apr 2032", "Signature": "",
           "IssuePlace": "", "IssuingAuthority": "", "BirthPlace": "ZENITH", "PassportFlag": "", "MiddleName": "",
           "FatherName": "", "MotherName": "", "Title": "", "Postname": ""}
    body: dict[str, Any] = {
        "ID": "L898902C3", "Name": "ERIKSSON ANNA MARIA", "Surname": "ERIKSSON", "GivenName": "ANNA MARIA",
        "DateOfBirth": "19740812", "DateOfExpiration": "20320415", "Sex": "F", "IssuingCountry": "UTO",
        "Nationality": "UTO", "Type": "P", "CodeSet": ICAO_MRZ[0], "CodeCrc": ICAO_MRZ[1], "Image": PORTRAIT_B64,
        "PassportRecognizeInfos": viz, "WarnCardInfos": [], "CardCount": 1, "IsComplete": True, "Warn": [],
        "AdvancedInfo": "1",
    }
    if mode == "official_example":
        body.update({"ID": "456712345", "Name": "CARTER ESTHER", "Surname": "CARTER", "GivenName": "ESTHER",
                     "DateOfBirth": "19900411", "DateOfExpiration": "20210726", "IssuingCountry": "USA",
                     "Nationality": "USA", "CodeSet": "P<USACARTER<<ESTHER<<<<<<<<<<<<<<<<<<<<<<<<<",
                     "CodeCrc": "4567123452USA9004117F2107268713843748<708026"})
        body["PassportRecognizeInfos"] = dict(viz, IssuingCountry="USA", PassportID="456712345", Surname="CARTER",
                                              GivenName="ESTHER", Nationality="UNITED STATES OF AMERICA",
                                              DateOfBirth="11 Apr 1990", DateOfIssuance="27 Jul 2011",
                                              DateOfExpiration="26 Jul 2021", BirthPlace="")
    elif mode == "partial":
        body.update({"Image": "", "WarnCardInfos": [-9108, -9102], "IsComplete": False, "DateOfExpiration": ""})
        body["PassportRecognizeInfos"] = {key: "" for key in viz}
    elif mode == "viz_dates":  # MRZ dates missing: the visual zone's "11 Apr 1990" style is used
        body.update({"DateOfBirth": "", "DateOfExpiration": ""})
    elif mode == "service_off":
        body["WarnCardInfos"] = [-9109]
    elif mode == "alarms":
        body["WarnCardInfos"] = [-9101, -9103, -9104, -9107]
    elif mode == "bad_portrait":
        body["Image"] = "/9j/4AAQSkZJRgABAQAAAQABAAD...\u201d"
    elif mode != "success":
        raise ValueError(f"unknown Tencent fake mode {mode!r}")
    return body


GENERIC_RESPONSE: dict[str, Any] = {
    "Angle": 0.0,
    "StructuralList": [
        {"Groups": [{"Lines": [{"Key": {"AutoName": "Name", "ConfigName": "Name"},
                                "Value": {"AutoContent": "ERIKSSON ANNA MARIA"}}]}]},
        {"Groups": [{"Lines": [{"Key": {"AutoName": "Date Of Birth", "ConfigName": "DateOfBirth"},
                                "Value": {"AutoContent": "12 AUG 1974"}}]}]},
        {"Groups": [{"Lines": [{"Key": {"AutoName": "DocumentNumber", "ConfigName": "DocumentNumber"},
                                "Value": {"AutoContent": "D23145890"}},
                               {"Key": {"AutoName": "DateOfExpiry", "ConfigName": "DateOfExpiry"},
                                "Value": {"AutoContent": "15.04.2032"}},
                               {"Key": {"AutoName": "Sex", "ConfigName": None}, "Value": {"AutoContent": "F"}},
                               {"Key": {"AutoName": "Nationality", "ConfigName": "Nationality"},
                                "Value": {"AutoContent": "UTOPIAN"}},
                               {"Key": {"AutoName": "Blood Group", "ConfigName": None},
                                "Value": {"AutoContent": "A+"}},
                               {"Key": {"AutoName": "Address", "ConfigName": "Address"},
                                "Value": {"AutoContent": ""}}]}]},
    ],
    "WordList": [{"DetectedText": "UTOPIA IDENTITY CARD"}, {"DetectedText": "ERIKSSON ANNA MARIA"},
                 {"DetectedText": "I<UTOD231458907<<<<<<<<<<<<<<<"},
                 {"DetectedText": "7408122F1204159UTO<<<<<<<<<<<6"},
                 {"DetectedText": "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"}],
    "TokenNum": 6,
}


class TencentFake(FakeVendor):
    """See the module docstring."""

    def __init__(self, *, secrets: Mapping[str, str] | None = None, mode: str = "success",
                 now: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.secrets = dict(secrets or {SECRET_ID: SECRET_KEY})
        self.now_fn = now
        self._state_lock = threading.Lock()
        self.reset()
        self.mode = mode

    def reset(self) -> None:
        """Back to the defaults between tests (one server per test module)."""
        with self._state_lock:
            self.mode = "success"
            self.clock_offset_s = 0.0
            self.error_code: str | None = None
            self.error_times: int | None = None
            self.rate_limit_per_s: int | None = None
            self._errors_sent = 0
            self._recent: collections.deque[float] = collections.deque()
            self.verdicts: list[str] = []  # what the fake answered, per request ("ok" or the error code)
        with self._lock:
            self.requests.clear()
            self.scripted, self.hostile, self.accepted = [], None, 0

    def now(self) -> float:
        return self.now_fn() if self.now_fn is not None else time.time() + self.clock_offset_s

    def start(self) -> TencentFake:
        super().start()
        assert self._server is not None
        fake = self

        def date_time_string(handler: object, timestamp: float | None = None) -> str:
            return email.utils.formatdate(fake.now() if timestamp is None else timestamp, usegmt=True)

        # The Date header follows the fake's clock (the base server would use the real one).
        self._server.RequestHandlerClass.date_time_string = date_time_string  # type: ignore[attr-defined]
        return self

    def __enter__(self) -> TencentFake:
        return self.start()

    # ----------------------------------------------------------------------------------------- serving

    def handle(self, request: Request) -> Reply:
        code, inner = self._answer(request)
        with self._state_lock:
            self.verdicts.append(code or "ok")
        if code is not None:
            inner = {"Error": {"Code": code, "Message": MESSAGES.get(code, f"{code}.")}}
        reply = Reply.json({"Response": {**inner, "RequestId": str(uuid.uuid4())}},
                           headers={"Content-Type": "application/json"})
        return reply if code is not None else self.success(reply)

    def _answer(self, request: Request) -> tuple[str | None, dict[str, Any]]:
        headers = request.headers
        if request.method != "POST" or request.path != "/":
            return "InvalidRequest", {}
        for name in ("x-tc-action", "x-tc-version", "x-tc-timestamp", "authorization"):
            if not headers.get(name):
                return "MissingParameter", {}
        action = headers["x-tc-action"]
        if action not in ACTIONS:
            return "InvalidAction", {}
        if headers["x-tc-version"] != VERSION:
            return "NoSuchVersion", {}
        verdict = verify_tc3(headers, request.body, self.secrets, self.now())
        if verdict is not None:
            return verdict, {}
        try:
            body = json.loads(request.body)
        except ValueError:
            return "InvalidParameter", {}
        if not isinstance(body, dict):
            return "InvalidParameter", {}
        if set(body) - ACTIONS[action]:
            return "UnknownParameter", {}
        image = body.get("ImageBase64")
        if not image and not body.get("ImageUrl"):
            return "InvalidParameterValue.InvalidParameterValueLimit", {}
        if image:
            if not isinstance(image, str):
                return "InvalidParameterValue.InvalidParameterValueLimit", {}
            if len(image) > MAX_BASE64[action]:
                return "LimitExceeded.TooLargeFileError", {}
            try:
                base64.b64decode(image, validate=True)
            except (binascii.Error, ValueError):
                return "FailedOperation.ImageDecodeFailed", {}
        with self._state_lock:
            if self.rate_limit_per_s is not None:
                arrived = time.monotonic()
                while self._recent and arrived - self._recent[0] >= 1.0:
                    self._recent.popleft()
                if len(self._recent) >= self.rate_limit_per_s:
                    return "RequestLimitExceeded", {}
                self._recent.append(arrived)
            if self.error_code is not None and (self.error_times is None or self._errors_sent < self.error_times):
                self._errors_sent += 1
                return self.error_code, {}
            mode = self.mode
        if action == "MLIDPassportOCR":
            response = passport_response(mode)
            if not body.get("RetImage"):
                response["Image"] = ""
            return None, response
        return None, json.loads(json.dumps(GENERIC_RESPONSE))
