"""Colours and sizes: follows the OS light/dark scheme (QStyleHints.colorScheme), Fusion style everywhere.

Status colours are always paired with text (never colour alone) and keep a contrast ratio of at least 4.5:1
against the window background in both schemes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


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


_R = QPalette.ColorRole
# Each scheme's palette: role -> colour, and the disabled colour of text roles.
_DARK_ROLES = {
    _R.Window: "#202124", _R.WindowText: "#e8eaed", _R.Base: "#2a2b2e", _R.AlternateBase: "#303134",
    _R.ToolTipBase: "#2a2b2e", _R.ToolTipText: "#e8eaed", _R.Text: "#e8eaed", _R.Button: "#3c4043",
    _R.ButtonText: "#e8eaed", _R.BrightText: "#ffffff", _R.Highlight: "#8ab4f8", _R.HighlightedText: "#202124",
    _R.PlaceholderText: "#9aa0a6", _R.Link: "#8ab4f8",
}
_LIGHT_ROLES = {
    _R.Window: "#f6f7f9", _R.WindowText: "#1f1f1f", _R.Base: "#ffffff", _R.AlternateBase: "#eef0f3",
    _R.Text: "#1f1f1f", _R.Button: "#e9ebee", _R.ButtonText: "#1f1f1f", _R.Highlight: "#0b57d0",
    _R.HighlightedText: "#ffffff", _R.PlaceholderText: "#70757a", _R.Link: "#0b57d0",
}


def _palette(roles: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    p = QPalette()
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return p


def _dark_palette() -> QPalette:
    return _palette(_DARK_ROLES, "#80868b")


def _light_palette() -> QPalette:
    return _palette(_LIGHT_ROLES, "#9aa0a6")


TONES = ("ok", "bad", "warn", "muted")


def tone_color(tone: str) -> str:
    """The current scheme's colour of a tone ("ok", "bad", "warn", "muted")."""
    return str(getattr(colors(), tone if tone in TONES else "muted"))


def set_tone(widget: QWidget, tone: str, *, strong: bool = True) -> None:
    """Colour a label by tone ("" for none) through the style sheet, so it follows a light/dark switch."""
    if widget.property("tone") == tone and widget.property("strong") == strong:
        return
    widget.setProperty("tone", tone)
    widget.setProperty("strong", strong)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):  # a shown label picks up its new colour
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def style_sheet(*, kiosk: bool) -> str:
    c = colors()
    focus = c.accent
    big = "min-height: 56px; font-size: 16pt; padding: 6px 18px;" if kiosk else "min-height: 30px; padding: 3px 12px;"
    # the engine list is a large touch target; the review form's combo boxes keep the form's row height, so its
    # key fields fit above the fold at 1280x800
    combo = "QComboBox#profileCombo { min-height: 48px; font-size: 15pt; }" if kiosk else ""
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
QLabel[tone="ok"] {{ color: {c.ok}; }}
QLabel[tone="bad"] {{ color: {c.bad}; }}
QLabel[tone="warn"] {{ color: {c.warn}; }}
QLabel[tone="muted"] {{ color: {c.muted}; }}
QLabel[tone="ok"][strong="true"], QLabel[tone="bad"][strong="true"], QLabel[tone="warn"][strong="true"],
QLabel[tone="muted"][strong="true"] {{ font-weight: bold; }}
"""


def apply_theme(app: QApplication, *, kiosk: bool = False, dark: bool | None = None) -> None:
    """Fusion with a palette for the OS scheme (or `dark` when given); call again when the scheme changes."""
    if app.style().name().lower() != "fusion":  # often the default already; setting it again costs ~8 ms
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
