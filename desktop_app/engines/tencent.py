"""Tencent Cloud OCR (API 3.0, intl), as in shared/vendors/tencent.md.

`MLIDPassportOCR` for passports (MRZ lines, portrait, warning codes) and `ExtractDocMulti` for other
documents (generic key/value extraction). Every request is signed with TC3-HMAC-SHA256 (`engines.tc3`)
over the exact body bytes sent, re-signed on every attempt. API errors come back with HTTP 200 inside
`Response.Error`; only `Code` is stable, so nothing here looks at `Message`. On
`AuthFailure.SignatureExpire` the engine takes the server's time from the `Date` header, re-signs and
retries once.
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx

from desktop_app.domain.normalize import DateKind, normalize_sex, parse_date, to_alpha3
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import (
    Billed,
    CheckStatus,
    DocumentCategory,
    ErrorCategory,
    Field,
    FieldSource,
    ForgeryReason,
    ImageQuality,
    QualityCheck,
    QualityItem,
    ScanResult,
)
from desktop_app.engines import answers, tc3
from desktop_app.engines import vendor_values as vv
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.transport import Redactor, RetryPolicy, Transport, make_timing, redact_raw
from desktop_app.engines.upload import fit_base64
from desktop_app.imaging.fit import TENCENT_CARD, TENCENT_EXTRACT_DOC_MULTI, FitLimits
from desktop_app.imaging.intake import Still

DEFAULT_HOST = "ocr.intl.tencentcloudapi.com"
VERSION = "2018-11-19"
SERVICE = "ocr"
PASSPORT_ACTION = "MLIDPassportOCR"
GENERIC_ACTION = "ExtractDocMulti"
# Upload limits per action (tencent.md 4 and 5.1: 7 MB / 10 MB of base64 text, 20-10000 px).
FIT_LIMITS: dict[str, FitLimits] = {PASSPORT_ACTION: TENCENT_CARD, GENERIC_ACTION: TENCENT_EXTRACT_DOC_MULTI}
RATE_LIMIT_PER_S = 5.0
RETRY_POLICY = RetryPolicy(max_attempts=3, backoff_s=(1.0, 2.0, 4.0))
SIGNATURE_EXPIRE = "AuthFailure.SignatureExpire"

# --------------------------------------------------------------------------------------------- errors

RetryKind = Literal["transient", "once", "clock", "no"]


@dataclass(frozen=True, slots=True)
class CodeRule:
    category: ErrorCategory
    retry: RetryKind = "no"
    billed: Billed = "no"
    sentence: str | None = None  # None: the category's standard sentence


_RETAKE = QT_TRANSLATE_NOOP("Notices", "Tencent could not read a document in this image; retake the picture with the "
                                       "whole page in view.")
_BILLING = CodeRule("quota_exhausted", sentence=QT_TRANSLATE_NOOP(
        "Notices", "The Tencent Cloud account is in arrears or out of OCR resources; top it up or switch to another "
                   "profile."))
_NOT_OPEN = QT_TRANSLATE_NOOP("Notices", "The Tencent OCR service is not activated for this account or region; ask the "
                                         "administrator.")
_UNDECODABLE = CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
        "Notices", "Tencent could not decode the image; retake the picture."))
_TOO_LARGE = CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
        "Notices", "The image is too large for Tencent; retake it at a lower resolution."))

CODE_RULES: dict[str, CodeRule] = {
    # transient: retried with backoff
    "RequestLimitExceeded": CodeRule("rate_limited", "transient"),
    "RequestLimitExceeded.UinLimitExceeded": CodeRule("rate_limited", "transient"),
    "RequestLimitExceeded.GlobalRegionUinLimitExceeded": CodeRule("rate_limited", "transient"),
    "RequestLimitExceeded.IPLimitExceeded": CodeRule("rate_limited", "transient"),
    "InternalError": CodeRule("server_error", "transient"),
    "ServiceUnavailable": CodeRule("server_error", "transient"),
    "FailedOperation.EngineRecognizeTimeout": CodeRule("server_error", "transient"),
    "FailedOperation.LLMServiceFailed": CodeRule("server_error", "transient", "unknown"),
    "FailedOperation.WarningServiceFailed": CodeRule("server_error", "transient", "unknown"),
    # maybe transient: retried once
    "FailedOperation.OcrFailed": CodeRule("server_error", "once"),
    "FailedOperation.UnKnowError": CodeRule("server_error", "once", "unknown"),
    # clock: resync from the Date header, re-sign, retry once
    SIGNATURE_EXPIRE: CodeRule("clock_skew", "clock"),
    # bad image: ask for a retake
    "FailedOperation.ImageDecodeFailed": _UNDECODABLE,
    "InvalidParameter.EngineImageDecodeFailed": _UNDECODABLE,
    "FailedOperation.FileDecodeFailed": _UNDECODABLE,
    "FailedOperation.ImageBlur": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "The picture is blurred; hold the document still and retake it.")),
    "FailedOperation.IdCardTooSmall": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "The document is too small in the picture; move it closer and retake it.")),
    "FailedOperation.ImageNoText": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.NoPassport": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "Tencent found no passport in the picture; put the passport's photo page in view and retake "
                       "it.")),
    "FailedOperation.NoHKIDCard": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.NoMASIDCard": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.ImageNoIdCard": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.ImageNoSpecifiedCard": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.NotAppointCard": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.MultiCardError": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "There is more than one document in the picture; scan one document at a time.")),
    "FailedOperation.EmptyImageError": CodeRule("bad_image", billed="yes", sentence=_RETAKE),
    "FailedOperation.ImageSizeTooLarge": _TOO_LARGE,
    "LimitExceeded.TooLargeFileError": _TOO_LARGE,
    "InvalidParameterValue.InvalidFileContentSize": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "The image size is outside what Tencent accepts; retake the picture.")),
    "FailedOperation.InconsistencyBetweenMRZAndVRZ": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "The printed data and the MRZ disagree; retake the picture and check the document by hand.")),
    "FailedOperation.CardSideError": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "This is the wrong side of the document; turn it over and retake the picture.")),
    "InvalidParameterValue.UnsupportedCard": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "Tencent does not support this document with this profile; use another profile.")),
    "FailedOperation.UnKnowFileTypeError": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.PDFParseFailed": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.IdCardInfoIllegal": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.FieldException": CodeRule("bad_image", sentence=_RETAKE),
    "FailedOperation.LanguageNotSupport": CodeRule("bad_image", sentence=QT_TRANSLATE_NOOP(
            "Notices", "Tencent does not support this document's language; use another profile.")),
    # config / auth: alert the operator or administrator
    "FailedOperation.UnOpenError": CodeRule("not_enabled", sentence=_NOT_OPEN),
    "UnauthorizedOperation": CodeRule("not_enabled", sentence=_NOT_OPEN),
    "UnsupportedRegion": CodeRule("not_enabled", sentence=QT_TRANSLATE_NOOP(
            "Notices", "The profile's Tencent region does not offer this service; change the region in Settings.")),
    "ActionOffline": CodeRule("not_enabled", sentence=_NOT_OPEN),
    "InvalidAction": CodeRule("invalid_request"),
    "NoSuchVersion": CodeRule("invalid_request"),
    "MissingParameter": CodeRule("invalid_request"),
    "UnknownParameter": CodeRule("invalid_request"),
    "InvalidParameter.ConfigFormatError": CodeRule("invalid_request"),
    "InvalidParameterValue.InvalidParameterValueLimit": CodeRule("invalid_request"),
    "FailedOperation.DownLoadError": CodeRule("invalid_request"),
    "ResourceUnavailable.ImageDownloadError": CodeRule("invalid_request"),
    "RequestSizeLimitExceeded": CodeRule("invalid_request"),
    # billing: disable the vendor and alert
    "ResourceUnavailable.InArrears": _BILLING,
    "ResourceUnavailable.ResourcePackageRunOut": _BILLING,
    "ResourcesSoldOut.ChargeStatusException": _BILLING,
}
# Families, for codes not listed above (the longest matching prefix wins).
PREFIX_RULES: tuple[tuple[str, CodeRule], ...] = (
    ("RequestLimitExceeded", CodeRule("rate_limited", "transient")),
    ("AuthFailure.UnauthorizedOperation", CodeRule("not_enabled", sentence=_NOT_OPEN)),
    ("AuthFailure", CodeRule("auth", sentence=QT_TRANSLATE_NOOP(
            "Notices", "Tencent Cloud rejected the SecretId or SecretKey; check the profile's keys in Settings."))),
    ("ResourceUnavailable", _BILLING),
    ("ResourcesSoldOut", _BILLING),
    ("InvalidParameterValue", CodeRule("invalid_request")),
    ("InvalidParameter", CodeRule("invalid_request")),
    ("InvalidRequest", CodeRule("invalid_request")),
    ("UnsupportedOperation", CodeRule("invalid_request")),
    ("UnsupportedProtocol", CodeRule("invalid_request")),
    ("LimitExceeded", CodeRule("bad_image", sentence=_RETAKE)),
    ("FailedOperation", CodeRule("bad_image", billed="unknown", sentence=_RETAKE)),
)
_UNKNOWN_RULE = CodeRule("server_error", billed="unknown")


def rule_for(code: str) -> CodeRule:
    """The classification of a Tencent error code (exact code, then its family)."""
    rule = CODE_RULES.get(code)
    if rule is not None:
        return rule
    for prefix, family in PREFIX_RULES:
        if code == prefix or code.startswith(prefix + "."):
            return family
    return _UNKNOWN_RULE


def error_for_code(code: str, request_id: str | None, message: str | None = None, *,
                   retryable: bool | None = None) -> EngineError:
    rule = rule_for(code)
    allowed = rule.retry == "transient" if retryable is None else retryable
    return EngineError(rule.category, rule.sentence or OPERATOR_SENTENCES[rule.category], retryable=allowed,
                       billed=rule.billed, vendor_code=code, request_id=request_id, detail=message)


def envelope(response: httpx.Response) -> dict[str, Any] | None:
    """`Response` object of a Tencent answer, or None when the body is not the API 3.0 envelope."""
    try:
        payload = response.json()
    except ValueError:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("Response"), dict):
        return None
    inner: dict[str, Any] = payload["Response"]
    return inner


def _request_id(inner: Mapping[str, Any] | None) -> str | None:
    value = inner.get("RequestId") if inner else None
    return vv.clip(value, answers.CODE_CHARS) if isinstance(value, str) and value else None


def _request_id_of(response: httpx.Response) -> str | None:
    """The RequestId of any answer (for the log line); None when the body is not a readable envelope."""
    payload = answers.json_or_none(response)
    inner = payload.get("Response") if isinstance(payload, dict) else None
    return _request_id(inner) if isinstance(inner, dict) else None


@dataclass
class Classifier:
    """Transport hook for one logical call: retries "once" codes a single time and remembers clock errors."""

    retried_once: set[str] = field(default_factory=set)
    server_date: str | None = None  # the Date header that came with AuthFailure.SignatureExpire

    def __call__(self, response: httpx.Response) -> EngineError | None:
        status = response.status_code
        inner = envelope(response)
        if status != 200:
            return EngineError("server_error", retryable=True, billed="no", http_status=status,
                               request_id=_request_id(inner), detail=f"HTTP {status}")
        if inner is None:
            return EngineError("bad_response", http_status=status, detail="the answer is not a Tencent envelope")
        error = inner.get("Error")
        if error is None:
            return None
        code = str(error.get("Code") or "") if isinstance(error, dict) else ""
        message = str(error.get("Message") or "") if isinstance(error, dict) else ""
        if not code:
            return EngineError("bad_response", http_status=status, request_id=_request_id(inner),
                               detail="Response.Error has no Code")
        rule = rule_for(code)
        retryable: bool | None = None
        if rule.retry == "once":
            retryable = code not in self.retried_once
            self.retried_once.add(code)
        elif rule.retry == "clock":
            self.server_date = response.headers.get("Date")
        err = error_for_code(code, _request_id(inner), message, retryable=retryable)
        err.http_status = status
        return err


def server_time(date_header: str | None) -> float | None:
    """Unix time from an HTTP `Date` header; None when absent or unreadable."""
    if not date_header:
        return None
    try:
        when = email.utils.parsedate_to_datetime(date_header)
    except (TypeError, ValueError):
        return None
    return when.timestamp() if when.tzinfo is not None else None


# --------------------------------------------------------------------------------------------- parsing

WARN_QUALITY: dict[int, QualityCheck] = {-9101: "occlusion", -9107: "reflection", -9108: "blur"}
WARN_FORGERY: dict[int, ForgeryReason] = {-9102: "photocopy", -9103: "screen_capture", -9104: "tampered"}
WARN_SERVICE_OFF = -9109

# MLIDPassportOCR: MRZ-derived fields (R.*) and visual-zone fields (V.* = PassportRecognizeInfos.*).
MRZ_FIELDS: dict[str, str] = {
    "ID": "document_number", "Name": "full_name", "Surname": "surname", "GivenName": "given_names",
    "DateOfBirth": "date_of_birth", "DateOfExpiration": "date_of_expiry", "Sex": "sex",
    "IssuingCountry": "issuing_country", "Nationality": "nationality", "Type": "document_code",
}
VIZ_FIELDS: dict[str, str] = {
    "Type": "document_code", "IssuingCountry": "issuing_country", "PassportID": "document_number",
    "Surname": "surname", "GivenName": "given_names", "Name": "full_name", "Nationality": "nationality",
    "DateOfBirth": "date_of_birth", "Sex": "sex", "DateOfIssuance": "date_of_issue",
    "DateOfExpiration": "date_of_expiry", "Signature": "signature_text", "IssuePlace": "place_of_issue",
    "IssuingAuthority": "issuing_authority", "BirthPlace": "place_of_birth", "PassportFlag": "passport_flag",
    "MiddleName": "middle_name", "FatherName": "father_name", "MotherName": "mother_name", "Title": "title",
    "Postname": "postname",
}
EXTRA_KEYS = ("middle_name", "father_name", "mother_name", "title", "postname", "passport_flag", "signature_text")
_DATE_KIND: dict[str, DateKind] = {"date_of_birth": "birth", "date_of_expiry": "expiry", "date_of_issue": "issue"}

# ExtractDocMulti: the keys we ask for, and how returned key names map to normalized fields.
ITEM_NAMES = ("Name", "Surname", "GivenName", "DateOfBirth", "Sex", "Nationality", "DocumentNumber",
              "PersonalNumber", "DateOfIssue", "DateOfExpiry", "IssuingCountry", "IssuingAuthority",
              "PlaceOfBirth", "PlaceOfIssue", "Address")
ITEM_KEYS: dict[str, str] = {
    "name": "full_name", "fullname": "full_name", "surname": "surname", "lastname": "surname",
    "familyname": "surname", "givenname": "given_names", "givennames": "given_names", "firstname": "given_names",
    "dateofbirth": "date_of_birth", "birthdate": "date_of_birth", "birthday": "date_of_birth",
    "sex": "sex", "gender": "sex", "nationality": "nationality", "documentnumber": "document_number",
    "passportnumber": "document_number", "passportno": "document_number", "idnumber": "document_number",
    "cardnumber": "document_number", "licensenumber": "document_number", "number": "document_number",
    "personalnumber": "personal_number", "dateofissue": "date_of_issue", "issuedate": "date_of_issue",
    "dateofissuance": "date_of_issue", "dateofexpiry": "date_of_expiry", "expirydate": "date_of_expiry",
    "expirationdate": "date_of_expiry", "dateofexpiration": "date_of_expiry", "validuntil": "date_of_expiry",
    "issuingcountry": "issuing_country", "countryofissue": "issuing_country",
    "issuingauthority": "issuing_authority", "authority": "issuing_authority", "placeofbirth": "place_of_birth",
    "birthplace": "place_of_birth", "placeofissue": "place_of_issue", "address": "address",
}
_MRZ_LINE = re.compile(r"^[A-Z0-9<]{30,44}$")
_CATEGORY_OF_HINT: dict[str, DocumentCategory] = {
    "passport": "passport", "national_id": "national_id", "driver_license": "driver_license",
}


def _text(value: Any) -> str | None:
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = vv.clip(str(value), vv.MAX_TEXT_CHARS).strip()
        return text or None
    return None


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.casefold())

_UNREAD_DATE = {
    "date_of_birth": QT_TRANSLATE_NOOP("Notices", "Tencent returned a date of birth the station could not read."),
    "date_of_expiry": QT_TRANSLATE_NOOP("Notices", "Tencent returned a date of expiry the station could not read."),
    "date_of_issue": QT_TRANSLATE_NOOP("Notices", "Tencent returned a date of issue the station could not read."),
}


def parse_warnings(warn: Any, result: ScanResult) -> None:
    """`WarnCardInfos` -> image-quality items and the forgery verdict (normalized_schema.md 3)."""
    if not isinstance(warn, list):
        return
    codes = [int(code) for code in warn if isinstance(code, int) and not isinstance(code, bool)]
    result.forgery.raw_reasons = list(codes)
    if WARN_SERVICE_OFF in codes:
        result.forgery.verdict = "not_performed"
        result.checks.image_quality = ImageQuality(
            overall="not_performed",
            items=[QualityItem(check=check, status="not_performed") for check in WARN_QUALITY.values()])
        return
    items = [QualityItem(check=check, status="fail" if code in codes else "pass", raw=code if code in codes else None)
             for code, check in WARN_QUALITY.items()]
    overall: CheckStatus = "fail" if any(item.status == "fail" for item in items) else "pass"
    result.checks.image_quality = ImageQuality(overall=overall, items=items)
    reasons = [reason for code, reason in WARN_FORGERY.items() if code in codes]
    result.forgery.reasons = reasons
    result.forgery.verdict = "suspected" if reasons else "pass"


def _apply(result: ScanResult, values: Mapping[str, str]) -> None:
    """Fill Document/Holder from normalized key -> raw text (dates, sex and countries normalized)."""
    doc, holder = result.document, result.holder
    doc.number = values.get("document_number")
    doc.personal_number = values.get("personal_number")
    doc.issuing_country_raw = values.get("issuing_country")
    doc.issuing_country = to_alpha3(doc.issuing_country_raw)
    doc.issuing_authority = values.get("issuing_authority")
    doc.place_of_issue = values.get("place_of_issue")
    for key, kind in _DATE_KIND.items():
        parsed = parse_date(values.get(key), kind)
        if key == "date_of_birth":
            holder.date_of_birth = parsed
        elif key == "date_of_expiry":
            doc.date_of_expiry = parsed
        else:
            doc.date_of_issue = parsed
        if values.get(key) and parsed is None:
            result.warnings.append(Notice(_UNREAD_DATE[key]))
    holder.surname = values.get("surname")
    holder.given_names = values.get("given_names")
    holder.full_name = values.get("full_name") or vv.join_name(holder.surname, holder.given_names)
    holder.name_split = "vendor" if holder.surname or holder.given_names else "none"
    holder.sex_raw = values.get("sex")
    holder.sex = normalize_sex(holder.sex_raw)
    holder.place_of_birth = values.get("place_of_birth")
    holder.address = values.get("address")


def _field(key: str, label: str, raw: str, source: FieldSource) -> Field:
    value = raw
    if key in _DATE_KIND:
        parsed = parse_date(raw, _DATE_KIND[key])
        value = parsed.isoformat() if parsed else raw
    return Field(key=key, label=label, value=value, raw_value=raw, source=source)


def parse_passport(inner: Mapping[str, Any]) -> ScanResult:
    """MLIDPassportOCR `Response` -> `ScanResult` (MRZ values first, visual zone as the fallback)."""
    result = ScanResult(vendor="tencent", vendor_action=PASSPORT_ACTION, request_id=_request_id(inner))
    viz = _obj(inner, "PassportRecognizeInfos")
    mrz_values: dict[str, str] = {}
    viz_values: dict[str, str] = {}
    for name, key in MRZ_FIELDS.items():
        text = _text(inner.get(name))
        if text:
            mrz_values[key] = text
            result.fields.append(_field(key, name, text, "mrz"))
    for name, key in VIZ_FIELDS.items():
        text = _text(viz.get(name))
        if text:
            viz_values[key] = text
            result.fields.append(_field(key, f"PassportRecognizeInfos.{name}", text, "viz"))
    merged = {**viz_values, **mrz_values}
    # Dates: the MRZ's YYYYMMDD first; the visual zone's "11 Apr 1990" when the MRZ one is missing or unreadable.
    for key, kind in _DATE_KIND.items():
        readable = [raw for raw in (mrz_values.get(key), viz_values.get(key))
                    if raw and parse_date(raw, kind) is not None]
        if readable:
            merged[key] = readable[0]
    _apply(result, merged)
    result.holder.nationality = to_alpha3(mrz_values.get("nationality")) or to_alpha3(viz_values.get("nationality"))
    result.holder.nationality_raw = viz_values.get("nationality") or mrz_values.get("nationality")
    for key in EXTRA_KEYS:
        if key in viz_values:
            result.holder.extra[key] = viz_values[key]
    code = merged.get("document_code")
    result.document.category_raw = code
    result.document.category = "passport" if not code or code.upper().startswith("P") else "other"
    result.document.side = "single"
    result.checks.document_type_recognized = "pass"
    lines = [line for line in (_text(inner.get("CodeSet")), _text(inner.get("CodeCrc"))) if line]
    result.mrz.lines = lines
    image = inner.get("Image")
    if isinstance(image, str) and image.strip():  # not cut: `vv.read_image` bounds it before decoding
        result.images.portrait = vv.read_image(image, "portrait image", "Tencent", result.warnings)
    parse_warnings(inner.get("WarnCardInfos"), result)
    if inner.get("IsComplete") is False:
        result.warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "Tencent reports that the passport information "
                                                                   "is incomplete.")))
    result.outcome = vv.outcome_of(result)
    return result


def mrz_from_text(lines: list[str]) -> list[str]:
    """MRZ lines found in full-text output (2x44, 2x36 or 3x30 consecutive MRZ-looking lines)."""
    compact = [line.replace(" ", "").upper() for line in lines]
    for size, count in ((44, 2), (36, 2), (30, 3)):
        for start in range(len(compact) - count + 1):
            window = compact[start:start + count]
            if all(len(line) == size and _MRZ_LINE.match(line) for line in window) and "<" in "".join(window):
                return window
    return []


def parse_generic(inner: Mapping[str, Any], options: ScanOptions) -> ScanResult:
    """ExtractDocMulti `Response` -> `ScanResult` (key/value pairs; dates as printed; the full text)."""
    result = ScanResult(vendor="tencent", vendor_action=GENERIC_ACTION, request_id=_request_id(inner))
    values: dict[str, str] = {}
    for group in _dicts(inner.get("StructuralList")):
        for line_info in _dicts(group.get("Groups")):
            for item in _dicts(line_info.get("Lines")):
                key_info, value_info = _obj(item, "Key"), _obj(item, "Value")
                auto = _text(key_info.get("AutoName")) or ""
                config = _text(key_info.get("ConfigName")) or ""
                content = _text(value_info.get("AutoContent"))
                label = auto or config
                if not label or content is None:
                    continue
                key = ITEM_KEYS.get(_snake(config)) or ITEM_KEYS.get(_snake(auto))
                result.fields.append(_field(key or f"vendor:{label}", label, content, "unknown"))
                if key is None:
                    result.holder.extra.setdefault(label, content)
                else:
                    values.setdefault(key, content)
    _apply(result, values)
    result.holder.nationality_raw = values.get("nationality")
    result.holder.nationality = to_alpha3(values.get("nationality"))
    words = [text for word in _dicts(inner.get("WordList")) if (text := _text(word.get("DetectedText")))]
    if words:
        result.fields.append(Field(key="full_text", label=Notice(QT_TRANSLATE_NOOP("Notices", "Full text")),
                                   value="\n".join(words), raw_value="\n".join(words)))
        result.mrz.lines = mrz_from_text(words)
    result.document.category = _CATEGORY_OF_HINT.get(options.document, "unknown")
    result.document.side = options.side
    result.outcome = vv.outcome_of(result)
    return result


def _obj(parent: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = parent.get(key)
    return value if isinstance(value, dict) else {}


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


# --------------------------------------------------------------------------------------------- engine


def choose_action(profile: Profile, options: ScanOptions) -> str:
    """The profile's action when set; else MLIDPassportOCR for passports (and "auto"), ExtractDocMulti otherwise."""
    if profile.action:
        action = profile.action.strip()
        for known in (PASSPORT_ACTION, GENERIC_ACTION):
            if action.casefold() == known.casefold():
                return known
        raise EngineError("config", Notice(QT_TRANSLATE_NOOP("Notices", "The Tencent profile's action %1 is not "
                                                                        "supported; use %2 or %3."),
                                           repr(action), PASSPORT_ACTION, GENERIC_ACTION))
    return PASSPORT_ACTION if options.document in ("auto", "passport") else GENERIC_ACTION


def build_payload(action: str, image_b64: str, profile: Profile) -> dict[str, Any]:
    if action == PASSPORT_ACTION:
        return {"ImageBase64": image_b64, "RetImage": True}
    item_names = profile.options.get("item_names")
    names = [n.strip() for n in item_names.split(",") if n.strip()] if item_names else list(ITEM_NAMES)
    return {"ImageBase64": image_b64, "ConfigId": profile.options.get("config_id", "General"), "ItemNames": names,
            "OutputLanguage": "en", "EnableCoord": False, "ReturnFullText": True}


def endpoint(profile: Profile) -> tuple[str, str]:
    """(URL to POST to, Host to send and sign). `base_url` overrides the intl host (fakes, proxies)."""
    if not profile.base_url:
        return f"https://{DEFAULT_HOST}/", DEFAULT_HOST
    url = httpx.URL(profile.base_url)
    host = url.netloc.decode("ascii")
    if not url.host:
        raise EngineError("config", QT_TRANSLATE_NOOP("Notices", "The Tencent profile's base URL has no host; fix it "
                                                                 "in Settings."))
    return f"{url.scheme}://{host}/", host


async def encode_image(still: Still, action: str) -> str:
    """The still fitted to the action's limits as plain base64, encoded off the event loop."""
    return await fit_base64(still, FIT_LIMITS[action], vendor="Tencent")


class TencentEngine:
    """Tencent Cloud OCR bound to one profile (`secrets`: secret_id, secret_key, optional token)."""

    def __init__(self, profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None, *,
                 policy: RetryPolicy | None = None) -> None:
        self._profile = profile
        secret_id, secret_key = secrets.get("secret_id", ""), secrets.get("secret_key", "")
        if not secret_id or not secret_key:
            raise EngineError("auth", QT_TRANSLATE_NOOP("Notices", "The Tencent profile has no SecretId or SecretKey; "
                                                                  "set them with 'scanstation keys set' or in "
                                                                  "Settings."))
        self._secret_id, self._secret_key = secret_id, secret_key
        self._token = secrets.get("token") or None
        self._url, self._host = endpoint(profile)
        self._redactor = Redactor([s for s in (secret_key, self._token) if s])
        self._transport = Transport(profile, client=client, redactor=self._redactor, policy=policy or RETRY_POLICY,
                                    default_rate_per_s=RATE_LIMIT_PER_S)
        self.clock_offset_s = 0.0  # server time minus local time, learnt from a SignatureExpire answer

    @property
    def profile(self) -> Profile:
        return self._profile

    def __repr__(self) -> str:
        return f"TencentEngine(profile={self._profile.name!r})"

    async def aclose(self) -> None:
        await self._transport.aclose()

    def _now(self) -> int:
        return int(time.time() + self.clock_offset_s)

    def _build(self, action: str, body: bytes) -> httpx.Request:
        signed = tc3.sign(self._secret_id, self._secret_key, host=self._host, action=action, version=VERSION,
                          timestamp=self._now(), body=body, service=SERVICE, region=self._profile.region or None,
                          token=self._token)
        return self._transport.client.build_request("POST", self._url, content=body, headers=signed.headers)

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        action = choose_action(self._profile, options)
        image_b64 = await encode_image(still, action)
        body = vv.dumps_with_image(build_payload(action, image_b64, self._profile), "ImageBase64")
        t0 = time.perf_counter()
        attempts = 0
        resynced = False
        while True:
            classifier = Classifier()
            try:
                response, used = await self._transport.send(lambda _attempt: self._build(action, body), classifier,
                                                            request_id_of=_request_id_of)
            except EngineError as err:
                attempts += err.attempts or 1
                server_now = server_time(classifier.server_date)
                if err.vendor_code == SIGNATURE_EXPIRE and not resynced and server_now is not None:
                    self.clock_offset_s = server_now - time.time()
                    resynced = True
                    continue
                err.attempts = attempts  # both calls when the clock was resynced
                raise
            attempts += used
            break

        def parse(payload: Any) -> ScanResult:
            inner = payload.get("Response") if isinstance(payload, dict) else None
            if not isinstance(inner, dict):
                raise EngineError("bad_response", billed="unknown", detail="the answer is not a Tencent envelope")
            result = parse_passport(inner) if action == PASSPORT_ACTION else parse_generic(inner, options)
            result.raw = redact_raw(inner, self._redactor)
            return result

        result = answers.read(response, parse, vendor="Tencent")
        result.timing = make_timing(attempts, t0=t0)
        if resynced:
            result.warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "This computer's clock is off by about %1 s; "
                                                                       "the station adjusted for it, but please "
                                                                       "correct the date and time."),
                                          round(self.clock_offset_s)))
        return result
