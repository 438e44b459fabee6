"""Garbage cycles die on the GUI thread only while the station's Qt loop runs (a worker collecting a cycle that
holds a Qt object crashed CI)."""

from __future__ import annotations

import gc
import threading

from desktop_app.station.gui_gc import collect_due_generation, collect_on_gui_thread, freeze_survivors
from desktop_app.station.runner import QtLoop


class CycleWitness:
    """Sits in a reference cycle and records the thread that destroys it."""

    died_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        CycleWitness.died_on.append(threading.current_thread().name)


def _churn_in_worker() -> list[list[int]]:
    """Allocate enough container objects in a worker to pass every generation's threshold many times; they are
    returned alive, because freeing them would count the allocations back down."""
    kept: list[list[int]] = []

    def churn() -> None:
        kept.extend([i] for i in range(300_000))

    worker = threading.Thread(target=churn, name="churn-worker")
    worker.start()
    worker.join()
    return kept


def test_without_the_guard_a_worker_collects_main_thread_cycles(qapp):
    gc.enable()  # the autouse fixture turned it off for Qt tests; show what happens without it
    try:
        CycleWitness.died_on.clear()
        CycleWitness()
        kept = _churn_in_worker()
        assert CycleWitness.died_on == ["churn-worker"]
        del kept
    finally:
        gc.disable()


def test_the_qt_loop_collects_on_the_gui_thread(qapp):
    CycleWitness.died_on.clear()
    with QtLoop(qapp) as loop:
        assert not gc.isenabled()
        CycleWitness()
        kept = _churn_in_worker()
        assert CycleWitness.died_on == []  # the worker passed the thresholds but did not collect
        loop.run_until_complete(_sleep(0.3))  # the GUI-thread timer collects
        assert CycleWitness.died_on == ["MainThread"]
        del kept


async def _sleep(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


def test_closing_the_last_scope_collects_and_restores():
    # no `qapp` fixture here, so no scope is held by the test harness
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    assert gc.isenabled()
    CycleWitness.died_on.clear()
    with collect_on_gui_thread(app):
        with collect_on_gui_thread(app):
            assert not gc.isenabled()
        assert not gc.isenabled()  # still held by the outer block
        CycleWitness()
    assert CycleWitness.died_on == ["MainThread"]
    assert gc.isenabled()


def test_collects_only_the_generation_that_is_due(qapp):
    gc.collect()
    assert collect_due_generation() == -1
    threshold0 = gc.get_threshold()[0]
    garbage = [[] for _ in range(threshold0 + 10)]
    assert collect_due_generation() == 0
    del garbage


def test_a_worker_cannot_open_the_scope(qapp):
    failures: list[BaseException] = []

    def open_in_worker() -> None:
        try:
            with collect_on_gui_thread(qapp):
                pass
        except RuntimeError as err:
            failures.append(err)

    worker = threading.Thread(target=open_in_worker)
    worker.start()
    worker.join()
    assert len(failures) == 1


def test_freeze_survivors_leaves_only_new_objects_to_walk(qapp):
    import time

    try:
        freeze_survivors()
        assert gc.get_freeze_count() > 10_000
        assert gc.get_count()[2] == 0
        started = time.perf_counter()
        gc.collect()
        frozen_collect_s = time.perf_counter() - started
    finally:
        gc.unfreeze()
    started = time.perf_counter()
    gc.collect()
    assert frozen_collect_s < time.perf_counter() - started  # the frozen objects were not walked
