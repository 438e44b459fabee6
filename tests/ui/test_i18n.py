"""Translations: every engine sentence has a Spanish text; the Spanish .qm loads and translates the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.paths import resources_dir
from desktop_app.station.notice_texts import error_text, operator_text
from desktop_app.ui import i18n

pytestmark = pytest.mark.gui
TRANSLATED_DIRS = ("ui", "station", "engines", "engines/local", "imaging", "domain", "capture")  # see ui/i18n.py


def test_engine_errors_cross_as_codes(qapp):
    """An engine error's sentence is its English text (the CLI's) and carries its template and parameters."""
    for category, english in OPERATOR_SENTENCES.items():
        err = EngineError(category, request_id="r-1")
        assert str(err) == english + " (request id r-1)", category
        assert error_text(err) == english + " (request id r-1)", category


@pytest.mark.parametrize("language", ["en", "es"])
def test_ts_files_are_complete(language):
    tree = ET.parse(resources_dir() / "i18n" / f"station_{language}.ts")
    messages = tree.getroot().findall(".//message")
    assert len(messages) > 100
    unfinished = [m.findtext("source") for m in messages
                  if (m.find("translation").get("type") in ("unfinished",)) or not (m.findtext("translation") or "")]
    assert unfinished == []
    assert (resources_dir() / "i18n" / f"station_{language}.qm").is_file()


def test_spanish_translates_the_ui(qapp):
    try:
        assert i18n.install(qapp, "es") == "es"
        assert QCoreApplication.translate("SessionList", "Needs review") != "Needs review"
        err = EngineError("quota_exhausted", vendor_code="Q1", request_id="r-9")
        assert error_text(err) == ("La cuenta no tiene créditos ni cuota; recárguela o cambie a otro perfil. "
                                   "(código Q1, id de solicitud r-9)")
        assert str(err).endswith("(code Q1, request id r-9)")  # what the CLI prints stays English
        assert operator_text("plain words") == "plain words"
    finally:
        i18n.install(qapp, "en")


def test_no_new_untranslated_strings(tmp_path):
    """pyside6-lupdate over the UI and the operator sentences finds no source text the shipped .ts files lack."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    repo = resources_dir().parent
    sources = [str(p) for d in TRANSLATED_DIRS for p in sorted((repo / "desktop_app" / d).glob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    shipped = {m.findtext("source") for m in ET.parse(resources_dir() / "i18n" / "station_es.ts").getroot()
               .iter("message")}
    assert found - shipped == set()


def test_every_field_label_has_a_translated_text(qapp):
    """The English labels are one table (domain.field_labels); the ui's translated list covers every key."""
    from desktop_app.domain.field_labels import FIELD_LABELS
    from desktop_app.ui.review_panel import field_label

    try:
        assert i18n.install(qapp, "es") == "es"
        for key, english in FIELD_LABELS.items():
            assert field_label(key) not in (english, key.replace("_", " ").capitalize()), key
    finally:
        i18n.install(qapp, "en")
    assert {key: field_label(key) for key in FIELD_LABELS} == FIELD_LABELS


def test_quality_hints_cross_as_codes_and_show_in_spanish(qapp):
    """A check's hint is its English code; the live view and the review show it in the operator's language."""
    from desktop_app.imaging.quality_types import HINT_BOUNDS, HINT_DARK, HINT_GLARE, Check, QualityReport
    from desktop_app.ui.live_view import LiveView

    report = QualityReport(checks=(Check("exposure", "fail", hint=HINT_DARK),
                                   Check("bounds", "fail", hint=HINT_BOUNDS),
                                   Check("glare", "fail", hint=HINT_GLARE.format(where="left"),
                                         detail={"location": "left"}),
                                   Check("focus", "pass")), frame_size=(640, 480))
    view = LiveView()
    try:
        view.set_report(report)
        assert view.hints() == [HINT_DARK, HINT_BOUNDS, HINT_GLARE.format(where="left")]  # English is the code
        assert i18n.install(qapp, "es") == "es"
        assert view.hints() == ["Demasiado oscuro: añada luz", "El documento entero debe verse",
                                "Reflejo a la izquierda: incline un poco el documento"]
    finally:
        i18n.install(qapp, "en")
        view.deleteLater()


def test_capture_sentences_cross_as_codes(qapp):
    """Scanner, camera and two-sides sentences are Notices: English for logs and tests, Spanish on Spanish screens."""
    from desktop_app.capture.camera import CAMERA_GONE
    from desktop_app.capture.scanner import ScanCancelled
    from desktop_app.domain.notices import Notice
    from desktop_app.domain.sides import COMPARED, disagreement_warning, failed_side_warning

    err = ScanCancelled()
    assert str(err) == "The scan was cancelled."
    try:
        assert i18n.install(qapp, "es") == "es"
        assert error_text(err) == "Se canceló el escaneo."
        assert operator_text(Notice(CAMERA_GONE)).startswith("La cámara se desconectó")
        assert operator_text(disagreement_warning(COMPARED[0][2])).startswith(
            "El anverso y el reverso no coinciden (fecha de nacimiento)")
        assert operator_text(failed_side_warning("back")).startswith("No se pudo leer el reverso")
    finally:
        i18n.install(qapp, "en")


def test_edit_errors_name_the_field_in_spanish(qapp):
    from desktop_app.station.review_fields import FIELD_BY_KEY, EditError, validate_edit

    try:
        assert i18n.install(qapp, "es") == "es"
        with pytest.raises(EditError) as err:
            validate_edit(FIELD_BY_KEY["sex"], "Q")
        assert str(err.value).startswith("Sexo:")
    finally:
        i18n.install(qapp, "en")
    with pytest.raises(EditError) as err:
        validate_edit(FIELD_BY_KEY["sex"], "Q")
    assert str(err.value) == "Sex: use M, F or X."


def test_keyring_and_profile_sentences_in_spanish(qapp):
    """What Settings shows when the keyring is missing or a profile is wrong is translated too."""
    from desktop_app.engines.profile import Profile
    from desktop_app.station.credentials import _NO_KEYRING, CredentialError
    from desktop_app.station.profiles import ProfileError, validate

    missing = CredentialError(_NO_KEYRING)
    with pytest.raises(ProfileError) as wrong:
        validate(Profile(name="front", vendor="td", country="Spain"))
    assert str(wrong.value) == "TD profiles need a two-letter country code such as PH or EC, not 'Spain'"
    try:
        assert i18n.install(qapp, "es") == "es"
        assert error_text(missing).startswith("no se encontró ningún llavero del sistema")
        assert error_text(wrong.value) == ("los perfiles de TD necesitan un código de país de dos letras como PH o "
                                           "EC, no 'Spain'")
    finally:
        i18n.install(qapp, "en")


def test_export_failures_in_spanish(qapp, tmp_path):
    """The "confirmed but NOT saved" page says why in the operator's language."""
    from desktop_app.station.export import ExportError, append_csv_rows

    with pytest.raises(ExportError) as err:
        append_csv_rows(tmp_path, [{}])  # a folder, not a file
    assert str(err.value) == f"{tmp_path.name} is a folder, not a file; choose a file name for the export."
    try:
        assert i18n.install(qapp, "es") == "es"
        assert error_text(err.value) == (f"{tmp_path.name} es una carpeta, no un archivo; elija un nombre de "
                                         "archivo para la exportación.")
    finally:
        i18n.install(qapp, "en")
