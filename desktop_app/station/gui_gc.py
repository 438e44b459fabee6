"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate past its threshold. When a worker (an
image fit, an OCR read, the warm-up) triggers it, the Qt objects that sit in garbage cycles (a closed dialog, a
widget and its lambdas) are destroyed in that worker while the GUI thread may be using Qt: CI died with SIGSEGV
this way, a fit worker inside a collection. `collect_on_gui_thread(app)` turns automatic collection off while it
is open and collects from a timer on the GUI thread instead, with the same generation thresholds Python uses.
When the last holder closes, it collects once more and restores automatic collection.

`freeze_survivors()` moves every object alive now (modules, Qt wrappers, models) to the permanent generation so
that later full collections walk only what the station allocated since: 65 ms on the GUI thread becomes < 1 ms.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QTimer

COLLECT_INTERVAL_MS = 100


class _Collector:
    """The shared timer and the number of open `collect_on_gui_thread` blocks."""

    def __init__(self) -> None:
        self.holders = 0
        self.was_enabled = True
        self.timer: QTimer | None = None

    def open(self, app: QCoreApplication) -> None:
        if self.holders == 0:
            self.was_enabled = gc.isenabled()
            gc.disable()
            self.timer = QTimer(app)
            self.timer.setInterval(COLLECT_INTERVAL_MS)
            self.timer.timeout.connect(collect_due_generation)
            self.timer.start()
        self.holders += 1

    def close(self) -> None:
        self.holders -= 1
        if self.holders:
            return
        if self.timer is not None:
            self.timer.stop()
            self.timer.deleteLater()
            self.timer = None
        gc.collect()
        if self.was_enabled:
            gc.enable()


_collector = _Collector()


def collect_due_generation() -> int:
    """Collect the oldest generation whose count passed its threshold (what automatic collection would do);
    returns the generation collected, or -1 when none was due."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    due = -1
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    if due >= 0:
        gc.collect(due)
    return due


@contextlib.contextmanager
def collect_on_gui_thread(app: QCoreApplication) -> Iterator[None]:
    """Within the block, garbage is collected only by a timer on the GUI thread (nests; must be opened there)."""
    if threading.current_thread() is not threading.main_thread():
        raise RuntimeError("collect_on_gui_thread must be opened on the GUI thread")
    _collector.open(app)
    try:
        yield
    finally:
        _collector.close()


def freeze_survivors() -> None:
    """Exempt everything alive now from later collections (call once the warm-up has imported the heavy parts).

    A full collection of the ~95,000 objects the station holds after start-up takes ~65 ms of GUI thread on a
    2-core machine; after the freeze it takes well under a millisecond. No collection runs first: that would
    be the same 65 ms stall, and the few cycles already garbage at start-up stay, which costs kilobytes."""
    gc.freeze()
