"""Where confirmed records go: the `ExportSink` protocol and the station's sinks, in delivery order.

A new export format is one module with a class like `csv_sink.CsvSink`, plus one line in `default_sinks`.
`export_delivery.ExportDelivery` feeds every wanted sink each `ConfirmedRecord` and keeps, per record, the
sinks that still owe it a delivery (each retried on its own); the session's `confirm` knows no sink.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from desktop_app.station.confirmed import ConfirmedRecord
    from desktop_app.station.settings import StationSettings


class ExportSink(Protocol):
    """One export target. `deliver` runs on the event loop and does its slow work (files, network) in a worker
    thread; it returns None when the record arrived, else one sentence for the operator (it is retried)."""

    name: str  # stable key, e.g. "csv"

    def title(self) -> str:
        """What the operator calls it, translated (e.g. "CSV file")."""
        ...

    def wanted(self, settings: StationSettings) -> bool:
        """Whether the settings send confirmed records here."""
        ...

    def busy_text(self) -> str:
        """The status line while a delivery runs (translated), or "" for an instant one."""
        ...

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None: ...

    def close(self) -> None: ...


def default_sinks() -> list[ExportSink]:
    """The registered sinks (a new one is added here)."""
    from desktop_app.station.clipboard_sink import ClipboardSink
    from desktop_app.station.csv_sink import CsvSink
    from desktop_app.station.registration_sink import PmsSink

    return [CsvSink(), ClipboardSink(), PmsSink()]
