"""The CSV append against real trouble: torn tails left by a killed appender, files held by another process's
`flock` or `fcntl` lock, files holding only a BOM, paths with control characters, and kill -9 trials."""

from __future__ import annotations

import csv
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.export_rows import DEFAULT_COLUMNS
from desktop_app.station import csv_tail
from desktop_app.station.export import BOM, ExportError, append_csv_rows
from tests.conftest import REPO_ROOT
from tests.station.append_kill import run_trials

NUMBER = DEFAULT_COLUMNS.index("document_number")


def _row(n: int, **overrides: str) -> dict[str, str]:
    row = dict.fromkeys(DEFAULT_COLUMNS, "")
    row.update(engine="local", document_number=f"X{n:07d}", surname="ÖSTERGÅRD", given_names='ANNA, "A."\nMARIA')
    row.update(overrides)
    return row


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _numbers(path: Path) -> list[str]:
    table = _read(path)
    assert table[0] == list(DEFAULT_COLUMNS)
    assert all(len(row) == len(DEFAULT_COLUMNS) for row in table[1:])
    return [row[NUMBER] for row in table[1:]]


# A child that does what an append does up to the write, writes only the first CUT bytes of its rows and is
# killed there (SIGKILL by itself: the state a kill -9 in the middle of the write leaves behind).
DIE_MID_WRITE = """
import os, signal, sys
from desktop_app.station import csv_tail, export
from desktop_app.station.file_lock import lock_exclusive
path, cut, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
row = dict.fromkeys(export.DEFAULT_COLUMNS, "")
row.update(document_number=f"X{n:07d}", given_names='ANNA, "A."\\nMARIA')
payload = export._csv_bytes([export.spreadsheet_cells(row, export.DEFAULT_COLUMNS)])
fd = os.open(path, os.O_RDWR | os.O_APPEND)
lock_exclusive(fd, 5)
size = os.fstat(fd).st_size
csv_tail.begin_append(path, fd, size, size + len(payload))
os.write(fd, payload[:cut] if cut >= 0 else payload)
if cut < 0:
    os.fsync(fd)
os.kill(os.getpid(), signal.SIGKILL)
"""


def _die_mid_write(path: Path, cut: int, n: int) -> None:
    done = subprocess.run([sys.executable, "-c", DIE_MID_WRITE, str(path), str(cut), str(n)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr


@pytest.mark.parametrize("cut", [
    30,  # inside the quoted given_names cell, before its newline: the tail that used to swallow the next row
    45,  # after the quoted newline, still inside the quote
    12,  # inside an unquoted cell
])
def test_an_append_killed_mid_write_is_cut_back_at_the_next_append(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1), _row(2), _row(3)])
    confirmed = path.read_bytes()
    _die_mid_write(path, cut, 4)
    assert path.stat().st_size == len(confirmed) + cut  # the torn row is really there
    assert Path(csv_tail.journal_path(path)).exists()
    append_csv_rows(path, [_row(5)])
    assert path.read_bytes().startswith(confirmed)  # confirmed rows untouched
    assert _numbers(path) == ["X0000001", "X0000002", "X0000003", "X0000005"]
    assert not Path(csv_tail.journal_path(path)).exists()
    assert [p.name for p in tmp_path.iterdir()] == ["guests.csv"]  # the torn part is not kept anywhere


def test_a_complete_write_whose_journal_remained_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    _die_mid_write(path, -1, 2)  # killed after the whole row was written and synced
    append_csv_rows(path, [_row(3)])
    assert _numbers(path) == ["X0000001", "X0000002", "X0000003"]


def test_a_journal_for_another_file_of_that_name_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    _die_mid_write(path, 30, 2)
    path.unlink()  # the operator replaced the file meanwhile
    append_csv_rows(path, [_row(3), _row(4)])
    before = path.read_bytes()
    append_csv_rows(path, [_row(5)])
    assert path.read_bytes().startswith(before)
    assert _numbers(path) == ["X0000003", "X0000004", "X0000005"]


@pytest.mark.parametrize("tail", [
    b'X9,"ANNA, ',  # ends inside a quoted cell
    b"X9,local,pass",  # a short row without its line break
])
def test_a_torn_tail_nobody_journalled_is_refused_and_left_alone(tmp_path: Path, tail: bytes) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    path.write_bytes(path.read_bytes() + tail)
    before = path.read_bytes()
    with pytest.raises(ExportError) as caught:
        append_csv_rows(path, [_row(2)])
    assert caught.value.category == "damaged"
    assert str(caught.value).startswith("guests.csv ends in an incomplete row")
    assert path.read_bytes() == before


def test_a_full_last_row_without_its_line_break_gets_one(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    path.write_bytes(path.read_bytes().removesuffix(b"\r\n"))
    append_csv_rows(path, [_row(2)])
    assert _numbers(path) == ["X0000001", "X0000002"]


@pytest.mark.parametrize("content", [BOM, b"\r\n", b"\n\n", BOM + b"\r\n \r\n", b"   "])
def test_a_file_with_only_a_bom_or_blank_lines_is_empty(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "guests.csv"
    path.write_bytes(content)
    append_csv_rows(path, [_row(1)])
    raw = path.read_bytes()
    assert raw.startswith(BOM + b"confirmed_at,")
    assert raw.count(BOM) == 1
    assert _numbers(path) == ["X0000001"]


# A process that takes a lock on the file and holds it until its stdin closes.
HOLD_LOCK = """
import fcntl, sys
handle = open(sys.argv[1], "ab")
if sys.argv[2] == "flock":
    fcntl.flock(handle, fcntl.LOCK_EX)
else:
    fcntl.lockf(handle, fcntl.LOCK_EX)  # a POSIX record lock, as LibreOffice and Samba take
print("locked", flush=True)
sys.stdin.readline()
"""


@pytest.fixture(params=["flock", "fcntl"])
def held(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), request.param], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdin is not None
    try:
        assert holder.stdout.readline() == "locked\n"
        yield path, holder
    finally:
        holder.stdin.close()
        holder.stdout.close()
        holder.wait(timeout=30)


def test_a_file_locked_by_another_process_is_waited_for_a_bounded_time(held) -> None:
    path, holder = held
    before = path.read_bytes()
    started = time.monotonic()
    with pytest.raises(ExportError) as caught:
        append_csv_rows(path, [_row(2)], lock_timeout_s=0.5)
    waited = time.monotonic() - started
    assert caught.value.category == "locked"
    assert str(caught.value) == ("The CSV file guests.csv is open in another program (for example Excel); close it "
                                 "there and export again, the rows were not saved.")
    assert 0.5 <= waited < 5  # bounded: it gave up instead of waiting forever
    assert path.read_bytes() == before
    holder.stdin.close()  # the other program lets go: the same rows go in
    holder.wait(timeout=30)
    append_csv_rows(path, [_row(2)], lock_timeout_s=5)
    assert _numbers(path) == ["X0000001", "X0000002"]


def test_a_path_with_control_characters_gives_a_one_line_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        append_csv_rows(tmp_path / "missing" / "gue\nsts\r\x1b[2J.csv", [_row(1)])
    message = str(caught.value)
    assert caught.value.category == "no_folder"
    assert message == ("The folder for gue\\nsts\\r\\x1b[2J.csv does not exist; choose an existing folder and export "
                       "again.")
    assert message.isprintable()


@pytest.mark.slow
def test_kill_9_at_random_moments_of_small_appends_loses_and_tears_nothing(tmp_path: Path) -> None:
    counts = run_trials(tmp_path / "guests.csv", trials=100, per_append=1, max_delay_s=0.08)
    assert counts["trials"] == 100
    assert counts["acknowledged_appends"] > 100  # the children really appended before they were killed
    assert counts["mid_append"] > 0  # and some kills landed inside an append
    for what in ("bad_rows", "lost_rows", "partial_appends", "duplicates", "missing_checks"):
        assert counts[what] == 0, (what, dict(counts))
