"""Fit a still to a vendor's upload limits (bytes, base64 length, pixels per side, formats).

`fit_image(still, PRESET)` sends the original bytes when they already fit and carry no metadata; otherwise it
re-encodes a JPEG in memory (never a temp file, never EXIF/GPS): first at the largest allowed size with the
highest JPEG quality that fits (binary search over 95..60), and only when quality 60 is still too big, smaller,
keeping the long side legible for MRZ text for as long as the hard limit allows.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.imaging.intake import IntakeError, Still

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"

QUALITY_MAX = 95
QUALITY_MIN = 60
_QUALITIES = tuple(range(QUALITY_MIN, QUALITY_MAX + 1, 5))  # 60, 65, ..., 95
_MAX_SHRINK_ROUNDS = 12
_PLAIN_MODES = frozenset({"RGB", "L"})
_METADATA_KEYS = ("exif", "xmp", "XML:com.adobe.xmp", "photoshop")
LEGIBLE_LONG_SIDE = 2000  # an MRZ across most of a photo stays readable at this long side


class FitError(IntakeError):
    """The image cannot be brought within the vendor's limits (one sentence for the operator)."""


@dataclass(frozen=True, slots=True)
class FitLimits:
    """One vendor's upload limits. Byte limits are on the decoded file; base64 limits on the text sent."""

    name: str
    formats: tuple[str, ...] = (JPEG, PNG)
    max_bytes: int | None = None  # hard limit on the file bytes
    max_base64_chars: int | None = None  # hard limit on the base64 text
    target_bytes: int | None = None  # preferred size (soft): met when possible without going below legibility
    min_side: int = 1
    max_side: int | None = None
    legible_long_side: int = LEGIBLE_LONG_SIDE

    def hard_budget(self) -> int:
        """The largest file (in bytes) the vendor accepts."""
        budgets = [b for b in (self.max_bytes, _decoded_budget(self.max_base64_chars)) if b is not None]
        return min(budgets) if budgets else 1 << 62

    def budget(self) -> int:
        """The size to aim for: the soft target when there is one, else the hard limit."""
        hard = self.hard_budget()
        return min(hard, self.target_bytes) if self.target_bytes else hard


STRUCTOCR = FitLimits("StructOCR", formats=(JPEG, PNG, WEBP), max_bytes=4_718_592)
TD = FitLimits("TD", formats=(JPEG, PNG), max_base64_chars=2_000_000, target_bytes=500_000)
TENCENT_EXTRACT_DOC_MULTI = FitLimits("Tencent ExtractDocMulti", max_base64_chars=10_000_000,
                                      min_side=20, max_side=10_000)
TENCENT_CARD = FitLimits("Tencent MLIDPassportOCR/card", max_base64_chars=7_000_000, min_side=20, max_side=10_000)
TENCENT_CARD_VERIFICATION = FitLimits("Tencent ApplyCardVerificationExternal", max_base64_chars=2_000_000,
                                      min_side=256, max_side=4096)
ACCUAUTH = FitLimits("AccuAuth", max_bytes=5_000_000, min_side=128, max_side=6000)
PRESETS: dict[str, FitLimits] = {
    "structocr": STRUCTOCR,
    "td": TD,
    "tencent_extract_doc_multi": TENCENT_EXTRACT_DOC_MULTI,
    "tencent_card": TENCENT_CARD,
    "tencent_card_verification": TENCENT_CARD_VERIFICATION,
    "accuauth": ACCUAUTH,
}


@dataclass(frozen=True, slots=True)
class FittedImage:
    """The bytes to upload. `quality` is None when the original file is sent unchanged."""

    data: bytes
    mime: str
    width: int
    height: int
    quality: int | None
    scale: float

    @property
    def reencoded(self) -> bool:
        return self.quality is not None

    @property
    def base64_chars(self) -> int:
        return base64_size(len(self.data))


def base64_size(n: int) -> int:
    """Length of the base64 text (with padding, no newlines) for `n` bytes."""
    return 4 * math.ceil(n / 3)


def _decoded_budget(chars: int | None) -> int | None:
    """Largest byte count whose base64 text fits in `chars`."""
    return None if chars is None else (chars // 4) * 3


def fit_image(still: Still, limits: FitLimits) -> FittedImage:
    """The still's bytes as the vendor accepts them, or `FitError`."""
    original = _original_if_fits(still, limits)
    if original is not None:
        return original
    start = _start_scale(still.width, still.height, limits)
    long_side = max(still.width, still.height)
    floor_scale = max(_min_scale(still.width, still.height, limits), min(start, limits.legible_long_side / long_side))
    hard = limits.hard_budget()
    attempts = [(limits.budget(), start, floor_scale)]
    if limits.budget() < hard:  # a soft target missed at the legible size: settle for the hard limit
        attempts.append((hard, floor_scale, floor_scale))
    attempts.append((hard, floor_scale, _min_scale(still.width, still.height, limits)))  # beyond legibility
    for budget, scale, lowest in attempts:
        fitted = _search(still.rgb, budget, scale, lowest)
        if fitted is not None:
            return fitted
    raise FitError(Notice(QT_TRANSLATE_NOOP("Notices", "The image cannot be made small enough for %1; scan or "
                                                       "photograph the document again with less background or "
                                                       "noise."), limits.name))


def _original_if_fits(still: Still, limits: FitLimits) -> FittedImage | None:
    """The file as received, when the vendor takes it as is and it carries no metadata (orientation, GPS)."""
    data = still.source_bytes
    if still.source_mime not in limits.formats or len(data) > limits.budget():
        return None
    w, h = still.width, still.height
    if min(w, h) < limits.min_side or (limits.max_side is not None and max(w, h) > limits.max_side):
        return None
    try:
        with Image.open(io.BytesIO(data)) as header:  # lazy: the header only
            if header.size != (w, h):  # orientation or conversion changed the picture
                return None
            if header.mode not in _PLAIN_MODES or not _eight_bit_plain_png(data, header.format):
                return None  # CMYK, alpha, 16-bit, palette: vendors' decoders differ; send 8-bit RGB instead
            info = header.info
            exif = header.getexif()
            if any(info.get(key) for key in _METADATA_KEYS) or exif:
                # May hold GPS, a camera serial, a rotation flag the vendor may ignore. An upright JPEG loses its
                # metadata segments losslessly (smaller, same pixels); anything else is re-encoded.
                if still.source_mime != "image/jpeg" or exif.get(_EXIF_ORIENTATION, 1) != 1:
                    return None
                data = strip_jpeg_metadata(data)
    except Exception:  # the still decoded once already; anything odd here means re-encode
        return None
    return FittedImage(data=data, mime=still.source_mime, width=w, height=h, quality=None, scale=1.0)


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_GREY, _PNG_RGB = 0, 2  # IHDR colour types without palette or alpha


def _eight_bit_plain_png(data: bytes, pil_format: str | None) -> bool:
    """True unless `data` is a PNG that is not 8-bit grey/RGB without transparency. Pillow opens a 48-bit RGB PNG
    as mode "RGB", so the mode alone does not tell; the IHDR chunk does (bit depth at byte 24, colour type 25)."""
    if pil_format != "PNG":
        return True
    if data[:8] != _PNG_SIGNATURE or data[12:16] != b"IHDR" or len(data) < 26:
        return False
    return data[24] == 8 and data[25] in (_PNG_GREY, _PNG_RGB) and b"tRNS" not in data[:data.find(b"IDAT")]


_EXIF_ORIENTATION = 0x0112
# Segments that carry no pixels: APP1 (EXIF, XMP), APP3..APP13 (maker data, IPTC/Photoshop), APP15, COM.
# Kept: APP0 (JFIF), APP2 (ICC colour profile), APP14 (Adobe colour transform), and every coding segment.
_DROPPED_MARKERS = frozenset({0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE})


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The JPEG with its metadata segments removed, entropy-coded data untouched (no quality loss).

    Raises ValueError on a stream that is not a well-formed JPEG up to its first scan.
    """
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(data[:2])
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("JPEG marker expected")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: the rest is image data (and later scans/EOI) kept as is
            out += data[pos:]
            return bytes(out)
        if marker in (0x01, *range(0xD0, 0xD8)):  # standalone markers carry no length
            out += data[pos:pos + 2]
            pos += 2
            continue
        length = int.from_bytes(data[pos + 2:pos + 4], "big")
        if length < 2 or pos + 2 + length > len(data):
            raise ValueError("truncated JPEG segment")
        if marker not in _DROPPED_MARKERS:
            out += data[pos:pos + 2 + length]
        pos += 2 + length
    raise ValueError("JPEG without image data")


def _start_scale(width: int, height: int, limits: FitLimits) -> float:
    """1.0, reduced to the vendor's maximum side, or raised only to reach the vendor's minimum side."""
    scale = 1.0
    if limits.max_side is not None and max(width, height) > limits.max_side:
        scale = limits.max_side / max(width, height)
    if min(width, height) * scale < limits.min_side:
        scale = limits.min_side / min(width, height)
        if limits.max_side is not None and max(width, height) * scale > limits.max_side + 0.5:
            raise FitError(Notice(QT_TRANSLATE_NOOP("Notices", "The image's shape (%1×%2 pixels) is outside what %3 "
                                                               "accepts; crop it to the document and try again."),
                                  width, height, limits.name))
    return scale


def _min_scale(width: int, height: int, limits: FitLimits) -> float:
    return max(limits.min_side, 1) / min(width, height)


def _search(rgb: npt.NDArray[np.uint8], budget: int, scale: float, lowest: float) -> FittedImage | None:
    """Largest quality that fits at `scale`; when none does, shrink (not below `lowest`) and search again."""
    bgr = np.asarray(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), dtype=np.uint8)
    height, width = rgb.shape[:2]
    for _ in range(_MAX_SHRINK_ROUNDS):
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        if size == (width, height):
            img = bgr
        else:
            interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC
            img = np.asarray(cv2.resize(bgr, size, interpolation=interpolation), dtype=np.uint8)
        found, smallest = _best_quality(img, budget)
        if found is not None:
            data, quality = found
            return FittedImage(data=data, mime=JPEG, width=size[0], height=size[1], quality=quality, scale=scale)
        if scale <= lowest + 1e-9:
            return None
        # bytes grow roughly with the pixel count: aim a little under the budget
        factor = min(0.9, math.sqrt(budget / smallest) * 0.95)
        scale = max(lowest, scale * factor)
    return None


def _best_quality(bgr: npt.NDArray[np.uint8], budget: int) -> tuple[tuple[bytes, int] | None, int]:
    """((bytes, quality) for the highest quality that fits, or None; size at the lowest quality tried)."""
    top = _encode(bgr, _QUALITIES[-1])
    if len(top) <= budget:
        return (top, _QUALITIES[-1]), len(top)
    bottom = _encode(bgr, _QUALITIES[0])
    if len(bottom) > budget:
        return None, len(bottom)
    best = (bottom, _QUALITIES[0])
    lo, hi = 1, len(_QUALITIES) - 2  # indices still undecided
    while lo <= hi:
        mid = (lo + hi) // 2
        data = _encode(bgr, _QUALITIES[mid])
        if len(data) <= budget:
            best, lo = (data, _QUALITIES[mid]), mid + 1
        else:
            hi = mid - 1
    return best, len(bottom)


def _encode(bgr: npt.NDArray[np.uint8], quality: int) -> bytes:
    """Baseline JPEG with no metadata at all (OpenCV writes no EXIF)."""
    ok, buf = cv2.imencode(".jpg", bgr, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise FitError(QT_TRANSLATE_NOOP("Notices", "The image could not be prepared for upload; scan or photograph "
                                                    "the document again."))
    return bytes(buf.tobytes())
