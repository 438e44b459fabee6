"""This shift's scans: a queue of items, each moving through a small state machine, in memory only.

```
submit ─> decoding ─> reading ─> needs_review ─> confirmed            (exported, then purged)
                 │          │          │     └──> unsaved ─> confirmed (export failed: row kept for retry)
                 └──────────┴─> failed ┘──> rejected                   (purged)
failed / needs_review ── retry / send_to ──> retrying ─> needs_review | failed
```

Work runs as asyncio tasks on the one (qasync) loop: image decoding and our own quality check in worker
threads, engine calls as coroutines on the shared HTTP client. Widgets never see a task; they get the
`item_*` signals and call the slots. Personal data (the image, the result, the fields) is dropped from
memory on confirm, reject, `clear()` and the idle timeout; only a confirmed-but-not-saved row is kept (a
confirmed record is never lost) until its export succeeds.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import importlib
import itertools
import logging
import os
import secrets
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.engines.profile import ScanOptions
from desktop_app.station.confirmed import ConfirmedRecord
from desktop_app.station.engine_pool import EnginePool
from desktop_app.station.export_delivery import ExportDelivery
from desktop_app.station.export_sinks import ExportSink, default_sinks
from desktop_app.station.guest_book import GuestBook
from desktop_app.station.notice_texts import operator_text
from desktop_app.station.review_fields import apply_edits
from desktop_app.station.scan_item import ScanItem
from desktop_app.station.settings import StationSettings
from desktop_app.station.shown_quality import engine_quality
from desktop_app.station.texts import fill, translate
from desktop_app.station.workers import (
    READ_PATH_MODULES,
    analyze_quality,
    decode_still_bytes,
    import_all,
    lower_thread_priority,
    read_file,
    second_look,
    spawn,
)

if TYPE_CHECKING:  # the result schema, numpy, OpenCV and the engines load after the window is shown
    import asyncio

    from desktop_app.domain.schema import ScanResult
    from desktop_app.imaging.intake import Still

log = logging.getLogger(__name__)


class _LazyAsyncio:
    """`asyncio` imported on first use: the window shows before the event-loop machinery loads."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("asyncio"), name)


if not TYPE_CHECKING:
    asyncio = _LazyAsyncio()


@dataclass(frozen=True, slots=True)
class ConfirmOutcome:
    saved: bool  # every wanted sink has the record
    message: str  # one sentence for the status bar
    pending: bool = False  # the sinks deliver in the background: `export_finished` tells how it went


class ScanSession(QObject):
    """The scan queue and its state machine (see the module docstring)."""

    item_added = Signal(int)
    item_changed = Signal(int)
    item_removed = Signal(int)
    notice = Signal(str)  # one sentence for the status bar (duplicates, export results)
    export_finished = Signal(int, bool)  # item id, saved: a delivery to the sinks ended (the item says why not)
    idle_cleared = Signal()

    def __init__(self, settings: Callable[[], StationSettings], *, engines: EnginePool | None = None,
                 sinks: Sequence[ExportSink] | None = None, local_concurrency: int = 1, cpu_workers: int = 2,
                 vendor_in_flight: int = 24, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.engines = engines or EnginePool(settings=settings)
        self.guests = GuestBook(settings, self.items, self)  # stay details and the police file (guest_book.py)
        self.exports = ExportDelivery(settings, [*(default_sinks() if sinks is None else sinks), self.guests])
        self.item_removed.connect(self.guests.forget)
        self._saving: dict[int, asyncio.Future[None]] = {}  # items whose record is being delivered
        self._items: dict[int, ScanItem] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._ids = itertools.count(1)
        self._local_concurrency = local_concurrency
        self._local_gate_: asyncio.Semaphore | None = None
        self._vendor_in_flight = vendor_in_flight
        self._vendor_gates: dict[str, asyncio.Semaphore] = {}
        # Decoding and our own checks: few threads, so the GUI thread is not starved of the GIL and the CPUs.
        self._cpu = ThreadPoolExecutor(max_workers=cpu_workers, thread_name_prefix="station-cpu",
                                       initializer=lower_thread_priority)
        # The offline engine's files are decoded at normal priority, one at a time: that read is CPU-bound end to
        # end (its OCR runs at normal priority too), and on a busy machine a niced decode got a tenth of a core and
        # became the batch's bottleneck (the window read 0.8x the CLI's files/s). Vendor reads wait on the
        # network: their decodes stay niced, so the window stays smooth while 200 files go out.
        self._local_decoder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-decode")
        self._salt = secrets.token_bytes(16)  # duplicate detection keeps salted hashes, never numbers
        self._confirmed_numbers: dict[str, int] = {}
        self._read_path: asyncio.Future[None] | None = None
        self._viewed = 0  # the scan the operator looks at keeps its picture
        self._loading: set[int] = set()  # scans whose picture is being decoded again
        self._idle_ms: int | None = None  # the idle timeout as read this event-loop turn
        self._idle_read = QTimer(self)
        self._idle_read.setSingleShot(True)
        self._idle_read.setInterval(0)
        self._idle_read.timeout.connect(self._forget_idle_ms)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.idle_reset)
        self.touch()

    @property
    def _local_gate(self) -> asyncio.Semaphore:
        """One offline read at a time (CPU-bound OCR); made on first use, on the running loop."""
        if self._local_gate_ is None:
            self._local_gate_ = asyncio.Semaphore(self._local_concurrency)
        return self._local_gate_

    # -- queries
    def items(self) -> list[ScanItem]:
        return list(self._items.values())

    def item(self, item_id: int) -> ScanItem | None:
        return self._items.get(item_id)

    def in_flight(self) -> int:
        return sum(1 for item in self._items.values() if item.busy)

    # -- idle timer
    def touch(self) -> None:
        """The operator did something: restart the idle countdown."""
        timeout_ms = self._idle_ms
        if timeout_ms is None:  # the settings are read once per event-loop turn (a 200-file batch touches 200x)
            timeout_ms = self._idle_ms = self._settings().idle_timeout_s * 1000
            self._idle_read.start()
        if timeout_ms > 0:
            self._idle.start(timeout_ms)
        else:
            self._idle.stop()

    def _forget_idle_ms(self) -> None:
        self._idle_ms = None

    # -- submitting
    def submit_bytes(self, data: bytes, name: str, profile: str | None = None) -> int:
        item = self._new_item(name, profile)
        self._spawn(item, self._decode_and_read(item, data, name))
        return item.id

    def submit_path(self, path: str, profile: str | None = None) -> int:
        """A file from disk: read and decoded in a worker thread (batch imports stay smooth). Its pixels are
        dropped once it is read and decoded again from the file when needed (`view`, `send_to`)."""
        item = self._new_item(os.path.basename(path) or path, profile)
        item.path = path
        self._spawn(item, self._load_and_read(item, path))
        return item.id

    def submit_still(self, still: Still, source: str, profile: str | None = None, live_quality: Any = None, *,
                     live: bool = False) -> int:
        """A decoded still (camera frame, scanner page, hot-folder file); `live_quality` is the live check's
        report of it; `live` marks a camera frame (the live-only checks apply)."""
        item = self._new_item(source, profile)
        item.live = live
        item.live_quality = live_quality
        if still.long_side is not None and self.decode_hint(item.profile) != still.long_side:
            # decoded small for the offline engine, but the profile changed meanwhile: the file's own pixels
            self._spawn(item, self._decode_and_read(item, still.source_bytes, source))
            return item.id
        item.still = still
        self._spawn(item, self._check_and_read(item))
        return item.id

    def submit_failed(self, source: str, message: str) -> int:
        """A document that could not even be opened elsewhere (e.g. by the hot folder): a failed scan in the list."""
        item = self._new_item(source, None)
        self._fail(item, message, retryable=False)
        return item.id

    def retry(self, item_id: int) -> None:
        self.send_to(item_id, None)

    def send_anyway(self, item_id: int) -> None:
        """The operator sends a picture the image gate held back (a vendor may bill it)."""
        item = self._items.get(item_id)
        if item is not None and item.blocked:
            item.skip_gate = True
            self.send_to(item_id, None)

    def send_to(self, item_id: int, profile: str | None) -> None:
        """Read the same still again, with the same or another profile."""
        item = self._items.get(item_id)
        if item is None or item.busy or (item.still is None and item.path is None):
            return
        if profile:
            item.profile = profile
        item.status = "retrying"
        item.message = ""
        item.blocked = ()
        item.differences = []
        item.second_opinion = None
        item.second_opinion_done = False
        self.item_changed.emit(item.id)
        still = item.still
        if still is not None and still.long_side is not None and self.decode_hint(item.profile) != still.long_side:
            # decoded small for the offline engine: another reader (a vendor) is sent the file's own pixels
            item.still = None
            if item.path is None:
                self._spawn(item, self._decode_and_read(item, still.source_bytes, item.source))
                return
        self._spawn(item, self._read(item) if item.still is not None else self._load_and_read(item, item.path or ""))

    def _new_item(self, source: str, profile: str | None) -> ScanItem:
        self.touch()
        item = ScanItem(id=next(self._ids), source=source, profile=profile or self._settings().default_profile)
        self._items[item.id] = item
        self.item_added.emit(item.id)
        return item

    def _spawn(self, item: ScanItem, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks[item.id] = task
        item_id = item.id
        task.add_done_callback(lambda t: self._task_done(item_id, t))

    def _task_done(self, item_id: int, task: asyncio.Task[None]) -> None:
        if self._tasks.get(item_id) is task:
            del self._tasks[item_id]
        if not task.cancelled() and task.exception() is not None:
            log.error("scan %s: unexpected %s", item_id, type(task.exception()).__name__)

    async def wait_idle(self) -> None:
        """Wait until no item is decoding or reading (tests, benchmarks, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)

    # -- the work
    async def _load_and_read(self, item: ScanItem, path: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            data = await loop.run_in_executor(self._decoder(item), read_file, path)
        except OSError:
            self._fail(item, fill(translate("ScanSession", "The file %1 could not be read; check that it exists."),
                                  item.source), retryable=False)
            return
        await self._decode_and_read(item, data, item.source)

    def decode_hint(self, profile: str) -> int | None:
        """The most pixels on the longer side that a read with `profile` uses, when every profile that may read the
        scan (it and its fallbacks) says so: a file is then decoded no larger (a 12 MP JPEG at half size, by
        libjpeg itself: several times faster). None: decode in full (a vendor is sent the file's own pixels)."""
        from desktop_app.engines.profile import decode_long_side
        from desktop_app.station.failover import chain_of

        try:
            hints = {decode_long_side(self.engines.profile(name)) for name in chain_of(self.engines.profile(profile))}
        except Exception:  # an unknown or broken profile: its read says why; decode in full meanwhile
            return None
        return hints.pop() if len(hints) == 1 else None

    async def _decode_and_read(self, item: ScanItem, data: bytes, name: str) -> None:
        loop = asyncio.get_running_loop()
        long_side = self.decode_hint(item.profile)
        try:
            still = await loop.run_in_executor(self._decoder(item), decode_still_bytes, data, name, long_side)
        except Exception as err:
            from desktop_app.imaging.intake import IntakeError  # loaded by the worker

            if isinstance(err, IntakeError):
                self._fail(item, err.message, retryable=False)
                return
            log.error("decode failed: %s", type(err).__name__)
            self._fail(item, translate("ScanSession",
                                       "The file could not be opened as an image; choose a JPEG, PNG or PDF file."),
                       retryable=False)
            return
        del data
        if item.id not in self._items:
            return
        item.still, item.picture_gone = still, False
        await self._check_and_read(item)

    def _decoder(self, item: ScanItem) -> ThreadPoolExecutor:
        """Where a scan's file is read and decoded (see `_local_decoder`)."""
        return self._local_decoder if item.profile == "local" else self._cpu

    async def _check_and_read(self, item: ScanItem) -> None:
        await self._read(item)

    def ensure_quality(self, item_id: int) -> None:
        """Our own quality verdict for a still, computed when the operator looks at the scan (a 200-file batch
        must not run 200 analyses). Camera captures bring the live report along; this fills the others."""
        item = self._items.get(item_id)
        if item is None or item.still is None or item.live_quality is not None or item.quality_pending:
            return
        if engine_quality(item) is not None:
            return  # the offline engine checked this still's quality during the read: not twice
        item.quality_pending = True
        spawn(self._quality(item))

    async def _quality(self, item: ScanItem) -> None:
        still = item.still
        if still is None:
            item.quality_pending = False
            return
        try:
            report = await asyncio.get_running_loop().run_in_executor(self._cpu, analyze_quality, still.rgb)
            if report is None:  # the quality check is not installed
                return
        except Exception as err:  # our own verdict is advisory
            log.warning("quality check failed: %s", type(err).__name__)
            return
        finally:
            item.quality_pending = False
        if self._items.get(item.id) is item and item.still is still:
            item.live_quality = report
            self.item_changed.emit(item.id)

    async def _read(self, item: ScanItem) -> None:
        still = item.still
        if still is None:
            return
        if item.status != "retrying":
            item.status = "reading"
            self.item_changed.emit(item.id)
        await self._read_path_ready()
        from desktop_app.domain.schema import ErrorInfo, failed_result
        from desktop_app.engines.errors import EngineError

        try:
            from desktop_app.station.failover import read_scan

            result = await read_scan(self.engines.engine, item.profile, still, ScanOptions(),
                                     gate=None if item.skip_gate else self._gate_for(item), guard=self._guard)
        except EngineError as err:
            result = failed_result("local", item.profile, err.to_error_info())
        except Exception as err:
            log.error("read failed: %s", type(err).__name__)
            result = failed_result("local", item.profile, ErrorInfo(
                category="config", message=translate("ScanSession", "The scan could not be read because of an internal "
                                                              "error; retry, and report it if it happens again.")))
        if item.id not in self._items:  # cleared while reading
            return
        item.result = result
        item.blocked = tuple(result.error.checks) if result.error is not None else ()
        if result.outcome == "failed":
            error = result.error
            self._fail(item, error.message if error else translate("ScanSession", "The scan failed; retry."),
                       retryable=bool(error and error.retryable), keep_result=True)
            self._release_pixels(item)
            return
        item.status = "needs_review"
        item.message = ""
        item.duplicate = self._is_duplicate(item)
        self.item_changed.emit(item.id)
        if item.duplicate:
            self.notice.emit(fill(translate(
                "ScanSession", "Scan %1: this document number was already scanned in this session."), item.id))
        if result.vendor != "local" and self._settings().second_opinion:
            await self._second_opinion(item)
        self._release_pixels(item)

    # -- pixels on demand (a batch keeps paths, not pictures)
    def _release_pixels(self, item: ScanItem) -> None:
        """A file's read has ended: its picture is dropped unless the operator is looking at it (it is decoded
        again from the file when needed). Camera, scanner and pasted stills have no file and stay."""
        if item.path is not None and item.id != self._viewed and not item.busy:
            item.still = None

    def view(self, item_id: int) -> None:
        """The operator looks at `item_id`: its picture is decoded again if it was dropped (`item_changed` when
        it is there); the picture of the scan looked at before is dropped if it came from a file."""
        previous, self._viewed = self._viewed, item_id
        before = self._items.get(previous) if previous and previous != item_id else None
        if before is not None and before.path is not None and not before.busy:
            before.still = None
        item = self._items.get(item_id)
        if item is None or item.still is not None or item.path is None or item.busy or item.picture_gone or \
                item.status in (
                "confirmed", "unsaved", "rejected", "linked") or item.id in self._loading:
            return
        self._loading.add(item.id)
        spawn(self._load_pixels(item, item.path))

    async def _load_pixels(self, item: ScanItem, path: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            data = await loop.run_in_executor(self._cpu, read_file, path)
            still = await loop.run_in_executor(self._cpu, decode_still_bytes, data, item.source)
        except Exception as err:  # the file moved or changed: the read result stays, the picture is not shown
            log.info("picture not reloaded: %s", type(err).__name__)
            if self._items.get(item.id) is item:
                item.picture_gone = True  # said in the window; not tried again on every look
                self.item_changed.emit(item.id)
            return
        finally:
            self._loading.discard(item.id)
        if self._items.get(item.id) is item and item.still is None and not item.busy and self._viewed == item.id:
            item.still = still
            self.item_changed.emit(item.id)

    def _guard(self, engine: Any) -> asyncio.Semaphore:
        """The concurrency limit a read waits for: one offline read at a time, `vendor_in_flight` per profile."""
        return self._local_gate if engine.profile.vendor == "local" else self._vendor_gate(engine.profile.name)

    def _gate_for(self, item: ScanItem) -> Callable[[Any], Awaitable[Any]]:
        """The image gate for `item` (in a worker); its quality report is kept for the review."""
        async def judge(profile: Any) -> Any:
            from desktop_app.station.gate import check_still

            still = item.still
            assert still is not None  # the read holds the still until it ends
            verdict = await asyncio.get_running_loop().run_in_executor(
                self._cpu, check_still, still, profile, ScanOptions(), item.live_quality)
            if item.live_quality is None:
                item.live_quality = verdict.report
            return verdict
        return judge

    async def _read_path_ready(self) -> None:
        """The first read imports what every read needs in a worker; the others wait for that one import."""
        if self._read_path is None:
            self._read_path = asyncio.ensure_future(
                asyncio.get_running_loop().run_in_executor(self._cpu, import_all, READ_PATH_MODULES))
        await asyncio.shield(self._read_path)

    async def _second_opinion(self, item: ScanItem) -> None:
        """Re-read the MRZ offline and keep the differences from the vendor's answer."""
        still, result = item.still, item.result
        if still is None or result is None:
            return
        from desktop_app.domain.second_opinion import SecondOpinion

        try:
            async with self._local_gate:  # CPU-bound OCR: in a worker, one at a time with the offline engine
                verdict = await asyncio.get_running_loop().run_in_executor(self._cpu, second_look, still, result)
        except Exception as err:  # advisory only, but the operator is told it did not happen
            log.warning("second opinion failed: %s", type(err).__name__)
            verdict = SecondOpinion.unavailable("failed")
        if verdict is None:  # the offline engine is not installed
            verdict = SecondOpinion.unavailable("not_installed")
        if item.id in self._items and item.result is result:
            item.second_opinion = verdict
            item.differences = list(verdict.differences)
            item.second_opinion_done = True
            self.item_changed.emit(item.id)

    def _fail(self, item: ScanItem, message: str, *, retryable: bool, keep_result: bool = False) -> None:
        if item.id not in self._items:
            return
        item.status = "failed"
        item.message = message
        item.retryable = retryable
        if not keep_result:
            item.result = None
        self.item_changed.emit(item.id)

    def _vendor_gate(self, profile: str) -> asyncio.Semaphore:
        """At most `vendor_in_flight` calls per profile (a 200-file batch queues here, not in the HTTP pool)."""
        gate = self._vendor_gates.get(profile)
        if gate is None:
            gate = self._vendor_gates[profile] = asyncio.Semaphore(self._vendor_in_flight)
        return gate

    # -- duplicates
    def _number_key(self, result: ScanResult | None) -> str | None:
        number = result.document.number if result else None
        if not number:
            return None
        norm = "".join(ch for ch in number.upper() if ch.isalnum())
        return hmac.new(self._salt, norm.encode(), hashlib.sha256).hexdigest() if norm else None

    def _is_duplicate(self, item: ScanItem) -> bool:
        key = self._number_key(item.result)
        if key is None:
            return False
        if key in self._confirmed_numbers:
            return True
        return any(other is not item and other.status == "needs_review" and self._number_key(other.result) == key
                   for other in self._items.values())

    # -- decisions
    def confirm(self, item_id: int, edits: dict[str, str] | None = None) -> ConfirmOutcome:
        """Apply edits, freeze the confirmed record, purge the scan, deliver the record to the wanted sinks (in
        the background). Raises EditError on an invalid edit."""
        self.touch()
        item = self._items.get(item_id)
        if item is None or item.result is None or item.status != "needs_review":
            return ConfirmOutcome(False, translate("ScanSession", "Nothing to confirm."))
        corrected = apply_edits(item.result, edits or {})
        item.corrected = sorted(set(item.corrected) | set(corrected))
        item.confirmed_at = dt.datetime.now().astimezone()
        record = ConfirmedRecord.snapshot(item.id, item.result, tuple(item.corrected), item.confirmed_at,
                                          self.guests.take_stay(item.id))
        key = self._number_key(item.result)
        if key is not None:
            self._confirmed_numbers[key] = item.id
        owed = self.exports.wanted()
        if not owed:
            item.status = "confirmed"
            item.message = ""
            item.purge()
            message = self.exports.done_sentence(item.id, ())
            self.item_changed.emit(item.id)
            self.notice.emit(message)
            return ConfirmOutcome(True, message)
        # Kept as a pending record (survives clear, idle reset, warns on close) until every sink has it.
        item.status = "unsaved"
        item.record = record
        item.owed = owed
        item.purge()
        self._deliver_in_background(item, first=True)
        return ConfirmOutcome(False, item.message, pending=True)

    def _deliver_in_background(self, item: ScanItem, *, first: bool) -> None:
        item.message = self.exports.busy_text(item.owed)
        self.item_changed.emit(item.id)
        task = asyncio.ensure_future(self._deliver(item, first=first))
        self._saving[item.id] = task  # also keeps the task alive until it ends
        task.add_done_callback(lambda t: self._task_done(item.id, t))

    async def _deliver(self, item: ScanItem, *, first: bool) -> None:
        assert item.record is not None
        try:
            problems = await self.exports.deliver(item.record, item.owed)
        finally:
            self._saving.pop(item.id, None)
        item.owed = tuple(name for name, problem in problems.items() if problem is not None)
        if not item.owed:
            item.status = "confirmed"
            item.record = None
            item.message = ""
            message = self.exports.done_sentence(item.id, problems)
        else:
            problem = next(problem for problem in problems.values() if problem is not None)
            item.message = problem
            message = fill(translate("ScanSession", "Scan %1 is confirmed but not saved: %2") if first
                           else translate("ScanSession", "Scan %1 is still not saved: %2"), item.id,
                           operator_text(problem))
        self.item_changed.emit(item.id)
        self.notice.emit(message)
        self.export_finished.emit(item.id, not item.owed)

    def retry_export(self, item_id: int) -> ConfirmOutcome:
        """Deliver a confirmed-but-unsaved record again (in the background) to the sinks that do not have it."""
        self.touch()
        item = self._items.get(item_id)
        if item is None or item.status != "unsaved" or item.record is None:
            return ConfirmOutcome(False, translate("ScanSession", "Nothing to save."))
        if item.id not in self._saving:
            self._deliver_in_background(item, first=False)
        return ConfirmOutcome(False, item.message, pending=True)

    def copy_pending(self, item_id: int) -> bool:
        """Copy an unsaved record to the clipboard, so it can be pasted somewhere else."""
        item = self._items.get(item_id)
        if item is None or item.record is None:
            return False
        return self.exports.copy(item.record)

    def reject(self, item_id: int) -> None:
        self.touch()
        item = self._items.get(item_id)
        if item is None or item.status in ("confirmed", "unsaved"):
            return
        self._cancel(item_id)
        item.status = "rejected"
        item.message = ""
        item.purge()
        self.guests.forget(item_id)
        self.item_changed.emit(item.id)

    def remove(self, item_id: int) -> None:
        item = self._items.get(item_id)
        if item is None or item.status == "unsaved":
            return
        self._cancel(item_id)
        item.purge()
        del self._items[item_id]
        self.item_removed.emit(item_id)

    def _cancel(self, item_id: int) -> None:
        task = self._tasks.pop(item_id, None)
        if task is not None and not task.done():
            task.cancel()

    def clear(self) -> int:
        """Drop every scan except confirmed-but-unsaved records; returns how many were kept."""
        kept = 0
        for item_id in list(self._items):
            if self._items[item_id].status == "unsaved":
                kept += 1
                continue
            self.remove(item_id)
        self._confirmed_numbers.clear()
        return kept

    def idle_reset(self) -> None:
        """The idle timeout: forget everything personal (unsaved records excepted, see `clear`)."""
        if self._items:
            self.clear()
        self.idle_cleared.emit()

    def unsaved(self) -> list[ScanItem]:
        return [item for item in self._items.values() if item.status == "unsaved"]

    async def aclose(self) -> None:
        for item_id in list(self._tasks):
            self._cancel(item_id)
        await asyncio.sleep(0)
        self._idle.stop()
        await self.engines.aclose()
        self._cpu.shutdown(wait=False, cancel_futures=True)
        self._local_decoder.shutdown(wait=False, cancel_futures=True)
        self.exports.close()

