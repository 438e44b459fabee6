"""The clipboard sink: one TSV data line (no header: it pastes as one spreadsheet row) or one JSON object.

The text is made in a worker thread; Qt allows the clipboard itself only on the GUI thread, where setting it
is one call.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from desktop_app.station.csv_sink import export_columns
from desktop_app.station.texts import translate

if TYPE_CHECKING:
    from desktop_app.station.confirmed import ConfirmedRecord
    from desktop_app.station.settings import StationSettings


def clipboard_text(row: dict[str, str], fmt: str, columns: tuple[str, ...]) -> str:
    if fmt == "json":
        return json.dumps({c: row.get(c, "") for c in columns}, ensure_ascii=False, indent=2)
    from desktop_app.domain.export_rows import rows_to_tsv

    lines = str(rows_to_tsv([row], columns)).split("\n")
    return lines[1] if len(lines) > 1 else ""


class ClipboardSink:
    name = "clipboard"

    def title(self) -> str:
        return translate("ScanSession", "clipboard")

    def wanted(self, settings: StationSettings) -> bool:
        return settings.clipboard_format != "off" and QGuiApplication.instance() is not None

    def busy_text(self) -> str:
        return ""

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None:
        if not self.wanted(settings):
            return None
        import asyncio  # lazily: the window shows before the event-loop machinery loads

        text = await asyncio.to_thread(clipboard_text, record.row(), settings.clipboard_format,
                                       export_columns(settings))
        self.copy(text)
        return None

    def copy(self, text: str) -> bool:
        """Put `text` on the clipboard now (GUI thread)."""
        if QGuiApplication.instance() is None:
            return False
        QGuiApplication.clipboard().setText(text)
        return True

    def close(self) -> None:
        return None
