"""AccuAuth / DeepFinch ID card OCR (shared/vendors/accuauth.md): `POST https://cloudapi.<country>.accuauth.com/ocr/idcard`.

Multipart `file` + `detect_face=1`, headers `X-DF-API-ID` / `X-DF-API-SECRET`. The answer is
`{"request_id", "status", "results": [{card_type, card_side, card_info, face_region?}]}`; errors are switched
on the body's `status` (HTTP 403 means both "quota" and "rate limit"), a non-JSON body is `bad_response`.
Ecuador is the reference; the Philippine, Mexican and Nigerian hosts share the shape and are read with the
same code. The vendor returns no portrait: it is cropped locally from the submitted still using
`face_region` (bounding box plus ~15 % margin).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import time
from collections.abc import Mapping
from typing import Any

import cv2
import httpx
import numpy as np
import numpy.typing as npt

from desktop_app.domain.normalize import DateKind, normalize_sex, parse_date, split_full_name, to_alpha3
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import (
    Billed,
    DocumentCategory,
    ErrorCategory,
    Field,
    FieldSource,
    ImageBlob,
    ScanResult,
)
from desktop_app.engines import answers
from desktop_app.engines import vendor_values as vv
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.profile import ACCUAUTH_COUNTRIES
from desktop_app.engines.transport import Redactor, RetryPolicy, Transport, make_timing, redact_raw
from desktop_app.engines.upload import fit_for_upload
from desktop_app.imaging.fit import ACCUAUTH, FittedImage
from desktop_app.imaging.intake import Still

DEFAULT_COUNTRY = "ecuador"
DEFAULT_ACTION = "ocr/idcard"
DEFAULT_RATE_PER_S = 5.0
PORTRAIT_MARGIN = 0.15
COUNTRIES = ACCUAUTH_COUNTRIES  # host country -> (alpha-3, document name)

_NO_CARD = QT_TRANSLATE_NOOP("Notices", "No ID card was found in the picture; retake it with the whole card in view.")
# status -> (category, retryable, billed, sentence or None for the category's default)
_STATUS: dict[str, tuple[ErrorCategory, bool, Billed, str | None]] = {
    "INVALID_ARGUMENT": ("invalid_request", False, "no", None),
    "DETECTION_FAILED": ("bad_image", False, "unknown",
                         _NO_CARD),
    "UNAUTHORIZED": ("auth", False, "no", None),
    "KEY_EXPIRED": ("auth", False, "no", QT_TRANSLATE_NOOP("Notices", "The AccuAuth API id has expired; ask the "
                                                                     "administrator for a new one.")),
    "NO_PERMISSION": ("not_enabled", False, "no", None),
    "OUT_OF_QUOTA": ("quota_exhausted", False, "no", None),
    "RATE_LIMIT_EXCEEDED": ("rate_limited", True, "no", None),
    "NOT_FOUND": ("config", False, "no",
                  QT_TRANSLATE_NOOP("Notices", "The AccuAuth address in this profile is wrong (the service "
                                               "answered 'not found'); check the profile's country and base URL.")),
    "INTERNAL_ERROR": ("server_error", True, "unknown", None),
}

_MRZ_LINE = re.compile(r"^[A-Z0-9<]{30,44}$")
# card_info key -> (normalized key, label); the rest become "vendor:<key>".
_FIELD_KEYS: dict[str, tuple[str, str]] = {
    "id_number": ("personal_number", QT_TRANSLATE_NOOP("Notices", "ID number")),
    "name": ("full_name", QT_TRANSLATE_NOOP("Notices", "Name")),
    "full_name": ("full_name", QT_TRANSLATE_NOOP("Notices", "Full name")),
    "surname": ("surname", QT_TRANSLATE_NOOP("Notices", "Surname")),
    "last_name": ("surname", QT_TRANSLATE_NOOP("Notices", "Last name")),
    "first_name": ("given_names", QT_TRANSLATE_NOOP("Notices", "First name")),
    "give_name": ("given_names", QT_TRANSLATE_NOOP("Notices", "Given name")),
    "given_name": ("given_names", QT_TRANSLATE_NOOP("Notices", "Given name")),
    "middle_name": ("vendor:middle_name", QT_TRANSLATE_NOOP("Notices", "Middle name")),
    "nationality": ("nationality", QT_TRANSLATE_NOOP("Notices", "Nationality")),
    "birthday_s": ("date_of_birth", QT_TRANSLATE_NOOP("Notices", "Birthday")),
    "birth_place": ("place_of_birth", QT_TRANSLATE_NOOP("Notices", "Place of birth")),
    "gender_s": ("sex", QT_TRANSLATE_NOOP("Notices", "Gender")),
    "issue_date_s": ("date_of_issue", QT_TRANSLATE_NOOP("Notices", "Issue date")),
    "expiry_date_s": ("date_of_expiry", QT_TRANSLATE_NOOP("Notices", "Expiry date")),
    "address": ("address", QT_TRANSLATE_NOOP("Notices", "Address")),
}
_RAW_DATE_OF = {"birthday_s": "birthday", "issue_date_s": "issue_date", "expiry_date_s": "expiry_date"}
_DATE_KIND: dict[str, DateKind] = {"birthday_s": "birth", "issue_date_s": "issue", "expiry_date_s": "expiry"}
_EXTRA_KEYS = ("marital_status", "profession", "education", "mother_name", "father_name", "voter_id",
               "blood_type", "middle_name")
_DOC_TYPES: dict[str, DocumentCategory] = {"PASSPORT": "passport", "DL": "driver_license", "VOTER": "voter_id"}


# ---------------------------------------------------------------------------------------------- values


def _text(value: Any) -> str | None:
    """A vendor value as clean text: empty strings (AccuAuth's "missing") and containers give None."""
    return vv.clean_scalar(value)


def _mrz_lines(info: Mapping[str, Any]) -> list[str]:
    lines = []
    for key in ("line1_all", "line2_all", "line3_all"):
        text = "".join((_text(info.get(key)) or "").split()).upper()
        if text:
            lines.append(text)
    return lines if lines and all(_MRZ_LINE.match(line) for line in lines) else []


# ---------------------------------------------------------------------------------------------- errors


def _json_body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        return None


def request_id_of(response: httpx.Response) -> str | None:
    """The vendor's request id (`TID…`) of an answer, for the log line."""
    body = answers.json_or_none(response)
    return _text(body.get("request_id")) if isinstance(body, dict) else None


def classify(response: httpx.Response) -> EngineError | None:
    body = _json_body(response)
    status = response.status_code
    if not isinstance(body, dict) or not isinstance(body.get("status"), str):
        kind = response.headers.get("content-type", "no content type")
        unread = f"HTTP {status} answer without a JSON status ({kind})"
        if status == 429 or status >= 500:  # a proxy's HTML page: transient, retried like the other vendors
            category: ErrorCategory = "rate_limited" if status == 429 else "server_error"
            return EngineError(category, retryable=True, billed="no", http_status=status, detail=unread)
        return EngineError("bad_response", billed="unknown", http_status=status, vendor_code="UNKNOWN",
                           detail=unread)
    code = body["status"]
    request_id = _text(body.get("request_id"))
    if code == "OK":
        if not isinstance(body.get("results"), list):
            return EngineError("bad_response", billed="unknown", http_status=status, request_id=request_id,
                               detail="status OK without a results array")
        return None
    known = _STATUS.get(code)
    detail = _text(body.get("reason"))
    if known is None:
        category = ("auth" if status == 401 else "not_enabled" if status == 403
                                   else "rate_limited" if status == 429 else "server_error" if status >= 500
                                   else "bad_response")
        return EngineError(category, retryable=category in ("rate_limited", "server_error"), billed="unknown",
                           vendor_code=code, http_status=status, request_id=request_id, detail=detail)
    category, retryable, billed, sentence = known
    return EngineError(category, sentence, retryable=retryable, billed=billed, vendor_code=code, http_status=status,
                       request_id=request_id, detail=detail)


# ---------------------------------------------------------------------------------------------- engine


class AccuAuthEngine:
    """One AccuAuth profile (country host + product path) bound to the shared client."""

    def __init__(self, profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None,
                 *, policy: RetryPolicy | None = None) -> None:
        api_id, api_secret = secrets.get("api_id"), secrets.get("api_secret")
        if not api_id or not api_secret:
            raise EngineError("auth", Notice(QT_TRANSLATE_NOOP("Notices", "The profile %1 needs api_id and api_secret; "
                                                                         "set them with 'scanstation keys set %2'."),
                                             repr(profile.name), profile.name))
        self._profile = profile
        self._headers = {"X-DF-API-ID": api_id, "X-DF-API-SECRET": api_secret, "Accept": "application/json"}
        self.country = (profile.country or DEFAULT_COUNTRY).lower()
        if self.country not in COUNTRIES:
            raise EngineError("config", Notice(QT_TRANSLATE_NOOP("Notices", "Profile %1: AccuAuth has no host for %2; "
                                                                           "use one of %3."),
                                               repr(profile.name), repr(profile.country), ", ".join(COUNTRIES)))
        base = profile.base_url or f"https://cloudapi.{self.country}.accuauth.com"
        self.action = (profile.action or DEFAULT_ACTION).strip("/")
        self.url = f"{base.rstrip('/')}/{self.action}"
        self.transport = Transport(profile, client=client, redactor=Redactor([api_id, api_secret]), policy=policy,
                                   default_rate_per_s=DEFAULT_RATE_PER_S)

    @property
    def profile(self) -> Profile:
        return self._profile

    async def aclose(self) -> None:
        await self.transport.aclose()

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        t0 = time.perf_counter()
        fitted = await fit_for_upload(still, ACCUAUTH)
        extension = "png" if fitted.mime == "image/png" else "jpg"
        files = {"file": (f"card.{extension}", fitted.data, fitted.mime)}

        def build(attempt: int) -> httpx.Request:
            return self.transport.client.build_request("POST", self.url, headers=self._headers, files=files,
                                                       data={"detect_face": "1"})

        response, attempts = await self.transport.send(build, classify, retry_read_timeout=False,
                                                       request_id_of=request_id_of)

        def parse(body: Any) -> ScanResult:
            return parse_success(body, still, fitted, options, country=self.country, action=self.action,
                                 redactor=self.transport.redactor)

        result = answers.read(response, parse, vendor="AccuAuth")
        result.timing = make_timing(attempts, t0=t0)
        return result


# ---------------------------------------------------------------------------------------------- parsing


def _pick(results: list[dict[str, Any]], side: str | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The primary result (the asked side, else the front, else the first) and the others."""
    wanted = side or "front"
    primary = next((r for r in results if r.get("card_side") == wanted), results[0])
    return primary, [r for r in results if r is not primary]


def _face_points(region: Any, scale: float) -> list[list[int]] | None:
    """face_region (4 points in the uploaded image) -> points in the still's coordinates."""
    if not isinstance(region, list) or len(region) != 4:
        return None
    points = []
    for point in region:
        if not (isinstance(point, list) and len(point) == 2
                and all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in point)):
            return None
        points.append([round(point[0] / scale), round(point[1] / scale)])
    return points


def crop_portrait(rgb: npt.NDArray[np.uint8], points: list[list[int]], margin: float = PORTRAIT_MARGIN) -> bytes | None:
    """JPEG of the bounding box of `points` grown by `margin` on each side (clamped); None if degenerate."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    if width < 8 or height < 8:
        return None
    img_h, img_w = rgb.shape[:2]
    x0 = max(0, int(min(xs) - margin * width))
    y0 = max(0, int(min(ys) - margin * height))
    x1 = min(img_w, int(max(xs) + margin * width + 1))
    y1 = min(img_h, int(max(ys) + margin * height + 1))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    crop = np.ascontiguousarray(rgb[y0:y1, x0:x1, ::-1])  # RGB -> BGR for OpenCV
    ok, buf = cv2.imencode(".jpg", crop, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return bytes(buf.tobytes()) if ok else None


def _date_field(info: Mapping[str, Any], key: str, warnings: list[str]) -> dt.date | None:
    """The `*_s` date, else the printed one; a warning when a non-empty value cannot be read."""
    raw_s, raw = _text(info.get(key)), _text(info.get(_RAW_DATE_OF[key]))
    kind = _DATE_KIND[key]
    parsed = parse_date(raw_s, kind) or parse_date(raw, kind)
    if parsed is None and (raw_s or raw):
        warning = Notice(vv.UNREAD_DATE[_FIELD_KEYS[key][0]])
        if warning not in warnings:
            warnings.append(warning)
    return parsed


def parse_success(body: dict[str, Any], still: Still, fitted: FittedImage, options: ScanOptions, *,
                  country: str = DEFAULT_COUNTRY, action: str = DEFAULT_ACTION,
                  redactor: Redactor | None = None) -> ScanResult:
    """A status-OK body -> ScanResult (adapter part; `domain.checks.finalize` adds local checks)."""
    request_id = _text(body.get("request_id"))
    results = [r for r in body.get("results") or [] if isinstance(r, dict) and isinstance(r.get("card_info"), dict)]
    if not results:
        raise EngineError("bad_image", _NO_CARD,
                          billed="unknown", request_id=request_id, detail="status OK with no results")
    primary, others = _pick(results, options.side)
    result = ScanResult(vendor="accuauth", vendor_action=action, request_id=request_id,
                        raw=redact_raw(body, redactor))
    doc, holder, warnings = result.document, result.holder, result.warnings
    alpha3, doc_name = COUNTRIES.get(country, (None, "ID card"))

    card_type = _text(primary.get("card_type"))
    doc.category = _DOC_TYPES.get((card_type or "").upper(), "national_id")
    doc.category_raw = card_type
    doc.name = f"{doc_name} ({card_type})" if card_type else doc_name
    side = _text(primary.get("card_side"))
    doc.side = "front" if side == "front" else "back" if side == "back" else "single"
    doc.issuing_country = alpha3
    doc.issuing_country_raw = country
    if len(results) > 1:
        sides = "/".join(_text(r.get("card_side")) or "?" for r in results)
        warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "The picture held %1 card sides (%2); their fields were "
                                                            "merged."), len(results), sides))

    # Front first, then the other results fill what is still missing.
    infos = [primary["card_info"], *(r["card_info"] for r in others)]
    merged: dict[str, str] = {}
    for info in infos:
        for key, value in info.items():
            text = _text(value)
            if text is not None and key not in merged:
                merged[key] = text

    number = merged.get("id_number")
    doc.number = doc.personal_number = number
    full_name = merged.get("name") or merged.get("full_name")
    surname = merged.get("surname") or merged.get("last_name")
    given = merged.get("first_name") or merged.get("give_name") or merged.get("given_name")
    if surname or given:
        holder.surname, holder.given_names, holder.name_split = surname, given, "vendor"
        holder.full_name = full_name or " ".join(p for p in (surname, given, merged.get("middle_name")) if p)
    elif full_name:
        holder.full_name = full_name
        holder.surname, holder.given_names, holder.name_split = split_full_name(full_name, alpha3)
    holder.nationality_raw = merged.get("nationality")
    holder.nationality = to_alpha3(holder.nationality_raw)
    holder.place_of_birth = merged.get("birth_place") or merged.get("place_of_birth")
    holder.address = merged.get("address")
    holder.sex_raw = merged.get("gender") or merged.get("gender_s")
    holder.sex = normalize_sex(merged.get("gender_s"), alpha3) or normalize_sex(merged.get("gender"), alpha3)

    dates: dict[str, dt.date | None] = {}
    for key in ("birthday_s", "issue_date_s", "expiry_date_s"):
        value = None
        for info in infos:  # the first side that has a readable value
            value = _date_field(info, key, warnings)
            if value is not None:
                break
        dates[key] = value
    holder.date_of_birth = dates["birthday_s"]
    doc.date_of_issue = dates["issue_date_s"]
    doc.date_of_expiry = dates["expiry_date_s"]
    holder.extra = {key: merged[key] for key in _EXTRA_KEYS if key in merged}

    for info in infos:
        lines = _mrz_lines(info)
        if lines:
            result.mrz.lines = lines
            break

    quality = body.get("image_quality")
    if isinstance(quality, (int, float)) and not isinstance(quality, bool):
        result.checks.image_quality.score = float(quality)

    region_result = next((r for r in [primary, *others] if r.get("face_region") is not None), None)
    if region_result is not None:
        points = _face_points(region_result.get("face_region"), fitted.scale or 1.0)
        if points is None:
            warnings.append(Notice(QT_TRANSLATE_NOOP("Notices", "The vendor's face position could not be read, so no "
                                                                "portrait was cropped.")))
        else:
            result.images.face_region = points
            portrait = crop_portrait(still.rgb, points)
            if portrait is not None:
                result.images.portrait = ImageBlob(mime="image/jpeg", data=portrait, source="local_crop")

    result.fields = _fields(infos, alpha3)
    return result


def _fields(infos: list[Mapping[str, Any]], country: str | None) -> list[Field]:
    fields: list[Field] = []
    seen: set[str] = set()
    s_key_of = {raw_key: s_key for s_key, raw_key in _RAW_DATE_OF.items()}
    for info in infos:
        mrz_like = bool(_mrz_lines(info))
        for name, value in info.items():
            raw = _text(value)
            if raw is None or name in seen:
                continue
            date_key = name if name in _RAW_DATE_OF else s_key_of.get(name)
            if name in s_key_of and _text(info.get(s_key_of[name])) is not None:
                continue  # the printed date: its `*_s` twin carries the value
            seen.add(name)
            key, label = _FIELD_KEYS.get(date_key or name, (f"vendor:{name}", name.replace("_", " ").capitalize()))
            normalized: str | None = raw
            source: FieldSource = "viz"
            if date_key is not None:
                parsed = parse_date(raw, _DATE_KIND[date_key])
                normalized = parsed.isoformat() if parsed else None
            elif name == "nationality":
                normalized = to_alpha3(raw) or raw
            elif name in ("gender_s", "gender"):
                normalized = normalize_sex(raw, country) or raw
            elif mrz_like and name.startswith("line") and name.endswith("_all"):
                source = "mrz"
            fields.append(Field(key=key, label=Notice(label), value=normalized, raw_value=raw, source=source))
    return fields
