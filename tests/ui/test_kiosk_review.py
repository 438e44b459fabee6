"""Kiosk locks (Clear session, the engine list and Open files behind the PIN), Space from the start, and the
review form: key fields above the fold at 1280x800, edited fields marked, Full name following the name parts,
the MRZ column named as such, TD1/TD2 card codes shown as ID cards, the resolution hint's figures."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.domain.mrz import parse_mrz, scan_result_from_mrz
from desktop_app.engines.base import Profile
from desktop_app.paths import resources_dir
from desktop_app.station.review_fields import REVIEW_FIELDS
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import hash_pin
from desktop_app.ui import i18n, theme
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.review_panel import KEY_FIELDS
from tests.imaging.framegen import make_frame
from tests.ui.conftest import until
from tests.ui.helpers import FixedPool, ScriptedEngine, sample_png
from tests.ui.test_kiosk_idle import answer_pin

pytestmark = pytest.mark.gui

SAMPLE = resources_dir() / "samples" / "passport_td3.jpg"


def make(qtbot, store, profiles, *, kiosk: bool = False, engines: dict | None = None) -> MainWindow:
    pool = FixedPool(engines or {"scripted": ScriptedEngine()}, profiles=profiles)
    window = MainWindow(ScanSession(store.load, engines=pool), store, kiosk=kiosk, profiles=profiles)
    # a kiosk window asks for the PIN to close: the test's teardown closes it without asking
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_allow_close", True))
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # shortcuts and the focus widget need the active window
    return window


def close_modal(seen: list[str]) -> None:
    """Close the next modal dialog (the file dialog) and note its type."""
    def close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        if dialog is not None:
            dialog.close()

    QTimer.singleShot(100, close)


def review(window: MainWindow, qloop, path_or_bytes, profile: str) -> int:
    async def scenario() -> int:
        if isinstance(path_or_bytes, bytes):
            item_id = window.session.submit_bytes(path_or_bytes, "guest.png", profile)
        else:
            item_id = window.session.submit_path(str(path_or_bytes), profile)
        await until(lambda: window.session.item(item_id).status == "needs_review", timeout=120, what="review")
        window.session_list.select(item_id)
        await until(window.review.is_reviewing, what="review page")
        return item_id

    return qloop.run_until_complete(scenario())


@pytest.fixture
def kiosk_theme(qapp):
    theme.apply_theme(qapp, kiosk=True)
    yield
    theme.apply_theme(qapp, kiosk=False)


def test_kiosk_pin_guards_clear_session(qtbot, qloop, store, profiles, kiosk_theme):
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), default_profile="scripted", idle_timeout_s=0,
                 sounds=False, csv_enabled=False)
    window = make(qtbot, store, profiles, kiosk=True)
    review(window, qloop, sample_png(), "scripted")
    answer_pin("1111")
    window.clear_session()
    assert window.session.items()  # a guest cannot clear the desk's session
    assert window.status_label.text() == "Wrong PIN."
    (shortcut,) = [s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Shift+Delete")]
    answer_pin(None)
    shortcut.activated.emit()
    assert window.session.items()  # the shortcut asks too
    answer_pin("2468")
    window.clear_button.click()
    assert not window.session.items()


def test_kiosk_pin_guards_open_files(qtbot, qloop, store, profiles, kiosk_theme):
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), idle_timeout_s=0, sounds=False)
    window = make(qtbot, store, profiles, kiosk=True)
    seen: list[str] = []
    answer_pin("0000")
    window.open_button.click()
    assert seen == []
    assert window.status_label.text() == "Wrong PIN."
    answer_pin("2468")
    close_modal(seen)
    window.open_button.click()
    assert seen == ["QFileDialog"]


def test_kiosk_pin_guards_the_csv_file(qtbot, qloop, store, profiles, kiosk_theme):
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), idle_timeout_s=0, sounds=False)
    window = make(qtbot, store, profiles, kiosk=True)
    seen: list[str] = []
    answer_pin("0000")
    window.export_target.change.click()
    assert seen == []  # a guest cannot send the desk's records elsewhere
    assert window.status_label.text() == "Wrong PIN."
    answer_pin("2468")
    close_modal(seen)
    window.export_target.change.click()
    assert seen == ["QFileDialog"]


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen platform and the list's popup
def test_kiosk_pin_guards_the_engine_list(qtbot, qloop, store, profiles, kiosk_theme):
    profiles.add(Profile(name="frontdesk", vendor="structocr"))
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), idle_timeout_s=0, sounds=False)
    window = make(qtbot, store, profiles, kiosk=True)
    combo = window.profile_combo
    assert combo.count() == 2
    before = combo.currentIndex()
    combo.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Space):
        answer_pin(None)
        qtbot.keyClick(combo, key)
        assert combo.currentIndex() == before
        assert not combo.view().isVisible()
    answer_pin("1234")
    combo.showPopup()
    assert not combo.view().isVisible()
    answer_pin("2468")
    combo.showPopup()
    assert combo.view().isVisible()
    combo.hidePopup()


def test_desk_mode_asks_no_pin(qtbot, qloop, store, profiles):
    store.update(kiosk_pin_hash=hash_pin("2468", iterations=1000), default_profile="scripted", idle_timeout_s=0,
                 sounds=False, csv_enabled=False)
    window = make(qtbot, store, profiles, kiosk=False)
    window.profile_combo.setFocus()
    qtbot.keyClick(window.profile_combo, Qt.Key.Key_Down)  # no PIN dialog: the key goes to the list
    assert QApplication.activeModalWidget() is None
    assert window.profile_combo.gate is None


@pytest.mark.parametrize("kiosk", [False, True])
def test_space_captures_from_the_first_second(qtbot, qloop, store, profiles, kiosk):
    """The capture button has the focus from the start, so the first Space captures (no camera here: the desk
    opens files, the kiosk says there is no camera) instead of opening the engine list."""
    store.update(idle_timeout_s=0, sounds=False)
    window = make(qtbot, store, profiles, kiosk=kiosk)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    focused = QApplication.focusWidget()
    assert focused is window.capture_button
    seen: list[str] = []
    if not kiosk:
        close_modal(seen)
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    assert not window.profile_combo.view().isVisible()
    if kiosk:
        assert window.status_label.text() == "No camera is running; ask the front desk."
    else:
        assert seen == ["QFileDialog"]


def _viewport_bottom(window: MainWindow, key: str) -> tuple[int, int]:
    editor = window.review.editor(key)
    viewport = window.review._scroll.viewport()
    bottom = editor.mapTo(viewport, editor.rect().bottomLeft()).y()
    return bottom, viewport.height()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kiosk", [False, True])
def test_key_fields_fit_above_the_fold(qtbot, qloop, qapp, store, profiles, kiosk, language):
    """At 1280x800 (kiosk fonts and Spanish labels too) the window stays 1280 px wide and every key field of a
    vendor's passport read is in view without scrolling."""
    engine = ScriptedEngine()
    store.update(default_profile="scripted", idle_timeout_s=0, sounds=False, csv_enabled=False)
    theme.apply_theme(qapp, kiosk=kiosk)
    i18n.install(qapp, language)
    try:
        window = make(qtbot, store, profiles, kiosk=kiosk, engines={"scripted": engine})
        review(window, qloop, sample_png(), "scripted")
        qtbot.wait(50)
        keys = [spec.key for spec in REVIEW_FIELDS if spec.key in KEY_FIELDS]
        assert len(keys) == 9
        assert window.width() == 1280
        viewport = window.review._scroll.viewport()
        form = window.review.editor("surname").parentWidget()
        assert form.minimumSizeHint().width() <= viewport.width()  # no column of the form cut off
        # nothing in the review is wider than its view (a wide label would cut the right edge of every section)
        assert window.review._content_host.minimumSizeHint().width() <= viewport.width()
        assert window.review._scroll.verticalScrollBar().value() == 0
        if os.environ.get("FOLD_SHOTS"):
            window.grab().save(f"{os.environ['FOLD_SHOTS']}/fold_{'kiosk' if kiosk else 'desk'}_{language}.png")
        for key in keys:
            bottom, height = _viewport_bottom(window, key)
            assert bottom <= height, (key, bottom, height)
    finally:
        theme.apply_theme(qapp, kiosk=False)
        i18n.install(qapp, "en")


def test_edited_field_is_marked_and_full_name_follows(qtbot, qloop, store, profiles):
    store.update(idle_timeout_s=0, sounds=False, csv_enabled=False, second_opinion=False)
    window = make(qtbot, store, profiles)
    review(window, qloop, SAMPLE, "local")
    panel = window.review
    badge = panel.findChild(QLabel, "validity_surname")
    original_badge = badge.text()
    assert panel.editor("full_name").text() == "BRAATHEN AASA"
    assert not panel.is_edited("surname")

    qtbot.keyClicks(panel.editor("surname"), "-SMITH")
    assert badge.text() == "✎ edited"
    assert badge.property("tone") == "warn"
    assert panel.is_edited("surname")
    assert panel.editor("full_name").text() == "BRAATHEN-SMITH AASA"
    assert panel.is_edited("full_name")
    panel.editor("given_names").setText("ASA MARIA")
    assert panel.editor("full_name").text() == "BRAATHEN-SMITH ASA MARIA"
    panel.editor("surname").setText("BRAATHEN")  # back to what was read: no longer marked
    assert badge.text() == original_badge
    assert not panel.is_edited("surname")

    qtbot.keyClicks(panel.editor("full_name"), " JR")  # typed by hand: it stops following
    panel.editor("surname").setText("OTHER")
    assert panel.editor("full_name").text() == "BRAATHEN ASA MARIA JR"
    assert panel.edits()["full_name"] == "BRAATHEN ASA MARIA JR"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_mrz_column_says_mrz(qtbot, qloop, qapp, store, profiles, language):
    store.update(idle_timeout_s=0, sounds=False, csv_enabled=False, second_opinion=False)
    i18n.install(qapp, language)
    try:
        window = make(qtbot, store, profiles)
        review(window, qloop, SAMPLE, "local")
        texts = [label.text() for label in window.review.findChildren(QLabel)]
        mrz = QCoreApplication.translate("ReviewPanel", "MRZ: %1").replace("%1", "440614")
        assert mrz in texts
        assert not any(t.startswith(("printed:", "impreso:")) for t in texts)
        assert mrz == "MRZ: 440614"  # the Spanish texts say MRZ too
    finally:
        i18n.install(qapp, "en")


class MrzEngine(ScriptedEngine):
    """Answers what a given MRZ says (the domain's own MRZ reading), as the offline engine would."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("card")
        self.lines = lines

    async def scan(self, still, options):  # type: ignore[no-untyped-def]
        self.calls += 1
        return scan_result_from_mrz(parse_mrz("\n".join(self.lines), today=dt.date(2025, 1, 1)))


@pytest.mark.parametrize("lines", [
    ["CDUTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"],
    ["A<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"],
    ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"],
], ids=["TD1-C", "TD2-A", "TD1-I"])
def test_card_codes_are_identity_cards(qtbot, qloop, store, profiles, lines):
    store.update(idle_timeout_s=0, sounds=False, csv_enabled=False, second_opinion=False)
    window = make(qtbot, store, profiles, engines={"card": MrzEngine(lines)})
    review(window, qloop, sample_png(), "card")
    headings = [label.text() for label in window.review.findChildren(QLabel, "heading")]
    assert any(h.startswith("National ID card") for h in headings), headings
    combo = window.review.editor("document_category")
    assert combo.currentData() == "national_id"


@pytest.mark.parametrize("language", ["en", "es"])
def test_resolution_hint_gives_the_mrz_character_height_and_dpi(qtbot, qapp, language):
    from desktop_app.imaging.quality import analyze
    from desktop_app.ui.live_view import LiveView

    i18n.install(qapp, language)
    try:
        frame = make_frame(0, "far")
        report = analyze(frame.rgb)
        check = report.check("resolution")
        assert check.status == "fail"
        view = LiveView()
        qtbot.addWidget(view)
        view.show_rgb(frame.rgb)
        view.set_report(report)
        char_px, dpi = check.detail["mrz_char_px"], check.detail["dpi"]
        expected = QCoreApplication.translate("Hints", "Move closer: MRZ %1 px high, %2 dpi (needs %3 px)").replace(
            "%1", f"{char_px:.0f}").replace("%2", f"{dpi:.0f}").replace("%3", f"{check.threshold:.0f}")
        assert expected in view.hints()
        assert f"{char_px:.0f} px" in expected
        assert f"{dpi:.0f} " in expected
        if language == "es":
            assert expected.startswith("Acérquese")
        view.resize(300, 300)  # a narrow view (the kiosk's left column): the hint wraps instead of being cut off
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(view._strip_font())
        rows = view._rows()
        assert len(rows) > len(view.hints())
        assert all(metrics.horizontalAdvance(text) <= view.width() - 20 for text, _ in rows)
        assert " ".join(t.strip() for t, _ in rows if t.strip()).endswith(expected.split(" ")[-1])
    finally:
        i18n.install(qapp, "en")
