"""Decode a still from untrusted bytes: format sniffing, EXIF orientation, colour conversion, bomb guard.

(Interface fixed by the foundation; the implementation lives here.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt


class IntakeError(Exception):
    """An image that cannot be used. `str(err)` is one plain sentence for the operator."""


@dataclass(frozen=True, slots=True)
class Still:
    """A decoded, upright still: what every engine reads."""

    rgb: npt.NDArray[np.uint8]  # H×W×3, uint8, EXIF orientation applied
    source_bytes: bytes  # the file as received (engines may send it as is when it already fits)
    source_mime: str  # sniffed from the magic bytes, e.g. "image/jpeg"
    name: str = ""  # the file name, for messages only

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


def decode_still(data: bytes, name: str = "") -> Still:
    """Decode `data` into a `Still` or raise `IntakeError` with a sentence for the operator."""
    raise NotImplementedError


def load_still(path: str) -> Still:
    """Read a file and decode it (see `decode_still`)."""
    raise NotImplementedError
