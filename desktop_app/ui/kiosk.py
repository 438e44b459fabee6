"""Kiosk pieces: the admin PIN prompt, a combo box that asks for it, and the success/failure sounds.

The PIN is checked against the salted hash in settings (never stored in plain). Sounds use QSoundEffect on
tiny WAV files from resources/sounds; with no audio device Qt reports an error status and nothing plays,
which is fine.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QWidget

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


class GatedCombo(QComboBox):
    """A combo box whose choice changes only after `gate()` allows it (kiosk mode: the admin PIN).

    With a gate, the list opens only when the gate says yes; the wheel and the arrow or letter keys, which
    would change the choice without opening the list, open it through the gate instead. Without one (`None`,
    the staffed desk) it is a plain combo box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate: Callable[[], bool] | None = None

    def showPopup(self) -> None:
        if self.gate is not None and not self.gate():
            return
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.gate is not None:
            event.ignore()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.gate is not None and event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape):
            event.accept()
            self.showPopup()
            return
        super().keyPressEvent(event)


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
