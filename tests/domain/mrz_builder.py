"""An independent MRZ writer and hypothesis strategies for valid documents of every ICAO 9303 layout.

Written from the 9303 field tables, separately from `desktop_app.domain.mrz`, so a round trip tests both.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st

from desktop_app.domain.countries import ICAO_SPECIAL_CODES, all_alpha3
from desktop_app.domain.mrz import FILLER_LOOKALIKES

TODAY = dt.date(2026, 11, 21)
ALNUM = string.ascii_uppercase + string.digits
FORMATS = ("TD1", "TD2", "TD3", "MRV-A", "MRV-B")
NAME_LENGTH = {"TD1": 30, "TD2": 31, "TD3": 39, "MRV-A": 39, "MRV-B": 31}
OPTIONAL1_LENGTH = {"TD1": 15, "TD2": 7, "TD3": 14, "MRV-A": 16, "MRV-B": 8}


def cd(text: str) -> str:
    total = 0
    for i, ch in enumerate(text):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


@dataclass(frozen=True)
class Doc:
    fmt: str
    code: str  # 1 or 2 characters
    state: str  # as written in the MRZ without padding ("D", "UTO", "GB")
    number: str
    nationality: str
    dob: dt.date
    sex: str  # M, F, <
    expiry: dt.date
    surname: tuple[str, ...]
    given: tuple[str, ...]
    optional1: str = ""
    optional2: str = ""
    filler_personal_check: bool = False

    @property
    def expected_surname(self) -> str:
        return " ".join(self.surname)

    @property
    def expected_given(self) -> str:
        return " ".join(self.given)


def _name_field(doc: Doc) -> str:
    name = "<".join(doc.surname)
    if doc.given:
        name += "<<" + "<".join(doc.given)
    length = NAME_LENGTH[doc.fmt]
    assert len(name) <= length
    return name.ljust(length, "<")


def write_mrz(doc: Doc) -> list[str]:
    """The MRZ lines for `doc` with every check digit computed."""
    code = doc.code.ljust(2, "<")
    state = doc.state.ljust(3, "<")
    nat = doc.nationality.ljust(3, "<")
    dob = doc.dob.strftime("%y%m%d")
    exp = doc.expiry.strftime("%y%m%d")
    if doc.fmt == "TD1":
        if len(doc.number) > 9:
            ext = doc.number[9:]
            number_part = doc.number[:9] + "<"
            opt1 = (ext + cd(doc.number) + "<" + doc.optional1).ljust(15, "<")
        else:
            number_part = doc.number.ljust(9, "<") + cd(doc.number.ljust(9, "<"))
            opt1 = doc.optional1.ljust(15, "<")
        line1 = code + state + number_part + opt1
        opt2 = doc.optional2.ljust(11, "<")
        line2 = dob + cd(dob) + doc.sex + exp + cd(exp) + nat + opt2
        line2 += cd(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
        return [line1, line2, _name_field(doc)]
    length = 44 if doc.fmt in ("TD3", "MRV-A") else 36
    line1 = code + state + _name_field(doc)
    if len(doc.number) > 9:
        assert doc.fmt == "TD2"
        number_part = doc.number[:9] + "<"
        optional = (doc.number[9:] + cd(doc.number) + "<" + doc.optional1).ljust(7, "<")
    else:
        number_part = doc.number.ljust(9, "<") + cd(doc.number.ljust(9, "<"))
        optional = doc.optional1.ljust(OPTIONAL1_LENGTH[doc.fmt], "<")
    line2 = number_part + nat + dob + cd(dob) + doc.sex + exp + cd(exp) + optional
    if doc.fmt == "TD3":
        line2 += "<" if doc.filler_personal_check else cd(optional)
    if doc.fmt in ("TD2", "TD3"):
        line2 += cd(line2[0:10] + line2[13:20] + line2[21:])
    assert len(line1) == len(line2) == length, (line1, line2)
    return [line1, line2]


_CODES = [*sorted(set(all_alpha3()) | set(ICAO_SPECIAL_CODES)), "D"]
states = st.sampled_from(_CODES)
# A name part made of one filler look-alike repeated (CC, KKK) is what the repair takes for misread fillers
# (domain/mrz._fillers_in_name); no real name part is one, so generated names hold none.
_token = st.text(alphabet=string.ascii_uppercase, min_size=1, max_size=10).filter(
    lambda t: not (len(t) > 1 and len(set(t)) == 1 and t[0] in FILLER_LOOKALIKES))
_alnum = st.text(alphabet=ALNUM, min_size=0, max_size=16)


@st.composite
def documents(draw: st.DrawFn, fmt: str) -> Doc:
    visa = fmt.startswith("MRV")
    if fmt == "TD3":
        code = "P" + draw(st.sampled_from(["", "O", "D", "S", "M"]))
    elif visa:
        code = "V" + draw(st.sampled_from(["", "A", "B", "C", "D"]))
    else:
        code = draw(st.sampled_from("IAC")) + draw(st.sampled_from(["", "D", "R", "C", "P", "O"]))
    max_number = {"TD1": 22, "TD2": 14}.get(fmt, 9)
    number = draw(st.text(alphabet=ALNUM, min_size=1, max_size=max_number))
    if fmt == "TD1" and len(number) > 9:
        optional1 = draw(st.text(alphabet=ALNUM, max_size=15 - (len(number) - 9) - 2))
    elif fmt == "TD2" and len(number) > 9:
        optional1 = ""
    else:
        optional1 = draw(st.text(alphabet=ALNUM, max_size=OPTIONAL1_LENGTH[fmt]))
    optional2 = draw(st.text(alphabet=ALNUM, max_size=11)) if fmt == "TD1" else ""
    surname = tuple(draw(st.lists(_token, min_size=1, max_size=3)))
    given = tuple(draw(st.lists(_token, min_size=0, max_size=3)))
    name_len = len("<".join(surname)) + (len("<".join(given)) + 2 if given else 0)
    assume(name_len <= NAME_LENGTH[fmt])
    dob = draw(st.dates(min_value=TODAY.replace(year=TODAY.year - 99) + dt.timedelta(days=1), max_value=TODAY))
    expiry = draw(st.dates(min_value=dt.date(1978, 1, 1), max_value=dt.date(2075, 12, 31)))
    return Doc(
        fmt=fmt, code=code, state=draw(states), number=number, nationality=draw(states), dob=dob,
        sex=draw(st.sampled_from("MF<")), expiry=expiry, surname=surname, given=given, optional1=optional1,
        optional2=optional2,
        filler_personal_check=fmt == "TD3" and not optional1 and draw(st.booleans()),
    )


any_document = st.sampled_from(FORMATS).flatmap(documents)

# What an OCR engine may return for a character (the model the repair property is stated against)
CONFUSIONS: dict[str, str] = {
    "0": "OQD", "O": "0", "1": "IL", "I": "1", "8": "B", "B": "8", "5": "S", "S": "5", "2": "Z", "Z": "2",
    "6": "G", "G": "6", "<": "K",
}


def _rand_text(rng: random.Random, alphabet: str, low: int, high: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(low, high)))


def random_document(rng: random.Random, fmt: str) -> Doc:
    """A valid document drawn from `rng` (fast: for round trips over thousands of cases)."""
    if fmt == "TD3":
        code = "P" + rng.choice(["", "O", "D", "S", "M"])
    elif fmt.startswith("MRV"):
        code = "V" + rng.choice(["", "A", "B", "C", "D"])
    else:
        code = rng.choice("IAC") + rng.choice(["", "D", "R", "C", "P", "O"])
    max_number = {"TD1": 22, "TD2": 14}.get(fmt, 9)
    number = _rand_text(rng, ALNUM, 1, max_number if rng.random() < 0.3 else 9)
    if fmt == "TD1" and len(number) > 9:
        optional1 = _rand_text(rng, ALNUM, 0, 15 - (len(number) - 9) - 2)
    elif fmt == "TD2" and len(number) > 9:
        optional1 = ""
    else:
        optional1 = _rand_text(rng, ALNUM, 0, OPTIONAL1_LENGTH[fmt]) if rng.random() < 0.6 else ""
    optional2 = _rand_text(rng, ALNUM, 0, 11) if fmt == "TD1" else ""
    while True:
        surname = tuple(_rand_text(rng, string.ascii_uppercase, 1, 10) for _ in range(rng.randint(1, 3)))
        given = tuple(_rand_text(rng, string.ascii_uppercase, 1, 10) for _ in range(rng.randint(0, 3)))
        if len("<".join(surname)) + (len("<".join(given)) + 2 if given else 0) <= NAME_LENGTH[fmt]:
            break
    dob_low = TODAY.replace(year=TODAY.year - 99) + dt.timedelta(days=1)
    dob = dob_low + dt.timedelta(days=rng.randint(0, (TODAY - dob_low).days))
    exp_low, exp_high = dt.date(1978, 1, 1), dt.date(2075, 12, 31)
    expiry = exp_low + dt.timedelta(days=rng.randint(0, (exp_high - exp_low).days))
    return Doc(
        fmt=fmt, code=code, state=rng.choice(_CODES), number=number, nationality=rng.choice(_CODES), dob=dob,
        sex=rng.choice("MF<"), expiry=expiry, surname=surname, given=given, optional1=optional1,
        optional2=optional2, filler_personal_check=fmt == "TD3" and not optional1 and rng.random() < 0.5,
    )


def checked_position(fmt: str, line: int, col: int) -> bool:
    """Whether a check digit (own or composite) covers (line, col) in the layout."""
    if fmt == "TD1":
        return (line == 0 and col >= 5) or (line == 1 and not 15 <= col <= 17 and col != 7)
    if line == 0:
        return False
    if fmt in ("MRV-A", "MRV-B"):
        return col < 28 and not 10 <= col <= 12 and col != 20
    return not 10 <= col <= 12 and col != 20
