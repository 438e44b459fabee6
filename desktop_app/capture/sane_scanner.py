"""SANE scanners (Linux, and macOS with SANE installed) through python-sane.

Every call is blocking: run it on one worker thread (see `capture.scanner`). `cancel()` may come from another
thread; SANE allows `sane_cancel` while a read is in progress. Pages stay in memory.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

import numpy as np

from desktop_app.capture.scanner import (
    ColorMode,
    PageCallback,
    RememberDevice,
    Rgb,
    ScanCancelled,
    ScanError,
    ScannerCapabilities,
    ScannerDevice,
    ScanSettings,
    Source,
    to_rgb,
)
from desktop_app.capture.scanner import Scanner as _Scanner
from desktop_app.capture.sigpipe import install_sigpipe_guard
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice

_init_lock = threading.Lock()
_initialised = False


def _sane() -> Any:
    """The python-sane module, initialised once per process."""
    global _initialised  # noqa: PLW0603 - libsane itself is process-global
    try:
        import sane
    except ImportError as err:
        raise ScanError(QT_TRANSLATE_NOOP("Notices", "SANE scanner support is not installed; install the station's "
                                                     "'sane' extra or use a network (eSCL) scanner.")) from err
    with _init_lock:
        if not _initialised:
            install_sigpipe_guard()  # no-op off the main thread: the entry points install it at start-up
            try:
                sane.init()
            except Exception as err:
                raise ScanError(_sentence(err)) from err
            _initialised = True
    return sane


def _sentence(err: BaseException) -> str:
    """A SANE status text as one sentence for the operator."""
    text = str(err).strip().rstrip(".")
    low = text.lower()
    if "busy" in low:
        return QT_TRANSLATE_NOOP("Notices", "The scanner is busy (another program may be using it); wait or close that "
                                            "program and scan again.")
    if "jam" in low:
        return QT_TRANSLATE_NOOP("Notices", "Paper is jammed in the scanner's feeder; clear it and scan again.")
    if "out of documents" in low or "no doc" in low:
        return QT_TRANSLATE_NOOP("Notices", "The feeder is empty; put the documents in the feeder and scan again.")
    if "cover" in low:
        return QT_TRANSLATE_NOOP("Notices", "The scanner's cover is open; close it and scan again.")
    if "denied" in low:
        return QT_TRANSLATE_NOOP("Notices", "The station is not allowed to use the scanner; ask the administrator to "
                                            "check the scanner permissions.")
    if "cancel" in low:
        return QT_TRANSLATE_NOOP("Notices", "The scan was cancelled.")
    if "invalid argument" in low:
        return QT_TRANSLATE_NOOP("Notices", "The scanner did not accept these scan settings; choose another resolution "
                                            "or source.")
    return Notice(QT_TRANSLATE_NOOP("Notices", "The scanner reported an error (%1); check that it is connected and "
                                               "switched on, then scan again."),
                  text or Notice(QT_TRANSLATE_NOOP("Notices", "unknown")))


def _pick(values: list[str], wanted: tuple[str, ...], avoid: tuple[str, ...] = ()) -> str | None:
    """The first option value containing one of `wanted` (case-insensitive), preferring ones without `avoid`."""
    hits = [v for v in values if any(w in v.lower() for w in wanted)]
    plain = [v for v in hits if not any(a in v.lower() for a in avoid)]
    best = plain or hits
    return best[0] if best else None


_FEEDER_WORDS = ("adf", "feeder", "automatic document")
_FLATBED_WORDS = ("flatbed", "platen", "normal")


class SaneScanner(_Scanner):
    """A `Scanner` over libsane (python-sane)."""

    backend = "sane"

    def __init__(self, *, preferred_device: str | None = None, remember: RememberDevice | None = None,
                 local_only: bool = False) -> None:
        super().__init__(preferred_device=preferred_device, remember=remember)
        self._local_only = local_only
        self._dev: Any = None
        self._dev_id: str | None = None
        self._options: dict[str, Any] = {}

    # -- devices -------------------------------------------------------------------------------------------
    def _discover(self) -> list[ScannerDevice]:
        sane = _sane()
        try:
            found = sane.get_devices(self._local_only)
        except Exception as err:
            raise ScanError(_sentence(err)) from err
        return [ScannerDevice(id=name, vendor=vendor, model=model, kind=kind, backend="sane")
                for name, vendor, model, kind in found]

    def _open(self, device_id: str) -> ScannerCapabilities:
        sane = _sane()
        if self._dev is not None and self._dev_id == device_id:
            return self._capabilities()
        self.close()
        try:
            self._dev = sane.open(device_id)
        except Exception as err:
            raise ScanError(_sentence(err) if "invalid argument" not in str(err).lower() else
                            QT_TRANSLATE_NOOP("Notices", "The chosen scanner is no longer available; choose Refresh "
                                                         "and pick it again.")) from err
        self._dev_id = device_id
        # option tuple: (index, name, title, desc, type, unit, size, cap, constraint)
        self._options = {opt[1]: opt for opt in self._dev.get_options() if opt[1]}
        return self._capabilities()

    def _constraint(self, name: str) -> Any:
        opt = self._options.get(name)
        return None if opt is None else opt[8]

    def _capabilities(self) -> ScannerCapabilities:
        res = self._constraint("resolution")
        resolutions: tuple[int, ...] = ()
        if isinstance(res, list):
            resolutions = tuple(sorted({int(r) for r in res}))
        elif isinstance(res, tuple) and len(res) == 3:
            lo, hi = int(res[0]), int(res[1])
            resolutions = tuple(r for r in (75, 100, 150, 200, 300, 400, 600, 1200) if lo <= r <= hi)
        modes_raw = self._constraint("mode")
        modes: list[ColorMode] = []
        if isinstance(modes_raw, list):
            if _pick(modes_raw, ("color", "colour", "rgb")):
                modes.append("color")
            if _pick(modes_raw, ("gray", "grey")):
                modes.append("gray")
        sources_raw = self._constraint("source")
        sources: list[Source] = []
        if isinstance(sources_raw, list):
            if _pick(sources_raw, _FLATBED_WORDS) or not _pick(sources_raw, _FEEDER_WORDS):
                sources.append("flatbed")
            if _pick(sources_raw, _FEEDER_WORDS):
                sources.append("feeder")
        area = None
        bx, by = self._constraint("br-x"), self._constraint("br-y")
        if isinstance(bx, tuple) and isinstance(by, tuple):
            area = (float(bx[1]), float(by[1]))
        return ScannerCapabilities(resolutions=resolutions, modes=tuple(modes) or ("color", "gray"),
                                   sources=tuple(sources) or ("flatbed",), max_area_mm=area)

    # -- scanning ------------------------------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if name not in self._options:
            return
        try:
            setattr(self._dev, name.replace("-", "_"), value)
        except Exception as err:
            raise ScanError(_sentence(err)) from err

    def _apply(self, settings: ScanSettings) -> None:
        modes = self._constraint("mode")
        if isinstance(modes, list):
            words = ("color", "colour", "rgb") if settings.mode == "color" else ("gray", "grey")
            mode = _pick(modes, words)
            if mode:
                self._set("mode", mode)
        sources = self._constraint("source")
        if isinstance(sources, list):
            if settings.source == "feeder":
                source = _pick(sources, _FEEDER_WORDS, avoid=("duplex", "back"))
                if source is None:
                    raise ScanError(QT_TRANSLATE_NOOP(
                            "Notices", "This scanner has no document feeder; put the document on the glass and scan "
                                       "from the flatbed."))
            else:
                source = _pick(sources, _FLATBED_WORDS) or sources[0]
            self._set("source", source)
        res = self._constraint("resolution")
        dpi = self._capabilities().nearest_resolution(settings.resolution_dpi)
        if res is not None:
            opt = self._options["resolution"]
            self._set("resolution", float(dpi) if opt[4] == 2 else int(dpi))  # type 2: SANE_TYPE_FIXED
        for axis, name in ((0, "br-x"), (1, "br-y")):
            rng = self._constraint(name)
            if not isinstance(rng, tuple):
                continue
            self._set("tl-x" if axis == 0 else "tl-y", float(rng[0]))
            want = rng[1] if settings.area_mm is None else min(rng[1], settings.area_mm[axis])
            self._set(name, float(want))

    def _snap(self, *, keep_batch: bool) -> Rgb:
        data, width, height, samples, sample_size = self._dev.dev.snap(keep_batch, True, None)
        if not data or height <= 0:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The scanner sent an empty page; check the document and scan "
                                                         "again."))
        dtype = np.uint16 if sample_size == 2 else np.uint8
        arr = np.frombuffer(data, dtype=dtype).reshape(height, width, samples)
        return to_rgb(arr)

    def _scan(self, settings: ScanSettings, on_page: PageCallback) -> list[Rgb]:
        if self._dev is None:
            self.open(None)
        self._apply(settings)
        feeder = settings.source == "feeder"
        pages: list[Rgb] = []
        try:
            while len(pages) < (settings.max_pages if feeder else 1):
                self._cancel.raise_if_set()
                try:
                    self._dev.start()
                    page = self._snap(keep_batch=feeder)
                except ScanError:
                    raise
                except Exception as err:
                    low = str(err).lower()
                    if feeder and pages and ("out of documents" in low or "no doc" in low):
                        break  # the feeder ran empty after at least one page: the normal end of a batch
                    if self._cancel.is_set:
                        raise ScanCancelled from err
                    raise ScanError(_sentence(err)) from err
                self._cancel.raise_if_set()  # a cancelled read returns a truncated page: drop it
                pages.append(page)
                on_page(len(pages))
        finally:
            if feeder:
                self._cancel_quietly()
        return pages

    def _cancel_quietly(self) -> None:
        with contextlib.suppress(Exception):  # ending a batch that already ended is harmless
            if self._dev is not None:
                self._dev.cancel()

    def _cancel_device(self) -> None:
        self._cancel_quietly()

    def close(self) -> None:
        if self._dev is not None:
            with contextlib.suppress(Exception):  # closing a vanished device
                self._dev.close()
        self._dev = None
        self._dev_id = None
        self._options = {}
