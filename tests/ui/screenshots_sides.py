"""Screenshots of the two-sides and batch screens, in English and Spanish, light and dark (not part of the test run):

    python -m tests.ui.screenshots_sides OUT_DIR

1. asked for the other side (an AccuAuth card front read through the loopback fake);
2. the merged record (its back scanned next), the sides bar saying what came from which side;
3. a batch of 40 files being read (progress bar and Cancel), with a slow test engine.
Documents are generated or synthetic: no real person.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.engines.accuauth import AccuAuthEngine
    from desktop_app.engines.base import Profile
    from desktop_app.engines.transport import make_client
    from desktop_app.station.profiles import ProfileStore
    from desktop_app.station.runner import QtLoop
    from desktop_app.station.session import ScanSession
    from desktop_app.station.settings import SettingsStore
    from desktop_app.ui import i18n, session_list, theme
    from desktop_app.ui.main_window import MainWindow
    from tests.datagen.sides import card_sides, jpeg
    from tests.fakes.accuauth_fake import AccuAuthFake
    from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    with tempfile.TemporaryDirectory() as d, AccuAuthFake() as fake, QtLoop(app) as loop:
        folder = Path(d)
        store = SettingsStore(QSettings(str(folder / "s.conf"), QSettings.Format.IniFormat),
                              preset_path=str(folder / "p"))
        store.update(csv_path=str(folder / "guests.csv"), idle_timeout_s=0, sounds=False, second_opinion=False)
        profiles = ProfileStore(user_path=str(folder / "profiles.conf"), system_paths=[])
        profiles.add(Profile(name="accuauth-ecuador", vendor="accuauth", base_url=fake.base_url, country="ecuador"))
        profiles.add(Profile(name="batch-test", vendor="structocr"))
        front_rgb, back_rgb, _ = card_sides()  # real-looking pictures pass the image gate
        paths, page = [], sample_png()
        for i in range(40):
            path = folder / f"guest-{i:03d}.png"
            path.write_bytes(page)
            paths.append(str(path))

        async def until(cond, timeout: float = 60) -> None:  # type: ignore[no-untyped-def]
            deadline = time.monotonic() + timeout
            while not cond():
                assert time.monotonic() < deadline
                await asyncio.sleep(0.05)

        async def shoot(language: str, dark: bool) -> None:
            suffix = f"{language}-{'dark' if dark else 'light'}"
            i18n.install(app, language)
            session_list._status_texts.clear()  # cached per language
            theme.apply_theme(app, dark=dark)
            client = make_client()
            accuauth = AccuAuthEngine(profiles.get("accuauth-ecuador"),
                                      {"api_id": fake.api_id, "api_secret": fake.api_secret}, client)
            engines = {"accuauth-ecuador": accuauth, "batch-test": ScriptedEngine("batch-test", delay_s=0.3)}
            session = ScanSession(store.load, engines=FixedPool(engines, profiles=profiles))
            window = MainWindow(session, store, profiles=profiles)
            window.resize(1280, 800)
            window.reload_profiles("accuauth-ecuador")
            window.show()
            fake.back_mrz, fake.scenarios = TD1, ["front", "back"]
            front = window.submit_bytes(jpeg(front_rgb), "card-front.jpg")
            await until(lambda: window.pairing.ask is not None)
            window.session_list.select(front)
            await asyncio.sleep(0.3)
            window.grab().save(str(out / f"asked-for-back-{suffix}.png"))
            back = window.submit_bytes(jpeg(back_rgb), "card-back.jpg")
            await until(lambda: session.item(back).status == "linked")
            window.session_list.select(front)
            await asyncio.sleep(0.4)
            window.grab().save(str(out / f"merged-record-{suffix}.png"))
            window.reload_profiles("batch-test")
            window.submit_paths(paths)
            await until(lambda: window.batch_bar.bar.value() >= 6)
            await asyncio.sleep(0.2)
            window.grab().save(str(out / f"batch-progress-{suffix}.png"))
            window.batch_bar.cancel()
            window.hide()
            await session.aclose()
            await client.aclose()

        async def run() -> None:
            for language in ("en", "es"):
                for dark in (False, True):
                    await shoot(language, dark)

        loop.run_until_complete(run())
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("screenshots"))
