"""Windows scanners through WIA 2.0's automation layer (`WIA.DeviceManager`, pywin32's win32com).

UNTESTED HERE: this module was written against Microsoft's WIA Automation Layer documentation and has never run
on this project's CI (Linux, where pywin32/comtypes cannot be installed). Treat it as a starting point: test it
on a Windows machine with a flatbed and a feeder scanner before enabling it for operators. On Windows, network
scanners also work through `capture.escl` without any driver.

Like every `Scanner`, it is blocking: call it from ONE worker thread (COM is initialised for that thread on first
use). `cancel()` takes effect between pages; WIA's automation layer cannot abort a page being transferred.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from desktop_app.capture.scanner import (
    PageCallback,
    RememberDevice,
    Rgb,
    ScanError,
    ScannerCapabilities,
    ScannerDevice,
    ScanSettings,
)
from desktop_app.capture.scanner import Scanner as _Scanner
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.imaging.intake import IntakeError, decode_still

SCANNER_DEVICE_TYPE = 1
WIA_FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
# Device properties
DPS_DOCUMENT_HANDLING_CAPABILITIES = 3086
DPS_DOCUMENT_HANDLING_SELECT = 3088
DPS_PAGES = 3096
FEEDER, FLATBED = 0x001, 0x002
# Item properties
IPS_CUR_INTENT = 6146
IPS_XRES, IPS_YRES = 6147, 6148
IPS_XPOS, IPS_YPOS, IPS_XEXTENT, IPS_YEXTENT = 6149, 6150, 6151, 6152
INTENT_COLOR, INTENT_GRAY = 0x1, 0x2
# HRESULTs (WIA_ERROR_*)
_ERRORS = {
    0x80210002: "Paper is jammed in the scanner's feeder; clear it and scan again.",
    0x80210003: "The feeder is empty; put the documents in the feeder and scan again.",
    0x80210005: "The scanner is switched off or disconnected; switch it on and scan again.",
    0x80210006: "The scanner is busy (another program may be using it); wait or close that program and scan again.",
    0x8021000D: "The scanner is locked; unlock it and scan again.",
    0x80210016: "The scanner's cover is open; close it and scan again.",
}
_PAPER_EMPTY = 0x80210003


def _hresult(err: BaseException) -> int | None:
    """The WIA HRESULT inside a pywin32 com_error (directly or in its EXCEPINFO), unsigned."""
    args: tuple[Any, ...] = tuple(getattr(err, "args", ()))
    candidates: list[Any] = []
    if len(args) >= 3 and isinstance(args[2], tuple) and len(args[2]) >= 6:
        candidates.append(args[2][5])  # excepinfo scode
    if args:
        candidates.append(args[0])
    for value in candidates:
        if isinstance(value, int) and value:
            return value & 0xFFFFFFFF
    return None


def _sentence(err: BaseException) -> str:
    code = _hresult(err)
    if code in _ERRORS:
        return _ERRORS[code]
    return QT_TRANSLATE_NOOP("Notices", "The scanner reported an error; check that it is connected and switched on, "
                                        "then scan again.")


def _set(props: Any, prop_id: int, value: int) -> None:
    """Set a WIA property when the device has it (missing or read-only properties are skipped)."""
    with contextlib.suppress(Exception):  # unsupported here: the device keeps its own value
        props.Item(str(prop_id)).Value = value


class WiaScanner(_Scanner):
    """A `Scanner` over WIA 2.0 (Windows). See the module docstring: untested on this project's CI."""

    backend = "wia"

    def __init__(self, *, preferred_device: str | None = None, remember: RememberDevice | None = None) -> None:
        super().__init__(preferred_device=preferred_device, remember=remember)
        self._com_thread: int | None = None
        self._device: Any = None
        self._device_id: str | None = None

    def _com(self) -> Any:
        """win32com.client, with COM initialised for the calling thread."""
        try:
            import pythoncom  # type: ignore[import-not-found,unused-ignore]
            import win32com.client  # type: ignore[import-not-found,unused-ignore]
        except ImportError as err:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "Windows scanner support (pywin32) is not installed; "
                                                         "reinstall the station or use a network (eSCL) "
                                                         "scanner.")) from err
        if self._com_thread != threading.get_ident():
            pythoncom.CoInitialize()
            self._com_thread = threading.get_ident()
        return win32com.client

    def _manager(self) -> Any:
        try:
            return self._com().Dispatch("WIA.DeviceManager")
        except ScanError:
            raise
        except Exception as err:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The Windows scanner service (WIA) is not available; start "
                                                         "the 'Windows Image Acquisition' service and try "
                                                         "again.")) from err

    def _discover(self) -> list[ScannerDevice]:
        devices = []
        infos = self._manager().DeviceInfos
        for index in range(1, int(infos.Count) + 1):
            info = infos.Item(index)
            if int(info.Type) != SCANNER_DEVICE_TYPE:
                continue
            props = info.Properties

            def prop(name: str, props: Any = props) -> str:
                try:
                    return str(props.Item(name).Value)
                except Exception:
                    return ""

            devices.append(ScannerDevice(id=str(info.DeviceID), vendor=prop("Manufacturer"), model=prop("Name"),
                                         kind="scanner", backend="wia"))
        return devices

    def _open(self, device_id: str) -> ScannerCapabilities:
        infos = self._manager().DeviceInfos
        for index in range(1, int(infos.Count) + 1):
            info = infos.Item(index)
            if str(info.DeviceID) == device_id:
                try:
                    self._device = info.Connect()
                except Exception as err:
                    raise ScanError(_sentence(err)) from err
                self._device_id = device_id
                return self._capabilities()
        raise ScanError(QT_TRANSLATE_NOOP("Notices", "The chosen scanner is no longer available; choose Refresh and "
                                                     "pick it again."))

    def _capabilities(self) -> ScannerCapabilities:
        sources: list[Any] = ["flatbed"]
        try:
            handling = int(self._device.Properties.Item(str(DPS_DOCUMENT_HANDLING_CAPABILITIES)).Value)
            sources = (["flatbed"] if handling & FLATBED else []) + (["feeder"] if handling & FEEDER else [])
        except Exception:  # noqa: S110 - flatbed-only devices lack the property
            pass
        return ScannerCapabilities(resolutions=(150, 200, 300, 600), sources=tuple(sources) or ("flatbed",))

    def _scan(self, settings: ScanSettings, on_page: PageCallback) -> list[Rgb]:
        if self._device is None:
            self.open(None)
        feeder = settings.source == "feeder"
        _set(self._device.Properties, DPS_DOCUMENT_HANDLING_SELECT, FEEDER if feeder else FLATBED)
        _set(self._device.Properties, DPS_PAGES, 1)
        item = self._device.Items.Item(1)
        dpi = settings.resolution_dpi
        _set(item.Properties, IPS_CUR_INTENT, INTENT_COLOR if settings.mode == "color" else INTENT_GRAY)
        _set(item.Properties, IPS_XRES, dpi)
        _set(item.Properties, IPS_YRES, dpi)
        if settings.area_mm is not None:
            _set(item.Properties, IPS_XPOS, 0)
            _set(item.Properties, IPS_YPOS, 0)
            _set(item.Properties, IPS_XEXTENT, round(settings.area_mm[0] / 25.4 * dpi))
            _set(item.Properties, IPS_YEXTENT, round(settings.area_mm[1] / 25.4 * dpi))
        pages: list[Rgb] = []
        while len(pages) < (settings.max_pages if feeder else 1):
            self._cancel.raise_if_set()
            try:
                image = item.Transfer(WIA_FORMAT_PNG)
            except Exception as err:
                if feeder and pages and _hresult(err) == _PAPER_EMPTY:
                    break
                raise ScanError(_sentence(err)) from err
            data = bytes(image.FileData.BinaryData)
            try:
                pages.append(decode_still(data, name=f"page {len(pages) + 1}").rgb)
            except IntakeError as err:
                raise ScanError(Notice(QT_TRANSLATE_NOOP("Notices", "The scanner sent a page the station cannot read "
                                                                    "(%1); scan again."), err.message)) from err
            on_page(len(pages))
        return pages

    def close(self) -> None:
        self._device = None
        self._device_id = None
