"""StructOCR (shared/vendors/structocr.md): `POST {base}/{passport|national-id|driver-license}`, JSON `{"img"}`.

Auth is the `x-api-key` header. Success is HTTP 200 `{"success": true|"true", "data": {...}}`; errors are
non-200 with `{"success": false, "code"|"error", "message"}` (or a non-JSON page) and are never billed, so
429/502/503/504 are retried by the transport. A read timeout is not repeated (the call may have been billed).
StructOCR gives no MRZ, images, checks or request id: those stay "unavailable".
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Mapping
from typing import Any

import httpx

from desktop_app.domain.normalize import DateKind, normalize_sex, parse_date, to_alpha3
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import Billed, DocumentCategory, ErrorCategory, Field, ScanResult
from desktop_app.engines import answers
from desktop_app.engines import vendor_values as vv
from desktop_app.engines.base import DocumentHint, Profile, ScanOptions
from desktop_app.engines.base_url import base_url_problem
from desktop_app.engines.errors import PROFILE_PROBLEM, EngineError
from desktop_app.engines.transport import Redactor, RetryPolicy, Transport, make_timing, redact_raw
from desktop_app.engines.upload import fit_base64
from desktop_app.imaging.fit import STRUCTOCR
from desktop_app.imaging.intake import Still

DEFAULT_BASE_URL = "https://api.structocr.com/v1"
DEFAULT_RATE_PER_S = 25.0
ENDPOINTS: dict[DocumentHint, str] = {
    "auto": "passport", "passport": "passport", "national_id": "national-id", "driver_license": "driver-license",
}
_ACTION_ALIASES = {"passport": "passport", "national-id": "national-id", "national_id": "national-id",
                   "driver-license": "driver-license", "driver_license": "driver-license"}
_CATEGORY_BY_ENDPOINT: dict[str, DocumentCategory] = {
    "passport": "passport", "national-id": "national_id", "driver-license": "driver_license",
}
_CATEGORY_BY_TYPE: dict[str, DocumentCategory] = {
    "p": "passport", "passport": "passport", "national_id": "national_id", "id": "national_id",
    "national-id": "national_id", "drivers_license": "driver_license", "driver_license": "driver_license",
    "driver-license": "driver_license",
}
# vendor field -> (normalized key, label)
_FIELD_KEYS: dict[str, tuple[str, str]] = {
    "type": ("document_type", QT_TRANSLATE_NOOP("Notices", "Type")),
    "country_code": ("issuing_country", QT_TRANSLATE_NOOP("Notices", "Country code")),
    "nationality": ("nationality", QT_TRANSLATE_NOOP("Notices", "Nationality")),
    "passport_number": ("document_number", QT_TRANSLATE_NOOP("Notices", "Passport number")),
    "document_number": ("document_number", QT_TRANSLATE_NOOP("Notices", "Document number")),
    "personal_number": ("personal_number", QT_TRANSLATE_NOOP("Notices", "Personal number")),
    "surname": ("surname", QT_TRANSLATE_NOOP("Notices", "Surname")),
    "given_names": ("given_names", QT_TRANSLATE_NOOP("Notices", "Given names")),
    "sex": ("sex", QT_TRANSLATE_NOOP("Notices", "Sex")),
    "date_of_birth": ("date_of_birth", QT_TRANSLATE_NOOP("Notices", "Date of birth")),
    "place_of_birth": ("place_of_birth", QT_TRANSLATE_NOOP("Notices", "Place of birth")),
    "date_of_issue": ("date_of_issue", QT_TRANSLATE_NOOP("Notices", "Date of issue")),
    "date_of_expiry": ("date_of_expiry", QT_TRANSLATE_NOOP("Notices", "Date of expiry")),
    "expiry_date": ("date_of_expiry", QT_TRANSLATE_NOOP("Notices", "Expiry date")),
    "place_of_issue": ("place_of_issue", QT_TRANSLATE_NOOP("Notices", "Place of issue")),
    "issuing_authority": ("issuing_authority", QT_TRANSLATE_NOOP("Notices", "Issuing authority")),
    "address": ("address", QT_TRANSLATE_NOOP("Notices", "Address")),
}
_DATE_KEYS: dict[str, DateKind] = {"date_of_birth": "birth", "date_of_issue": "issue", "date_of_expiry": "expiry"}
_EXTRA_KEYS = ("card_series", "region", "vehicle_class")

# code -> (category, retryable); the HTTP status decides when the code is unknown.
_CODES: dict[str, tuple[ErrorCategory, bool]] = {
    "INVALID_REQUEST_FORMAT": ("invalid_request", False),
    "INSUFFICIENT_CREDITS": ("quota_exhausted", False),
    "QUOTA_EXCEEDED": ("rate_limited", True),
    "SYSTEM_BUSY": ("server_error", True),
    "UNAUTHORIZED": ("auth", False),
    "FORBIDDEN": ("auth", False),
}
_NOT_FOUND = QT_TRANSLATE_NOOP("Notices", "The StructOCR address in this profile is wrong (the service answered "
                                          "'not found'); check the profile's base URL.")


# ---------------------------------------------------------------------------------------------- values


def _text(value: Any) -> str | None:
    """A vendor value as clean text (None for null, empty or non-scalar)."""
    return vv.clean_scalar(value)


def _is_success(value: Any) -> bool:
    return value is True or (isinstance(value, str) and value.strip().lower() == "true")


def _flatten(prefix: str, value: Any, out: dict[str, str]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            _flatten(f"{prefix}.{key}" if prefix else str(key), inner, out)
        return
    text = _text(value)
    if text is not None:
        out[prefix] = text


def _json_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        return None


# ---------------------------------------------------------------------------------------------- engine


def endpoint_for(profile: Profile, options: ScanOptions) -> str:
    """The OCR path: an explicit document choice wins, then the profile's action, then passport."""
    if options.document != "auto":
        return ENDPOINTS[options.document]
    if profile.action:
        action = _ACTION_ALIASES.get(profile.action.strip().lower())
        if action is None:
            raise EngineError("config", Notice(QT_TRANSLATE_NOOP("Notices", "Profile %1: StructOCR has no action %2; "
                                                                           "use passport, national-id or "
                                                                           "driver-license."),
                                               repr(profile.name), repr(profile.action)))
        return action
    return ENDPOINTS["auto"]


def classify(response: httpx.Response) -> EngineError | None:
    """None for a usable 200 answer; otherwise the EngineError the contract's table gives."""
    body = _json_body(response)
    status = response.status_code
    if status == 200:
        if not isinstance(body, dict):
            return EngineError("bad_response", billed="unknown", http_status=status,
                               detail="HTTP 200 with a body that is not a JSON object")
        if _is_success(body.get("success")):
            if not isinstance(body.get("data"), dict):
                return EngineError("bad_response", billed="unknown", http_status=status,
                                   detail="success without a data object")
            return None
    code = _text(body.get("code") or body.get("error")) if isinstance(body, dict) else None
    message = _text(body.get("message")) if isinstance(body, dict) else None
    if body is None and response.content:
        message = f"non-JSON answer ({response.headers.get('content-type', 'no content type')})"
    billed: Billed = "unknown" if status == 200 else "no"
    category: ErrorCategory
    known = _CODES.get(code or "")
    if known is not None:
        category, retryable = known
    elif status == 200:
        category, retryable = "bad_response", False
    elif status == 400:
        category, retryable = "invalid_request", False
    elif status in (401, 403):
        category, retryable = "auth", False
    elif status == 402:
        category, retryable = "quota_exhausted", False
    elif status == 404:
        return EngineError("config", _NOT_FOUND, billed="no", vendor_code=code, http_status=status, detail=message)
    elif status == 429:
        category, retryable = "rate_limited", True
    elif status >= 500:
        category, retryable = "server_error", True
    else:
        category, retryable = "invalid_request", False
    return EngineError(category, retryable=retryable, billed=billed, vendor_code=code,
                       http_status=status, detail=message)


class StructOcrEngine:
    """One StructOCR profile bound to the shared client."""

    def __init__(self, profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None,
                 *, policy: RetryPolicy | None = None) -> None:
        key = secrets.get("api_key")
        if not key:
            raise EngineError("auth", Notice(QT_TRANSLATE_NOOP("Notices", "The profile %1 has no api_key; set it with "
                                                                         "'scanstation keys set %2'."),
                                             repr(profile.name), profile.name))
        self._profile = profile
        self._key = key
        self.base_url = (profile.base_url or DEFAULT_BASE_URL).rstrip("/")
        self.transport = Transport(profile, client=client, redactor=Redactor([key]), policy=policy,
                                   default_rate_per_s=DEFAULT_RATE_PER_S)

    @property
    def profile(self) -> Profile:
        return self._profile

    async def aclose(self) -> None:
        await self.transport.aclose()

    def _headers(self) -> dict[str, str]:
        return {"x-api-key": self._key, "Accept": "application/json"}

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        path = endpoint_for(self._profile, options)
        t0 = time.perf_counter()
        image_b64 = await fit_base64(still, STRUCTOCR, vendor="StructOCR")
        body = vv.dumps_with_image({"img": image_b64}, "img")
        del image_b64
        url = f"{self.base_url}/{path}"

        def build(attempt: int) -> httpx.Request:
            return self.transport.client.build_request(
                "POST", url, content=body, headers={**self._headers(), "Content-Type": "application/json"})

        response, attempts = await self.transport.send(build, classify, retry_read_timeout=False)
        result = answers.read(response, lambda payload: parse_success(payload, path, self.transport.redactor),
                              vendor="StructOCR")
        result.timing = make_timing(attempts, t0=t0)
        return result

    async def balance(self) -> int | None:
        """Credits left on the account (GET {base}/account/balance, or the profile option `balance_url`: the
        vendor's docs page names https://structocr.com/v1/account/balance), for "test connection"."""
        url = self._profile.options.get("balance_url") or f"{self.base_url}/account/balance"
        problem = base_url_problem(url)
        if problem:
            raise EngineError("config", Notice(PROFILE_PROBLEM, repr(self._profile.name), problem))

        def build(attempt: int) -> httpx.Request:
            return self.transport.client.build_request("GET", url, headers=self._headers())

        def classify_balance(response: httpx.Response) -> EngineError | None:
            if response.status_code == 200:
                return None if isinstance(_json_body(response), dict) else EngineError(
                    "bad_response", billed="no", http_status=200, detail="balance is not a JSON object")
            return classify(response)

        response, _ = await self.transport.send(build, classify_balance, retry_read_timeout=True)
        account = response.json().get("account")
        remaining = account.get("credits_remaining") if isinstance(account, dict) else None
        try:
            return int(remaining) if remaining is not None else None
        except (TypeError, ValueError):
            return None


def parse_success(body: dict[str, Any], endpoint: str, redactor: Redactor | None = None) -> ScanResult:
    """A 200 `success` body -> ScanResult (adapter part only; `domain.checks.finalize` adds the rest)."""
    data: dict[str, Any] = body["data"]
    result = ScanResult(vendor="structocr", vendor_action=endpoint, raw=redact_raw(body, redactor))
    doc, holder = result.document, result.holder

    type_raw = _text(data.get("type"))
    doc.category = _CATEGORY_BY_TYPE.get((type_raw or "").lower(), _CATEGORY_BY_ENDPOINT[endpoint])
    doc.category_raw = type_raw
    doc.side = "single"
    doc.issuing_country_raw = _text(data.get("country_code"))
    doc.issuing_country = to_alpha3(doc.issuing_country_raw)
    doc.number = _text(data.get("passport_number")) or _text(data.get("document_number"))
    doc.personal_number = _text(data.get("personal_number"))
    doc.issuing_authority = _text(data.get("issuing_authority"))
    doc.place_of_issue = _text(data.get("place_of_issue"))

    dates: dict[str, dt.date | None] = {}
    for key, kind in _DATE_KEYS.items():
        raw = _text(data.get(key)) or (_text(data.get("expiry_date")) if key == "date_of_expiry" else None)
        dates[key] = parse_date(raw, kind)
        if raw is not None and dates[key] is None:
            result.warnings.append(Notice(vv.UNREAD_DATE[key]))
    doc.date_of_issue, doc.date_of_expiry = dates["date_of_issue"], dates["date_of_expiry"]
    holder.date_of_birth = dates["date_of_birth"]

    holder.surname = _text(data.get("surname"))
    holder.given_names = _text(data.get("given_names"))
    holder.full_name = " ".join(p for p in (holder.surname, holder.given_names) if p) or None
    holder.name_split = "vendor" if holder.surname or holder.given_names else "none"
    holder.sex_raw = _text(data.get("sex"))
    holder.sex = normalize_sex(holder.sex_raw, doc.issuing_country)
    holder.place_of_birth = _text(data.get("place_of_birth"))
    holder.nationality_raw = _text(data.get("nationality"))
    holder.nationality = to_alpha3(holder.nationality_raw)

    extra: dict[str, str] = {}
    for key in _EXTRA_KEYS:
        text = _text(data.get(key))
        if text is not None:
            extra[key] = text
    specific: dict[str, str] = {}
    _flatten("", data.get("country_specific"), specific)
    for path, text in specific.items():
        leaf = path.rsplit(".", 1)[-1]
        extra[leaf if leaf not in extra else path] = text
    address = _text(data.get("address"))
    if address is None:
        address = extra.pop("address", None)
    holder.address = "\n".join(line.strip() for line in address.splitlines() if line.strip()) if address else None
    holder.extra = extra

    result.fields = _fields(data, specific, dates)
    return result


def _fields(data: Mapping[str, Any], specific: Mapping[str, str], dates: Mapping[str, dt.date | None]) -> list[Field]:
    fields: list[Field] = []
    for name, value in data.items():
        raw = _text(value)
        if raw is None:
            continue
        key, label = _FIELD_KEYS.get(name, (f"vendor:{name}", name.replace("_", " ").capitalize()))
        normalized: str | None = raw
        if key in dates:
            parsed = dates[key]
            normalized = parsed.isoformat() if parsed else None
        elif key in ("issuing_country", "nationality"):
            normalized = to_alpha3(raw) or raw
        elif key == "sex":
            normalized = normalize_sex(raw) or raw
        fields.append(Field(key=key, label=Notice(label), value=normalized, raw_value=raw))
    for path, text in specific.items():
        fields.append(Field(key=f"vendor:country_specific.{path}", label=path.replace("_", " "), value=text,
                            raw_value=text))
    return fields
