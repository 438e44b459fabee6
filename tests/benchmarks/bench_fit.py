"""Benchmark: intake + fit for every vendor preset on a 12 MP camera-like photo.

Run: `python -m tests.benchmarks.bench_fit`. The reference, measured in the same run on the same file, is
Pillow's plain decode + re-encode (JPEG quality 90), the least any client must do. Per vendor it prints the
median milliseconds of `decode_still` + `fit_image`, the output bytes, the JPEG quality and scale chosen, and
the ratio to the reference.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

import cv2
import numpy as np
from PIL import Image

from desktop_app.imaging.fit import PRESETS, fit_image
from desktop_app.imaging.intake import decode_still

REPEATS = 3


def camera_like_jpeg(width: int = 4000, height: int = 3000, seed: int = 11) -> bytes:
    """A synthetic phone photo of a document on a desk: text, vignetting, blur, sensor noise, camera EXIF."""
    rng = np.random.default_rng(seed)
    desk = np.zeros((height, width, 3), np.float32)
    desk[:] = (70, 90, 110)
    desk += rng.normal(0, 6, (height // 8, width // 8, 1)).repeat(8, 0).repeat(8, 1)[:height, :width]
    x0, y0, x1, y1 = width // 8, height // 6, width * 7 // 8, height * 5 // 6
    desk[y0:y1, x0:x1] = (228, 224, 214)
    page = desk.astype(np.uint8)
    font = cv2.FONT_HERSHEY_SIMPLEX
    line_h = (y1 - y0) // 22
    for i in range(18):
        text = "".join(rng.choice(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 <"), 38))
        cv2.putText(page, text, (x0 + 60, y0 + line_h * (i + 2)), font, line_h / 34, (30, 30, 35), 3, cv2.LINE_AA)
    mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
    cv2.putText(page, mrz, (x0 + 60, y1 - line_h), cv2.FONT_HERSHEY_PLAIN, line_h / 16, (20, 20, 20), 3, cv2.LINE_AA)
    page = cv2.GaussianBlur(page, (0, 0), 1.2)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    vignette = 1.0 - 0.35 * (((xx - width / 2) / width) ** 2 + ((yy - height / 2) / height) ** 2) * 2
    noisy = page.astype(np.float32) * vignette[:, :, None] + rng.normal(0, 5, page.shape).astype(np.float32)
    image = Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
    exif = Image.Exif()
    exif[0x010F] = "BenchCam"  # Make
    exif[0x0112] = 1  # Orientation: upright
    out = io.BytesIO()
    image.save(out, "JPEG", quality=92, exif=exif)
    return out.getvalue()


def _median_ms(action: Callable[[], object]) -> float:
    times = []
    for _ in range(REPEATS):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _pillow_reference(data: bytes) -> bytes:
    out = io.BytesIO()
    with Image.open(io.BytesIO(data)) as image:
        image.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def main() -> None:
    data = camera_like_jpeg()
    print(f"input: 4000x3000 camera-like JPEG, {len(data):,} bytes (with EXIF), {REPEATS} runs each, median")
    ref_ms = _median_ms(lambda: _pillow_reference(data))
    decode_ms = _median_ms(lambda: decode_still(data, "bench.jpg"))
    print(f"reference Pillow decode + re-encode q90: {ref_ms:8.1f} ms, {len(_pillow_reference(data)):>10,} bytes")
    print(f"decode_still alone:                      {decode_ms:8.1f} ms ({decode_ms / ref_ms:.2f}x reference)")
    print(f"{'preset':28} {'ms':>8} {'bytes':>11} {'quality':>8} {'scale':>6} {'size':>11} {'ratio':>6}")
    for name, limits in PRESETS.items():
        fitted = fit_image(decode_still(data, "bench.jpg"), limits)
        ms = _median_ms(lambda limits=limits: fit_image(decode_still(data, "bench.jpg"), limits))  # type: ignore[misc]
        quality = "orig" if fitted.quality is None else str(fitted.quality)
        print(f"{name:28} {ms:8.1f} {len(fitted.data):>11,} {quality:>8} {fitted.scale:6.3f} "
              f"{f'{fitted.width}x{fitted.height}':>11} {ms / ref_ms:5.2f}x")


if __name__ == "__main__":
    main()
