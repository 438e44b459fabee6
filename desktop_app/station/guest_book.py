"""This session's guests for the police file: the stay details typed in the review, and the confirmed records that
wait for the file (issue 13, items 1 and 7 on the station side).

Why a session-level export and not a plain `ExportSink`: a police file covers a whole party at once (Alloggiati Web
puts the members after their head, SES.Hospedajes counts the people of one contract, a Meldeschein lists the fellow
travellers), and the operator may still have to fill in what a target lacks after the confirm. So the book is the
sink each confirmed record is delivered to (in memory: the record stays here, the scan's picture and review are purged
as for any sink), and the operator's "Police file…" action writes every held guest at once, after the per-target
checks. A record leaves the book only when its file is written: a failed write keeps every guest and can be tried
again, as the CSV sink's "Save again"; the idle timeout and "Clear session" keep them too (as unsaved records), and
closing the window warns.

Files: one per stay (the arrival and nights of a party's head; members share their head's dates), each written through
`registration_files.write_new_files` (to the side, fsync, link in; all files or none).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop_app.station.stay import COUNTRY_KEYS, StayDetails
from desktop_app.station.stay_texts import missing_text
from desktop_app.station.texts import fill, translate

if TYPE_CHECKING:
    from desktop_app.domain.registration.guest import Guest, Stay
    from desktop_app.station.confirmed import ConfirmedRecord
    from desktop_app.station.registration_files import RegistrationOptions
    from desktop_app.station.scan_item import ScanItem
    from desktop_app.station.settings import StationSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Problem:
    """What one guest lacks for a target: the check's field names (`key (hint)`, English, as the CLI prints)."""

    item_id: int
    label: str  # "Scan 2 · BRAATHEN AASA"
    fields: tuple[str, ...]

    def sentence(self) -> str:
        """One line for the operator, translated: `Scan 2 · BRAATHEN AASA: country of birth, place of birth`."""
        return fill(translate("GuestBook", "%1: missing %2"), self.label,
                    ", ".join(missing_text(name) for name in self.fields))


@dataclass(frozen=True, slots=True)
class Person:
    """A guest the operator can pick as a member's head."""

    item_id: int
    label: str
    held: bool  # confirmed and waiting for the police file (else still in review)


@dataclass(frozen=True, slots=True)
class Batch:
    """The guests of one file: item ids in file order, the domain guests and their shared stay."""

    item_ids: tuple[int, ...]
    guests: tuple[Guest, ...]
    stay: Stay


def holder_label(item_id: int, surname: str | None, given_names: str | None) -> str:
    name = " ".join(part for part in (surname, given_names) if part) or translate("GuestBook", "(no name)")
    return fill(translate("GuestBook", "Scan %1 · %2"), item_id, name)


class GuestBook(QObject):
    """The police-file sink of a session (see the module docstring). `changed` fires on every change."""

    changed = Signal()
    name = "police"

    def __init__(self, settings: Callable[[], StationSettings], items: Callable[[], list[ScanItem]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._items = items
        self._drafts: dict[int, StayDetails] = {}  # typed in the review, before the confirm
        self._held: dict[int, ConfirmedRecord] = {}  # confirmed, waiting for the police file (confirm order)
        self._writer: ThreadPoolExecutor | None = None
        self._exporting = False

    # -------------------------------------------------------------------------------- stay details
    def target(self) -> str:
        return self._settings().registration_target

    def stay(self, item_id: int) -> StayDetails:
        """The guest's stay details (held, typed, or the station's defaults when none were typed yet)."""
        record = self._held.get(item_id)
        if record is not None and record.stay is not None:
            return record.stay
        return self._drafts.get(item_id) or StayDetails.default(self._settings().stay_nights)

    def set_stay(self, item_id: int, details: StayDetails) -> None:
        record = self._held.get(item_id)
        if record is not None:
            self._held[item_id] = record.with_stay(details)
        else:
            self._drafts[item_id] = details
        self.changed.emit()

    def take_stay(self, item_id: int) -> StayDetails | None:
        """The stay that goes into the confirmed record (None when no police file is set up)."""
        draft = self._drafts.pop(item_id, None)
        if not self.wanted(self._settings()):
            return None
        return draft or StayDetails.default(self._settings().stay_nights)

    def forget(self, item_id: int) -> None:
        """A scan left the review without a confirm (rejected, removed, cleared): drop what was typed for it."""
        if self._drafts.pop(item_id, None) is not None:
            self.changed.emit()

    # ------------------------------------------------------------------------------------- queries
    def held(self) -> list[int]:
        return list(self._held)

    def held_count(self) -> int:
        return len(self._held)

    def label(self, item_id: int) -> str:
        record = self._held.get(item_id)
        result = record.result if record is not None else next(
            (item.result for item in self._items() if item.id == item_id), None)
        holder = result.holder if result is not None else None
        return holder_label(item_id, holder.surname if holder else None, holder.given_names if holder else None)

    def people(self, exclude: int | None = None) -> list[Person]:
        """The guests a member can name as head: the held ones, then the scans in review."""
        out = [Person(item_id, self.label(item_id), True) for item_id in self._held if item_id != exclude]
        out += [Person(item.id, self.label(item.id), False) for item in self._items()
                if item.status == "needs_review" and item.result is not None and item.id != exclude
                and item.id not in self._held]
        return out

    # ---------------------------------------------------------------------------------- ExportSink
    def title(self) -> str:
        return translate("ScanSession", "guest list for the police file")

    def wanted(self, settings: StationSettings) -> bool:
        return bool(settings.registration_target)

    def busy_text(self) -> str:
        return ""

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None:
        """Hold the record until the police file is written (in memory; nothing is written here)."""
        if not self.wanted(settings):
            return None
        if record.stay is None:
            record = record.with_stay(StayDetails.default(settings.stay_nights))
        self._held[record.item_id] = record
        self.changed.emit()
        return None

    def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=False)

    # -------------------------------------------------------------------------------------- checks
    def _stay_of(self, item_id: int) -> StayDetails:
        stay = self._held[item_id].stay
        assert stay is not None
        return stay

    def _link_problem(self, item_id: int) -> str | None:
        stay = self._stay_of(item_id)
        if stay.role != "member":
            return None
        if stay.head_item is None:
            return "head"
        if stay.head_item not in self._held:
            return "head (confirm the head's scan first)"
        if not self._stay_of(stay.head_item).is_head:
            return "head (not a head of family or group)"
        return None

    def _parties(self) -> list[list[int]]:
        """Heads followed by their members, single guests alone, in confirm order (unlinked members left out)."""
        members: dict[int, list[int]] = {}
        linked: set[int] = set()
        for item_id in self._held:
            stay = self._stay_of(item_id)
            if stay.role == "member" and self._link_problem(item_id) is None and stay.head_item is not None:
                members.setdefault(stay.head_item, []).append(item_id)
                linked.add(item_id)
        return [[item_id, *members.get(item_id, [])] for item_id in self._held if item_id not in linked
                and self._stay_of(item_id).role != "member"]

    def batches(self) -> tuple[list[Batch], list[Problem]]:
        """The held guests as files (one per stay) and what each guest lacks to be read at all."""
        from desktop_app.domain.countries import to_alpha3
        from desktop_app.domain.registration.guest import GuestDataError, Stay, guest_from_scan
        from desktop_app.domain.schema import to_json_dict

        problems: dict[int, list[str]] = {}
        for item_id in self._held:
            link = self._link_problem(item_id)
            if link:
                problems.setdefault(item_id, []).append(link)
            stay = self._stay_of(item_id)
            for key in sorted(COUNTRY_KEYS):
                if stay.value(key) and to_alpha3(stay.value(key)) is None:
                    problems.setdefault(item_id, []).append(f"{key} (unknown country)")
        for item_id, draft in self._drafts.items():  # a member typed in review belongs in its head's file
            if draft.role == "member" and draft.head_item in self._held and item_id not in self._held:
                problems.setdefault(draft.head_item, []).append("members (still in review: confirm them first)")
        by_stay: dict[tuple[object, int], list[list[int]]] = {}
        for party in self._parties():
            head = self._stay_of(party[0])
            by_stay.setdefault((head.arrival, head.nights), []).append(party)
        batches: list[Batch] = []
        for (_, _), parties in by_stay.items():
            ids = [item_id for party in parties for item_id in party]
            head_stay = self._stay_of(parties[0][0])
            index = {item_id: n for n, item_id in enumerate(ids)}
            guests: list[Guest] = []
            for item_id in ids:
                stay = self._stay_of(item_id)
                head_index = index.get(stay.head_item) if stay.head_item is not None else None
                try:
                    guests.append(guest_from_scan(to_json_dict(self._held[item_id].result), index[item_id],
                                                  stay=stay.stay_object(head_index)))
                except GuestDataError:
                    problems.setdefault(item_id, []).append("record (unreadable country code)")
            if len(guests) == len(ids):
                batches.append(Batch(tuple(ids), tuple(guests), Stay.from_nights(head_stay.arrival,
                                                                                 head_stay.nights)))
        return batches, [Problem(item_id, self.label(item_id), tuple(dict.fromkeys(fields)))
                         for item_id, fields in problems.items()]

    def problems(self, target: str) -> list[Problem]:
        """Every held guest that lacks something `target` needs, with the fields, in confirm order."""
        from desktop_app.domain.registration import alloggiati
        from desktop_app.domain.registration.checks import missing_fields

        batches, found = self.batches()
        per_guest: dict[int, list[str]] = {problem.item_id: list(problem.fields) for problem in found}
        for batch in batches:
            if target == "alloggiati" and alloggiati.stay_problem(batch.stay):
                per_guest.setdefault(batch.item_ids[0], []).append("nights (Alloggiati: 1 to 30)")
            for missing in missing_fields(target, list(batch.guests), batch.stay):
                per_guest.setdefault(batch.item_ids[missing.guest.index], []).extend(missing.fields)
        return [Problem(item_id, self.label(item_id), tuple(dict.fromkeys(per_guest[item_id])))
                for item_id in self._held if per_guest.get(item_id)]

    def preset_problem(self, target: str) -> str | None:
        """What the station's presets lack for `target` (one sentence), or None."""
        options = self.options()
        if isinstance(options, str):
            return options
        if target == "ses" and not options.ses_establishment:
            return translate("GuestBook", "SES.Hospedajes needs the establishment code: set it in Settings, "
                                          "Registration.")
        if target == "siba" and options.siba_unit is None:
            return translate("GuestBook", "SIBA needs the establishment's details: name a presets file with a "
                                          "'siba' object in Settings, Registration.")
        return None

    def options(self) -> RegistrationOptions | str:
        """The station's presets for the writers, or a sentence saying why the presets file cannot be used."""
        from desktop_app.domain.registration.siba import HotelUnit
        from desktop_app.station.registration_files import RegistrationOptions

        settings = self._settings()
        presets: dict[str, object] = {}
        if settings.registration_presets:
            try:
                loaded = json.loads(Path(settings.registration_presets).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                loaded = None
            if not isinstance(loaded, dict):
                return translate("GuestBook", "The registration presets file cannot be read; check it in "
                                              "Settings, Registration.")
            presets = loaded
        ses = presets.get("ses")
        ses = ses if isinstance(ses, dict) else {}
        alloggiati = presets.get("alloggiati")
        alloggiati = alloggiati if isinstance(alloggiati, dict) else {}
        unit, file_number = None, 1
        siba = presets.get("siba")
        if isinstance(siba, dict):
            fields = dict(siba)
            try:
                file_number = int(fields.pop("file_number", 1))
                unit = HotelUnit(**{key: str(value) for key, value in fields.items()})
            except (TypeError, ValueError):
                return translate("GuestBook", "The 'siba' object of the registration presets file does not "
                                              "describe a hotel unit.")
        return RegistrationOptions(
            apartment=settings.alloggiati_apartment or alloggiati.get("apartment") or None,
            ses_establishment=settings.ses_establishment or ses.get("establishment") or None,
            ses_payment=str(ses.get("payment") or "EFECT"),
            siba_unit=unit, siba_file_number=file_number)

    def default_name(self, target: str) -> str:
        from desktop_app.domain.registration.guest import Stay
        from desktop_app.station.registration_files import default_name

        first = next(iter(self._held), None)
        stay = self._stay_of(first) if first is not None else StayDetails.default(1)
        return default_name(target, Stay.from_nights(stay.arrival, stay.nights))

    # -------------------------------------------------------------------------------------- export
    def exporting(self) -> bool:
        return self._exporting

    async def export(self, target: str, path: str) -> str | None:
        """Write the police file(s) of every held guest; None when written (the guests are dropped), else one
        sentence for the operator (every guest is kept; the operator fixes it and exports again)."""
        if self._exporting:
            return translate("GuestBook", "The police file is being written; wait a moment.")
        if not self._held:
            return translate("GuestBook", "No confirmed guest waits for a police file.")
        problem = self.preset_problem(target)
        if problem:
            return problem
        lacking = self.problems(target)
        if lacking:
            return fill(translate("GuestBook", "Nothing was written: %1 guest(s) lack what the file needs."),
                        len(lacking))
        contents, exported = self._build(target)
        if isinstance(contents, str):
            return contents
        from desktop_app.station.registration_files import numbered_paths

        paths = numbered_paths(path, len(contents))
        self._exporting = True
        try:
            if self._writer is None:
                self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="police-export")
            import asyncio

            outcome = await asyncio.get_running_loop().run_in_executor(self._writer, _write, paths, contents)
        finally:
            self._exporting = False
        if outcome is not None:
            return outcome
        for item_id in exported:  # written and synced: the station keeps nothing of these guests
            self._held.pop(item_id, None)
        self.changed.emit()
        return None

    def _build(self, target: str) -> tuple[list[bytes] | str, list[int]]:
        """The file contents of every batch (drawn on this thread: the Meldeschein PDF paints with Qt)."""
        from desktop_app.domain.registration import meldeschein, siba
        from desktop_app.station.registration_files import PresetError, build

        options = self.options()
        assert not isinstance(options, str)
        batches, _ = self.batches()
        contents: list[bytes] = []
        exported: list[int] = []
        for batch in batches:
            guests = list(batch.guests)
            if target == "siba" and not any(siba.needs_bulletin(guest) for guest in guests):
                exported += batch.item_ids  # Portuguese citizens get no bulletin: nothing owed
                continue
            if target == "meldeschein" and not meldeschein.forms(guests):
                exported += batch.item_ids  # German nationals fill in no form
                continue
            try:
                contents += build(target, guests, batch.stay, options)
            except (PresetError, ValueError) as err:
                log.warning("police file not built: %s", type(err).__name__)
                return fill(translate("GuestBook", "The police file could not be built: %1"), err), []
            exported += batch.item_ids
        if not contents:
            return translate("GuestBook", "No guest here needs this police file; nothing was written."), []
        return contents, exported


def _write(paths: list[Path], contents: list[bytes]) -> str | None:
    from desktop_app.station.export import ExportError
    from desktop_app.station.registration_files import write_new_files

    try:
        write_new_files(paths, contents)
    except ExportError as err:
        return str(err)
    except OSError:
        return translate("GuestBook", "The police file could not be written; check the folder and export again.")
    return None
