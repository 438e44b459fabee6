"""Tencent answer parsing and code classification as pure functions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from desktop_app.engines import tencent
from desktop_app.engines.base import ScanOptions
from tests.fakes.tencent_fake import passport_response


def test_unreadable_mrz_date_falls_back_to_the_visual_zone_without_warning() -> None:
    inner = passport_response("success")
    inner["DateOfBirth"] = "1974??12"
    result = tencent.parse_passport(inner)
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.warnings == []


def test_unreadable_everywhere_warns() -> None:
    inner = passport_response("success")
    inner["DateOfExpiration"] = "soon"
    inner["PassportRecognizeInfos"]["DateOfExpiration"] = "later"
    result = tencent.parse_passport(inner)
    assert result.document.date_of_expiry is None
    assert any("date of expiry" in w for w in result.warnings)
    assert result.outcome == "partial"


def test_older_yymmdd_dates() -> None:
    inner = passport_response("success")
    inner.update(DateOfBirth="740812", DateOfExpiration="230414")
    inner["PassportRecognizeInfos"].update(DateOfBirth="", DateOfExpiration="")
    result = tencent.parse_passport(inner)
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.document.date_of_expiry == dt.date(2023, 4, 14)


def test_tencent_md_extractdocmulti_example() -> None:
    inner: dict[str, Any] = {
        "Angle": 0.0,
        "StructuralList": [
            {"Groups": [{"Lines": [{"Key": {"AutoName": "Name", "ConfigName": "Name"},
                                    "Value": {"AutoContent": "ERIKSSON ANNA MARIA", "Coord": {}}}]}]},
            {"Groups": [{"Lines": [{"Key": {"AutoName": "DateOfBirth", "ConfigName": "DateOfBirth"},
                                    "Value": {"AutoContent": "12 AUG 1974", "Coord": {}}}]}]}],
        "WordList": [], "TokenNum": 2, "RequestId": "6c1f0a2e-3b7d-4a7e-9b52-0f4f3d1c2a11"}
    result = tencent.parse_generic(inner, ScanOptions())
    assert result.request_id == "6c1f0a2e-3b7d-4a7e-9b52-0f4f3d1c2a11"
    assert result.holder.full_name == "ERIKSSON ANNA MARIA"
    assert result.holder.date_of_birth == dt.date(1974, 8, 12)
    assert result.document.category == "unknown"
    assert result.outcome == "partial"  # no number, no expiry
    assert result.mrz.lines == []


def test_mrz_from_text() -> None:
    lines = ["PASSPORT", "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
             "L898902C36UTO7408122F1204159ZE184226B<<<<< 10"]
    assert tencent.mrz_from_text(lines) == [lines[1], "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    assert tencent.mrz_from_text(["HELLO", "WORLD"]) == []


def test_code_families() -> None:
    assert tencent.rule_for("AuthFailure.SomethingNew").category == "auth"
    assert tencent.rule_for("AuthFailure.UnauthorizedOperation").category == "not_enabled"
    assert tencent.rule_for("RequestLimitExceeded.Something").retry == "transient"
    assert tencent.rule_for("ResourceUnavailable.Other").category == "quota_exhausted"
    assert tencent.rule_for("FailedOperation.Brandnew").category == "bad_image"
    assert tencent.rule_for("InvalidParameterValue.UnsupportedCard").category == "bad_image"  # exact beats family
    assert tencent.rule_for("Totally.Unknown").category == "server_error"
    assert tencent.rule_for("FailedOperation.EmptyImageError").billed == "yes"


def test_odd_shapes_never_crash() -> None:
    result = tencent.parse_passport({"ID": 123, "PassportRecognizeInfos": "x", "WarnCardInfos": "nope",
                                     "Image": "%%%", "CodeSet": None})
    assert result.document.number == "123"
    assert result.images.portrait is None
    assert result.forgery.verdict == "unavailable"
    generic = tencent.parse_generic({"StructuralList": [{"Groups": [{"Lines": [{"Key": 1, "Value": None}]}]}],
                                     "WordList": [{"DetectedText": None}]}, ScanOptions(document="driver_license"))
    assert generic.fields == []
    assert generic.document.category == "driver_license"
