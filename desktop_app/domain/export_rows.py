"""Export rows: one flat, stable row per confirmed read, and the clipboard formats (TSV, JSON).

Pure functions, no I/O (the durable CSV append lives in `station/export.py`). Values stay plain in rows and
JSON; formulas are neutralised where a spreadsheet will read the text (CSV, TSV).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence

from desktop_app.domain.schema import ScanResult

DEFAULT_COLUMNS: tuple[str, ...] = (
    "confirmed_at",
    "engine",
    "document_category",
    "document_number",
    "personal_number",
    "issuing_country",
    "surname",
    "given_names",
    "sex",
    "date_of_birth",
    "nationality",
    "date_of_issue",
    "date_of_expiry",
    "mrz_check",
    "expiry_check",
    "forgery_verdict",
    "request_id",
    "corrected_fields",
)

# Cells a spreadsheet would run as a formula (OWASP CSV injection): = + - @ tab CR (and LF, for safety).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
# The same signs as the first *visible* character: spreadsheets skip leading blanks and invisible characters,
# and some map the full-width (and small) forms to ASCII when they parse a formula.
FORMULA_SIGNS = frozenset("=+-@" "\uff1d\uff0b\uff0d\uff20" "\ufe66\ufe62\ufe63\ufe6b")
# Leading characters a reader does not see: spaces of every width (NBSP, ideographic), controls (NUL) and
# format characters (zero-width space, BOM, joiners, soft hyphen).
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def row_for(result: ScanResult, corrected: Collection[str] = (), confirmed_at: dt.datetime | None = None,
            ) -> dict[str, str]:
    """The export row for a confirmed result. `corrected`: the keys the operator edited (sorted, `;`-joined).

    `confirmed_at` defaults to now, in local time with its UTC offset.
    """
    when = confirmed_at if confirmed_at is not None else dt.datetime.now().astimezone()
    doc, holder = result.document, result.holder
    mrz_check = result.mrz.local_check if result.mrz.local_check != "unavailable" else result.mrz.vendor_check
    values: dict[str, object] = {
        "confirmed_at": when,
        "engine": result.vendor,
        "document_category": doc.category,
        "document_number": doc.number,
        "personal_number": doc.personal_number,
        "issuing_country": doc.issuing_country,
        "surname": holder.surname,
        "given_names": holder.given_names,
        "sex": holder.sex,
        "date_of_birth": holder.date_of_birth,
        "nationality": holder.nationality,
        "date_of_issue": doc.date_of_issue,
        "date_of_expiry": doc.date_of_expiry,
        "mrz_check": mrz_check,
        "expiry_check": result.checks.expiry_local,
        "forgery_verdict": result.forgery.verdict,
        "request_id": result.request_id,
        "corrected_fields": ";".join(sorted(set(corrected))),
    }
    return {column: _text(values[column]) for column in DEFAULT_COLUMNS}


def _first_visible(cell: str) -> str:
    for ch in cell:
        if not ch.isspace() and unicodedata.category(ch) not in _INVISIBLE_CATEGORIES:
            return ch
    return ""


def starts_a_formula(cell: str) -> bool:
    """Would a spreadsheet read `cell` as a formula: a tab/CR/LF first, or = + - @ (or their full-width forms)
    as the first visible character after spaces, NBSP, zero-width characters, a BOM or NUL."""
    return cell.startswith(FORMULA_PREFIXES) or _first_visible(cell) in FORMULA_SIGNS


def neutralise_formula(cell: str) -> str:
    """Prefix a leading apostrophe when a spreadsheet would read the cell as a formula (even `-5`: safety)."""
    return "'" + cell if starts_a_formula(cell) else cell


def spreadsheet_cells(row: Mapping[str, str], columns: Sequence[str]) -> list[str]:
    """The row's cells in column order, formulas neutralised (missing columns are empty)."""
    return [neutralise_formula(_text(row.get(column, ""))) for column in columns]


def _tsv_cell(cell: str) -> str:
    return cell.replace("\r\n", " ").replace("\t", " ").replace("\r", " ").replace("\n", " ")


def rows_to_tsv(rows: Iterable[Mapping[str, str]], columns: Sequence[str] = DEFAULT_COLUMNS) -> str:
    """Header line plus one line per row, tab-separated, for pasting into a spreadsheet."""
    lines = ["\t".join(_tsv_cell(c) for c in columns)]
    lines += ["\t".join(_tsv_cell(cell) for cell in spreadsheet_cells(row, columns)) for row in rows]
    return "\n".join(lines) + "\n"


def rows_to_json(rows: Iterable[Mapping[str, str]]) -> str:
    """The rows as a JSON array of objects (values unchanged, UTF-8 text)."""
    return json.dumps([dict(row) for row in rows], ensure_ascii=False, indent=2)
