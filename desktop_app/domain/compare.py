"""Second opinion: where a vendor's reading and the local (MRZ) reading of the same document disagree.

Values are compared after normalisation (case, spacing, MRZ fillers, hyphens and apostrophes, diacritics and
the ICAO transliterations such as Ü -> UE), so only real disagreements are reported.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from desktop_app.domain.countries import to_alpha3
from desktop_app.domain.field_labels import FIELD_LABELS
from desktop_app.domain.schema import ScanResult

__all__ = ["COMPARED_FIELDS", "FieldDifference", "compare_results", "compared_keys"]


@dataclass(frozen=True, slots=True)
class FieldDifference:
    key: str
    label: str
    vendor_value: str | None
    local_value: str | None


Value = str | dt.date | None

COMPARED_FIELDS: tuple[tuple[str, str, Callable[[ScanResult], Value]], ...] = (
    ("document_number", FIELD_LABELS["document_number"], lambda r: r.document.number),
    ("surname", FIELD_LABELS["surname"], lambda r: r.holder.surname),
    ("given_names", FIELD_LABELS["given_names"], lambda r: r.holder.given_names),
    ("date_of_birth", FIELD_LABELS["date_of_birth"], lambda r: r.holder.date_of_birth),
    ("date_of_expiry", FIELD_LABELS["date_of_expiry"], lambda r: r.document.date_of_expiry),
    ("sex", FIELD_LABELS["sex"], lambda r: r.holder.sex),
    ("nationality", FIELD_LABELS["nationality"], lambda r: r.holder.nationality or r.holder.nationality_raw),
    ("issuing_country", FIELD_LABELS["issuing_country"],
     lambda r: r.document.issuing_country or r.document.issuing_country_raw),
)

# ICAO 9303 part 3 transliterations that differ from simply dropping the accent
_TRANSLIT = str.maketrans({"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Ø": "OE", "Æ": "AE", "ß": "SS",
                           "Þ": "TH", "Ĳ": "IJ", "Œ": "OE"})


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _plain(text: str) -> str:
    text = text.replace("'", "").replace("’", "")
    text = re.sub(r"[^A-Z0-9]+", " ", text)
    return " ".join(text.split())


def _name_forms(value: str) -> set[str]:
    upper = value.upper().replace("<", " ")
    forms = {_plain(_strip_accents(upper)), _plain(_strip_accents(upper.translate(_TRANSLIT)))} - {""}
    return forms or {" ".join(upper.split())}  # non-Latin scripts compare as written


def _number_form(value: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", _strip_accents(value.upper()))


def _country_form(value: str) -> str:
    return to_alpha3(value) or _plain(_strip_accents(value.upper()))


def _display(value: Value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _same(key: str, a: Value, b: Value) -> bool:
    if isinstance(a, dt.date) or isinstance(b, dt.date):
        return a == b
    assert isinstance(a, str)
    assert isinstance(b, str)
    if key == "document_number":
        return _number_form(a) == _number_form(b)
    if key in ("nationality", "issuing_country"):
        return _country_form(a) == _country_form(b)
    if key == "sex":
        return a.strip().upper() == b.strip().upper()
    return bool(_name_forms(a) & _name_forms(b))


def _present(value: Value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.replace("<", "").strip()))


def compare_results(vendor: ScanResult, local: ScanResult, *, include_missing: bool = False) -> list[FieldDifference]:
    """The fields on which the two readings disagree, in a fixed order.

    A field missing on one side is not a disagreement unless `include_missing` is set.
    """
    differences: list[FieldDifference] = []
    for key, label, get in COMPARED_FIELDS:
        a, b = get(vendor), get(local)
        if not (_present(a) and _present(b)):
            if include_missing and _present(a) != _present(b):
                differences.append(FieldDifference(key, label, _display(a), _display(b)))
            continue
        if not _same(key, a, b):
            differences.append(FieldDifference(key, label, _display(a), _display(b)))
    return differences


def compared_keys(vendor: ScanResult, local: ScanResult) -> list[str]:
    """The keys of the compared fields both readings hold (what an agreement is about)."""
    return [key for key, _label, get in COMPARED_FIELDS if _present(get(vendor)) and _present(get(local))]
