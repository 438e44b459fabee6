"""Per-character confidence from the recogniser to the repaired MRZ (real model where it matters, no mocks)."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.domain.mrz import repair_mrz
from desktop_app.engines.local.mrz_reader import MrzReading, Row, _Best, clean_scored, read_mrz
from desktop_app.engines.local.recognizer import LineText, get_recognizer
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
