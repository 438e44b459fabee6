"""Durable CSV append: real files, a real full disk (a 64 KiB tmpfs, or /dev/full), real permission errors."""

from __future__ import annotations

import csv
import errno
import io
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.export_rows import DEFAULT_COLUMNS
from desktop_app.station.export import BOM, ExportError, append_csv_rows, sentence_for
from tests.conftest import REPO_ROOT


def _row(n: int, **overrides: str) -> dict[str, str]:
    row = {column: "" for column in DEFAULT_COLUMNS}
    row.update(confirmed_at=f"2026-11-21T08:{n % 60:02d}:00+00:00", engine="local", document_number=f"X{n:07d}",
               surname="ÖSTERGÅRD", given_names="ANNA MARIA", sex="F", date_of_birth="1974-08-12")
    row.update(overrides)
    return row


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _mount_tmpfs(target: Path, size: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    target.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(target)],
                          capture_output=True, check=False, timeout=30)
    return done.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", str(target)], capture_output=True, check=False, timeout=30)


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path | None]:
    """A 64 KiB tmpfs (needs root and mount); None when it cannot be made."""
    target = tmp_path / "tiny"
    if not _mount_tmpfs(target, "64k"):
        yield None
        return
    try:
        yield target
    finally:
        _umount(target)


def test_new_file_gets_bom_header_and_rows(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    rows = [_row(1), _row(2, surname="=HYPERLINK(\"http://evil\")")]
    assert append_csv_rows(path, rows) == 2
    raw = path.read_bytes()
    assert raw.startswith(BOM)
    assert raw.count(BOM) == 1
    assert raw.endswith(b"\r\n")
    table = _read(path)
    assert table[0] == list(DEFAULT_COLUMNS)
    assert table[1] == [rows[0][c] for c in DEFAULT_COLUMNS]
    assert table[2][DEFAULT_COLUMNS.index("surname")] == "'=HYPERLINK(\"http://evil\")"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # personal data: owner only


def test_appends_never_rewrite_and_header_is_written_once(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(1)])
    before = path.read_bytes()
    inode = path.stat().st_ino
    append_csv_rows(path, [_row(2), _row(3)])
    after = path.read_bytes()
    assert after.startswith(before)
    assert path.stat().st_ino == inode
    assert after.count(BOM) == 1
    table = _read(path)
    assert [r[DEFAULT_COLUMNS.index("document_number")] for r in table[1:]] == ["X0000001", "X0000002", "X0000003"]
    assert table.count(list(DEFAULT_COLUMNS)) == 1


def test_cells_with_commas_quotes_and_newlines_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    row = _row(1, given_names='ANNA, "ANNIE"\nMARIA', personal_number="12,34")
    append_csv_rows(path, [row])
    assert _read(path)[1] == [row[c] for c in DEFAULT_COLUMNS]


def test_empty_existing_file_gets_the_header(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    path.touch()
    append_csv_rows(path, [_row(1)])
    assert _read(path)[0] == list(DEFAULT_COLUMNS)


def test_existing_file_without_bom_is_accepted_and_a_missing_final_newline_is_added(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    header = ",".join(DEFAULT_COLUMNS)
    path.write_bytes((header + "\r\n" + ",".join(_row(1)[c] for c in DEFAULT_COLUMNS)).encode())  # no final newline
    append_csv_rows(path, [_row(2)])
    table = _read(path)
    assert len(table) == 3
    assert table[2][DEFAULT_COLUMNS.index("document_number")] == "X0000002"


def test_different_header_is_refused_and_the_file_is_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.csv"
    path.write_bytes(b"name,room\r\nSMITH,101\r\n")
    with pytest.raises(ExportError, match="different columns") as caught:
        append_csv_rows(path, [_row(1)])
    assert path.read_bytes() == b"name,room\r\nSMITH,101\r\n"
    assert "other.csv" in str(caught.value)


def test_custom_columns(tmp_path: Path) -> None:
    path = tmp_path / "short.csv"
    append_csv_rows(path, [_row(1)], columns=("surname", "document_number"))
    assert _read(path) == [["surname", "document_number"], ["ÖSTERGÅRD", "X0000001"]]


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist") as caught:
        append_csv_rows(tmp_path / "nope" / "guests.csv", [_row(1)])
    assert caught.value.errno == errno.ENOENT


def test_path_is_a_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="folder"):
        append_csv_rows(tmp_path, [_row(1)])


def test_disk_full_keeps_whole_rows_and_says_so(tiny_fs: Path | None) -> None:
    rows = [_row(n) for n in range(3)]
    kept = [dict(r) for r in rows]
    if tiny_fs is None:  # no mount: /dev/full fails every write with ENOSPC
        with pytest.raises(ExportError, match="disk is full") as caught:
            append_csv_rows("/dev/full", rows)
        assert caught.value.errno == errno.ENOSPC
        assert rows == kept
        return
    path = tiny_fs / "guests.csv"
    calls = 0
    failure: ExportError | None = None
    while failure is None and calls < 10_000:
        try:
            append_csv_rows(path, rows)
            calls += 1
        except ExportError as err:
            failure = err
    assert failure is not None
    assert failure.errno == errno.ENOSPC
    assert "disk is full" in str(failure)
    assert str(failure).count(". ") == 0
    assert rows == kept  # the caller still has every row: nothing lost
    raw = path.read_bytes()
    assert raw.endswith(b"\r\n")  # no half row: the failed call cut off what it had written
    table = _read(path)
    assert len(table) == 1 + 3 * calls
    assert all(len(r) == len(DEFAULT_COLUMNS) for r in table)


def test_dev_full_is_enospc_too() -> None:
    with pytest.raises(ExportError, match="disk is full"):
        append_csv_rows("/dev/full", [_row(1)])


def test_read_only_filesystem(tmp_path: Path) -> None:
    target = tmp_path / "ro"
    if not _mount_tmpfs(target, "1m"):
        pytest.skip("needs root and mount for a read-only tmpfs")
    try:
        append_csv_rows(target / "existing.csv", [_row(1)])
        subprocess.run(["mount", "-o", "remount,ro", str(target)], check=True, capture_output=True, timeout=30)
        with pytest.raises(ExportError, match="read-only") as caught:
            append_csv_rows(target / "new.csv", [_row(2)])
        assert caught.value.errno == errno.EROFS
        with pytest.raises(ExportError, match="read-only"):
            append_csv_rows(target / "existing.csv", [_row(2)])
    finally:
        _umount(target)


def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    code = ("import sys\nfrom desktop_app.station.export import ExportError, append_csv_rows\n"
            "try:\n    append_csv_rows(sys.argv[1], [{'surname': 'X'}])\nexcept ExportError as err:\n"
            "    print(err.errno, err)\n")
    command = [sys.executable, "-c", code, str(locked / "guests.csv")]
    if os.geteuid() == 0:  # root writes anywhere: drop the override capabilities for the child
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    try:
        done = subprocess.run(command, capture_output=True, text=True, cwd=REPO_ROOT, timeout=60, check=False)
    finally:
        locked.chmod(0o755)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"{errno.EACCES} Permission denied writing guests.csv")
    assert done.stderr == ""
    assert not (locked / "guests.csv").exists()


@pytest.mark.parametrize(("code", "winerror", "words"), [
    (errno.EACCES, 32, "open in another program"),  # Windows sharing violation (Excel has it open)
    (errno.EACCES, 33, "open in another program"),  # Windows lock violation
    (errno.ENOSPC, None, "disk is full"),
    (errno.EROFS, None, "read-only"),
    (errno.EACCES, None, "Permission denied"),
    (errno.ENOENT, None, "does not exist"),
    (errno.EBUSY, None, "in use"),
    (errno.EIO, None, "input/output error"),
])
def test_every_failure_is_one_sentence(code: int, winerror: int | None, words: str) -> None:
    err = OSError(code, os.strerror(code))
    if winerror is not None:
        err.winerror = winerror  # type: ignore[attr-defined]
    message = sentence_for(err, "guests.csv")
    assert words in message
    assert "guests.csv" in message
    assert message.endswith(".")
    assert "\n" not in message
    assert message.count(". ") == 0


def test_one_write_per_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(0)])
    writes: list[int] = []
    syncs: list[int] = []
    real_write, real_fsync = os.write, os.fsync

    def counting_write(fd: int, data: bytes) -> int:
        writes.append(len(data))
        return real_write(fd, data)

    def counting_fsync(fd: int) -> None:
        syncs.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "write", counting_write)
    monkeypatch.setattr(os, "fsync", counting_fsync)
    append_csv_rows(path, [_row(n) for n in range(1, 50)])
    assert len(writes) == 2  # the append journal's one line (numbers only), then every row at once
    assert writes[0] < 100
    assert len(syncs) == 3  # the journal, its folder, the CSV


def test_no_rows_still_creates_a_header_only_file(tmp_path: Path) -> None:
    path = tmp_path / "guests.csv"
    assert append_csv_rows(path, []) == 0
    assert io.BytesIO(path.read_bytes()).read().startswith(BOM)
    assert _read(path) == [list(DEFAULT_COLUMNS)]


def test_hidden_formulas_reach_the_csv_neutralised(tmp_path: Path) -> None:
    from tests.domain.test_export_rows import ATTACKS

    path = tmp_path / "guests.csv"
    append_csv_rows(path, [_row(n, surname=attack) for n, attack in enumerate(ATTACKS)])
    surnames = [row[DEFAULT_COLUMNS.index("surname")] for row in _read(path)[1:]]
    assert surnames == ["'" + attack for attack in ATTACKS]
