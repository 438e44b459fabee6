"""kill -9 at random moments of a real subprocess appending to a real CSV file, then one more append.

Each trial starts a child that appends batches of rows (some cells quoted, holding commas, quotes and a newline)
to one shared file and prints `ok N` after every append that returned. The parent kills it with SIGKILL after a
random delay, then appends one check row itself (which must repair whatever the kill left) and reads the file
back with the csv module. Counted per run:

- `mid_append`: kills that landed while an append was under way (its journal was still there);
- `torn`: trials whose file did not end in a complete row right after the kill (what used to glue onto the next
  row);
- `bad_rows`: rows read back with the wrong number of cells; `lost_rows`: rows of an acknowledged append that are
  missing; `partial_appends`: an unacknowledged append present in part; `duplicates`: a row present twice;
  `missing_checks`: check rows (the parent's own appends after the kill) not found.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from desktop_app.domain.export_rows import DEFAULT_COLUMNS
from desktop_app.station import csv_tail
from desktop_app.station.export import append_csv_rows

REPO_ROOT = Path(__file__).resolve().parents[2]
NUMBER = DEFAULT_COLUMNS.index("document_number")

CHILD = """
import sys
from desktop_app.domain.export_rows import DEFAULT_COLUMNS
from desktop_app.station.export import append_csv_rows
path, trial, per_append = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
sys.stdout.write("ready\\n"); sys.stdout.flush()
for batch in range(100_000):
    rows = []
    for n in range(per_append):
        row = dict.fromkeys(DEFAULT_COLUMNS, "")
        row.update(engine="local", surname="ÖSTERGÅRD", given_names='ANNA, "A."\\nMARIA' if n % 3 == 0 else "ANNA",
                   document_number=f"T{trial:03d}B{batch:05d}R{n:04d}", date_of_birth="1974-08-12")
        rows.append(row)
    append_csv_rows(path, rows)
    sys.stdout.write(f"ok {batch}\\n"); sys.stdout.flush()
"""


def _check_row(trial: int) -> dict[str, str]:
    row = dict.fromkeys(DEFAULT_COLUMNS, "")
    row.update(engine="local", document_number=f"T{trial:03d}CHECK", given_names='CHECK, "C"\nROW')
    return row


def _trial(path: Path, trial: int, per_append: int, max_delay_s: float, rng: random.Random) -> tuple[int, bool, bool]:
    """One kill; returns (acknowledged appends, killed mid-append, torn tail after the kill)."""
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(trial), str(per_append)], cwd=REPO_ROOT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "ready\n"
    time.sleep(rng.uniform(0, max_delay_s))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    acknowledged = sum(1 for line in child.stdout.read().splitlines() if line.startswith("ok "))
    child.stdout.close()
    mid_append = os.path.exists(csv_tail.journal_path(path))
    torn = False
    if path.exists() and path.stat().st_size:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            torn = csv_tail.tail_state(handle.fileno(), size, DEFAULT_COLUMNS) != "complete"
    append_csv_rows(path, [_check_row(trial)])
    return acknowledged, mid_append, torn


def run_trials(path: Path, trials: int, per_append: int, max_delay_s: float, seed: int = 12) -> Counter[str]:
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    acknowledged: dict[int, int] = {}
    for trial in range(trials):
        acknowledged[trial], mid_append, torn = _trial(path, trial, per_append, max_delay_s, rng)
        counts["trials"] += 1
        counts["acknowledged_appends"] += acknowledged[trial]
        counts["mid_append"] += mid_append
        counts["torn"] += torn
    with path.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == list(DEFAULT_COLUMNS)
    counts["bad_rows"] = sum(1 for row in table[1:] if len(row) != len(DEFAULT_COLUMNS))
    seen = Counter(row[NUMBER] for row in table[1:] if len(row) == len(DEFAULT_COLUMNS))
    counts["duplicates"] = sum(n - 1 for n in seen.values() if n > 1)
    for trial, done in acknowledged.items():
        counts["missing_checks"] += seen[f"T{trial:03d}CHECK"] != 1
        for batch in range(done):
            counts["lost_rows"] += sum(1 for n in range(per_append) if f"T{trial:03d}B{batch:05d}R{n:04d}" not in seen)
        unacknowledged = sum(1 for n in range(per_append) if f"T{trial:03d}B{done:05d}R{n:04d}" in seen)
        counts["partial_appends"] += 0 < unacknowledged < per_append
    return counts
