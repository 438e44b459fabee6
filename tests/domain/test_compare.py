"""Second opinion: field-by-field differences between a vendor's reading and the local MRZ reading."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.compare import FieldDifference, compare_results
from desktop_app.domain.mrz import parse_mrz, scan_result_from_mrz
from desktop_app.domain.schema import Document, Holder, ScanResult

TODAY = dt.date(2026, 11, 21)
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def _local() -> ScanResult:
    return scan_result_from_mrz(parse_mrz(TD3, today=TODAY))


def _vendor(**changes: object) -> ScanResult:
    document = Document(number="L898902C3", date_of_expiry=dt.date(2012, 4, 15), issuing_country="UTO")
    holder = Holder(surname="Eriksson", given_names="Anna  Maria", sex="F", date_of_birth=dt.date(1974, 8, 12),
                    nationality="UTO")
    result = ScanResult(vendor="td", vendor_action="ocr/v1", document=document, holder=holder)
    for key, value in changes.items():
        target = result.document if hasattr(result.document, key) else result.holder
        setattr(target, key, value)
    return result


def test_identical_readings_have_no_differences() -> None:
    assert compare_results(_vendor(), _local()) == []


def test_normalisation_of_case_spaces_fillers_and_separators() -> None:
    vendor = _vendor(number="l898 902-c3", surname="eriksson", given_names="ANNA<MARIA", nationality="Utopian",
                     issuing_country="UTO")
    assert compare_results(vendor, _local()) == []


def test_each_compared_field_is_reported() -> None:
    vendor = _vendor(number="L898902C8", surname="ERIKSON", given_names="ANNA", date_of_birth=dt.date(1974, 8, 13),
                     date_of_expiry=dt.date(2013, 4, 15), sex="M", nationality="SWE", issuing_country="SWE")
    diffs = compare_results(vendor, _local())
    assert [d.key for d in diffs] == ["document_number", "surname", "given_names", "date_of_birth",
                                      "date_of_expiry", "sex", "nationality", "issuing_country"]
    assert diffs[0] == FieldDifference("document_number", "Document number", "L898902C8", "L898902C3")
    assert diffs[3].vendor_value == "1974-08-13"
    assert diffs[3].local_value == "1974-08-12"


def test_icao_transliteration_and_accents_are_not_differences() -> None:
    local = _local()
    local.holder.surname = "MUELLER"
    local.holder.given_names = "JOSE LUIS"
    vendor = _vendor(surname="Müller", given_names="José-Luis")
    assert compare_results(vendor, local) == []
    local.holder.surname = "ONEIL"
    assert compare_results(_vendor(surname="O'Neil", given_names="José Luis"), local) == []


def test_missing_values_only_with_include_missing() -> None:
    vendor = _vendor(number=None, sex=None)
    assert compare_results(vendor, _local()) == []
    diffs = compare_results(vendor, _local(), include_missing=True)
    assert [(d.key, d.vendor_value, d.local_value) for d in diffs] == [
        ("document_number", None, "L898902C3"), ("sex", None, "F"),
    ]


def test_non_latin_names_compare_as_written() -> None:
    local = _local()
    local.holder.surname = "张"
    assert [d.key for d in compare_results(_vendor(surname="李"), local)] == ["surname"]
    assert compare_results(_vendor(surname="张"), local) == []


def test_germany_d_equals_deu() -> None:
    local = _local()
    local.holder.nationality = None
    local.holder.nationality_raw = "D"
    assert compare_results(_vendor(nationality="DEU"), local) == []
    assert compare_results(_vendor(nationality="AUT"), local) == [
        FieldDifference("nationality", "Nationality", "AUT", "D"),
    ]
