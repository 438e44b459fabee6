"""Which scanner backend a chosen device means, and the scanners this computer can offer.

A choice is stored as text: `escl:<eSCL root URL>` (a network scanner, e.g. `escl:http://192.168.1.20/eSCL`),
`wia:<device id>` (Windows), `sane:<device name>`; a bare name (the station's older setting) is a SANE device.
"""

from __future__ import annotations

import logging
import sys
from urllib.parse import urlsplit

from desktop_app.capture.scanner import ScanError, Scanner, ScannerDevice
from desktop_app.domain.notices import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)
BACKENDS = ("sane", "escl", "wia")


def split_choice(choice: str) -> tuple[str, str]:
    """(backend, device id) of a stored choice."""
    backend, sep, device = choice.strip().partition(":")
    if sep and backend in BACKENDS and (backend != "sane" or device):
        return backend, device
    return "sane", choice.strip()


def choice_of(device: ScannerDevice) -> str:
    return f"{device.backend or 'sane'}:{device.id}"


def escl_choice(url: str) -> str | None:
    """The choice for an eSCL root URL the operator typed, or None when it is not an http(s) URL."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    return f"escl:{url}" if parts.scheme in ("http", "https") and parts.hostname else None


def scanner_for(choice: str) -> tuple[Scanner, str]:
    """The blocking `Scanner` for a choice and the device id to open with it; ScanError when this computer has
    no such backend."""
    backend, device = split_choice(choice)
    if backend == "escl":
        from desktop_app.capture.escl import EsclScanner

        try:
            return EsclScanner([device], preferred_device=device), device
        except ValueError as err:
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "The network scanner's address is not an http(s) address; "
                                                         "check it in Settings.")) \
                from err
    if backend == "wia":
        if sys.platform != "win32":
            raise ScanError(QT_TRANSLATE_NOOP("Notices", "Windows scanners (WIA) work only on Windows; choose another "
                                                         "scanner in Settings."))
        from desktop_app.capture.wia_scanner import WiaScanner

        return WiaScanner(preferred_device=device), device
    from desktop_app.capture.sane_scanner import SaneScanner

    return SaneScanner(preferred_device=device), device


def local_scanners() -> list[ScannerDevice]:
    """The scanners this computer can offer: the system's drivers (SANE; WIA on Windows) and the network (eSCL)
    scanners mDNS announces. Blocking: call it in a worker thread. A backend that is missing or fails lists
    nothing."""
    found: list[ScannerDevice] = []
    scanners: list[Scanner] = []
    if sys.platform == "win32":
        from desktop_app.capture.wia_scanner import WiaScanner

        scanners.append(WiaScanner())
    else:
        from desktop_app.capture.sane_scanner import SaneScanner

        scanners.append(SaneScanner())
    for scanner in scanners:
        try:
            found += scanner.list_devices(refresh=True)
        except ScanError as err:
            log.info("%s scanners not listed: %s", scanner.backend, type(err).__name__)
        finally:
            scanner.close()
    from desktop_app.capture.escl_discovery import browse_escl

    return found + browse_escl()
