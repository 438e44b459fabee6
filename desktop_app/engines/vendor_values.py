"""Small helpers the TD and Tencent adapters share: names, images, the outcome, request bodies.

Pure functions, no I/O; a value that cannot be read becomes None, never an exception. Dates, sex and countries
are not parsed here: every engine uses `desktop_app.domain.normalize` (parse_date, normalize_sex, to_alpha3).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping
from typing import Any

from desktop_app.domain.schema import ImageBlob, Outcome, ScanResult


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

