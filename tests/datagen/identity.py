"""Random but plausible synthetic identities and their ICAO 9303 MRZ lines (no real people).

Everything is driven by a `random.Random` so a seed always gives the same person and document.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

# The date every generated document is judged against (expired or not); fixed so a seed is reproducible.
REFERENCE_TODAY = dt.date(2026, 6, 1)

# kind -> (line count, line length)
MRZ_SHAPES: dict[str, tuple[int, int]] = {
    "td3": (2, 44),
    "td2": (2, 36),
    "td1": (3, 30),
    "mrva": (2, 44),
    "mrvb": (2, 36),
}

# ICAO codes: real states, the specials (D = Germany, padded "D<<"), the fictional Utopia, EU, UN and XXA.
STATES = ["UTO", "D", "FRA", "GBR", "USA", "NLD", "ITA", "ESP", "CAN", "IND", "BRA", "NGA", "POL", "SWE", "CHE",
          "AUS", "JPN", "KOR", "MEX", "TUR", "IRL", "PRT", "GRC", "EUE", "UNO", "XXA", "ZAF", "EGY", "VNM", "PHL"]

SURNAMES = [
    "ERIKSSON", "MUSTERMANN", "MÜLLER", "GARCÍA LÓPEZ", "VAN DER BERG", "O'NEILL", "NGUYEN", "DUBOIS", "ROSSI",
    "SMITH-JONES", "KOWALSKI", "DE LA CRUZ", "ÖZTÜRK", "OKAFOR", "SILVA SANTOS", "TANAKA", "KIM", "LI", "PATEL",
    "ABDULRAHMAN", "FITZGERALD", "MAC AODHA", "WOLFESCHLEGELSTEINHAUSENBERGERDORFF", "BJÖRKLUND", "D'ANGELO",
    "HERNÁNDEZ", "PAPADOPOULOS", "SCHMIDT", "NOWAK", "IVANOVA", "AL-FAYED", "O", "NØRGAARD", "ZAPATERO",
    "QUINTERO-VALDEZ", "KAPOOR", "XU", "ABEBE", "MBEKI", "JOHANSSON", "BRAATHEN", "CZERWIŃSKA", "ØSTERGÅRD",
]
GIVEN = [
    "ANNA", "MARIA", "JOSÉ", "JEAN-PIERRE", "ERIKA", "HANS", "LI", "MOHAMMED", "SIOBHÁN", "ZOË", "ÅSA", "JAKOB",
    "CHIDINMA", "YUKI", "MIN-JUN", "PRIYA", "OLUWASEUN", "ALEKSANDRA", "FRANÇOIS", "BJÖRN", "SØREN", "LUCÍA",
    "MARY ANN", "XAVIER", "QUENTIN", "ZBIGNIEW", "KWAME", "VALENTINA", "GUÐRÚN", "ÉMILE", "ZEYNEP", "KRZYSZTOF",
    "MAXIMILIAN ALEXANDER", "CHARLOTTE", "THEODORE", "WILHELMINA", "BARTHOLOMEW", "ISABELLA", "Y", "KEVIN",
]

_TRANSLIT = {"Ä": "AE", "Ö": "OE", "Ü": "UE", "Å": "AA", "Æ": "AE", "Ø": "OE", "ß": "SS", "Þ": "TH", "Ð": "D",
             "Ł": "L", "Œ": "OE"}


def check_digit(data: str) -> str:
    """ICAO 9303 7-3-1 check digit (digits keep their value, A-Z = 10..35, '<' = 0)."""
    total = 0
    for i, ch in enumerate(data):
        if ch.isdigit():
            v = int(ch)
        elif "A" <= ch <= "Z":
            v = ord(ch) - 55
        else:
            v = 0
        total += v * (7, 3, 1)[i % 3]
    return str(total % 10)


def mrz_name_part(text: str) -> str:
    """Transliterate a printed name to MRZ characters: umlauts per 9303 table, accents dropped, spaces/hyphens '<'."""
    out = []
    for ch in text.upper():
        if ch in _TRANSLIT:
            out.append(_TRANSLIT[ch])
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if "A" <= base <= "Z":
            out.append(base)
        elif ch in " -":
            out.append("<")
        # apostrophes and other punctuation are dropped
    return "".join(out)


def mrz_name_field(surname: str, given: str, width: int) -> tuple[str, bool]:
    """SURNAME<<GIVEN<NAMES padded/truncated to `width` per 9303 (truncate given names, then surname)."""
    s, g = mrz_name_part(surname), mrz_name_part(given)
    full = f"{s}<<{g}" if g else s
    truncated = len(full) > width
    if truncated:
        # keep the surname as long as possible, cut given names; never end on a filler
        full = full[:width] if len(s) + 3 <= width else s[:width]
        full = full.rstrip("<")
        if full.endswith("<"):
            full = full.rstrip("<")
    return full.ljust(width, "<"), truncated


def _pad(value: str, width: int) -> str:
    return value.ljust(width, "<")[:width]


def _yymmdd(d: dt.date) -> str:
    return d.strftime("%y%m%d")


@dataclass
class Identity:
    kind: str
    document_code: str
    issuing_state: str  # 1-3 letters as in the MRZ without fillers, e.g. "D"
    surname: str  # as printed in the visual zone
    given_names: str
    nationality: str
    sex: str  # "M" | "F" | "<"
    date_of_birth: dt.date
    date_of_expiry: dt.date
    date_of_issue: dt.date
    number: str
    optional: str  # personal number / optional data (MRZ characters)
    place_of_birth: str
    mrz_lines: list[str] = field(default_factory=list)
    name_truncated: bool = False

    @property
    def mrz_surname(self) -> str:
        name_line = self.mrz_lines[2] if self.kind == "td1" else self.mrz_lines[0][5:]
        return name_line.split("<<", 1)[0].replace("<", " ").strip()

    @property
    def mrz_given_names(self) -> str:
        name_line = self.mrz_lines[2] if self.kind == "td1" else self.mrz_lines[0][5:]
        parts = name_line.split("<<", 1)
        return parts[1].replace("<", " ").strip() if len(parts) > 1 else ""

    def truth(self) -> dict[str, object]:
        """The fields a reader must recover from the MRZ (names as the MRZ holds them)."""
        return {
            "kind": self.kind,
            "document_code": self.document_code,
            "issuing_country": self.issuing_state,
            "number": self.number,
            "surname": self.mrz_surname,
            "given_names": self.mrz_given_names,
            "nationality": self.nationality,
            "sex": self.sex if self.sex != "<" else "X",
            "date_of_birth": self.date_of_birth.isoformat(),
            "date_of_expiry": self.date_of_expiry.isoformat(),
            "optional_data": self.optional.strip("<") or None,
            "expired": self.date_of_expiry < REFERENCE_TODAY,
            "reference_today": REFERENCE_TODAY.isoformat(),
            "name_truncated": self.name_truncated,
            "viz_surname": self.surname,
            "viz_given_names": self.given_names,
            "date_of_issue": self.date_of_issue.isoformat(),
            "mrz_lines": list(self.mrz_lines),
        }


def _random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days + 1))


def _document_number(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    style = rng.random()
    if style < 0.35:  # letters and digits mixed, 9 long
        return "".join(rng.choice(letters + "0123456789") for _ in range(9))
    if style < 0.65:  # one or two letters then digits
        n = rng.choice((1, 2))
        return "".join(rng.choice(letters) for _ in range(n)) + "".join(
            rng.choice("0123456789") for _ in range(9 - n))
    if style < 0.95:  # shorter numbers, padded with fillers
        return "".join(rng.choice("0123456789") for _ in range(rng.randint(6, 8)))
    # the O/0, I/1, S/5, Z/2, B/8 traps
    return "".join(rng.choice("OI0125ZSB8GQDC") for _ in range(9))


def _optional(rng: random.Random, width: int) -> str:
    if width <= 0 or rng.random() < 0.5:
        return ""
    n = rng.randint(min(4, width), width)
    return "".join(rng.choice("0123456789" if rng.random() < 0.7 else "ABCXYZ0123456789") for _ in range(n))


def build_mrz(ident: Identity) -> tuple[list[str], bool]:
    k = ident.kind
    state = _pad(ident.issuing_state, 3)
    nat = _pad(ident.nationality, 3)
    num = _pad(ident.number, 9)
    dob, exp = _yymmdd(ident.date_of_birth), _yymmdd(ident.date_of_expiry)
    cd = check_digit
    if k in ("td3", "mrva"):
        name, trunc = mrz_name_field(ident.surname, ident.given_names, 39)
        l1 = _pad(ident.document_code, 2) + state + name
        if k == "td3":
            opt = _pad(ident.optional, 14)
            opt_cd = cd(opt) if ident.optional else "<"
            body = num + cd(num) + nat + dob + cd(dob) + ident.sex + exp + cd(exp) + opt + opt_cd
            composite = cd(body[0:10] + body[13:20] + body[21:43])
            l2 = body + composite
        else:
            opt = _pad(ident.optional, 16)
            l2 = num + cd(num) + nat + dob + cd(dob) + ident.sex + exp + cd(exp) + opt
        return [l1, l2], trunc
    if k in ("td2", "mrvb"):
        name, trunc = mrz_name_field(ident.surname, ident.given_names, 31)
        l1 = _pad(ident.document_code, 2) + state + name
        if k == "td2":
            opt = _pad(ident.optional, 7)
            body = num + cd(num) + nat + dob + cd(dob) + ident.sex + exp + cd(exp) + opt
            l2 = body + cd(body[0:10] + body[13:20] + body[21:35])
        else:
            opt = _pad(ident.optional, 8)
            l2 = num + cd(num) + nat + dob + cd(dob) + ident.sex + exp + cd(exp) + opt
        return [l1, l2], trunc
    # td1
    opt1 = _pad(ident.optional, 15)
    l1 = _pad(ident.document_code, 2) + state + num + cd(num) + opt1
    l2 = dob + cd(dob) + ident.sex + exp + cd(exp) + nat + "<" * 11
    composite = cd(l1[5:30] + l2[0:7] + l2[8:15] + l2[18:29])
    l2 = l2 + composite
    name, trunc = mrz_name_field(ident.surname, ident.given_names, 30)
    return [l1, l2, name], trunc


def random_identity(rng: random.Random, kind: str) -> Identity:
    if kind not in MRZ_SHAPES:
        raise ValueError(f"unknown kind {kind!r}")
    state = rng.choice(STATES)
    nationality = state if rng.random() < 0.8 else rng.choice(STATES)
    code = {"td3": rng.choice(["P<", "P<", "P<", "PD", "PO"]),
            "td1": rng.choice(["I<", "ID", "IR", "AC", "C<"]),
            "td2": rng.choice(["I<", "ID", "A<", "C<", "P<"]),
            "mrva": "V<", "mrvb": rng.choice(["V<", "VD"])}[kind]
    surname = rng.choice(SURNAMES)
    if rng.random() < 0.2:
        surname = f"{surname} {rng.choice(SURNAMES)}"
    given = rng.choice(GIVEN)
    if rng.random() < 0.35:
        given = f"{given} {rng.choice(GIVEN)}"
    if rng.random() < 0.05:
        given = ""
    dob = _random_date(rng, dt.date(1935, 1, 1), dt.date(2016, 12, 31))
    issue = _random_date(rng, dt.date(2012, 1, 1), REFERENCE_TODAY - dt.timedelta(days=30))
    years = 10 if kind != "mrva" and kind != "mrvb" else 1
    expiry = issue.replace(day=min(issue.day, 28)).replace(year=issue.year + years) - dt.timedelta(days=1)
    opt_width = {"td3": 14, "td2": 7, "td1": 15, "mrva": 16, "mrvb": 8}[kind]
    ident = Identity(
        kind=kind, document_code=code.rstrip("<"), issuing_state=state, surname=surname, given_names=given,
        nationality=nationality, sex=rng.choice("MMMFFFF<") if rng.random() < 0.97 else "<",
        date_of_birth=dob, date_of_expiry=expiry, date_of_issue=issue, number=_document_number(rng),
        optional=_optional(rng, min(opt_width, 11 if kind == "td1" else opt_width)),
        place_of_birth=rng.choice(["UTOPIA CITY", "BERLIN", "LYON", "SÃO PAULO", "LAGOS", "KRAKÓW", "OSAKA"]),
    )
    ident.mrz_lines, ident.name_truncated = build_mrz(ident)
    return ident
