"""The image gate: before a vendor is paid to read a picture, our own quality check (and, for a document that
must carry an MRZ, a quick look for an MRZ band) says whether it is worth sending.

A picture fails the gate on the checks that make every vendor answer "bad image": too dark or too bright
(a black scanner page), out of focus, too small; and, when the profile or the operator asks for a passport,
no MRZ-shaped band anywhere. The framing checks (document outline, tilt, glare, portrait) do not block: a
flatbed page or a close crop has no outline, and a vendor still reads a tilted or glared document.

CPU work (about 20-120 ms on a 12 MP photo): run `check_still` in a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop_app.engines.profile import Profile, ScanOptions
    from desktop_app.imaging.intake import Still

BLOCKING_CHECKS: tuple[str, ...] = ("exposure", "focus", "resolution")
NO_MRZ = "mrz"  # the code of the MRZ presence check (not one of the quality report's checks)


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


def check_still(still: Still, profile: Profile, options: ScanOptions, report: Any = None) -> GateVerdict:
    """The gate's verdict on `still` for `profile`; `report` is a quality report made already (a camera frame's
    live report), else one is made here."""
    if report is None:
        from desktop_app.imaging.quality import analyze

        report = analyze(still.rgb)
    failed = [check.name for check in report.checks if check.name in BLOCKING_CHECKS and check.status == "fail"]
    if not failed and expects_mrz(profile, options) and not has_mrz_band(still.rgb):
        failed.append(NO_MRZ)
    return GateVerdict(tuple(failed), report)
