"""Normalizers shared by the vendor adapters (normalized_schema.md section 2): dates, sex, countries, names, text.

Every function is total: unparsable input gives None (the adapter keeps the raw value in `fields`).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Literal

from desktop_app.domain.countries import alpha3_to_alpha2, to_alpha3
from desktop_app.domain.mrz import birth_date_from_yymmdd, expiry_date_from_yymmdd
from desktop_app.domain.schema import NameSplit, Sex

__all__ = [
    "DateKind",
    "alpha3_to_alpha2",
    "clean_text",
    "normalize_sex",
    "parse_date",
    "split_full_name",
    "to_alpha3",
]

DateKind = Literal["birth", "expiry", "issue", "generic"]

_MONTHS: dict[str, int] = {
    # English
    "JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6, "JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10,
    "NOV": 11, "DEC": 12,
    # Spanish (SET is used for septiembre in some countries)
    "ENE": 1, "ABR": 4, "AGO": 8, "SET": 9, "DIC": 12,
}
_MONTH_WORDS: dict[str, int] = {
    "JANUARY": 1, "FEBRUARY": 2, "MARCH": 3, "APRIL": 4, "JUNE": 6, "JULY": 7, "AUGUST": 8, "SEPTEMBER": 9,
    "SEPT": 9, "OCTOBER": 10, "NOVEMBER": 11, "DECEMBER": 12, "ENERO": 1, "FEBRERO": 2, "MARZO": 3, "ABRIL": 4,
    "MAYO": 5, "JUNIO": 6, "JULIO": 7, "AGOSTO": 8, "SEPTIEMBRE": 9, "SETIEMBRE": 9, "OCTUBRE": 10,
    "NOVIEMBRE": 11, "DICIEMBRE": 12,
}
_NULLS = frozenset({"", "null", "none"})


def clean_text(raw: object) -> str | None:
    """Stripped text; None for None, empty strings and 'null'/'none'."""
    if raw is None:
        return None
    text = str(raw).strip()
    if text.lower() in _NULLS:
        return None
    return text


def _ascii_upper(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def _month(word: str) -> int | None:
    word = word.rstrip(".")
    if word in _MONTH_WORDS:
        return _MONTH_WORDS[word]
    return _MONTHS.get(word) if len(word) == 3 else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _two_digit_year(yy: int, month: int, day: int, kind: DateKind, today: dt.date) -> dt.date | None:
    raw = f"{yy:02d}{month:02d}{day:02d}"
    if kind in ("birth", "issue"):
        return birth_date_from_yymmdd(raw, today)
    return expiry_date_from_yymmdd(raw, today)


_ISO = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T ].*)?")
_DMY = re.compile(r"(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4}|\d{2})")
_D_MON_Y = re.compile(r"(\d{1,2})[\s\-/.]*([A-Z]{3,10})\.?[\s\-/.,]*(\d{4}|\d{2})")
_MON_D_Y = re.compile(r"([A-Z]{3,10})\.?[\s\-/.]*(\d{1,2})(?:ST|ND|RD|TH)?[\s\-/.,]+(\d{4})")


def parse_date(raw: object, kind: DateKind = "generic", today: dt.date | None = None) -> dt.date | None:
    """A date from the formats vendors return; None when it is empty, a placeholder or not a real date.

    YYYY-MM-DD (also / . and 年月日), YYYYMMDD, YYMMDD, DD-MM-YYYY, DD/MM/YYYY, DD.MM.YYYY, DD MM YYYY, DD-MM-YY,
    'DD Mon YYYY' and 'Mon DD, YYYY' with English or Spanish month names. Two-digit years pivot by `kind`:
    birth and issue dates take the century that puts them in the past, expiry (and generic) dates 20YY unless
    that is more than 50 years ahead.
    """
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    text = clean_text(raw)
    if text is None:
        return None
    today = today or dt.date.today()
    text = _ascii_upper(text) if not re.search(r"[年月日]", text) else text
    if m := _ISO.fullmatch(text):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if re.fullmatch(r"\d{8}", text):
        return _date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if re.fullmatch(r"\d{6}", text):
        return _two_digit_year(int(text[:2]), int(text[2:4]), int(text[4:]), kind, today)
    if m := _DMY.fullmatch(text):
        day, month, year = int(m[1]), int(m[2]), m[3]
        if len(year) == 4:
            return _date(int(year), month, day)
        if _date(2000, month, day) is None:
            return None
        return _two_digit_year(int(year), month, day, kind, today)
    if m := _D_MON_Y.fullmatch(text):
        month_no = _month(m[2])
        if month_no is None:
            return None
        if len(m[3]) == 4:
            return _date(int(m[3]), month_no, int(m[1]))
        if _date(2000, month_no, int(m[1])) is None:
            return None
        return _two_digit_year(int(m[3]), month_no, int(m[1]), kind, today)
    if m := _MON_D_Y.fullmatch(text):
        month_no = _month(m[1])
        return _date(int(m[3]), month_no, int(m[2])) if month_no is not None else None
    return None


_MALE = frozenset({"M", "MALE", "MAN", "HOMBRE", "MASCULINO", "MASC", "VARON", "MASCULIN", "MANNLICH", "男"})
_FEMALE = frozenset({"F", "FEMALE", "WOMAN", "MUJER", "FEMENINO", "FEM", "FEMININ", "WEIBLICH", "女"})
_UNSPECIFIED = frozenset({"X", "<", "UNSPECIFIED", "NOT SPECIFIED", "INDETERMINADO"})
_H_COUNTRIES = frozenset({"ECU", "MEX"})


def normalize_sex(raw: object, country_alpha3: str | None = None) -> Sex | None:
    """M, F or X from vendor text ('MALE', 'MUJER', '女F', MRZ '<'); 'H' means M only for Ecuador and Mexico."""
    text = clean_text(raw)
    if text is None:
        return None
    up = " ".join(_ascii_upper(text).replace("/", " ").split())
    if up in _MALE:
        return "M"
    if up in _FEMALE:
        return "F"
    if up in _UNSPECIFIED:
        return "X"
    if up == "H":
        return "M" if (to_alpha3(country_alpha3) if country_alpha3 else None) in _H_COUNTRIES else None
    latin = re.sub(r"[^A-Z]", "", up)
    if latin and latin != up:  # mixed scripts such as '女F' or '男 / M': the Latin letters decide
        return normalize_sex(latin, country_alpha3)
    cjk = {ch for ch in up if ch in "男女"}
    if len(cjk) == 1:
        return "M" if cjk == {"男"} else "F"
    return None


_PARTICLES = frozenset({"DE", "DEL", "LA", "LAS", "LOS", "SAN", "SANTA", "DA", "DI", "VAN", "VON", "Y"})


def _name_units(tokens: list[str]) -> list[str]:
    """Group particles with the word that follows them: DE LA CRUZ -> one unit."""
    units: list[str] = []
    pending: list[str] = []
    for token in tokens:
        pending.append(token)
        if _ascii_upper(token) not in _PARTICLES:
            units.append(" ".join(pending))
            pending = []
    if pending:
        if units:
            units[-1] = units[-1] + " " + " ".join(pending)
        else:
            units.append(" ".join(pending))
    return units


def split_full_name(full: str | None, country_alpha3: str | None = None) -> tuple[str | None, str | None, NameSplit]:
    """(surname, given names, how) from a full name.

    MRZ-style 'SURNAME<<GIVEN' -> "mrz"; 'SURNAME, GIVEN' -> "heuristic"; Ecuador: the first two name units
    (particles DE, DEL, DE LA, DE LOS, LA, SAN... kept attached) are the surnames -> "heuristic";
    otherwise (None, None, "none").
    """
    text = clean_text(full)
    if text is None:
        return None, None, "none"
    if "<<" in text:
        surname, _, given = text.strip("<").partition("<<")
        return (" ".join(surname.replace("<", " ").split()) or None,
                " ".join(given.replace("<", " ").split()) or None, "mrz")
    if "," in text:
        surname, _, given = text.partition(",")
        if surname.strip() and given.strip():
            return " ".join(surname.split()), " ".join(given.split()), "heuristic"
    country = to_alpha3(country_alpha3) if country_alpha3 else None
    if country == "ECU":
        units = _name_units(text.split())
        if len(units) >= 3:
            return " ".join(units[:2]), " ".join(units[2:]), "heuristic"
    return None, None, "none"
