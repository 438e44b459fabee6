"""The image every vendor engine uploads: the still fitted to the vendor's limits, off the event loop.

    fitted = await fit_for_upload(still, limits)                 # FittedImage (bytes + mime)
    image_b64 = await fit_base64(still, limits, vendor="TD")    # plain base64 text

A still that cannot be made to fit is an `EngineError("bad_image", billed="no")` with the fitter's sentence.
"""

from __future__ import annotations

import asyncio
import base64

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.fit import FitError, FitLimits, FittedImage, fit_image
from desktop_app.imaging.intake import Still


async def fit_for_upload(still: Still, limits: FitLimits) -> FittedImage:
    """`fit_image` in a worker thread (CPU work off the event loop); FitError -> bad_image."""
    try:
        return await asyncio.to_thread(fit_image, still, limits)
    except FitError as err:
        raise EngineError("bad_image", err.message, billed="no") from err


B64_SLICE = 3 * 64 * 1024  # bytes per base64 call: a multiple of 3, so the slices' encodings simply join


def b64_in_slices(data: bytes) -> str:
    """base64 text of `data`, encoded slice by slice: one call over megabytes holds the GIL ~10 ms, during which
    the GUI thread cannot run; between slices the interpreter can hand the GIL over."""
    view = memoryview(data)
    return b"".join(base64.b64encode(view[i:i + B64_SLICE]) for i in range(0, len(data), B64_SLICE)).decode("ascii")


def _fit_encoded(still: Still, limits: FitLimits) -> str:
    return b64_in_slices(fit_image(still, limits).data)


async def fit_base64(still: Still, limits: FitLimits, *, vendor: str) -> str:
    """The fitted still as base64 text, never longer than `limits.max_base64_chars` (fit guarantees it; this
    refuses to send what the vendor would refuse). Fitting and encoding both run in a worker thread."""
    try:
        image_b64 = await asyncio.to_thread(_fit_encoded, still, limits)
    except FitError as err:
        raise EngineError("bad_image", err.message, billed="no") from err
    if limits.max_base64_chars is not None and len(image_b64) > limits.max_base64_chars:
        raise EngineError("bad_image", Notice(QT_TRANSLATE_NOOP("Notices", "The image is too large for %1 even after "
                                                                           "resizing; retake it."), vendor),
                          billed="no")
    return image_b64
