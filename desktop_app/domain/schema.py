"""The normalized scan result: one structure for every engine (see shared/vendors/normalized_schema.md).

Pure data: no Qt, no I/O. Adapters fill it; `domain.checks.finalize` derives local checks and the outcome;
`to_json_dict` turns it into the JSON the CLI prints.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

Vendor = Literal["structocr", "td", "tencent", "accuauth", "local"]
VENDORS: tuple[Vendor, ...] = ("structocr", "td", "tencent", "accuauth", "local")
Outcome = Literal["ok", "partial", "failed"]
DocumentCategory = Literal[
    "passport", "national_id", "driver_license", "residence_permit", "voter_id", "visa", "other", "unknown"
]
Side = Literal["front", "back", "single"]
PairSide = Literal["front", "back"]  # a side's role in a two-sided record
NameSplit = Literal["vendor", "heuristic", "mrz", "none"]
Sex = Literal["M", "F", "X"]
FieldSource = Literal["viz", "mrz", "barcode", "unknown"]
Validity = Literal["valid", "invalid", "not_checked", "unavailable"]
CheckStatus = Literal["pass", "fail", "not_performed", "unavailable"]
# Why a character or field of a read MRZ is not trusted although its check digits may pass (see MrzDoubt).
DoubtReason = Literal["unsure", "lookalike", "filler", "forced", "code", "format", "length", "unconfirmed"]
QualityCheck = Literal[
    "glare", "focus", "resolution", "colorness", "perspective", "bounds", "screen_capture", "portrait",
    "occlusion", "reflection", "blur", "exposure",
]
ForgeryVerdict = Literal["pass", "fail", "suspected", "not_performed", "unavailable"]
ForgeryReason = Literal["photocopy_bw", "photocopy", "screen_capture", "tampered", "other"]
ImageSource = Literal["vendor", "local_crop"]
Billed = Literal["yes", "no", "unknown"]
ErrorCategory = Literal[
    "invalid_request", "bad_image", "auth", "clock_skew", "not_enabled", "quota_exhausted", "rate_limited",
    "server_error", "network", "timeout", "bad_response", "keyring", "config",
]


@dataclass(slots=True)
class Document:
    category: DocumentCategory = "unknown"
    category_raw: str | None = None
    name: str | None = None
    side: Side | None = None
    issuing_country: str | None = None
    issuing_country_raw: str | None = None
    number: str | None = None
    personal_number: str | None = None
    date_of_issue: dt.date | None = None
    date_of_expiry: dt.date | None = None
    issuing_authority: str | None = None
    place_of_issue: str | None = None


@dataclass(slots=True)
class Holder:
    surname: str | None = None
    given_names: str | None = None
    full_name: str | None = None
    name_split: NameSplit = "none"
    sex: Sex | None = None
    sex_raw: str | None = None
    date_of_birth: dt.date | None = None
    place_of_birth: str | None = None
    nationality: str | None = None
    nationality_raw: str | None = None
    address: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Field:
    key: str
    label: str
    value: str | None
    raw_value: str | None = None
    source: FieldSource = "unknown"
    validity: Validity = "not_checked"
    confidence: float | None = None
    lcid: int | None = None


@dataclass(slots=True)
class MrzCheckDetail:
    document_number: bool | None = None
    date_of_birth: bool | None = None
    date_of_expiry: bool | None = None
    optional: bool | None = None
    composite: bool | None = None


@dataclass(frozen=True, slots=True)
class MrzDoubt:
    """One character (or field) of a read MRZ the operator must check: the engine was not sure of it.

    `field` is a field key (document_number, surname, nationality...) or "mrz_line" for a whole line; `position`
    the 1-based character in that field (0: the field as a whole; for "mrz_line" the line number); `shown` what
    the result holds there; `alternatives` what it could be as well (may be empty).
    """

    field: str
    position: int
    shown: str
    alternatives: str
    reason: DoubtReason


@dataclass(slots=True)
class Mrz:
    lines: list[str] = field(default_factory=list)
    vendor_check: CheckStatus = "unavailable"
    local_check: CheckStatus = "unavailable"
    local_check_detail: MrzCheckDetail = field(default_factory=MrzCheckDetail)
    # set by an engine that knows how sure it was of each character (the offline engine); any doubt makes
    # `local_check` "fail" in `finalize` even when every check digit passes
    doubts: list[MrzDoubt] = field(default_factory=list)


@dataclass(slots=True)
class ImageBlob:
    mime: str
    data: bytes
    source: ImageSource = "vendor"


@dataclass(slots=True)
class Images:
    portrait: ImageBlob | None = None
    signature: ImageBlob | None = None
    document: ImageBlob | None = None
    face_region: list[list[int]] | None = None


@dataclass(slots=True)
class QualityItem:
    check: QualityCheck
    status: CheckStatus
    raw: Any = None


@dataclass(slots=True)
class ImageQuality:
    overall: CheckStatus = "unavailable"
    items: list[QualityItem] = field(default_factory=list)
    score: float | None = None


@dataclass(slots=True)
class Checks:
    overall_vendor: CheckStatus = "unavailable"
    document_type_recognized: CheckStatus = "unavailable"
    expiry_vendor: CheckStatus = "unavailable"
    expiry_local: CheckStatus = "unavailable"
    text_format: CheckStatus = "unavailable"
    image_quality: ImageQuality = field(default_factory=ImageQuality)


@dataclass(slots=True)
class Forgery:
    verdict: ForgeryVerdict = "unavailable"
    reasons: list[ForgeryReason] = field(default_factory=list)
    raw_reasons: list[str | int] = field(default_factory=list)


@dataclass(slots=True)
class ErrorInfo:
    category: ErrorCategory
    message: str
    retryable: bool = False
    billed: Billed = "unknown"
    vendor_code: str | None = None
    http_status: int | None = None
    request_id: str | None = None
    checks: list[str] = field(default_factory=list)  # bad_image from the station's own gate: the failed checks


@dataclass(slots=True)
class FailoverStep:
    """A profile that was tried and passed the scan on to the next one (its error's category and sentence)."""

    profile: str
    category: ErrorCategory
    message: str


@dataclass(slots=True)
class Timing:
    started_at: dt.datetime | None = None
    latency_ms: int | None = None
    attempts: int = 0


@dataclass(slots=True)
class SideRead:
    """One side of a two-sided document in a merged result (`domain.sides`): where it came from, how its own read
    went, and which of the merged result's parts were taken from it ("holder.surname", "mrz", "images.portrait")."""

    side: PairSide
    source: str
    outcome: Outcome
    vendor: Vendor
    request_id: str | None = None
    error: ErrorInfo | None = None
    took: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ScanResult:
    vendor: Vendor
    vendor_action: str
    outcome: Outcome = "partial"
    request_id: str | None = None
    document: Document = field(default_factory=Document)
    holder: Holder = field(default_factory=Holder)
    fields: list[Field] = field(default_factory=list)
    mrz: Mrz = field(default_factory=Mrz)
    images: Images = field(default_factory=Images)
    checks: Checks = field(default_factory=Checks)
    forgery: Forgery = field(default_factory=Forgery)
    warnings: list[str] = field(default_factory=list)
    error: ErrorInfo | None = None
    raw: dict[str, Any] | str | None = None
    timing: Timing = field(default_factory=Timing)
    answered_by: str | None = None  # the profile whose engine gave this result (set by the station)
    failover: list[FailoverStep] = field(default_factory=list)  # the profiles tried before it, in order
    # the sides a merged record was read from (front, back); empty for a one-sided read, and then left out of
    # the JSON, so a one-sided read prints exactly what it printed before
    sides: list[SideRead] = field(default_factory=list)


def _jsonable(value: Any, *, include_raw: bool) -> Any:
    if isinstance(value, ImageBlob):
        return {"mime": value.mime, "data": base64.b64encode(value.data).decode("ascii"), "source": value.source}
    if is_dataclass(value) and not isinstance(value, type):
        out: dict[str, Any] = {}
        for f in fields(value):
            if isinstance(value, ScanResult) and (
                    (f.name == "raw" and not include_raw) or (f.name == "sides" and not value.sides)):
                continue
            out[f.name] = _jsonable(getattr(value, f.name), include_raw=include_raw)
        return out
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, dict):
        return {str(k): _jsonable(v, include_raw=include_raw) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, include_raw=include_raw) for v in value]
    return value


def to_json_dict(result: ScanResult, *, include_raw: bool = False) -> dict[str, Any]:
    """The result as JSON-ready data: dates ISO 8601, images `{mime, data(base64), source}`, `raw` only on request."""
    data = _jsonable(result, include_raw=include_raw)
    assert isinstance(data, dict)
    return data


def failed_result(vendor: Vendor, vendor_action: str, error: ErrorInfo) -> ScanResult:
    """A result that carries only an error (no usable data)."""
    return ScanResult(vendor=vendor, vendor_action=vendor_action, outcome="failed", request_id=error.request_id,
                      error=error)
