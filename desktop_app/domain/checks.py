"""Post-processing shared by every engine: local MRZ check digits, local expiry, outcome (schema section 2).

`finalize` is idempotent: running it twice gives the same result and adds no warning twice.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.mrz import MrzError, parse_mrz
from desktop_app.domain.mrz_fill import fill_from_mrz
from desktop_app.domain.schema import CheckStatus, MrzCheckDetail, MrzDoubt, Outcome, ScanResult

_CHECK_LABELS = {
    "document_number": "document number",
    "date_of_birth": "date of birth",
    "date_of_expiry": "date of expiry",
    "optional": "personal number",
    "composite": "composite",
}
_FIELD_LABELS = {
    "document_code": "document code", "issuing_state": "issuing state", "document_number": "document number",
    "nationality": "nationality", "date_of_birth": "date of birth", "sex": "sex", "date_of_expiry": "date of expiry",
    "optional_data1": "optional data", "optional_data2": "optional data 2", "surname": "surname",
    "given_names": "given names", "check_document_number": "the document number's check digit",
    "check_date_of_birth": "the date of birth's check digit",
    "check_date_of_expiry": "the date of expiry's check digit",
    "check_optional": "the personal number's check digit", "check_composite": "the composite check digit",
}
WARN_MRZ_LAYOUT = "The MRZ lines do not match any ICAO 9303 layout, so their check digits could not be verified."
WARN_VENDOR_DISAGREES_PASS = "The vendor passed the MRZ but its check digits fail locally."  # noqa: S105
WARN_VENDOR_DISAGREES_FAIL = "The vendor failed the MRZ but its check digits pass locally."


def _add_warning(result: ScanResult, text: str) -> None:
    if text not in result.warnings:
        result.warnings.append(text)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _shown(ch: str) -> str:
    return "a filler (<)" if ch == "<" else ch


def doubt_message(doubt: MrzDoubt) -> str:
    """One sentence for the operator about a character or field the engine was not sure of."""
    label = _FIELD_LABELS.get(doubt.field, doubt.field.replace("_", " "))
    if doubt.reason == "length":
        return (f"Check the names: MRZ line {doubt.position} was read a character short or long, so a letter may "
                "be missing or extra; compare the names with the document.")
    if doubt.reason == "unconfirmed":
        return "Check the names and country codes: a second read of the MRZ did not give the same ones."
    if doubt.reason == "code":
        return f"Check the {label}: {doubt.shown.replace('<', '') or 'an empty field'} is not an ICAO country code."
    if doubt.position == 0:
        return f"Check the {label}: {doubt.shown or 'the field'} is not a valid value there."
    where = f"{label}, {_ordinal(doubt.position)} character"
    options = " or ".join(_shown(ch) for ch in dict.fromkeys(doubt.shown + doubt.alternatives))
    if doubt.alternatives:
        return f"Check this character: {where} could be {options}."
    return f"Check this character: {where} ({_shown(doubt.shown)}) was not read with certainty."


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
        failed = ", ".join(_CHECK_LABELS[name] for name in read.failed_checks)
        _add_warning(result, f"MRZ check digits fail locally ({failed}): compare the fields with the document.")
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
