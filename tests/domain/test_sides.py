"""Two sides, one record (domain.sides) and holder fields from the MRZ (domain.mrz_fill): examples and properties."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.checks import finalize
from desktop_app.domain.mrz import parse_mrz, scan_result_from_mrz
from desktop_app.domain.mrz_fill import fill_from_mrz
from desktop_app.domain.schema import (
    Document,
    ErrorInfo,
    Holder,
    ImageBlob,
    ScanResult,
    failed_result,
    to_json_dict,
)
from desktop_app.domain.sides import (
    DOCUMENT_KEYS,
    HOLDER_KEYS,
    NAME_KEYS,
    disagreement_warning,
    failed_side_warning,
    join_sides,
    may_pair,
    merge_sides,
    other_side_wanted,
)
from tests.domain.mrz_builder import TODAY, any_document, write_mrz

TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
VISA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"]
PORTRAIT = ImageBlob(mime="image/jpeg", data=b"\xff\xd8front-face", source="local_crop")


def _front() -> ScanResult:
    """An AccuAuth-like card front: printed names with accents, number, dates, the portrait; no MRZ."""
    result = ScanResult(
        vendor="accuauth", vendor_action="ocr/idcard", request_id="TID-front",
        document=Document(category="national_id", side="front", number="1712345678", personal_number="1712345678",
                          issuing_country="UTO", date_of_expiry=dt.date(2031, 2, 2)),
        holder=Holder(surname="ERIKSSÖN", given_names="ANNA MARÍA", full_name="ERIKSSÖN ANNA MARÍA",
                      name_split="vendor", date_of_birth=dt.date(1974, 8, 12), sex="F", extra={"profession": "A"}),
    )
    result.images.portrait = PORTRAIT
    result.images.face_region = [[1, 1], [9, 1], [9, 9], [1, 9]]
    return finalize(result, today=TODAY)


def _back(lines: list[str] | None = None) -> ScanResult:
    """A card back: the MRZ lines, the issue date and the parents; no printed name."""
    result = ScanResult(vendor="accuauth", vendor_action="ocr/idcard", request_id="TID-back",
                        document=Document(category="national_id", side="back", date_of_issue=dt.date(2021, 2, 2)),
                        holder=Holder(extra={"mother_name": "B", "profession": "B"}))
    result.mrz.lines = list(lines or TD1)
    return finalize(result, today=TODAY)


# ------------------------------------------------------------------------------------------------ mrz fill

def test_back_with_an_mrz_gets_its_holder_fields_from_it() -> None:
    back = _back()
    assert back.holder.surname == "ERIKSSON"
    assert back.holder.given_names == "ANNA MARIA"
    assert back.holder.name_split == "mrz"
    assert back.holder.date_of_birth == dt.date(1974, 8, 12)
    assert back.holder.sex == "F"
    assert back.document.number == "D23145890"
    assert back.document.date_of_expiry == dt.date(2012, 4, 15)
    assert back.outcome == "ok"  # no longer "partial" with empty holder fields
    assert {f.key for f in back.fields if f.source == "mrz"} >= {"surname", "given_names", "date_of_birth"}


def test_fill_never_overwrites_and_skips_values_whose_check_digit_fails() -> None:
    result = ScanResult(vendor="td", vendor_action="ocr/v1", holder=Holder(surname="PRINTED"))
    result.mrz.lines = [TD3[0], TD3[1].replace("7408122", "7408123")]  # the birth date's check digit fails
    filled = fill_from_mrz(result, today=TODAY)
    assert result.holder.surname == "PRINTED"
    assert result.holder.date_of_birth is None
    assert "date_of_birth" not in filled
    assert result.document.number == "L898902C3"


def test_fill_is_idempotent_through_finalize() -> None:
    back = _back()
    again = finalize(copy.deepcopy(back), today=TODAY)
    assert to_json_dict(again) == to_json_dict(back)


# ------------------------------------------------------------------------------------------------ merge

def test_card_front_and_back_become_one_record() -> None:
    front, back = _front(), _back()
    merged = join_sides(front, back, front_source="front.jpg", back_source="back.jpg", today=TODAY)
    assert merged.holder.surname == "ERIKSSÖN"  # printed names (with accents) before the MRZ's
    assert merged.document.number == "1712345678"  # the front's printed number
    assert merged.document.date_of_issue == dt.date(2021, 2, 2)  # only on the back
    assert merged.mrz.lines == TD1
    assert merged.mrz.local_check == "pass"
    assert merged.images.portrait == PORTRAIT
    assert merged.images.face_region == front.images.face_region
    assert merged.holder.extra == {"profession": "A", "mother_name": "B"}
    assert merged.request_id == "TID-front; TID-back"
    assert [(s.side, s.source, s.outcome) for s in merged.sides] == [
        ("front", "front.jpg", front.outcome), ("back", "back.jpg", back.outcome)]
    front_took, back_took = merged.sides[0].took, merged.sides[1].took
    assert "holder.surname" in front_took
    assert "images.portrait" in front_took
    assert "mrz" in back_took
    assert "document.date_of_issue" in back_took
    # the back's MRZ gives an expiry of 2012 and the front 2031: the operator is asked to compare
    assert disagreement_warning("date of expiry") in merged.warnings
    data = to_json_dict(merged)
    assert data["sides"][1]["took"] == back_took


def test_a_one_sided_read_prints_no_sides_key() -> None:
    assert "sides" not in to_json_dict(_front())


def test_failed_front_still_gives_a_record_from_the_back() -> None:
    front = failed_result("local", "mrz", ErrorInfo(category="bad_image", message="No MRZ."))
    merged = join_sides(front, _back(), front_source="f", back_source="b", today=TODAY)
    assert merged.error is None
    assert merged.holder.surname == "ERIKSSON"
    assert merged.sides[0].outcome == "failed"
    assert merged.sides[0].error is not None
    assert failed_side_warning("front") in merged.warnings
    assert merged.vendor == "accuauth"


def test_both_sides_failed_is_a_failed_record() -> None:
    info = ErrorInfo(category="network", message="down")
    merged = join_sides(failed_result("td", "a", info), failed_result("td", "a", info), front_source="f",
                        back_source="b", today=TODAY)
    assert merged.outcome == "failed"
    assert merged.error == info


def test_passport_and_visa_page_keep_the_passport_document() -> None:
    passport = finalize(scan_result_from_mrz(parse_mrz(TD3, today=TODAY)), today=TODAY)
    visa = finalize(scan_result_from_mrz(parse_mrz(VISA, today=TODAY)), today=TODAY)
    visa.document.date_of_issue = dt.date(2020, 1, 1)  # the visa's own issue date
    visa.holder.place_of_birth = "ZENITH"
    merged = join_sides(passport, visa, front_source="data-page", back_source="visa-page", today=TODAY)
    assert merged.document.category == "passport"
    assert merged.document.number == "L898902C3"
    assert merged.document.date_of_issue is None  # not the visa's
    assert merged.holder.place_of_birth == "ZENITH"  # holder values may come from the visa page
    assert merged.mrz.lines == TD3  # never the visa's MRZ
    assert "mrz" in merged.sides[0].took


def test_worse_verdicts_are_kept() -> None:
    front, back = _front(), _back()
    front.forgery.verdict, back.forgery.verdict = "pass", "suspected"
    back.forgery.reasons = ["photocopy"]
    back.checks.overall_vendor = "fail"
    merged = merge_sides(front, back, front_source="f", back_source="b")
    assert merged.forgery.verdict == "suspected"
    assert merged.forgery.reasons == ["photocopy"]
    assert merged.checks.overall_vendor == "fail"


# ------------------------------------------------------------------------------------------------ properties

_values = st.one_of(st.none(), st.just(""), st.sampled_from(["A1", "B2", "ÑU", "X"]))
_dates = st.one_of(st.none(), st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2060, 1, 1)))
_categories = st.sampled_from(["passport", "national_id", "visa", "unknown", "other"])


@st.composite
def sides(draw: st.DrawFn) -> ScanResult:
    if draw(st.integers(0, 9)) == 0:
        return failed_result("td", "ocr", ErrorInfo(category="server_error", message="busy"))
    result = ScanResult(vendor=draw(st.sampled_from(["td", "accuauth", "local"])), vendor_action="x")
    result.document.category = draw(_categories)
    result.document.side = draw(st.sampled_from(["front", "back", "single", None]))
    for key in DOCUMENT_KEYS:
        is_date = key.startswith("date_")
        setattr(result.document, key, draw(_dates if is_date else _values))
    for key in HOLDER_KEYS:
        value: Any = draw(_dates) if key == "date_of_birth" else draw(_values)
        if key == "sex":
            value = draw(st.sampled_from([None, "M", "F", "X"]))
        setattr(result.holder, key, value)
    for key in NAME_KEYS:
        setattr(result.holder, key, draw(_values))
    result.holder.name_split = draw(st.sampled_from(["vendor", "heuristic", "mrz", "none"]))
    if draw(st.booleans()):
        result.mrz.lines = write_mrz(draw(any_document))
    if draw(st.booleans()):
        result.images.portrait = ImageBlob(mime="image/png", data=draw(st.binary(min_size=1, max_size=4)))
    result.forgery.verdict = draw(st.sampled_from(["pass", "fail", "suspected", "not_performed", "unavailable"]))
    return finalize(result, today=TODAY)


PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _get(result: ScanResult, path: str) -> Any:
    part, key = path.split(".")
    return getattr(getattr(result, part), key)


@PROPS
@given(sides(), sides())
def test_merge_invents_nothing_and_records_where_each_value_came_from(front: ScanResult, back: ScanResult) -> None:
    before = (to_json_dict(front), to_json_dict(back))
    merged = merge_sides(front, back, front_source="f", back_source="b")
    assert (to_json_dict(front), to_json_dict(back)) == before  # the sides are not changed
    by_side = {"front": front, "back": back}
    recorded: dict[str, str] = {}
    for side in merged.sides:
        for key in side.took:
            assert key not in recorded, f"{key} taken from two sides"
            recorded[key] = side.side
    for key in [f"document.{k}" for k in DOCUMENT_KEYS] + [f"holder.{k}" for k in (*HOLDER_KEYS, *NAME_KEYS)]:
        value = _get(merged, key)
        if value in (None, ""):
            assert key not in recorded
            continue
        assert key in recorded, key
        source = by_side[recorded[key]]
        assert source.error is None
        assert _get(source, key) == value  # exactly what that side read


@PROPS
@given(sides(), sides())
def test_merge_keeps_every_value_one_side_has_and_prefers_the_front(front: ScanResult, back: ScanResult) -> None:
    merged = merge_sides(front, back, front_source="f", back_source="b")
    usable = [r for r in (front, back) if r.error is None]
    one_visa = len(usable) == 2 and (front.document.category == "visa") != (back.document.category == "visa")
    for key in HOLDER_KEYS:
        values = [getattr(r.holder, key) for r in usable if getattr(r.holder, key) not in (None, "")]
        if values:
            assert getattr(merged.holder, key) == values[0]  # the front's when it has one
    if not one_visa:
        for key in DOCUMENT_KEYS:
            values = [getattr(r.document, key) for r in usable if getattr(r.document, key) not in (None, "")]
            if values:
                assert getattr(merged.document, key) == values[0]
    if front.error is None and front.images.portrait is not None:
        assert merged.images.portrait == front.images.portrait
    assert merged.mrz.lines in ([], front.mrz.lines, back.mrz.lines)
    assert (merged.error is not None) == (not usable)
    assert [s.side for s in merged.sides] == ["front", "back"]


@PROPS
@given(sides(), sides())
def test_joined_record_is_finalized_and_stable(front: ScanResult, back: ScanResult) -> None:
    merged = join_sides(front, back, front_source="f", back_source="b", today=TODAY)
    again = finalize(copy.deepcopy(merged), today=TODAY)
    assert to_json_dict(again) == to_json_dict(merged)
    if merged.error is None and merged.mrz.lines:
        assert merged.mrz.local_check in ("pass", "fail")


def test_a_passport_data_page_is_not_offered_a_link() -> None:
    passport = finalize(scan_result_from_mrz(parse_mrz(TD3, today=TODAY)), today=TODAY)
    assert not may_pair(passport)
    assert may_pair(_back())
    assert may_pair(_front())
    passport.document.category = "visa"
    assert may_pair(passport)


def test_which_other_side_is_asked_for() -> None:
    assert other_side_wanted(_front_without_mrz()) == "back"
    assert other_side_wanted(_front()) == "back"  # a front whose MRZ is on the back
    back = _back()
    assert other_side_wanted(back) == "front"  # no portrait on the back
    back.images.portrait = PORTRAIT
    assert other_side_wanted(back) is None  # a card with both on one side
    passport = finalize(scan_result_from_mrz(parse_mrz(TD3, today=TODAY)), today=TODAY)
    assert other_side_wanted(passport) is None
    refused = failed_result("local", "mrz", ErrorInfo(category="bad_image", message="No MRZ here."))
    assert other_side_wanted(refused, no_mrz_message="No MRZ here.") == "back"
    assert other_side_wanted(refused, no_mrz_message="Something else.") is None
    assert other_side_wanted(failed_result("td", "x", ErrorInfo(category="network", message="No MRZ here.")),
                             no_mrz_message="No MRZ here.") is None


def _front_without_mrz() -> ScanResult:
    front = _front()
    front.mrz.lines = []
    return front
