"""Where the offline engine's time goes on the real MRZ dev set: CPU milliseconds per stage, per variant.

    python -m tests.benchmarks.profile_real_mrz                       # upright, 12mp, no_mrz
    python -m tests.benchmarks.profile_real_mrz --variants upright --images pe_1

Each image is read the way `bench_real_mrz` reads it (intake decode with the engine's size hint -> LocalEngine ->
finalize), but with the engine's extras run one after another in this thread (not beside the recogniser), so each
stage's process CPU time is its own: the machine's other load does not count, and the ONNX pool threads are
charged to the stage that called them. Stages are timed by wrapping the engine's functions; a stage's time is its
own (nested stages are subtracted), so the rows add up to the total. Figures only: nothing passes or fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

from tests.real_mrz import dev_set_missing, load_cases, variant_bytes
from tests.real_mrz_scoring import local_engine, read_local


class _Clock:
    """Own (exclusive) CPU and wall time per stage, nested stages subtracted."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # per open stage: [child cpu, child wall]

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        c0, w0 = time.process_time(), time.perf_counter()
        self._stack.append([0.0, 0.0])
        try:
            yield
        finally:
            child_cpu, child_wall = self._stack.pop()
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            self.cpu[name] += cpu - child_cpu
            self.wall[name] += wall - child_wall
            self.calls[name] += 1
            if self._stack:
                self._stack[-1][0] += cpu
                self._stack[-1][1] += wall


class _InThread:
    """A stand-in for the engine's extras pool: runs each job at once, in the caller's thread."""

    def submit(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as err:  # handed to the caller through the future, as a pool does
            future.set_exception(err)
        return future


def _wrap(clock: _Clock, owner: Any, attr: str, name: str) -> None:
    original = getattr(owner, attr)

    @functools.wraps(original)
    def timed(*args: Any, **kwargs: Any) -> Any:
        with clock.stage(name):
            return original(*args, **kwargs)

    setattr(owner, attr, timed)


def instrument(clock: _Clock) -> None:
    """Wrap the stages where the engine's modules look them up."""
    from desktop_app.domain import checks
    from desktop_app.engines.local import engine, mrz_reader, recognizer
    from desktop_app.imaging import document, intake, portrait, quality, quality_checks, quality_face

    engine._EXTRAS = _InThread()  # type: ignore[assignment]
    stages: list[tuple[Any, str, str]] = [
        (intake, "_decode_raster", "decode"),
        (engine, "shrink_to", "engine shrink"),
        (engine, "_read", "mrz: other"),
        (mrz_reader, "find_bands", "mrz: find bands"),
        (mrz_reader, "band_char_height", "mrz: char height"),
        (mrz_reader, "_upside_down_first", "mrz: orientation guess"),
        (mrz_reader, "cut_band", "mrz: cut band"),
        (mrz_reader, "crop_band", "mrz: cut band"),
        (mrz_reader, "split_lines", "mrz: split lines"),
        (mrz_reader, "_prepare_line", "mrz: prepare lines"),
        (recognizer.Recognizer, "read_lines", "mrz: recogniser"),
        (recognizer.Recognizer, "detect", "mrz: text detector"),
        (mrz_reader, "repair_mrz", "mrz: repair"),
        (engine, "_document_outline", "document outline"),
        (portrait, "glyph_count", "portrait: glyph count"),
        (portrait, "_centre_on_face", "portrait: face (dlib)"),
        (portrait, "crop_portrait", "portrait: warp"),
        (portrait, "crop_document", "document crop"),
        (portrait, "encode_jpeg", "jpeg encode"),
        (quality, "analyze", "quality: other"),
        (quality_checks, "portrait_check", "quality: portrait (dlib)"),
        (quality_checks, "focus_check", "quality: focus"),
        (quality_checks, "screen_check", "quality: screen"),
        (quality_checks, "glare_check", "quality: glare"),
        (quality_checks, "colorness_check", "quality: colorness"),
        (quality_checks, "prepare_doc", "quality: prepare"),
        (checks, "finalize", "finalize"),
    ]
    del document, quality_face
    for owner, attr, name in stages:
        _wrap(clock, owner, attr, name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="upright,12mp,no_mrz")
    parser.add_argument("--images", default="", help="only dev-set files whose name contains this")
    parser.add_argument("--slowest", type=int, default=3, help="list this many slowest images per variant")
    args = parser.parse_args(argv)
    if (missing := dev_set_missing()) is not None:
        print(missing, file=sys.stderr)
        return 2
    import desktop_app.domain.checks as checks_module
    from tests import real_mrz_scoring

    clock = _Clock()
    instrument(clock)
    real_mrz_scoring.finalize = checks_module.finalize  # the wrapped one
    cases = [c for c in load_cases() if args.images in c.name]
    today = dt.date.today()
    engine = local_engine()
    read_local(engine, variant_bytes(cases[0], "upright"), today)  # load the models outside the figures
    for variant in [v for v in args.variants.split(",") if v]:
        clock.cpu.clear()
        clock.wall.clear()
        clock.calls.clear()
        per_image: list[tuple[float, float, str]] = []
        for case in cases:
            data = variant_bytes(case, variant)
            c0, w0 = time.process_time(), time.perf_counter()
            with clock.stage("outside the stages"):
                read_local(engine, data, today)
            per_image.append(((time.process_time() - c0) * 1000, (time.perf_counter() - w0) * 1000, case.name))
        n = len(per_image)
        cpu_ms = [c for c, _, _ in per_image]
        print(f"\n== {variant}: {n} images; CPU ms per image median {statistics.median(cpu_ms):.0f}, "
              f"max {max(cpu_ms):.0f}; wall median {statistics.median(w for _, w, _ in per_image):.0f}")
        print(f"{'stage':28} {'cpu ms/img':>10} {'wall ms/img':>11} {'calls/img':>9} {'share':>6}")
        total = sum(clock.cpu.values())
        for name in sorted(clock.cpu, key=lambda k: -clock.cpu[k]):
            print(f"{name:28} {clock.cpu[name] * 1000 / n:10.1f} {clock.wall[name] * 1000 / n:11.1f}"
                  f" {clock.calls[name] / n:9.2f} {100 * clock.cpu[name] / total:5.1f}%")
        for cpu, wall, name in sorted(per_image, reverse=True)[:args.slowest]:
            print(f"  slow: {name} cpu {cpu:.0f} ms wall {wall:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
