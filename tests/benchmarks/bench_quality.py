"""Live-quality benchmark: cost of `analyze()` against one Laplacian-variance pass, and accuracy per check.

Run: `python -m tests.benchmarks.bench_quality [--frames-per-condition N] [--timing-runs N]`

(a) Per-frame time of `analyze(frame)` on 1280x720 and 1920x1080 generated frames, as a ratio to ONE
    `cv2.Laplacian(gray, CV_64F).var()` on the full-resolution grey frame, measured in the same run on the same
    frames (median over the runs). Target: <= 3x.
(b) Precision and recall of each check on labelled frames (`tests/imaging/framegen.py`: each condition
    injected on purpose, both sizes). A frame counts as positive for a check when its condition expects that
    check to fail; checks a condition may fail as a side effect (`TOLERATED`) are left out for that frame.
    Every frame is analysed with a `previous` report: a moved copy for "moving", otherwise a steady copy with
    fresh sensor noise. Target: >= 0.9 both.
(c) The shared generator's documents (tests/datagen: scans on a white bed, photos on cluttered desks, blur,
    low resolution, JPEG, uneven light, glare): how often the finder gets the outline, how the physical
    resolution estimate compares with the generator's true MRZ character height, and which checks fail.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict

import cv2
import dlib
import numpy as np

from desktop_app.imaging.quality import CHECK_NAMES, analyze
from tests.imaging.framegen import CONDITIONS, make_frame

SIZES = ((1280, 720), (1920, 1080))
TIMING_CONDITIONS = ("clean", "glare_left", "photocopy", "screen", "tilt", "far", "no_portrait", "blur")


def _laplacian_var(gray: np.ndarray) -> float:
    return float(cv2.Laplacian(gray, cv2.CV_64F).var())


def _steady_copies(rgb: np.ndarray, n: int, rng: np.random.Generator) -> list[np.ndarray]:
    """`n` frames of a document held still: the same scene with fresh sensor noise."""
    return [np.clip(rgb + rng.normal(0, 2.0, rgb.shape), 0, 255).astype(np.uint8) for _ in range(n)]


def timing(runs: int) -> None:
    print(f"(a) cost per frame over {runs} frames (reference: one Laplacian-variance pass on the full-res grey "
          "frame, timed right before each analyze() on the same frame)")
    rng = np.random.default_rng(1)
    for size in SIZES:
        scenes = [make_frame(100 + i, c, size).rgb for i, c in enumerate(TIMING_CONDITIONS)]
        for f in scenes[:2]:
            analyze(f)  # warm-up: detector load, caches
        per_scene = max(1, runs // len(scenes))
        for mode in ("live", "cold"):
            ref: list[float] = []
            ours: list[float] = []
            detector_runs = 0
            for scene in scenes:
                previous = None
                for frame in _steady_copies(scene, per_scene, rng):
                    gray = cv2.cvtColor(frame, cv2.COLOR_RGB2GRAY)
                    t0 = time.perf_counter()
                    _laplacian_var(gray)
                    t1 = time.perf_counter()
                    report = analyze(frame, previous=previous)
                    t2 = time.perf_counter()
                    if mode == "live":
                        previous = report
                    detector_runs += report.portrait_age == 0 and report.check("portrait").status != "not_performed"
                    ref.append(t1 - t0)
                    ours.append(t2 - t1)
            r_med, o_med = statistics.median(ref) * 1000, statistics.median(ours) * 1000
            r_mean, o_mean = statistics.fmean(ref) * 1000, statistics.fmean(ours) * 1000
            label = ("live (previous report passed, face verdict reused while steady)" if mode == "live"
                     else "cold (no previous report: every check runs, face detector included)")
            print(f"  {size[0]}x{size[1]} {label}, face detector ran on {detector_runs}/{len(ours)} frames:")
            print(f"      median: analyze {o_med:6.2f} ms vs Laplacian var {r_med:6.2f} ms = {o_med / r_med:4.2f}x"
                  f"   mean: {o_mean:6.2f} ms vs {r_mean:6.2f} ms = {o_mean / r_mean:4.2f}x   (target <= 3x)")


def accuracy(per_condition: int) -> bool:
    tp: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    false_hits: dict[str, list[str]] = defaultdict(list)
    glare_where_ok = glare_where_n = 0
    frames = 0
    rng = np.random.default_rng(7)
    for size in SIZES:
        for condition in CONDITIONS:
            for seed in range(per_condition):
                frame = make_frame(seed, condition, size)
                if frame.previous is not None:
                    prev_rgb = frame.previous
                else:
                    noise = rng.normal(0, 2.0, frame.rgb.shape)
                    prev_rgb = np.clip(frame.rgb + noise, 0, 255).astype(np.uint8)
                report = analyze(frame.rgb, previous=analyze(prev_rgb))
                frames += 1
                for check in report.checks:
                    expected = check.name in frame.expected
                    if not expected and check.name in frame.tolerated:
                        continue
                    fired = check.status == "fail"
                    if fired and expected:
                        tp[check.name] += 1
                    elif fired:
                        fp[check.name] += 1
                        false_hits[check.name].append(f"{condition}/{size[0]}/{seed}")
                    elif expected:
                        fn[check.name] += 1
                        false_hits[check.name].append(f"missed {condition}/{size[0]}/{seed}")
                if frame.glare_side is not None:
                    glare = report.check("glare")
                    if glare.status == "fail":
                        glare_where_n += 1
                        glare_where_ok += glare.detail.get("location") == frame.glare_side
    print(f"(b) precision / recall per check on {frames} labelled frames "
          f"({len(CONDITIONS)} conditions x {len(SIZES)} sizes x {per_condition} seeds)")
    ok = True
    for name in CHECK_NAMES:
        positives = tp[name] + fn[name]
        fired = tp[name] + fp[name]
        precision = tp[name] / fired if fired else float("nan")
        recall = tp[name] / positives if positives else float("nan")
        note = ""
        if not (precision >= 0.9 and recall >= 0.9):
            ok = False
            note = "  BELOW TARGET"
        print(f"  {name:15s} precision {precision:5.3f} ({tp[name]}/{fired})  recall {recall:5.3f} "
              f"({tp[name]}/{positives}){note}")
        if false_hits[name] and "-v" in sys.argv:
            print("      ", ", ".join(false_hits[name][:12]))
    if glare_where_n:
        print(f"  glare location right on {glare_where_ok}/{glare_where_n} detected glare frames")
    return ok


def datagen_section(seeds: int) -> None:
    """The shared generator's documents (scans and photos, tests/datagen): finder hit rate, resolution estimate
    against the generator's true MRZ character height, and how often each check fails per condition."""
    try:
        from tests.datagen import KINDS, generate, ocrb_available
        from tests.datagen.conditions import CONDITIONS as DG_CONDITIONS
    except ImportError:
        print("(c) tests.datagen not available")
        return
    if not ocrb_available():
        print("(c) tests.datagen needs fonts-ocr-b: skipped")
        return
    kinds = [k for k in ("td1", "td2", "td3") if k in KINDS]
    print(f"(c) tests.datagen documents ({', '.join(kinds)} x {seeds} seeds per condition): document found "
          "(corners within 2 % of the image size), MRZ character height estimate / truth, share of documents "
          "on which each check fails")
    for condition in DG_CONDITIONS:
        found = total = 0
        ratios: list[float] = []
        fails: dict[str, int] = defaultdict(int)
        for kind in kinds:
            for seed in range(seeds):
                doc = generate(seed, kind, condition)
                report = analyze(doc.rgb)
                total += 1
                if report.quad is not None:
                    err = min(float(np.linalg.norm(np.roll(report.quad, k, axis=0) - doc.quad, axis=1).max())
                              for k in range(4))
                    found += err < 0.02 * max(doc.rgb.shape)
                truth_char = doc.truth.get("mrz_char_height_px")
                estimate = analyze(doc.rgb, quad=doc.quad).check("resolution").detail.get("mrz_char_px")
                if isinstance(truth_char, float | int) and isinstance(estimate, float) and truth_char > 0:
                    ratios.append(estimate / float(truth_char))
                for check in report.failed:
                    fails[check.name] += 1
        failing = ", ".join(f"{n} {fails[n] / total:.0%}" for n in CHECK_NAMES if fails[n]) or "none"
        ratio = f"{statistics.median(ratios):.2f}" if ratios else "n/a"
        print(f"  {condition:13s} found {found}/{total}  char height est/truth {ratio}  fails: {failing}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--frames-per-condition", type=int, default=7, help="seeds per condition and size")
    parser.add_argument("--timing-runs", type=int, default=50)
    parser.add_argument("-v", action="store_true", help="list the frames each check got wrong")
    parser.add_argument("--only", choices=("timing", "accuracy", "datagen"), help="run one part only")
    parser.add_argument("--datagen-seeds", type=int, default=2, help="seeds per kind and condition for (c)")
    args = parser.parse_args()
    print(f"OpenCV {cv2.__version__}, {cv2.getNumThreads()} threads, face detector: dlib {dlib.__version__} HOG "
          "(tests/benchmarks/bench_faces.py compares it with the former Haar cascade)")
    t0 = time.perf_counter()
    if args.only in (None, "timing"):
        timing(args.timing_runs)
    if args.only in (None, "accuracy"):
        accuracy(args.frames_per_condition)
    if args.only in (None, "datagen"):
        datagen_section(args.datagen_seeds)
    print(f"total {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
