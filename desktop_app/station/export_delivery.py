"""Delivering confirmed records to the export sinks, and the sentences that say how it went.

Every wanted sink gets the record at once (concurrently, each doing its slow part off the GUI thread); the
sinks that fail are remembered per record and only they are tried again on "Save again".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence

from desktop_app.station.confirmed import ConfirmedRecord
from desktop_app.station.export_sinks import ExportSink, default_sinks
from desktop_app.station.settings import StationSettings
from desktop_app.station.texts import fill, translate

log = logging.getLogger(__name__)


class ExportDelivery:
    """The station's sinks and what delivering a record to them means."""

    def __init__(self, settings: Callable[[], StationSettings], sinks: Sequence[ExportSink] | None = None) -> None:
        self._settings = settings
        self.sinks: tuple[ExportSink, ...] = tuple(default_sinks() if sinks is None else sinks)

    def wanted(self) -> tuple[str, ...]:
        """The names of the sinks the settings send records to now."""
        settings = self._settings()
        return tuple(sink.name for sink in self.sinks if sink.wanted(settings))

    def busy_text(self, names: Collection[str]) -> str:
        texts = [sink.busy_text() for sink in self.sinks if sink.name in names]
        return next((text for text in texts if text), "")

    async def deliver(self, record: ConfirmedRecord, names: Collection[str]) -> dict[str, str | None]:
        """Deliver to the named sinks concurrently; per sink None (delivered) or the sentence saying why not."""
        import asyncio  # lazily: the window shows before the event-loop machinery loads

        settings = self._settings()
        chosen = [sink for sink in self.sinks if sink.name in names]
        outcomes = await asyncio.gather(*(sink.deliver(record, settings) for sink in chosen), return_exceptions=True)
        problems: dict[str, str | None] = {}
        for sink, outcome in zip(chosen, outcomes, strict=True):
            if isinstance(outcome, asyncio.CancelledError):
                raise outcome
            if isinstance(outcome, BaseException):  # a sink's own bug: the record stays pending for it
                log.error("export to %s failed: %s", sink.name, type(outcome).__name__)
                problems[sink.name] = fill(translate(
                    "ScanSession", "The record could not be exported to the %1; press Save again."), sink.title())
            else:
                problems[sink.name] = outcome
        return problems

    def copy(self, record: ConfirmedRecord) -> bool:
        """Put the record on the clipboard now (the "Copy" of a record that is not saved)."""
        from desktop_app.station.clipboard_sink import ClipboardSink, clipboard_text
        from desktop_app.station.csv_sink import export_columns

        settings = self._settings()
        clipboard = next((s for s in self.sinks if isinstance(s, ClipboardSink)), None)
        if clipboard is None or not clipboard.wanted(settings):
            return False
        return clipboard.copy(clipboard_text(record.row(), settings.clipboard_format, export_columns(settings)))

    def done_sentence(self, item_id: int, delivered: Collection[str]) -> str:
        """One sentence for the status bar once the named sinks have the record."""
        names = frozenset(delivered)
        if names == {"csv", "clipboard"}:
            return fill(translate("ScanSession", "Scan %1 saved to the CSV file and copied to the clipboard."), item_id)
        if names == {"csv"}:
            return fill(translate("ScanSession", "Scan %1 saved to the CSV file."), item_id)
        if names == {"clipboard"}:
            return fill(translate("ScanSession", "Scan %1 copied to the clipboard."), item_id)
        if names == {"police"}:
            return fill(translate("ScanSession", "Scan %1 confirmed; the guest waits for the police file."), item_id)
        if not names:
            return fill(translate(
                "ScanSession", "Scan %1 confirmed (no CSV file or clipboard export is set up in Settings)."), item_id)
        titles = ", ".join(sink.title() for sink in self.sinks if sink.name in names)
        return fill(translate("ScanSession", "Scan %1 exported: %2."), item_id, titles)

    def close(self) -> None:
        for sink in self.sinks:
            sink.close()
