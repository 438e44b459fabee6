"""Large buffers go back to the system when freed: a batch of photos must not keep the peak of every decode.

Called first thing at start-up (CLI and GUI), before any worker thread exists. glibc serves a large allocation
(a decoded 3000 px photo is 18 MB) from `mmap` and returns it on `free`, but after the first such free it raises
its mmap threshold to that size, so the next photos come from the heap, which keeps its high-water mark: the
window reading 30 photos peaked at 779 MB. A fixed threshold (1 MiB) keeps every picture-sized buffer on `mmap`
(the same 30 photos: 492 MB peak, at the same speed). Other C libraries: nothing to do.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
MMAP_THRESHOLD_BYTES = 1 << 20


def return_large_buffers() -> bool:
    """Fix glibc's mmap threshold (Linux with glibc); True when it was set."""
    if not sys.platform.startswith("linux"):
        return False
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None)
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    return False
