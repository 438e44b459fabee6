"""Post-processing shared by every engine: local MRZ check digits, local expiry, outcome (schema section 2).

`finalize` is idempotent: running it twice gives the same result and adds no warning twice.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.mrz import MrzError, parse_mrz
from desktop_app.domain.mrz_fill import fill_from_mrz
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice, listed
from desktop_app.domain.schema import CheckStatus, MrzCheckDetail, MrzDoubt, Outcome, ScanResult

_CHECK_LABELS = {
    "document_number": QT_TRANSLATE_NOOP("Notices", "document number"),
    "date_of_birth": QT_TRANSLATE_NOOP("Notices", "date of birth"),
    "date_of_expiry": QT_TRANSLATE_NOOP("Notices", "date of expiry"),
    "optional": QT_TRANSLATE_NOOP("Notices", "personal number"),
    "composite": QT_TRANSLATE_NOOP("Notices", "composite"),
}
_FIELD_LABELS = {
    "document_code": QT_TRANSLATE_NOOP("Notices", "document code"),
    "issuing_state": QT_TRANSLATE_NOOP("Notices", "issuing state"),
    "document_number": QT_TRANSLATE_NOOP("Notices", "document number"),
    "nationality": QT_TRANSLATE_NOOP("Notices", "nationality"),
    "date_of_birth": QT_TRANSLATE_NOOP("Notices", "date of birth"), "sex": QT_TRANSLATE_NOOP("Notices", "sex"),
    "date_of_expiry": QT_TRANSLATE_NOOP("Notices", "date of expiry"),
    "optional_data1": QT_TRANSLATE_NOOP("Notices", "optional data"),
    "optional_data2": QT_TRANSLATE_NOOP("Notices", "optional data 2"),
    "surname": QT_TRANSLATE_NOOP("Notices", "surname"), "given_names": QT_TRANSLATE_NOOP("Notices", "given names"),
    "check_document_number": QT_TRANSLATE_NOOP("Notices", "the document number's check digit"),
    "check_date_of_birth": QT_TRANSLATE_NOOP("Notices", "the date of birth's check digit"),
    "check_date_of_expiry": QT_TRANSLATE_NOOP("Notices", "the date of expiry's check digit"),
    "check_optional": QT_TRANSLATE_NOOP("Notices", "the personal number's check digit"),
    "check_composite": QT_TRANSLATE_NOOP("Notices", "the composite check digit"),
}
WARN_MRZ_LAYOUT = Notice(QT_TRANSLATE_NOOP("Notices", "The MRZ lines do not match any ICAO 9303 layout, so their "
                                                      "check digits could not be verified."))
WARN_VENDOR_DISAGREES_PASS = Notice(QT_TRANSLATE_NOOP("Notices", "The vendor passed the MRZ but its check digits fail "
                                                                 "locally."))
WARN_VENDOR_DISAGREES_FAIL = Notice(QT_TRANSLATE_NOOP("Notices", "The vendor failed the MRZ but its check digits pass "
                                                                 "locally."))


def _add_warning(result: ScanResult, text: str) -> None:
    if text not in result.warnings:
        result.warnings.append(text)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return Notice(QT_TRANSLATE_NOOP("Notices", "%1th"), n)
    if n % 10 == 1:
        return Notice(QT_TRANSLATE_NOOP("Notices", "%1st"), n)
    if n % 10 == 2:
        return Notice(QT_TRANSLATE_NOOP("Notices", "%1nd"), n)
    return Notice(QT_TRANSLATE_NOOP("Notices", "%1rd"), n)


def _shown(ch: str) -> str:
    return Notice(QT_TRANSLATE_NOOP("Notices", "a filler (<)")) if ch == "<" else ch


def doubt_message(doubt: MrzDoubt) -> str:
    """One sentence for the operator about a character or field the engine was not sure of (a `Notice`)."""
    label = Notice(_FIELD_LABELS[doubt.field]) if doubt.field in _FIELD_LABELS else doubt.field.replace("_", " ")
    if doubt.reason == "length":
        return Notice(QT_TRANSLATE_NOOP("Notices", "Check the names: MRZ line %1 was read a character short or long, "
                                                   "so a letter may be missing or extra; compare the names with the "
                                                   "document."), doubt.position)
    if doubt.reason == "unconfirmed":
        return Notice(QT_TRANSLATE_NOOP("Notices", "Check the names and country codes: a second read of the MRZ did "
                                                   "not give the same ones."))
    if doubt.reason == "code":
        return Notice(QT_TRANSLATE_NOOP("Notices", "Check the %1: %2 is not an ICAO country code."), label,
                      doubt.shown.replace("<", "") or Notice(QT_TRANSLATE_NOOP("Notices", "an empty field")))
    if doubt.position == 0:
        return Notice(QT_TRANSLATE_NOOP("Notices", "Check the %1: %2 is not a valid value there."), label,
                      doubt.shown or Notice(QT_TRANSLATE_NOOP("Notices", "the field")))
    where = Notice(QT_TRANSLATE_NOOP("Notices", "%1, %2 character"), label, _ordinal(doubt.position))
    options = listed([_shown(ch) for ch in dict.fromkeys(doubt.shown + doubt.alternatives)],
                     QT_TRANSLATE_NOOP("Notices", "%1 or %2"))
    if doubt.alternatives:
        return Notice(QT_TRANSLATE_NOOP("Notices", "Check this character: %1 could be %2."), where, options)
    return Notice(QT_TRANSLATE_NOOP("Notices", "Check this character: %1 (%2) was not read with certainty."), where,
                  _shown(doubt.shown))


def mrz_lines_for_check(lines: list[str]) -> list[str]:
    """Vendor MRZ lines ready for checking: whitespace removed, upper case, and a line whose trailing fillers were
    stripped padded back to the layout's length. Nothing else is changed (no repair)."""
    rows = ["".join(line.split()).upper() for line in lines if line.strip()]
    if not rows:
        return rows
    if len(rows) == 3:
        target = 30
    else:
        target = max(len(r) for r in rows)
        if target not in (36, 44):
            return rows
    return [r + "<" * (target - len(r)) if len(r) < target else r for r in rows]


def _local_mrz_check(result: ScanResult, today: dt.date) -> None:
    mrz = result.mrz
    if not mrz.lines:
        mrz.local_check = "unavailable"
        mrz.local_check_detail = MrzCheckDetail()
        return
    try:
        read = parse_mrz(mrz_lines_for_check(mrz.lines), today=today)
    except MrzError:
        mrz.local_check = "fail"
        mrz.local_check_detail = MrzCheckDetail()
        _add_warning(result, WARN_MRZ_LAYOUT)
        return
    mrz.local_check = "pass" if read.valid else "fail"
    mrz.local_check_detail = MrzCheckDetail(
        document_number=read.checks.document_number, date_of_birth=read.checks.date_of_birth,
        date_of_expiry=read.checks.date_of_expiry, optional=read.checks.optional, composite=read.checks.composite,
    )
    if not read.valid:
        failed = listed([Notice(_CHECK_LABELS[name]) for name in read.failed_checks])
        _add_warning(result, Notice(QT_TRANSLATE_NOOP("Notices", "MRZ check digits fail locally (%1): compare the "
                                                                 "fields with the document."), failed))
    if mrz.doubts:
        # the engine was not sure of every character: the check digits alone do not make the MRZ right
        mrz.local_check = "fail"
        for doubt in mrz.doubts:
            _add_warning(result, doubt_message(doubt))
    if mrz.vendor_check == "pass" and mrz.local_check == "fail":
        _add_warning(result, WARN_VENDOR_DISAGREES_PASS)
    elif mrz.vendor_check == "fail" and mrz.local_check == "pass":
        _add_warning(result, WARN_VENDOR_DISAGREES_FAIL)


def expiry_status(expiry: dt.date | None, today: dt.date) -> CheckStatus:
    """pass when the document is valid today (expiry >= today), fail when expired, unavailable without a date."""
    if expiry is None:
        return "unavailable"
    return "pass" if expiry >= today else "fail"


def missing_key_fields(result: ScanResult) -> list[str]:
    """Which of number, name, date of birth and date of expiry are missing."""
    missing = []
    if not (result.document.number or "").strip():
        missing.append("document number")
    if not ((result.holder.surname or "").strip() or (result.holder.full_name or "").strip()):
        missing.append("name")
    if result.holder.date_of_birth is None:
        missing.append("date of birth")
    if result.document.date_of_expiry is None:
        missing.append("date of expiry")
    return missing


def outcome_of(result: ScanResult) -> Outcome:
    """failed with an error; partial when a key field is missing or a vendor/local check failed; else ok."""
    if result.error is not None:
        return "failed"
    if missing_key_fields(result) or result.checks.overall_vendor == "fail" or result.mrz.local_check == "fail":
        return "partial"
    return "ok"


def finalize(result: ScanResult, *, today: dt.date) -> ScanResult:
    """Add the local checks and the outcome to an engine's result (in place; the same object is returned)."""
    if result.error is None:
        fill_from_mrz(result, today=today)  # a side with an MRZ and no printed fields (a card's back)
        _local_mrz_check(result, today)
        result.checks.expiry_local = expiry_status(result.document.date_of_expiry, today)
    result.outcome = outcome_of(result)
    return result
