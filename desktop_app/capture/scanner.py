"""The scanner interface every backend implements (SANE, eSCL, WIA), plus the page helpers they share.

A `Scanner` is blocking and NOT thread-safe: call `list_devices`, `open`, `scan` and `close` from one worker
thread (`capture.scan_runner.ScanRunner` does that for the GUI). Only `cancel()` may be called from any thread.
Pages come back as upright RGB arrays (H×W×3 uint8) held in memory; nothing is written to disk.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import numpy.typing as npt

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice

Rgb = npt.NDArray[np.uint8]
ColorMode = Literal["color", "gray"]
Source = Literal["flatbed", "feeder"]

# Called after each page with its 1-based number, from the scanning thread.
PageCallback = Callable[[int], None]
# The station passes one of these to remember the device the operator chose (in QSettings).
RememberDevice = Callable[[str], None]


class ScanError(Exception):
    """A scan that failed. `message` (also `str(err)`) is one plain sentence for the operator (what happened, what
    to do), a `Notice` (a plain text is taken as a template marked with QT_TRANSLATE_NOOP("Notices", ...))."""

    def __init__(self, message: str) -> None:
        self.message = message if isinstance(message, Notice) else Notice(message)
        super().__init__(self.message)


class ScanCancelled(ScanError):
    """The operator cancelled the scan."""

    def __init__(self, message: str = QT_TRANSLATE_NOOP("Notices", "The scan was cancelled.")) -> None:
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class ScannerDevice:
    """One scanner a backend can open. `id` is what `open()` takes and what the station remembers."""

    id: str
    vendor: str = ""
    model: str = ""
    kind: str = ""  # "flatbed scanner", "network scanner", ...
    backend: str = ""  # "sane", "escl", "wia"

    @property
    def label(self) -> str:
        name = " ".join(part for part in (self.vendor, self.model) if part and part.lower() != "noname")
        return f"{name} ({self.id})" if name else self.id


@dataclass(frozen=True, slots=True)
class ScannerCapabilities:
    """What the opened device offers (empty tuples: unknown, any value is tried)."""

    resolutions: tuple[int, ...] = ()
    modes: tuple[ColorMode, ...] = ("color", "gray")
    sources: tuple[Source, ...] = ("flatbed",)
    # Largest scan area in millimetres (width, height); None when the device does not say.
    max_area_mm: tuple[float, float] | None = None

    @property
    def has_feeder(self) -> bool:
        return "feeder" in self.sources

    def nearest_resolution(self, dpi: int) -> int:
        if not self.resolutions:
            return dpi
        return min(self.resolutions, key=lambda r: (abs(r - dpi), -r))


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """What to scan. 300 dpi gives MRZ characters (2.3 mm tall) about 27 pixels: plenty for OCR."""

    resolution_dpi: int = 300
    mode: ColorMode = "color"
    source: Source = "flatbed"
    # Scan area in millimetres from the top-left corner (width, height); None: the whole bed.
    area_mm: tuple[float, float] | None = None
    max_pages: int = 50  # a feeder never yields more than this in one job


@dataclass
class CancelFlag:
    """A thread-safe cancel request shared between `cancel()` and the scanning loop."""

    _event: threading.Event = field(default_factory=threading.Event)

    def set(self) -> None:
        self._event.set()

    def clear(self) -> None:
        self._event.clear()

    @property
    def is_set(self) -> bool:
        return self._event.is_set()

    def raise_if_set(self) -> None:
        if self._event.is_set():
            raise ScanCancelled


class Scanner(ABC):
    """One scanning backend. Blocking; see the module docstring for the threading rule."""

    backend: str = ""

    def __init__(self, *, preferred_device: str | None = None, remember: RememberDevice | None = None) -> None:
        self._preferred = preferred_device
        self._remember = remember
        self._devices: list[ScannerDevice] | None = None
        self._cancel = CancelFlag()

    # -- devices -------------------------------------------------------------------------------------------
    def list_devices(self, *, refresh: bool = False) -> list[ScannerDevice]:
        """The devices this backend sees; cached, since discovery can take seconds (`refresh=True` re-probes)."""
        if self._devices is None or refresh:
            self._devices = self._discover()
        return list(self._devices)

    def default_device(self) -> ScannerDevice | None:
        """The remembered device when it is still there, else the first one."""
        devices = self.list_devices()
        for device in devices:
            if device.id == self._preferred:
                return device
        return devices[0] if devices else None

    def open(self, device_id: str | None = None) -> ScannerCapabilities:
        """Open a device (the default one when `device_id` is None) and remember it as the operator's choice."""
        if device_id is None:
            device = self.default_device()
            if device is None:
                raise ScanError(self.no_device_sentence())
            device_id = device.id
        caps = self._open(device_id)
        self._preferred = device_id
        if self._remember is not None:
            self._remember(device_id)
        return caps

    # -- scanning ------------------------------------------------------------------------------------------
    def scan(self, settings: ScanSettings | None = None, on_page: PageCallback | None = None) -> list[Rgb]:
        """Scan one page (flatbed) or every page in the feeder; raises `ScanError` / `ScanCancelled`."""
        self._cancel.clear()
        pages = self._scan(settings or ScanSettings(), on_page or (lambda _n: None))
        self._cancel.raise_if_set()
        return pages

    def cancel(self) -> None:
        """Ask a running scan to stop as soon as it can. Safe from any thread."""
        self._cancel.set()
        self._cancel_device()

    # -- backend hooks -------------------------------------------------------------------------------------
    @abstractmethod
    def _discover(self) -> list[ScannerDevice]: ...

    @abstractmethod
    def _open(self, device_id: str) -> ScannerCapabilities: ...

    @abstractmethod
    def _scan(self, settings: ScanSettings, on_page: PageCallback) -> list[Rgb]: ...

    def _cancel_device(self) -> None:  # noqa: B027 - optional hook
        """Backend-specific interruption of a running transfer (may be called from another thread)."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release the open device."""

    def no_device_sentence(self) -> str:
        return QT_TRANSLATE_NOOP("Notices", "No scanner was found; connect and switch on the scanner, then choose "
                                            "Refresh.")


def to_rgb(page: npt.NDArray[np.generic]) -> Rgb:
    """Any page array (gray H×W, H×W×1, H×W×3, H×W×4, 8 or 16 bit) as a contiguous H×W×3 uint8 copy."""
    arr = np.asarray(page)
    if arr.dtype == np.uint16:
        arr = (arr >> 8).astype(np.uint8)
    elif arr.dtype == np.bool_:
        arr = np.where(arr, 0, 255).astype(np.uint8)  # SANE line-art: 1 is black
    elif arr.dtype != np.uint8:
        arr = np.clip(arr, 0, 255).astype(np.uint8)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.shape[2] == 1:
        arr = np.repeat(arr, 3, axis=2)
    elif arr.shape[2] >= 4:
        arr = arr[:, :, :3]
    return np.ascontiguousarray(arr, dtype=np.uint8).copy()
