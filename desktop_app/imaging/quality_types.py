"""The live-quality report: one `Check` per aspect of the frame, gathered in a `QualityReport`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

Status = Literal["pass", "fail", "not_performed"]
Region = tuple[int, int, int, int]  # x, y, w, h in frame pixels

CHECK_NAMES: tuple[str, ...] = (
    "exposure", "bounds", "resolution", "perspective", "focus", "glare", "colorness", "screen_capture",
    "portrait", "motion",
)

# Hints shown on the live video: plain words, one short sentence each.
HINT_DARK = "Too dark: add light"
HINT_BRIGHT = "Too bright: dim the light or move away from the lamp"
HINT_BOUNDS = "Whole document must be in view"
HINT_FAR = "Move closer"
HINT_TILT = "Hold the document flat"
HINT_BLUR = "Blurry: hold still and let the camera focus"
HINT_GLARE = "Glare on the {where}: tilt the document slightly"
HINT_PHOTOCOPY = "This looks like a photocopy"
HINT_SCREEN = "This looks like a photo of a screen"
HINT_PORTRAIT = "Face photo not visible"
HINT_MOTION = "Hold still"


@dataclass(frozen=True, slots=True)
class Check:
    """One check. `score` is 0..1 or a physical figure (see `unit`); it fails on the wrong side of `threshold`."""

    name: str
    status: Status
    score: float | None = None
    threshold: float | None = None
    unit: str = ""
    hint: str | None = None
    region: Region | None = None  # where to draw the hint on the frame; None when the check is global
    detail: dict[str, float | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Every check on one frame, plus what the next frame's motion check compares against."""

    checks: tuple[Check, ...]
    frame_size: tuple[int, int]  # width, height
    quad: npt.NDArray[np.float32] | None = None  # document corners TL, TR, BR, BL in frame pixels
    thumbnail: npt.NDArray[np.uint8] | None = field(default=None, repr=False, compare=False)
    portrait_age: int = 0  # frames since the face detector last ran (its verdict is reused while steady)

    @property
    def all_pass(self) -> bool:
        """True when a document is in view and no check failed (checks not performed do not block)."""
        return self.quad is not None and not any(c.status == "fail" for c in self.checks)

    @property
    def failed(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == "fail")

    @property
    def hints(self) -> list[str]:
        """The hints of the failed checks, most important first (the order of `CHECK_NAMES`)."""
        return [c.hint for c in self.failed if c.hint]

    def check(self, name: str) -> Check:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)
