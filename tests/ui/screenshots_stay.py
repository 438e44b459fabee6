"""Screenshots of the stay panel and of each police file's missing-fields message, in Spanish and English (not part
of the test run; the sample documents are generated, no real person):

    python -m tests.ui.screenshots_stay /work/notes/shots/stay
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


async def _until(condition, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("screenshot scenario stalled")
        await asyncio.sleep(0.05)


def main(out: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.paths import resources_dir
    from desktop_app.station.engine_pool import EnginePool
    from desktop_app.station.profiles import ProfileStore
    from desktop_app.station.runner import QtLoop
    from desktop_app.station.session import ScanSession
    from desktop_app.station.settings import SettingsStore
    from desktop_app.station.stay import POLICE_TARGETS
    from desktop_app.ui import i18n, theme
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.stay_panel import StayPanel

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    samples = resources_dir() / "samples"
    with tempfile.TemporaryDirectory() as tmp, QtLoop(app) as loop:
        for language in ("es", "en"):
            i18n.install(app, language)
            theme.apply_theme(app, dark=False)
            store = SettingsStore(QSettings(str(Path(tmp) / f"{language}.conf"), QSettings.Format.IniFormat),
                                  preset_path=str(Path(tmp) / "none.conf"))
            store.update(csv_enabled=False, clipboard_format="off", idle_timeout_s=0, sounds=False,
                         registration_target="alloggiati", registration_folder=tmp, stay_nights=2)
            profiles = ProfileStore(user_path=str(Path(tmp) / "profiles.conf"), system_paths=[])
            session = ScanSession(store.load, engines=EnginePool(profiles=profiles))
            window = MainWindow(session, store, profiles=profiles)
            window.resize(1280, 860)
            window.show()

            async def scenario(window: MainWindow = window, session: ScanSession = session,
                               language: str = language, store: SettingsStore = store,
                               profiles: ProfileStore = profiles) -> None:
                ids = window.submit_paths([str(samples / "id_card_td1.jpg"), str(samples / "passport_td3.jpg")])
                await _until(lambda: all(session.item(i).status == "needs_review" for i in ids))
                head, member = ids
                window.session_list.select(head)
                await _until(window.review.is_reviewing)
                panel = window.review.findChild(StayPanel)
                panel.role.setCurrentIndex(panel.role.findData("head_family"))
                panel.edits["birth_country"].setText("DEU")
                panel.edits["birth_country"].textEdited.emit("DEU")
                window.review._scroll.ensureWidgetVisible(panel)
                await asyncio.sleep(0.3)
                window.grab().save(str(out / f"stay_panel_{language}.png"))
                window.review.request_confirm()
                await _until(lambda: session.item(head).status == "confirmed")
                window.session_list.select(member)
                await _until(window.review.is_reviewing)
                panel = window.review.findChild(StayPanel)
                panel.role.setCurrentIndex(panel.role.findData("member"))
                panel.head.setCurrentIndex(panel.head.findData(head))
                window.review._scroll.ensureWidgetVisible(panel)
                await asyncio.sleep(0.3)
                window.grab().save(str(out / f"stay_panel_member_{language}.png"))
                window.review.request_confirm()
                await _until(lambda: session.item(member).status == "confirmed")
                for target in POLICE_TARGETS:
                    store.update(registration_target=target)
                    dialog = window.police_button.open_dialog()
                    dialog.target.setCurrentIndex(dialog.target.findData(target))
                    dialog.start_export()
                    await asyncio.sleep(0.3)
                    dialog.grab().save(str(out / f"missing_{target}_{language}.png"))
                    dialog.reject()
                    await asyncio.sleep(0.1)
                from desktop_app.ui.settings_dialog import SettingsDialog

                settings = SettingsDialog(store, profiles=profiles, parent=window)
                settings.tabs.setCurrentWidget(settings.registration)
                settings.show()
                await asyncio.sleep(0.3)
                settings.grab().save(str(out / f"settings_registration_{language}.png"))
                settings.reject()

            loop.run_until_complete(scenario())
            window._allow_close = True
            window.close()
            loop.run_until_complete(session.aclose())
            window.deleteLater()
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/stay-shots"))
