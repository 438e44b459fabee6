"""TrustDecision ("TD") OCR API V2.0, as in shared/vendors/td.md.

POST `{base_url}?partner_code=…&partner_key=…` with `{image, country, scenario:"Ocr", options}`. Business
errors come back in the body with HTTP 200 (`code` != 200); any other HTTP status is a transport error.
`partner_key` travels in the query string, so it is redacted from every error, log line and raw answer.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from typing import Any

import httpx

from desktop_app.domain.normalize import DateKind, alpha3_to_alpha2, normalize_sex, parse_date, to_alpha3
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import (
    CheckStatus,
    DocumentCategory,
    ErrorCategory,
    Field,
    ForgeryReason,
    ForgeryVerdict,
    ImageQuality,
    QualityCheck,
    QualityItem,
    ScanResult,
    Validity,
)
from desktop_app.engines import answers
from desktop_app.engines import vendor_values as vv
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.transport import Redactor, RetryPolicy, Transport, make_timing, redact_raw
from desktop_app.engines.upload import fit_base64
from desktop_app.imaging.fit import TD as TD_FIT
from desktop_app.imaging.intake import Still

DEFAULT_BASE_URL = "https://sg.apitd.net/verification/kyc/ocr/v1"
DEFAULT_OPTIONS = "images,image_quality,document_forgery"
SCENARIO = "Ocr"
# td.md 6: 11350 is retried up to twice with 1 s and 3 s of backoff.
RETRY_POLICY = RetryPolicy(max_attempts=3, backoff_s=(1.0, 3.0))

# --------------------------------------------------------------------------------------------- errors

_CODE_MESSAGES: dict[int, tuple[ErrorCategory, str, bool]] = {
    # code: (category, operator sentence, retryable)
    301: ("not_enabled", QT_TRANSLATE_NOOP("Notices", "The TD OCR product is not enabled for this partner account; "
                                                      "ask the administrator to have TrustDecision enable it."), False),
    302: ("rate_limited", QT_TRANSLATE_NOOP("Notices", "TrustDecision is blocking traffic from this account; wait at "
                                                       "least 30 seconds before retrying, and contact TrustDecision if "
                                                       "it continues."), False),
    303: ("quota_exhausted", QT_TRANSLATE_NOOP("Notices", "The TD account has used up its purchased volume; top it up "
                                                          "or switch to another profile."), False),
    304: ("not_enabled", QT_TRANSLATE_NOOP("Notices", "The TD service contract has expired; ask the administrator to "
                                                      "renew it."), False),
    305: ("quota_exhausted", QT_TRANSLATE_NOOP("Notices", "The TD account reached its daily maximum volume; try again "
                                                          "tomorrow or switch to another profile."), False),
    11304: ("not_enabled", QT_TRANSLATE_NOOP("Notices", "The profile's country is not enabled for this TD partner "
                                                        "account; ask the administrator or change the country."),
            False),
    11350: ("server_error", QT_TRANSLATE_NOOP("Notices", "TrustDecision had an internal error; try again in a minute."),
            True),
}
_PARAM_MESSAGE = re.compile(r"^\s*([A-Za-z_]+)\s+(empty|error)\s*$")
_CREDENTIAL_PARAMS = {"partner_code", "partner_key"}


def error_for_code(code: int, message: str, sequence_id: str | None) -> EngineError:
    """The `EngineError` for a business code found in a TD body (any code other than 200)."""
    if code in (11301, 11340):
        match = _PARAM_MESSAGE.match(message or "")
        param = match.group(1).lower() if match else ""
        if param in _CREDENTIAL_PARAMS:
            return EngineError("auth", QT_TRANSLATE_NOOP("Notices", "TrustDecision rejected the partner code or key; "
                                                                   "check the profile's keys in Settings."),
                               vendor_code=str(code), request_id=sequence_id, billed="no", detail=message)
        if param == "country":
            sentence = QT_TRANSLATE_NOOP("Notices", "TrustDecision did not accept the profile's country; set a "
                                                    "two-letter country code in Settings.")
            return EngineError("invalid_request", sentence, vendor_code=str(code), request_id=sequence_id,
                               billed="no", detail=message)
        return EngineError("invalid_request", vendor_code=str(code), request_id=sequence_id, billed="no",
                           detail=message)
    known = _CODE_MESSAGES.get(code)
    if known is None:
        unknown = Notice(QT_TRANSLATE_NOOP("Notices", "TrustDecision answered with an unknown code %1; report this "
                                                       "with the request id."), code)
        return EngineError("bad_response", unknown, vendor_code=str(code), request_id=sequence_id, detail=message)
    category, sentence, retryable = known
    return EngineError(category, sentence, retryable=retryable, billed="no", vendor_code=str(code),
                       request_id=sequence_id, detail=message)


def classify(response: httpx.Response) -> EngineError | None:
    """Transport hook: None when the body says code 200, else the error (HTTP != 2xx is a transport error)."""
    status = response.status_code
    if not 200 <= status < 300:
        if status == 429:
            return EngineError("rate_limited", retryable=True, billed="no", http_status=status)
        if status >= 500:
            return EngineError("server_error", retryable=True, billed="no", http_status=status)
        if status in (401, 403):
            return EngineError("auth", http_status=status, billed="no")
        return EngineError("bad_response", http_status=status, detail=f"HTTP {status}")
    try:
        payload = response.json()
    except ValueError:
        return EngineError("bad_response", http_status=status, detail="the answer is not JSON")
    if not isinstance(payload, dict) or not isinstance(payload.get("code"), int):
        return EngineError("bad_response", http_status=status, detail="the answer has no integer 'code'")
    if payload["code"] == 200:
        return None
    sequence_id = payload.get("sequence_id")
    err = error_for_code(payload["code"], str(payload.get("message") or ""),
                         sequence_id if isinstance(sequence_id, str) else None)
    err.http_status = status
    return err


# --------------------------------------------------------------------------------------------- parsing

CHECK_RESULT: dict[int, CheckStatus] = {0: "fail", 1: "pass", 2: "not_performed"}
VALIDITY: dict[int, Validity] = {0: "invalid", 1: "valid", 2: "not_checked"}
RESULT_STATUS: dict[str, CheckStatus] = {"success": "pass", "error": "fail", "not performed": "not_performed"}
QUALITY_TYPES: dict[int, QualityCheck] = {
    0: "glare", 1: "focus", 2: "resolution", 3: "colorness", 4: "perspective", 5: "bounds", 6: "screen_capture",
    7: "portrait",
}
FORGERY_VERDICTS: dict[str, ForgeryVerdict] = {"pass": "pass", "fail": "fail"}
FORGERY_REASONS: dict[str, ForgeryReason] = {"black_white_print": "photocopy_bw", "screen_capture": "screen_capture"}
CATEGORIES: dict[str, DocumentCategory] = {
    "passport": "passport", "identity card": "national_id", "id card": "national_id",
    "national identity card": "national_id", "driving license": "driver_license",
    "driving licence": "driver_license", "driver license": "driver_license",
    "residence permit": "residence_permit", "visa": "visa", "voter id": "voter_id",
}

# Regula visual-field names -> the normalized key (td.md 5, normalized_schema.md 3). Keys without a slot in
# Document/Holder still get a stable snake_case key in `fields`.
FIELD_KEYS: dict[str, str] = {
    "Document Number": "document_number",
    "Passport Number": "document_number",
    "Personal Number": "personal_number",
    "Issuing State Code": "issuing_country",
    "Issuing State Name": "issuing_country_name",
    "Date of Issue": "date_of_issue",
    "Date of Expiry": "date_of_expiry",
    "Authority": "issuing_authority",
    "Place of Issue": "place_of_issue",
    "Surname": "surname",
    "Given Names": "given_names",
    "Surname And Given Names": "full_name",
    "Sex": "sex",
    "Date of Birth": "date_of_birth",
    "Place of Birth": "place_of_birth",
    "Nationality": "nationality_name",
    "Nationality Code": "nationality",
    "Address": "address",
    "Document Class Code": "document_class_code",
    "MRZ Strings": "mrz_lines",
    "MRZ Type": "mrz_type",
    "Optional Data": "optional_data",
    "Document Number Checkdigit": "document_number_checkdigit",
    "Date of Birth Checkdigit": "date_of_birth_checkdigit",
    "Date of Expiry Checkdigit": "date_of_expiry_checkdigit",
    "Final Checkdigit": "final_checkdigit",
    "Age": "age",
    "Age at Issue": "age_at_issue",
    "Years Since Issue": "years_since_issue",
    "Remainder Term": "remainder_term",
}
_FIELD_KEYS_CI = {name.casefold(): key for name, key in FIELD_KEYS.items()}
_NAME_ORDER = {name.casefold(): index for index, name in enumerate(FIELD_KEYS)}
_DATE_KEYS: dict[str, DateKind] = {"date_of_issue": "issue", "date_of_expiry": "expiry", "date_of_birth": "birth"}
_MRZ_SPLIT = re.compile(r"\^|\r?\n")


def _check(value: Any) -> CheckStatus:
    return CHECK_RESULT.get(value, "unavailable") if isinstance(value, int) and not isinstance(value, bool) \
        else "unavailable"


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str(value: Any) -> str:
    """A scalar vendor value as stripped text ("" for null, containers and booleans), cut to a sane length."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return vv.clip(str(value), vv.MAX_TEXT_CHARS).strip()
    return ""


def _obj(payload: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = payload.get(key)
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def field_key(name: str) -> str | None:
    """Normalized key of a TD field name: exact match first, then case-insensitive; None when unknown."""
    return FIELD_KEYS.get(name) or _FIELD_KEYS_CI.get(name.strip().casefold())


def first_value(entry: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """(value, original_value) of the first `value_list` item whose `value` is non-empty."""
    for item in _dicts(entry.get("value_list")):
        value = _str(item.get("value"))
        if value:
            original = item.get("original_value")
            return value, (_str(original) if original is not None else None)
    return None, None


def _image_text(entry: Mapping[str, Any]) -> str | None:
    """The base64 text of an `image_info` entry (not cut: `vv.read_image` bounds it before decoding)."""
    for item in _dicts(entry.get("value_list")):
        value = item.get("value")
        if isinstance(value, str) and value.strip():
            return value
    return None


def split_mrz(text: str) -> list[str]:
    return [line.strip() for line in _MRZ_SPLIT.split(text) if line.strip()]


def parse_quality(info: Any) -> ImageQuality:
    if not isinstance(info, dict):
        return ImageQuality()
    items = [QualityItem(check=QUALITY_TYPES[kind], status=_check(item.get("result")), raw=item)
             for item in _dicts(info.get("list")) if (kind := _int(item.get("type"))) in QUALITY_TYPES]
    return ImageQuality(overall=_check(info.get("result")), items=items)


def parse_response(payload: Mapping[str, Any], *, country: str | None, vendor_action: str) -> ScanResult:
    """Turn a TD body with code 200 into a `ScanResult` (local checks and the final outcome come later)."""
    result = ScanResult(vendor="td", vendor_action=vendor_action)
    seq = payload.get("sequence_id")
    result.request_id = seq if isinstance(seq, str) and seq else None
    doc, holder, checks = result.document, result.holder, result.checks
    doc.side = "single"

    verdict = payload.get("result")
    checks.overall_vendor = RESULT_STATUS.get(verdict, "unavailable") if isinstance(verdict, str) else "unavailable"
    status = _obj(payload, "status_info")
    checks.document_type_recognized = _check(status.get("doc_type"))
    checks.expiry_vendor = _check(status.get("expiry"))
    checks.text_format = _check(status.get("text"))
    result.mrz.vendor_check = _check(status.get("mrz"))
    if checks.overall_vendor == "fail":
        failed = [name for name in ("doc_type", "expiry", "mrz", "text") if status.get(name) == 0]
        result.warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "TD verification reported an error (%1); the data "
                                                                   "read is shown, check it against the document."),
                                      ", ".join(failed)) if failed else
                               Notice(QT_TRANSLATE_NOOP("Notices", "TD verification reported an error; the data read "
                                                                   "is shown, check it against the document.")))
    elif checks.overall_vendor == "not_performed":
        result.warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "TD did not perform its verification checks.")))

    type_info = _obj(payload, "document_type_info")
    description = _str(type_info.get("document_description"))
    doc.category_raw = description or None
    doc.category = CATEGORIES.get(description.casefold(), "other") if description else "unknown"
    doc.name = _str(type_info.get("document_name")) or None

    # key -> (rank, value): exact names beat case-insensitive ones, then the table's order (Document Number
    # before Passport Number), then the order of the answer.
    found: dict[str, tuple[tuple[int, int], str]] = {}
    card = _obj(payload, "card_info")
    for entry in _dicts(card.get("field_list")):
        name = _str(entry.get("field_name"))
        if not name:
            continue
        value, original = first_value(entry)
        key = field_key(name)
        lcid = entry.get("lcid")
        validity = entry.get("validity_status")
        norm = value
        if key in _DATE_KEYS and value is not None:
            parsed = parse_date(value, _DATE_KEYS[key])
            norm = parsed.isoformat() if parsed else value
        result.fields.append(Field(
            key=key or f"vendor:{name}", label=name, value=norm, raw_value=original if original is not None else value,
            validity=VALIDITY.get(validity, "unavailable") if isinstance(validity, int) else "unavailable",
            lcid=lcid if isinstance(lcid, int) and not isinstance(lcid, bool) else None))
        if value is None:
            continue
        if key is None:
            holder.extra.setdefault(name, value)
            continue
        rank = (0 if name in FIELD_KEYS else 1, _NAME_ORDER.get(name.casefold(), 0))
        if key not in found or rank < found[key][0]:
            found[key] = (rank, value)

    def get(key: str) -> str | None:
        return found[key][1] if key in found else None

    issuing = get("issuing_country")
    doc.issuing_country_raw = issuing or (country.upper() if country else None)
    doc.issuing_country = to_alpha3(issuing) or to_alpha3(country)
    doc.number = get("document_number")
    doc.personal_number = get("personal_number")
    doc.date_of_issue = parse_date(get("date_of_issue"), "issue")
    doc.date_of_expiry = parse_date(get("date_of_expiry"), "expiry")
    doc.issuing_authority = get("issuing_authority")
    doc.place_of_issue = get("place_of_issue")
    holder.surname = get("surname")
    holder.given_names = get("given_names")
    holder.full_name = get("full_name") or vv.join_name(holder.surname, holder.given_names)
    holder.name_split = "vendor" if holder.surname or holder.given_names else "none"
    holder.sex_raw = get("sex")
    holder.sex = normalize_sex(holder.sex_raw)
    holder.date_of_birth = parse_date(get("date_of_birth"), "birth")
    holder.place_of_birth = get("place_of_birth")
    holder.nationality_raw = get("nationality_name") or get("nationality")
    holder.nationality = to_alpha3(get("nationality")) or to_alpha3(get("nationality_name"))
    holder.address = get("address")
    mrz_text = get("mrz_lines")
    if mrz_text:
        result.mrz.lines = split_mrz(mrz_text)

    images = _obj(payload, "image_info")
    for entry in _dicts(images.get("field_list")):
        name = _str(entry.get("field_name")).casefold()
        slot = {"portrait": "portrait", "signature": "signature", "document front side": "document"}.get(name)
        if slot is None or getattr(result.images, slot) is not None:
            continue
        value = _image_text(entry)
        setattr(result.images, slot, vv.read_image(value, f"{slot} image", "TD", result.warnings))

    checks.image_quality = parse_quality(payload.get("image_quality_info"))

    forgery = payload.get("document_forgery_info")
    if isinstance(forgery, dict):
        verdict_raw = _str(forgery.get("result")).casefold()
        result.forgery.verdict = FORGERY_VERDICTS.get(verdict_raw, "unavailable")
        detail_list = forgery.get("detail")
        details = [_str(d) for d in detail_list if isinstance(d, (str, int)) and not isinstance(d, bool)] \
            if isinstance(detail_list, list) else []
        result.forgery.raw_reasons = list(details)
        reasons: list[ForgeryReason] = []
        for detail in details:
            reason = FORGERY_REASONS.get(detail.strip().casefold(), "other")
            if reason not in reasons:
                reasons.append(reason)
        result.forgery.reasons = reasons

    result.outcome = vv.outcome_of(result)
    return result


# --------------------------------------------------------------------------------------------- engine


def alpha2_country(profile: Profile) -> str:
    """The request's `country`: ISO alpha-2, upper case (a profile may hold alpha-3; convert it)."""
    raw = (profile.country or "").strip().upper()
    if re.fullmatch(r"[A-Z]{2}", raw):
        return raw
    converted = alpha3_to_alpha2(to_alpha3(raw)) if raw else None
    if converted is None:
        raise EngineError("config", QT_TRANSLATE_NOOP("Notices", "The TD profile needs a two-letter country code (for "
                                                                "example GB); set it in Settings."))
    return converted


def build_body(image_b64: str, country: str, options: str) -> dict[str, str]:
    body = {"image": image_b64, "country": country, "scenario": SCENARIO}
    if options:
        body["options"] = options
    return body


def normalize_options(raw: str | None) -> str:
    """Comma-separated, no spaces (td.md 3)."""
    if raw is None:
        return DEFAULT_OPTIONS
    return ",".join(part.strip() for part in raw.split(",") if part.strip())


async def encode_image(still: Still) -> str:
    """The still fitted to TD's limits (JPEG/PNG, aiming at <= 500 KB, <= 2,000,000 base64 characters)."""
    return await fit_base64(still, TD_FIT, vendor="TD")


class TdEngine:
    """TrustDecision OCR V2.0 bound to one profile (`secrets`: partner_code, partner_key)."""

    def __init__(self, profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None, *,
                 policy: RetryPolicy | None = None) -> None:
        self._profile = profile
        code, key = secrets.get("partner_code", ""), secrets.get("partner_key", "")
        if not code or not key:
            raise EngineError("auth", QT_TRANSLATE_NOOP("Notices", "The TD profile has no partner code or key; set "
                                                                  "them with 'scanstation keys set' or in Settings."))
        self._partner_code, self._partner_key = code, key
        self._url = (profile.base_url or DEFAULT_BASE_URL).strip()
        self._redactor = Redactor([key], query_params=("partner_key",))
        self._transport = Transport(profile, client=client, redactor=self._redactor, policy=policy or RETRY_POLICY)

    @property
    def profile(self) -> Profile:
        return self._profile

    @property
    def vendor_action(self) -> str:
        return self._profile.action or "ocr"

    def __repr__(self) -> str:
        return f"TdEngine(profile={self._profile.name!r})"

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        country = alpha2_country(self._profile)
        image_b64 = await encode_image(still)
        body = vv.dumps_with_image(
            build_body(image_b64, country, normalize_options(self._profile.options.get("options"))), "image")
        params = {"partner_code": self._partner_code, "partner_key": self._partner_key}
        client = self._transport.client

        def build(attempt: int) -> httpx.Request:
            return client.build_request("POST", self._url, params=params, content=body,
                                        headers={"Content-Type": "application/json", "Accept": "application/json"})

        t0 = time.perf_counter()
        response, attempts = await self._transport.send(build, classify, request_id_of=_sequence_id)

        def parse(payload: Any) -> ScanResult:
            if not isinstance(payload, dict):
                raise EngineError("bad_response", billed="unknown", detail="the answer is not a JSON object")
            result = parse_response(payload, country=country, vendor_action=self.vendor_action)
            result.raw = redact_raw(payload, self._redactor)
            return result

        result = answers.read(response, parse, vendor="TD")
        result.timing = make_timing(attempts, t0=t0)
        return result


def _sequence_id(response: httpx.Response) -> str | None:
    payload = answers.json_or_none(response)
    value = payload.get("sequence_id") if isinstance(payload, dict) else None
    return vv.clip(value, answers.CODE_CHARS) if isinstance(value, str) else None
