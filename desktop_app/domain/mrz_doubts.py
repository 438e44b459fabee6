"""Which characters of a repaired MRZ read cannot be trusted, although its check digits may pass.

Rules (each gives `MrzDoubt`s; any doubt makes the local MRZ check "fail" in `checks.finalize`):
- codes: issuing state and nationality must be ICAO codes (`countries.is_icao_code`), and one made so from the
  recogniser's second choice of a character stays in doubt; the document code a letter then a letter or filler;
  the sex M, F, X or '<';
- names: no digit, no leading filler, no letters after three fillers, no lone C, K, E or L in the name's tail (a
  filler the recogniser misread, or an initial); a digit forced to a letter the recogniser was unsure of; a C, K, E
  or L the recogniser was unsure of whose second choice was a filler;
- low confidence: a name or code character the recogniser was unsure of; in a check-covered field, an unsure
  character whose look-alike (alone, or with another unsure character) leaves every check digit valid (G/6 differ
  by 10, I/1 twice in one field cancel out), so the check digits cannot tell which was printed;
- length: a line the repair had to lengthen or shorten may have lost a name letter;
- disagreement: another read of the same MRZ (other scale, other squeeze) gave a name or code character
  differently (`disagreement_doubts`): the recogniser can be sure of a wrong letter at one scale (`ERIKSSDN`),
  and no check digit covers names.
Pure functions, no I/O.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

from desktop_app.domain.countries import is_icao_code
from desktop_app.domain.mrz import (
    FILLER_LOOKALIKES,
    MrzError,
    MrzFormat,
    MrzRead,
    MrzRepair,
    layout_spans,
    name_tail_start,
    parse_mrz,
)
from desktop_app.domain.schema import DoubtReason, MrzDoubt

# Below these the recogniser was unsure of a character (`LineText.class_scores`, the CTC probability of the
# character plus its letter/digit twin's, where the position's class decides; `char_scores` in alphanumerics).
# Measured on the real specimen set (as-is images): of 954 check-covered characters read right, 31 scored below
# 0.9 (one is flagged only when a look-alike also validates, so the high bar costs little); of 753 name and code
# letters read right, 1 scored below 0.5 and 11 below 0.7. On the generated set a 0.7 bar for letters flagged 6 %
# of right reads (accepted 91.1 % against 97.1 % at 0.5), so 0.5.
UNSURE_BELOW = 0.90
NAME_UNSURE_BELOW = 0.50
MAX_UNSURE_PAIRS = 12  # unsure positions tried in pairs (more than that: the read is doubtful anyway)

# Characters a recogniser confuses (each group's members look alike); for names and codes the alternatives shown,
# for check-covered fields the candidates tried against the check digits.
_GROUPS = ("0ODQ", "1IL7T", "8B3", "5S6", "6G", "2Z7", "4A", "EF", "PR", "MNH", "VYW", "UV", "KX", "9G", "CG")
_ALTERNATIVES: dict[str, str] = {}
for _group in _GROUPS:
    for _ch in _group:
        _ALTERNATIVES[_ch] = "".join(dict.fromkeys(_ALTERNATIVES.get(_ch, "") + _group.replace(_ch, "")))

_DOC_CODE = re.compile(r"[ACIPV][A-Z<]")


def _doubt(field: str, position: int, shown: str, alternatives: str, reason: DoubtReason) -> MrzDoubt:
    return MrzDoubt(field=field, position=position, shown=shown, alternatives=alternatives, reason=reason)


def _fields(fmt: MrzFormat, lines: Sequence[str]) -> dict[tuple[int, int], tuple[str, int, str]]:
    """(line, column) -> (field key, 1-based position in the field, character class) for every MRZ position.

    The name field is split into surname and given names at its first '<<'."""
    cells: dict[tuple[int, int], tuple[str, int, str]] = {}
    for key, cls, positions in layout_spans(fmt):
        for i, cell in enumerate(positions, start=1):
            cells[cell] = (key, i, cls)
    name_cells = [c for c in cells if cells[c][0] == "name"]
    line = name_cells[0][0]
    start = min(col for _, col in name_cells)
    sep = lines[line].find("<<", start)
    for ln, col in name_cells:
        if sep != -1 and col >= sep + 2:
            cells[(ln, col)] = ("given_names", col - sep - 1, "name")
        else:
            cells[(ln, col)] = ("surname", col - start + 1, "name")
    return cells


def mrz_doubts(repair: MrzRepair, *, today: dt.date) -> list[MrzDoubt]:
    """Every doubt about `repair` (empty when its read is None: there is nothing to trust)."""
    read = repair.read
    if read is None:
        return []
    lines = list(repair.lines)
    cells = _fields(read.format, lines)
    scores = _position_scores(repair, cells)
    doubts = [*_code_doubts(read.issuing_state_raw, read.nationality_raw, read.document_code, read.sex_raw),
              *_guessed_doubts(repair, cells), *_name_doubts(repair, cells, scores),
              *_length_doubts(repair, cells, scores)]
    unsure = [(ln, col) for ln, row in enumerate(scores) for col, sc in enumerate(row)
              if sc < UNSURE_BELOW and (ln, col) in cells]
    flagged = {(d.field, d.position) for d in doubts}
    for ln, col in unsure:
        key, pos, cls = cells[(ln, col)]
        ch = lines[ln][col]
        if cls in ("name", "code") and scores[ln][col] < NAME_UNSURE_BELOW and (key, pos) not in flagged and (
                ch != "<" or _inside_name(lines, cells, ln, col)):
            doubts.append(_doubt(key, pos, ch, _ALTERNATIVES.get(ch, ""), "unsure"))
            flagged.add((key, pos))
    if read.valid:
        checked = [(ln, col) for ln, col in unsure
                   if cells[(ln, col)][2] in ("digit", "alnum") and lines[ln][col] != "<"]
        for (ln, col), alternatives in _blind_spots(lines, checked, cells, today).items():
            key, pos, _ = cells[(ln, col)]
            doubts.append(_doubt(key, pos, lines[ln][col], alternatives, "lookalike"))
    return doubts


def disagreement_doubts(fmt: MrzFormat, lines: Sequence[str], others: Iterable[Sequence[str]],
                        known: Iterable[MrzDoubt] = ()) -> list[MrzDoubt]:
    """Name and code characters of `lines` that another read of the same MRZ (`others`: repaired lines of the same
    format and length, each read at its exact length) gave differently; the other readings are the alternatives.
    Positions `known` doubts already name are left out."""
    cells = _fields(fmt, lines)
    seen: dict[tuple[int, int], str] = {}
    for other in others:
        if len(other) != len(lines) or any(len(a) != len(b) for a, b in zip(other, lines, strict=True)):
            continue
        for (ln, col), (_key, _pos, cls) in cells.items():
            mine, theirs = lines[ln][col], other[ln][col]
            if cls in ("name", "code") and mine != theirs and theirs not in seen.get((ln, col), ""):
                seen[(ln, col)] = seen.get((ln, col), "") + theirs
    flagged = {(d.field, d.position) for d in known}
    doubts = []
    for (ln, col), alternatives in sorted(seen.items()):
        key, pos, _ = cells[(ln, col)]
        if (key, pos) not in flagged:
            doubts.append(_doubt(key, pos, lines[ln][col], alternatives, "unsure"))
    return doubts


# what each check digit covers (the composite: every field a check digit covers, and their check digits)
_CHECKED_BY: dict[str, tuple[str, ...]] = {
    "document_number": ("document_number", "check_document_number"),
    "date_of_birth": ("date_of_birth", "check_date_of_birth"),
    "date_of_expiry": ("date_of_expiry", "check_date_of_expiry"),
    "optional": ("optional_data1", "check_optional"),
    "composite": ("document_number", "check_document_number", "date_of_birth", "check_date_of_birth",
                  "date_of_expiry", "check_date_of_expiry", "optional_data1", "optional_data2", "check_composite"),
}


def lines_in_question(read: MrzRead, doubts: Iterable[MrzDoubt]) -> set[int]:
    """The lines (0-based) of `read` that another read could mend: those holding a failing check digit or a field
    it covers, or a character in doubt. A line outside them was read whole with every check on it passing."""
    spans = {key: {ln for ln, _ in positions} for key, _cls, positions in layout_spans(read.format)}
    every = set(range(len(read.lines)))
    lines: set[int] = set()
    for check, covered in _CHECKED_BY.items():
        if getattr(read.checks, check) is False:
            lines |= {ln for key in covered for ln in spans.get(key, ())}
    for doubt in doubts:
        if doubt.field in ("surname", "given_names"):
            lines |= spans["name"]
        elif doubt.field == "mrz_line":
            lines.add(doubt.position - 1)
        else:
            lines |= spans.get(doubt.field, every)
    return lines


def _position_scores(repair: MrzRepair, cells: dict[tuple[int, int], tuple[str, int, str]]) -> list[list[float]]:
    """Per character: the twin-inclusive score where the position's class decides between a letter and its digit
    twin (names, codes, digits), the plain one in alphanumeric fields (where `Z2` and `2Z` are both possible)."""
    lines = repair.lines
    raw = repair.scores or [[1.0] * len(line) for line in lines]
    by_class = repair.class_scores or raw
    return [[(raw if cells.get((ln, col), ("", 0, "alnum"))[2] == "alnum" else by_class)[ln][col]
             for col in range(len(line))] for ln, line in enumerate(lines)]


def _code_doubts(state: str, nationality: str, code: str, sex: str) -> Iterable[MrzDoubt]:
    for key, raw in (("issuing_state", state), ("nationality", nationality)):
        if not is_icao_code(raw):
            yield _doubt(key, 0, raw, "", "code")
    if not _DOC_CODE.fullmatch(code.ljust(2, "<")):
        yield _doubt("document_code", 0, code, "", "format")
    if sex not in ("M", "F", "X", "<"):
        yield _doubt("sex", 0, sex, "", "format")


def _guessed_doubts(repair: MrzRepair, cells: dict[tuple[int, int], tuple[str, int, str]]) -> Iterable[MrzDoubt]:
    """A code character taken from the recogniser's second choice (`MrzRepair.guessed`): it makes a real country
    code, but no check digit says it is the one printed; the first reading is the alternative shown."""
    read_as = {(ln, col): old for ln, col, old, _new in repair.changes}
    for ln, col in repair.guessed:
        key, pos, _ = cells[(ln, col)]
        yield _doubt(key, pos, repair.lines[ln][col], read_as.get((ln, col), ""), "unsure")


def _name_doubts(repair: MrzRepair, cells: dict[tuple[int, int], tuple[str, int, str]],
                 scores: Sequence[Sequence[float]]) -> Iterable[MrzDoubt]:
    """Rule-based doubts on the name; a forced letter only when the recogniser was unsure of the digit (a sure
    `0` in a name is an `O` the model drew with the digit's shape)."""
    lines = repair.lines
    name_cells = sorted(c for c in cells if cells[c][2] == "name")
    line, start = name_cells[0]
    name = "".join(lines[line][col] for _, col in name_cells)
    forced = {col for ln, col in repair.forced if ln == line and scores[ln][col] < NAME_UNSURE_BELOW}
    seconds = repair.alternatives[line] if line < len(repair.alternatives) else ""
    for i, ch in enumerate(name):
        key, pos, _ = cells[(line, start + i)]
        col = start + i
        if col in forced:
            yield _doubt(key, pos, ch, _ALTERNATIVES.get(ch, ""), "forced")
        elif ch.isdigit():
            yield _doubt(key, pos, ch, "", "format")
        elif ch in FILLER_LOOKALIKES and seconds[col:col + 1] == "<" and scores[line][col] < UNSURE_BELOW:
            yield _doubt(key, pos, ch, "<", "filler")  # `MABROUK<CALAAELDIN`: the C may be a filler
    if name.startswith("<") and name.strip("<"):
        yield _doubt("surname", 1, "<", "", "format")
    tail = name_tail_start(name)
    for match in re.finditer(r"[A-Z0-9]+", name):
        token = match.group()
        before = name[:match.start()]
        after_run = before.endswith("<<<") and bool(before.strip("<"))
        lone_filler = match.start() >= tail and len(token) == 1 and token in FILLER_LOOKALIKES
        if after_run or lone_filler:
            key, pos, _ = cells[(line, start + match.start())]
            yield _doubt(key, pos, token[0], "<", "filler")


def _inside_name(lines: Sequence[str], cells: dict[tuple[int, int], tuple[str, int, str]], ln: int, col: int) -> bool:
    """A filler between name letters (it may be a letter read as a filler), not one of the trailing ones."""
    name_cols = [c for (line, c) in cells if line == ln and cells[(line, c)][2] == "name"]
    row = lines[ln]
    last_letter = max((c for c in name_cols if row[c] != "<"), default=-1)
    return col < last_letter


def _length_doubts(repair: MrzRepair, cells: dict[tuple[int, int], tuple[str, int, str]],
                   scores: Sequence[Sequence[float]]) -> Iterable[MrzDoubt]:
    """The name's line lengthened, shortened or padded (characters scored 0: nothing was read there): a name
    letter may be lost or extra (elsewhere a shift breaks the fixed positions and the check digits)."""
    name_line = next(ln for (ln, _), (_, _, cls) in cells.items() if cls == "name")
    if name_line in repair.length_fixed or 0.0 in scores[name_line]:
        yield _doubt("mrz_line", name_line + 1, "", "", "length")


def _blind_spots(lines: list[str], unsure: list[tuple[int, int]], cells: dict[tuple[int, int], tuple[str, int, str]],
                 today: dt.date) -> dict[tuple[int, int], str]:
    """Unsure check-covered positions where a look-alike (alone or with one other unsure position's look-alike)
    keeps every check digit valid: position -> the look-alikes that do."""
    def options(cell: tuple[int, int]) -> str:
        ch = lines[cell[0]][cell[1]]
        digits_only = cells[cell][2] == "digit"
        return "".join(a for a in _ALTERNATIVES.get(ch, "") if a.isdigit() or not digits_only)

    def valid_with(swaps: Sequence[tuple[tuple[int, int], str]]) -> bool:
        rows = [list(line) for line in lines]
        for (ln, col), alt in swaps:
            rows[ln][col] = alt
        try:
            return parse_mrz(["".join(r) for r in rows], today=today).valid
        except MrzError:
            return False

    found: dict[tuple[int, int], str] = {}

    def note(cell: tuple[int, int], alt: str) -> None:
        if alt not in found.get(cell, ""):
            found[cell] = found.get(cell, "") + alt

    for cell in unsure:
        for alt in options(cell):
            if valid_with([(cell, alt)]):
                note(cell, alt)
    for first, second in itertools.combinations(unsure[:MAX_UNSURE_PAIRS], 2):
        for a, b in itertools.product(options(first), options(second)):
            if valid_with([(first, a), (second, b)]):
                note(first, a)
                note(second, b)
    return found
