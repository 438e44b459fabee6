"""TD answer parsing as pure functions: name precedence, the td.md examples, defensive decoding."""

from __future__ import annotations

import base64
import datetime as dt
import io
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from desktop_app.domain.normalize import DateKind, normalize_sex, parse_date
from desktop_app.engines import td
from desktop_app.engines import vendor_values as vv


def _f(name: str, value: str, validity: int | None = 1) -> dict[str, Any]:
    entry: dict[str, Any] = {"field_name": name, "value_list": [{"original_value": value, "value": value}]}
    if validity is not None:
        entry["validity_status"] = validity
    return entry


def _parse(fields: list[dict[str, Any]], **extra: Any) -> Any:
    body = {"code": 200, "sequence_id": "a" * 32, "result": "success", "card_info": {"field_list": fields}, **extra}
    return td.parse_response(body, country="GB", vendor_action="ocr")


def test_exact_names_beat_case_insensitive_ones() -> None:
    result = _parse([_f("date of birth", "1970-01-01"), _f("Date of Birth", "1974-08-12"),
                     _f("DATE OF EXPIRY", "2030-01-02")])
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.document.date_of_expiry == dt.date(2030, 1, 2)  # case-insensitive when no exact name exists


def test_document_number_beats_passport_number() -> None:
    result = _parse([_f("Passport Number", "P1"), _f("Document Number", "D1")])
    assert result.document.number == "D1"
    assert _parse([_f("Passport Number", "P1")]).document.number == "P1"


def test_first_non_empty_value_and_validity() -> None:
    entry = {"field_name": "Surname", "value_list": [{"original_value": "", "value": ""},
                                                     {"original_value": "Eriksson", "value": "ERIKSSON"}]}
    result = _parse([entry, _f("Given Names", "ANNA", validity=0), _f("Sex", "F", validity=None)])
    assert result.holder.surname == "ERIKSSON"
    by_key = {f.key: f for f in result.fields}
    assert (by_key["surname"].value, by_key["surname"].raw_value, by_key["surname"].validity) == \
        ("ERIKSSON", "Eriksson", "unavailable")
    assert by_key["given_names"].validity == "invalid"
    assert by_key["sex"].validity == "unavailable"


def test_mrz_split_on_caret_or_newline() -> None:
    assert td.split_mrz("AAA^BBB") == ["AAA", "BBB"]
    assert td.split_mrz("AAA\nBBB\r\nCCC") == ["AAA", "BBB", "CCC"]
    result = _parse([_f("MRZ Strings", "L1^L2")], status_info={"doc_type": 1, "expiry": 1, "mrz": 0, "text": 1})
    assert result.mrz.lines == ["L1", "L2"]
    assert result.mrz.vendor_check == "fail"


def test_td_md_partial_example() -> None:
    body = {
        "code": 200, "message": "success", "sequence_id": "b1c2", "result": "error",
        "status_info": {"doc_type": 1, "expiry": 0, "mrz": 1, "text": 2},
        "document_type_info": {"document_name": "Philippines - ePassport (2016)", "document_description": "Passport"},
        "card_info": {"field_list": [
            {"field_name": "Date of Expiry", "validity_status": 1,
             "value_list": [{"original_value": "23/08/2024", "value": "2024-08-23"}]},
            {"field_name": "Date of Birth", "validity_status": 1,
             "value_list": [{"original_value": "01/01/1979", "value": "1979-01-01"}]}]},
        "image_quality_info": {"result": 0, "list": [{"feature_type": 0, "type": 0, "result": 0},
                                                     {"feature_type": 0, "type": 1, "result": 1}]},
        "document_forgery_info": {"result": "fail", "detail": ["black_white_print"]},
    }
    result = td.parse_response(body, country="PH", vendor_action="ocr")
    assert result.outcome == "partial"
    assert (result.checks.overall_vendor, result.checks.expiry_vendor, result.checks.text_format) == \
        ("fail", "fail", "not_performed")
    assert result.document.issuing_country == "PHL"
    assert (result.forgery.verdict, result.forgery.reasons) == ("fail", ["photocopy_bw"])
    assert result.fields[0].lcid is None


def test_odd_shapes_never_crash() -> None:
    body: dict[str, Any] = {"code": 200, "result": 5, "status_info": [], "card_info": {"field_list": [None, 3, {}]},
                            "image_info": {"field_list": [{"field_name": "Portrait", "value_list": "x"}]},
                            "image_quality_info": {"list": [{"type": 99, "result": 1}, {"type": 0}]},
                            "document_forgery_info": {"result": "maybe", "detail": "text"}}
    result = td.parse_response(body, country=None, vendor_action="ocr")
    assert result.checks.overall_vendor == "unavailable"
    assert result.images.portrait is None
    assert [(i.check, i.status) for i in result.checks.image_quality.items] == [("glare", "unavailable")]
    assert result.forgery.verdict == "unavailable"
    assert result.request_id is None


# --- the vendor date and sex formats TD and Tencent send, through desktop_app.domain.normalize ---

@pytest.mark.parametrize(("raw", "kind", "expected"), [
    ("2024-08-23", "generic", dt.date(2024, 8, 23)), ("19900411", "birth", dt.date(1990, 4, 11)),
    ("11 Apr 1990", "birth", dt.date(1990, 4, 11)), ("27 JUL 1993", "generic", dt.date(1993, 7, 27)),
    ("15.04.2032", "expiry", dt.date(2032, 4, 15)), ("23/08/2024", "generic", dt.date(2024, 8, 23)),
    ("740812", "birth", dt.date(1974, 8, 12)), ("230414", "expiry", dt.date(2023, 4, 14)),
    ("12 ago 1974", "birth", dt.date(1974, 8, 12)), ("2024-02-30", "generic", None), ("", "generic", None),
    ("(09-99)", "generic", None), ("1990-04-11T00:00:00", "birth", dt.date(1990, 4, 11)),
    ("1990/04/11", "birth", dt.date(1990, 4, 11)), ("11 04 1990", "birth", dt.date(1990, 4, 11)),
])
def test_parse_date(raw: str, kind: DateKind, expected: dt.date | None) -> None:
    assert parse_date(raw, kind, today=dt.date(2026, 1, 1)) == expected


@given(st.text(max_size=40))
def test_parse_date_never_raises(raw: str) -> None:
    parse_date(raw, "birth")
    normalize_sex(raw)


@pytest.mark.parametrize(("raw", "expected"), [("M", "M"), ("female", "F"), ("<", "X"), ("女F", "F"), ("?", None),
                                               (None, None)])
def test_sex(raw: str | None, expected: str | None) -> None:
    assert normalize_sex(raw) == expected


def test_decode_image_sniffs_and_refuses() -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, format="PNG")
    good = base64.b64encode(buffer.getvalue()).decode()
    blob = vv.decode_image(f"data:image/png;base64,{good[:-2]}")  # data URI, padding dropped
    assert blob is not None
    assert (blob.mime, blob.source) == ("image/png", "vendor")
    assert vv.decode_image(base64.b64encode(b"plain text").decode()) is None  # not an image
    assert vv.decode_image("/4AAQSkZJRgABAQEBHwEfAADxxxxxx\u201d") is None
    assert vv.decode_image("") is None


@given(st.text(max_size=80))
def test_decode_image_never_raises(raw: str) -> None:
    vv.decode_image(raw)
