"""Pure-text parts of the offline engine and the generator's ground truth (no OCR model involved)."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from desktop_app.domain.mrz import parse_mrz
from desktop_app.engines.local.mrz_reader import Row, _aligned, _upright_text, _windows, clean_text
from desktop_app.engines.local.recognizer import LineText
from tests.conftest import require_system
from tests.datagen import CONDITIONS, KINDS, REFERENCE_TODAY, generate, ocrb_available
from tests.datagen.identity import mrz_name_field


@pytest.mark.parametrize(("raw", "expected"), [
    ("P<UTOΡΕΤΕR<<ANNA<<<<", "P<UTOPETER<<ANNA<<<<"),  # Greek capitals for P, E, T
    ("P<UTOSMITH<<JOHN«<<<", "P<UTOSMITH<<JOHN<<<<<"),  # guillemet = two fillers
    ("ABDULRAHMAN<<EMILE<HANS<<C<<<<", "ABDULRAHMAN<<EMILE<HANS<<<<<<<"),  # C after a second '<<'
    ("SMITH<<C<<<<<<<<", "SMITH<<C<<<<<<<<"),  # a real one-letter given name stays
    ("1234<<<<C<<<", "1234<<<<<<<<"),
    ("l898902c3 uto", "L898902C3UTO"),
    ("peCANMARTINeeSARAHececeecc", "PECANMARTIN<<SARAH<<<<<<<<"),  # small print: its lower case is fillers
    ("P<UTOMUELLERccANNAceee", "P<UTOMUELLER<<ANNA<<<<"),
    # lower-case words: c and e are letters ("ce" made "<<", and an invoice on the desk looked like an MRZ)
    ("Invoice 2291 total 41.20 EUR room 214", "INVOICE2291TOTAL41<20EURROOM214"),
])
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_windows_want_aligned_mrz_like_rows() -> None:
    rows = [Row("ROOM214TOTAL41<20EURINVOICE2291"), Row("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"),
            Row("L898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    groups = [[r.text for r in g] for g in _windows(rows)]
    assert groups[0] == [rows[1].text, rows[2].text]
    assert all(not g[0].startswith("ROOM") for g in groups)
    shifted = [Row(rows[1].text, left=100.0, height=30.0), Row(rows[2].text, left=160.0, height=30.0)]
    assert not _aligned(shifted)  # a box that lost its first characters does not start at the MRZ's edge


def test_long_names_are_truncated_per_9303() -> None:
    field, truncated = mrz_name_field("WOLFESCHLEGELSTEINHAUSENBERGERDORFF", "MAXIMILIAN ALEXANDER", 39)
    assert truncated
    assert len(field) == 39
    assert field.startswith("WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<")
    assert not field.endswith("<")
    assert mrz_name_field("VAN DER BERG", "ANNA-MARIA", 30)[0].startswith("VAN<DER<BERG<<ANNA<MARIA<")
    assert mrz_name_field("MÜLLER", "ZOË", 30)[0].startswith("MUELLER<<ZOE<")


def test_generator_is_seeded_and_truthful() -> None:
    require_system("fonts-ocr-b (OCR-B font for the generated MRZ)", ocrb_available())
    a = generate(3, "td1", "photo")
    b = generate(3, "td1", "photo")
    assert np.array_equal(a.rgb, b.rgb)
    assert a.truth == b.truth
    for kind in KINDS:
        doc = generate(7, kind, "clean")
        read = parse_mrz(doc.mrz_lines, today=REFERENCE_TODAY)
        assert read.valid, doc.mrz_lines
        assert read.document_number == doc.truth["number"]
        assert read.date_of_birth == dt.date.fromisoformat(doc.truth["date_of_birth"])
        assert doc.quad.shape == (4, 2)
        x0, y0, x1, y1 = doc.portrait_box
        assert 0 <= x0 < x1 <= doc.rgb.shape[1]
        assert 0 <= y0 < y1 <= doc.rgb.shape[0]
    assert set(CONDITIONS) >= {"clean", "photo", "upside_down", "blur", "lowres", "jpeg", "uneven_light", "glare",
                               "hard"}


def _line(text: str, score: float = 0.98) -> Row:
    return Row.read(LineText(text, score, tuple([score] * len(text))))


def test_confident_prose_is_upright_text_although_its_punctuation_cleans_to_fillers() -> None:
    """A passport's printed notes read upright with confidence: no MRZ there, so the band is not read again turned
    over (their punctuation became `<<` and made them look MRZ-like: five recogniser calls instead of one)."""
    prose = [_line("4. Kinegram.® Des effets de couleurs et de mouvement se"),
             _line("constatent selon l'inclinaison du motif transparent.")]
    assert "<<" in prose[0].text
    assert _upright_text(prose)
    mrz = [_line("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"), _line("L898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    assert not _upright_text(mrz)
    small = [_line("P<UTOERIKSSONccANNAcMARIAcccccccccccccccccccc")]  # a small MRZ's fillers read as c: not prose
    assert not _upright_text(small)
    assert not _upright_text([_line("4. Kinegram.® Des effets de couleurs et de mouvement se", 0.6)])  # unsure
