"""Guards against a Qt binding that corrupts reference counts in signal emission.

PySide6 6.12.0 drops a reference to `True` on every `emit()` of a connected signal; on Python 3.11 (where
`True` is not immortal) the interpreter aborts with "bool_dealloc: deallocating True or False" after a few
hundred emits: a live preview at 15 frames per second would crash within a minute. The lockfile pins a
release without the bug; this test fails if the bug comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal(int)


def test_emit_keeps_bool_refcounts(qapp) -> None:
    emitter = _Emitter()
    received: list[int] = []
    emitter.ping.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(50):
        emitter.ping.emit(i)
    assert len(received) == 50
    # a few references may come and go elsewhere; a leak of one per emit is what must not happen
    assert sys.getrefcount(True) >= before_true - 5
    assert sys.getrefcount(False) >= before_false - 5
