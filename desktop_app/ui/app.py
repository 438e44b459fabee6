"""GUI entry point: `run_gui(kiosk=False, self_test=False) -> int`.

Builds the QApplication (high-DPI is on by default in Qt 6), theme and translations, the session on one
qasync loop, and the main window; runs until the window closes, then closes the engines and the shared
HTTP client. `self_test=True` shows the window once and returns 0 (used by smoke tests and bundles).
"""

from __future__ import annotations

import sys

from desktop_app import APP_NAME


def build_app(argv: list[str] | None = None) -> object:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("id-scan-station")
    QCoreApplication.setApplicationName(APP_NAME)
    return QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])


def run_gui(*, kiosk: bool = False, self_test: bool = False) -> int:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.station.runner import run_qt, wait_for_quit
    from desktop_app.station.session import ScanSession
    from desktop_app.station.settings import SettingsStore
    from desktop_app.ui import i18n, theme
    from desktop_app.ui.main_window import MainWindow

    app = build_app()
    assert isinstance(app, QApplication)
    store = SettingsStore()
    settings = store.load()
    kiosk = kiosk or settings.kiosk
    i18n.install(app, settings.language)
    theme.apply_theme(app, kiosk=kiosk)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: theme.apply_theme(app, kiosk=kiosk))
    app.setQuitOnLastWindowClosed(True)

    async def main() -> int:
        session = ScanSession(store.load)
        window = MainWindow(session, store, kiosk=kiosk)
        if kiosk:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
            window.showFullScreen()
        else:
            window.show()
        if not self_test:
            QTimer.singleShot(0, window.start_feed)
        try:
            if self_test:
                app.processEvents()
                window.force_close()
                app.processEvents()
                return 0
            return await wait_for_quit(app)
        finally:
            await session.aclose()

    return run_qt(app, main)
