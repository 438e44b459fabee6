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
from desktop_app.imaging.intake import sniff_mime


def join_name(surname: str | None, given_names: str | None) -> str | None:
    return " ".join(part for part in (surname, given_names) if part) or None


# Picture formats a vendor's image may be in (intake also sniffs TIFF and PDF, which no vendor sends back).
_VENDOR_IMAGE_MIMES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp"})
_DATA_URI = re.compile(r"^data:[\w.+/-]+;base64,", re.IGNORECASE)


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
    if mime not in _VENDOR_IMAGE_MIMES:
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


def dumps_with_image(payload: Mapping[str, Any], image_key: str) -> bytes:
    """`dumps(payload)`, byte for byte, with the base64 text at `image_key` spliced in instead of scanned.

    Base64 needs no JSON escaping. json.dumps scans a 3 MB image for ~11 ms holding the GIL, which stalls the
    GUI thread even when it runs in a worker; the splice is a copy."""
    image = str(payload[image_key])
    text = json.dumps({**payload, image_key: ""}, separators=(",", ":"), ensure_ascii=False)
    slot = json.dumps(image_key) + ':""'
    before, after = text.split(slot, 1)  # a key appears once; inside other strings its quotes are escaped
    return b"".join((before.encode("utf-8"), slot[:-1].encode("utf-8"), image.encode("ascii"), b'"',
                     after.encode("utf-8")))

