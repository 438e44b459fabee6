"""Property tests: random valid documents of every layout round-trip; repair never invents a reading."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.countries import to_alpha3
from desktop_app.domain.mrz import check_digit, parse_mrz, repair_mrz, scan_result_from_mrz
from tests.domain.mrz_builder import (
    CONFUSIONS,
    FORMATS,
    TODAY,
    Doc,
    any_document,
    cd,
    checked_position,
    documents,
    random_document,
    write_mrz,
)

ROUND_TRIP = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPAIR = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _assert_same(doc: Doc, lines: list[str]) -> None:
    read = parse_mrz(lines, today=TODAY)
    assert read.format.value == doc.fmt
    assert read.valid, read.checks
    assert read.document_code == doc.code
    assert read.issuing_state == to_alpha3(doc.state)
    assert read.nationality == to_alpha3(doc.nationality)
    assert read.document_number == doc.number
    assert read.date_of_birth == doc.dob
    assert read.date_of_expiry == doc.expiry
    assert read.sex == ("X" if doc.sex == "<" else doc.sex)
    assert read.surname == doc.expected_surname
    assert read.given_names == doc.expected_given
    assert read.optional_data1 == doc.optional1
    if doc.fmt == "TD1":
        assert read.optional_data2 == doc.optional2
    result = scan_result_from_mrz(read)
    assert result.document.number == doc.number
    assert result.mrz.local_check == "pass"


@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", max_size=40))
@settings(max_examples=500, deadline=None)
def test_check_digit_matches_independent_writer(text: str) -> None:
    assert check_digit(text) == cd(text)


@given(st.integers(0, 2**64))
@ROUND_TRIP
def test_round_trip_every_format(seed: int) -> None:
    """2000 examples, each one random valid document of every layout (10 000 documents in all)."""
    rng = random.Random(seed)
    for fmt in FORMATS:
        doc = random_document(rng, fmt)
        _assert_same(doc, write_mrz(doc))


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_shrinkable_strategy(fmt: str) -> None:
    @given(documents(fmt))
    @settings(max_examples=200, deadline=None)
    def run(doc: Doc) -> None:
        _assert_same(doc, write_mrz(doc))

    run()


def test_formats_are_all_covered() -> None:
    assert set(FORMATS) == {"TD1", "TD2", "TD3", "MRV-A", "MRV-B"}


@given(any_document)
@REPAIR
def test_repair_leaves_clean_lines_alone(doc: Doc) -> None:
    lines = write_mrz(doc)
    repaired = repair_mrz(lines, today=TODAY)
    assert repaired.lines == lines
    assert repaired.changes == []
    assert not repaired.ambiguous


def _corrupt(lines: list[str], picks: list[tuple[int, int, int]]) -> list[str]:
    rows = [list(line) for line in lines]
    for line_no, col_pick, choice in picks:
        row = rows[line_no % len(rows)]
        col = col_pick % len(row)
        options = CONFUSIONS.get(row[col], "")
        if options:
            row[col] = options[choice % len(options)]
    return ["".join(r) for r in rows]


_picks = st.lists(st.tuples(st.integers(0, 2), st.integers(0, 43), st.integers(0, 2)), min_size=1, max_size=4)


@given(any_document, _picks)
@REPAIR
def test_repair_never_writes_a_wrong_character(doc: Doc, picks: list[tuple[int, int, int]]) -> None:
    """Up to four OCR confusions anywhere: every character repair changes becomes the true one.

    So a repaired read that validates differs from the clean text only where the corruption itself was invisible
    to the check digits (a G/6-like swap, a name letter) and repair did not touch it.
    """
    clean = write_mrz(doc)
    corrupted = _corrupt(clean, picks)
    repaired = repair_mrz(corrupted, today=TODAY)
    assert repaired.read is not None
    for line_no, col, old, new in repaired.changes:
        assert corrupted[line_no][col] == old
        if clean[line_no][col] != new:
            # only characters no check digit covers may be forced to a wrong letter (0 -> O where it was D)
            assert line_no == _name_line(doc) or (new.isalpha() and old.isdigit()), (line_no, col, old, new)


def _name_line(doc: Doc) -> int:
    return 2 if doc.fmt == "TD1" else 0


@given(any_document, st.integers(0, 2), st.integers(0, 43), st.integers(0, 2))
@REPAIR
def test_repair_single_confusion_is_fixed_or_flagged(doc: Doc, line: int, col: int, choice: int) -> None:
    """One OCR confusion: repaired exactly, or left as read and flagged, or invisible to every check digit."""
    clean = write_mrz(doc)
    corrupted = _corrupt(clean, [(line, col, choice)])
    repaired = repair_mrz(corrupted, today=TODAY)
    assert repaired.read is not None
    diffs = [(n, c) for n, row in enumerate(repaired.lines) for c, ch in enumerate(row) if ch != clean[n][c]]
    assert len(diffs) <= 1
    for n, c in diffs:
        assert repaired.lines[n][c] == corrupted[n][c]  # repair wrote nothing wrong
        if repaired.read.valid and checked_position(doc.fmt, n, c):
            assert (repaired.lines[n][c], clean[n][c]) in _INVISIBLE
    if not repaired.read.valid:
        # flagged: several explanations, or a filler read as K where no rule can restore it (a filler check digit,
        # the filler that ends a long document number)
        assert repaired.ambiguous or [repaired.lines[n][c] for n, c in diffs] == ["K"]


# pairs whose values differ by a multiple of 10: the 7-3-1 digit cannot see them
_INVISIBLE = {("G", "6"), ("6", "G"), ("L", "1"), ("1", "L"), ("K", "<"), ("<", "K")}
