"""Is there a face? dlib's HOG frontal-face detector.

The detector and its trained weights are compiled into the `dlib-bin` wheel (dlib, Boost Software License;
`dlib.get_frontal_face_detector()`), so nothing is downloaded or loaded from a data file. It slides an 80x80
window over an image pyramid (each level 5/6 of the last): faces smaller than WINDOW pixels are not seen, so
`find_faces` scales the image so that the smallest face asked for spans the window.

It replaced OpenCV's Haar cascade (the OpenCV 4 wheels' XML files; OpenCV 5 dropped both): on the real
document set it found 26/30 portraits against 24/30, and it found the drawn face of
`resources/samples/passport_td3.jpg` that the cascade missed (`tests/benchmarks/bench_faces.py`).
"""

from __future__ import annotations

import threading
from typing import Any, NamedTuple

import cv2
import dlib
import numpy as np
import numpy.typing as npt

WINDOW = 80  # px: the detector's window, the smallest face it finds without upsampling
MAX_UPSCALE = 2.0  # a face asked for at under WINDOW / MAX_UPSCALE px is not searched for below that size
# Detection score offset: the detector's own default is 0. -0.3 found 84/90 generated documents instead of 76
# and the drawn face of the TD3 sample, with no false face on the generated cards without a portrait; one real
# ID card's back (a printed emblem) scored above it (tests/benchmarks/bench_faces.py).
THRESHOLD = -0.3
# Local contrast (CLAHE) before the detector: a dim camera frame or a washed-out print keeps its face's edges.
# On the generated camera frames it found 73/88 faces instead of 67 (dark frames 2/8 -> 7/8), and it dropped the
# one false face on the real set's card backs; documents and samples unchanged (tests/benchmarks/bench_faces.py).
CLAHE_CLIP, CLAHE_TILES = 2.0, (4, 4)


class Face(NamedTuple):
    x: int
    y: int
    w: int
    h: int
    score: float


_local = threading.local()  # one detector per thread: dlib's detectors are not documented as thread-safe


def detector() -> Any:
    """This thread's detector (built from the weights compiled into dlib, a few ms the first time)."""
    found = getattr(_local, "detector", None)
    if found is None:
        found = dlib.get_frontal_face_detector()
        _local.detector = found
    return found


def _equalized(gray: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    clahe = getattr(_local, "clahe", None)
    if clahe is None:
        clahe = cv2.createCLAHE(CLAHE_CLIP, CLAHE_TILES)
        _local.clahe = clahe
    return np.asarray(clahe.apply(gray), np.uint8)


def find_faces(gray: npt.NDArray[np.uint8], *, min_size: int, max_size: int = 0,
               threshold: float = THRESHOLD) -> list[Face]:
    """Faces of about min_size..max_size px (0: no upper limit) in `gray`, best score first.

    The image is scaled by WINDOW / min_size (at most MAX_UPSCALE) so that a face of min_size px spans the
    detector's window; boxes come back in `gray`'s pixels.
    """
    if gray.ndim != 2 or min(gray.shape[:2]) < 8 or min_size < 1:
        return []
    scale = min(WINDOW / min_size, MAX_UPSCALE)
    image = gray
    if abs(scale - 1.0) > 0.02:
        size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
        image = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR),
                           np.uint8)
    if min(image.shape[:2]) < WINDOW:
        return []
    rects, scores, _ = detector().run(np.ascontiguousarray(_equalized(image)), 0, threshold)
    faces = [Face(round(r.left() / scale), round(r.top() / scale), round(r.width() / scale),
                  round(r.height() / scale), float(s)) for r, s in zip(rects, scores, strict=True)]
    if max_size > 0:
        faces = [f for f in faces if f.w <= max_size]
    return sorted(faces, key=lambda f: -f.score)
