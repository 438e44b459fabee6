"""GUI entry point (replaced by the operator's station in the GUI issue)."""

from __future__ import annotations

import sys


def run_gui(*, kiosk: bool = False, self_test: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop_app import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(f"{APP_NAME}: drop a document image here")
    label.setWindowTitle(APP_NAME)
    label.resize(640, 400)
    if kiosk:
        label.showFullScreen()
    else:
        label.show()
    if self_test:
        return 0
    return int(app.exec())
