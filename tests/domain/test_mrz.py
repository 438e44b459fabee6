"""ICAO Doc 9303 worked examples and the traps real documents set."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.domain.mrz import (
    MrzError,
    MrzFormat,
    check_digit,
    detect_format,
    document_category,
    normalize_ocr_text,
    parse_mrz,
    repair_mrz,
    scan_result_from_mrz,
)

TODAY = dt.date(2026, 11, 21)

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
TD1_LONG = ["I<UTOD23145890<7349<<<<<<<<<<<", "3407127M9507122UTO<<<<<<<<<<<2", "STEVENSON<<PETER<JOHN<<<<<<<<<"]
TD2 = ["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"]
MRVA = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L8988901C4XXX4009078F96121096ZE184226B<<<<<<"]
MRVB = ["V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "L8988901C4XXX4009078F9612109<<<<<<<<"]


@pytest.mark.parametrize(("field", "digit"), [
    ("L898902C3", "6"), ("740812", "2"), ("120415", "9"), ("ZE184226B<<<<<", "1"), ("D23145890734", "9"),
    ("", "0"), ("<<<<<<", "0"),
])
def test_check_digit_examples(field: str, digit: str) -> None:
    assert check_digit(field) == digit


def test_check_digit_rejects_other_characters() -> None:
    with pytest.raises(ValueError, match="not allowed"):
        check_digit("ab1")


def test_td3_eriksson_every_check_digit() -> None:
    read = parse_mrz(TD3, today=TODAY)
    assert read.format is MrzFormat.TD3
    assert read.valid
    assert (read.checks.document_number, read.checks.date_of_birth, read.checks.date_of_expiry,
            read.checks.optional, read.checks.composite) == (True, True, True, True, True)
    assert read.document_code == "P"
    assert read.issuing_state == "UTO"
    assert read.document_number == "L898902C3"
    assert read.nationality == "UTO"
    assert read.surname == "ERIKSSON"
    assert read.given_names == "ANNA MARIA"
    assert read.date_of_birth == dt.date(1974, 8, 12)
    assert read.date_of_expiry == dt.date(2012, 4, 15)
    assert read.sex == "F"
    assert read.personal_number == "ZE184226B"
    assert read.date_of_birth_raw == "740812"
    assert read.date_of_expiry_raw == "120415"


@pytest.mark.parametrize(("lines", "fmt"), [(TD1, MrzFormat.TD1), (TD2, MrzFormat.TD2)])
def test_td1_td2_examples(lines: list[str], fmt: MrzFormat) -> None:
    read = parse_mrz(lines, today=TODAY)
    assert read.format is fmt
    assert read.valid
    assert read.checks.optional is None
    assert read.checks.composite is True
    assert read.document_code == "I"
    assert read.document_number == "D23145890"
    assert (read.surname, read.given_names) == ("ERIKSSON", "ANNA MARIA")
    assert read.date_of_birth == dt.date(1974, 8, 12)
    assert read.date_of_expiry == dt.date(2012, 4, 15)
    assert read.personal_number is None


def test_td1_long_document_number_continues_in_optional_data() -> None:
    read = parse_mrz(TD1_LONG, today=TODAY)
    assert read.valid
    assert read.document_number == "D23145890734"
    assert read.optional_data1 == ""
    assert read.sex == "M"
    assert read.date_of_expiry == dt.date(1995, 7, 12)


def test_td1_long_number_with_wrong_continuation_check_fails() -> None:
    lines = [TD1_LONG[0].replace("7349", "7348"), *TD1_LONG[1:]]
    read = parse_mrz(lines, today=TODAY)
    assert read.checks.document_number is False
    assert not read.valid


@pytest.mark.parametrize(("lines", "fmt"), [(MRVA, MrzFormat.MRV_A), (MRVB, MrzFormat.MRV_B)])
def test_visa_examples_have_no_composite(lines: list[str], fmt: MrzFormat) -> None:
    read = parse_mrz(lines, today=TODAY)
    assert read.format is fmt
    assert read.valid
    assert read.checks.composite is None
    assert read.checks.optional is None
    assert read.document_number == "L8988901C"
    assert read.nationality == "XXX"
    assert read.date_of_birth == dt.date(1940, 9, 7)
    assert read.date_of_expiry == dt.date(1996, 12, 10)
    assert document_category(read.document_code) == "visa"


def test_detect_format() -> None:
    assert detect_format(TD3) is MrzFormat.TD3
    assert detect_format("\n".join(TD1)) is MrzFormat.TD1
    assert detect_format([TD3[0][:-1], TD3[1]]) is None
    assert detect_format(TD3[:1]) is None
    with pytest.raises(MrzError):
        parse_mrz(["ABC", "DEF"], today=TODAY)


def test_wrong_digit_fails_its_check() -> None:
    bad = [TD3[0], TD3[1].replace("7408122", "7408132")]
    read = parse_mrz(bad, today=TODAY)
    assert read.checks.date_of_birth is False
    assert read.checks.composite is False
    assert not read.valid
    assert read.failed_checks == ["date_of_birth", "composite"]


# --------------------------------------------------------------------------- traps

def _td3(line1_name: str, *, state: str = "UTO", nationality: str = "UTO", number: str = "L898902C3",
         dob: str = "740812", sex: str = "F", expiry: str = "320415", personal: str = "<" * 14,
         personal_check: str | None = None, code: str = "P<") -> list[str]:
    line1 = (code + state + line1_name).ljust(44, "<")[:44]
    pc = check_digit(personal) if personal_check is None else personal_check
    body = (number + check_digit(number) + nationality + dob + check_digit(dob) + sex + expiry + check_digit(expiry)
            + personal + pc)
    composite_text = body[0:10] + body[13:20] + body[21:43]
    return [line1, body + check_digit(composite_text)]


def test_austrian_empty_personal_number_with_filler_check_digit() -> None:
    lines = _td3("MUSTERFRAU<<MARIA", state="AUT", nationality="AUT", personal_check="<")
    read = parse_mrz(lines, today=TODAY)
    assert read.checks.optional is True
    assert read.valid
    assert read.personal_number is None


def test_filler_check_digit_over_non_empty_field_fails() -> None:
    lines = _td3("MUSTER<<MAX", personal="AB12345<<<<<<<", personal_check="<")
    assert parse_mrz(lines, today=TODAY).checks.optional is False


def test_germany_d_filler_filler() -> None:
    lines = _td3("MUSTERMANN<<ERIKA", state="D<<", nationality="D<<", number="C01X00T47")
    read = parse_mrz(lines, today=TODAY)
    assert read.valid
    assert read.issuing_state == "DEU"
    assert read.nationality == "DEU"
    assert read.issuing_state_raw == "D<<"
    result = scan_result_from_mrz(read)
    assert result.document.issuing_country == "DEU"
    assert result.document.issuing_country_raw == "D"


def test_two_letter_state_padded_with_filler() -> None:
    read = parse_mrz(_td3("SMITH<<JOHN", state="GB<", nationality="GB<"), today=TODAY)
    assert read.issuing_state == "GBR"
    assert read.nationality == "GBR"


def test_chinese_names_single_filler_is_space() -> None:
    read = parse_mrz(_td3("ZHANG<<SAN<FENG", state="CHN", nationality="CHN", code="PO"), today=TODAY)
    assert (read.surname, read.given_names) == ("ZHANG", "SAN FENG")
    assert read.document_code == "PO"
    assert document_category(read.document_code) == "passport"


def test_name_without_double_filler_is_all_surname() -> None:
    read = parse_mrz(_td3("OUYANG<XIAO<MING"), today=TODAY)
    assert (read.surname, read.given_names) == ("OUYANG XIAO MING", "")


def test_name_filling_the_whole_field_is_truncated_not_split() -> None:
    name = "A" * 39
    read = parse_mrz(_td3(name), today=TODAY)
    assert read.surname == name
    assert read.given_names == ""


def test_century_pivot_birth_and_expiry() -> None:
    read = parse_mrz(_td3("OLD<<PASS", dob="250101", expiry="990101"), today=TODAY)
    assert read.date_of_birth == dt.date(2025, 1, 1)
    assert read.date_of_expiry == dt.date(1999, 1, 1)  # expired in 1999, not 2099
    read = parse_mrz(_td3("OLD<<PASS", dob="270101", expiry="360101"), today=TODAY)
    assert read.date_of_birth == dt.date(1927, 1, 1)  # 2027 would be in the future
    assert read.date_of_expiry == dt.date(2036, 1, 1)


def test_expiry_just_within_fifty_years_is_this_century() -> None:
    read = parse_mrz(_td3("X<<Y", expiry="760101"), today=TODAY)
    assert read.date_of_expiry == dt.date(2076, 1, 1)
    read = parse_mrz(_td3("X<<Y", expiry="770101"), today=TODAY)
    assert read.date_of_expiry == dt.date(1977, 1, 1)


def test_impossible_date_is_none_but_raw_kept() -> None:
    read = parse_mrz(_td3("X<<Y", dob="741312"), today=TODAY)
    assert read.checks.date_of_birth is True
    assert read.date_of_birth is None
    assert read.date_of_birth_raw == "741312"
    assert read.field_validity["date_of_birth"] is False


def test_unknown_sex_filler_is_x() -> None:
    read = parse_mrz(_td3("X<<Y", sex="<"), today=TODAY)
    assert read.sex == "X"
    assert read.sex_raw == "<"


@pytest.mark.parametrize(("code", "category"), [
    ("P", "passport"), ("PO", "passport"), ("V", "visa"), ("I", "national_id"), ("ID", "national_id"),
    ("IR", "residence_permit"), ("AR", "residence_permit"), ("A", "national_id"), ("AC", "national_id"),
    ("C", "national_id"), ("CD", "national_id"), ("", "unknown"),
])
def test_document_category(code: str, category: str) -> None:
    assert document_category(code) == category


# --------------------------------------------------------------------------- repair

def test_repair_forces_character_classes() -> None:
    broken = [TD3[0].replace("ERIKSSON", "ERIK55ON"), TD3[1].replace("7408122F12", "74O8I22F1Z")]
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == TD3
    assert repaired.read is not None
    assert repaired.read.valid
    assert not repaired.ambiguous
    assert (1, 15, "O", "0") in repaired.changes


def test_repair_letter_at_a_long_number_layouts_number_check() -> None:
    clean = ["I<ABWA<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "0<<<<<<<<0ABW0001018M0001018<<<<<<<6"]  # TD2: check may be '<'
    broken = [clean[0], clean[1][:9] + "O" + clean[1][10:]]
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == clean
    assert repaired.changes == [(1, 9, "O", "0")]
    assert repaired.read is not None
    assert repaired.read.valid


def test_repair_document_number_single_confusion() -> None:
    broken = [TD3[0], "L8989O2C3" + TD3[1][9:]]  # 0 read as O inside the alphanumeric number
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == TD3
    assert repaired.changes == [(1, 5, "O", "0")]


def test_repair_leaves_valid_mrz_alone() -> None:
    repaired = repair_mrz(TD3, today=TODAY)
    assert repaired.lines == TD3
    assert repaired.changes == []


def test_repair_ambiguous_candidates_are_left_and_flagged() -> None:
    # number "S1S1S1S1S" with a wrong check digit: several single swaps would validate it
    lines = _td3("X<<Y", number="S1S1S1S1S")
    body = lines[1]
    digit = body[9]
    candidates = 0
    for i, ch in enumerate("S1S1S1S1S"):
        alt = {"S": "5", "1": "I"}[ch]
        cand = "S1S1S1S1S"[:i] + alt + "S1S1S1S1S"[i + 1:]
        candidates += check_digit(cand) == str((int(digit) + 1) % 10)
    broken = [lines[0], body[:9] + str((int(digit) + 1) % 10) + body[10:]]
    repaired = repair_mrz(broken, today=TODAY)
    if candidates > 1:
        assert repaired.ambiguous
        assert repaired.lines[1][:9] == "S1S1S1S1S"
    assert repaired.read is not None
    assert not repaired.read.valid


def test_repair_never_sees_blind_swaps() -> None:
    # G <-> 6 differ by 10: the check digit is the same, so the read stays as it is
    lines = _td3("X<<Y", number="AG1234567")
    swapped = [lines[0], "A61234567" + lines[1][9:]]
    repaired = repair_mrz(swapped, today=TODAY)
    assert repaired.lines == swapped
    assert repaired.read is not None
    assert repaired.read.valid


def test_repair_normalises_ocr_output() -> None:
    noisy = ["\u03a1<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    assert repair_mrz(noisy, today=TODAY).lines == TD3
    assert normalize_ocr_text("a×b«c") == "AXB<C"
    assert normalize_ocr_text("ANNA<<<<K<<<") == "ANNA<<<<<<<<"
    assert normalize_ocr_text("SMITH<<K<<<") == "SMITH<<K<<<"  # a given name initial K stays


def test_repair_filler_read_as_k_in_number_padding_and_filler_check() -> None:
    lines = _td3("X<<Y", state="AUT", nationality="AUT", number="AB123<<<<", personal_check="<")
    broken = [lines[0], lines[1][:7] + "K" + lines[1][8:42] + "K" + lines[1][43:]]
    assert parse_mrz(broken, today=TODAY).document_number == "AB123K"  # K is invisible to the check digit
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == lines
    assert repaired.read is not None
    assert repaired.read.document_number == "AB123"
    assert repaired.read.valid


def test_repair_fixes_line_length_in_the_filler_run() -> None:
    short = [TD3[0][:-2], TD3[1]]
    repaired = repair_mrz(short, today=TODAY)
    assert repaired.lines == TD3
    long = [TD3[0] + "<<", TD3[1]]
    assert repair_mrz(long, today=TODAY).lines == TD3


def test_repair_unknown_layout_returns_no_read() -> None:
    repaired = repair_mrz(["HELLO", "WORLD", "AGAIN", "MORE"], today=TODAY)
    assert repaired.read is None


def test_repair_td1_long_number_confusion() -> None:
    broken = [TD1_LONG[0].replace("D23145890<", "D2314589O<"), *TD1_LONG[1:]]
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == TD1_LONG
    assert not repaired.ambiguous


def test_repair_td1_ambiguous_real_case() -> None:
    # I->1 at index 3 (weight 7) and 8->B at index 6 (weight 7) change the sum by the same amount mod 10
    broken = [TD1_LONG[0].replace("D231", "D23I"), *TD1_LONG[1:]]
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == broken
    assert repaired.ambiguous
    assert repaired.read is not None
    assert not repaired.read.valid


# --------------------------------------------------------------------------- ScanResult

def test_scan_result_from_mrz() -> None:
    read = parse_mrz(TD3, today=TODAY)
    result = scan_result_from_mrz(read)
    assert result.vendor == "local"
    assert result.vendor_action == "mrz"
    assert result.document.category == "passport"
    assert result.document.number == "L898902C3"
    assert result.document.personal_number == "ZE184226B"
    assert result.document.date_of_expiry == dt.date(2012, 4, 15)
    assert result.holder.surname == "ERIKSSON"
    assert result.holder.given_names == "ANNA MARIA"
    assert result.holder.full_name == "ERIKSSON ANNA MARIA"
    assert result.holder.name_split == "mrz"
    assert result.holder.sex == "F"
    assert result.holder.nationality == "UTO"
    assert result.mrz.lines == TD3
    assert result.mrz.local_check == "pass"
    assert result.mrz.local_check_detail.composite is True
    by_key = {f.key: f for f in result.fields}
    assert by_key["document_number"].validity == "valid"
    assert by_key["document_number"].source == "mrz"
    assert by_key["date_of_birth"].value == "1974-08-12"
    assert by_key["surname"].validity == "not_checked"


def test_scan_result_marks_invalid_fields() -> None:
    bad = [TD3[0], TD3[1].replace("1204159", "1204158")]
    result = scan_result_from_mrz(parse_mrz(bad, today=TODAY), vendor="td", action="ocr/v1")
    assert result.vendor == "td"
    assert result.mrz.local_check == "fail"
    by_key = {f.key: f for f in result.fields}
    assert by_key["date_of_expiry"].validity == "invalid"
    assert by_key["document_number"].validity == "valid"


# --------------------------------------------------------------------------- composite ranges (9303 exactly)

def _flip(lines: list[str], line: int, col: int) -> list[str]:
    row = lines[line]
    new = "7" if row[col] != "7" else "3"
    if row[col].isalpha() or row[col] == "<":
        new = "Q" if row[col] != "Q" else "W"
    return [*lines[:line], row[:col] + new + row[col + 1:], *lines[line + 1:]]


@pytest.mark.parametrize(("lines", "outside"), [
    (TD1, [(1, 7), (1, 15), (1, 16), (1, 17), (0, 0), (0, 2), (2, 3)]),  # sex, nationality, code, state, name
    (TD2, [(1, 10), (1, 11), (1, 12), (1, 20), (0, 7)]),  # nationality, sex, name
    (TD3, [(1, 10), (1, 11), (1, 12), (1, 20), (0, 7)]),
])
def test_composite_ignores_the_fields_outside_its_range(lines: list[str], outside: list[tuple[int, int]]) -> None:
    for line, col in outside:
        assert parse_mrz(_flip(lines, line, col), today=TODAY).checks.composite is True, (line, col)


@pytest.mark.parametrize(("lines", "inside"), [
    (TD1, [(0, 16), (0, 29), (1, 20), (1, 28)]),  # optional data 1 and 2 (only the composite covers them)
    (TD2, [(1, 28), (1, 34)]),  # optional data
    (TD3, [(1, 28), (1, 41)]),  # personal number (also its own check)
])
def test_composite_covers_optional_data(lines: list[str], inside: list[tuple[int, int]]) -> None:
    for line, col in inside:
        assert parse_mrz(_flip(lines, line, col), today=TODAY).checks.composite is False, (line, col)


def test_repair_filler_read_as_k_in_optional_padding() -> None:
    broken = [TD3[0], TD3[1][:39] + "K" + TD3[1][40:]]  # ZE184226B<<K<< : still valid, K invisible
    assert parse_mrz(broken, today=TODAY).valid
    repaired = repair_mrz(broken, today=TODAY)
    assert repaired.lines == TD3
    assert (1, 39, "K", "<") in repaired.changes
