"""Kiosk pieces: the admin PIN prompt and the success/failure sounds.

The PIN is checked against the salted hash in settings (never stored in plain). Sounds use QSoundEffect on
tiny WAV files from resources/sounds; with no audio device Qt reports an error status and nothing plays,
which is fine.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop_app.paths import resources_dir
from desktop_app.station.settings import verify_pin

log = logging.getLogger(__name__)


def ask_pin(parent: QWidget, pin_hash: str, reason: str) -> bool:
    """True when no PIN is set or the operator typed the right one."""
    if not pin_hash:
        return True
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(parent.tr("Administrator PIN"))
    dialog.setLabelText(reason)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setAccessibleName(parent.tr("Administrator PIN"))
    if not dialog.exec():
        return False
    return verify_pin(dialog.textValue(), pin_hash)


class Sounds(QObject):
    """`play("success")` / `play("failure")`; never raises, loads Qt Multimedia only on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects: dict[str, Any] = {}
        self._has_output: bool | None = None

    def _audio_output(self) -> bool:
        """Whether the computer has an audio output (asked once): without one QSoundEffect only warns."""
        if self._has_output is None:
            from PySide6.QtMultimedia import QMediaDevices

            self._has_output = not QMediaDevices.defaultAudioOutput().isNull()
        return self._has_output

    def _effect(self, name: str) -> Any:
        effect = self._effects.get(name)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect

            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / f"{name}.wav")))
            effect.setVolume(0.6)
            self._effects[name] = effect
        return effect

    def play(self, name: str) -> None:
        if not self.enabled:
            return
        try:
            if self._audio_output():
                self._effect(name).play()
        except Exception as err:  # no audio stack: stay silent
            log.info("sound %s not played: %s", name, type(err).__name__)
