"""Decode a still from untrusted bytes: format sniffing, EXIF orientation, colour conversion, bomb guard.

Every failure is an `IntakeError` whose text is one sentence for the operator; nothing is written to disk.
The format comes from the magic bytes, never from the file name. The pixel budget is checked from the
header (Pillow's `Image.open` is lazy) before any pixel is decoded; PDFs render their first page with
pdfium at about 300 dpi, capped by the same budget.
"""

from __future__ import annotations

import contextlib
import io
import math
import os
import stat
import threading
import warnings
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PIL import Image, ImageOps

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice

MAX_FILE_BYTES = 60 * 1024 * 1024  # larger files are refused before they are read
MAX_PIXELS = 60_000_000  # pixel budget (header size, and the PDF render size)
MIN_SIDE = 64  # below this, no document can be read
PDF_DPI = 300

# Pillow's own guard: warn above MAX_PIXELS, raise above twice that. Our header check runs first; the
# warning is turned into an IntakeError too (see `_decode_raster`).
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

SUPPORTED = "JPEG, PNG, WebP, TIFF, BMP, GIF or PDF"

# mime -> Pillow format id (PDF is rendered by pdfium, not Pillow)
_PIL_FORMAT = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/webp": "WEBP",
    "image/tiff": "TIFF",
    "image/bmp": "BMP",
    "image/gif": "GIF",
}

_PDFIUM_LOCK = threading.Lock()  # pdfium is not thread-safe


class IntakeError(Exception):
    """An image that cannot be used. `message` (also `str(err)`) is one plain sentence for the operator, a `Notice`
    (a plain text is taken as a template marked with QT_TRANSLATE_NOOP("Notices", ...))."""

    def __init__(self, message: str) -> None:
        self.message = message if isinstance(message, Notice) else Notice(message)
        super().__init__(self.message)


@dataclass(frozen=True, slots=True)
class Still:
    """A decoded, upright still: what every engine reads."""

    rgb: npt.NDArray[np.uint8]  # H×W×3, uint8, EXIF orientation applied
    source_bytes: bytes  # the file as received (engines may send it as is when it already fits)
    source_mime: str  # sniffed from the magic bytes, e.g. "image/jpeg"
    name: str = ""  # the file name, for messages only
    # the `long_side` it was decoded with (None: in full): the picture may then be smaller than the file's, fit for
    # a reader that uses no more (the offline engine) but not for one sent the file's own pixels (a vendor)
    long_side: int | None = None

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


def sniff_mime(data: bytes) -> str | None:
    """The mime type from the magic bytes, or None when the data is none of the supported formats."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "image/tiff"
    if head.startswith(b"BM"):
        return "image/bmp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if b"%PDF-" in data[:1024]:  # the PDF spec allows junk before the header
        return "application/pdf"
    return None


def decode_still(data: bytes, name: str = "", *, long_side: int | None = None) -> Still:
    """Decode `data` into a `Still` or raise `IntakeError` with a sentence for the operator.

    `long_side`: the reader never uses more pixels than this on the longer side, so a JPEG may be decoded at 1/2,
    1/4 or 1/8 of its size by libjpeg's own scaling (never below `long_side`): a 12 MP photo decodes about twice as
    fast at half size. The `Still` then holds the smaller picture (its `source_bytes` stay the file's)."""
    if not data:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The file is empty (0 bytes); choose another file or scan the "
                                                       "document again."))
    if len(data) > MAX_FILE_BYTES:
        raise IntakeError(_too_large_file(len(data)))
    mime = sniff_mime(data)
    if mime is None:
        raise IntakeError(_unknown_format(data))
    rgb = _render_pdf(data) if mime == "application/pdf" else _decode_raster(data, _PIL_FORMAT[mime], long_side)
    height, width = rgb.shape[:2]
    if min(width, height) < MIN_SIDE:
        raise IntakeError(Notice(QT_TRANSLATE_NOOP("Notices", "The image is only %1×%2 pixels, too small to contain a "
                                                              "readable document; scan or photograph the document "
                                                              "again."), width, height))
    return Still(rgb=rgb, source_bytes=data, source_mime=mime, name=name, long_side=long_side)


def load_still(path: str, *, long_side: int | None = None) -> Still:
    """Read a file and decode it (see `decode_still`). The size is checked before anything is read."""
    name = os.path.basename(os.fspath(path))
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise IntakeError(QT_TRANSLATE_NOOP("Notices", "This is a folder, not an image file; choose a file inside "
                                                           "it."))
        if not stat.S_ISREG(info.st_mode):
            raise IntakeError(QT_TRANSLATE_NOOP("Notices", "This is not a regular file; choose an image or PDF file."))
        if info.st_size > MAX_FILE_BYTES:
            raise IntakeError(_too_large_file(info.st_size))
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The file was not found; check the name and the "
                                                       "folder.")) from None
    except PermissionError:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The file cannot be read (permission denied); copy it somewhere "
                                                       "readable or ask an administrator.")) from None
    except IsADirectoryError:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "This is a folder, not an image file; choose a file inside "
                                                       "it.")) from None
    except (OSError, ValueError) as err:  # ValueError: e.g. a NUL byte in the path
        if isinstance(err, OSError) and err.strerror:
            raise IntakeError(Notice(QT_TRANSLATE_NOOP("Notices", "The file could not be read (%1); check the file "
                                                                  "and try again."), err.strerror.lower())) from None
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The file could not be read (it could not be opened); check the "
                                                       "file and try again.")) from None
    return decode_still(data, name, long_side=long_side)


# --- raster formats (Pillow) ---------------------------------------------------------------------------


def _decode_raster(data: bytes, pil_format: str, long_side: int | None = None) -> npt.NDArray[np.uint8]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # e.g. "Corrupt EXIF data": noise on stderr, not a reason to refuse
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[pil_format]) as image:
                width, height = image.size  # from the header: no pixel decoded yet
                _check_budget(width, height)
                image.seek(0)  # first frame of an animated GIF/WebP, first page of a TIFF
                scale = long_side / max(width, height) if long_side else 1.0
                if pil_format == "JPEG" and scale <= 0.5 and min(width, height) * scale >= MIN_SIDE:
                    # libjpeg decodes at the smallest 1/2, 1/4 or 1/8 that is at least this size
                    image.draft(None, (max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale))))
                image.load()
                return _to_rgb(_upright(image))
    except IntakeError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise IntakeError(_over_budget()) from None
    except MemoryError:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The image is too large to decode on this computer; use a "
                                                       "smaller image.")) from None
    except OSError as err:
        if "truncated" in str(err).lower():
            raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The image file is incomplete (truncated); copy it again or "
                                                           "scan the document again.")) from None
        raise IntakeError(_corrupt(pil_format)) from None
    except Exception:  # untrusted input: Pillow's plugins raise many kinds (SyntaxError, struct.error, ...)
        raise IntakeError(_corrupt(pil_format)) from None


def _check_budget(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The image has no pixels; choose another file or scan the "
                                                       "document again."))
    if width * height > MAX_PIXELS:
        raise IntakeError(_over_budget(width, height))


def _upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation; an unreadable EXIF block leaves the image as it is."""
    # in place: no copy of a picture that needs no turn; a broken EXIF block must not make a good image unusable
    with contextlib.suppress(Exception):
        ImageOps.exif_transpose(image, in_place=True)
    return image


_ALPHA_MODES = frozenset({"RGBA", "LA", "PA", "RGBa", "La"})
_WIDE_GREY_MODES = frozenset({"I", "I;16", "I;16L", "I;16B", "I;16N", "F"})


def _to_rgb(image: Image.Image) -> npt.NDArray[np.uint8]:
    """Any Pillow mode -> H×W×3 uint8. Transparency is composited on white (a scan's paper colour)."""
    mode = image.mode
    if mode in _WIDE_GREY_MODES:
        grey = _wide_grey_to_u8(np.asarray(image))
        return np.ascontiguousarray(np.repeat(grey[:, :, None], 3, axis=2))
    if mode in _ALPHA_MODES or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(white, rgba)
    # CMYK (incl. Adobe's inverted CMYK, which Pillow's JPEG reader un-inverts), YCbCr, LAB, P, L, 1 ...
    rgb = image if image.mode == "RGB" else image.convert("RGB")  # (a conversion to its own mode is a copy)
    return np.ascontiguousarray(np.asarray(rgb, dtype=np.uint8))


def _wide_grey_to_u8(values: npt.NDArray[np.generic]) -> npt.NDArray[np.uint8]:
    """16-bit, 32-bit or float grey -> 8 bit, keeping the tonal range (no clipping at 255)."""
    arr = values.astype(np.float64)
    if arr.size == 0:
        return np.zeros(arr.shape, dtype=np.uint8)
    if values.dtype.kind == "f":
        lo, hi = float(np.nanmin(arr)), float(np.nanmax(arr))
        scaled = (arr - lo) / (hi - lo) * 255.0 if hi > lo else np.zeros_like(arr)
    elif float(arr.max()) <= 255.0:
        scaled = arr
    elif float(arr.max()) <= 65535.0:
        scaled = arr / 257.0
    else:
        scaled = arr / float(arr.max()) * 255.0
    out: npt.NDArray[np.uint8] = np.clip(np.nan_to_num(scaled), 0, 255).round().astype(np.uint8)
    return out


# --- PDF (pdfium, first page) ----------------------------------------------------------------------------


def _render_pdf(data: bytes) -> npt.NDArray[np.uint8]:
    import pypdfium2 as pdfium  # lazy: start-up time

    with _PDFIUM_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as err:
            if "password" in str(err).lower():
                raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The PDF is password-protected; save an unprotected "
                                                               "copy or scan the document instead.")) from None
            raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The PDF is damaged or unreadable; export it again or scan "
                                                           "the document instead.")) from None
        try:
            if len(pdf) == 0:
                raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The PDF has no pages; choose another file."))
            page = pdf[0]
            try:
                width_pt, height_pt = page.get_size()
                scale = _pdf_scale(width_pt, height_pt)
                bitmap = page.render(scale=scale, fill_color=(255, 255, 255, 255))
                try:
                    rendered = bitmap.to_pil()
                finally:
                    bitmap.close()
            finally:
                page.close()
        except IntakeError:
            raise
        except Exception:  # pdfium on untrusted input
            raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The PDF's first page could not be rendered; export it "
                                                           "again or scan the document instead.")) from None
        finally:
            pdf.close()
    return _to_rgb(rendered)


def _pdf_scale(width_pt: float, height_pt: float) -> float:
    """Points -> pixels at PDF_DPI, reduced so the page stays within the pixel budget."""
    if not (width_pt > 0 and height_pt > 0) or not math.isfinite(width_pt * height_pt):
        raise IntakeError(QT_TRANSLATE_NOOP("Notices", "The PDF's first page has no size; export it again or scan the "
                                                       "document instead."))
    scale = PDF_DPI / 72.0
    pixels = width_pt * height_pt * scale * scale
    if pixels > MAX_PIXELS:
        scale *= math.sqrt(MAX_PIXELS / pixels) * 0.999
    return scale


# --- sentences ---------------------------------------------------------------------------------------------


def _too_large_file(size: int) -> str:
    return Notice(QT_TRANSLATE_NOOP("Notices", "The file is %1 MB, more than the %2 MB limit; scan or photograph the "
                                               "document at a lower resolution."),
                  f"{size / 1024 / 1024:.0f}", MAX_FILE_BYTES // 1024 // 1024)


def _over_budget(width: int | None = None, height: int | None = None) -> str:
    if width and height:
        return Notice(QT_TRANSLATE_NOOP("Notices", "The image is too large (%1×%2 pixels), more than %3 megapixels; "
                                                   "scan or photograph the document at a lower resolution."),
                      width, height, MAX_PIXELS // 1_000_000)
    return Notice(QT_TRANSLATE_NOOP("Notices", "The image is too large, more than %1 megapixels; scan or photograph "
                                               "the document at a lower resolution."), MAX_PIXELS // 1_000_000)


def _corrupt(pil_format: str) -> str:
    label = "WebP" if pil_format == "WEBP" else pil_format
    return Notice(QT_TRANSLATE_NOOP("Notices", "The file looks like a %1 image but is damaged or unreadable; copy it "
                                               "again or scan the document again."), label)


def _unknown_format(data: bytes) -> str:
    if data[4:8] == b"ftyp" and data[8:12] in (b"heic", b"heix", b"mif1", b"msf1", b"avif", b"hevc"):
        return Notice(QT_TRANSLATE_NOOP("Notices", "HEIC/AVIF photos are not supported; save the photo as JPEG and "
                                                   "try again."))
    return Notice(QT_TRANSLATE_NOOP("Notices", "The file is not an image this program can read; use a %1 file."),
                  SUPPORTED)
