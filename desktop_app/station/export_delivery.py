"""Delivering a confirmed row: the clipboard at once (GUI thread), the CSV append in a worker thread.

The append can wait for another program's lock (up to `export.LOCK_TIMEOUT_S`) and always syncs to disk, so it
never runs on the GUI thread. One writer thread: this station's appends stay in confirm order.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from desktop_app.station.settings import StationSettings


class Exporter:
    """Confirmed rows go to the CSV file (durable append) and/or the clipboard, as the settings say."""

    def __init__(self, settings: Callable[[], StationSettings]) -> None:
        self._settings = settings
        self._writer: ThreadPoolExecutor | None = None

    def columns(self) -> tuple[str, ...]:
        from desktop_app.domain.export_rows import DEFAULT_COLUMNS

        return self._settings().columns or tuple(DEFAULT_COLUMNS)

    def csv_path(self) -> str | None:
        """The CSV file confirmed rows go to, or None when CSV export is off."""
        settings = self._settings()
        return settings.csv_path if settings.csv_enabled and settings.csv_path else None

    def clipboard_text(self, row: dict[str, str]) -> str | None:
        """One TSV data line (no header: it pastes as one spreadsheet row) or one JSON object."""
        fmt = self._settings().clipboard_format
        if fmt == "off":
            return None
        columns = self.columns()
        if fmt == "json":
            return json.dumps({c: row.get(c, "") for c in columns}, ensure_ascii=False, indent=2)
        from desktop_app.domain.export_rows import rows_to_tsv

        lines = str(rows_to_tsv([row], columns)).split("\n")
        return lines[1] if len(lines) > 1 else ""

    def copy(self, row: dict[str, str]) -> bool:
        text = self.clipboard_text(row)
        app = QGuiApplication.instance()
        if text is None or app is None:
            return False
        QGuiApplication.clipboard().setText(text)
        return True

    async def save(self, row: dict[str, str]) -> str | None:
        """Append to the CSV in the writer thread; None on success (or no CSV configured), else the sentence
        saying why not (the caller keeps the row for a retry)."""
        path = self.csv_path()
        if path is None:
            return None
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="csv-export")
        import asyncio  # lazily, as in session.py: the window shows before the event-loop machinery loads

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, _append, path, dict(row), self.columns())

    def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=False)


def _append(path: str, row: dict[str, str], columns: tuple[str, ...]) -> str | None:
    from desktop_app.station.export import ExportError, append_csv_rows

    try:
        append_csv_rows(path, [row], columns)
    except ExportError as err:
        return str(err)
    except OSError:
        return QCoreApplication.translate(
            "ScanSession", "The record could not be written to the CSV file; check the file and press Save again.")
    return None
