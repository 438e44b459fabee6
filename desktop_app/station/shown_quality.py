"""Our own quality verdict as the operator is shown it (the camera's checks about aiming left out for a still
that did not come from the camera)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.station.scan_item import ScanItem

if TYPE_CHECKING:
    from desktop_app.imaging.quality_types import Check, QualityReport

LIVE_ONLY_CHECKS = frozenset({"bounds", "motion"})  # about aiming a camera: meaningless for a file or a scan


@dataclass(frozen=True, slots=True)
class ShownQuality:
    """Our own quality verdict as the operator sees it for a still that did not come from the camera."""

    checks: tuple[Check, ...]
    frame_size: tuple[int, int]
    quad: Any  # the report's document corners (a numpy array) or None
    all_pass: bool


def engine_quality(item: ScanItem) -> ShownQuality | None:
    """The offline engine's own quality checks of a still (it runs `imaging.quality` during the read, with the
    document outline the MRZ gives): the station shows these rather than analysing the same still a second time.
    None for a camera frame (it brings its live report), a vendor's read, or a read without quality checks."""
    result = item.result
    if item.live or result is None or result.vendor != "local" or not result.checks.image_quality.items:
        return None
    from desktop_app.imaging.quality_types import Check  # loaded already: the offline engine ran

    checks = tuple(Check(name=str(q.check), status=q.status if q.status in ("pass", "fail") else "not_performed",
                         score=_raw(q.raw, "score"), threshold=_raw(q.raw, "threshold"),
                         unit=str((q.raw or {}).get("unit") or ""), hint=(q.raw or {}).get("hint") or None)
                   for q in result.checks.image_quality.items if q.check not in LIVE_ONLY_CHECKS)
    still = item.still
    size = (still.width, still.height) if still is not None else (0, 0)
    return ShownQuality(checks=checks, frame_size=size, quad=None,
                        all_pass=not any(c.status == "fail" for c in checks))


def _raw(raw: Any, key: str) -> float | None:
    value = raw.get(key) if isinstance(raw, dict) else None
    return float(value) if isinstance(value, (int, float)) else None


def shown_quality(item: ScanItem) -> QualityReport | ShownQuality | None:
    """The item's quality report as shown: a camera frame's as it is; for a file, paste, hot-folder or scanner
    still, without the checks about aiming a camera (a page that fills the whole image is not "out of view"),
    and passing when none of the remaining checks failed. An offline read's are the engine's (`engine_quality`)."""
    report = item.live_quality
    if report is None and not item.live:
        return engine_quality(item)
    if report is None or item.live:
        return report
    checks = tuple(c for c in report.checks if c.name not in LIVE_ONLY_CHECKS)
    return ShownQuality(checks=checks, frame_size=report.frame_size, quad=report.quad,
                        all_pass=not any(c.status == "fail" for c in checks))
