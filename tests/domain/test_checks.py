"""finalize: local MRZ check, expiry, outcome; idempotent."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from desktop_app.domain.checks import WARN_MRZ_LAYOUT, WARN_VENDOR_DISAGREES_FAIL, WARN_VENDOR_DISAGREES_PASS, finalize
from desktop_app.domain.mrz import parse_mrz, scan_result_from_mrz
from desktop_app.domain.schema import Document, ErrorInfo, Holder, ScanResult, failed_result, to_json_dict

TODAY = dt.date(2026, 11, 21)
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def _complete(**holder: object) -> ScanResult:
    result = ScanResult(
        vendor="structocr", vendor_action="passport",
        document=Document(number="X1", date_of_expiry=dt.date(2030, 1, 1)),
        holder=Holder(surname="DOE", date_of_birth=dt.date(1980, 1, 1)),
    )
    for key, value in holder.items():
        setattr(result.holder, key, value)
    return result


def test_complete_result_without_mrz_is_ok() -> None:
    result = finalize(_complete(), today=TODAY)
    assert result.outcome == "ok"
    assert result.mrz.local_check == "unavailable"
    assert result.checks.expiry_local == "pass"
    assert result.warnings == []


@pytest.mark.parametrize("missing", ["number", "surname", "date_of_birth", "date_of_expiry"])
def test_missing_key_field_is_partial(missing: str) -> None:
    result = _complete()
    target = result.holder if missing in ("surname", "date_of_birth") else result.document
    setattr(target, missing, None)
    assert finalize(result, today=TODAY).outcome == "partial"


def test_full_name_stands_in_for_surname() -> None:
    assert finalize(_complete(surname=None, full_name="JOHN DOE"), today=TODAY).outcome == "ok"


def test_vendor_overall_fail_is_partial() -> None:
    result = _complete()
    result.checks.overall_vendor = "fail"
    assert finalize(result, today=TODAY).outcome == "partial"


def test_error_is_failed() -> None:
    result = failed_result("td", "ocr/v1", ErrorInfo(category="auth", message="Check the key."))
    assert finalize(result, today=TODAY).outcome == "failed"


def test_expiry_local() -> None:
    assert finalize(_complete(), today=dt.date(2030, 1, 1)).checks.expiry_local == "pass"
    assert finalize(_complete(), today=dt.date(2030, 1, 2)).checks.expiry_local == "fail"
    result = _complete()
    result.document.date_of_expiry = None
    assert finalize(result, today=TODAY).checks.expiry_local == "unavailable"


def test_local_mrz_check_from_vendor_lines() -> None:
    result = _complete()
    result.mrz.lines = list(TD3)
    result.mrz.vendor_check = "pass"
    finalize(result, today=TODAY)
    assert result.mrz.local_check == "pass"
    assert result.mrz.local_check_detail.composite is True
    assert result.outcome == "ok"
    assert result.warnings == []


def test_local_mrz_check_fails_and_disagrees_with_vendor() -> None:
    result = _complete()
    result.mrz.lines = [TD3[0], TD3[1].replace("7408122", "7408123")]
    result.mrz.vendor_check = "pass"
    finalize(result, today=TODAY)
    assert result.mrz.local_check == "fail"
    assert result.mrz.local_check_detail.date_of_birth is False
    assert result.mrz.local_check_detail.document_number is True
    assert result.outcome == "partial"
    assert WARN_VENDOR_DISAGREES_PASS in result.warnings
    assert any("date of birth" in w for w in result.warnings)


def test_vendor_fail_local_pass_warns() -> None:
    result = _complete()
    result.mrz.lines = list(TD3)
    result.mrz.vendor_check = "fail"
    finalize(result, today=TODAY)
    assert WARN_VENDOR_DISAGREES_FAIL in result.warnings


def test_lines_with_stripped_padding_and_spaces_are_checked_as_is() -> None:
    result = _complete()
    result.mrz.lines = [TD3[0].rstrip("<"), " " + TD3[1].lower() + " "]
    finalize(result, today=TODAY)
    assert result.mrz.local_check == "pass"
    assert result.mrz.lines == [TD3[0].rstrip("<"), " " + TD3[1].lower() + " "]  # the vendor's text is kept


def test_lines_of_no_layout_fail_with_a_warning() -> None:
    result = _complete()
    result.mrz.lines = ["NOT AN MRZ"]
    finalize(result, today=TODAY)
    assert result.mrz.local_check == "fail"
    assert WARN_MRZ_LAYOUT in result.warnings
    assert result.outcome == "partial"


def test_finalize_does_not_repair() -> None:
    result = _complete()
    result.mrz.lines = [TD3[0], TD3[1].replace("L898902C3", "L8989O2C3")]
    finalize(result, today=TODAY)
    assert result.mrz.local_check == "fail"
    assert result.mrz.lines[1].startswith("L8989O2C3")


def test_finalize_is_idempotent() -> None:
    result = _complete()
    result.mrz.lines = [TD3[0], TD3[1].replace("7408122", "7408123")]
    result.mrz.vendor_check = "pass"
    once = to_json_dict(finalize(result, today=TODAY))
    twice = to_json_dict(finalize(copy.deepcopy(result), today=TODAY))
    assert once == twice


def test_finalize_local_engine_result() -> None:
    result = finalize(scan_result_from_mrz(parse_mrz(TD3, today=TODAY)), today=TODAY)
    assert result.outcome == "ok"
    assert result.checks.expiry_local == "fail"  # the specimen expired in 2012
    assert result.mrz.local_check == "pass"
