"""Small helpers the TD and Tencent adapters share: names, images, the outcome, request bodies.

Pure functions, no I/O; a value that cannot be read becomes None, never an exception. Dates, sex and countries
are not parsed here: every engine uses `desktop_app.domain.normalize` (parse_date, normalize_sex, to_alpha3).
"""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import warnings
from collections.abc import Mapping
from typing import Any

from PIL import Image

from desktop_app.domain import checks
from desktop_app.domain.normalize import clean_text
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import ImageBlob, Outcome, ScanResult
from desktop_app.imaging.intake import sniff_mime

MAX_TEXT_CHARS = 10_000  # first cut of any vendor text, before it is parsed (answers.bound_result cuts further)


def clip(value: str, limit: int) -> str:
    """At most `limit` characters, lone surrogates (which no UTF-8 output can carry) replaced by "?"."""
    value = value if len(value) <= limit else value[:limit]
    return value if value.isascii() else value.encode("utf-8", "replace").decode("utf-8")


def clean_scalar(value: Any) -> str | None:
    """A vendor value as clean text, runs of spaces/tabs collapsed: None for null, empty or a container."""
    if value is None or isinstance(value, (dict, list)):
        return None
    return clean_text(re.sub(r"[ \t]+", " ", clip(str(value), MAX_TEXT_CHARS)))


def join_name(surname: str | None, given_names: str | None) -> str | None:
    return " ".join(part for part in (surname, given_names) if part) or None


# Picture formats a vendor's image may be in (intake also sniffs TIFF and PDF, which no vendor sends back).
_VENDOR_IMAGE_MIMES = frozenset({"image/jpeg", "image/png", "image/gif", "image/bmp", "image/webp"})
_PIL_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/bmp": "BMP", "image/webp": "WEBP"}
_DATA_URI = re.compile(r"^data:[\w.+/-]+;base64,", re.IGNORECASE)
MAX_IMAGE_BYTES = 5_000_000  # a portrait, signature or document crop is far smaller; larger ones are dropped
MAX_IMAGE_PIXELS = 16_000_000  # 4000 x 4000, checked from the header before any pixel is decoded


def _image_problem(value: str | None) -> tuple[ImageBlob | None, str | None]:
    """(image, None) or (None, why it was dropped: "undecodable", "bytes" or "pixels")."""
    if not value:
        return None, "undecodable"
    if len(value) > MAX_IMAGE_BYTES * 4 // 3 + 4096:  # the base64 text alone is over the limit: not decoded
        return None, "bytes"
    text = "".join(_DATA_URI.sub("", value.strip()).split())
    if not text:
        return None, "undecodable"
    try:
        data = base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None, "undecodable"
    if len(data) > MAX_IMAGE_BYTES:
        return None, "bytes"
    mime = sniff_mime(data)
    if mime not in _VENDOR_IMAGE_MIMES:
        return None, "undecodable"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[_PIL_FORMATS[mime]]) as image:  # the header only
                width, height = image.size
                if width <= 0 or height <= 0:
                    return None, "undecodable"
                if width * height > MAX_IMAGE_PIXELS:
                    return None, "pixels"
                image.verify()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None, "pixels"
    except Exception:  # untrusted bytes: Pillow's plugins raise many kinds (OSError, SyntaxError, struct.error)
        return None, "undecodable"
    return ImageBlob(mime=mime, data=data, source="vendor"), None


def decode_image(value: str | None) -> ImageBlob | None:
    """A vendor's base64 image -> `ImageBlob`; None when empty, not valid base64, not a known image format, not
    readable by Pillow, or over `MAX_IMAGE_BYTES` / `MAX_IMAGE_PIXELS`."""
    return _image_problem(value)[0]


IMAGE_NAMES = {  # what `read_image` may be told it reads, marked for translation
    "portrait image": QT_TRANSLATE_NOOP("Notices", "portrait image"),
    "signature image": QT_TRANSLATE_NOOP("Notices", "signature image"),
    "document image": QT_TRANSLATE_NOOP("Notices", "document image"),
}
# a vendor's date (normalized key) that could not be read
UNREAD_DATE = {
    "date_of_birth": QT_TRANSLATE_NOOP("Notices", "The date of birth sent by the vendor could not be read; check it "
                                                  "on the document."),
    "date_of_issue": QT_TRANSLATE_NOOP("Notices", "The date of issue sent by the vendor could not be read; check it "
                                                  "on the document."),
    "date_of_expiry": QT_TRANSLATE_NOOP("Notices", "The date of expiry sent by the vendor could not be read; check "
                                                   "it on the document."),
}


def read_image(value: str | None, what: str, vendor: str, warnings_out: list[str]) -> ImageBlob | None:
    """`decode_image` with the operator's warning when a non-empty image is dropped ("The portrait image ...");
    `what` is one of `IMAGE_NAMES`."""
    blob, problem = _image_problem(value)
    name = Notice(IMAGE_NAMES.get(what, what))
    if problem == "bytes":
        warnings_out.append(Notice(QT_TRANSLATE_NOOP("Notices", "The %1 returned by %2 is larger than %3 MB; it was "
                                                                "left out."),
                                   name, vendor, MAX_IMAGE_BYTES // 1_000_000))
    elif problem == "pixels":
        warnings_out.append(Notice(QT_TRANSLATE_NOOP("Notices", "The %1 returned by %2 is larger than %3 megapixels; "
                                                                "it was left out."),
                                   name, vendor, MAX_IMAGE_PIXELS // 1_000_000))
    elif problem is not None and value:
        warnings_out.append(Notice(QT_TRANSLATE_NOOP("Notices", "The %1 returned by %2 could not be decoded."), name,
                                   vendor))
    return blob


def outcome_of(result: ScanResult) -> Outcome:
    """The outcome by the one rule every engine shares (`domain.checks.outcome_of`, schema section 2)."""
    return checks.outcome_of(result)


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

