"""`scanstation admin hash-pin`: the kiosk PIN hash an administrator puts in a fleet preset file."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.station.settings import verify_pin
from tests.conftest import REPO_ROOT


def _hash_pin(stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "admin", "hash-pin"], input=stdin,
                          capture_output=True, text=True, timeout=60, cwd=REPO_ROOT, check=False)


def test_hash_pin_prints_a_hash_that_verifies_and_never_the_pin() -> None:
    done = _hash_pin("482916\n")
    assert done.returncode == 0, done.stderr
    stored = done.stdout.strip()
    assert stored.startswith("pbkdf2_sha256$")
    assert "482916" not in stored.split("$")
    assert "482916" not in done.stderr
    assert verify_pin("482916", stored)
    assert not verify_pin("482917", stored)


def test_short_pin_is_a_usage_error() -> None:
    done = _hash_pin("12\n")
    assert done.returncode == 2
    assert "at least 4 digits" in done.stderr
    assert "Traceback" not in done.stderr
