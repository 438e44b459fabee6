"""Worker-thread plumbing: the CPU work of a scan (reading a file, decoding, our quality check, the offline
second opinion) as functions a thread pool runs, with their heavy imports made there and not on the GUI thread;
the pool's priority; and `spawn` for fire-and-forget coroutines on the one loop."""

from __future__ import annotations

import contextlib
import functools
import importlib
import logging
import os
import sys
import threading
from collections.abc import Awaitable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

    from desktop_app.domain.schema import ScanResult
    from desktop_app.imaging.intake import Still

log = logging.getLogger(__name__)


@functools.cache
def _optional(module: str, name: str) -> Any:
    """An optional part (our own quality check, the offline second opinion), or None when not installed.
    Cached: a failed import is not, and searching sys.path again for every scan costs the GUI thread."""
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


# The modules a read needs on the GUI thread (the pipeline, the result schema, the HTTP stack's lazy parts):
# imported once in a worker before the first read, so a batch's first scans do not import them on the GUI thread.
READ_PATH_MODULES = ("desktop_app.domain.schema", "desktop_app.engines.errors", "desktop_app.engines.base",
                     "desktop_app.station.pipeline", "anyio._backends._asyncio", "anyio._core._sockets")


def import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as err:  # the read imports it again and reports a problem with a sentence
            log.info("pre-import of %s failed: %s", module, type(err).__name__)


def analyze_quality(rgb: Any) -> Any:
    """Our own quality verdict (None when that part is not installed), imported and run in a worker."""
    analyze = _optional("desktop_app.imaging.quality", "analyze")
    return None if analyze is None else analyze(rgb)


def second_look(still: Still, result: ScanResult) -> Any:
    """The offline second opinion (`domain.second_opinion.SecondOpinion`; None when not installed), imported
    and run in a worker: the offline engine's import (the OCR runtime) must not stall the GUI thread."""
    verdict = _optional("desktop_app.engines.local", "second_opinion_verdict")
    return None if verdict is None else verdict(still, result)


def decode_still_bytes(data: bytes, name: str, long_side: int | None = None) -> Still:
    """`decode_still` in a worker; the imaging modules (numpy, Pillow, OpenCV) load there, not on the GUI thread."""
    from desktop_app.imaging.intake import decode_still

    return decode_still(data, name, long_side=long_side)


WORKER_NICENESS = 10


def lower_thread_priority() -> None:
    """Thread-pool initializer: a CPU worker (decoding, fitting, checks) yields the CPU to the GUI thread.
    Two cores shared by the GUI thread and four workers: at equal priority the scheduler lets the GUI thread
    wait behind them; at a higher niceness it runs as soon as it wakes. Linux only (there `setpriority` with
    a thread id changes only that thread)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


def read_file(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


_background: set[asyncio.Task[Any]] = set()


def spawn(coro: Awaitable[Any]) -> asyncio.Task[Any]:
    """Fire-and-forget on the running loop, keeping a reference until the task ends."""
    import asyncio  # lazily: the window shows before the event-loop machinery loads

    task: asyncio.Task[Any] = asyncio.ensure_future(coro)
    _background.add(task)
    task.add_done_callback(_background.discard)
    return task
