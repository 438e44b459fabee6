"""One scan in the session list, and the states it moves through (see `session.py`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from desktop_app.domain.schema import ScanResult
from desktop_app.station.confirmed import ConfirmedRecord

if TYPE_CHECKING:  # numpy: loaded by the workers, never for the window's first paint
    from desktop_app.domain.compare import FieldDifference
    from desktop_app.domain.second_opinion import SecondOpinion
    from desktop_app.imaging.intake import Still
    from desktop_app.imaging.quality_types import QualityReport

ItemStatus = Literal["decoding", "reading", "retrying", "needs_review", "confirmed", "unsaved", "rejected", "failed",
                     "linked"]  # linked: the other side of another scan's record (station/pairing.py)
BUSY_STATUSES: frozenset[ItemStatus] = frozenset({"decoding", "reading", "retrying"})


@dataclass(eq=False)
class ScanItem:
    """One scan in the session list. `still`, `result` and `record` hold personal data until purged."""

    id: int
    source: str  # file name, "camera", "scanner" or "clipboard": never personal
    profile: str
    live: bool = False  # a live camera frame: the live-only quality checks (framing, motion) apply to it
    status: ItemStatus = "decoding"
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now().astimezone())
    still: Still | None = None
    result: ScanResult | None = None
    live_quality: QualityReport | None = None  # our own verdict on the still
    differences: list[FieldDifference] = field(default_factory=list)  # the offline second opinion's
    second_opinion_done: bool = False
    second_opinion: SecondOpinion | None = None  # its verdict: differences, agrees, or could not re-read (why)
    blocked: tuple[str, ...] = ()  # the image gate's failed checks: the picture was not sent (see station/gate.py)
    skip_gate: bool = False  # the operator chose "Send anyway"
    quality_pending: bool = False
    message: str = ""  # failure or export sentence for the operator
    retryable: bool = False
    duplicate: bool = False
    corrected: list[str] = field(default_factory=list)
    record: ConfirmedRecord | None = None  # kept while a sink still owes it a delivery ("unsaved")
    owed: tuple[str, ...] = ()  # the export sinks that do not have the record yet
    confirmed_at: dt.datetime | None = None
    # two sides, one record (station/pairing.py): the scan holding the record keeps its own read in `own_result`
    # while `result` is the merged record; `linked_to` is the other scan's id on both
    linked_to: int | None = None
    own_result: ScanResult | None = None
    path: str | None = None  # a file's path: its pixels are decoded again on demand (a batch keeps paths)
    picture_gone: bool = False  # the file could not be opened again (moved, deleted, changed): fields stay

    @property
    def busy(self) -> bool:
        return self.status in BUSY_STATUSES

    @property
    def pending_row(self) -> dict[str, str] | None:
        """The export row of a confirmed record some sink does not have yet."""
        return self.record.row() if self.record is not None else None

    def purge(self) -> None:
        """Drop every reference to the image, portrait and fields."""
        self.still = None
        self.result = None
        self.own_result = None
        self.live_quality = None
        self.differences = []
        self.second_opinion = None
        self.corrected = []
        if self.status != "unsaved":
            self.record = None
            self.owed = ()
