"""Sentences for the operator that cross the seam as codes: a `Notice` is its English text (what the CLI prints
and the JSON carries, unchanged) and also its code (the English template, marked for Qt's translation tools)
plus the parameters, so `station.notice_texts` shows it in the operator's language.

Pure Python: no Qt. `QT_TRANSLATE_NOOP("Notices", "...")` only marks a template for `pyside6-lupdate` (which
scans engines/, imaging/ and domain/ as well); the translation happens in the station.
"""

from __future__ import annotations

from typing import Any

CONTEXT = "Notices"  # the Qt translation context of every template


def QT_TRANSLATE_NOOP(context: str, template: str) -> str:
    """Mark `template` for translation in `context`; returns it unchanged."""
    return template


def fill(template: str, params: tuple[object, ...]) -> str:
    """Replace %1, %2… (Qt's placeholders) by the parameters, last first so %1 does not eat %10."""
    for i in range(len(params), 0, -1):
        template = template.replace(f"%{i}", str(params[i - 1]))
    return template


class Notice(str):
    """An operator sentence: the English text, carrying its `template` (the code) and `params`.

    A parameter is a plain value (a number, a vendor's code or its own words) or another `Notice` (translated in
    its turn). Being a `str`, a notice goes into `ScanResult.warnings`, `ErrorInfo.message` and the CLI's JSON
    exactly as the English sentence did.
    """

    template: str
    params: tuple[object, ...]

    def __new__(cls, template: str, *params: object) -> Notice:
        self = super().__new__(cls, fill(template, params))
        self.template = template
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Notice, (self.template, *self.params))

    def __deepcopy__(self, memo: dict[int, Any]) -> Notice:
        return self  # immutable


def listed(items: list[str], separator: str = QT_TRANSLATE_NOOP("Notices", "%1, %2")) -> str:
    """Items joined by `separator` (a two-place template: "%1, %2", or "%1 or %2"), each kept translatable."""
    if not items:
        return ""
    joined = items[0]
    for item in items[1:]:
        joined = Notice(separator, joined, item)
    return joined

