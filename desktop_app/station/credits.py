"""A vendor account's credits in view: StructOCR's balance, asked at start, on a change of profile and after each
read by a profile that has a balance, and judged against the low-credit warning level of the settings.

The balance call is free (GET `account/balance`); it runs on the shared HTTP client as a coroutine, never on the
GUI thread's time, and a failed call only hides the figure (it says nothing about the scan).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.settings import StationSettings
from desktop_app.station.workers import spawn

log = logging.getLogger(__name__)

BALANCE_VENDORS = frozenset({"structocr"})  # vendors whose engine has `balance()`


def _loop_ready() -> bool:
    """An asyncio loop is running or set for this thread (without importing asyncio, or making a loop)."""
    aio = sys.modules.get("asyncio")
    if aio is None:
        return False
    if aio.events._get_running_loop() is not None:
        return True
    local = getattr(aio.get_event_loop_policy(), "_local", None)
    return getattr(local, "_loop", None) is not None


@dataclass(frozen=True, slots=True)
class Credits:
    profile: str
    remaining: int | None  # None: the balance could not be read
    low: bool  # at or below the settings' warning level


class CreditWatch(QObject):
    """Emits `changed(Credits)` for the watched profile, or `hidden()` when it has no balance to show."""

    changed = Signal(object)
    hidden = Signal()

    def __init__(self, engines: EnginePool, settings: Callable[[], StationSettings],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engines = engines
        self._settings = settings
        self._profile = ""
        self._asking: set[str] = set()
        self._again: set[str] = set()
        self.last: Credits | None = None
        self._seen: dict[int, int] = {}  # item id -> id() of the result whose read was counted

    def scan_changed(self, item: Any) -> None:
        """The session's `item_changed`: a scan with a new result (read, failed or blocked) counts once."""
        result = getattr(item, "result", None)
        if result is None or getattr(item, "busy", False) or self._seen.get(item.id) == id(result):
            return
        self._seen[item.id] = id(result)
        self.read_done(result)

    def watch(self, profile: str) -> None:
        """The operator's engine is now `profile`: show its balance (or nothing when it has none)."""
        self._profile = profile
        self.last = None
        if self._vendor(profile) not in BALANCE_VENDORS:
            self.hidden.emit()
            return
        self.refresh(profile)

    def read_done(self, result: Any) -> None:
        """A read ended: a profile with a balance that answered (or was tried) spent credits, so ask again."""
        names = [getattr(step, "profile", "") for step in getattr(result, "failover", [])]
        names.append(getattr(result, "answered_by", None) or "")
        for name in dict.fromkeys(n for n in names if n):
            if name == self._profile and self._vendor(name) in BALANCE_VENDORS:
                self.refresh(name)

    def refresh(self, profile: str) -> None:
        if not _loop_ready():  # start-up, before the event loop exists: the window's profile load asks again
            return
        if profile in self._asking:  # one call at a time per profile; a read during it asks once more after
            self._again.add(profile)
            return
        self._asking.add(profile)
        spawn(self._ask(profile))

    def _vendor(self, profile: str) -> str:
        try:
            return str(self._engines.profile(profile).vendor)
        except Exception:  # an unknown or broken profile has no balance
            return ""

    async def _ask(self, profile: str) -> None:
        remaining: int | None = None
        try:
            engine = await self._engines.engine(profile)
            balance = getattr(engine, "balance", None)
            if balance is not None:
                remaining = await balance()
        except Exception as err:  # the figure is advisory: hide nothing else, log the kind only
            log.info("balance of %s not read: %s", profile, type(err).__name__)
        finally:
            self._asking.discard(profile)
        if profile in self._again:
            self._again.discard(profile)
            self.refresh(profile)
            return
        if profile != self._profile:
            return
        level = self._settings().low_credit_warning
        credits = Credits(profile, remaining, remaining is not None and level > 0 and remaining <= level)
        self.last = credits
        self.changed.emit(credits)
