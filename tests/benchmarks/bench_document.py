"""Document finder (`find_document_quad`) on many generated documents and on desk-only frames.

Run: `python -m tests.benchmarks.bench_document [--seeds N] [--negatives N] [--conditions a,b,...]`

Prints, per tests.datagen condition, how many documents were found with every corner within 2 % of the image's
long side (td1, td2, td3 x seeds), how many quads the finder returned on frames with no document at all (desk
only: the datagen cluttered desk after the phone-photo treatment, and the framegen webcam desk), and the median
and 90th-percentile time of one call, as a ratio to ONE Laplacian-variance pass on a 1280x720 grey frame
measured in the same run (the live analysis budget of bench_quality (a) is expressed in that unit).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

import cv2
import numpy as np

from desktop_app.imaging.document import downscale, find_document_quad, find_quad_in_gray

LIVE_LONG_SIDE = 320  # what quality.analyze() searches (quality.WORK_LONG_SIDE)

KINDS = ("td1", "td2", "td3")


def corner_error(found: np.ndarray, truth: np.ndarray) -> float:
    """Largest corner distance, whichever corner the finder calls top-left (the card may be upside down)."""
    return min(float(np.linalg.norm(np.roll(found, k, axis=0) - truth, axis=1).max()) for k in range(4))


def find_live(rgb: np.ndarray) -> np.ndarray | None:
    """The live path: quality.analyze() downscales the frame to 320 px and calls find_quad_in_gray."""
    small, factor = downscale(rgb, LIVE_LONG_SIDE)
    quad = find_quad_in_gray(np.asarray(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), np.uint8))
    return None if quad is None else (quad / factor).astype(np.float32)


FINDERS = {"find_document_quad (640 px)": find_document_quad, "live analyze path (320 px)": find_live}


def laplacian_reference_ms(runs: int = 30) -> float:
    gray = np.random.default_rng(0).integers(0, 255, (720, 1280), dtype=np.uint8)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        cv2.Laplacian(gray, cv2.CV_64F).var()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def desk_frames(n: int) -> list[tuple[str, np.ndarray]]:
    """Frames with no document: `n` datagen desks (phone-photo look) and `n` framegen webcam desks."""
    from tests.datagen import conditions as dg
    from tests.imaging import framegen as fg

    out: list[tuple[str, np.ndarray]] = []
    for seed in range(n):
        rng = random.Random(10_000 + seed)
        w, h = rng.choice([(1600, 1200), (1920, 1080), (1280, 960), (1440, 1080)])
        desk = dg._desk(rng, w, h)
        desk = dg.uneven_light(desk, rng, strength=0.25)
        desk = cv2.GaussianBlur(desk, (0, 0), 0.7)
        desk = dg.jpeg(desk, 80)
        out.append((f"datagen-desk/{seed}", np.ascontiguousarray(desk)))
        nrng = np.random.default_rng(20_000 + seed)
        size = (1280, 720) if seed % 2 == 0 else (1920, 1080)
        out.append((f"framegen-desk/{seed}", fg._camera(fg._desk(nrng, *size), nrng)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=int, default=8, help="seeds per kind and condition")
    parser.add_argument("--negatives", type=int, default=12, help="desk-only frames of each generator")
    parser.add_argument("--conditions", default="", help="comma-separated subset of tests.datagen conditions")
    parser.add_argument("-v", action="store_true", help="list the documents missed")
    args = parser.parse_args()
    from tests.datagen import generate, ocrb_available
    from tests.datagen.conditions import CONDITIONS

    if not ocrb_available():
        print("tests.datagen needs fonts-ocr-b: skipped")
        return
    conditions = [c for c in args.conditions.split(",") if c] or list(CONDITIONS)
    ref = laplacian_reference_ms()
    print(f"OpenCV {cv2.__version__}, {cv2.getNumThreads()} threads; reference: one Laplacian variance at "
          f"1280x720 = {ref:.2f} ms")
    print(f"documents found (all corners within 2 % of the image's long side), {len(KINDS)} kinds x "
          f"{args.seeds} seeds per condition; columns: {' | '.join(FINDERS)}")
    t_start = time.perf_counter()
    times: dict[str, list[float]] = {name: [] for name in FINDERS}
    found_all = dict.fromkeys(FINDERS, 0)
    total_all = 0
    for condition in conditions:
        found = dict.fromkeys(FINDERS, 0)
        total = 0
        missed: dict[str, list[str]] = {name: [] for name in FINDERS}
        for kind in KINDS:
            for seed in range(args.seeds):
                doc = generate(seed, kind, condition)
                total += 1
                for name, finder in FINDERS.items():
                    t0 = time.perf_counter()
                    quad = finder(doc.rgb)
                    times[name].append((time.perf_counter() - t0) * 1000)
                    ok = quad is not None and corner_error(quad, doc.quad) < 0.02 * max(doc.rgb.shape[:2])
                    found[name] += ok
                    if not ok:
                        missed[name].append(f"{kind}/{seed}" + ("" if quad is not None else "(none)"))
        total_all += total
        cells = []
        for name in FINDERS:
            found_all[name] += found[name]
            cells.append(f"{found[name]:3d}/{total:<3d} {found[name] / total:5.0%}")
        print(f"  {condition:13s} " + " | ".join(cells), flush=True)
        if args.v:
            for name in FINDERS:
                if missed[name]:
                    print(f"      missed by {name}: {' '.join(missed[name])}")
    print(f"  {'all':13s} " + " | ".join(f"{found_all[n]:3d}/{total_all:<3d} {found_all[n] / max(total_all, 1):5.0%}"
                                        for n in FINDERS))
    negatives = desk_frames(args.negatives)
    for name, finder in FINDERS.items():
        false_quads = []
        for label, rgb in negatives:
            t0 = time.perf_counter()
            quad = finder(rgb)
            times[name].append((time.perf_counter() - t0) * 1000)
            if quad is not None:
                false_quads.append(label)
        print(f"{name}: false quads on desk-only frames {len(false_quads)}/{len(negatives)}"
              + (f" ({' '.join(false_quads)})" if false_quads else ""))
        med, p90 = statistics.median(times[name]), float(np.percentile(times[name], 90))
        print(f"    time per call (full-size frame in, downscale included): median {med:.1f} ms "
              f"({med / ref:.2f}x the reference), 90th percentile {p90:.1f} ms ({p90 / ref:.2f}x)")
    print(f"total {time.perf_counter() - t_start:.0f} s")


if __name__ == "__main__":
    main()
