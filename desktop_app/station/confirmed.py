"""A confirmed record: what the operator confirmed, frozen before the scan is purged, for the export sinks."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
from dataclasses import dataclass

from desktop_app.domain.export_rows import row_for
from desktop_app.domain.schema import Images, ScanResult
from desktop_app.station.stay import StayDetails


@dataclass(frozen=True, slots=True)
class ConfirmedRecord:
    """The result as confirmed (a private copy without pictures or the vendor's raw answer), the keys the
    operator corrected and when, and the stay details typed in the review (None when no police file is set up).
    Sinks read it and never change it; it lives until every sink has it. Only the stay may be amended (as a new
    record, `with_stay`) while the police file still waits for it."""

    item_id: int
    result: ScanResult
    corrected: tuple[str, ...]
    confirmed_at: dt.datetime
    stay: StayDetails | None = None

    @classmethod
    def snapshot(cls, item_id: int, result: ScanResult, corrected: tuple[str, ...],
                 confirmed_at: dt.datetime, stay: StayDetails | None = None) -> ConfirmedRecord:
        """Copied, so the purge of the scan (and anything a sink does) cannot change what was confirmed."""
        kept = copy.deepcopy(dataclasses.replace(result, images=Images(), raw=None))
        return cls(item_id, kept, tuple(sorted(set(corrected))), confirmed_at, stay)

    def with_stay(self, stay: StayDetails) -> ConfirmedRecord:
        """The same confirmed read with amended stay details (the operator filled in what a police file lacks)."""
        return dataclasses.replace(self, stay=stay)

    def row(self) -> dict[str, str]:
        """The export row (domain.export_rows) of this record."""
        return row_for(self.result, corrected=self.corrected, confirmed_at=self.confirmed_at)
