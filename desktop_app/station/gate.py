"""The image gate: before a vendor is paid to read a picture, our own checks say whether it is worth sending.

Measured on the real dev set (`../shared/real_mrz_dev`, 38 photos and scans of real documents): the live
quality checks fail 26 of them (white scanner beds count as over-exposed, small crops as low resolution) although
every one carries a readable MRZ. So the gate holds a picture back only when it is clearly useless:

- a dark page (the live exposure check's "too dark": a black scanner page, a covered lens), or a blank one
  (hardly any contrast anywhere): always;
- a washed-out document (its own pixels clipped white; a white desk or scanner bed around it is not), out of
  focus or too small (the live checks) while the offline engine's band finder sees no MRZ-shaped text either: a
  picture with a findable MRZ carries print a vendor can read. A card's front carries no MRZ, so a white bed
  around it must not count as over-exposure;
- when a passport is asked for (the operator's document choice or the profile's action): no MRZ band at all.

The framing checks (outline, tilt, glare, portrait) never block: a flatbed page or a close crop has no outline,
and a vendor still reads a tilted or glared document. CPU work (5-130 ms; run `check_still` in a worker).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.engines.profile import Profile, ScanOptions
    from desktop_app.imaging.intake import Still

BLOCKING_CHECKS: tuple[str, ...] = ("exposure", "focus", "resolution")  # unless an MRZ band is found
NO_MRZ = "mrz"  # the code of the MRZ presence check (not one of the quality report's checks)
BLANK = "blank"  # the code of the blank-page check
BLANK_GREY_STD = 8.0  # grey-level standard deviation below which a picture holds nothing to read


@dataclass(frozen=True, slots=True)
class GateVerdict:
    """What the gate found: the failed checks by code (empty: send it), and the quality report it made."""

    failed: tuple[str, ...]
    report: Any = None  # imaging.quality_types.QualityReport (kept: the review shows it, no second analysis)

    @property
    def passed(self) -> bool:
        return not self.failed


def expects_mrz(profile: Profile, options: ScanOptions) -> bool:
    """A passport was asked for (by the operator's choice or the profile's action): it must carry an MRZ."""
    if options.document == "passport":
        return True
    if options.document != "auto":
        return False
    return "passport" in (profile.action or "").lower()


def has_mrz_band(rgb: Any) -> bool:
    """The offline engine's band finder sees a band shaped like an MRZ (lines of an MRZ's proportions)."""
    from desktop_app.engines.local.band import STRONG_BAND, find_bands

    return any(band.score >= STRONG_BAND for band in find_bands(rgb, max_bands=1))


def is_blank(rgb: Any) -> bool:
    """Hardly any contrast anywhere: an empty scanner bed, a white sheet, a lens cap."""
    import numpy as np

    small = rgb[:: max(1, rgb.shape[0] // 400), :: max(1, rgb.shape[1] // 400)]
    grey = small.astype(np.float32) @ np.array([0.299, 0.587, 0.114], np.float32)
    return float(grey.std()) < BLANK_GREY_STD


def _dark(report: Any) -> bool:
    check = report.check("exposure")
    return bool(check.status == "fail" and check.detail.get("problem") == "dark")


def _weak(check: Any) -> bool:
    """A live check that holds a picture back when no MRZ is found either. Exposure only when the document itself
    is washed out: the live check also fails a mostly white frame, which is a scanner bed around a card."""
    if check.name not in BLOCKING_CHECKS or check.status != "fail":
        return False
    if check.name != "exposure":
        return True
    from desktop_app.imaging.quality_checks import BRIGHT_CLIPPED_SHARE

    return float(check.detail.get("clipped_share", 1.0)) > BRIGHT_CLIPPED_SHARE


def check_still(still: Still, profile: Profile, options: ScanOptions, report: Any = None) -> GateVerdict:
    """The gate's verdict on `still` for `profile`; `report` is a quality report made already (a camera frame's
    live report), else one is made here."""
    if report is None:
        from desktop_app.imaging.quality import analyze

        report = analyze(still.rgb)
    if _dark(report):
        return GateVerdict(("exposure",), report)
    if is_blank(still.rgb):
        return GateVerdict((BLANK,), report)
    weak = tuple(c.name for c in report.checks if _weak(c))
    need_mrz = expects_mrz(profile, options)
    if not weak and not need_mrz:
        return GateVerdict((), report)
    if has_mrz_band(still.rgb):
        return GateVerdict((), report)
    return GateVerdict(weak + ((NO_MRZ,) if need_mrz else ()), report)
