"""qasync glue: one event loop, the Qt loop, for widgets, timers and every asyncio task.

`run_qt(app, main)` installs a `qasync.QEventLoop` on the application, runs the coroutine `main()` until it
returns (the GUI's main waits for the last window to close) and closes the loop. `QtLoop` does the same for
tests and benchmarks: `with QtLoop(app) as loop: loop.run_until_complete(...)`.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar

import qasync
from PySide6.QtCore import QCoreApplication

from desktop_app.station.gui_gc import collect_on_gui_thread
from desktop_app.station.workers import lower_thread_priority, spawn

__all__ = ["QtLoop", "run_qt", "spawn", "wait_for_quit"]

T = TypeVar("T")
GIL_SWITCH_INTERVAL_S = 0.001


class QtLoop:
    """A qasync loop bound to `app`, set as the current asyncio loop while the context is open."""

    def __init__(self, app: QCoreApplication, *, workers: int = 2) -> None:
        self.gc_scope = collect_on_gui_thread(app)  # Qt objects in garbage cycles die on the GUI thread only
        # The GUI thread must get the GIL back quickly from workers decoding, fitting or reading images.
        sys.setswitchinterval(min(sys.getswitchinterval(), GIL_SWITCH_INTERVAL_S))
        self.loop = qasync.QEventLoop(app)
        # `asyncio.to_thread` (engines: fit, keyring) shares a small pool: 2 CPUs, and the GUI thread is a third.
        self.loop.set_default_executor(ThreadPoolExecutor(max_workers=workers, thread_name_prefix="station-io",
                                                          initializer=lower_thread_priority))

    def __enter__(self) -> qasync.QEventLoop:
        self.gc_scope.__enter__()
        asyncio.set_event_loop(self.loop)
        return self.loop

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        loop = self.loop
        try:
            pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            with contextlib.suppress(AttributeError, RuntimeError):
                loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()
            asyncio.set_event_loop(None)
            self.gc_scope.__exit__(None, None, None)


def run_qt(app: QCoreApplication, main: Callable[[], Awaitable[T]]) -> T:
    """Run `main()` on the Qt loop until it completes; return its value."""
    with QtLoop(app) as loop:
        return loop.run_until_complete(main())  # type: ignore[no-any-return]


async def wait_for_quit(app: QCoreApplication) -> int:
    """Complete when the application is about to quit (last window closed or `app.quit()`)."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finish(*_: Any) -> None:
        if not done.done():
            done.set_result(0)

    app.aboutToQuit.connect(finish)
    if hasattr(app, "lastWindowClosed"):
        app.lastWindowClosed.connect(finish)
    return await done
