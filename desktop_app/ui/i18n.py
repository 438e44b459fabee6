"""Translations: Qt Linguist files in resources/i18n (station_en.ts, station_es.ts and their compiled .qm).

Update after changing UI strings or operator sentences: run
`pyside6-lupdate -no-obsolete desktop_app/ui/*.py desktop_app/station/*.py desktop_app/engines/*.py
desktop_app/engines/local/*.py desktop_app/imaging/*.py desktop_app/domain/*.py desktop_app/capture/*.py
-ts resources/i18n/station_es.ts resources/i18n/station_en.ts` (engines/, imaging/, domain/ and capture/ hold the
`Notice` templates, marked with QT_TRANSLATE_NOOP("Notices", ...)) and
`pyside6-lrelease resources/i18n/station_es.ts resources/i18n/station_en.ts`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.paths import resources_dir
from desktop_app.station.texts import fill, translate

__all__ = ["LANGUAGES", "fill", "install", "pick_language", "translate"]

LANGUAGES = {"en": "English", "es": "Español"}
_installed: list[QTranslator] = []
_language = ["en"]  # the language `install` chose last


def language() -> str:
    """The language installed last ("en" before any)."""
    return _language[0]


def pick_language(setting: str) -> str:
    """The language to use: the setting, else the system's when we have it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, setting: str = "") -> str:
    """Install the station's and Qt's own translators; returns the language used."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = pick_language(setting)
    _language[0] = language
    if language == "en":
        return language  # the source strings are English: nothing to load
    station = QTranslator(app)
    if station.load(str(resources_dir() / "i18n" / f"station_{language}.qm")):
        app.installTranslator(station)
        _installed.append(station)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
