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

import contextlib
import datetime as dt
import functools
import hashlib
import hmac
import importlib
import itertools
import logging
import os
import secrets
import sys
import threading
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.field_labels import FIELD_LABELS
from desktop_app.engines.profile import Profile, ScanOptions
from desktop_app.station.confirmed import ConfirmedRecord
from desktop_app.station.engine_factory import EngineFactory
from desktop_app.station.export_delivery import ExportDelivery
from desktop_app.station.export_sinks import ExportSink
from desktop_app.station.settings import StationSettings
from desktop_app.station.texts import fill, translate

if TYPE_CHECKING:  # the result schema, numpy, OpenCV and the engines load after the window is shown
    import asyncio

    from desktop_app.domain.schema import ScanResult
    from desktop_app.engines.base import Engine
    from desktop_app.imaging.intake import Still

log = logging.getLogger(__name__)


class _LazyAsyncio:
    """`asyncio` imported on first use: the window shows before the event-loop machinery loads."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("asyncio"), name)


if not TYPE_CHECKING:
    asyncio = _LazyAsyncio()


ItemStatus = Literal["decoding", "reading", "retrying", "needs_review", "confirmed", "unsaved", "rejected", "failed"]
BUSY_STATUSES: frozenset[ItemStatus] = frozenset({"decoding", "reading", "retrying"})



# ------------------------------------------------------------------------------------------ review fields

FieldKind = Literal["text", "date", "sex", "country", "multiline", "category"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field of the review form: where it lives in the `ScanResult`."""

    key: str  # export column name (domain.export_rows) and Field.key
    label: str  # English; the UI translates it
    part: Literal["document", "holder"]
    attr: str
    kind: FieldKind = "text"


REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("document_category", FIELD_LABELS["document_category"], "document", "category", "category"),
    FieldSpec("document_number", FIELD_LABELS["document_number"], "document", "number"),
    FieldSpec("surname", FIELD_LABELS["surname"], "holder", "surname"),
    FieldSpec("given_names", FIELD_LABELS["given_names"], "holder", "given_names"),
    FieldSpec("full_name", FIELD_LABELS["full_name"], "holder", "full_name"),
    FieldSpec("sex", FIELD_LABELS["sex"], "holder", "sex", "sex"),
    FieldSpec("date_of_birth", FIELD_LABELS["date_of_birth"], "holder", "date_of_birth", "date"),
    FieldSpec("nationality", FIELD_LABELS["nationality"], "holder", "nationality", "country"),
    FieldSpec("issuing_country", FIELD_LABELS["issuing_country"], "document", "issuing_country", "country"),
    FieldSpec("date_of_issue", FIELD_LABELS["date_of_issue"], "document", "date_of_issue", "date"),
    FieldSpec("date_of_expiry", FIELD_LABELS["date_of_expiry"], "document", "date_of_expiry", "date"),
    FieldSpec("personal_number", FIELD_LABELS["personal_number"], "document", "personal_number"),
    FieldSpec("place_of_birth", FIELD_LABELS["place_of_birth"], "holder", "place_of_birth"),
    FieldSpec("issuing_authority", FIELD_LABELS["issuing_authority"], "document", "issuing_authority"),
    FieldSpec("place_of_issue", FIELD_LABELS["place_of_issue"], "document", "place_of_issue"),
    FieldSpec("address", FIELD_LABELS["address"], "holder", "address", "multiline"),
)
FIELD_BY_KEY = {spec.key: spec for spec in REVIEW_FIELDS}
SEX_VALUES = ("M", "F", "X")
CATEGORIES = ("passport", "national_id", "driver_license", "residence_permit", "voter_id", "visa", "other",
              "unknown")


class EditError(ValueError):
    """An operator edit that cannot be stored (e.g. a date that is not YYYY-MM-DD)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def field_text(result: ScanResult, spec: FieldSpec) -> str:
    value = getattr(getattr(result, spec.part), spec.attr)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def raw_text(result: ScanResult, key: str) -> str | None:
    """The value as the engine returned it, when it differs from the normalized one (dates, sex)."""
    for item in result.fields:
        if item.key == key and item.raw_value not in (None, "", item.value):
            return item.raw_value
    return None


def validity_of(result: ScanResult, key: str) -> str:
    """valid / invalid / not_checked for one review field (from the engine's fields and the MRZ check)."""
    for item in result.fields:
        if item.key == key and item.validity in ("valid", "invalid"):
            return item.validity
    detail = result.mrz.local_check_detail
    mrz_map = {"document_number": detail.document_number, "date_of_birth": detail.date_of_birth,
               "date_of_expiry": detail.date_of_expiry}
    verdict = mrz_map.get(key)
    if verdict is True:
        return "valid"
    if verdict is False:
        return "invalid"
    return "not_checked"


def validate_edit(spec: FieldSpec, text: str) -> Any:
    """The typed value for an edit, or EditError with one sentence."""
    text = text.strip()
    if not text:
        return None
    if spec.kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError as err:
            message = fill(translate("Edits", "%1: write the date as YYYY-MM-DD, e.g. 1990-04-11."), spec.label)
            raise EditError(spec.key, message) from err
    if spec.kind == "sex":
        value = text.upper()
        if value not in SEX_VALUES:
            raise EditError(spec.key, fill(translate("Edits", "%1: use M, F or X."), spec.label))
        return value
    if spec.kind == "country":
        value = text.upper()
        if len(value) != 3 or not value.replace("<", "A").isalpha():
            message = fill(translate("Edits", "%1: use the three-letter code, e.g. ESP or USA."), spec.label)
            raise EditError(spec.key, message)
        return value
    if spec.kind == "category":
        if text not in CATEGORIES:
            raise EditError(spec.key, fill(translate("Edits", "%1: choose one of the listed types."), spec.label))
        return text
    return text


def apply_edits(result: ScanResult, edits: dict[str, str]) -> list[str]:
    """Write the operator's edits into `result`; return the keys that really changed (export marks them)."""
    typed: dict[str, Any] = {}
    for key, text in edits.items():
        spec = FIELD_BY_KEY.get(key)
        if spec is None:
            continue
        typed[key] = validate_edit(spec, text)  # all or nothing: validate every edit first
    changed: list[str] = []
    for key, value in typed.items():
        spec = FIELD_BY_KEY[key]
        target = getattr(result, spec.part)
        if getattr(target, spec.attr) != value:
            setattr(target, spec.attr, value)
            changed.append(key)
    return changed


# ------------------------------------------------------------------------------------------------ items


@dataclass(eq=False)
class ScanItem:
    """One scan in the session list. `still`, `result` and `record` hold personal data until purged."""

    id: int
    source: str  # file name, "camera", "scanner" or "clipboard": never personal
    profile: str
    live: bool = False  # a live camera frame: the live-only quality checks (framing, motion) apply to it
    status: ItemStatus = "decoding"
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    still: Still | None = None
    result: ScanResult | None = None
    live_quality: Any = None  # imaging.quality.QualityReport of the still (our own verdict)
    differences: list[Any] = field(default_factory=list)  # domain.compare.FieldDifference (second opinion)
    second_opinion_done: bool = False
    quality_pending: bool = False
    message: str = ""  # failure or export sentence for the operator
    retryable: bool = False
    duplicate: bool = False
    corrected: list[str] = field(default_factory=list)
    record: ConfirmedRecord | None = None  # kept while a sink still owes it a delivery ("unsaved")
    owed: tuple[str, ...] = ()  # the export sinks that do not have the record yet
    confirmed_at: dt.datetime | None = None

    @property
    def busy(self) -> bool:
        return self.status in BUSY_STATUSES

    @property
    def pending_row(self) -> dict[str, str] | None:
        """The export row of a confirmed record some sink does not have yet."""
        return self.record.row() if self.record is not None else None

    def purge(self) -> None:
        """Drop every reference to the image, portrait and fields."""
        self.still = None
        self.result = None
        self.live_quality = None
        self.differences = []
        self.corrected = []
        if self.status != "unsaved":
            self.record = None
            self.owed = ()


LIVE_ONLY_CHECKS = frozenset({"bounds", "motion"})  # about aiming a camera: meaningless for a file or a scan


@dataclass(frozen=True, slots=True)
class ShownQuality:
    """Our own quality verdict as the operator sees it for a still that did not come from the camera."""

    checks: tuple[Any, ...]
    frame_size: Any
    quad: Any
    all_pass: bool


def shown_quality(item: ScanItem) -> Any:
    """The item's quality report as shown: a camera frame's as it is; for a file, paste, hot-folder or scanner
    still, without the checks about aiming a camera (a page that fills the whole image is not "out of view"),
    and passing when none of the remaining checks failed."""
    report = item.live_quality
    if report is None or item.live:
        return report
    checks = tuple(c for c in getattr(report, "checks", ()) or () if getattr(c, "name", "") not in LIVE_ONLY_CHECKS)
    return ShownQuality(checks=checks, frame_size=getattr(report, "frame_size", None),
                        quad=getattr(report, "quad", None),
                        all_pass=not any(getattr(c, "status", "") == "fail" for c in checks))


@dataclass(frozen=True, slots=True)
class ConfirmOutcome:
    saved: bool  # every wanted sink has the record
    message: str  # one sentence for the status bar
    pending: bool = False  # the sinks deliver in the background: `export_finished` tells how it went


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


def _import_all(modules: tuple[str, ...]) -> None:
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as err:  # the read imports it again and reports a problem with a sentence
            log.info("pre-import of %s failed: %s", module, type(err).__name__)


def _analyze(rgb: Any) -> Any:
    """Our own quality verdict (None when that part is not installed), imported and run in a worker."""
    analyze = _optional("desktop_app.imaging.quality", "analyze")
    return None if analyze is None else analyze(rgb)


def _second_look(still: Still, result: ScanResult) -> Any:
    """The offline second opinion (None when not installed), imported and run in a worker: the offline
    engine's import (the OCR runtime) must not stall the GUI thread."""
    second_opinion = _optional("desktop_app.engines.local", "second_opinion")
    return None if second_opinion is None else second_opinion(still, result)


def _decode(data: bytes, name: str) -> Still:
    """`decode_still` in a worker; the imaging modules (numpy, Pillow, OpenCV) load there, not on the GUI thread."""
    from desktop_app.imaging.intake import decode_still

    return decode_still(data, name)


WORKER_NICENESS = 10


def lower_thread_priority() -> None:
    """Thread-pool initializer: a CPU worker (decoding, fitting, checks) yields the CPU to the GUI thread.
    Two cores shared by the GUI thread and four workers: at equal priority the scheduler lets the GUI thread
    wait behind them; at a higher niceness it runs as soon as it wakes. Linux only (there `setpriority` with
    a thread id changes only that thread)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


def _read_file(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


# ----------------------------------------------------------------------------------------------- engines


class EnginePool:
    """One engine per profile, all on the one shared HTTP client; made on first use (by the station's one
    `EngineFactory`), closed together."""

    def __init__(self, *, profiles: Any = None, client: Any = None,
                 settings: Callable[[], StationSettings] | None = None,
                 factory: EngineFactory | None = None) -> None:
        self.factory = factory or EngineFactory(profiles=profiles, settings=settings)
        self._client = client
        self._own_client = client is None
        self._engines: dict[str, Engine] = {}
        self._lock_: asyncio.Lock | None = None

    @property
    def _lock(self) -> asyncio.Lock:
        if self._lock_ is None:
            self._lock_ = asyncio.Lock()
        return self._lock_

    def profile(self, name: str) -> Profile:
        return self.factory.profile(name)

    async def engine(self, name: str) -> Engine:
        async with self._lock:
            engine = self._engines.get(name)
            if engine is not None:
                return engine
            if self._client is None and self.profile(name).vendor != "local":
                from desktop_app.engines.transport import make_client

                # Loading the CA bundle takes 20-35 ms: off the GUI thread.
                self._client = await asyncio.to_thread(make_client)
            engine = await self.factory.engine_for(name, client=self._client)
            self._engines[name] = engine
            return engine

    async def forget(self, name: str) -> None:
        """Drop a cached engine (its profile or keys changed)."""
        engine = self._engines.pop(name, None)
        if engine is not None:
            await engine.aclose()

    async def aclose(self) -> None:
        engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            with contextlib.suppress(Exception):
                await engine.aclose()
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None


# ---------------------------------------------------------------------------------------------- session


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
        self.exports = ExportDelivery(settings, sinks)
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
        self._salt = secrets.token_bytes(16)  # duplicate detection keeps salted hashes, never numbers
        self._confirmed_numbers: dict[str, int] = {}
        self._read_path: asyncio.Future[None] | None = None
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
        """A file from disk: read and decoded in a worker thread (batch imports stay smooth)."""
        item = self._new_item(os.path.basename(path) or path, profile)
        self._spawn(item, self._load_and_read(item, path))
        return item.id

    def submit_still(self, still: Still, source: str, profile: str | None = None, live_quality: Any = None, *,
                     live: bool = False) -> int:
        """A decoded still (camera frame, scanner page, hot-folder file); `live_quality` is the live check's
        report of it; `live` marks a camera frame (the live-only checks apply)."""
        item = self._new_item(source, profile)
        item.live = live
        item.still = still
        item.live_quality = live_quality
        self._spawn(item, self._check_and_read(item))
        return item.id

    def submit_failed(self, source: str, message: str) -> int:
        """A document that could not even be opened elsewhere (e.g. by the hot folder): a failed scan in the list."""
        item = self._new_item(source, None)
        self._fail(item, message, retryable=False)
        return item.id

    def retry(self, item_id: int) -> None:
        self.send_to(item_id, None)

    def send_to(self, item_id: int, profile: str | None) -> None:
        """Read the same still again, with the same or another profile."""
        item = self._items.get(item_id)
        if item is None or item.busy or item.still is None:
            return
        if profile:
            item.profile = profile
        item.status = "retrying"
        item.message = ""
        item.differences = []
        item.second_opinion_done = False
        self.item_changed.emit(item.id)
        self._spawn(item, self._read(item))

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
            data = await loop.run_in_executor(self._cpu, _read_file, path)
        except OSError:
            self._fail(item, fill(translate("ScanSession", "The file %1 could not be read; check that it exists."),
                                  item.source), retryable=False)
            return
        await self._decode_and_read(item, data, item.source)

    async def _decode_and_read(self, item: ScanItem, data: bytes, name: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            still = await loop.run_in_executor(self._cpu, _decode, data, name)
        except Exception as err:
            from desktop_app.imaging.intake import IntakeError  # loaded by the worker

            if isinstance(err, IntakeError):
                self._fail(item, str(err), retryable=False)
                return
            log.error("decode failed: %s", type(err).__name__)
            self._fail(item, translate("ScanSession",
                                       "The file could not be opened as an image; choose a JPEG, PNG or PDF file."),
                       retryable=False)
            return
        del data
        if item.id not in self._items:
            return
        item.still = still
        await self._check_and_read(item)

    async def _check_and_read(self, item: ScanItem) -> None:
        await self._read(item)

    def ensure_quality(self, item_id: int) -> None:
        """Our own quality verdict for a still, computed when the operator looks at the scan (a 200-file batch
        must not run 200 analyses). Camera captures bring the live report along; this fills the others."""
        item = self._items.get(item_id)
        if item is None or item.still is None or item.live_quality is not None or item.quality_pending:
            return
        item.quality_pending = True
        from desktop_app.station.runner import spawn

        spawn(self._quality(item))

    async def _quality(self, item: ScanItem) -> None:
        still = item.still
        if still is None:
            item.quality_pending = False
            return
        try:
            report = await asyncio.get_running_loop().run_in_executor(self._cpu, _analyze, still.rgb)
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
            engine = await self.engines.engine(item.profile)
            from desktop_app.station.pipeline import read_document

            options = ScanOptions()
            gate = self._local_gate if engine.profile.vendor == "local" else self._vendor_gate(item.profile)
            async with gate:
                result = await read_document(engine, still, options)
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
        if result.outcome == "failed":
            error = result.error
            self._fail(item, error.message if error else translate("ScanSession", "The scan failed; retry."),
                       retryable=bool(error and error.retryable), keep_result=True)
            return
        item.status = "needs_review"
        item.message = ""
        item.duplicate = self._is_duplicate(item)
        self.item_changed.emit(item.id)
        if item.duplicate:
            self.notice.emit(fill(translate(
                "ScanSession", "Scan %1: this document number was already scanned in this session."), item.id))
        if engine.profile.vendor != "local" and self._settings().second_opinion:
            await self._second_opinion(item)

    async def _read_path_ready(self) -> None:
        """The first read imports what every read needs in a worker; the others wait for that one import."""
        if self._read_path is None:
            self._read_path = asyncio.ensure_future(
                asyncio.get_running_loop().run_in_executor(self._cpu, _import_all, READ_PATH_MODULES))
        await asyncio.shield(self._read_path)

    async def _second_opinion(self, item: ScanItem) -> None:
        """Re-read the MRZ offline and keep the differences from the vendor's answer."""
        still, result = item.still, item.result
        if still is None or result is None:
            return
        try:
            async with self._local_gate:  # CPU-bound OCR: in a worker, one at a time with the offline engine
                differences = await asyncio.get_running_loop().run_in_executor(self._cpu, _second_look, still,
                                                                               result)
        except Exception as err:  # advisory only
            log.warning("second opinion failed: %s", type(err).__name__)
            return
        if differences is None:  # the offline engine is not installed
            return
        if item.id in self._items and item.result is result:
            item.differences = list(differences or [])
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
        record = ConfirmedRecord.snapshot(item.id, item.result, tuple(item.corrected), item.confirmed_at)
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
                           else translate("ScanSession", "Scan %1 is still not saved: %2"), item.id, problem)
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
        self.exports.close()

