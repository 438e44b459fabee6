"""A native crash of the real entry point leaves no core file: RLIMIT_CORE 0 and (Linux) not dumpable.

The check does not depend on the machine's core_pattern: while `scanstation scan --csv` (the real `cli.main`)
has read a sample and waits for the CSV file, which this test holds locked, the process's core limit is read
from /proc/<pid>/limits and its dumpable flag by a watcher thread inside it (PR_GET_DUMPABLE answers only for
the calling process). Then the process is crashed with SIGSEGV; where core_pattern writes a file into the
working directory, it must leave none, while the same crash of a plain Python process (the control) does.
"""

from __future__ import annotations

import fcntl
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads Linux /proc")

# Prints "dumpable=N" once the process has opened the CSV file (so it is deep inside a scan), then runs the real
# entry point (argv[2] == "cli") or just waits for the CSV file's lock (the control).
WATCHED = """
import ctypes, fcntl, os, sys, threading, time
csv_path, sample = sys.argv[1], sys.argv[3]
def open_paths():
    for fd in os.listdir("/proc/self/fd"):
        try:
            yield os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed since the listing
            pass
def watch():
    while csv_path not in open_paths():
        time.sleep(0.02)
    dumpable = ctypes.CDLL(None).prctl(3, 0, 0, 0, 0)  # PR_GET_DUMPABLE
    sys.__stderr__.write(f"dumpable={dumpable}\\n")
    sys.__stderr__.flush()
threading.Thread(target=watch, daemon=True).start()
if sys.argv[2] == "cli":
    from desktop_app.cli import main
    main(["scan", sample, "--engine", "local", "--csv", csv_path])
else:
    fcntl.flock(open(csv_path, "ab"), fcntl.LOCK_EX)
"""
SAMPLE = sorted((REPO_ROOT / "resources" / "samples").glob("*.jpg"))[0]


def _cores_allowed() -> None:
    """The child starts with core dumps on (soft limit raised to the hard one), so the app must turn them off."""
    hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


@pytest.fixture
def held_csv() -> Iterator[Path]:
    """A CSV file in a fresh folder, flock-ed by this test: an appender waits for it."""
    folder = Path(tempfile.mkdtemp(prefix="scanstation-core-")).resolve()
    path = folder / "guests.csv"
    with path.open("ab") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield path
        finally:
            shutil.rmtree(folder, ignore_errors=True)


def _core_limit(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return " ".join(line.split()[4:6])
    raise AssertionError("no core limit line")


def _cores(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith("core")]


def _crash(csv_path: Path, what: str) -> tuple[str, str, int]:
    """Start the watched process, wait until it has the CSV file open, SIGSEGV it: (dumpable, core limit, status)."""
    child = subprocess.Popen([sys.executable, "-c", WATCHED, str(csv_path), what, str(SAMPLE)],
                             cwd=csv_path.parent,
                             env={**os.environ, "PYTHONPATH": str(REPO_ROOT)}, preexec_fn=_cores_allowed,  # noqa: PLW1509
                             stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert child.stderr is not None
    try:
        dumpable = child.stderr.readline().strip()
        limit = _core_limit(child.pid)
        os.kill(child.pid, signal.SIGSEGV)
        return dumpable, limit, child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        child.stderr.close()


def test_a_native_crash_during_a_scan_leaves_no_core(held_csv: Path) -> None:
    dumpable, limit, status = _crash(held_csv, "control")
    assert dumpable == "dumpable=1"
    assert limit != "0 0"  # the control process could dump core
    assert status == -signal.SIGSEGV
    control_cores = _cores(held_csv.parent)
    for name in control_cores:
        (held_csv.parent / name).unlink()

    dumpable, limit, status = _crash(held_csv, "cli")
    assert dumpable == "dumpable=0"
    assert limit == "0 0"  # RLIMIT_CORE, soft and hard
    assert status == -signal.SIGSEGV  # it really crashed natively
    assert _cores(held_csv.parent) == []
    pattern = Path("/proc/sys/kernel/core_pattern").read_text().strip()
    if not pattern.startswith("|") and "/" not in pattern:  # cores go to the working directory here
        assert control_cores  # so the check above could have failed
