"""Portrait check: recall and false faces of dlib's HOG detector (the station's) and the former Haar cascade,
in the same run on the same document outlines, plus the check's time per camera frame.

Run: `python -m tests.benchmarks.bench_faces [--frame-seeds N] [--doc-seeds N] [--timing-frames N] [-v]`

Sets (truth in brackets):
- frames: tests/imaging/framegen.py camera frames at 1280x720 and 1920x1080, every condition but far,
  out_of_frame and tilt (their faces are too small or cut by design) [a face unless "no_portrait"];
- documents: tests/datagen documents, every kind and condition [always a face];
- real: ../shared/real_mrz_dev images [tests/imaging/portrait_truth.json, by looking; "obscured" not counted];
- samples: resources/samples [a face on each].
Each image's outline is the one `analyze()` finds; the portrait check runs on it without the exposure gate, so
the white-background scans still say what the detector does. "Haar" is the check as it was before dlib: the
alt2 cascade on the document flattened to 340 px, CLAHE per zone, 4 neighbours (needs OpenCV 4's
CascadeClassifier and its XML files; "unavailable" otherwise).

Time: the check alone on framegen frames at both camera sizes (median, p95, worst), for frames with a
portrait (the left zone usually answers) and without one (all three zones are searched). The live path runs
it at most once per PORTRAIT_REUSE_FRAMES frames while the card holds still (imaging/quality.py).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import cv2
import dlib
import numpy as np

from desktop_app.imaging import quality_checks as qc
from desktop_app.imaging.quality_checks import quad_sides
from desktop_app.imaging.quality_types import Check
from tests.imaging.framegen import CONDITIONS as FRAME_CONDITIONS
from tests.imaging.framegen import make_frame
from tests.imaging.portrait_sets import document_frame, labelled, read_rgb

SIZES = ((1280, 720), (1920, 1080))
SKIPPED_FRAME_CONDITIONS = ("far", "out_of_frame", "tilt")


def _haar() -> Any | None:
    factory = getattr(cv2, "CascadeClassifier", None)
    folder = getattr(getattr(cv2, "data", None), "haarcascades", None)
    if factory is None or not isinstance(folder, str):
        return None
    cascade = factory(folder + "haarcascade_frontalface_alt2.xml")
    return None if cascade.empty() else cascade


HAAR = _haar()


def haar_portrait_check(ctx: qc.Frame) -> Check:
    """The portrait check as it was with the Haar cascade (for comparison only)."""
    if ctx.quad is None or HAAR is None:
        return qc.not_performed("portrait", "no document or no cascade")
    a, b = quad_sides(ctx.quad)
    scale = 340 / max(a, b, 1.0)
    out_w, out_h = max(8, round(a * scale)), max(8, round(b * scale))
    dst = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(ctx.quad.astype(np.float32), dst)
    gray = cv2.cvtColor(cv2.warpPerspective(ctx.rgb, matrix, (out_w, out_h), flags=cv2.INTER_AREA),
                        cv2.COLOR_RGB2GRAY)
    if out_h > out_w:
        gray = cv2.rotate(gray, cv2.ROTATE_90_CLOCKWISE)
    h, w = gray.shape
    zone = max(8, int(0.45 * w))
    min_size, max_size = max(20, int(0.17 * h)), int(0.5 * h)
    clahe = cv2.createCLAHE(clipLimit=1.5, tileGridSize=(4, 4))
    left, right = gray[:, :zone], gray[:, w - zone:]
    for crop in (left, cv2.rotate(right, cv2.ROTATE_180), right):
        found = HAAR.detectMultiScale(clahe.apply(np.ascontiguousarray(crop)), scaleFactor=1.1, minNeighbors=4,
                                      minSize=(min_size, min_size), maxSize=(max_size, max_size))
        if len(found):
            return qc.Check("portrait", "pass", 0.0)
    return qc.Check("portrait", "fail", 0.0)


DETECTORS: dict[str, Callable[[qc.Frame], Check]] = {"dlib HOG": qc.portrait_check, "Haar alt2": haar_portrait_check}


class Tally:
    def __init__(self) -> None:
        self.faces = 0
        self.none = 0
        self.found: dict[str, int] = defaultdict(int)
        self.false: dict[str, int] = defaultdict(int)
        self.wrong: dict[str, list[str]] = defaultdict(list)

    def add(self, label: str, has_face: bool, ctx: qc.Frame) -> None:
        self.faces += has_face
        self.none += not has_face
        for name, check in DETECTORS.items():
            found = check(ctx).status == "pass"
            if has_face and found:
                self.found[name] += 1
            elif found:
                self.false[name] += 1
                self.wrong[name].append(f"false {label}")
            elif has_face:
                self.wrong[name].append(f"missed {label}")

    def print(self, title: str, verbose: bool) -> None:
        for name in DETECTORS:
            if name.startswith("Haar") and HAAR is None:
                print(f"  {title:10s} {name:9s} unavailable (no CascadeClassifier or cascade file in this OpenCV)")
                continue
            recall = f"{self.found[name]}/{self.faces}" + (f" ({self.found[name] / self.faces:.0%})" if self.faces
                                                            else "")
            print(f"  {title:10s} {name:9s} recall {recall:14s} false faces {self.false[name]}/{self.none}")
            if verbose and self.wrong[name]:
                print("      " + ", ".join(self.wrong[name]))


def frames(seeds: int, verbose: bool) -> None:
    tally = Tally()
    for condition in FRAME_CONDITIONS:
        if condition in SKIPPED_FRAME_CONDITIONS:
            continue
        for size in SIZES:
            for seed in range(seeds):
                frame = make_frame(100 + seed, condition, size)
                tally.add(f"{condition}/{size[0]}/{seed}", condition != "no_portrait", document_frame(frame.rgb))
    tally.print("frames", verbose)


def documents(seeds: int, verbose: bool) -> None:
    try:
        from tests.datagen import KINDS, generate, ocrb_available
        from tests.datagen.conditions import CONDITIONS
    except ImportError:
        print("  documents  tests.datagen not available")
        return
    if not ocrb_available():
        print("  documents  tests.datagen needs fonts-ocr-b: skipped")
        return
    tally = Tally()
    for condition in CONDITIONS:
        for kind in KINDS:
            for seed in range(seeds):
                tally.add(f"{kind}/{condition}/{seed}", True, document_frame(generate(seed, kind, condition).rgb))
    tally.print("documents", verbose)


def labelled_set(set_name: str, verbose: bool) -> None:
    tally = Tally()
    obscured = 0
    for name, truth, path in labelled(set_name):
        if truth == "obscured":
            obscured += 1
            continue
        tally.add(name, truth == "face", document_frame(read_rgb(path)))
    if tally.faces + tally.none == 0:
        print(f"  {set_name:10s} not found (../shared/real_mrz_dev)")
        return
    tally.print(set_name, verbose)
    if obscured:
        print(f"  {'':10s} ({obscured} image(s) with an obscured face not counted)")


def timing(per_kind: int) -> None:
    print(f"time of the portrait check alone per frame ({per_kind} frames per row; median / p95 / worst ms)")
    for size in SIZES:
        for label, condition in (("with face", "clean"), ("no portrait", "no_portrait")):
            ctxs = [document_frame(make_frame(300 + i, condition, size).rgb) for i in range(per_kind)]
            for name, check in DETECTORS.items():
                if name.startswith("Haar") and HAAR is None:
                    continue
                check(ctxs[0])  # warm-up
                times = []
                for ctx in ctxs:
                    t0 = time.perf_counter()
                    check(ctx)
                    times.append((time.perf_counter() - t0) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                print(f"  {size[0]}x{size[1]} {label:11s} {name:9s} {statistics.median(times):6.1f} / "
                      f"{p95:6.1f} / {times[-1]:6.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frame-seeds", type=int, default=4, help="seeds per frame condition and size")
    parser.add_argument("--doc-seeds", type=int, default=2, help="seeds per datagen kind and condition")
    parser.add_argument("--timing-frames", type=int, default=20)
    parser.add_argument("-v", action="store_true", help="list the misses and false faces")
    args = parser.parse_args()
    haar = "Haar cascade available" if HAAR is not None else "no Haar cascade"
    print(f"dlib {dlib.__version__}, OpenCV {cv2.__version__} ({haar})")
    t0 = time.perf_counter()
    print("recall (a face found where the document shows one) and false faces (found where there is none)")
    frames(args.frame_seeds, args.v)
    documents(args.doc_seeds, args.v)
    labelled_set("real", args.v)
    labelled_set("samples", args.v)
    timing(args.timing_frames)
    print(f"total {time.perf_counter() - t0:.0f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
