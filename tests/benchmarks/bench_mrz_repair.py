"""Benchmark: MRZ repair safety and recall under OCR confusions, and parse/repair speed.

Run: `python -m tests.benchmarks.bench_mrz_repair`. Random valid documents of every layout (seeded) get k OCR
confusions (O/0, I/1, L/1, B/8, S/5, Z/2, G/6, Q/0, D/0, '<'/K) at random positions; each is repaired three ways:
  - shipped: a substitution only when it is the only single candidate AND no pair of other substitutions validates
  - unique-single: the only single candidate that validates (no pair guard)
  - first-valid: the first candidate that validates (how silent errors happen)
Per k it prints: exact recovery, still flagged invalid, ambiguous, and SILENT = valid after repair but a
character a check digit covers differs from the truth (errors an operator cannot see); "by repair" counts those
where the repair itself wrote the wrong character (the rest are confusions no check digit can see: G/6, L/1,
K/'<', which no repair can detect either).
Speed: microseconds per parse / repair, as a ratio to the reference = computing the same check digits with a
plain loop, measured in the same run.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

from desktop_app.domain import mrz
from desktop_app.domain.mrz import MrzChange, check_digit, parse_mrz, repair_mrz
from tests.domain.mrz_builder import CONFUSIONS, FORMATS, TODAY, checked_position, random_document, write_mrz

DOCS_PER_K = 2000
SEED = 20261121

Search = Callable[[list[list[str]], Sequence[tuple[int, int]], Callable[[list[str]], bool]],
                  tuple[list[MrzChange], bool]]


def _candidates(rows: list[list[str]], positions: Sequence[tuple[int, int]]) -> list[MrzChange]:
    return [(line, col, rows[line][col], alt) for line, col in positions
            for alt in mrz._SEARCH_SWAPS.get(rows[line][col], "")]


def _try(rows: list[list[str]], swap: MrzChange, valid: Callable[[list[str]], bool]) -> bool:
    line, col, old, new = swap
    rows[line][col] = new
    ok = valid(["".join(r) for r in rows])
    rows[line][col] = old
    return ok


def unique_single(rows: list[list[str]], positions: Sequence[tuple[int, int]],
                  valid: Callable[[list[str]], bool]) -> tuple[list[MrzChange], bool]:
    winners = [s for s in _candidates(rows, positions) if _try(rows, s, valid)]
    if len(winners) == 1:
        line, col, _, new = winners[0]
        rows[line][col] = new
        return winners, False
    return [], len(winners) > 1


def first_valid(rows: list[list[str]], positions: Sequence[tuple[int, int]],
                valid: Callable[[list[str]], bool]) -> tuple[list[MrzChange], bool]:
    for swap in _candidates(rows, positions):
        if _try(rows, swap, valid):
            line, col, _, new = swap
            rows[line][col] = new
            return [swap], False
    return [], False


def corrupt(rng: random.Random, lines: list[str], k: int) -> list[str]:
    rows = [list(r) for r in lines]
    for _ in range(k):
        line = rng.randrange(len(rows))
        col = rng.randrange(len(rows[line]))
        options = CONFUSIONS.get(rows[line][col], "")
        if options:
            rows[line][col] = rng.choice(options)
    return ["".join(r) for r in rows]


def run_policy(search: Search, k: int) -> dict[str, int]:
    original = mrz._search
    mrz._search = search  # type: ignore[assignment]
    try:
        rng = random.Random(SEED + k)
        counts = {"exact": 0, "flagged": 0, "ambiguous": 0, "silent": 0, "caused": 0}
        for i in range(DOCS_PER_K):
            doc = random_document(rng, FORMATS[i % len(FORMATS)])
            clean = write_mrz(doc)
            corrupted = corrupt(rng, clean, k)
            repaired = repair_mrz(corrupted, today=TODAY)
            assert repaired.read is not None
            counts["ambiguous"] += repaired.ambiguous
            if repaired.lines == clean:
                counts["exact"] += 1
            elif not repaired.read.valid:
                counts["flagged"] += 1
            elif any(a != b and checked_position(doc.fmt, n, c)
                     for n, (ra, rb) in enumerate(zip(repaired.lines, clean, strict=True))
                     for c, (a, b) in enumerate(zip(ra, rb, strict=True))):
                counts["silent"] += 1
                # caused by repair: it wrote a wrong character where a check digit looks
                counts["caused"] += any(clean[n][c] != new and checked_position(doc.fmt, n, c)
                                        for n, c, _, new in repaired.changes)
        return counts
    finally:
        mrz._search = original


def speed() -> None:
    rng = random.Random(SEED)
    samples = [write_mrz(random_document(rng, FORMATS[i % 5])) for i in range(500)]
    broken = [corrupt(rng, s, 1) for s in samples]

    def reference() -> None:
        for lines in samples:
            for line in lines:
                check_digit(line[:9])
                check_digit(line[13:19])
                check_digit(line[21:27])
                check_digit(line[28:42])
                check_digit(line)

    def parse_all() -> None:
        for lines in samples:
            parse_mrz(lines, today=TODAY)

    def repair_clean() -> None:
        for lines in samples:
            repair_mrz(lines, today=TODAY)

    def repair_broken() -> None:
        for lines in broken:
            repair_mrz(lines, today=TODAY)

    def best(fn: Callable[[], None]) -> float:
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) / len(samples) * 1e6)
        return min(times)

    ref = best(reference)
    print(f"\nspeed (us per MRZ, best of 3; reference = the check digits alone: {ref:.1f} us)")
    for name, fn in (("parse_mrz", parse_all), ("repair_mrz clean", repair_clean),
                     ("repair_mrz 1 confusion", repair_broken)):
        value = best(fn)
        print(f"  {name:<24} {value:8.1f} us   x{value / ref:5.1f} reference")


def main() -> None:
    policies: list[tuple[str, Search]] = [("shipped", mrz._search), ("unique-single", unique_single),
                                          ("first-valid", first_valid)]
    print(f"repair under k OCR confusions, {DOCS_PER_K} documents per k (all five layouts), seed {SEED}")
    print(f"{'k':>2} {'policy':<14} {'exact':>7} {'flagged':>8} {'ambiguous':>10} {'SILENT':>7} {'by repair':>10}")
    for k in (1, 2, 3, 4):
        for name, search in policies:
            c = run_policy(search, k)
            print(f"{k:>2} {name:<14} {c['exact']:>7} {c['flagged']:>8} {c['ambiguous']:>10} {c['silent']:>7}"
                  f" {c['caused']:>10}")
    speed()


if __name__ == "__main__":
    main()
