"""The main screens in Spanish show no English: a local read with warnings under review, a vendor's error (the
StructOCR fake without credits) and Settings. Engine sentences cross the seam as codes (`domain.notices`) and the
ui renders them; a sentence left in English, or a label the ui forgot to translate, fails here."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from desktop_app.engines.base import Profile
from desktop_app.engines.structocr import StructOcrEngine
from desktop_app.engines.transport import make_client
from desktop_app.station.session import ScanSession
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings_dialog import SettingsDialog
from tests.fakes.structocr_fake import StructOcrFake
from tests.ui.conftest import until

pytestmark = [pytest.mark.gui, pytest.mark.slow]

# Words of English sentences and labels that are not Spanish words (names and MRZ text never hold them).
ENGLISH = re.compile(
    r"\b(the|and|with|could|should|not|this|that|check|checks|read|was|were|from|failed|pass|fail|vendor|"
    r"performed|provided|available|image|quality|retry|settings|profile|document|digits|locally|warning|"
    r"field|fields|sent|service|please|retake|picture|scan|scanner|folder|file|camera|none|"
    r"unknown|yes|only|offline|engine|station|request|code|credits|key|keys|save|cancel|close|open|paste|"
    r"add|remove|test|connection|language|theme|sound|sounds|export|clipboard|idle|seconds?)\b",
    re.IGNORECASE)
ALLOWED = re.compile(r"StructOCR|TrustDecision|AccuAuth|Tencent|TD\b|MRZ|CSV|TSV|JSON|https?://\S+|\S+\.(png|csv)")


def shown_texts(root: QWidget) -> list[str]:
    """Every text the operator can see in `root`: labels, buttons, group titles, tabs, list and combo entries,
    placeholders, tooltips and accessible names."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()).replace("&nbsp;", " "))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
        texts.append(widget.accessibleName())
    return [t for t in texts if t]


def english_in(texts: list[str]) -> list[str]:
    return [t for t in texts if ENGLISH.search(ALLOWED.sub(" ", t))]


@pytest.fixture
def spanish(qapp):
    assert i18n.install(qapp, "es") == "es"
    yield
    i18n.install(qapp, "en")


def test_detector_finds_english():
    """The check itself catches English sentences and lets Spanish ones through."""
    assert english_in(["MRZ check digits fail locally (date of birth): compare the fields with the document."])
    assert english_in(["not provided by vendor"])
    assert not english_in(["Los dígitos de control de la MRZ fallan en la comprobación local (fecha de nacimiento)",
                           "Perfil structocr (StructOCR) · id de solicitud r-1"])


def test_review_error_and_settings_in_spanish(qtbot, qloop, spanish, store, profiles, tmp_path, keyring_ok):
    from tests.datagen import generate

    store.update(csv_path=str(tmp_path / "guests.csv"), idle_timeout_s=0, sounds=False, second_opinion=False)
    lines = list(generate(3, "td3", "clean").mrz_lines)
    wrong = "0" if lines[1][19] != "0" else "1"  # the date of birth's check digit, made wrong
    lines[1] = lines[1][:19] + wrong + lines[1][20:]
    doc = generate(3, "td3", "clean", printed_mrz=lines)
    import cv2

    ok, png = cv2.imencode(".png", cv2.cvtColor(doc.rgb, cv2.COLOR_RGB2BGR))
    assert ok
    (tmp_path / "passport.png").write_bytes(bytes(png))

    with StructOcrFake(credits=0) as fake:
        profiles.add(Profile(name="structocr", vendor="structocr", base_url=fake.base_url + "/v1"))
        client = make_client()
        engine = StructOcrEngine(profiles.get("structocr"), {"api_key": fake.api_key}, client)
        from tests.ui.helpers import FixedPool

        session = ScanSession(store.load, engines=FixedPool({"structocr": engine}, profiles=profiles))
        window = MainWindow(session, store, profiles=profiles)
        qtbot.addWidget(window)
        window.resize(1280, 900)
        window.show()

        async def scenario() -> None:
            local = session.submit_path(str(tmp_path / "passport.png"), "local")
            await until(lambda: not session.item(local).busy, timeout=120, what="offline read")
            item = session.item(local)
            assert item.status == "needs_review", item.message
            assert item.result.warnings, "the doctored check digit gives a warning"
            window.session_list.select(local)
            await until(window.review.is_reviewing, what="review page")
            shown = shown_texts(window)
            assert any("fallan en la comprobación local" in t for t in shown), shown
            assert english_in(shown) == [], english_in(shown)

            failed = session.submit_bytes(doc_png(), "guest-2.png", "structocr")
            await until(lambda: session.item(failed).status == "failed", what="the vendor's error")
            window.session_list.select(failed)
            await until(lambda: window.review.item_id() == failed, what="error page")
            shown = shown_texts(window)
            assert any("no tiene créditos" in t for t in shown), shown
            assert english_in(shown) == [], english_in(shown)

            dialog = SettingsDialog(store, profiles=profiles, parent=window)
            qtbot.addWidget(dialog)
            dialog.profile_list.setCurrentRow(0)
            dialog.show()
            for tab in range(dialog.tabs.count()):
                dialog.tabs.setCurrentIndex(tab)
                assert english_in(shown_texts(dialog)) == [], dialog.tabs.tabText(tab)
            dialog.close()

        def doc_png() -> bytes:
            return bytes(png)

        try:
            qloop.run_until_complete(scenario())
        finally:
            qloop.run_until_complete(session.aclose())
            qloop.run_until_complete(client.aclose())
