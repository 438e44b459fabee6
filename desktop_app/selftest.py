"""`scanstation --self-test`: prove that an installed station (or a bundle) has every part it needs.

Checks Qt (offscreen), Qt Multimedia, the keyring backend, the offline engine's models and a read of a bundled
sample document; prints one line per part and exits 0 only when every part worked.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import Callable


def _qt() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])
    return f"Qt {qVersion()} on platform {QGuiApplication.platformName()}"


def _multimedia() -> str:
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

    cameras = len(QMediaDevices.videoInputs())
    decoders = len(QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode))
    if decoders == 0:  # no backend plugin loaded: the camera preview would never show a frame
        raise RuntimeError("no Qt Multimedia backend (FFmpeg plugin) could be loaded")
    return f"Qt Multimedia loaded ({cameras} camera(s), {decoders} decodable container formats)"


def _keyring() -> str:
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise RuntimeError("no OS keyring backend is available")
    # A read of an entry that never exists: proves the backend answers (in time), stores nothing.
    from desktop_app.station.credentials import bounded

    bounded(lambda: backend.get_password("id-scan-station", "self-test:absent"), "read")
    return f"keyring backend {type(backend).__module__}.{type(backend).__name__} answered"


def _offline_read() -> str:
    from desktop_app.engines.local import LocalEngine
    from desktop_app.engines.profile import Profile
    from desktop_app.imaging.intake import load_still
    from desktop_app.paths import sample_documents
    from desktop_app.station.pipeline import read_document

    samples = sample_documents()
    if not samples:
        raise RuntimeError("no bundled sample documents found")
    engine = LocalEngine(Profile(name="local", vendor="local"))
    t0 = time.perf_counter()
    result = asyncio.run(read_document(engine, load_still(str(samples[0]))))
    elapsed = time.perf_counter() - t0
    if result.mrz.local_check != "pass":
        raise RuntimeError(f"sample {samples[0].name} read with MRZ check {result.mrz.local_check}")
    quality = result.checks.image_quality
    portrait = next((item.status for item in quality.items if item.check == "portrait"), None) if quality else None
    if portrait != "pass":  # the face detector (dlib) is in the bundle and finds the sample's face
        raise RuntimeError(f"sample {samples[0].name}: portrait check {portrait}, expected pass")
    return f"offline engine read {samples[0].name} (MRZ check pass, face found, {elapsed:.1f} s incl. model load)"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("qt", _qt),
    ("multimedia", _multimedia),
    ("keyring", _keyring),
    ("offline-engine", _offline_read),
]


def run() -> int:
    failures = 0
    for name, check in CHECKS:
        try:
            detail = check()
        except Exception as err:  # report every part, never a traceback
            failures += 1
            print(f"FAIL {name}: {type(err).__name__}: {err}")
        else:
            print(f"ok   {name}: {detail}")
    print("self-test passed" if failures == 0 else f"self-test failed: {failures} part(s)")
    return 0 if failures == 0 else 1
