"""Read the MRZ of a document image: band -> lines -> recogniser -> ICAO 9303 repair.

Fast path: find the band with morphology, measure its character height, cut each line out straight and run only
the recogniser on the lines (no text detection): the orientation that the page layout suggests first, then the
other one. A well-formed read with a failing check digit gets one more read at another scale. Fallbacks when
nothing well-formed came out: text detection on the band crop, then on the whole image (each read upright and
turned 180 degrees).

A read is *trusted* only when every check digit passes, every line came out at its exact length (a lost or extra
character would shift the name, which no check digit covers), and, when the recogniser was less than sure of a
line, a second read at other settings gave the same names and codes. The first trusted read wins. Otherwise the
best read is returned as it is: the caller reports failing check digits as invalid fields (outcome partial) and
an untrusted valid read with its names and codes flagged, never as a clean read.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

import cv2
import numpy as np
import numpy.typing as npt

from desktop_app.domain.mrz import MrzRead, MrzRepair, normalize_ocr_scored, repair_mrz
from desktop_app.domain.mrz_doubts import disagreement_doubts, lines_in_question, mrz_doubts
from desktop_app.domain.schema import MrzDoubt
from desktop_app.engines.local.band import (
    STRONG_BAND,
    Band,
    BandCrop,
    band_char_height,
    crop_band,
    cut_band,
    find_bands,
    shrink_to,
)
from desktop_app.engines.local.lines import LineCut, split_lines
from desktop_app.engines.local.recognizer import LineText, Recognizer, TextBox, get_recognizer

RGB = npt.NDArray[np.uint8]

CHAR_HEIGHT = 28  # MRZ character height in the band crop, pixels
SQUEEZE = 0.6  # horizontal squeeze of a line before recognition: faster, and as accurate (measured)
MAX_TRUSTED_LENGTH_FIX = 0  # characters a trusted line may have gained or lost
CONFIRM_BELOW_SCORE = 0.985  # a line read with less confidence gets a confirming second read
CONFIRM_CHAR_HEIGHT, CONFIRM_SQUEEZE = 34, 0.75
ALT_CHAR_HEIGHT, ALT_SQUEEZE = 34, 0.8  # the second look at a well-formed read whose check digits fail
REC_HEIGHT = 48  # the recogniser's input height
WHOLE_IMAGE_LONG_SIDE = 960
MAX_BANDS_READ = 2  # band candidates read on the fast path, best first
# bands read as plain text that do not count against MAX_BANDS_READ: an MRZ under two invoice sheets is still read,
# and a page of text with no MRZ stops after this many more (without a limit its slowest "no MRZ" took 0.75 s)
MAX_PLAIN_SKIPPED = 1
UPRIGHT_TEXT_SCORE = 0.9
PROSE_LOWER = 8  # lower-case letters that make a read line prose (cleaning turns its punctuation into fillers)
MAX_DETECTED_LINES = 8
DETECT_SQUEEZE = 0.7
_MIN_SHORT_LINE = 20

# recogniser look-alikes that stand for more than one MRZ character
_MULTI = str.maketrans({"«": "<<", "‹": "<", "≤": "<", "＜": "<"})
# A lone C/K/E right after "<<<" and before a filler is a misread filler (fields are left-aligned, names have one
# "<<"). So is one after a *second* "<<" with only fillers following ("HANS<<C<<<<"): only the first "<<" of a
# name separates the surname; "SMITH<<C<<<" (given name C) is kept.
_FILLER_AFTER_RUN = re.compile(r"(?<=<<<)[CKE](?=<)")
_TRAILING_SINGLE = re.compile(r"<<([CKE])(?=<+$)")
# MRZ print has no lower case: at 3-7 px a filler comes out of the recogniser as a small `c` or `e` (measured on the
# real dev set at half size: 211 of 217 lower-case c/e in filler-aligned lines stood for '<'). Two or more of them
# in a row, or one touching a filler, are fillers; a lone one between letters stays a letter (it is upper-cased).
# Only in a line whose lower case is mostly c and e: in lower-case words ("Invoice 2291 total") they are letters,
# and reading "ce" as "<<" made a desk's invoice look like an MRZ.
_SMALL_FILLERS = re.compile(r"[<«‹≤＜ce]*(?:[ce][<«‹≤＜ce]|[<«‹≤＜][ce])[<«‹≤＜ce]*")


@dataclass(frozen=True, slots=True)
class MrzReading:
    """The outcome of reading one image."""

    lines: list[str]  # the MRZ after repair
    read: MrzRead
    raw_lines: list[str]  # as the recogniser returned them (normalised to the MRZ alphabet)
    changes: int  # characters the repair changed
    changes_detail: list[tuple[int, int, str, str]]  # (line, column, old, new); a length fix spans a filler run
    ambiguous: bool
    turned: bool  # read from the image turned 180 degrees
    method: str  # "band", "band-detect" or "whole-image"
    band: npt.NDArray[np.float32] | None = None  # MRZ text corners TL, TR, BR, BL (document-upright), source px
    attempts: list[str] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)  # recogniser confidence per line
    confirmed: bool | None = None  # a second read at other settings agreed on the unprotected fields
    char_scores: list[list[float]] = field(default_factory=list)  # per character of `lines` (0: added by repair)
    doubts: list[MrzDoubt] = field(default_factory=list)  # characters not to trust (domain.mrz_doubts)
    rows: list[Row] = field(default_factory=list)  # the recognised rows the lines came from, in order

    def settled_rows(self) -> list[Row]:
        """The rows another read need not repeat: read at their exact length, with confidence, every check digit
        on them passing and no character in doubt (`mrz_doubts.lines_in_question`)."""
        if len(self.rows) != len(self.lines):
            return []
        open_lines = lines_in_question(self.read, self.doubts)
        return [row for i, row in enumerate(self.rows) if i not in open_lines and row.corners is not None
                and len(self.raw_lines[i]) == len(self.lines[i]) and row.score >= CONFIRM_BELOW_SCORE]

    @property
    def valid(self) -> bool:
        return self.read.valid

    @property
    def length_fix(self) -> int:
        """The most characters the repair had to add to or drop from one line (a sign of lost characters)."""
        return max((abs(len(a) - len(b)) for a, b in zip(self.raw_lines, self.lines, strict=False)), default=0)

    @property
    def trusted(self) -> bool:
        """Check digits pass and every line came out of the recogniser at its exact length: a line that lost
        or gained a character may hide a dropped letter in the name, which no check digit covers."""
        return (self.valid and self.length_fix <= MAX_TRUSTED_LENGTH_FIX and self.confirmed is not False
                and not self.doubts)

    @property
    def needs_confirmation(self) -> bool:
        """The recogniser was less than sure of a line: names and codes (no check digit) get a second read."""
        return self.confirmed is None and min(self.scores, default=1.0) < CONFIRM_BELOW_SCORE


def clean_text(text: str) -> str:
    """Recogniser text to MRZ characters (look-alikes mapped, fillers restored inside filler runs)."""
    return clean_scored(text)[0]


def _prose(text: str) -> bool:
    """Lower-case words (at least PROSE_LOWER letters, not mostly the c/e of small fillers): an MRZ has none."""
    return sum(ch.islower() for ch in text) >= PROSE_LOWER and not _small_print(text)


def _small_print(text: str) -> bool:
    """Whether the recogniser's lower case in `text` is mostly c and e (an MRZ's fillers read at a few pixels),
    not the letters of lower-case words."""
    lower = [ch for ch in text if ch.islower()]
    return 2 * sum(ch in "ce" for ch in lower) > len(lower)


def clean_scored(text: str, scores: Sequence[float] = ()) -> tuple[str, list[float]]:
    """`clean_text` carrying one confidence per character along (1.0 each when `scores` does not match)."""
    source = list(scores) if len(scores) == len(text) else [1.0] * len(text)
    if _small_print(text):
        text = _SMALL_FILLERS.sub(lambda run: re.sub("[ce]", "<", run.group()), text)  # one for one: scores stay
    chars: list[str] = []
    confs: list[float] = []
    for ch, score in zip(text, source, strict=True):
        expanded = ch.translate(_MULTI)
        chars += expanded
        confs += [score] * len(expanded)
    norm, confs = normalize_ocr_scored("".join(chars), confs)
    out = _FILLER_AFTER_RUN.sub("<", norm)  # one character for one: the scores stay aligned
    match = _TRAILING_SINGLE.search(out)
    first = out.find("<<", 5)  # after the document code and the state (TD2/TD3 name lines)
    if match is not None and first != -1 and match.start() > first:
        out = out[:match.start(1)] + "<" + out[match.end(1):]
    return out, confs


def _score(read: MrzRead) -> tuple[int, int]:
    checks = (read.checks.document_number, read.checks.date_of_birth, read.checks.date_of_expiry,
              read.checks.optional, read.checks.composite)
    return sum(c is True for c in checks), -sum(c is False for c in checks)


def _rank(reading: MrzReading) -> tuple[bool, bool, int, int, int, int]:
    """Better first: trusted, check digits valid, fewer failing and more passing checks, then fewer characters in
    doubt (of two untrusted reads, the one without `CCCE` in its names), then less length repair."""
    passed, failed = _score(reading.read)
    return reading.trusted, reading.valid, failed, passed, -len(reading.doubts), -reading.length_fix


_DOC_CODE = re.compile(r"^[PIACV1][A-Z0-9<]")  # "1": the recogniser reads a leading I as 1


@dataclass(frozen=True, slots=True)
class Row:
    """A row of recognised text; `left`/`height` (pixels) when it came from detected boxes, for alignment."""

    text: str
    left: float | None = None
    height: float | None = None
    corners: npt.NDArray[np.float32] | None = None  # the line's corners in source pixels, when known
    score: float = 1.0  # the recogniser's confidence (mean character probability)
    char_scores: tuple[float, ...] = ()  # one confidence per character of `text` (empty: not known)
    class_scores: tuple[float, ...] = ()  # the same with the letter/digit twin added (see LineText)
    alternatives: str = ""  # per character of `text`, what else it may have been (' ': nothing), or empty
    words: bool = False  # the recogniser read lower-case words (not the c/e of a small MRZ's fillers): prose

    @classmethod
    def read(cls, line: LineText, corners: npt.NDArray[np.float32] | None = None) -> Row:
        """The cleaned row of one recognised line, its per-character scores aligned with the cleaned text."""
        text, scores = clean_scored(line.text, line.char_scores)
        _, class_scores = clean_scored(line.text, line.class_scores or line.char_scores)
        return cls(text, corners=corners, score=line.score, char_scores=tuple(scores),
                   class_scores=tuple(class_scores), alternatives=_alternatives(line, text), words=_prose(line.text))


def _alternatives(line: LineText, text: str) -> str:
    """Per character of `text` (`line.text` cleaned), its other likely reading in the MRZ alphabet: a small `c` or
    `e` taken for a filler may be the letter; anything else, the recogniser's second choice (' ': none)."""
    _, origin = clean_scored(line.text, [float(i) for i in range(len(line.text))])  # where each one came from
    if len(origin) != len(text) or len(line.runner_ups) != len(line.text):
        return ""
    out = []
    for ch, i in zip(text, origin, strict=True):
        raw = line.text[int(i)]
        other = raw.upper() if ch == "<" and raw in "ce" else normalize_ocr_scored(line.runner_ups[int(i)])[0]
        out.append(other if len(other) == 1 and other != ch and (other.isalnum() or other == "<") else " ")
    return "".join(out)


def _aligned(group: Sequence[Row]) -> bool:
    """MRZ lines start at the same left edge; a detector box that lost the first characters does not."""
    lefts = [r.left for r in group if r.left is not None]
    heights = [r.height for r in group if r.height is not None]
    if len(lefts) < len(group) or not heights:
        return True
    return max(lefts) - min(lefts) <= 0.8 * float(np.mean(heights))


def _windows(texts: Sequence[Row]) -> Iterator[list[Row]]:
    """Consecutive groups of 3 then 2 MRZ-like lines, bottom-most first (the MRZ is the last text).

    A group must look like an MRZ: its first line starts with a document code (P, I, A, C, V), the group
    holds at least one filler and, when the rows carry geometry, the lines start at the same left edge.
    """
    rows = [t for t in texts if len(t.text) >= _MIN_SHORT_LINE]
    for size in (3, 2):
        for end in range(len(rows), size - 1, -1):
            row_group = rows[end - size:end]
            if not _aligned(row_group):
                continue
            group = [r.text for r in row_group]
            lengths = [len(r) for r in group]
            if size == 3 and not all(26 <= n <= 34 for n in lengths):
                continue
            if size == 2 and not (30 <= lengths[0] <= 48 and 20 <= lengths[1] <= 48):
                continue  # a second line cut short (glare, the image edge) still gives a partial read
            if not _DOC_CODE.match(group[0]) or not any("<" in r for r in group):
                continue
            yield row_group


class _Best:
    def __init__(self) -> None:
        self.reading: MrzReading | None = None
        self.witnesses: list[MrzRead] = []  # every well-formed read at exact line lengths, confirming ones too

    def witness(self, repair: MrzRepair) -> None:
        if repair.read is not None and not repair.length_fixed:
            self.witnesses.append(repair.read)

    def disagreements(self, reading: MrzReading) -> MrzReading:
        """`reading` with a doubt on each name or code character that another read of the same MRZ gave
        differently (`mrz_doubts.disagreement_doubts`): two reads that disagree cannot both be trusted."""
        others = [w.lines for w in self.witnesses if _same_mrz(w, reading.read)]
        extra = disagreement_doubts(reading.read.format, reading.lines, others, reading.doubts)
        return replace(reading, doubts=[*reading.doubts, *extra]) if extra else reading

    def revise(self, old: MrzReading, new: MrzReading) -> None:
        """`old` was re-checked (confirmation): keep the checked version instead."""
        if self.reading is old:
            self.reading = None
        self.offer(new)

    def offer(self, reading: MrzReading) -> None:
        if self.reading is None or _rank(reading) > _rank(self.reading):
            self.reading = reading


def _same_mrz(a: MrzRead, b: MrzRead) -> bool:
    """Two reads of one MRZ: the same layout, and at least two of the document number and the dates alike (a
    misread that broke one check digit still counts; another document's MRZ does not)."""
    same = sum(x == y for x, y in zip((a.document_number, a.date_of_birth_raw, a.date_of_expiry_raw),
                                       (b.document_number, b.date_of_birth_raw, b.date_of_expiry_raw), strict=True))
    return a.format == b.format and same >= 2


def _pad_short(group: Sequence[str]) -> list[str]:
    if len(group) == 3:
        target = 30
    else:
        longest = max(len(r) for r in group)
        target = 44 if longest > 40 else 36
    return [r.ljust(target, "<")[:target] if len(r) < target else r for r in group]


def _unprotected(read: MrzRead) -> tuple[str, ...]:
    """The fields no check digit covers."""
    return (read.surname, read.given_names, read.document_code, read.issuing_state_raw, read.nationality_raw,
            read.sex_raw)


def _confirm(reading: MrzReading, texts: Sequence[Row], today: dt.date, best: _Best) -> MrzReading:
    """`reading` marked confirmed when a second read of the same lines gives the same unprotected fields."""
    for row_group in _windows(texts):
        # the same code guesses as the first read (scores and second choices), so only the print decides
        repair = repair_mrz([r.text for r in row_group], today=today, scores=[list(r.char_scores) for r in row_group],
                            alternatives=[r.alternatives for r in row_group])
        best.witness(repair)
        if repair.read is not None and repair.read.format == reading.read.format:
            # the second read's own check digits do not matter: only the fields they cannot cover
            return replace(reading, confirmed=_unprotected(repair.read) == _unprotected(reading.read))
    return replace(reading, confirmed=False)


def _try_texts(texts: Sequence[Row], today: dt.date, best: _Best, *, turned: bool, method: str,
               band: npt.NDArray[np.float32] | None) -> MrzReading | None:
    for row_group in _windows(texts):
        group = [r.text for r in row_group]
        scores = [list(r.char_scores) for r in row_group]
        class_scores = [list(r.class_scores) for r in row_group]
        repair = repair_mrz(group, today=today, scores=scores, class_scores=class_scores,
                            alternatives=[r.alternatives for r in row_group])
        best.witness(repair)
        if repair.read is None:
            # a line cut short (glare, the image edge) has no filler run to stretch: pad its end, so what was
            # read still shows, with the lost part failing its check digits (the padding scores 0)
            repair = repair_mrz(_pad_short(group), today=today, scores=scores, class_scores=class_scores)
        if repair.read is None:
            continue
        first, last = row_group[0].corners, row_group[-1].corners
        if first is not None and last is not None:
            mrz_corners: npt.NDArray[np.float32] | None = np.array([first[0], first[1], last[2], last[3]],
                                                                   np.float32)
        elif band is not None:
            mrz_corners = np.roll(band, 2, axis=0) if turned else band
        else:
            mrz_corners = None
        reading = MrzReading(lines=list(repair.lines), read=repair.read, raw_lines=group,
                             changes=len(repair.changes), changes_detail=list(repair.changes),
                             ambiguous=repair.ambiguous, turned=turned, method=method, band=mrz_corners,
                             scores=[r.score for r in row_group], char_scores=repair.scores,
                             doubts=mrz_doubts(repair, today=today), rows=list(row_group))
        best.offer(reading)
        if reading.trusted:
            return reading
    return None


def _read_cut(rec: Recognizer, cut: BandCrop, lines: Sequence[LineCut], squeeze: float,
              settled: Sequence[Row] = ()) -> list[Row]:
    """The rows of a band cut into `lines`: each line read by the recogniser in one batch, except those that lie
    where one of the `settled` rows of an earlier read lies (line centres within half a line's height, source
    pixels), which are kept as read then."""
    rows: list[Row | None] = []
    to_read: list[tuple[int, npt.NDArray[np.float32]]] = []
    for line in lines:
        corners = cut.to_source(line.corners)
        rows.append(_settled_at(corners, settled))
        if rows[-1] is None:
            to_read.append((len(rows) - 1, corners))
    texts = rec.read_lines([_prepare_line(lines[i].image, squeeze) for i, _ in to_read])
    for (i, corners), text in zip(to_read, texts, strict=False):
        rows[i] = Row.read(text, corners=corners)
    return [row for row in rows if row is not None]


def _settled_at(corners: npt.NDArray[np.float32], settled: Sequence[Row]) -> Row | None:
    height = float(np.linalg.norm(corners[3] - corners[0]))
    centre = corners.mean(axis=0)
    for row in settled:
        if row.corners is not None and float(np.linalg.norm(row.corners.mean(axis=0) - centre)) < 0.5 * height:
            return row
    return None


def _prepare_line(line: RGB, squeeze: float = SQUEEZE) -> RGB:
    h, w = line.shape[:2]
    size = (max(16, round(w * REC_HEIGHT / h * squeeze)), REC_HEIGHT)
    return np.asarray(cv2.resize(line, size, interpolation=cv2.INTER_AREA), np.uint8)


def _plausible(best: _Best) -> bool:
    """The best read so far is a well-formed MRZ with most check digits passing (one field misread, or
    fillers lost)."""
    if best.reading is None:
        return False
    passed, failed = _score(best.reading.read)
    return passed >= 2 and -failed <= 2


def _upside_down_first(rgb: RGB, band: Band) -> bool:
    """Whether the page seems to lie 'below' the band (in the band's frame): then it is probably upside down.

    The MRZ sits at the bottom of the page, so the portrait and the visual zone are above it when upright.
    """
    w, h = band.size
    rad = np.deg2rad(band.angle)
    normal = np.array([-np.sin(rad), np.cos(rad)])  # 'down' in the band's frame
    energies = []
    for sign in (-1.0, 1.0):
        cx, cy = np.array(band.center) + sign * normal * h * 2.2
        probe = Band(center=(float(cx), float(cy)), size=(w, h * 2.5), angle=band.angle, score=0.0)
        crop = crop_band(rgb, probe, char_height=16, pad_x=0.0, pad_y=0.0)
        gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY)
        energies.append(float(np.abs(cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=3)).mean()))
    above, below = energies
    return below > above * 1.15


def _mrz_like(read: MrzRead) -> bool:
    """An untrusted read is still an MRZ when its check digits or dates say so: two check digits pass, or one does
    and a date reads as a date. Ordinary text forced into MRZ shape (a caption, a form's labels) rarely is."""
    passed, _failed = _score(read)
    dated = read.date_of_birth is not None or read.date_of_expiry is not None
    return passed >= 2 or (passed >= 1 and dated)


def _upright_text(rows: Sequence[Row]) -> bool:
    """Rows the recogniser read with confidence and no MRZ-like filler runs (or read as lower-case prose, whose
    punctuation the cleaning turns into fillers: "Kinegram.® Des" -> `KINEGRAM<<<DES`): text the right way up that
    is not an MRZ (upside-down text reads as low-confidence noise)."""
    long_rows = [r for r in rows if len(r.text) >= _MIN_SHORT_LINE]
    return bool(long_rows) and min(r.score for r in long_rows) >= UPRIGHT_TEXT_SCORE and not any(
        "<<" in r.text and not r.words for r in long_rows)


def _row(segment: Sequence[TextBox]) -> Row:
    cleaned = [clean_scored(b.text, b.char_scores) for b in segment]
    by_class = [clean_scored(b.text, b.class_scores or b.char_scores)[1] for b in segment]
    return Row("".join(text for text, _ in cleaned), segment[0].left, float(np.mean([b.height for b in segment])),
               score=min(b.score for b in segment), char_scores=tuple(sc for _, scores in cleaned for sc in scores),
               class_scores=tuple(sc for scores in by_class for sc in scores))


def _group_rows(boxes: Sequence[TextBox]) -> list[Row]:
    """Detected boxes -> text rows top to bottom, boxes on the same row joined left to right.

    Boxes on one row but far apart (another paper, a caption) stay separate rows.
    """
    items = [b for b in boxes if b.text.strip()]
    items.sort(key=lambda b: b.center_y)
    rows: list[list[TextBox]] = []
    for box in items:
        if rows:
            last = rows[-1]
            ref = float(np.mean([b.center_y for b in last]))
            tol = 0.35 * max(box.height, float(np.mean([b.height for b in last])))
            if abs(box.center_y - ref) <= tol:
                last.append(box)
                continue
        rows.append([box])
    out: list[Row] = []
    for row in rows:
        row.sort(key=lambda b: b.left)
        segment = [row[0]]
        for box in row[1:]:
            gap = box.left - segment[-1].right
            if gap > 2.5 * max(box.height, segment[-1].height):
                out.append(_row(segment))
                segment = []
            segment.append(box)
        out.append(_row(segment))
    return out


def _box_geometry(box: npt.NDArray[np.float32]) -> tuple[float, float, float]:
    """(width, height, angle in degrees) of a detected quadrilateral (TL, TR, BR, BL)."""
    width = float(np.linalg.norm(box[1] - box[0]) + np.linalg.norm(box[2] - box[3])) / 2
    height = float(np.linalg.norm(box[3] - box[0]) + np.linalg.norm(box[2] - box[1])) / 2
    dx, dy = box[1] - box[0]
    return width, height, float(np.degrees(np.arctan2(dy, dx)))


def _cut(image: RGB, box: npt.NDArray[np.float32], width: float, height: float) -> RGB:
    w, h = max(8, round(width)), max(8, round(height))
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(box.astype(np.float32), dst)
    return np.asarray(cv2.warpPerspective(image, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE),
                      np.uint8)


def _detect_and_try(rec: Recognizer, image: RGB, today: dt.date, best: _Best, *, method: str,
                    band: npt.NDArray[np.float32] | None) -> MrzReading | None:
    """Detect text lines once, keep the long thin ones (MRZ lines are 30-44 characters), read them upright and
    turned 180 degrees."""
    candidates = []
    for box in rec.detect(image):
        width, height, angle = _box_geometry(box)
        if height < 4 or width / height < 8:
            continue
        candidates.append((box, width, height, angle))
    if not candidates:
        return None
    widest = max(c[1] for c in candidates)
    candidates = [c for c in candidates if c[1] >= 0.45 * widest]
    candidates.sort(key=lambda c: -c[1])
    candidates = candidates[:MAX_DETECTED_LINES]
    if len(candidates) < 2:
        return None  # one line is no MRZ (every group `_windows` yields has 2 or 3 rows): nothing to read
    crops = [_prepare_line(_cut(image, box, width, height), squeeze=DETECT_SQUEEZE)
             for box, width, height, _ in candidates]
    # rows are grouped in a frame where the text runs horizontally
    rad = np.deg2rad(float(np.median([c[3] for c in candidates])))
    unrotate = np.array([[np.cos(rad), np.sin(rad)], [-np.sin(rad), np.cos(rad)]], np.float32)
    for turned in (False, True):
        batch = [np.ascontiguousarray(c[::-1, ::-1]) for c in crops] if turned else crops
        texts = rec.read_lines(batch)
        boxes = []
        for (box, _, _, _), line_text in zip(candidates, texts, strict=False):
            pts = box @ unrotate.T
            if turned:
                pts = -pts  # the page upside down: bottom rows come first, right-hand boxes lead
            boxes.append(TextBox(line_text.text, line_text.score, pts.astype(np.float32), line_text.char_scores,
                                 line_text.class_scores))
        rows = _group_rows(boxes)
        found = _try_texts(rows, today, best, turned=turned, method=method, band=band)
        if found is None and not turned and _upright_text(rows):
            return None  # every long line read with confidence and none is an MRZ: turning them over makes none
        if found is not None and found.needs_confirmation:
            again = [_prepare_line(_cut(image, box, width, height), squeeze=CONFIRM_SQUEEZE * 1.3)
                     for box, width, height, _ in candidates]
            again = [np.ascontiguousarray(c[::-1, ::-1]) for c in again] if turned else again
            boxes2 = [TextBox(t.text, t.score, b.box, t.char_scores, t.class_scores) for b, t in
                      zip(boxes, rec.read_lines(again), strict=False)]
            checked = _confirm(found, _group_rows(boxes2), today, best)
            best.revise(found, checked)
            found = checked if checked.trusted else None
        if found is not None:
            return found
    return None


def read_mrz(rgb: RGB, *, today: dt.date, recognizer: Recognizer | None = None,
             thorough: bool = True) -> MrzReading | None:
    """The MRZ of `rgb` (H x W x 3 uint8), or None when nothing like an MRZ was found.

    `thorough=False` stops after the fast band path (used to re-read an image for a second opinion quickly).
    """
    rec = recognizer or get_recognizer()
    best = _Best()
    attempts: list[str] = []
    bands = find_bands(rgb)

    def done(reading: MrzReading | None) -> MrzReading | None:
        """The reading to return: a trusted one, or the best untrusted one when it is an MRZ at all."""
        if reading is None or not (reading.trusted or _mrz_like(reading.read)):
            return None
        reading = best.disagreements(reading)
        reading.attempts.extend(attempts)
        return reading

    def confirm_band(found: MrzReading | None, band: Band, source_char_height: float | None,
                     used_char_height: int) -> MrzReading | None:
        """A trusted read the recogniser was unsure of is re-read at other settings; None unless it agrees."""
        if found is None or not found.needs_confirmation:
            return found
        attempts.append("band-confirm")
        char_height = CONFIRM_CHAR_HEIGHT if used_char_height != CONFIRM_CHAR_HEIGHT else CHAR_HEIGHT
        cut = cut_band(rgb, band, char_height=char_height, turn=found.turned, source_char_height=source_char_height)
        texts = _read_cut(rec, cut, split_lines(cut.image, char_height), CONFIRM_SQUEEZE, found.settled_rows())
        checked = _confirm(found, texts, today, best)
        best.revise(found, checked)
        return checked if checked.trusted else None

    def read_band(index: int, turned: bool, char_height: int, squeeze: float, label: str, *,
                  settled: Sequence[Row] = ()) -> MrzReading | None:
        """Cut band `index` into lines at `char_height`, read them (but the `settled` rows of an earlier read, kept
        as they were); a trusted (and confirmed) reading or None."""
        band = bands[index]
        attempts.append(label)
        cut = cut_band(rgb, band, char_height=char_height, turn=turned, source_char_height=char_heights[index])
        lines = split_lines(cut.image, char_height)
        if not 2 <= len(lines) <= 4:
            unsplit.add(index)
            return None
        read_from[0] = read_from[0] or (index, turned)
        texts = _read_cut(rec, cut, lines, squeeze, settled)
        last_read[0] = texts
        found = _try_texts(texts, today, best, turned=turned, method="band", band=band.corners())
        return confirm_band(found, band, char_heights[index], char_height)

    # 1. fast path: each band, cut into lines, recogniser only; orientation guessed first, then the other one
    char_heights: dict[int, float | None] = {}
    read_from: list[tuple[int, bool] | None] = [None]  # the first band/orientation that gave lines
    last_read: list[list[Row]] = [[]]  # the rows of the latest band read
    unsplit: set[int] = set()  # bands the morphology could not cut into 2-4 lines
    plain_text: set[int] = set()  # bands read with confidence as ordinary text (no MRZ there)
    plausible_at: tuple[int, bool] | None = None
    for index, band in enumerate(bands):
        if index - len(plain_text) >= MAX_BANDS_READ or index >= MAX_BANDS_READ + MAX_PLAIN_SKIPPED:
            break  # a band read as plain text (a desk's invoice, a caption) does not use up the reads, up to a limit
        if index and band.score < STRONG_BAND:
            break  # past the best candidate, only bands with an MRZ's proportions are worth a read
        first_turned = _upside_down_first(rgb, band)
        char_heights[index] = band_char_height(rgb, band) or band.unit
        for turned in (first_turned, not first_turned):
            last_read[0] = []
            found = read_band(index, turned, CHAR_HEIGHT, SQUEEZE, f"band{'-turned' if turned else ''}")
            if found is not None:
                return done(found)
            if _plausible(best):
                plausible_at = (index, turned)
                break  # the right way up: no need to read it turned
            if _upright_text(last_read[0]):
                plain_text.add(index)
                break  # text read with confidence, but no MRZ: turning it over will not make one
        if plausible_at is not None:
            break
    # One more read at another scale and squeeze, which changes what the recogniser confuses: of a well-formed
    # MRZ with a failing check digit, or else of the first band that gave something MRZ-shaped (a filler run the
    # recogniser skipped, a blurred line). More passes rarely help; text that is no MRZ at all gets none.
    again = plausible_at or (read_from[0] if read_from[0] is not None and read_from[0][0] not in plain_text else None)
    if again is not None:
        # a well-formed read keeps the lines it read whole and sure, every check on them passing: only the others
        # are read again (a passport's name line when its second line failed a check digit)
        settled = best.reading.settled_rows() if plausible_at is not None and best.reading is not None else []
        found = read_band(again[0], again[1], ALT_CHAR_HEIGHT, ALT_SQUEEZE, "band-alternate", settled=settled)
        if found is not None:
            return done(found)
    if plausible_at is not None or not thorough:
        return done(best.reading)

    # 2. text detection on the band crops whose lines the morphology could not separate, then, when no band was
    # found at all, on the whole image at a modest size. (On the real dev set neither adds a read to the fast path;
    # they stay for what it cannot cut, and cost nothing on the usual images.)
    for detect_index, band in enumerate(bands[:2]):
        if detect_index not in unsplit:
            continue
        attempts.append("band-detect")
        crop = crop_band(rgb, band, char_height=CHAR_HEIGHT, pad_y=0.6,
                         source_char_height=char_heights.get(detect_index))
        found = _detect_and_try(rec, crop, today, best, method="band-detect", band=band.corners())
        if found is not None:
            return done(found)
    if any(band.score >= STRONG_BAND for band in bands):
        return done(best.reading)  # lines shaped like an MRZ were found and read: the MRZ would have been among them
    small, _scale = shrink_to(rgb, WHOLE_IMAGE_LONG_SIDE)
    attempts.append("whole-image")
    found = _detect_and_try(rec, small, today, best, method="whole-image", band=None)
    if found is not None:
        return done(found)
    return done(best.reading)
