"""Live image-quality analysis: one `analyze(frame)` call per preview frame, every check in one report.

`analyze(frame, previous=..., quad=...) -> QualityReport`; `report_to_json(report)` for the CLI
(`scanstation quality FILE --json`); `to_quality_items(report)` for `ScanResult.checks.image_quality`.
Check names line up with the vendors' `QualityCheck` types (TD/Regula: glare, focus, resolution, colorness,
perspective, bounds, screen_capture, portrait) plus `exposure` and `motion`.

Cost: a downscaled copy (long side `WORK_LONG_SIDE`) holds the grey image, document outline, exposure, glare
and colour statistics; only focus (three thin strips of the document at full resolution), the screen test (one
128 px patch at full resolution) and the face test (the document flattened to 340 px) look at more pixels.
`tests/benchmarks/bench_quality.py` measures it against one Laplacian-variance pass over the whole frame
(a quiet run: live 720p 3.0x, 1080p 1.2x; cold, with the face detector on every frame, 8.9x and 3.4x).

Thresholds (calibrated on `tests/imaging/framegen.py` frames, 1280x720 and 1920x1080; constants in
`quality_checks.py`; `python -m tests.benchmarks.bench_quality` prints precision/recall per check):

check / score / fails when / why this value:

exposure: median grey of the document (0..255). Fails below 70 (dark), or when > 40 % of the document is
    clipped (>= 250), or > 25 % of the frame with no document found (50 % with one: a white scanner bed or
    desk around a well exposed card is not over-exposure). Clean cards sit at 150..240 and dark frames
    (10..22 % light) at 15..50; OCR needs ink/paper contrast, which a clipped page has lost.
bounds: smallest gap between a corner and the frame edge, share of the short side. Fails below 0.01 or when no
    document is found. A corner on the edge means the card is cut or touching it; vendors ask for four
    visible edges (TD capture guidance).
resolution: estimated MRZ character height in px (px per mm x 2.4 mm, OCR-B size 1); `detail` also gives the
    effective DPI and the format (ID-1 85.6x54 mm or ID-3 125x88 mm, nearest aspect). Fails below 12 px
    (~127 DPI). OCR reads OCR-B reliably from ~12 px; clean frames give 14..37 px, "too far" frames 4..9 px.
perspective: largest corner-angle deviation from 90 degrees; `detail` has the aspect deviation from the nearest
    format. Fails above 14 degrees or above 16 % (log) of aspect. Hand-held cards stay within ~8 degrees and
    3 %; 40..60 degrees of tilt gives 15..40 degrees or a squashed aspect (cos 45 = 0.7), which flattening
    cannot undo (the text is foreshortened).
focus: re-blur ratio of the strongest gradients (see `focus_check`), full resolution, 3 strips x 4 tiles,
    lowest of 8 directions per tile, upper quartile over tiles. Fails below 1.33. Sharp frames score
    1.39..2.1, Gaussian blur sigma >= 2.5 px 1.01..1.08, 12..22 px motion blur 1.07..1.27; the ratio
    ignores contrast and text density, the tiles ignore a soft printed photo and a glare halo.
glare: largest clipped (>= 250 after a 3x3 mean) blob inside the document, share of its area. Fails above
    0.4 %. Clean paper stays below clipping; a specular spot the size of a few characters already wipes them.
    `detail.location` is left/right/top/bottom/centre in the document's own axes.
colorness: 95th percentile of the Lab a*b* distance from the document's median colour. Fails below 7. Colour
    cards (tinted paper, printed header, photo) reach 20..50; a grey copy stays at 1..2 even with a colour
    cast, because a uniform tint moves the median, not the spread.
screen_capture: strongest spectral peak at 2..8 px periods over its 9x9 neighbourhood, in R-B and luminance,
    one 128 px patch at full resolution. Fails above 9. A display's pixel grid is a narrow carrier (11..22);
    print spreads its energy (3..6, up to 7.2 with motion blur).
portrait: a frontal face (dlib's HOG detector, `quality_face`) in the outer 45 % of the document flattened so
    its short side is 444 px, face side 18..60 % of the card height (a face of 18 % spans the detector's 80 px
    window). Fails when none is found. ID photos are 45..55 % of the card height and dlib's face boxes 20..30 %.
    Recall / false faces (tests/benchmarks/bench_faces.py, the former Haar check in brackets): generated
    documents 85/90 (86/90), real dev set 26/30 with 1/7 false (24/30, 0/7), samples 4/4 (3/4), framegen frames
    67/88 with 0/8 false (85/88, 1/8: its drawn faces miss under glare, darkness and motion blur, where the
    frame fails another check anyway). It is the one costly check (~20 ms with a face, ~45 ms without, 3 zones),
    so its verdict is reused for up to PORTRAIT_REUSE_FRAMES frames while the card holds still.
motion: median corner travel since `previous`, share of the long side, confirmed by a change of the 64 px
    thumbnail (> 2 grey levels); without quads, the thumbnail change alone (> 9). Fails above 3.5 %. A steady
    hand moves < 1 % per frame; quad noise on a still card stays < 0.2 %.

When exposure fails, every other check but motion is "not_performed": a dark or washed-out frame says little
about them (the card outline itself may be lost), and the one useful hint is the light. When no document is
found, bounds fails ("Whole document must be in view") and the document checks are "not_performed"; when
the document is cut by the frame edge, perspective is "not_performed" (a cut outline has no true shape).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.domain.schema import QualityCheck, QualityItem
from desktop_app.imaging import quality_checks as qc
from desktop_app.imaging.document import check_rgb, downscale, find_quad_in_gray, order_quad, still_outlined
from desktop_app.imaging.quality_types import CHECK_NAMES, Check, QualityReport, Status

__all__ = ["CHECK_NAMES", "Check", "QualityReport", "analyze", "report_to_json", "to_quality_items"]

WORK_LONG_SIDE = 320  # the downscaled copy most checks read
PORTRAIT_REUSE_FRAMES = 10  # re-run the face detector at least every 10 frames (1/3 s at 30 fps)
_GATED_BY_EXPOSURE = ("bounds", "resolution", "perspective", "focus", "glare", "colorness", "screen_capture",
                      "portrait")
_MIN_SIDE = 32


def _find_quad(small_gray: npt.NDArray[np.uint8], factor: float) -> npt.NDArray[np.float32] | None:
    quad = find_quad_in_gray(small_gray)
    if quad is None:
        return None
    return (quad / factor).astype(np.float32)


def analyze(frame: npt.NDArray[np.uint8], *, previous: QualityReport | None = None,
            quad: npt.NDArray[np.floating] | None = None) -> QualityReport:
    """Run every check on one RGB frame (HxWx3 uint8). Raises ValueError only for a wrong array shape/type.

    `previous` is the report of the previous frame (for "hold still"); `quad` is the document outline when the
    caller already tracks it (TL, TR, BR, BL in frame pixels), otherwise it is searched for.
    """
    rgb = check_rgb(frame)
    height, width = rgb.shape[:2]
    if min(height, width) < _MIN_SIDE:
        checks = [qc.not_performed(n, "frame too small") for n in CHECK_NAMES]
        checks[CHECK_NAMES.index("bounds")] = qc.bounds_check(
            qc.Frame(rgb, rgb, np.zeros((1, 1), np.uint8), 1.0, None))
        return QualityReport(tuple(checks), (width, height))
    small, factor = downscale(rgb, WORK_LONG_SIDE)
    small_gray = np.asarray(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), np.uint8)
    if quad is not None:
        found: npt.NDArray[np.float32] | None = order_quad(np.asarray(quad, np.float32))
    elif previous is not None and previous.quad is not None and previous.frame_size == (width, height) and \
            still_outlined(small_gray, (previous.quad * factor).astype(np.float32)):
        found = previous.quad  # held still: the last outline is confirmed instead of searched for again
    else:
        found = _find_quad(small_gray, factor)
    ctx = qc.Frame(rgb=rgb, small=small, small_gray=small_gray, factor=factor, quad=found)
    qc.prepare_doc(ctx)
    thumb = qc.thumbnail(ctx)

    results: dict[str, Check] = {}
    results["exposure"] = qc.exposure_check(ctx)
    if results["exposure"].status == "fail":
        for name in _GATED_BY_EXPOSURE:
            results[name] = qc.not_performed(name, "exposure failed")
    else:
        results["bounds"] = qc.bounds_check(ctx)
        results["resolution"] = qc.resolution_check(ctx)
        if results["bounds"].status == "fail":
            results["perspective"] = qc.not_performed("perspective", "document not wholly in view")
        else:
            results["perspective"] = qc.perspective_check(ctx)
        results["focus"] = qc.focus_check(ctx)
        results["glare"] = qc.glare_check(ctx)
        results["colorness"] = qc.colorness_check(ctx)
        results["screen_capture"] = qc.screen_check(ctx)
    if previous is None:
        results["motion"] = qc.not_performed("motion", "no previous frame")
    else:
        results["motion"] = qc.motion_check(ctx, thumb, previous.quad, previous.thumbnail, previous.frame_size)
    portrait_age = 0
    if "portrait" not in results:
        results["portrait"], portrait_age = _portrait(ctx, previous, results["motion"])
    return QualityReport(tuple(results[n] for n in CHECK_NAMES), (width, height), found, thumb, portrait_age)


def _portrait(ctx: qc.Frame, previous: QualityReport | None, motion: Check) -> tuple[Check, int]:
    """The face detector is the one costly check (~20..45 ms). While the document holds still,
    the previous frame's verdict stands for up to PORTRAIT_REUSE_FRAMES frames."""
    if previous is not None and motion.status == "pass" and previous.portrait_age < PORTRAIT_REUSE_FRAMES:
        last = previous.check("portrait")
        if last.status in ("pass", "fail"):
            region = ctx.doc_bbox if last.status == "fail" else None
            return replace(last, region=region, detail={**last.detail, "reused": 1.0}), previous.portrait_age + 1
    return qc.portrait_check(ctx), 0


def _number(value: float | None) -> float | None:
    if value is None:
        return None
    return float(value)


def report_to_json(report: QualityReport) -> dict[str, Any]:
    """`{"checks": [{name, status, score, threshold, unit, hint, region, detail}], "all_pass", "quad", ...}`."""
    return {
        "checks": [
            {
                "name": c.name,
                "status": c.status,
                "score": _number(c.score),
                "threshold": _number(c.threshold),
                "unit": c.unit,
                "hint": c.hint,
                "region": list(c.region) if c.region is not None else None,
                "detail": dict(c.detail),
            }
            for c in report.checks
        ],
        "all_pass": report.all_pass,
        "hints": report.hints,
        "frame_size": list(report.frame_size),
        "quad": None if report.quad is None else [[round(float(x), 1), round(float(y), 1)] for x, y in report.quad],
    }


_SCHEMA_NAMES: dict[str, QualityCheck] = {
    "exposure": "exposure", "bounds": "bounds", "resolution": "resolution", "perspective": "perspective",
    "focus": "focus", "glare": "glare", "colorness": "colorness", "screen_capture": "screen_capture",
    "portrait": "portrait",
}  # "motion" only matters for live video, not for a still's result


def to_quality_items(report: QualityReport) -> list[QualityItem]:
    """The report as `ScanResult.checks.image_quality.items` (raw carries score, threshold, hint, source)."""
    items: list[QualityItem] = []
    for c in report.checks:
        name = _SCHEMA_NAMES.get(c.name)
        if name is None:
            continue
        status: Status = c.status
        items.append(QualityItem(check=name, status=status, raw={
            "source": "local", "score": c.score, "threshold": c.threshold, "unit": c.unit, "hint": c.hint,
        }))
    return items
