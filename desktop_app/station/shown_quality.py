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


def shown_quality(item: ScanItem) -> QualityReport | ShownQuality | None:
    """The item's quality report as shown: a camera frame's as it is; for a file, paste, hot-folder or scanner
    still, without the checks about aiming a camera (a page that fills the whole image is not "out of view"),
    and passing when none of the remaining checks failed."""
    report = item.live_quality
    if report is None or item.live:
        return report
    checks = tuple(c for c in report.checks if c.name not in LIVE_ONLY_CHECKS)
    return ShownQuality(checks=checks, frame_size=report.frame_size, quad=report.quad,
                        all_pass=not any(c.status == "fail" for c in checks))
