"""After a SANE scan, a write to a closed socket must raise BrokenPipeError, not kill the station.

Runs in a child process: without the guard the child dies of SIGPIPE (and would take pytest with it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap

from tests.conftest import REPO_ROOT, require_system

CHILD = textwrap.dedent(
    """
    import socket, sys
    from desktop_app.capture.sigpipe import install_sigpipe_guard
    if sys.argv[1] == "guard":
        install_sigpipe_guard()
    import sane
    sane.init()
    device = sane.open(sane.get_devices()[0][0])
    device.start()
    device.snap()
    device.close()
    a, b = socket.socketpair()
    b.close()
    try:
        a.send(b"x" * 10)
        a.send(b"x")
    except BrokenPipeError:
        print("broken pipe raised")
    """
)


def _run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True, timeout=60,
                          cwd=REPO_ROOT, env=os.environ.copy(), check=False)


def test_scan_then_broken_socket_raises_instead_of_killing() -> None:
    require_system("SANE test backend (SANE_CONFIG_DIR with 'test' in dll.conf)",
                   bool(os.environ.get("SANE_CONFIG_DIR")) and shutil.which("scanimage") is not None)
    guarded = _run("guard")
    assert guarded.returncode == 0, guarded.stderr
    assert "broken pipe raised" in guarded.stdout


def test_without_the_guard_sane_would_kill_the_process() -> None:
    """Documents why the guard exists: SANE flips an ignored SIGPIPE back to 'terminate'."""
    require_system("SANE test backend (SANE_CONFIG_DIR with 'test' in dll.conf)",
                   bool(os.environ.get("SANE_CONFIG_DIR")) and shutil.which("scanimage") is not None)
    unguarded = _run("none")
    assert unguarded.returncode == -13  # killed by SIGPIPE
