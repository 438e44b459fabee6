"""Paste (the button and Ctrl+V) goes through the station's file source: image data and copied image files
become scans; a clipboard holding neither gets a plain, translated sentence."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QImage

from desktop_app.station.session import ScanSession
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qloop, store, profiles):
    store.update(idle_timeout_s=0, sounds=False, csv_enabled=False, second_opinion=False)
    engine = ScriptedEngine("local")
    session = ScanSession(store.load, engines=FixedPool({"local": engine}, profiles=profiles))
    win = MainWindow(session, store, profiles=profiles)
    qtbot.addWidget(win)
    win.show()
    yield win
    qloop.run_until_complete(session.aclose())
    QGuiApplication.clipboard().clear()


def read_items(window, qloop, count: int) -> list:
    async def wait() -> list:
        await until(lambda: len(window.session.items()) >= count, what="the pasted scan")
        await until(lambda: not any(i.busy for i in window.session.items()), what="the read")
        return window.session.items()

    return qloop.run_until_complete(wait())


def test_paste_image_data_with_the_button(window, qtbot, qloop):
    image = QImage.fromData(sample_png())
    assert not image.isNull()
    QGuiApplication.clipboard().setImage(image)
    qtbot.mouseClick(window.paste_button, Qt.MouseButton.LeftButton)
    (item,) = read_items(window, qloop, 1)
    assert item.status == "needs_review", item.message
    assert item.source == "pasted image.png"


def test_paste_a_copied_file_with_ctrl_v(window, qtbot, qloop, tmp_path):
    path = tmp_path / "guest passport.png"
    path.write_bytes(sample_png())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QGuiApplication.clipboard().setMimeData(mime)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (item,) = read_items(window, qloop, 1)
    assert item.status == "needs_review", item.message
    assert item.source == "guest passport.png"


def test_paste_text_says_there_is_no_image(window, qtbot, qloop, qapp):
    QGuiApplication.clipboard().setText("ERIKSSON ANNA MARIA")
    qtbot.mouseClick(window.paste_button, Qt.MouseButton.LeftButton)
    assert window.status_label.text() == ("The clipboard holds no image and no image file; copy a picture or an "
                                          "image file first.")
    assert window.session.items() == []
    try:
        assert i18n.install(qapp, "es") == "es"
        window.paste()
        assert window.status_label.text().startswith("El portapapeles no contiene ninguna imagen")
    finally:
        i18n.install(qapp, "en")


def test_a_copied_file_that_is_not_an_image_is_a_failed_scan(window, qtbot, qloop, tmp_path):
    path = tmp_path / "notes.png"
    path.write_bytes(b"not an image at all")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    QGuiApplication.clipboard().setMimeData(mime)
    window.paste()
    (item,) = read_items(window, qloop, 1)
    assert item.status == "failed"
    assert item.source == "notes.png"
