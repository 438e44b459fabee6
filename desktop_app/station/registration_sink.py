"""The PMS hand-off sink: one JSON file per confirmed guest in the settings' folder, shaped like Mews' identity
documents or the generic form (`domain/registration/pms.py`), written durably beside its place and linked in.

The police files (Alloggiati, SES, SIBA, Meldeschein) take every guest of a stay at once and are made with
`scanstation register`; a sink gets one record at a time, so only the per-guest hand-off lives here.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.station.texts import fill, translate

if TYPE_CHECKING:
    from desktop_app.station.confirmed import ConfirmedRecord
    from desktop_app.station.settings import StationSettings


class PmsSink:
    name = "pms"

    def __init__(self) -> None:
        self._writer: ThreadPoolExecutor | None = None

    def title(self) -> str:
        return translate("ScanSession", "PMS hand-off file")

    def wanted(self, settings: StationSettings) -> bool:
        return bool(settings.pms_folder)

    def busy_text(self) -> str:
        return translate("ScanSession", "Writing the PMS hand-off file…")

    async def deliver(self, record: ConfirmedRecord, settings: StationSettings) -> str | None:
        if not self.wanted(settings):
            return None
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pms-export")
        import asyncio

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._writer, write_handoff, record, settings.pms_folder,
                                          settings.pms_format, settings.stay_nights)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.shutdown(wait=False)


def handoff_name(record: ConfirmedRecord) -> str:
    return f"guest-{record.confirmed_at:%Y%m%d-%H%M%S}-{record.item_id}.json"


def write_handoff(record: ConfirmedRecord, folder: str, kind: str, nights: int) -> str | None:
    """Write the record's hand-off file; None when written, else one sentence for the operator."""
    import json

    from desktop_app.domain.registration import pms
    from desktop_app.domain.registration.guest import GuestDataError, Stay, guest_from_scan
    from desktop_app.domain.schema import to_json_dict
    from desktop_app.station.export import ExportError
    from desktop_app.station.registration_files import write_new_files

    try:
        typed = record.stay.stay_object(None) if record.stay is not None else {}  # the stay panel's, if any
        typed.pop("role", None)
        guest = guest_from_scan(to_json_dict(record.result), 0, stay=typed)
    except GuestDataError:
        return translate("ScanSession", "The PMS file was not written: a country code of this record is unknown.")
    lacking = pms.missing_mews(guest) if kind == "mews" else pms.missing_generic(guest)
    if lacking:
        return fill(translate("ScanSession", "The PMS file was not written: the record lacks %1."),
                    ", ".join(lacking))
    stay = (Stay.from_nights(record.stay.arrival, record.stay.nights) if record.stay is not None
            else Stay.from_nights(record.confirmed_at.date(), max(1, nights)))
    obj = pms.mews_object(guest) if kind == "mews" else pms.generic_object(guest, stay)
    data = (json.dumps(obj, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    try:
        write_new_files([Path(folder) / handoff_name(record)], [data])
    except ExportError as err:
        return str(err)
    return None
