"""Small value parsers the TD and Tencent adapters share: vendor dates, sex, countries, images, the outcome.

Pure functions, no I/O. Countries go through `domain.countries`; the rest is vendor-format specific
(TD's ISO dates, Tencent's `YYYYMMDD` and `11 Apr 1990`) and defensive: a value that cannot be read
becomes None, never an exception.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from desktop_app.domain import countries
from desktop_app.domain.schema import ImageBlob, Outcome, ScanResult, Sex

_MONTHS = {name: i for i, name in enumerate(
    ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), start=1)}
_MONTHS.update({"ENE": 1, "ABR": 4, "AGO": 8, "SET": 9, "DIC": 12, "SEPT": 9})
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_COMPACT8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_COMPACT6 = re.compile(r"^(\d{2})(\d{2})(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{4})$")
_D_MON_Y = re.compile(r"^(\d{1,2})[\s.\-/]*([A-Za-z]{3,4})[A-Za-z]*[\s.,\-/]*(\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(raw: str | None, *, kind: str = "other", today: dt.date | None = None) -> dt.date | None:
    """A vendor date -> `date`, or None. `kind` ("birth" | "expiry" | "other") resolves `YYMMDD` centuries."""
    if raw is None:
        return None
    text = raw.strip()
    if not text:
        return None
    for pattern in (_ISO, _COMPACT8, _YMD_SLASH):
        match = pattern.match(text)
        if match:
            return _date(*(int(g) for g in match.groups()))
    match = _DMY.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _date(year, month, day)
    match = _D_MON_Y.match(text)
    if match:
        word = match.group(2).upper()
        month_no = _MONTHS.get(word[:4]) or _MONTHS.get(word[:3])
        return _date(int(match.group(3)), month_no, int(match.group(1))) if month_no else None
    match = _COMPACT6.match(text)
    if match:
        yy, month, day = (int(g) for g in match.groups())
        today = today or dt.date.today()
        year = 2000 + yy
        in_future = (_date(year, month, day) or dt.date.max) > today
        if (kind == "birth" and in_future) or (kind == "expiry" and year > today.year + 50):
            year -= 100
        return _date(year, month, day)
    return None


def sex(raw: str | None) -> Sex | None:
    """M/F/X from `M`, `F`, `X`, `<`, `MALE`, `FEMALE` or mixed strings such as `女F`."""
    if raw is None:
        return None
    text = raw.strip().upper()
    if text in ("M", "MALE", "MAN"):
        return "M"
    if text in ("F", "FEMALE", "WOMAN"):
        return "F"
    if text in ("X", "<"):
        return "X"
    latin = [ch for ch in text if ch in "MFX"]
    if len(latin) == 1 and len(text) <= 3:
        return latin[0]  # type: ignore[return-value]
    return None


def country(raw: str | None) -> str | None:
    """ISO/ICAO alpha-3 for a code, name or demonym; None when unknown or empty."""
    return countries.to_alpha3(raw) if raw and raw.strip() else None


def alpha2(raw: str | None) -> str | None:
    """Alpha-2 for any country spelling (e.g. a profile that holds `GBR`)."""
    return countries.alpha3_to_alpha2(country(raw))


def join_name(surname: str | None, given_names: str | None) -> str | None:
    return " ".join(part for part in (surname, given_names) if part) or None


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)
_DATA_URI = re.compile(r"^data:[\w.+/-]+;base64,", re.IGNORECASE)


def sniff_mime(data: bytes) -> str | None:
    for magic, mime in _MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def decode_image(value: str | None) -> ImageBlob | None:
    """A vendor's base64 image -> `ImageBlob`; None when empty, not valid base64 or not a known image format."""
    if not value:
        return None
    text = _DATA_URI.sub("", value.strip())
    text = "".join(text.split())
    if not text:
        return None
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    mime = sniff_mime(data)
    if mime is None:
        return None
    return ImageBlob(mime=mime, data=data, source="vendor")


def outcome_of(result: ScanResult) -> Outcome:
    """normalized_schema.md 2: partial when a key field is missing or the vendor's verification said fail."""
    if result.error is not None:
        return "failed"
    key_fields = (result.document.number, result.holder.surname or result.holder.full_name,
                  result.holder.date_of_birth, result.document.date_of_expiry)
    if any(value is None for value in key_fields) or result.checks.overall_vendor == "fail":
        return "partial"
    return "ok"


def dumps(payload: Mapping[str, Any]) -> bytes:
    """Serialise a request body once (compact UTF-8) so the bytes sent are the bytes signed/logged."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")

