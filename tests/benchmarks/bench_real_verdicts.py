"""The offline engine's verdicts on the real specimen images (PassportEye's test data, see its README).

    python -m tests.benchmarks.bench_real_verdicts                    # every variant
    python -m tests.benchmarks.bench_real_verdicts --variants as-is   # one variant
    python -m tests.benchmarks.bench_real_verdicts --dir /path/to/real_mrz_dev --show

A *false accept* is `mrz.local_check == "pass"` while a line differs from the printed MRZ (or the specimen prints
check digits that do not verify). Variants: the file as it is, turned 180 degrees, at half size, and re-encoded as a
JPEG of quality 50. Per variant: scored images, MRZ exact, passes, false accepts, and the images that pass wrongly.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.domain.checks import finalize
from desktop_app.engines.errors import EngineError
from desktop_app.engines.local.engine import LocalEngine
from desktop_app.imaging.intake import load_still

RGB = npt.NDArray[np.uint8]
DEFAULT_DIR = Path("/work/shared/real_mrz_dev")


def _half(rgb: RGB) -> RGB:
    return np.asarray(cv2.resize(rgb, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA), np.uint8)


def _jpeg(rgb: RGB) -> RGB:
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 50])
    assert ok
    return np.asarray(cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB), np.uint8)


VARIANTS: dict[str, Callable[[RGB], RGB]] = {
    "as-is": lambda rgb: rgb,
    "turned": lambda rgb: np.ascontiguousarray(rgb[::-1, ::-1]),
    "half": _half,
    "jpeg50": _jpeg,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--only", default="", help="comma-separated file names")
    parser.add_argument("--show", action="store_true", help="print every read")
    args = parser.parse_args(argv)
    truth = json.loads((args.dir / "ground_truth.json").read_text(encoding="utf-8"))
    names = [n for n in sorted(truth) if not args.only or n in args.only.split(",")]
    engine = LocalEngine()
    today = dt.date.today()
    total_false = 0
    for variant in [v for v in args.variants.split(",") if v]:
        make = VARIANTS[variant]
        scored = exact = passed = 0
        wrong: list[str] = []
        started = time.perf_counter()
        for name in names:
            entry = truth[name]
            rgb = make(load_still(str(args.dir / "images" / name)).rgb)
            try:
                result = finalize(engine.scan_rgb(rgb, today=today), today=today)
            except EngineError:
                lines: list[str] = []
                check = "no MRZ"
            else:
                lines = list(result.mrz.lines)
                check = result.mrz.local_check
            right = lines == entry["mrz"] and entry["printed_check_digits_valid"]
            if check == "pass" and not right:
                wrong.append(f"{name}: {lines}")
            if args.show:
                flags = [f"{d.reason}:{d.field}:{d.position}:{d.shown}/{d.alternatives}"
                         for d in (result.mrz.doubts if lines else [])]
                print(f"  {variant:7} {name:24} {check:8} {'exact' if lines == entry['mrz'] else 'WRONG':5} {lines}"
                      f" {flags}", flush=True)
            if not entry.get("score", True):
                continue
            scored += 1
            exact += lines == entry["mrz"]
            passed += check == "pass"
        total_false += len(wrong)
        print(f"{variant:7} scored {scored}  exact {exact}  pass {passed}  false accepts {len(wrong)}"
              f"  ({time.perf_counter() - started:.0f} s)", flush=True)
        for line in wrong:
            print(f"    FALSE ACCEPT {line}")
    return 1 if total_false else 0


if __name__ == "__main__":
    sys.exit(main())
