"""Translated sentences for the operator: `translate` (found by pyside6-lupdate) and `fill` for placeholders."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translate(context: str, text: str) -> str:
    """`QCoreApplication.translate` (pyside6-lupdate finds `translate("Context", "text")` calls)."""
    return QCoreApplication.translate(context, text)


def fill(text: str, *args: object) -> str:
    """Replace the %1, %2… placeholders of a translated text."""
    for i, arg in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(arg))
    return text
