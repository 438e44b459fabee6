"""A guest's stay details (issue 13, item 1): what the operator adds in the review for the police files.

Kept in memory only, with the session's record (`ConfirmedRecord.stay`), until the operator exports the police file
(`station/guest_book.py`); never written anywhere else. The text keys are the `stay` keys `scanstation register`
accepts (`domain/registration/guest.STAY_KEYS`), so the window and the CLI build the same guests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.registration.guest import ROLES, STAY_KEYS, Role

TEXT_KEYS: tuple[str, ...] = tuple(key for key in STAY_KEYS if key not in ("role", "head"))
COUNTRY_KEYS: frozenset[str] = frozenset({"birth_country", "country"})
POLICE_TARGETS: tuple[str, ...] = ("alloggiati", "ses", "siba", "meldeschein")
# The stay keys each police target reads (the panel shows these; the checks say which ones a guest lacks).
TARGET_KEYS: dict[str, tuple[str, ...]] = {
    "alloggiati": ("birth_country", "birth_place", "birth_province", "issue_place"),
    "ses": ("second_surname", "address", "postcode", "city", "municipality_code", "country", "phone", "email",
            "document_support", "kinship"),
    "siba": ("birth_place", "country", "city"),
    "meldeschein": ("address", "postcode", "city", "country"),
}
MAX_NIGHTS = 365


@dataclass(frozen=True, slots=True)
class StayDetails:
    """One guest's stay: dates, role in the party, a member's head (the head's scan id) and the text keys."""

    arrival: dt.date
    nights: int = 1
    role: Role = "single"
    head_item: int | None = None  # a member's head: the scan (item) id of a head of family or group
    values: tuple[tuple[str, str], ...] = ()  # (TEXT_KEYS key, text as typed), only the non-empty ones

    @classmethod
    def default(cls, nights: int, today: dt.date | None = None) -> StayDetails:
        """Arrival today, the station's default nights."""
        return cls(today or dt.date.today(), max(1, min(MAX_NIGHTS, nights)))

    @property
    def departure(self) -> dt.date:
        return self.arrival + dt.timedelta(days=self.nights)

    @property
    def is_head(self) -> bool:
        return self.role in ("head_family", "head_group")

    def value(self, key: str) -> str:
        return dict(self.values).get(key, "")

    def with_value(self, key: str, text: str) -> StayDetails:
        if key not in TEXT_KEYS:
            raise KeyError(key)
        kept = {k: v for k, v in self.values if k != key}
        if text.strip():
            kept[key] = text.strip()
        return dataclasses.replace(self, values=tuple(sorted(kept.items())))

    def with_role(self, role: Role, head_item: int | None = None) -> StayDetails:
        if role not in ROLES:
            raise ValueError(role)
        return dataclasses.replace(self, role=role, head_item=head_item if role == "member" else None)

    def with_dates(self, arrival: dt.date, nights: int) -> StayDetails:
        return dataclasses.replace(self, arrival=arrival, nights=max(1, min(MAX_NIGHTS, nights)))

    def stay_object(self, head_index: int | None) -> dict[str, Any]:
        """The `stay` object of `domain.registration.guest.guest_from_scan` (the head as a line index)."""
        obj: dict[str, Any] = dict(self.values)
        obj["role"] = self.role
        if self.role == "member" and head_index is not None:
            obj["head"] = head_index
        return obj
