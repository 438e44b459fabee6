"""Two scans, one record: a card's front and back (or a passport and its visa page) become one guest.

When a read wants its other side (`domain.sides.other_side_wanted`: a card's front without an MRZ, a back
without a portrait) and nothing else is being read, `asking` tells the window, and the next scan that arrives
becomes that side. The operator may also link two scans by hand, and unlink them. A linked pair is one record:

- the *host* (the scan asked about, or the one the operator linked from) keeps its own read in `own_result`;
  its `result` is the merged record (`domain.sides.join_sides`), reviewed, confirmed and exported once;
- the *other* scan is `linked` (not reviewed on its own); its `result` stays its own read until the host is
  confirmed or rejected, then it is purged with it.

A retry of either side merges again; removing either side unlinks the pair. In memory only, like the session.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from desktop_app.domain.schema import PairSide, ScanResult
from desktop_app.domain.sides import join_sides, may_pair, other_side_wanted
from desktop_app.station.scan_item import ScanItem
from desktop_app.station.session import ScanSession

_READ = ("needs_review", "failed")  # a scan whose read has ended
_DONE = ("confirmed", "unsaved", "rejected")


@dataclass(frozen=True, slots=True)
class Ask:
    """The record waiting for its other side: the scan's id and the side wanted."""

    item_id: int
    side: PairSide


def _no_mrz_message() -> str | None:
    """The offline engine's "no MRZ" sentence (loaded with it; None before it ever ran)."""
    import sys

    engine = sys.modules.get("desktop_app.engines.local.engine")
    message = getattr(engine, "NO_MRZ", None)
    return message if isinstance(message, str) else None


class SidePairing(QObject):
    """Links the sides of a document in a `ScanSession` (see the module docstring)."""

    asking = Signal()  # `ask` changed (a record now waits for its other side, or no longer does)
    linked = Signal(int)  # a host's pairing changed (linked, merged again or unlinked)

    def __init__(self, session: ScanSession, parent: QObject | None = None) -> None:
        super().__init__(parent or session)
        self._session = session
        self.ask: Ask | None = None
        self._incoming: dict[int, tuple[int, PairSide]] = {}  # new scan -> (host, the side it is)
        self._merged: dict[int, ScanResult] = {}  # host -> the merged record it shows
        self._sides: dict[int, PairSide] = {}  # host -> the side the host is
        self._asked: set[int] = set()  # scans asked about once (a skip is not asked again)
        self._updating = False
        session.item_added.connect(self._added)
        session.item_changed.connect(self._changed)
        session.item_removed.connect(self._removed)

    # -- queries
    def partner(self, item_id: int) -> ScanItem | None:
        item = self._session.item(item_id)
        return self._session.item(item.linked_to) if item is not None and item.linked_to else None

    def host_of(self, item_id: int) -> int:
        """The scan that holds the record `item_id` belongs to (itself when it is not linked)."""
        item = self._session.item(item_id)
        if item is not None and item.status == "linked" and item.linked_to:
            return item.linked_to
        return item_id

    def is_host(self, item_id: int) -> bool:
        return item_id in self._merged

    def offers_link(self, item_id: int) -> bool:
        """The window offers to link `item_id` with another scan (`domain.sides.may_pair`)."""
        item = self._session.item(item_id)
        return item is not None and item.result is not None and may_pair(item.result)

    def candidates(self, item_id: int) -> list[ScanItem]:
        """The scans `item_id` could be linked with (read, not linked, not decided), oldest first."""
        if not self._linkable(self._session.item(item_id)):
            return []
        return [other for other in self._session.items() if other.id != item_id and self._linkable(other)]

    def _linkable(self, item: ScanItem | None) -> bool:
        return (item is not None and item.status in _READ and item.result is not None and item.linked_to is None
                and item.id not in self._incoming and (self.ask is None or self.ask.item_id != item.id))

    # -- the operator's intents
    def skip(self) -> None:
        """The operator does not want to scan the other side."""
        self._set_ask(None)

    def link(self, host_id: int, other_id: int) -> bool:
        """Join two read scans into one record held by `host_id`; the sides follow what the engines said (a
        scan read as a front is the front), else the host is the front."""
        host, other = self._session.item(host_id), self._session.item(other_id)
        if host is None or other is None or host is other or not (self._linkable(host) and self._linkable(other)):
            return False
        assert host.result is not None
        assert other.result is not None
        host_side: PairSide = "back" if host.result.document.side == "back" or \
            other.result.document.side == "front" else "front"
        self._join(host, other, host_side)
        return True

    def unlink(self, item_id: int) -> None:
        """Split a record into its two scans again, each with its own read."""
        host = self._session.item(self.host_of(item_id))
        if host is None or host.id not in self._merged:
            return
        other = self.partner(host.id)
        self._split(host)
        if other is not None:
            self._split(other)
        self.linked.emit(host.id)

    # -- the session's signals
    def _added(self, item_id: int) -> None:
        if self.ask is None:
            return
        host = self._session.item(self.ask.item_id)
        if host is not None and host.status in _READ:
            self._incoming[item_id] = (host.id, self.ask.side)
        self._set_ask(None)

    def _changed(self, item_id: int) -> None:
        if self._updating:
            return
        item = self._session.item(item_id)
        if item is None:
            return
        if item.status in _DONE:
            self._decided(item)
            return
        if item.status not in _READ or item.result is None:
            return
        if item_id in self._incoming:
            host_id, side = self._incoming.pop(item_id)
            host = self._session.item(host_id)
            if host is not None and host.status in _READ and host.linked_to is None:
                self._join(host, item, "back" if side == "front" else "front")
                return
        if item.linked_to is not None:
            self._merge_again(item)
            return
        self._maybe_ask(item)

    def _removed(self, item_id: int) -> None:
        self._incoming.pop(item_id, None)
        if self.ask is not None and self.ask.item_id == item_id:
            self._set_ask(None)
        self._merged.pop(item_id, None)
        self._sides.pop(item_id, None)
        self._asked.discard(item_id)
        for other in self._session.items():
            if other.linked_to != item_id:
                continue
            if other.status == "linked" and other.result is None:  # purged with its record: nothing to restore
                other.linked_to = None  # (not removed here: the session may be clearing its items one by one)
            else:
                self._split(other)
                self.linked.emit(other.id)

    # -- the work
    def _maybe_ask(self, item: ScanItem) -> None:
        assert item.result is not None
        busy = any(other.busy for other in self._session.items())
        wanted = other_side_wanted(item.result, no_mrz_message=_no_mrz_message())
        if wanted is not None and not busy and item.id not in self._asked:
            self._asked.add(item.id)
            self._set_ask(Ask(item.id, wanted))

    def _set_ask(self, ask: Ask | None) -> None:
        if ask != self.ask:
            self.ask = ask
            self.asking.emit()

    def _join(self, host: ScanItem, other: ScanItem, host_side: PairSide) -> None:
        if self.ask is not None and self.ask.item_id in (host.id, other.id):
            self._set_ask(None)
        host.own_result = host.result
        host.linked_to, other.linked_to = other.id, host.id
        self._sides[host.id] = host_side
        self._merge_again(host)

    def _merge_again(self, item: ScanItem) -> None:
        """(Re)build the host's record from both sides' own reads (after a link, or a retry of either side)."""
        host = item if item.id in self._merged or item.own_result is not None else self._session.item(
            item.linked_to or 0)
        if host is None or host.linked_to is None:
            return
        other = self._session.item(host.linked_to)
        if other is None:
            return
        if host is item and host.result is not self._merged.get(host.id):
            host.own_result = host.result  # the host was read again
        own, theirs = host.own_result, other.result
        if own is None or theirs is None:
            return
        host_side = self._sides.get(host.id, "front")
        front, back = (theirs, own) if host_side == "back" else (own, theirs)
        front_source, back_source = (other.source, host.source) if host_side == "back" else (
            host.source, other.source)
        merged = join_sides(front, back, front_source=front_source, back_source=back_source, today=dt.date.today())
        self._merged[host.id] = merged
        host.result = merged
        host.status = "failed" if merged.outcome == "failed" else "needs_review"
        host.message = merged.error.message if merged.error is not None else ""
        host.differences, host.second_opinion_done = [], False
        other.status = "linked"
        other.message = ""
        self._emit(host.id, other.id)
        self.linked.emit(host.id)

    def _split(self, item: ScanItem) -> None:
        """One side on its own again: its own read, reviewed (or failed) as before."""
        self._merged.pop(item.id, None)
        self._sides.pop(item.id, None)
        if item.own_result is not None:
            item.result, item.own_result = item.own_result, None
        item.linked_to = None
        if item.status in ("linked", "needs_review", "failed") and item.result is not None:
            failed = item.result.outcome == "failed"
            item.status = "failed" if failed else "needs_review"
            item.message = item.result.error.message if failed and item.result.error is not None else ""
        self._emit(item.id)

    def _decided(self, host: ScanItem) -> None:
        """The record was confirmed or rejected: its other scan is purged with it."""
        self._merged.pop(host.id, None)
        self._sides.pop(host.id, None)
        if self.ask is not None and self.ask.item_id == host.id:
            self._set_ask(None)
        other = self.partner(host.id)
        if other is not None and other.status == "linked":
            other.purge()
            self._emit(other.id)

    def _emit(self, *item_ids: int) -> None:
        self._updating = True
        try:
            for item_id in item_ids:
                self._session.item_changed.emit(item_id)
        finally:
            self._updating = False
