"""Per-character confidence from the recogniser to the repaired MRZ (real model where it matters, no mocks)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from desktop_app.domain.mrz import parse_mrz, repair_mrz
from desktop_app.domain.mrz_doubts import lines_in_question
from desktop_app.domain.schema import MrzDoubt
from desktop_app.engines.local.band import cut_band, find_bands
from desktop_app.engines.local.lines import split_lines
from desktop_app.engines.local.mrz_reader import (
    ALT_CHAR_HEIGHT,
    ALT_SQUEEZE,
    CHAR_HEIGHT,
    SQUEEZE,
    MrzReading,
    Row,
    _Best,
    _read_cut,
    clean_scored,
    read_mrz,
)
from desktop_app.engines.local.recognizer import LineText, Recognizer, get_recognizer
from tests.conftest import require_system
from tests.datagen import REFERENCE_TODAY, generate, ocrb_available


@pytest.mark.parametrize(("raw", "expected"), [
    ("P<UTOSMITH<<JOHN«<<<", "P<UTOSMITH<<JOHN<<<<<"),  # one guillemet -> two fillers, both with its score
    ("l898902c3 uto", "L898902C3UTO"),  # the space and its score are dropped
    ("1234<<<<C<<<", "1234<<<<<<<<"),
])
def test_clean_scored_keeps_one_score_per_character(raw: str, expected: str) -> None:
    scores = [i / 100 for i in range(len(raw))]
    text, out = clean_scored(raw, scores)
    assert text == expected
    assert len(out) == len(text)
    if "«" in raw:
        at = raw.index("«")
        assert out[at:at + 2] == [scores[at], scores[at]]
    if " " in raw:
        assert scores[raw.index(" ")] not in out


def test_row_read_aligns_scores_with_the_cleaned_text() -> None:
    row = Row.read(LineText("P<UTO«ANNA", 0.9, (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05)))
    assert row.text == "P<UTO<<ANNA"
    assert row.char_scores == (0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.4, 0.3, 0.2, 0.1, 0.05)
    assert Row.read(LineText("AB", 0.5, ())).char_scores == (1.0, 1.0)  # unknown: trusted as the line


def test_every_mrz_character_gets_the_recognisers_score() -> None:
    require_system("fonts-ocr-b (OCR-B font for the generated MRZ)", ocrb_available())
    doc = generate(3, "td3", "clean")
    reading = read_mrz(doc.rgb, today=REFERENCE_TODAY, recognizer=get_recognizer())
    assert reading is not None
    assert [len(s) for s in reading.char_scores] == [len(line) for line in reading.lines]
    assert all(0.0 <= s <= 1.0 for line in reading.char_scores for s in line)
    assert min(min(line) for line in reading.char_scores) < 1.0  # real probabilities, not the 1.0 default


def test_twin_scores_add_the_letter_or_digit_the_position_decides_between() -> None:
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    from desktop_app.engines.local.recognizer import _TwinScores

    decode = _TwinScores(CTCLabelDecode(character=list("0OAV")))  # labels: blank, 0, O, A, V, space
    labels = decode.character
    preds = np.zeros((1, 4, len(labels)), np.float32)
    preds[0, 0, labels.index("O")], preds[0, 0, labels.index("0")] = 0.5, 0.45  # round glyph: O or 0
    preds[0, 1, 0] = 1.0  # blank
    preds[0, 2, labels.index("A")], preds[0, 2, labels.index("V")] = 0.55, 0.45  # A or V: no twin
    preds[0, 3, 0] = 1.0
    lines, words = decode(preds, True, wh_ratio_list=[1.0], max_wh_ratio=1.0)
    assert lines[0][0] == "OA"
    assert words[0].confs == [0.5, 0.55]  # the decoder's own probabilities stay
    assert words[0].class_confs == [0.95, 0.55]
    assert words[0].runner_ups == "0V"  # the best other label at each kept frame (never the blank)


def test_row_alternatives_are_the_second_choice_or_the_letter_a_small_filler_was() -> None:
    # "ec" after P: small fillers (cleaned to '<<'); the recogniser's second choices are carried one for one
    row = Row.read(LineText("PecAN«M", 0.7, (0.9,) * 7, runner_ups="RcCHM<N"))
    assert row.text == "P<<AN<<M"
    assert row.alternatives == "RECHM  N"  # the second choice '<' of '«' is what was kept: none
    assert Row.read(LineText("PAN", 0.9, (0.9,) * 3)).alternatives == ""  # no second choices known


def test_a_read_another_read_of_the_same_mrz_contradicted_is_not_trusted() -> None:
    """The recogniser can be sure of a wrong name letter at one scale (`ERIKSSDN` from a 12 MP photo shrunk with
    another filter, while the first read said `ERIKSSON`): the reader remembers every read of the MRZ and puts the
    letters they gave differently in doubt, whichever read is returned."""
    td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    misread = [td3[0].replace("ERIKSSON", "ERIKSSDN"), td3[1]]
    other_document = [td3[0].replace("ERIKSSON", "ERIKSSEN"), "X123456784UTO8001014M3001013<<<<<<<<<<<<<<08"]
    best = _Best()
    for lines in (td3, other_document, misread):
        best.witness(repair_mrz(lines, today=REFERENCE_TODAY))
    repair = repair_mrz(misread, today=REFERENCE_TODAY)
    assert repair.read is not None
    reading = MrzReading(lines=list(repair.lines), read=repair.read, raw_lines=misread, changes=0, changes_detail=[],
                         ambiguous=False, turned=False, method="band", scores=[0.99, 0.99])
    assert reading.trusted
    checked = best.disagreements(reading)
    assert not checked.trusted
    assert [(d.field, d.position, d.shown, d.alternatives) for d in checked.doubts] == [("surname", 7, "D", "O")]


class _CountingRecognizer(Recognizer):
    """The real recogniser, counting the lines it is given."""

    def __init__(self) -> None:
        super().__init__()
        self.lines_read = 0

    def read_lines(self, lines: Sequence[npt.NDArray[np.uint8]]) -> list[LineText]:
        self.lines_read += len(lines)
        return super().read_lines(lines)


def test_a_second_read_repeats_only_the_lines_not_settled() -> None:
    """A read at another scale (alternate, confirming) keeps the lines the first read got whole and sure, with
    every check on them passing, and sends the recogniser only the others."""
    require_system("fonts-ocr-b (OCR-B font for the generated MRZ)", ocrb_available())
    doc = generate(5, "td3", "clean")
    rec = _CountingRecognizer()
    band = find_bands(doc.rgb)[0]
    first = cut_band(doc.rgb, band, char_height=CHAR_HEIGHT)
    rows = _read_cut(rec, first, split_lines(first.image, CHAR_HEIGHT), SQUEEZE)
    assert [r.text for r in rows] == doc.mrz_lines
    again = cut_band(doc.rgb, band, char_height=ALT_CHAR_HEIGHT)
    before = rec.lines_read
    second = _read_cut(rec, again, split_lines(again.image, ALT_CHAR_HEIGHT), ALT_SQUEEZE, settled=[rows[1]])
    assert rec.lines_read - before == 1  # only the name line was read again
    assert second[1] is rows[1]
    assert [r.text for r in second] == doc.mrz_lines


def test_lines_in_question_are_those_a_failing_check_or_a_doubt_touches() -> None:
    td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    good = parse_mrz(td3, today=REFERENCE_TODAY)
    assert lines_in_question(good, []) == set()
    assert lines_in_question(parse_mrz([td3[0], td3[1].replace("7408122", "7408123")], today=REFERENCE_TODAY),
                             []) == {1}
    surname = MrzDoubt(field="surname", position=7, shown="D", alternatives="O", reason="unsure")
    assert lines_in_question(good, [surname]) == {0}
    td1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
    composite = parse_mrz([td1[0], td1[1][:-1] + "5", td1[2]], today=REFERENCE_TODAY)
    assert composite.checks.composite is False
    assert lines_in_question(composite, []) == {0, 1}  # the composite covers both; the name line is not in question


def test_a_read_the_reader_does_not_trust_is_never_shown_as_checked() -> None:
    """Valid check digits and no character in doubt, but returned untrusted (a turned Egyptian passport at 110
    degrees): its second line lost a filler that the repair put back, and its unsure name line was never read a
    second time. The result names both, so `mrz.local_check` fails."""
    from desktop_app.domain.checks import finalize
    from desktop_app.engines.local.engine import build_result

    td3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
    repair = repair_mrz(td3, today=REFERENCE_TODAY)
    assert repair.read is not None
    sure = MrzReading(lines=list(repair.lines), read=repair.read, raw_lines=td3, changes=0, changes_detail=[],
                      ambiguous=False, turned=False, method="band", scores=[0.99, 0.99])
    assert finalize(build_result(sure), today=REFERENCE_TODAY).mrz.local_check == "pass"
    untrusted = MrzReading(lines=list(repair.lines), read=repair.read, raw_lines=[td3[0], td3[1][:30] + td3[1][31:]],
                           changes=1, changes_detail=[], ambiguous=False, turned=False, method="band",
                           scores=[0.97, 0.99])
    assert not untrusted.trusted
    result = finalize(build_result(untrusted), today=REFERENCE_TODAY)
    assert result.mrz.local_check == "fail"
    assert {(d.field, d.position, d.reason) for d in result.mrz.doubts} == {
        ("unconfirmed", 0, "unconfirmed"), ("mrz_line", 2, "length")}
