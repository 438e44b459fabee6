"""Smooth the document outline across preview frames, so the overlay does not jitter and "hold still" is fair.

`QuadTracker.update(quad_or_none)` takes each frame's detection (TL, TR, BR, BL in frame pixels, or None):

- exponential smoothing of the corners (`alpha` of the new detection per frame);
- outlier rejection: a detection whose corners jump more than `max_jump` (share of the document's long side)
  is held back; if the jump persists for `confirm_frames` frames it is accepted as the new position (the
  card really moved) and smoothing restarts there;
- after `max_missed` frames without a detection the track is lost and resets;
- `steadiness`: 1.0 for a card that does not move, falling towards 0 as the frame-to-frame travel of the
  smoothed outline (itself averaged) approaches `still_travel`; `is_steady` when it is above
  `steady_threshold`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from desktop_app.imaging.document import Quad, order_quad, quad_sides


def _travel(a: Quad, b: Quad) -> float:
    """Median corner travel between two quads, as a share of the long side of `a`."""
    long_side = max(quad_sides(a))
    return float(np.median(np.hypot(*(a - b).T))) / max(long_side, 1.0)


@dataclass(slots=True)
class QuadTracker:
    alpha: float = 0.4
    max_jump: float = 0.08
    confirm_frames: int = 3
    max_missed: int = 5
    still_travel: float = 0.02  # travel per frame (share of the long side) that counts as "not still" at all
    steady_threshold: float = 0.75
    _quad: Quad | None = field(default=None, init=False)
    _motion: float = field(default=1.0, init=False)  # smoothed travel per frame
    _missed: int = field(default=0, init=False)
    _pending: list[Quad] = field(default_factory=list, init=False)
    _frames: int = field(default=0, init=False)

    @property
    def quad(self) -> Quad | None:
        """The smoothed outline, or None when there is no track."""
        return None if self._quad is None else self._quad.copy()

    @property
    def steadiness(self) -> float:
        """1.0 = perfectly still, 0.0 = moving (or no track)."""
        if self._quad is None or self._frames < 2:
            return 0.0
        return float(max(0.0, 1.0 - self._motion / self.still_travel))

    @property
    def is_steady(self) -> bool:
        return self.steadiness >= self.steady_threshold

    def reset(self) -> None:
        self._quad = None
        self._motion = 1.0
        self._missed = 0
        self._pending.clear()
        self._frames = 0

    def update(self, detection: npt.NDArray[np.floating] | None) -> Quad | None:
        """Feed one frame's detection; returns the smoothed outline (None when the track is lost)."""
        if detection is None:
            self._missed += 1
            if self._missed > self.max_missed:
                self.reset()
            return self.quad
        quad = order_quad(np.asarray(detection, np.float32))
        self._missed = 0
        if self._quad is None:
            self._quad = quad
            self._frames = 1
            self._motion = 0.0
            return self.quad
        jump = _travel(self._quad, quad)
        if jump > self.max_jump:
            self._pending.append(quad)
            if len(self._pending) < self.confirm_frames or _travel(self._pending[0], quad) > self.max_jump:
                if len(self._pending) >= self.confirm_frames:
                    self._pending = self._pending[-1:]  # the new detections disagree among themselves
                self._motion = self._motion + self.alpha * (self.max_jump - self._motion)
                return self.quad
            # The jump persisted: the card moved there. Restart the track.
            self._quad = quad
            self._pending.clear()
            self._motion = self.max_jump
            self._frames += 1
            return self.quad
        self._pending.clear()
        previous = self._quad
        self._quad = (previous + self.alpha * (quad - previous)).astype(np.float32)
        # Travel of the smoothed outline: detection noise is damped like the overlay is, a real move is not.
        self._motion = self._motion + self.alpha * (_travel(previous, self._quad) - self._motion)
        self._frames += 1
        return self.quad
