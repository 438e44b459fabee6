"""A freed picture-sized buffer goes back to the system (desktop_app.malloc_tuning), in a fresh process each."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import REPO_ROOT

PROBE = """
import sys
from desktop_app.malloc_tuning import return_large_buffers
tuned = return_large_buffers() if sys.argv[1] == "tuned" else False

def rss_mb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

base = rss_mb()
for _ in range(3):  # a decoded 3000 x 2000 photo, freed: the second one is where glibc would keep it
    buf = bytearray(18 * 2**20)
    buf[::4096] = b"x" * len(buf[::4096])
    del buf
print(tuned, round(rss_mb() - base))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc")
def test_freed_photos_do_not_stay_in_the_heap() -> None:
    def run(mode: str) -> tuple[str, int]:
        done = subprocess.run([sys.executable, "-c", PROBE, mode], cwd=REPO_ROOT, capture_output=True, text=True,
                              timeout=60, check=True)
        tuned, kept = done.stdout.split()
        return tuned, int(kept)

    tuned, kept = run("tuned")
    assert tuned == "True"
    assert kept < 4
    _untuned, kept_untuned = run("plain")
    assert kept_untuned >= 16  # what the tuning is for: glibc's own threshold keeps the buffer
