"""Labelled images for the portrait check: the real dev set and resources/samples (truth in portrait_truth.json,
decided by looking), plus helpers that run a portrait check on the document outline the live check finds.

The check is run on the outline `analyze()` finds, without its exposure gate: the white-background scans of the
dev set fail exposure, which would hide what the face detector does on them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.imaging import quality_checks as qc
from desktop_app.imaging.document import downscale
from desktop_app.imaging.quality import WORK_LONG_SIDE, analyze
from desktop_app.imaging.quality_types import Check
from tests.real_mrz import dev_set_dir, dev_set_missing

ROOT = Path(__file__).resolve().parents[2]
TRUTH = json.loads((Path(__file__).with_name("portrait_truth.json")).read_text(encoding="utf-8"))
SAMPLES_DIR = ROOT / "resources" / "samples"

RGB = npt.NDArray[np.uint8]
PortraitCheck = Callable[[qc.Frame], Check]


def read_rgb(path: Path) -> RGB:
    bgr = cv2.imread(str(path), cv2.IMREAD_COLOR)
    if bgr is None:
        raise FileNotFoundError(path)
    return np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB), np.uint8)


def labelled(set_name: str) -> Iterator[tuple[str, str, Path]]:
    """(file name, truth, path) of one set ("real" or "samples"); the real set only when it is there."""
    if set_name == "real":
        if dev_set_missing() is not None:
            return
        folder = dev_set_dir() / "images"
    else:
        folder = SAMPLES_DIR
    for name, truth in sorted(TRUTH[set_name].items()):
        yield name, truth, folder / name


def document_frame(rgb: RGB) -> qc.Frame:
    """The live check's view of `rgb`: the downscaled copy and the outline `analyze()` finds."""
    quad = analyze(rgb).quad
    small, factor = downscale(rgb, WORK_LONG_SIDE)
    small_gray = np.asarray(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), np.uint8)
    ctx = qc.Frame(rgb=rgb, small=small, small_gray=small_gray, factor=factor, quad=quad)
    qc.prepare_doc(ctx)
    return ctx
