"""Network (eSCL) scanners announced by mDNS/DNS-SD as `_uscan._tcp` (http) or `_uscans._tcp` (https).

Asked of the system's Avahi daemon through `avahi-browse` (Linux), so the station needs no mDNS library; where
it is missing nothing is found and the operator types the scanner's address instead.
"""

from __future__ import annotations

import logging
import shutil
import subprocess

from desktop_app.capture.scanner import ScannerDevice

log = logging.getLogger(__name__)
SERVICES = {"_uscan._tcp": "http", "_uscans._tcp": "https"}
BROWSE_TIMEOUT_S = 4.0


def _txt(field: str) -> dict[str, str]:
    """`"rs=eSCL" "ty=Fake 3000"` -> {"rs": "eSCL", "ty": "Fake 3000"}."""
    out: dict[str, str] = {}
    for part in field.split('" "'):
        key, sep, value = part.strip('"').partition("=")
        if sep:
            out[key.lower()] = value
    return out


def parse_avahi(text: str) -> list[ScannerDevice]:
    """The eSCL scanners in `avahi-browse --parsable --resolve` output (resolved `=` lines only)."""
    found: dict[str, ScannerDevice] = {}
    for line in text.splitlines():
        fields = line.split(";")
        if len(fields) < 10 or fields[0] != "=" or fields[4] not in SERVICES:
            continue
        name, service, address, port, txt = fields[3], fields[4], fields[7], fields[8], _txt(fields[9])
        host = f"[{address}]" if ":" in address else address
        root = txt.get("rs", "eSCL").strip("/")
        url = f"{SERVICES[service]}://{host}:{port}/{root}".rstrip("/")
        model = txt.get("ty", "") or name.replace("\\032", " ")
        found.setdefault(url, ScannerDevice(id=url, model=model, kind="network scanner", backend="escl"))
    return list(found.values())


def browse_escl() -> list[ScannerDevice]:
    """Ask Avahi for eSCL scanners on the local network (blocking, at most `BROWSE_TIMEOUT_S` per service)."""
    program = shutil.which("avahi-browse")
    if program is None:
        return []
    found: list[ScannerDevice] = []
    for service in SERVICES:
        try:
            done = subprocess.run([program, "--resolve", "--parsable", "--terminate", service],  # noqa: S603
                                  capture_output=True, text=True, timeout=BROWSE_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as err:
            log.info("mDNS browse of %s failed: %s", service, type(err).__name__)
            continue
        found += parse_avahi(done.stdout)
    return found
