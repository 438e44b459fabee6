"""Holder and document fields taken from a result's own MRZ when the engine left them empty.

A card's back (AccuAuth's `card_side: back`, a TD1 back read by a vendor) often comes with the MRZ lines and
no printed name, so the read looked `partial` with empty holder fields although its MRZ holds the names. Here
the empty fields are filled from the MRZ: names, sex and nationality as written there, and the document number
and dates only when their check digit passes (a wrong digit must not become a confident value). Nothing the
engine gave is overwritten; each filled value is added to `fields` with source "mrz". Pure and idempotent.
"""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.mrz import MrzError, MrzRead, parse_mrz
from desktop_app.domain.schema import Field, ScanResult

_LABELS = {
    "surname": "Surname", "given_names": "Given names", "sex": "Sex", "nationality": "Nationality",
    "date_of_birth": "Date of birth", "document_number": "Document number", "date_of_expiry": "Date of expiry",
    "issuing_state": "Issuing state",
}


def _read(lines: list[str], today: dt.date) -> MrzRead | None:
    from desktop_app.domain.checks import mrz_lines_for_check  # checks imports this module

    try:
        return parse_mrz(mrz_lines_for_check(lines), today=today)
    except MrzError:
        return None


def fill_from_mrz(result: ScanResult, *, today: dt.date) -> list[str]:
    """Fill `result`'s empty holder/document fields from its MRZ lines (in place); returns the keys filled."""
    if result.error is not None or not result.mrz.lines:
        return []
    read = _read(result.mrz.lines, today)
    if read is None:
        return []
    holder, doc = result.holder, result.document
    filled: list[tuple[str, str | None, str]] = []  # (field key, normalized value, MRZ text)
    if not (holder.surname or holder.given_names or holder.full_name) and read.surname:
        holder.surname, holder.given_names = read.surname, read.given_names or None
        holder.full_name = " ".join(p for p in (read.surname, read.given_names) if p)
        holder.name_split = "mrz"
        filled.append(("surname", read.surname, read.surname))
        if read.given_names:
            filled.append(("given_names", read.given_names, read.given_names))
    if holder.sex is None and read.sex is not None:
        holder.sex, holder.sex_raw = read.sex, holder.sex_raw or read.sex_raw
        filled.append(("sex", read.sex, read.sex_raw))
    if holder.nationality is None and read.nationality is not None:
        holder.nationality = read.nationality
        holder.nationality_raw = holder.nationality_raw or read.nationality_raw.replace("<", "")
        filled.append(("nationality", read.nationality, read.nationality_raw))
    if holder.date_of_birth is None and read.date_of_birth is not None and read.checks.date_of_birth:
        holder.date_of_birth = read.date_of_birth
        filled.append(("date_of_birth", read.date_of_birth.isoformat(), read.date_of_birth_raw))
    if not doc.number and read.document_number and read.checks.document_number:
        doc.number = read.document_number
        filled.append(("document_number", read.document_number, read.document_number))
    if doc.date_of_expiry is None and read.date_of_expiry is not None and read.checks.date_of_expiry:
        doc.date_of_expiry = read.date_of_expiry
        filled.append(("date_of_expiry", read.date_of_expiry.isoformat(), read.date_of_expiry_raw))
    if doc.issuing_country is None and read.issuing_state is not None:
        doc.issuing_country = read.issuing_state
        doc.issuing_country_raw = doc.issuing_country_raw or read.issuing_state_raw.replace("<", "")
        filled.append(("issuing_state", read.issuing_state, read.issuing_state_raw))
    for key, value, raw in filled:
        result.fields.append(Field(key=key, label=_LABELS[key], value=value, raw_value=raw, source="mrz",
                                   validity="not_checked"))
    return [key for key, _, _ in filled]
