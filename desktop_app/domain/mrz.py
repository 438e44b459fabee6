"""ICAO Doc 9303 machine readable zones: check digits, parsing, conservative OCR repair.

Formats: TD1 (3x30, part 5), TD2 (2x36, part 6), TD3 (2x44, part 4), MRV-A (2x44) and MRV-B (2x36) visas
(part 7, no composite check). Pure functions, no I/O.

Repair never guesses: a character-class fix is applied only where the position's class is fixed by the
layout (digits in dates and check digits, letters in codes and names), and a check-digit-guided substitution
is accepted only when exactly one candidate validates. The 7-3-1 check digit cannot see swaps whose values
differ by a multiple of 10 (G/6, S/8, O/4, Z/5, B/1, D/3), so several valid candidates mean "leave it".
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Literal

from desktop_app.domain.countries import is_icao_code, is_known_alpha3, to_alpha3
from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.domain.schema import Document as _Document
from desktop_app.domain.schema import (
    DocumentCategory,
    Field,
    Validity,
)
from desktop_app.domain.schema import Holder as _Holder
from desktop_app.domain.schema import Mrz as _Mrz
from desktop_app.domain.schema import MrzCheckDetail as MrzChecks
from desktop_app.domain.schema import ScanResult as _ScanResult
from desktop_app.domain.schema import Sex as _Sex
from desktop_app.domain.schema import Vendor as _Vendor

__all__ = [
    "CLASS_TWINS",
    "MRZ_ALPHABET",
    "MrzChange",
    "MrzChecks",
    "MrzError",
    "MrzFormat",
    "MrzRead",
    "MrzRepair",
    "check_digit",
    "detect_format",
    "document_category",
    "layout_spans",
    "normalize_ocr_text",
    "parse_mrz",
    "repair_mrz",
    "scan_result_from_mrz",
]

MRZ_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
_WEIGHTS = (7, 3, 1)


class MrzError(ValueError):
    """The lines are not a machine readable zone of a known layout."""


class MrzFormat(StrEnum):
    TD1 = "TD1"
    TD2 = "TD2"
    TD3 = "TD3"
    MRV_A = "MRV-A"
    MRV_B = "MRV-B"


_VALUES: dict[str, int] = {ch: (int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55) for ch in MRZ_ALPHABET}


def _weighted(field_text: str) -> int | None:
    try:
        return sum(_VALUES[ch] * _WEIGHTS[i % 3] for i, ch in enumerate(field_text))
    except KeyError:
        return None


def check_digit(field_text: str) -> str:
    """ICAO 9303 check digit (weights 7-3-1; digits keep their value, A-Z = 10..35, '<' = 0)."""
    total = _weighted(field_text)
    if total is None:
        bad = next(ch for ch in field_text if ch not in _VALUES)
        raise ValueError(f"character {bad!r} is not allowed in a machine readable zone")
    return str(total % 10)


def _check_ok(field_text: str, digit: str, *, filler_ok: bool) -> bool:
    """Whether `digit` is the check digit of `field_text`; a '<' over an all-'<' field passes when `filler_ok`."""
    if filler_ok and digit == "<" and set(field_text) <= {"<"}:
        return True  # Austrian passports and others: empty optional data with a filler check digit
    total = _weighted(field_text)
    return total is not None and str(total % 10) == digit


# ----------------------------------------------------------------------------------------------- layouts

@dataclass(frozen=True, slots=True)
class _Span:
    line: int
    start: int
    end: int  # exclusive

    def get(self, lines: Sequence[str]) -> str:
        return lines[self.line][self.start:self.end]

    def positions(self) -> Iterable[tuple[int, int]]:
        return ((self.line, col) for col in range(self.start, self.end))


@dataclass(frozen=True, slots=True)
class _Layout:
    line_count: int
    length: int
    code: _Span
    state: _Span
    name: _Span
    number: _Span
    number_check: _Span
    nationality: _Span
    dob: _Span
    dob_check: _Span
    sex: _Span
    expiry: _Span
    expiry_check: _Span
    optional1: _Span
    optional1_check: _Span | None = None
    optional2: _Span | None = None
    composite: tuple[_Span, ...] = ()
    composite_check: _Span | None = None
    long_number: bool = False  # the number may continue in optional data 1 (check digit position '<')


def _two_line(length: int, *, composite: bool, personal_check: bool, long_number: bool) -> _Layout:
    opt_end = length - (1 if composite else 0) - (1 if personal_check else 0)
    return _Layout(
        line_count=2, length=length,
        code=_Span(0, 0, 2), state=_Span(0, 2, 5), name=_Span(0, 5, length),
        number=_Span(1, 0, 9), number_check=_Span(1, 9, 10), nationality=_Span(1, 10, 13),
        dob=_Span(1, 13, 19), dob_check=_Span(1, 19, 20), sex=_Span(1, 20, 21),
        expiry=_Span(1, 21, 27), expiry_check=_Span(1, 27, 28),
        optional1=_Span(1, 28, opt_end),
        optional1_check=_Span(1, opt_end, opt_end + 1) if personal_check else None,
        composite=(_Span(1, 0, 10), _Span(1, 13, 20), _Span(1, 21, length - 1)) if composite else (),
        composite_check=_Span(1, length - 1, length) if composite else None,
        long_number=long_number,
    )


_LAYOUTS: dict[MrzFormat, _Layout] = {
    MrzFormat.TD1: _Layout(
        line_count=3, length=30,
        code=_Span(0, 0, 2), state=_Span(0, 2, 5), number=_Span(0, 5, 14), number_check=_Span(0, 14, 15),
        optional1=_Span(0, 15, 30),
        dob=_Span(1, 0, 6), dob_check=_Span(1, 6, 7), sex=_Span(1, 7, 8), expiry=_Span(1, 8, 14),
        expiry_check=_Span(1, 14, 15), nationality=_Span(1, 15, 18), optional2=_Span(1, 18, 29),
        composite=(_Span(0, 5, 30), _Span(1, 0, 7), _Span(1, 8, 15), _Span(1, 18, 29)),
        composite_check=_Span(1, 29, 30),
        name=_Span(2, 0, 30), long_number=True,
    ),
    MrzFormat.TD2: _two_line(36, composite=True, personal_check=False, long_number=True),
    MrzFormat.TD3: _two_line(44, composite=True, personal_check=True, long_number=False),
    MrzFormat.MRV_A: _two_line(44, composite=False, personal_check=False, long_number=False),
    MrzFormat.MRV_B: _two_line(36, composite=False, personal_check=False, long_number=False),
}

_Cls = Literal["alpha", "digit", "alnum", "sex", "any"]


def _class_map(layout: _Layout) -> list[list[_Cls]]:
    """Character class per position: what the layout allows there (besides the filler '<')."""
    classes: list[list[_Cls]] = [["any"] * layout.length for _ in range(layout.line_count)]

    def put(span: _Span | None, cls: _Cls) -> None:
        if span is None:
            return
        for line, col in span.positions():
            classes[line][col] = cls

    for alpha in (layout.code, layout.state, layout.nationality, layout.name):
        put(alpha, "alpha")
    for span in (layout.dob, layout.dob_check, layout.expiry, layout.expiry_check, layout.optional1_check,
                 layout.composite_check):
        put(span, "digit")
    for alnum in (layout.number, layout.optional1, layout.optional2):
        put(alnum, "alnum")
    put(layout.sex, "sex")
    if layout.long_number:
        put(layout.number_check, "any")  # a digit, or '<' when the number continues in optional data
    else:
        put(layout.number_check, "digit")
    return classes


_CLASS_MAPS: dict[MrzFormat, list[list[_Cls]]] = {fmt: _class_map(lay) for fmt, lay in _LAYOUTS.items()}


def layout_spans(fmt: MrzFormat) -> list[tuple[str, str, list[tuple[int, int]]]]:
    """(field key, class, (line, column) positions) for every field and check digit of a layout; class is
    "code" (document code, states, sex), "name", "alnum" or "digit"; check digits are "check_<field>"."""
    lay = _LAYOUTS[fmt]
    spans: list[tuple[str, str, _Span | None]] = [
        ("document_code", "code", lay.code), ("issuing_state", "code", lay.state), ("name", "name", lay.name),
        ("document_number", "alnum", lay.number),
        ("check_document_number", "alnum" if lay.long_number else "digit", lay.number_check),
        ("nationality", "code", lay.nationality), ("date_of_birth", "digit", lay.dob),
        ("check_date_of_birth", "digit", lay.dob_check), ("sex", "code", lay.sex),
        ("date_of_expiry", "digit", lay.expiry), ("check_date_of_expiry", "digit", lay.expiry_check),
        ("optional_data1", "alnum", lay.optional1), ("check_optional", "digit", lay.optional1_check),
        ("optional_data2", "alnum", lay.optional2), ("check_composite", "digit", lay.composite_check),
    ]
    return [(key, cls, list(span.positions())) for key, cls, span in spans if span is not None]


def _as_lines(lines: Sequence[str] | str) -> list[str]:
    if isinstance(lines, str):
        return lines.split()
    return [line.strip().upper() for line in lines if line.strip()]


def detect_format(lines: Sequence[str] | str) -> MrzFormat | None:
    """The layout that the line count and lengths match exactly (visas by their 'V' document code), else None."""
    rows = _as_lines(lines)
    lengths = {len(row) for row in rows}
    if len(rows) == 3 and lengths == {30}:
        return MrzFormat.TD1
    if len(rows) == 2 and lengths in ({36}, {44}):
        visa = rows[0].startswith("V")
        if lengths == {44}:
            return MrzFormat.MRV_A if visa else MrzFormat.TD3
        return MrzFormat.MRV_B if visa else MrzFormat.TD2
    return None


# ----------------------------------------------------------------------------------------------- parsing

@dataclass(frozen=True, slots=True)
class MrzRead:
    """One parsed MRZ. Text fields have fillers removed; `*_raw` keep the MRZ characters."""

    format: MrzFormat
    lines: tuple[str, ...]
    document_code: str
    issuing_state: str | None  # alpha-3 (D -> DEU), None when the code is unknown
    issuing_state_raw: str
    document_number: str
    optional_data1: str
    optional_data2: str | None
    date_of_birth: dt.date | None
    date_of_birth_raw: str
    date_of_expiry: dt.date | None
    date_of_expiry_raw: str
    sex: _Sex | None
    sex_raw: str
    nationality: str | None
    nationality_raw: str
    surname: str
    given_names: str
    checks: MrzChecks
    field_validity: dict[str, bool | None] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        """Every check digit the format has passes."""
        values = (self.checks.document_number, self.checks.date_of_birth, self.checks.date_of_expiry,
                  self.checks.optional, self.checks.composite)
        return all(v is not False for v in values)

    @property
    def personal_number(self) -> str | None:
        """TD3's personal number field (None for other formats or when empty)."""
        if self.format is MrzFormat.TD3 and self.optional_data1:
            return self.optional_data1
        return None

    @property
    def failed_checks(self) -> list[str]:
        names = ("document_number", "date_of_birth", "date_of_expiry", "optional", "composite")
        return [name for name in names if getattr(self.checks, name) is False]


def _yymmdd(raw: str) -> tuple[int, int, int] | None:
    if not re.fullmatch(r"\d{6}", raw):
        return None
    return int(raw[:2]), int(raw[2:4]), int(raw[4:6])


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _century_candidates(raw: str, today: dt.date) -> tuple[dt.date | None, dt.date | None] | None:
    """(the date in today's century, the date in the previous one) for YYMMDD; None when not six digits."""
    parts = _yymmdd(raw)
    if parts is None:
        return None
    yy, month, day = parts
    century = (today.year // 100) * 100
    return _safe_date(century + yy, month, day), _safe_date(century - 100 + yy, month, day)


def birth_date_from_yymmdd(raw: str, today: dt.date) -> dt.date | None:
    """YYMMDD date of birth: the century that puts it in the past (<= today)."""
    candidates = _century_candidates(raw, today)
    if candidates is None:
        return None
    this_century, last_century = candidates
    if this_century is None:
        # 29 February may exist in one century and not the other
        return last_century if last_century is not None and last_century <= today else None
    return last_century if this_century > today else this_century


def expiry_date_from_yymmdd(raw: str, today: dt.date) -> dt.date | None:
    """YYMMDD expiry: the current century unless that is more than 50 years ahead, then the previous one."""
    candidates = _century_candidates(raw, today)
    if candidates is None:
        return None
    this_century, last_century = candidates
    limit = _safe_date(today.year + 50, today.month, min(today.day, 28)) or today
    if this_century is None or this_century > limit:
        return last_century
    return this_century


def _text(raw: str) -> str:
    """Filler to space, trimmed, single spaces."""
    return " ".join(raw.replace("<", " ").split())


def _split_name(raw: str) -> tuple[str, str]:
    """'<<' separates surname from given names, '<' is a space; a name without '<<' is all surname."""
    body = raw.rstrip("<")
    surname, sep, given = body.partition("<<")
    if not sep:
        return _text(surname), ""
    return _text(surname), _text(given)


def _sex(raw: str) -> _Sex | None:
    if raw in ("M", "F"):
        return "M" if raw == "M" else "F"
    if raw in ("<", "X"):
        return "X"
    return None


def _country(raw: str) -> str | None:
    code = to_alpha3(raw)
    if code is None:
        return None
    return code if is_known_alpha3(code) else None


def _document_number(layout: _Layout, rows: Sequence[str]) -> tuple[str, str, bool, str]:
    """(number, optional data 1 without the number's continuation, number check ok, check-digit text)."""
    principal = layout.number.get(rows)
    digit = layout.number_check.get(rows)
    optional = layout.optional1.get(rows)
    if layout.long_number and digit == "<" and optional[:1] not in ("", "<"):
        # 9303 part 5/6: the number continues in optional data, followed by its check digit and a filler
        continuation = optional.split("<", 1)[0]
        number_part, long_digit = continuation[:-1], continuation[-1]
        full = principal + number_part
        ok = bool(number_part) and _check_ok(full, long_digit, filler_ok=False)
        rest = optional[len(continuation):]
        return full.replace("<", ""), rest, ok, long_digit
    ok = _check_ok(principal, digit, filler_ok=False)
    return principal.replace("<", ""), optional, ok, digit


def parse_mrz(lines: Sequence[str] | str, *, today: dt.date) -> MrzRead:
    """Parse MRZ lines of any supported layout. Raises `MrzError` when no layout matches.

    Nothing is repaired here (only surrounding whitespace is stripped and letters upper-cased).
    """
    rows = _as_lines(lines)
    fmt = detect_format(rows)
    if fmt is None:
        raise MrzError("the lines do not match any ICAO 9303 machine readable zone layout")
    lay = _LAYOUTS[fmt]

    number, optional1, number_ok, _ = _document_number(lay, rows)
    dob_raw, expiry_raw = lay.dob.get(rows), lay.expiry.get(rows)
    dob_ok = _check_ok(dob_raw, lay.dob_check.get(rows), filler_ok=True)
    expiry_ok = _check_ok(expiry_raw, lay.expiry_check.get(rows), filler_ok=True)
    optional_ok: bool | None = None
    if lay.optional1_check is not None:
        optional_ok = _check_ok(lay.optional1.get(rows), lay.optional1_check.get(rows), filler_ok=True)
    composite_ok: bool | None = None
    if lay.composite_check is not None:
        composite_text = "".join(span.get(rows) for span in lay.composite)
        composite_ok = _check_ok(composite_text, lay.composite_check.get(rows), filler_ok=False)
    checks = MrzChecks(document_number=number_ok, date_of_birth=dob_ok, date_of_expiry=expiry_ok,
                       optional=optional_ok, composite=composite_ok)

    dob = birth_date_from_yymmdd(dob_raw, today)
    expiry = expiry_date_from_yymmdd(expiry_raw, today)
    sex_raw = lay.sex.get(rows)
    state_raw, nationality_raw = lay.state.get(rows), lay.nationality.get(rows)
    surname, given = _split_name(lay.name.get(rows))
    optional2 = lay.optional2.get(rows) if lay.optional2 is not None else None
    optional_field_ok = optional_ok if optional_ok is not None else composite_ok
    validity: dict[str, bool | None] = {
        "document_code": bool(re.fullmatch(r"[A-Z][A-Z<]", lay.code.get(rows))),
        "issuing_state": _country(state_raw) is not None,
        "document_number": number_ok,
        "nationality": _country(nationality_raw) is not None,
        "date_of_birth": dob_ok and (dob is not None or set(dob_raw) <= {"<"}),
        "sex": _sex(sex_raw) is not None,
        "date_of_expiry": expiry_ok and expiry is not None,
        "optional_data1": optional_field_ok,
        "optional_data2": composite_ok if optional2 is not None else None,
        "surname": None,
        "given_names": None,
    }
    return MrzRead(
        format=fmt, lines=tuple(rows), document_code=lay.code.get(rows).replace("<", ""),
        issuing_state=_country(state_raw), issuing_state_raw=state_raw, document_number=number,
        optional_data1=_text(optional1).replace(" ", ""),
        optional_data2=_text(optional2).replace(" ", "") if optional2 is not None else None,
        date_of_birth=dob, date_of_birth_raw=dob_raw, date_of_expiry=expiry, date_of_expiry_raw=expiry_raw,
        sex=_sex(sex_raw), sex_raw=sex_raw, nationality=_country(nationality_raw), nationality_raw=nationality_raw,
        surname=surname, given_names=given, checks=checks, field_validity=validity,
    )


# ----------------------------------------------------------------------------------------------- repair

MrzChange = tuple[int, int, str, str]  # (line, column, old, new); a length fix records the whole filler run

_TO_DIGIT = {"O": "0", "Q": "0", "D": "0", "U": "0", "I": "1", "L": "1", "B": "8", "S": "5", "Z": "2", "G": "6"}
_TO_LETTER = {"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G"}
# A letter and the digit drawn alike: the layout's character class decides between them (the repair forces it)
CLASS_TWINS: dict[str, str] = {**_TO_LETTER, **{letter: digit for digit, letter in _TO_LETTER.items()}}
# What an alphanumeric character may really have been (the search tries every alternative; the wider this set,
# the likelier the true reading is among the candidates, so a wrong unique candidate is caught as ambiguous).
_SEARCH_SWAPS: dict[str, str] = {
    "O": "0Q", "0": "ODQ", "Q": "0O", "D": "0", "I": "1L", "1": "IL", "L": "1", "B": "8", "8": "B",
    "S": "5", "5": "S", "Z": "2", "2": "Z", "G": "6", "6": "G",
}
# Latin look-alikes an OCR model may return (Greek, Cyrillic, symbols)
_LOOKALIKES = str.maketrans({
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P",
    "Τ": "T", "Υ": "Y", "Χ": "X", "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "×": "X", "‹": "<", "〈": "<", "＜": "<",
})


def normalize_ocr_text(text: str) -> str:
    """Recogniser output to the MRZ alphabet: look-alikes mapped, letters upper-cased, the rest '<'.

    A 'K' is taken for a filler only inside a filler run (at least three '<' before it, a '<' or the end after
    it), where no name or number can be.
    """
    return normalize_ocr_scored(text)[0]


def normalize_ocr_scored(text: str, scores: Sequence[float] | None = None) -> tuple[str, list[float]]:
    """`normalize_ocr_text` that carries one recogniser confidence per character along (1.0 when not given;
    a character that becomes several keeps its score for each, a dropped space drops its score)."""
    source = list(scores) if scores is not None and len(scores) == len(text) else [1.0] * len(text)
    chars: list[str] = []
    confs: list[float] = []
    for raw, score in zip(text, source, strict=True):
        for ch in raw.translate(_LOOKALIKES).upper():
            if ch != " ":
                chars.append(ch if ch in MRZ_ALPHABET else "<")
                confs.append(score)
    for i, ch in enumerate(chars):
        if ch == "K" and i >= 3 and chars[i - 3:i] == ["<", "<", "<"] and (i + 1 == len(chars) or chars[i + 1] == "<"):
            chars[i] = "<"
    return "".join(chars), confs


def _fit_length(row: str, scores: list[float], length: int) -> tuple[str, list[float], MrzChange | None]:
    """Pad or trim a line to `length` inside its longest filler run (where a recogniser loses or adds '<').

    Fillers added get score 0 (nothing was read there)."""
    diff = length - len(row)
    if diff == 0:
        return row, scores, None
    runs = [(m.start(), m.end()) for m in re.finditer(r"<+", row)]
    if not runs:
        return row, scores, None
    start, end = max(runs, key=lambda r: (r[1] - r[0], r[0]))
    run_len = end - start
    if diff < 0 and run_len + diff < 1:
        return row, scores, None
    new_run = "<" * (run_len + diff)
    run_scores = scores[start:end][:len(new_run)] + [0.0] * max(diff, 0)
    return row[:start] + new_run + row[end:], scores[:start] + run_scores + scores[end:], \
        (-1, start, row[start:end], new_run)


def _target_format(rows: Sequence[str]) -> tuple[int, int] | None:
    """(line count, line length) the rows most likely were meant to have."""
    if len(rows) == 3:
        return 3, 30
    if len(rows) == 2:
        longest = max(len(r) for r in rows)
        if abs(longest - 44) < abs(longest - 36):
            return 2, 44
        if abs(longest - 36) < abs(longest - 44):
            return 2, 36
    return None


@dataclass(frozen=True, slots=True)
class MrzRepair:
    lines: list[str]
    read: MrzRead | None
    changes: list[MrzChange]
    ambiguous: bool
    # one recogniser confidence per character of `lines` (1.0 where none was given, 0 where a length fix added)
    scores: list[list[float]] = field(default_factory=list)
    # the same where the letter/digit twin counts too (for positions whose class decides between twins)
    class_scores: list[list[float]] = field(default_factory=list)
    # name positions (line, column) where a digit was forced to a letter: nothing confirms those
    forced: list[tuple[int, int]] = field(default_factory=list)
    length_fixed: list[int] = field(default_factory=list)  # lines whose length the repair changed
    # code positions (line, column) changed to the recogniser's second choice to make a real country code: no
    # check digit confirms those
    guessed: list[tuple[int, int]] = field(default_factory=list)
    # the recogniser's second choice per character of `lines` (' ': none; "" for a line whose length the repair
    # changed, or when not given)
    alternatives: list[str] = field(default_factory=list)


def _force_classes(fmt: MrzFormat, rows: list[list[str]], changes: list[MrzChange]) -> list[tuple[int, int]]:
    """Letters to digits where the layout has digits (kept only if the check digit confirms them, see
    `_unconfirmed_digits`) and digits to letters in the name (no ICAO name holds a digit; returned, because no
    check digit confirms which letter). Document code, issuing state and nationality are left to `_force_codes`."""
    lay = _LAYOUTS[fmt]
    name = set(lay.name.positions())
    forced: list[tuple[int, int]] = []
    for line_no, classes in enumerate(_CLASS_MAPS[fmt]):
        row = rows[line_no]
        for col, cls in enumerate(classes):
            old = row[col]
            new = old
            if cls == "digit" and old in _TO_DIGIT:
                new = _TO_DIGIT[old]
            elif (line_no, col) in name and old in _TO_LETTER:
                new = _TO_LETTER[old]
                forced.append((line_no, col))
            if new != old:
                row[col] = new
                changes.append((line_no, col, old, new))
    return forced


CODE_GUESS_BELOW = 0.9  # a country code character scored below this may be its second choice (see below)
# Document codes in common use (9303: P, I, A, C, V, the second letter at the issuing state's discretion): a
# digit read in a document code becomes a letter only when that gives one of these.
KNOWN_DOCUMENT_CODES = frozenset({
    "P", "PD", "PO", "PS", "PM", "PE", "PL", "PT", "PR", "I", "ID", "IR", "IP", "IT", "A", "AC", "AR", "C", "CR",
    "V", "VA", "VB", "VC", "VD", "VT",
})


def _is_known_code(span_name: str, text: str) -> bool:
    if span_name == "code":
        return text.rstrip("<") in KNOWN_DOCUMENT_CODES
    return _country(text) is not None


def _force_codes(lay: _Layout, rows: list[list[str]], changes: list[MrzChange]) -> None:
    """Digits in the document code, issuing state or nationality become letters only when that makes a known
    code out of what is not one (`UT0` -> `UTO`, `P0` -> `PO`); otherwise the print stays (`132` and `C1` are
    what some specimens print)."""
    for span_name, span in (("code", lay.code), ("state", lay.state), ("nationality", lay.nationality)):
        text = span.get(_joined(rows))
        forced = "".join(_TO_LETTER.get(ch, ch) for ch in text)
        if forced != text and _is_known_code(span_name, forced) and not _is_known_code(span_name, text):
            for col, (old, new) in enumerate(zip(text, forced, strict=True), start=span.start):
                if old != new:
                    rows[span.line][col] = new
                    changes.append((span.line, col, old, new))


def _codes_from_alternatives(lay: _Layout, rows: list[list[str]], alternatives: Sequence[str],
                             scores: Sequence[Sequence[float]], changes: list[MrzChange]) -> list[tuple[int, int]]:
    """An issuing state or nationality that is no ICAO code after `_force_codes` becomes one when exactly one of its
    characters that cannot be right (a digit among letters) or that the recogniser was unsure of (score below
    `CODE_GUESS_BELOW`), replaced by its second choice there (`alternatives`, one per character of each line, ' '
    for none), makes a real code (`U8A` -> `USA`, `<AN` -> `CAN`); several or none: the print stays (`CMW`,
    `132`). Returns the positions changed: nothing confirms them, so they stay in doubt."""
    guessed: list[tuple[int, int]] = []
    for span in (lay.state, lay.nationality):
        text = span.get(_joined(rows))
        if span.line >= len(alternatives) or not alternatives[span.line] or is_icao_code(text):
            continue
        seconds = alternatives[span.line][span.start:span.end]
        sure = scores[span.line][span.start:span.end]
        candidates = {(span.start + i, alt) for i, alt in enumerate(seconds)
                      if alt.isalpha() and alt != text[i]
                      and (sure[i] < CODE_GUESS_BELOW or text[i].isdigit())
                      and is_icao_code(text[:i] + alt + text[i + 1:])}
        if len(candidates) != 1:
            continue
        ((col, new),) = candidates
        changes.append((span.line, col, rows[span.line][col], new))
        rows[span.line][col] = new
        guessed.append((span.line, col))
    return guessed


def _check_groups(lay: _Layout) -> list[tuple[str, list[tuple[int, int]]]]:
    """(check name in MrzChecks, the digit positions whose forcing that check must confirm)."""
    groups = [("date_of_birth", [*lay.dob.positions(), *lay.dob_check.positions()]),
              ("date_of_expiry", [*lay.expiry.positions(), *lay.expiry_check.positions()])]
    if not lay.long_number:
        groups.append(("document_number", list(lay.number_check.positions())))
    if lay.optional1_check is not None:
        groups.append(("optional", list(lay.optional1_check.positions())))
    if lay.composite_check is not None:
        groups.append(("composite", list(lay.composite_check.positions())))
    return groups


def _unconfirmed_digits(lay: _Layout, rows: list[list[str]], changes: list[MrzChange], today: dt.date) -> None:
    """Undo letter-to-digit forcing in each field whose check digit still fails: the check did not confirm it,
    so what was read stays (and the check fails as printed)."""
    checks = parse_mrz(_joined(rows), today=today).checks
    for name, positions in _check_groups(lay):
        if getattr(checks, name) is not False:
            continue
        # a check digit is a digit whatever the check says: a letter there is a misread, kept only in the field
        cells = set(positions) - _check_cells(lay)
        for change in [c for c in changes if (c[0], c[1]) in cells and c[3].isdigit() and not c[2].isdigit()]:
            rows[change[0]][change[1]] = change[2]
            changes.remove(change)


def _check_cells(lay: _Layout) -> set[tuple[int, int]]:
    """The positions of the check digits that are always digits (not a long number's own, which may be '<')."""
    spans = [lay.dob_check, lay.expiry_check, lay.optional1_check, lay.composite_check,
             None if lay.long_number else lay.number_check]
    return {cell for span in spans if span is not None for cell in span.positions()}


def _force_long_number_check(lay: _Layout, rows: list[list[str]], changes: list[MrzChange]) -> None:
    """The check digits of a long-number layout's document number are digits too, though their class is "any".

    Two places: the number's own check position (a digit, or '<' when the number continues, so a look-alike
    letter there is a misread digit) and the check digit that ends the continuation in optional data. Where that
    continuation ends depends on a filler the recogniser may have misread, so a digit is forced only when the
    number then validates.
    """
    if not lay.long_number:
        return
    _force_digit_if_number_validates(lay, rows, changes, lay.number_check.line, lay.number_check.start)
    joined = _joined(rows)
    if lay.number_check.get(joined) != "<":
        return
    optional = lay.optional1.get(joined)
    continuation = optional.split("<", 1)[0]
    if not continuation or len(continuation) == len(optional):
        return  # 9303: check digit then a filler; without that filler the structure itself is in doubt
    _force_digit_if_number_validates(lay, rows, changes, lay.optional1.line,
                                     lay.optional1.start + len(continuation) - 1)


def _force_digit_if_number_validates(lay: _Layout, rows: list[list[str]], changes: list[MrzChange], line_no: int,
                                     col: int) -> None:
    old = rows[line_no][col]
    if old in _TO_DIGIT:
        rows[line_no][col] = _TO_DIGIT[old]
        if _document_number(lay, _joined(rows))[2]:
            changes.append((line_no, col, old, rows[line_no][col]))
        else:
            rows[line_no][col] = old


def _fillers_read_as_k(lay: _Layout, rows: list[list[str]], changes: list[MrzChange]) -> None:
    """'K' where the layout allows only a filler: after the first filler of the document number's padding, in
    the trailing padding of optional data (after at least two fillers), and as a check digit over an all-filler
    field. ('<' = 0 and K = 20 weigh the same mod 10, so no check changes except the filler-over-fillers rule.)"""
    line_no = lay.number.line
    padding = False
    for col in range(lay.number.start, lay.number.end):
        ch = rows[line_no][col]
        if ch == "<":
            padding = True
        elif ch == "K" and padding:
            rows[line_no][col] = "<"
            changes.append((line_no, col, "K", "<"))
    for span in (lay.optional1, lay.optional2):
        if span is None or (span is lay.optional1 and lay.long_number and lay.number_check.get(_joined(rows)) == "<"):
            continue
        text = span.get(_joined(rows))
        for i, ch in enumerate(text):
            # K in the trailing padding, after at least two fillers, with nothing but fillers (or K) after it
            if ch == "K" and text[max(i - 2, 0):i] == "<<" and set(text[i + 1:]) <= {"<", "K"}:
                rows[span.line][span.start + i] = "<"
                changes.append((span.line, span.start + i, "K", "<"))
    check, covered = lay.optional1_check, lay.optional1
    if check is not None and rows[check.line][check.start] == "K" and set(covered.get(_joined(rows))) <= {"<"}:
        rows[check.line][check.start] = "<"
        changes.append((check.line, check.start, "K", "<"))


FILLER_LOOKALIKES = "CKEL"  # what a recogniser makes of a '<' filler most often
_NAME_TOKEN = re.compile(r"[A-Z0-9]+")


def name_tail_start(name: str) -> int:
    """Index in the name field where its tail begins: the trailing tokens made only of filler look-alikes
    (`PIOTR<C<CC<C<CCCC<CC<` -> the index of the first `C`); len(name) when there is none."""
    start = len(name.rstrip("<"))
    tokens = list(_NAME_TOKEN.finditer(name))
    for match in reversed(tokens[1:]):  # the surname's first part is never a tail, whatever its letters ("CC")
        if set(match.group()) - set(FILLER_LOOKALIKES):
            break
        start = match.start()
    return start


def _fillers_in_name(lay: _Layout, rows: list[list[str]], changes: list[MrzChange]) -> None:
    """Fillers a recogniser read as C, K, E or L in the name's tail become fillers again: a token of one such
    letter three times or more (`CCC`: no name part; `KK` may be an initial K beside a misread filler, so it is
    only flagged), and any such token right after three fillers or after the name's second `<<` (9303 part 3:
    name parts are joined by one filler and the two identifiers by the first `<<`, so no name part follows `<<<`
    or a second `<<`: `LEE<W<<CCCE`). A lone one elsewhere in the tail may be an initial: `mrz_doubts` flags it."""
    name = lay.name.get(_joined(rows))
    tail = name_tail_start(name)
    for match in _NAME_TOKEN.finditer(name, tail):
        token = match.group()
        live = lay.name.get(_joined(rows))  # earlier tokens may have become fillers
        after_run = live[max(match.start() - 3, 0):match.start()] == "<<<"
        second_gap = live.find("<<", live.find("<<") + 2, match.start() + 1) != -1 and live.find("<<") > 0
        if (len(token) > 2 and len(set(token)) == 1) or after_run or second_gap:
            for col in range(lay.name.start + match.start(), lay.name.start + match.end()):
                changes.append((lay.name.line, col, rows[lay.name.line][col], "<"))
                rows[lay.name.line][col] = "<"


def _joined(rows: list[list[str]]) -> list[str]:
    return ["".join(r) for r in rows]


def _search(rows: list[list[str]], positions: Sequence[tuple[int, int]],
            valid: Callable[[list[str]], bool]) -> tuple[list[MrzChange], bool]:
    """Check-digit-guided search over OCR confusions (`_SEARCH_SWAPS`) at `positions`.

    A substitution is applied only when it is the only single one that validates AND no pair of substitutions
    not containing it validates too (two misreads would explain the check digit as well as one, so taking
    either would be a guess). Returns (changes applied, ambiguous).
    """
    swaps = [(line_no, col, rows[line_no][col], alt) for line_no, col in positions
             for alt in _SEARCH_SWAPS.get(rows[line_no][col], "")]

    def try_swaps(chosen: Sequence[MrzChange]) -> bool:
        for line_no, col, _, new in chosen:
            rows[line_no][col] = new
        ok = valid(_joined(rows))
        for line_no, col, old, _ in chosen:
            rows[line_no][col] = old
        return ok

    winners = [swap for swap in swaps if try_swaps([swap])]
    if not winners:
        return [], False
    if len(winners) > 1:
        return [], True
    winner = winners[0]
    others = [swap for swap in swaps if swap != winner]
    for first, second in itertools.combinations(others, 2):
        if first[:2] != second[:2] and try_swaps([first, second]):
            return [], True
    line_no, col, _, new = winner
    rows[line_no][col] = new
    return [winner], False


def _number_positions(lay: _Layout, joined: Sequence[str]) -> list[tuple[int, int]]:
    positions = list(lay.number.positions())
    if lay.long_number and lay.number_check.get(joined) == "<":
        optional = lay.optional1.get(joined)
        continuation = optional.split("<", 1)[0]
        # the continuation's last character is the check digit: only the number part is alphanumeric
        positions += [(lay.optional1.line, lay.optional1.start + i) for i in range(max(len(continuation) - 1, 0))]
    return positions


def repair_mrz(lines: Sequence[str] | str, *, today: dt.date, scores: Sequence[Sequence[float]] | None = None,
               class_scores: Sequence[Sequence[float]] | None = None,
               alternatives: Sequence[str] | None = None) -> MrzRepair:
    """Normalise OCR output, force each position's character class, then a unique-candidate check-digit search.

    Digits forced into a check-covered field stay only when its check digit confirms them; issuing state and
    nationality change only into a real ICAO code; the name's forced letters are listed in `forced`.
    `scores`, `class_scores`: the recogniser's confidences per character of each line, carried to `MrzRepair`.
    `alternatives`: its second choice per character of each line (' ' for none), tried only to turn a state or
    nationality that is no country code into one (`guessed`, left in doubt), on lines kept at their read length.
    `read` is None when the lines cannot be brought to a known layout. `ambiguous` is True when a field had
    several equally valid candidates and was left as read.
    """
    raw_rows = lines.splitlines() if isinstance(lines, str) else list(lines)
    raw_scores = list(scores) if scores is not None else []
    raw_class = list(class_scores) if class_scores is not None else raw_scores
    normalized = [(*normalize_ocr_scored(r, _line_scores(r, raw_scores[i] if i < len(raw_scores) else None)),
                   normalize_ocr_scored(r, _line_scores(r, raw_class[i] if i < len(raw_class) else None))[1])
                  for i, r in enumerate(raw_rows)]
    kept_index = [i for i, (r, _, _) in enumerate(normalized) if r.strip("<") or len(r) >= 30]
    kept = [normalized[i] for i in kept_index]
    seconds = list(alternatives or ())
    row_alternatives = [seconds[i] if i < len(seconds) and len(seconds[i]) == len(normalized[i][0]) else ""
                        for i in kept_index]
    rows_text = [r for r, _, _ in kept]
    row_scores = [sc for _, sc, _ in kept]
    row_class = [cl for _, _, cl in kept]
    changes: list[MrzChange] = []
    length_fixed: list[int] = []
    target = _target_format(rows_text)
    if target is not None and detect_format(rows_text) is None:
        for line_no, row in enumerate(rows_text):
            _, row_class[line_no], _ = _fit_length(row, row_class[line_no], target[1])
            new_row, row_scores[line_no], change = _fit_length(row, row_scores[line_no], target[1])
            if change is not None:
                changes.append((line_no, change[1], change[2], change[3]))
                length_fixed.append(line_no)
            rows_text[line_no] = new_row
    fmt = detect_format(rows_text)
    if fmt is None:
        return MrzRepair(lines=rows_text, read=None, changes=changes, ambiguous=False, scores=row_scores,
                         class_scores=row_class)
    lay = _LAYOUTS[fmt]
    rows = [list(r) for r in rows_text]
    forced = _force_classes(fmt, rows, changes)
    _force_codes(lay, rows, changes)
    row_alternatives = [alt if line_no not in length_fixed else "" for line_no, alt in enumerate(row_alternatives)]
    guessed = _codes_from_alternatives(lay, rows, row_alternatives, row_scores, changes)
    _force_long_number_check(lay, rows, changes)
    _fillers_read_as_k(lay, rows, changes)
    _fillers_in_name(lay, rows, changes)

    ambiguous = False
    read = parse_mrz(_joined(rows), today=today)
    if read.checks.document_number is False:
        found, amb = _search(rows, _number_positions(lay, _joined(rows)), lambda j: _document_number(lay, j)[2])
        changes += found
        ambiguous |= amb
    read = parse_mrz(_joined(rows), today=today)
    if read.checks.optional is False:
        opt, opt_check = lay.optional1, lay.optional1_check
        assert opt_check is not None
        found, amb = _search(rows, list(opt.positions()),
                             lambda j: _check_ok(opt.get(j), opt_check.get(j), filler_ok=True))
        changes += found
        ambiguous |= amb
    read = parse_mrz(_joined(rows), today=today)
    own_checks = (read.checks.document_number, read.checks.date_of_birth, read.checks.date_of_expiry,
                  read.checks.optional)
    if read.checks.composite is False and all(c is not False for c in own_checks):
        # only the composite sees optional data without its own check digit
        joined = _joined(rows)
        number_cols = set(_number_positions(lay, joined))
        if lay.long_number and lay.number_check.get(joined) == "<":
            continuation = lay.optional1.get(joined).split("<", 1)[0]
            number_cols |= {(lay.optional1.line, lay.optional1.start + i) for i in range(len(continuation))}
        spans = [lay.optional2] if lay.optional1_check is not None else [lay.optional1, lay.optional2]
        free = [p for span in spans if span is not None for p in span.positions() if p not in number_cols]

        found, amb = _search(rows, free, lambda j: parse_mrz(j, today=today).valid)
        changes += found
        ambiguous |= amb
    _unconfirmed_digits(lay, rows, changes, today)
    final = _joined(rows)
    return MrzRepair(lines=final, read=parse_mrz(final, today=today), changes=changes, ambiguous=ambiguous,
                     scores=row_scores, class_scores=row_class,
                     forced=[p for p in forced if final[p[0]][p[1]] != "<"],
                     length_fixed=length_fixed, guessed=guessed, alternatives=row_alternatives)


def _line_scores(row: str, scores: Sequence[float] | None) -> list[float]:
    """One score per character of `row`: 1.0 each when none were given, 0 for characters past the scores given
    (a line padded after the recogniser)."""
    if not scores:
        return [1.0] * len(row)
    return [*scores[:len(row)], *[0.0] * (len(row) - len(scores))]


# ----------------------------------------------------------------------------------------------- results

def document_category(code: str) -> DocumentCategory:
    """Document category from the MRZ document code: P passport, V visa, xR residence permit; I, A and C are the
    codes Doc 9303 gives identity cards (TD1 and TD2 official travel documents: part 5 and 6), so they are ID
    cards, not "other"."""
    code = code.replace("<", "")
    if not code:
        return "unknown"
    first = code[0]
    if first == "P":
        return "passport"
    if first == "V":
        return "visa"
    if first in "IAC" and code[1:2] == "R":
        return "residence_permit"
    if first in "IAC":
        return "national_id"
    return "unknown"


def _validity(ok: bool | None) -> Validity:
    if ok is None:
        return "not_checked"
    return "valid" if ok else "invalid"


def scan_result_from_mrz(read: MrzRead, *, vendor: _Vendor = "local", action: str = "mrz") -> _ScanResult:
    """A `ScanResult` holding what the MRZ says (fields sourced "mrz", validity from the check digits)."""
    v = read.field_validity
    full_name = " ".join(part for part in (read.surname, read.given_names) if part) or None
    personal = read.personal_number
    document = _Document(
        category=document_category(read.document_code), category_raw=read.document_code,
        side="back" if read.format is MrzFormat.TD1 else "single",  # TD1 cards carry the MRZ on the back
        issuing_country=read.issuing_state, issuing_country_raw=read.issuing_state_raw.replace("<", "") or None,
        number=read.document_number or None, personal_number=personal, date_of_expiry=read.date_of_expiry,
    )
    holder = _Holder(
        surname=read.surname or None, given_names=read.given_names or None, full_name=full_name, name_split="mrz",
        sex=read.sex, sex_raw=read.sex_raw, date_of_birth=read.date_of_birth, nationality=read.nationality,
        nationality_raw=read.nationality_raw.replace("<", "") or None,
    )

    def mk(key: str, label: str, value: str | None, raw: str | None) -> Field:
        return Field(key=key, label=Notice(label), value=value, raw_value=raw, source="mrz",
                     validity=_validity(v.get(key)))

    fields = [
        mk("document_code", QT_TRANSLATE_NOOP("Notices", "Document code"),
           read.document_code or None, read.document_code),
        mk("issuing_state", QT_TRANSLATE_NOOP("Notices", "Issuing state"), read.issuing_state, read.issuing_state_raw),
        mk("document_number", QT_TRANSLATE_NOOP("Notices", "Document number"),
           read.document_number or None, read.document_number),
        mk("surname", QT_TRANSLATE_NOOP("Notices", "Surname"), read.surname or None, read.surname),
        mk("given_names", QT_TRANSLATE_NOOP("Notices", "Given names"), read.given_names or None, read.given_names),
        mk("nationality", QT_TRANSLATE_NOOP("Notices", "Nationality"), read.nationality, read.nationality_raw),
        mk("date_of_birth", QT_TRANSLATE_NOOP("Notices", "Date of birth"),
           read.date_of_birth.isoformat() if read.date_of_birth else None, read.date_of_birth_raw),
        mk("sex", QT_TRANSLATE_NOOP("Notices", "Sex"), read.sex, read.sex_raw),
        mk("date_of_expiry", QT_TRANSLATE_NOOP("Notices", "Date of expiry"),
           read.date_of_expiry.isoformat() if read.date_of_expiry else None, read.date_of_expiry_raw),
    ]
    label1 = (QT_TRANSLATE_NOOP("Notices", "Personal number") if read.format is MrzFormat.TD3
              else QT_TRANSLATE_NOOP("Notices", "Optional data"))
    fields.append(mk("optional_data1", label1, read.optional_data1 or None, read.optional_data1))
    if read.optional_data2 is not None:
        fields.append(mk("optional_data2", QT_TRANSLATE_NOOP("Notices", "Optional data 2"),
                         read.optional_data2 or None, read.optional_data2))
    mrz = _Mrz(lines=list(read.lines), local_check="pass" if read.valid else "fail",
               local_check_detail=replace(read.checks))
    return _ScanResult(vendor=vendor, vendor_action=action, document=document, holder=holder, fields=fields,
                       mrz=mrz)
