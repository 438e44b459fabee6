"""The review form's model: which fields the operator sees and edits, where each lives in the `ScanResult`, and
how an edit is checked (all or nothing) and written back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from desktop_app.domain.field_labels import FIELD_LABELS
from desktop_app.domain.schema import ScanResult
from desktop_app.station.texts import fill, translate

FieldKind = Literal["text", "date", "sex", "country", "multiline", "category"]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One editable field of the review form: where it lives in the `ScanResult`."""

    key: str  # export column name (domain.export_rows) and Field.key
    part: Literal["document", "holder"]
    attr: str
    kind: FieldKind = "text"

    @property
    def label(self) -> str:
        """English (domain.field_labels); the UI translates it."""
        return FIELD_LABELS[self.key]


REVIEW_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("document_category", "document", "category", "category"),
    FieldSpec("document_number", "document", "number"),
    FieldSpec("surname", "holder", "surname"),
    FieldSpec("given_names", "holder", "given_names"),
    FieldSpec("full_name", "holder", "full_name"),
    FieldSpec("sex", "holder", "sex", "sex"),
    FieldSpec("date_of_birth", "holder", "date_of_birth", "date"),
    FieldSpec("nationality", "holder", "nationality", "country"),
    FieldSpec("issuing_country", "document", "issuing_country", "country"),
    FieldSpec("date_of_issue", "document", "date_of_issue", "date"),
    FieldSpec("date_of_expiry", "document", "date_of_expiry", "date"),
    FieldSpec("personal_number", "document", "personal_number"),
    FieldSpec("place_of_birth", "holder", "place_of_birth"),
    FieldSpec("issuing_authority", "document", "issuing_authority"),
    FieldSpec("place_of_issue", "document", "place_of_issue"),
    FieldSpec("address", "holder", "address", "multiline"),
)
FIELD_BY_KEY = {spec.key: spec for spec in REVIEW_FIELDS}
SEX_VALUES = ("M", "F", "X")
CATEGORIES = ("passport", "national_id", "driver_license", "residence_permit", "voter_id", "visa", "other",
              "unknown")


class EditError(ValueError):
    """An operator edit that cannot be stored (e.g. a date that is not YYYY-MM-DD)."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def field_text(result: ScanResult, spec: FieldSpec) -> str:
    value = getattr(getattr(result, spec.part), spec.attr)
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def raw_reading(result: ScanResult, key: str) -> tuple[str, str] | None:
    """(the value as the engine returned it, where it was read: "mrz", "viz", "barcode" or "unknown") when it
    differs from the normalized one; the review shows an MRZ value as the MRZ's."""
    for item in result.fields:
        if item.key == key and item.raw_value not in (None, "", item.value):
            return str(item.raw_value), str(item.source)
    return None


def validity_of(result: ScanResult, key: str) -> str:
    """valid / invalid / not_checked for one review field (from the engine's fields and the MRZ check)."""
    for item in result.fields:
        if item.key == key and item.validity in ("valid", "invalid"):
            return item.validity
    detail = result.mrz.local_check_detail
    mrz_map = {"document_number": detail.document_number, "date_of_birth": detail.date_of_birth,
               "date_of_expiry": detail.date_of_expiry}
    verdict = mrz_map.get(key)
    if verdict is True:
        return "valid"
    if verdict is False:
        return "invalid"
    return "not_checked"


def _label(spec: FieldSpec) -> str:
    """The field's label in the operator's language (the ui's "Fields" translations of `FIELD_LABELS`)."""
    return translate("Fields", spec.label)


def validate_edit(spec: FieldSpec, text: str) -> Any:
    """The typed value for an edit, or EditError with one sentence."""
    text = text.strip()
    if not text:
        return None
    if spec.kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError as err:
            message = fill(translate("Edits", "%1: write the date as YYYY-MM-DD, e.g. 1990-04-11."), _label(spec))
            raise EditError(spec.key, message) from err
    if spec.kind == "sex":
        value = text.upper()
        if value not in SEX_VALUES:
            raise EditError(spec.key, fill(translate("Edits", "%1: use M, F or X."), _label(spec)))
        return value
    if spec.kind == "country":
        value = text.upper()
        if len(value) != 3 or not value.replace("<", "A").isalpha():
            message = fill(translate("Edits", "%1: use the three-letter code, e.g. ESP or USA."), _label(spec))
            raise EditError(spec.key, message)
        return value
    if spec.kind == "category":
        if text not in CATEGORIES:
            raise EditError(spec.key, fill(translate("Edits", "%1: choose one of the listed types."), _label(spec)))
        return text
    return text


def apply_edits(result: ScanResult, edits: dict[str, str]) -> list[str]:
    """Write the operator's edits into `result`; return the keys that really changed (export marks them)."""
    typed: dict[str, Any] = {}
    for key, text in edits.items():
        spec = FIELD_BY_KEY.get(key)
        if spec is None:
            continue
        typed[key] = validate_edit(spec, text)  # all or nothing: validate every edit first
    changed: list[str] = []
    for key, value in typed.items():
        spec = FIELD_BY_KEY[key]
        target = getattr(result, spec.part)
        if getattr(target, spec.attr) != value:
            setattr(target, spec.attr, value)
            changed.append(key)
    return changed
