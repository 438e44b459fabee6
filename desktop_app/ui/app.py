"""GUI entry point: `run_gui(kiosk=False, self_test=False) -> int`.

Builds the QApplication (high-DPI is on by default in Qt 6), theme and translations, the session on one
qasync loop, and the main window; runs until the window closes, then closes the engines and the shared
HTTP client. `self_test=True` shows the window once and returns 0 (used by smoke tests and bundles).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from typing import TYPE_CHECKING

from desktop_app import APP_ID, APP_NAME

if TYPE_CHECKING:
    from desktop_app.station.settings import StationSettings

log = logging.getLogger(__name__)


def build_app(argv: list[str] | None = None) -> object:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_NAME)
    return QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])


def _warmup_class() -> type:
    from PySide6.QtCore import QObject, Signal

    class Warmup(QObject):
        """Imports the heavy parts (numpy, OpenCV, the engines, httpx) in a thread once the window shows, then,
        when the offline engine may be used, loads its recognition model so the first offline scan does not
        wait for it."""

        done = Signal()  # the modules are imported (the profile list can load)
        model_ready = Signal()  # the offline model is loaded (only with `offline=True`)

        def __init__(self, parent: QObject | None = None, *, offline: bool = False) -> None:
            super().__init__(parent)
            self.offline = offline
            self.model_thread = ""  # the thread that loaded the offline model (never the GUI thread)

        def start(self) -> threading.Thread:
            thread = threading.Thread(target=self._run, name="station-warmup", daemon=True)
            thread.start()
            return thread

        def _run(self) -> None:
            from desktop_app.station.workers import READ_PATH_MODULES  # the first read needs these too

            for module in (*WARM_MODULES, *READ_PATH_MODULES):
                try:
                    importlib.import_module(module)
                except Exception as err:  # a missing part shows up again, with a sentence, when used
                    log.info("warm-up import of %s failed: %s", module, type(err).__name__)
            self.done.emit()
            if not self.offline:
                return
            try:
                from desktop_app.station.startup import warm_up_offline

                warm_up_offline()
            except Exception as err:  # the first offline scan loads the model (and reports a problem) instead
                log.info("offline model warm-up failed: %s", type(err).__name__)
                return
            self.model_thread = threading.current_thread().name
            self.model_ready.emit()

    return Warmup


WARM_MODULES = ("numpy", "desktop_app.imaging.intake", "desktop_app.station.pipeline", "desktop_app.station.profiles",
                "desktop_app.engines.registry", "desktop_app.domain.export_rows", "desktop_app.station.export",
                "desktop_app.imaging.quality")


def offline_may_be_used(settings: StationSettings) -> bool:
    """The offline engine reads scans by default, or re-reads vendor answers (the second opinion)."""
    return settings.default_profile == "local" or settings.second_opinion


def run_gui(*, kiosk: bool = False, self_test: bool = False) -> int:
    import gc

    # No cyclic collection while the window is built: start-up allocates ~90,000 long-lived objects, and
    # collections in the middle of it walk them again and again. They are frozen once the window shows; from
    # then on the Qt loop collects, on the GUI thread only (station.gui_gc).
    gc.disable()
    from desktop_app.station.startup import install_sigpipe_guard

    install_sigpipe_guard()  # a SANE scan must not turn a broken vendor socket into a crash
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.station.session import ScanSession
    from desktop_app.station.settings import SettingsStore
    from desktop_app.ui import i18n, theme
    from desktop_app.ui.main_window import MainWindow

    app = build_app()
    assert isinstance(app, QApplication)
    Warmup = _warmup_class()
    store = SettingsStore()
    settings = store.load()
    kiosk = kiosk or settings.kiosk
    i18n.install(app, settings.language)
    theme.apply_theme(app, kiosk=kiosk)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: theme.apply_theme(app, kiosk=kiosk))
    app.setQuitOnLastWindowClosed(True)

    # The window shows first; asyncio, qasync and the heavy parts load after its first paint.
    session = ScanSession(store.load)
    window = MainWindow(session, store, kiosk=kiosk, defer_profiles=True)
    if kiosk:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
    else:
        window.show()
    app.processEvents()
    gc.freeze()

    from desktop_app.station.gui_gc import freeze_survivors
    from desktop_app.station.runner import run_qt, wait_for_quit

    async def main() -> int:
        warm = Warmup(app, offline=offline_may_be_used(store.load()))
        warm.done.connect(lambda: window.reload_profiles(store.load().default_profile))
        warm.done.connect(freeze_survivors)  # later full collections skip the modules and Qt wrappers
        warm.model_ready.connect(freeze_survivors)  # and the offline model
        QTimer.singleShot(50, warm.start)
        if not self_test:
            QTimer.singleShot(0, window.start_feed)
        try:
            if self_test:
                window.force_close()
                app.processEvents()
                return 0
            return await wait_for_quit(app)
        finally:
            await session.aclose()

    return run_qt(app, main)
