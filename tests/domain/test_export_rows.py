"""Export rows: stable columns, plain values, formula neutralising, TSV and JSON for the clipboard."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.export_rows import (
    DEFAULT_COLUMNS,
    neutralise_formula,
    row_for,
    rows_to_json,
    rows_to_tsv,
    starts_a_formula,
)
from desktop_app.domain.schema import Document, Forgery, Holder, Mrz, ScanResult


def _result() -> ScanResult:
    result = ScanResult(
        vendor="structocr", vendor_action="passport", outcome="ok", request_id="req-123",
        document=Document(category="passport", issuing_country="UTO", number="L898902C3", personal_number="ZE184226B",
                          date_of_issue=dt.date(2012, 4, 15), date_of_expiry=dt.date(2032, 4, 15)),
        holder=Holder(surname="ERIKSSON", given_names="ANNA MARIA", sex="F", date_of_birth=dt.date(1974, 8, 12),
                      nationality="UTO"),
        mrz=Mrz(lines=["P<UTO..."], vendor_check="fail", local_check="pass"),
        forgery=Forgery(verdict="not_performed"),
    )
    result.checks.expiry_local = "pass"
    return result


def test_columns_are_stable() -> None:
    assert DEFAULT_COLUMNS == (
        "confirmed_at", "engine", "document_category", "document_number", "personal_number", "issuing_country",
        "surname", "given_names", "sex", "date_of_birth", "nationality", "date_of_issue", "date_of_expiry",
        "mrz_check", "expiry_check", "forgery_verdict", "request_id", "corrected_fields",
    )


def test_row_for_a_confirmed_result() -> None:
    when = dt.datetime(2026, 11, 21, 8, 5, 9, 123456, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    row = row_for(_result(), corrected=["surname", "date_of_birth", "surname"], confirmed_at=when)
    assert list(row) == list(DEFAULT_COLUMNS)
    assert row == {
        "confirmed_at": "2026-11-21T08:05:09+02:00",
        "engine": "structocr",
        "document_category": "passport",
        "document_number": "L898902C3",
        "personal_number": "ZE184226B",
        "issuing_country": "UTO",
        "surname": "ERIKSSON",
        "given_names": "ANNA MARIA",
        "sex": "F",
        "date_of_birth": "1974-08-12",
        "nationality": "UTO",
        "date_of_issue": "2012-04-15",
        "date_of_expiry": "2032-04-15",
        "mrz_check": "pass",  # our own check wins over the vendor's
        "expiry_check": "pass",
        "forgery_verdict": "not_performed",
        "request_id": "req-123",
        "corrected_fields": "date_of_birth;surname",
    }


def test_missing_values_are_empty_and_time_defaults_to_now_with_offset() -> None:
    row = row_for(ScanResult(vendor="local", vendor_action="mrz"))
    assert row["surname"] == ""
    assert row["request_id"] == ""
    assert row["corrected_fields"] == ""
    assert row["mrz_check"] == "unavailable"
    stamp = dt.datetime.fromisoformat(row["confirmed_at"])
    assert stamp.tzinfo is not None
    assert abs((dt.datetime.now(dt.UTC) - stamp).total_seconds()) < 3600


@pytest.mark.parametrize(("cell", "expected"), [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
    ("+1", "'+1"),
    ("-5", "'-5"),  # even plain negative numbers: safety first
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("O'BRIEN", "O'BRIEN"),
    ("ANNA-MARIA", "ANNA-MARIA"),
    ("", ""),
    ("1974-08-12", "1974-08-12"),
])
def test_neutralise_formula(cell: str, expected: str) -> None:
    assert neutralise_formula(cell) == expected


def test_tsv_has_a_header_and_neutralised_single_line_cells() -> None:
    row = row_for(_result(), confirmed_at=dt.datetime(2026, 1, 2, 3, 4, 5))
    row["surname"] = "=cmd|' /C calc'!A0"
    row["given_names"] = "ANNA\tMARIA\nLINE"
    text = rows_to_tsv([row])
    lines = text.splitlines()
    assert lines[0].split("\t") == list(DEFAULT_COLUMNS)
    cells = lines[1].split("\t")
    assert len(cells) == len(DEFAULT_COLUMNS)
    assert cells[DEFAULT_COLUMNS.index("surname")] == "'=cmd|' /C calc'!A0"
    assert cells[DEFAULT_COLUMNS.index("given_names")] == "ANNA MARIA LINE"


def test_tsv_neutralises_a_leading_tab_before_flattening_it() -> None:
    text = rows_to_tsv([{"surname": "\t=1+1"}], columns=["surname"])
    assert text.splitlines()[1] == "' =1+1"


@given(st.lists(st.dictionaries(st.sampled_from(DEFAULT_COLUMNS), st.text(max_size=30)), max_size=5))
def test_tsv_shape_holds_for_any_text(rows: list[dict[str, str]]) -> None:
    lines = rows_to_tsv(rows).split("\n")
    assert lines[-1] == ""
    assert len(lines) - 1 == len(rows) + 1
    for line in lines[:-1]:
        assert line.count("\t") == len(DEFAULT_COLUMNS) - 1
        assert "\r" not in line


@given(st.text(max_size=40))
def test_neutralised_cells_never_start_a_formula(cell: str) -> None:
    assert not neutralise_formula(cell).startswith(("=", "+", "-", "@", "\t", "\r"))
    assert not starts_a_formula(neutralise_formula(cell))


# The hostile tester's attack values: the sign hidden behind something a reader (and the spreadsheet) skips, or
# written full-width. Every one must reach the CSV and the clipboard with an apostrophe in front.
ATTACKS = [
    "=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1",
    " =1+1", "   @SUM(A1)", "\u00a0=1+1", "\u00a0\u00a0+1+1", "\u3000=1+1", "\u3000-1+1",
    "\u200b=1+1", "\u200b@SUM(A1)", "\ufeff=1+1", "\ufeff+1+1", "\x00=1+1", "\x00\x00-1+1",
    "\uff1d1+1", "\uff0b1+1", "\uff0d1+1", "\uff20SUM(A1)", " \u00a0\u3000\u200b\ufeff\x00=1+1",
    "\u3000\uff1dHYPERLINK(\"http://x\")", "=cmd|' /C calc'!A0", "\u2060\u200d=1+1", "\n=1+1",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_hidden_and_full_width_formulas_are_neutralised(attack: str) -> None:
    assert neutralise_formula(attack) == "'" + attack
    line = rows_to_tsv([{"surname": attack}], columns=["surname"]).split("\n")[1]
    assert line.startswith("'")


@pytest.mark.parametrize(("cell", "expected"), [
    ("-5", "'-5"), ("+44 20 7946 0958", "'+44 20 7946 0958"),  # as before: a leading sign is always neutralised
    ("Jean-Luc", "Jean-Luc"), ("O'BRIEN", "O'BRIEN"), (" ANNA", " ANNA"), ("\u00a0MARIA", "\u00a0MARIA"),
    ("\u3000", "\u3000"), ("1+1=2", "1+1=2"), ("a@b.example", "a@b.example"),
    ("ＡＮＮＡ－ＭＡＲＩＡ", "ＡＮＮＡ－ＭＡＲＩＡ"),
])
def test_ordinary_values_are_left_as_they_were(cell: str, expected: str) -> None:
    assert neutralise_formula(cell) == expected


def test_json_keeps_values_plain_and_unicode() -> None:
    row = row_for(_result(), confirmed_at=dt.datetime(2026, 1, 2, 3, 4, 5))
    row["surname"] = "=ÖSTERGÅRD"
    text = rows_to_json([row])
    assert "ÖSTERGÅRD" in text
    assert json.loads(text) == [row]
