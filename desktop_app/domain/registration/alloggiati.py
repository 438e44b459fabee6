"""Italy, Alloggiati Web: the fixed-width file of guest records ("schedine") for the Polizia di Stato.

Specification: Polizia di Stato, "Alloggiati Web - Manuale d'uso per le strutture ricettive", appendix "Tracciato
record" (file upload "Invio file"), https://alloggiatiweb.poliziadistato.it (Supporto > Manuali), rules of the Decreto
del Ministro dell'Interno 7 gennaio 2013 (GU n. 14 del 17 gennaio 2013, tabella I: at most 30 days of stay); law: art.
109 TULPS (R.D. 773/1931). One line of 168 characters per guest, CRLF, UTF-8, at most 1000 lines per file:

    TipoAlloggiato 2 | DataArrivo 10 | GiorniPermanenza 2 | Cognome 50 | Nome 30 | Sesso 1 | DataNascita 10 |
    ComuneNascita 9 | ProvinciaNascita 2 | StatoNascita 9 | Cittadinanza 9 | TipoDocumento 5 | NumeroDocumento 20 |
    LuogoRilascio 9   (+ IdAppartamento 6 in the short-let variant: 174 characters)

Members (19 family, 20 group) follow their head's line and leave the three document fields blank. Every field is
left-aligned and padded with spaces; a longer value is cut at its width (never shifting a column). Widths count
characters (code points after NFC), the file is UTF-8.
"""

from __future__ import annotations

import re

from desktop_app.domain.registration.guest import MAX_NIGHTS, Guest, Stay, in_groups
from desktop_app.domain.registration.tables import alloggiati_documents, alloggiati_states

FIELDS: tuple[tuple[str, int], ...] = (
    ("TipoAlloggiato", 2), ("DataArrivo", 10), ("GiorniPermanenza", 2), ("Cognome", 50), ("Nome", 30),
    ("Sesso", 1), ("DataNascita", 10), ("ComuneNascita", 9), ("ProvinciaNascita", 2), ("StatoNascita", 9),
    ("Cittadinanza", 9), ("TipoDocumento", 5), ("NumeroDocumento", 20), ("LuogoRilascio", 9),
)
APARTMENT_FIELD = ("IdAppartamento", 6)
LINE_LENGTH = sum(width for _, width in FIELDS)  # 168
SHORT_LET_LINE_LENGTH = LINE_LENGTH + APARTMENT_FIELD[1]  # 174
MAX_LINES = 1000
ITALY = "ITA"
TIPO = {"single": "16", "head_family": "17", "head_group": "18"}
MEMBER_TIPO = {"head_family": "19", "head_group": "20"}
_COMUNE = re.compile(r"\d{9}")
_PROVINCE = re.compile(r"[A-Za-z]{2}")


def stay_problem(stay: Stay) -> str | None:
    """Why Alloggiati Web refuses this stay, or None (GiorniPermanenza: 1 to 30 days)."""
    if not 1 <= stay.nights <= MAX_NIGHTS:
        return f"Alloggiati Web takes stays of 1 to {MAX_NIGHTS} nights, not {stay.nights}"
    return None


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else ""


def missing(guest: Guest) -> list[str]:
    """The fields Alloggiati Web needs that this guest lacks (stay keys or scan field names)."""
    lacking: list[str] = []
    states = alloggiati_states()
    for name in ("surname", "given_names", "date_of_birth"):
        if getattr(guest, name) is None:
            lacking.append(name)
    if guest.sex not in ("M", "F"):
        lacking.append("sex (M or F)")
    if guest.nationality not in states:
        lacking.append("nationality" if guest.nationality is None else "nationality (no Alloggiati state code)")
    if guest.birth_country not in states:
        lacking.append("birth_country" if guest.birth_country is None else "birth_country (no Alloggiati code)")
    elif guest.birth_country == ITALY:
        if not (guest.birth_place and _COMUNE.fullmatch(guest.birth_place)):
            lacking.append("birth_place (9-digit comune code)")
        if not (guest.birth_province and _PROVINCE.fullmatch(guest.birth_province)):
            lacking.append("birth_province")
    if guest.role == "member":
        if guest.head is None:
            lacking.append("head")
        return lacking
    if guest.document_category not in alloggiati_documents():
        lacking.append("document_type (identity card, passport or driving licence)")
    if guest.document_number is None:
        lacking.append("document_number")
    if guest.issuing_country not in states:
        lacking.append("issuing_country")
    elif guest.issuing_country == ITALY and not (guest.issue_place and _COMUNE.fullmatch(guest.issue_place)):
        lacking.append("issue_place (9-digit comune code)")
    return lacking


def _cell(value: str | None, width: int) -> str:
    text = (value or "")[:width]
    return text + " " * (width - len(text))


def guest_line(guest: Guest, tipo: str, stay: Stay, apartment: str | None = None) -> str:
    """One record (without its CRLF). Call `missing` first: a lacking value is left blank here."""
    states = alloggiati_states()
    member = tipo in ("19", "20")
    born_in_italy = guest.birth_country == ITALY
    issued_in_italy = guest.issuing_country == ITALY
    values = [
        tipo,
        stay.arrival.strftime("%d/%m/%Y"),
        f"{stay.nights:02d}",
        guest.surname,
        guest.given_names,
        {"M": "1", "F": "2"}.get(guest.sex or ""),
        _date(guest.date_of_birth),
        guest.birth_place if born_in_italy else None,
        (guest.birth_province or "").upper() if born_in_italy else None,
        states.get(guest.birth_country or ""),
        states.get(guest.nationality or ""),
        None if member else alloggiati_documents().get(guest.document_category),
        None if member else guest.document_number,
        None if member else (guest.issue_place if issued_in_italy else states.get(guest.issuing_country or "")),
    ]
    line = "".join(_cell(value, width) for value, (_, width) in zip(values, FIELDS, strict=True))
    if apartment is not None:
        line += _cell(apartment.strip().zfill(APARTMENT_FIELD[1]), APARTMENT_FIELD[1])
    return line


def lines(guests: list[Guest], stay: Stay, apartment: str | None = None) -> list[list[str]]:
    """The records grouped by family or group (head first, then its members), in input order."""
    out: list[list[str]] = []
    for group in in_groups(guests):
        head = group[0]
        if head.role == "member":  # a member without a head: `missing` reports it
            out.append([guest_line(head, "19", stay, apartment)])
            continue
        block = [guest_line(head, TIPO[head.role], stay, apartment)]
        block += [guest_line(member, MEMBER_TIPO.get(head.role, "19"), stay, apartment) for member in group[1:]]
        out.append(block)
    return out


def files(guests: list[Guest], stay: Stay, apartment: str | None = None) -> list[bytes]:
    """The file contents: CRLF after every line, UTF-8, at most `MAX_LINES` lines each; a family or group is never
    split across two files (ValueError for one larger than a file)."""
    chunks: list[list[str]] = [[]]
    for block in lines(guests, stay, apartment):
        if len(block) > MAX_LINES:
            raise ValueError(f"a family or group of {len(block)} guests does not fit in one Alloggiati file")
        if len(chunks[-1]) + len(block) > MAX_LINES:
            chunks.append([])
        chunks[-1].extend(block)
    return ["".join(line + "\r\n" for line in chunk).encode("utf-8") for chunk in chunks if chunk]
