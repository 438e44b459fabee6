"""The CSV sink: a durable append (station/export.py) per confirmed record, in its own writer thread.

The append can wait for another program's lock (up to `export.LOCK_TIMEOUT_S`) and always syncs to disk, so it
never runs on the GUI thread. One writer thread: this station's appends stay in confirm order.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from desktop_app.station.texts import translate

if TYPE_CHECKING:
    from desktop_app.station.confirmed import ConfirmedRecord
    from desktop_app.station.settings import StationSettings


def export_columns(settings: StationSettings) -> tuple[str, ...]:
    """The columns of a CSV row and of the clipboard line, in order."""
    from desktop_app.domain.export_rows import DEFAULT_COLUMNS

    return settings.columns or tuple(DEFAULT_COLUMNS)


class CsvSink:
    name = "csv"

    def __init__(self) -> None:
        self._writer: ThreadPoolExecutor | None = None

    def title(self) -> str:
        return translate("ScanSession", "CSV file")

    def wanted(self, settings: StationSettings) -> bool:
        return settings.csv_enabled and bool(settings.csv_path)

    def busy_text(self) -> str:
        return translate("ScanSession", "Saving to the CSV file…")

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None:
        if not self.wanted(settings):  # switched off since the confirm: nothing owed any more
            return None
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="csv-export")
        import asyncio  # lazily: the window shows before the event-loop machinery loads

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, _append, settings.csv_path, record.row(),
                                          export_columns(settings))

    def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=False)


def _append(path: str, row: dict[str, str], columns: tuple[str, ...]) -> str | None:
    from desktop_app.station.export import ExportError, append_csv_rows
    from desktop_app.station.settings import default_csv_path

    try:
        if path == default_csv_path():  # the station's own default: its folder may not exist yet
            os.makedirs(os.path.dirname(path), exist_ok=True)
        append_csv_rows(path, [row], columns)
    except ExportError as err:
        return err.message
    except OSError:
        return translate(
            "ScanSession", "The record could not be written to the CSV file; check the file and press Save again.")
    return None
