"""Second opinion: re-read the MRZ of an image already sent to a vendor and list where the two disagree."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.compare import FieldDifference, compare_results, compared_keys
from desktop_app.domain.schema import ScanResult
from desktop_app.domain.second_opinion import SecondOpinion
from desktop_app.engines.local.engine import build_result
from desktop_app.engines.local.mrz_reader import read_mrz
from desktop_app.imaging.intake import Still


def second_opinion(still: Still, vendor_result: ScanResult, *, today: dt.date | None = None) -> list[FieldDifference]:
    """Fields on which the vendor's result and the local MRZ reading of `still` differ.

    CPU-bound (run it with `asyncio.to_thread`). Empty when they agree, and also when the image has no readable
    MRZ or the local read fails its check digits: a doubtful local reading is no evidence against the vendor.
    """
    reading = read_mrz(still.rgb, today=today or dt.date.today())
    if reading is None or not reading.trusted:
        return []
    return compare_results(vendor_result, build_result(reading))


def second_opinion_verdict(still: Still, vendor_result: ScanResult, *, today: dt.date | None = None) -> SecondOpinion:
    """The second opinion in one of its three states (see `domain.second_opinion`); CPU-bound like
    `second_opinion`. A doubtful local reading is no evidence either way: "unavailable", reason "unsure"."""
    reading = read_mrz(still.rgb, today=today or dt.date.today())
    if reading is None:
        return SecondOpinion.unavailable("no_mrz")
    if not reading.trusted:
        return SecondOpinion.unavailable("unsure")
    local = build_result(reading)
    return SecondOpinion.of(compare_results(vendor_result, local), compared_keys(vendor_result, local))
