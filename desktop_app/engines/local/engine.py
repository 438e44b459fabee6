"""The offline engine: reads the MRZ of any ICAO 9303 document with no vendor and no network.

vendor "local", vendor_action "mrz". The CPU work runs in a worker thread (`asyncio.to_thread`) so the Qt event
loop never waits on it. Local checks here are only the honest ones: the MRZ check digits (finalize computes them
from the lines), expiry (finalize), the document type from the MRZ code, and image quality when the imaging
module provides it. Forgery is "not_performed": nothing here can tell a forgery.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import numpy as np
import numpy.typing as npt

from desktop_app.domain.mrz import scan_result_from_mrz
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import CheckStatus, ImageBlob, ImageQuality, MrzDoubt, ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.local.band import shrink_to
from desktop_app.engines.local.mrz_reader import MrzReading, read_mrz
from desktop_app.engines.profile import LOCAL_WORK_LONG_SIDE
from desktop_app.imaging.intake import Still

RGB = npt.NDArray[np.uint8]
ACTION = "mrz"
WORK_LONG_SIDE = LOCAL_WORK_LONG_SIDE  # pixels on the longer side an image is read at (larger ones shrunk once)
log = logging.getLogger(__name__)

NO_MRZ = ("No machine readable zone (MRZ) was found; retake the picture with the whole document, including the "
          "two or three lines of characters at its bottom, in view and in focus.")
FAILED = "The offline engine could not process this image; retake the picture or try another file."
WARN_AMBIGUOUS = Notice(QT_TRANSLATE_NOOP("Notices", "A character in the MRZ could be read two ways with valid "
                                                     "check digits; compare the document number with the document."))


class LocalEngine:
    """The built-in MRZ engine (no keys, no network)."""

    def __init__(self, profile: Profile | None = None) -> None:
        self._profile = profile or Profile(name="local", vendor="local")
        opts = self._profile.options
        self._with_quality = opts.get("quality", "on") != "off"
        self._with_images = opts.get("images", "on") != "off"

    @property
    def profile(self) -> Profile:
        return self._profile

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        del options  # the MRZ says what the document is
        today = dt.date.today()
        return await asyncio.to_thread(self.scan_rgb, still.rgb, today=today)

    async def aclose(self) -> None:
        return None

    def scan_rgb(self, rgb: RGB, *, today: dt.date) -> ScanResult:
        """The synchronous read (what `scan` runs in a worker thread). Raises EngineError('bad_image')."""
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 32:
            raise EngineError("bad_image", "The image is too small or not a colour picture; retake it.")
        source_rgb = rgb
        # A phone's 12 MP photo holds MRZ characters 50-70 px high; every step (search, crops, checks) needs no more
        # than this copy, which bounds the whole read's cost whatever the camera.
        rgb, scale = shrink_to(source_rgb, WORK_LONG_SIDE)
        # The document outline does not depend on the read: it is searched on the other core while the recogniser
        # (one ONNX thread) reads the MRZ.
        outline = _EXTRAS.submit(_document_outline, rgb) if self._with_images else None
        try:
            reading = _read(rgb, today)
        except BaseException:
            _settle(outline)  # do not leave work running behind a failed read
            raise
        result = build_result(reading, action=self._profile.action or ACTION)
        # crops and quality are extras: a failure there must not lose the read. They touch different parts of the
        # result (images, checks), so the quality checks run beside the crops.
        quality = _EXTRAS.submit(_extra, _add_quality, result, rgb, reading) if self._with_quality else None
        if self._with_images:
            _extra(functools.partial(_add_images, outline=outline), result, rgb, reading)
        if quality is not None:
            quality.result()
        if scale < 1 and result.images.face_region:
            result.images.face_region = [[round(x / scale), round(y / scale)] for x, y in result.images.face_region]
        return result


# Two workers for the extras of one read at a time (the outline beside the recogniser, the quality checks beside
# the crops); created on first use by the read's own worker thread, whose priority they inherit.
_EXTRAS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="offline-extras")


def _read(rgb: RGB, today: dt.date) -> MrzReading:
    """The MRZ reading, or EngineError('bad_image') saying why there is none."""
    try:
        reading = read_mrz(rgb, today=today)
    except (MemoryError, RecursionError):
        raise
    except Exception as err:  # OpenCV/ONNX failures: the Engine contract allows only EngineError out
        log.warning("offline read failed: %s", type(err).__name__)
        raise EngineError("bad_image", FAILED, detail=type(err).__name__) from err
    if reading is None:
        raise EngineError("bad_image", NO_MRZ)
    return reading


def _settle(job: Future[Any] | None) -> None:
    """Cancel `job`, or wait for it when it is already running (its outcome is not wanted)."""
    if job is not None and not job.cancel():
        job.exception()


def _extra(step: Callable[[ScanResult, RGB, MrzReading], None], result: ScanResult, rgb: RGB,
           reading: MrzReading) -> None:
    try:
        step(result, rgb, reading)
    except (MemoryError, RecursionError):
        raise
    except Exception as err:
        name = getattr(step, "func", step).__name__.strip("_")
        log.warning("offline engine: %s skipped (%s)", name, type(err).__name__)


def _document_outline(rgb: RGB) -> npt.NDArray[np.float32] | None:
    from desktop_app.imaging.document import find_document_quad

    return find_document_quad(rgb)


def build_result(reading: MrzReading, *, action: str = ACTION) -> ScanResult:
    """The ScanResult for one MRZ reading (before `finalize`)."""
    result = scan_result_from_mrz(reading.read, vendor="local", action=action)
    result.checks.document_type_recognized = "pass" if result.document.category != "unknown" else "fail"
    result.forgery.verdict = "not_performed"
    result.mrz.doubts = reading_doubts(reading)
    doubted = {_DOUBT_FIELDS.get(d.field, (d.field,)) for d in result.mrz.doubts}
    keys = {key for group in doubted for key in group}
    for f in result.fields:
        if f.key in keys:
            f.validity = "invalid"
    if reading.ambiguous:
        result.warnings.append(WARN_AMBIGUOUS)
    raw: dict[str, Any] = {
        "engine": "local",
        "method": reading.method,
        "turned": reading.turned,
        "attempts": list(reading.attempts),
        "ocr_lines": list(reading.raw_lines),
        "repairs": [list(c) for c in reading.changes_detail],
        "format": str(reading.read.format),
    }
    result.raw = raw
    return result


_UNPROTECTED = ("surname", "given_names", "issuing_state", "nationality", "document_code")
# doubt field -> the result fields it puts in question
_DOUBT_FIELDS: dict[str, tuple[str, ...]] = {
    "mrz_line": _UNPROTECTED, "unconfirmed": _UNPROTECTED,
    "check_document_number": ("document_number",), "check_date_of_birth": ("date_of_birth",),
    "check_date_of_expiry": ("date_of_expiry",), "check_optional": ("optional_data1",),
    "check_composite": ("document_number", "date_of_birth", "date_of_expiry", "optional_data1"),
}


def reading_doubts(reading: MrzReading) -> list[MrzDoubt]:
    """The read's character doubts plus what only the reader knows, so that a read the reader does not trust is
    never shown as checked: a second read that disagreed on the fields no check digit covers, or none made of a
    line the recogniser was unsure of; a line the repair had to lengthen or shorten (a filler run stretched to fit
    may hide a lost character)."""
    doubts = list(reading.doubts)
    if reading.confirmed is False or (reading.confirmed is None and reading.needs_confirmation):
        doubts.append(MrzDoubt(field="unconfirmed", position=0, shown="", alternatives="", reason="unconfirmed"))
    flagged = {d.position for d in doubts if d.field == "mrz_line"}
    for number, (raw, line) in enumerate(zip(reading.raw_lines, reading.lines, strict=False), start=1):
        if len(raw) != len(line) and number not in flagged:
            doubts.append(MrzDoubt(field="mrz_line", position=number, shown="", alternatives="", reason="length"))
    return doubts


def _add_images(result: ScanResult, rgb: RGB, reading: MrzReading, *,
                outline: Future[npt.NDArray[np.float32] | None] | None = None) -> None:
    from desktop_app.imaging import portrait

    if reading.band is None:
        return
    fmt = str(reading.read.format)
    face = portrait.crop_portrait(rgb, reading.band, fmt)
    if face is not None:
        result.images.portrait = ImageBlob(mime="image/jpeg", data=portrait.encode_jpeg(face), source="local_crop")
        quad = portrait.portrait_quad(reading.band, fmt)
        if quad is not None:
            result.images.face_region = [[round(float(x)), round(float(y))] for x, y in quad]
    found = outline.result() if outline is not None else _document_outline(rgb)
    doc = portrait.crop_document(rgb, reading.band, fmt, found_quad=found)
    if doc is not None:
        result.images.document = ImageBlob(mime="image/jpeg", data=portrait.encode_jpeg(doc, 85),
                                           source="local_crop")


def _add_quality(result: ScanResult, rgb: RGB, reading: MrzReading) -> None:
    try:
        from desktop_app.imaging.portrait import document_quad_from_mrz
        from desktop_app.imaging.quality import analyze, to_quality_items
    except ImportError:
        return
    # the outline implied by the MRZ is a better hint than a contour search on a white scanner bed
    quad = document_quad_from_mrz(reading.band, str(reading.read.format)) if reading.band is not None else None
    try:
        report = analyze(rgb, quad=quad)
    except ValueError:
        return
    items = to_quality_items(report)
    statuses = {i.status for i in items}
    overall: CheckStatus = "fail" if "fail" in statuses else "pass" if "pass" in statuses else "not_performed"
    result.checks.image_quality = ImageQuality(overall=overall, items=items)
