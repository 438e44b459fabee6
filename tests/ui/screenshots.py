"""Screenshots of the station for people to look at (not part of the test run):

    python -m tests.ui.screenshots /work/screenshots

Main window idle, live (a generated desk photo with the quality overlay), reviewing a passport (TD fake over
loopback: portrait, signature, quality and forgery blocks), reviewing the sample passport read by the offline
engine, an error (StructOCR fake without credits), the
settings dialog and kiosk mode; each in light and dark. Documents are generated: no real person.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.engines.base import Profile
    from desktop_app.engines.structocr import StructOcrEngine
    from desktop_app.engines.td import TdEngine
    from desktop_app.engines.transport import make_client
    from desktop_app.station.profiles import ProfileStore
    from desktop_app.station.runner import QtLoop
    from desktop_app.station.session import ScanSession
    from desktop_app.station.settings import SettingsStore
    from desktop_app.ui import theme
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.settings_dialog import SettingsDialog
    from tests.fakes.structocr_fake import StructOcrFake
    from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
    from tests.ui.helpers import FixedPool, sample_png

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as d, TdFake() as td, StructOcrFake(credits=0) as so, QtLoop(app) as loop:
        folder = Path(d)
        store = SettingsStore(QSettings(str(folder / "s.conf"), QSettings.Format.IniFormat),
                              preset_path=str(folder / "p"))
        store.update(csv_path=str(folder / "guests.csv"), idle_timeout_s=0, sounds=False, second_opinion=False)
        profiles = ProfileStore(user_path=str(folder / "profiles.conf"), system_paths=[])
        profiles.add(Profile(name="frontdesk-td", vendor="td", base_url=td.url, country="GB"))
        profiles.add(Profile(name="structocr", vendor="structocr", base_url=so.base_url + "/v1"))

        async def until(cond, timeout: float = 60) -> None:
            deadline = time.monotonic() + timeout
            while not cond():
                assert time.monotonic() < deadline
                await asyncio.sleep(0.05)

        async def shoot(dark: bool) -> None:
            suffix = "dark" if dark else "light"
            theme.apply_theme(app, dark=dark)
            client = make_client()
            engines = {
                "frontdesk-td": TdEngine(profiles.get("frontdesk-td"), {"partner_code": PARTNER_CODE,
                                                                         "partner_key": PARTNER_KEY}, client),
                "structocr": StructOcrEngine(profiles.get("structocr"), {"api_key": so.api_key}, client),
            }
            session = ScanSession(store.load, engines=FixedPool(engines, profiles=profiles))
            window = MainWindow(session, store, profiles=profiles)
            window.resize(1280, 800)
            window.show()
            await asyncio.sleep(0.3)
            window.grab().save(str(out / f"main-idle-{suffix}.png"))

            # live: a generated desk photo with our quality overlay
            from desktop_app.imaging.quality import analyze
            from tests.datagen import generate

            doc = generate(5, "td3", "photo")
            window.live_view.show_rgb(doc.rgb, window.tr("Live"))
            window.live_view.set_report(analyze(doc.rgb))
            await asyncio.sleep(0.2)
            window.grab().save(str(out / f"main-live-{suffix}.png"))

            # reviewing a passport read by TD
            window.reload_profiles("frontdesk-td")
            first = window.session.submit_bytes(sample_png(), "guest-passport.png", "frontdesk-td")
            await until(lambda: not session.item(first).busy)
            window.session_list.select(first)
            await until(lambda: session.item(first).live_quality is not None, timeout=30)
            await asyncio.sleep(0.3)
            window.grab().save(str(out / f"main-review-{suffix}.png"))

            # reviewing a passport from resources/samples read by the offline engine
            from desktop_app.paths import resources_dir

            window.reload_profiles("local")
            offline = window.session.submit_path(str(resources_dir() / "samples" / "passport_td3.jpg"), "local")
            await until(lambda: not session.item(offline).busy, timeout=120)
            window.session_list.select(offline)
            await until(lambda: session.item(offline).live_quality is not None, timeout=30)
            await asyncio.sleep(0.3)
            window.grab().save(str(out / f"main-review-offline-{suffix}.png"))
            window.review._scroll.verticalScrollBar().setValue(window.review._scroll.verticalScrollBar().maximum())
            await asyncio.sleep(0.2)
            window.grab().save(str(out / f"main-review-offline-checks-{suffix}.png"))

            # an error: no credits left
            failed = window.session.submit_bytes(sample_png(), "guest-2.png", "structocr")
            await until(lambda: session.item(failed).status == "failed")
            window.session_list.select(failed)
            await asyncio.sleep(0.3)
            window.grab().save(str(out / f"main-error-{suffix}.png"))

            dialog = SettingsDialog(store, profiles=profiles, parent=window)
            dialog.profile_list.setCurrentRow(0)
            dialog.show()
            await asyncio.sleep(0.3)
            dialog.grab().save(str(out / f"settings-{suffix}.png"))
            dialog.tabs.setCurrentIndex(1)
            await asyncio.sleep(0.1)
            dialog.grab().save(str(out / f"settings-export-{suffix}.png"))
            dialog.tabs.setCurrentIndex(2)
            await asyncio.sleep(0.1)
            dialog.grab().save(str(out / f"settings-capture-{suffix}.png"))
            dialog.close()
            window.hide()
            await session.aclose()

            theme.apply_theme(app, dark=dark, kiosk=True)
            session = ScanSession(store.load, engines=FixedPool(engines, profiles=profiles))
            kiosk = MainWindow(session, store, kiosk=True, profiles=profiles)
            kiosk.resize(1280, 800)
            kiosk.show()
            kiosk.live_view.show_rgb(doc.rgb, kiosk.tr("Live"))
            kiosk.live_view.set_report(analyze(doc.rgb))
            await asyncio.sleep(0.3)
            kiosk.grab().save(str(out / f"kiosk-{suffix}.png"))
            kiosk.hide()
            await session.aclose()
            await client.aclose()
            theme.apply_theme(app, dark=dark, kiosk=False)

        async def both() -> None:
            await shoot(False)
            await shoot(True)

        loop.run_until_complete(both())


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/screenshots"))
