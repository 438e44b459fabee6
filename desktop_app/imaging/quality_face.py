"""Is there a face photo on the document? OpenCV's frontal-face Haar cascade on a small flattened crop.

The cascade ships in the OpenCV 4.x wheels (`cv2.data.haarcascades`). OpenCV 5 moved `CascadeClassifier` to
the contrib package and stopped shipping the XML files; there `detector()` returns None and the portrait check
reports "not_performed" instead of guessing.
"""

from __future__ import annotations

import functools
import os
import threading
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

# alt2 found 16/16 generated portraits with 0/16 false hits on cards without one, where "default" found
# 12..14/16 with 1..2 false hits, at the same cost.
CASCADE_FILES = ("haarcascade_frontalface_alt2.xml", "haarcascade_frontalface_default.xml")
_lock = threading.Lock()  # CascadeClassifier.detectMultiScale is not documented as thread-safe


@functools.cache
def detector() -> Any | None:
    """The loaded cascade, or None when this OpenCV build has no cascade classifier or no cascade file."""
    factory = getattr(cv2, "CascadeClassifier", None)
    data = getattr(cv2, "data", None)
    folder = getattr(data, "haarcascades", None)
    if factory is None or not isinstance(folder, str):
        return None
    for name in CASCADE_FILES:
        path = os.path.join(folder, name)
        if os.path.isfile(path):
            cascade = factory(path)
            if not cascade.empty():
                return cascade
    return None


def available() -> bool:
    return detector() is not None


def find_faces(gray: npt.NDArray[np.uint8], *, min_size: int, max_size: int = 0,
               min_neighbors: int = 3) -> list[tuple[int, int, int, int]]:
    """Face boxes (x, y, w, h) of min_size..max_size px (0: no limit) in `gray`, each confirmed by at least
    `min_neighbors` overlapping hits; empty when none or when no detector is available."""
    cascade = detector()
    if cascade is None or min(gray.shape[:2]) < min_size:
        return []
    with _lock:
        found = cascade.detectMultiScale(gray, scaleFactor=1.1, minNeighbors=min_neighbors,
                                         minSize=(min_size, min_size), maxSize=(max_size, max_size))
    return [tuple(int(v) for v in box) for box in np.asarray(found).reshape(-1, 4)]  # type: ignore[misc]
