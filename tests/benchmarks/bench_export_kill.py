"""Benchmark: kill -9 at random moments of real subprocesses appending to one CSV file (issue 12, item 6).

Run: `python -m tests.benchmarks.bench_export_kill [TRIALS]`. Two runs of TRIALS (default 100) trials each:
one-row appends and 500-row appends (about 130 KB per write). After every kill the parent appends a check row,
which must cut back whatever the kill left; at the end the file is read back with the csv module. Prints the
counts of `tests/station/append_kill.py`: kills that landed inside an append, torn tails found right after a
kill, and the failures that must stay 0 (bad rows, lost rows, partial appends, duplicates, missing checks).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from tests.station.append_kill import run_trials

RUNS = (("small (1 row)", 1, 0.08), ("large (500 rows)", 500, 0.4))


def main() -> int:
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    failed = False
    for label, per_append, max_delay_s in RUNS:
        with tempfile.TemporaryDirectory() as folder:
            started = time.monotonic()
            counts = run_trials(Path(folder) / "guests.csv", trials, per_append, max_delay_s)
            seconds = time.monotonic() - started
        bad = {k: counts[k] for k in ("bad_rows", "lost_rows", "partial_appends", "duplicates", "missing_checks")}
        failed |= any(bad.values())
        print(f"{label:17s} trials={counts['trials']} acknowledged_appends={counts['acknowledged_appends']} "
              f"killed_mid_append={counts['mid_append']} torn_after_kill={counts['torn']} "
              + " ".join(f"{k}={v}" for k, v in bad.items()) + f" ({seconds:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
