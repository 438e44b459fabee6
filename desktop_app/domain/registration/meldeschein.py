"""Germany, besonderer Meldeschein: which forms the hotel prints and what each one says (the PDF is drawn by
`station/registration_pdf.py` with Qt's own PDF writer).

Law: Bundesmeldegesetz (BMG) of 3 May 2013, section 29 (besondere Meldepflicht in Beherbergungsstaetten) and section
30 (the form's content: day of arrival and expected departure, family name, given names, date of birth,
nationalities, address, number of fellow travellers and their nationality, for foreign persons the serial number of
their passport or substitute; a signature), https://www.gesetze-im-internet.de/bmg/__29.html and __30.html, as amended
by the Viertes Buerokratieentlastungsgesetz (BEG IV, BGBl. 2024 I Nr. 323, in force 1 January 2025): German
nationals no longer fill in a form. Spouses, partners and minor children travelling with a foreign guest go on that
guest's form; a travel group of more than ten people is registered on the tour leader's form (section 29(3)).
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.countries import alpha3_to_alpha2
from desktop_app.domain.registration.guest import Guest, Stay, in_groups

GERMANY = "DEU"
GROUP_LEADER_ONLY_ABOVE = 10


@dataclass(frozen=True, slots=True)
class Form:
    guest: Guest
    fellow_travellers: tuple[Guest, ...]


def is_exempt(guest: Guest) -> bool:
    return guest.nationality == GERMANY


def forms(guests: list[Guest]) -> list[Form]:
    out: list[Form] = []
    for group in in_groups(guests):
        head, rest = group[0], group[1:]
        if head.role == "head_family" or (head.role == "head_group" and len(group) > GROUP_LEADER_ONLY_ABOVE):
            if any(not is_exempt(guest) for guest in group):
                out.append(Form(head, tuple(rest)))
            continue
        out.extend(Form(guest, ()) for guest in group if not is_exempt(guest))
    return out


def missing(guest: Guest, *, on_form: bool) -> list[str]:
    """What a form needs from its guest (`on_form`: the guest signs the form; fellow travellers need less)."""
    if not on_form:
        return [] if guest.nationality else ["nationality"]
    lacking = [name for name in ("surname", "given_names", "date_of_birth", "nationality", "address", "postcode",
                                 "city", "country") if getattr(guest, name) is None]
    if not is_exempt(guest) and guest.document_number is None:
        lacking.append("document_number")
    return lacking


def rows(form: Form, stay: Stay) -> list[tuple[str, str]]:
    """(label, value) pairs in the order of BMG section 30(2), German labels with an English gloss."""
    guest = form.guest

    def day(value: object) -> str:
        return value.strftime("%d.%m.%Y") if hasattr(value, "strftime") else ""

    address = ", ".join(part for part in (guest.address, " ".join(p for p in (guest.postcode, guest.city) if p),
                                          guest.country) if part)
    fellow = ", ".join(sorted({traveller.nationality or "?" for traveller in form.fellow_travellers}))
    return [
        ("Ankunftstag / Arrival", day(stay.arrival)),
        ("Voraussichtliche Abreise / Expected departure", day(stay.departure)),
        ("Familienname / Surname", guest.surname or ""),
        ("Vornamen / Given names", guest.given_names or ""),
        ("Geburtsdatum / Date of birth", day(guest.date_of_birth)),
        ("Staatsangehörigkeit(en) / Nationality", guest.nationality or ""),
        ("Anschrift / Address", address),
        ("Zahl der Mitreisenden / Fellow travellers",
         f"{len(form.fellow_travellers)}" + (f" ({fellow})" if fellow else "")),
        ("Pass- oder Ausweisnummer / Passport or ID number",
         "" if is_exempt(guest) else (guest.document_number or "")),
        ("Ausstellender Staat / Issuing state", alpha3_to_alpha2(guest.issuing_country) or ""),
    ]
