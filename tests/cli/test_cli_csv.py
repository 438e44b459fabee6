"""`scanstation scan --csv` in a subprocess: rows land as each input is read, a locked file is reported in one
line without waiting forever, and every error line stays one line whatever the path holds."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.export_rows import DEFAULT_COLUMNS
from tests.conftest import REPO_ROOT

SAMPLES = sorted((REPO_ROOT / "resources" / "samples").glob("*.jpg"))
SCAN = [sys.executable, "-m", "desktop_app", "scan", "--engine", "local"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == list(DEFAULT_COLUMNS)
        return list(reader)


@pytest.mark.slow
def test_each_row_is_appended_as_soon_as_its_input_is_read(tmp_path: Path) -> None:
    out = tmp_path / "guests.csv"
    scan = subprocess.Popen([*SCAN, *map(str, [SAMPLES[0]] * 3), "--csv", str(out)], cwd=REPO_ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert scan.stdout is not None
    try:
        first = json.loads(scan.stdout.readline())  # the first input is read ...
        scan.send_signal(signal.SIGKILL)  # ... and the batch dies before the rest
        scan.wait(timeout=60)
    finally:
        scan.stdout.close()
        if scan.poll() is None:
            scan.kill()
            scan.wait(timeout=60)
    assert first["outcome"] == "ok"
    rows = _rows(out)
    assert len(rows) >= 1
    assert rows[0]["document_number"] == first["document"]["number"]


HOLD_FCNTL = """
import fcntl, sys
handle = open(sys.argv[1], "ab")
fcntl.lockf(handle, fcntl.LOCK_EX)  # a POSIX record lock, as LibreOffice takes on an open file
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.mark.slow
def test_a_csv_locked_by_another_program_is_one_line_and_exit_1(tmp_path: Path) -> None:
    out = tmp_path / "guests.csv"
    out.write_bytes(b"")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_FCNTL, str(out)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        assert holder.stdout.readline() == "locked\n"
        done = subprocess.run([*SCAN, str(SAMPLES[0]), "--csv", str(out)], cwd=REPO_ROOT, capture_output=True,
                              text=True, timeout=120, check=False)
    finally:
        holder.stdin.close()
        holder.stdout.close()
        holder.wait(timeout=30)
    assert done.returncode == 1
    assert done.stderr == ("scanstation: The CSV file guests.csv is open in another program (for example Excel); "
                           "close it there and export again, the rows were not saved.\n")
    assert json.loads(done.stdout)["outcome"] == "ok"  # the read itself is still printed
    assert out.read_bytes() == b""  # nothing was written under the other program's lock


def test_a_path_with_a_newline_gives_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "guest\nname\r.jpg"
    done = subprocess.run([*SCAN, str(missing)], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1
    assert done.stderr == (f"scanstation: {tmp_path}/guest\\nname\\r.jpg: The file was not found; check the name and "
                           "the folder.\n")
