"""The guest model shared by every registration target: a confirmed read plus the stay details the operator adds.

A guest is built from the JSON of a `ScanResult` (`domain.schema.to_json_dict`, the `scan --json` line) and an
optional `stay` object. Stay keys (issue 13, all optional): role (single, head_family, head_group, member), head (the
0-based index of a member's head), birth_place, birth_country (alpha-3), address, city, postcode, country (alpha-3 of
residence), phone, email, second_surname. Extensions some targets need: birth_province (Italy, two letters, with a
9-digit comune code in birth_place), issue_place (Italy: the 9-digit comune code where an Italian document was
issued), municipality_code (Spain: the INE code of an address in Spain), document_support (Spain: the support number
of a DNI or NIE), kinship (Spain: a minor's relation to an adult, SES code).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Role = Literal["single", "head_family", "head_group", "member"]
ROLES: tuple[Role, ...] = ("single", "head_family", "head_group", "member")
STAY_KEYS: tuple[str, ...] = (
    "role", "head", "birth_place", "birth_country", "address", "city", "postcode", "country", "phone", "email",
    "second_surname", "birth_province", "issue_place", "municipality_code", "document_support", "kinship",
)
MAX_NIGHTS = 30  # Alloggiati Web: GiorniPermanenza at most 30 (see resources/registration/SOURCES.md)


class GuestDataError(ValueError):
    """A record or stay object that cannot be read (a usage error, not a missing field)."""


@dataclass(frozen=True, slots=True)
class Stay:
    """The stay every guest of one file shares."""

    arrival: dt.date
    departure: dt.date

    @classmethod
    def from_nights(cls, arrival: dt.date, nights: int) -> Stay:
        if nights < 1:
            raise GuestDataError("the stay must last at least one night")
        return cls(arrival, arrival + dt.timedelta(days=nights))

    @property
    def nights(self) -> int:
        return (self.departure - self.arrival).days


@dataclass(frozen=True, slots=True)
class Guest:
    index: int
    surname: str | None = None
    given_names: str | None = None
    second_surname: str | None = None
    sex: str | None = None  # M, F, X
    date_of_birth: dt.date | None = None
    nationality: str | None = None  # alpha-3
    document_category: str = "unknown"
    document_number: str | None = None
    issuing_country: str | None = None  # alpha-3
    date_of_issue: dt.date | None = None
    date_of_expiry: dt.date | None = None
    role: Role = "single"
    head: int | None = None
    birth_place: str | None = None
    birth_country: str | None = None
    birth_province: str | None = None
    issue_place: str | None = None
    address: str | None = None
    city: str | None = None
    postcode: str | None = None
    country: str | None = None
    phone: str | None = None
    email: str | None = None
    municipality_code: str | None = None
    document_support: str | None = None
    kinship: str | None = None

    @property
    def display_name(self) -> str:
        """How the operator recognises the guest in a message: `#1 SURNAME Given` (1-based line)."""
        name = " ".join(part for part in (self.surname, self.given_names) if part) or "(no name)"
        return f"#{self.index + 1} {name}"

    @property
    def is_head(self) -> bool:
        return self.role in ("head_family", "head_group")

    def age_on(self, day: dt.date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def clean_text(value: object) -> str | None:
    """A single-line, NFC-normalised, trimmed text, or None when empty (control characters become spaces)."""
    if value is None:
        return None
    text = unicodedata.normalize("NFC", str(value))
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in text)
    text = " ".join(text.split())
    return text or None


def _date(value: object, what: str, index: int) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise GuestDataError(f"line {index + 1}: {what} is not a date (YYYY-MM-DD)") from None


def _country(value: object, what: str, index: int) -> str | None:
    from desktop_app.domain.countries import to_alpha3  # pycountry: loaded when a file is built, not at start-up

    text = clean_text(value)
    if text is None:
        return None
    code = to_alpha3(text)
    if code is None:
        raise GuestDataError(f"line {index + 1}: {what} {text!r} is not a country code")
    return code


def guest_from_scan(obj: Mapping[str, Any], index: int, stay: Mapping[str, Any] | None = None) -> Guest:
    """A guest from a `scan --json` object (its `stay` key is used when `stay` is not given)."""
    if not isinstance(obj, Mapping):
        raise GuestDataError(f"line {index + 1}: not a JSON object")
    document = obj.get("document") or {}
    holder = obj.get("holder") or {}
    if not isinstance(document, Mapping) or not isinstance(holder, Mapping):
        raise GuestDataError(f"line {index + 1}: 'document' and 'holder' must be objects")
    extra = stay if stay is not None else (obj.get("stay") or {})
    if not isinstance(extra, Mapping):
        raise GuestDataError(f"line {index + 1}: 'stay' must be an object")
    unknown = sorted(set(extra) - set(STAY_KEYS))
    if unknown:
        raise GuestDataError(f"line {index + 1}: unknown stay key(s) {', '.join(unknown)}")
    role = extra.get("role") or "single"
    if role not in ROLES:
        raise GuestDataError(f"line {index + 1}: role must be one of {', '.join(ROLES)}")
    head = extra.get("head")
    if head is not None and (isinstance(head, bool) or not isinstance(head, int) or head < 0):
        raise GuestDataError(f"line {index + 1}: head must be the 0-based line number of the member's head")
    sex = clean_text(holder.get("sex"))
    return Guest(
        index=index,
        surname=clean_text(holder.get("surname")),
        given_names=clean_text(holder.get("given_names")),
        second_surname=clean_text(extra.get("second_surname")),
        sex=sex.upper() if sex and sex.upper() in ("M", "F", "X") else None,
        date_of_birth=_date(holder.get("date_of_birth"), "date_of_birth", index),
        nationality=_country(holder.get("nationality"), "nationality", index),
        document_category=str(document.get("category") or "unknown"),
        document_number=clean_text(document.get("number")),
        issuing_country=_country(document.get("issuing_country"), "issuing_country", index),
        date_of_issue=_date(document.get("date_of_issue"), "date_of_issue", index),
        date_of_expiry=_date(document.get("date_of_expiry"), "date_of_expiry", index),
        role=role,
        head=head,
        birth_place=clean_text(extra.get("birth_place")),
        birth_country=_country(extra.get("birth_country"), "birth_country", index),
        birth_province=clean_text(extra.get("birth_province")),
        issue_place=clean_text(extra.get("issue_place")),
        address=clean_text(extra.get("address")),
        city=clean_text(extra.get("city")),
        postcode=clean_text(extra.get("postcode")),
        country=_country(extra.get("country"), "country", index),
        phone=clean_text(extra.get("phone")),
        email=clean_text(extra.get("email")),
        municipality_code=clean_text(extra.get("municipality_code")),
        document_support=clean_text(extra.get("document_support")),
        kinship=clean_text(extra.get("kinship")),
    )


def check_links(guests: list[Guest]) -> None:
    """Members name an existing head line; heads and single guests name none (GuestDataError otherwise)."""
    by_index = {guest.index: guest for guest in guests}
    for guest in guests:
        if guest.role == "member":
            if guest.head is None:
                continue  # reported as a missing field by the checks
            head = by_index.get(guest.head)
            if head is None or not head.is_head:
                raise GuestDataError(f"line {guest.index + 1}: head {guest.head} is not the line of a head of "
                                     "family or group")
        elif guest.head is not None:
            raise GuestDataError(f"line {guest.index + 1}: only a member has a head")


def in_groups(guests: list[Guest]) -> list[list[Guest]]:
    """Guests in file order: each head followed by its members, single guests alone, in the order of the input."""
    members: dict[int, list[Guest]] = {}
    for guest in guests:
        if guest.role == "member" and guest.head is not None:
            members.setdefault(guest.head, []).append(guest)
    groups: list[list[Guest]] = []
    for guest in guests:
        if guest.role == "member" and guest.head is not None:
            continue
        groups.append([guest, *members.get(guest.index, [])])
    return groups
