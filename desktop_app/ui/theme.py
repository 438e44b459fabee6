"""Colours and sizes: follows the OS light/dark scheme (QStyleHints.colorScheme), Fusion style everywhere.

Status colours are always paired with text (never colour alone) and keep a contrast ratio of at least 4.5:1
against the window background in both schemes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True, slots=True)
class Colors:
    dark: bool
    ok: str
    bad: str
    warn: str
    muted: str
    accent: str
    overlay_ok: str
    overlay_bad: str


LIGHT = Colors(False, ok="#1b6e20", bad="#b3261e", warn="#8a5a00", muted="#5f6368", accent="#0b57d0",
               overlay_ok="#2e7d32", overlay_bad="#d32f2f")
DARK = Colors(True, ok="#81c995", bad="#f28b82", warn="#fdd663", muted="#b0b3b8", accent="#8ab4f8",
              overlay_ok="#66bb6a", overlay_bad="#ef5350")


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


_current: list[Colors] = []
_base_font: list[float] = []


def colors() -> Colors:
    """The status colours for the current scheme (cached; `apply_theme` refreshes it)."""
    if not _current:
        _current.append(DARK if is_dark() else LIGHT)
    return _current[0]


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#2a2b2e"), QColor("#e8eaed")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#303134"))
    p.setColor(QPalette.ColorRole.ToolTipBase, base)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#3c4043"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#202124"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
    p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#80868b"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor("#f6f7f9"))
    p.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f1f"))
    p.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#eef0f3"))
    p.setColor(QPalette.ColorRole.Text, QColor("#1f1f1f"))
    p.setColor(QPalette.ColorRole.Button, QColor("#e9ebee"))
    p.setColor(QPalette.ColorRole.ButtonText, QColor("#1f1f1f"))
    p.setColor(QPalette.ColorRole.Highlight, QColor("#0b57d0"))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#70757a"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa0a6"))
    return p


def style_sheet(*, kiosk: bool) -> str:
    c = colors()
    focus = c.accent
    big = "min-height: 56px; font-size: 16pt; padding: 6px 18px;" if kiosk else "min-height: 30px; padding: 3px 12px;"
    combo = "QComboBox { min-height: 48px; font-size: 15pt; }" if kiosk else ""
    return f"""
QPushButton, QToolButton#action {{ {big} }}
{combo}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QPushButton#primary {{ background: {c.accent}; color: {'#202124' if c.dark else '#ffffff'}; font-weight: bold; }}
QPushButton#primary:disabled {{ background: palette(button); color: palette(mid); }}
QLabel#muted {{ color: {c.muted}; }}
QLabel#heading {{ font-size: {'20pt' if kiosk else '14pt'}; font-weight: bold; }}
QLabel#error {{ color: {c.bad}; font-weight: bold; }}
QLabel#warning {{ color: {c.warn}; font-weight: bold; }}
QLabel#ok {{ color: {c.ok}; font-weight: bold; }}
"""


def apply_theme(app: QApplication, *, kiosk: bool = False, dark: bool | None = None) -> None:
    """Fusion with a palette for the OS scheme (or `dark` when given); call again when the scheme changes."""
    app.setStyle("Fusion")
    _current.clear()
    if dark is None:
        scheme = QGuiApplication.styleHints().colorScheme()
        dark = scheme == Qt.ColorScheme.Dark if scheme != Qt.ColorScheme.Unknown else is_dark()
    app.setPalette(_dark_palette() if dark else _light_palette())
    _current.append(DARK if dark else LIGHT)
    font = app.font()
    if not _base_font:
        _base_font.append(font.pointSizeF() if font.pointSizeF() > 0 else 10.0)
    font.setPointSizeF(_base_font[0] * (1.4 if kiosk else 1.0))
    app.setFont(font)
    app.setStyleSheet(style_sheet(kiosk=kiosk))
