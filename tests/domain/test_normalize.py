"""Normalizers: dates, sex, countries, names, text (normalized_schema.md section 2)."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop_app.domain.normalize import (
    alpha3_to_alpha2,
    clean_text,
    normalize_sex,
    parse_date,
    split_full_name,
    to_alpha3,
)

TODAY = dt.date(2026, 11, 21)
EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]

FOUR_DIGIT_FORMATS = {
    "iso": lambda d: d.isoformat(),
    "compact": lambda d: d.strftime("%Y%m%d"),
    "dmy_dash": lambda d: d.strftime("%d-%m-%Y"),
    "dmy_slash": lambda d: d.strftime("%d/%m/%Y"),
    "dmy_dot": lambda d: d.strftime("%d.%m.%Y"),
    "d_mon_y_en": lambda d: f"{d.day:02d} {EN[d.month - 1].title()} {d.year}",
    "d_mon_y_en_upper": lambda d: f"{d.day} {EN[d.month - 1]} {d.year}",
    "d_mon_y_es": lambda d: f"{d.day:02d} {ES[d.month - 1]} {d.year}",
    "iso_datetime": lambda d: f"{d.isoformat()}T00:00:00Z",
    "chinese": lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
}


@pytest.mark.parametrize("fmt", sorted(FOUR_DIGIT_FORMATS))
def test_every_four_digit_year_format_round_trips(fmt: str) -> None:
    render = FOUR_DIGIT_FORMATS[fmt]

    @given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
    @settings(max_examples=300, deadline=None)
    def run(d: dt.date) -> None:
        assert parse_date(render(d), "generic", TODAY) == d

    run()


@given(st.dates(min_value=dt.date(1927, 11, 22), max_value=TODAY))
@settings(max_examples=500, deadline=None)
def test_two_digit_years_of_birth_are_in_the_past(d: dt.date) -> None:
    assert parse_date(d.strftime("%y%m%d"), "birth", TODAY) == d
    assert parse_date(d.strftime("%d-%m-%y"), "birth", TODAY) == d
    assert parse_date(d.strftime("%d %b %y"), "birth", TODAY) == d


@given(st.dates(min_value=dt.date(1977, 1, 1), max_value=dt.date(2076, 11, 20)))
@settings(max_examples=500, deadline=None)
def test_two_digit_expiry_years_are_20yy_unless_too_far(d: dt.date) -> None:
    assert parse_date(d.strftime("%y%m%d"), "expiry", TODAY) == d
    assert parse_date(d.strftime("%d-%m-%y"), "expiry", TODAY) == d


@pytest.mark.parametrize(("raw", "kind", "expected"), [
    ("1990-04-11", "birth", dt.date(1990, 4, 11)),
    ("19900411", "birth", dt.date(1990, 4, 11)),
    ("900411", "birth", dt.date(1990, 4, 11)),
    ("200411", "birth", dt.date(2020, 4, 11)),
    ("300411", "birth", dt.date(1930, 4, 11)),
    ("300411", "expiry", dt.date(2030, 4, 11)),
    ("990101", "expiry", dt.date(1999, 1, 1)),
    ("150101", "issue", dt.date(2015, 1, 1)),
    ("11 Apr 1990", "birth", dt.date(1990, 4, 11)),
    ("27 JUL 1993", "birth", dt.date(1993, 7, 27)),
    ("05 ENE 2020", "issue", dt.date(2020, 1, 5)),
    ("05 SET 2020", "issue", dt.date(2020, 9, 5)),
    ("5 DIC 2020", "issue", dt.date(2020, 12, 5)),
    ("5 diciembre 2020", "issue", dt.date(2020, 12, 5)),
    ("April 11, 1990", "birth", dt.date(1990, 4, 11)),
    ("11/04/1990", "birth", dt.date(1990, 4, 11)),
    ("11 04 1990", "birth", dt.date(1990, 4, 11)),  # vendor visual-zone dates with spaces only
    ("11-04-90", "birth", dt.date(1990, 4, 11)),
    (" 1990-04-11 ", "birth", dt.date(1990, 4, 11)),
    (dt.date(1990, 4, 11), "birth", dt.date(1990, 4, 11)),
])
def test_parse_date_examples(raw: object, kind: str, expected: dt.date) -> None:
    assert parse_date(raw, kind, TODAY) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", [
    None, "", "   ", "null", "NULL", "(09-99)", "09-99", "2020-02-30", "31/04/2020", "32 JAN 2020", "13 XYZ 2020",
    "abc", "000000", "990231", "2020", "12345",
])
def test_parse_date_rejects(raw: object) -> None:
    assert parse_date(raw, "generic", TODAY) is None


@pytest.mark.parametrize(("raw", "country", "expected"), [
    ("M", None, "M"), ("f", None, "F"), ("X", None, "X"), ("<", None, "X"), ("MALE", None, "M"),
    ("Female", None, "F"), ("HOMBRE", None, "M"), ("MUJER", None, "F"), ("Masculino", None, "M"),
    ("FEMENINO", None, "F"), ("H", "ECU", "M"), ("H", "MEX", "M"), ("H", "EC", "M"), ("H", None, None),
    ("H", "DEU", None), ("女F", None, "F"), ("男/M", None, "M"), ("男", None, "M"), ("女", None, "F"),
    ("", None, None), (None, None, None), ("?", None, None), ("MF", None, None),
])
def test_normalize_sex(raw: object, country: str | None, expected: str | None) -> None:
    assert normalize_sex(raw, country) == expected


@given(st.sampled_from(["M", "F", "X"]), st.sampled_from(["", " ", "\t"]), st.booleans())
def test_normalize_sex_letters_any_case_and_spacing(letter: str, pad: str, lower: bool) -> None:
    raw = pad + (letter.lower() if lower else letter) + pad
    assert normalize_sex(raw) == letter


@pytest.mark.parametrize("country", list(pycountry.countries), ids=lambda c: c.alpha_3)
def test_countries_round_trip_alpha2_alpha3(country: object) -> None:
    alpha2, alpha3 = country.alpha_2, country.alpha_3  # type: ignore[attr-defined]
    assert to_alpha3(alpha2) == alpha3
    assert to_alpha3(alpha3) == alpha3
    assert to_alpha3(alpha3.lower()) == alpha3
    assert alpha3_to_alpha2(alpha3) == alpha2
    assert to_alpha3(country.name) == alpha3  # type: ignore[attr-defined]


@pytest.mark.parametrize(("raw", "expected"), [
    ("D", "DEU"), ("D<<", "DEU"), ("UTO", "UTO"), ("XXA", "XXA"), ("XXB", "XXB"), ("XXC", "XXC"),
    ("XXX", "XXX"), ("EUE", "EUE"), ("UNO", "UNO"), ("UNA", "UNA"), ("UNK", "UNK"), ("GBD", "GBD"),
    ("GBN", "GBN"), ("GBO", "GBO"), ("GBP", "GBP"), ("GBS", "GBS"), ("RKS", "RKS"), ("XK", "RKS"),
    ("INDIAN", "IND"), ("Indian", "IND"), ("UNITED STATES", "USA"), ("UNITED STATES OF AMERICA", "USA"),
    ("ECUATORIANA", "ECU"), ("ECUATORIANO", "ECU"), ("UTOPIAN", "UTO"), ("Ecuador", "ECU"),
    ("Federal Republic of Germany", "DEU"), ("ESPAÑOLA", "ESP"), ("GB<", "GBR"), ("  gbr ", "GBR"),
    ("Viet Nam", "VNM"), ("Bolivia, Plurinational State of", "BOL"),
])
def test_to_alpha3_specials_and_names(raw: str, expected: str) -> None:
    assert to_alpha3(raw) == expected


@pytest.mark.parametrize("raw", [None, "", "<<<", "ZZZ", "QQ", "MARTIAN", "12"])
def test_to_alpha3_unknown(raw: str | None) -> None:
    assert to_alpha3(raw) is None


def test_alpha3_to_alpha2_specials() -> None:
    assert alpha3_to_alpha2("RKS") == "XK"
    assert alpha3_to_alpha2("D") == "DE"
    assert alpha3_to_alpha2("UTO") is None
    assert alpha3_to_alpha2(None) is None


@pytest.mark.parametrize(("full", "country", "expected"), [
    ("PEREZ GOMEZ JUAN CARLOS", "ECU", ("PEREZ GOMEZ", "JUAN CARLOS", "heuristic")),
    ("DE LA CRUZ PEREZ MARIA JOSE", "ECU", ("DE LA CRUZ PEREZ", "MARIA JOSE", "heuristic")),
    ("SAN MARTIN DEL POZO ANA", "ECU", ("SAN MARTIN DEL POZO", "ANA", "heuristic")),
    ("DE LOS RIOS LA TORRE LUIS", "ECU", ("DE LOS RIOS LA TORRE", "LUIS", "heuristic")),
    ("PEREZ  GOMEZ   JUAN", "EC", ("PEREZ GOMEZ", "JUAN", "heuristic")),
    ("PEREZ JUAN", "ECU", (None, None, "none")),
    ("JOHN SMITH", "USA", (None, None, "none")),
    ("JOHN SMITH", None, (None, None, "none")),
    ("SMITH, JOHN PAUL", "GBR", ("SMITH", "JOHN PAUL", "heuristic")),
    ("ERIKSSON<<ANNA<MARIA", None, ("ERIKSSON", "ANNA MARIA", "mrz")),
    ("", "ECU", (None, None, "none")),
    (None, "ECU", (None, None, "none")),
])
def test_split_full_name(full: str | None, country: str | None, expected: tuple[object, ...]) -> None:
    assert split_full_name(full, country) == expected


@given(st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVZ", min_size=2, max_size=8), min_size=3, max_size=6))
def test_ecuador_split_keeps_every_token(tokens: list[str]) -> None:
    assume(not {"DE", "DEL", "LA", "LAS", "LOS", "SAN", "SANTA", "DA", "DI", "VAN", "VON"} & set(tokens))
    surname, given_names, how = split_full_name(" ".join(tokens), "ECU")
    assert how == "heuristic"
    assert f"{surname} {given_names}".split() == tokens


@pytest.mark.parametrize(("raw", "expected"), [
    (None, None), ("", None), ("  ", None), ("null", None), ("NULL", None), (" abc ", "abc"), (12, "12"),
])
def test_clean_text(raw: object, expected: str | None) -> None:
    assert clean_text(raw) == expected
