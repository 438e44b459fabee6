"""`scan --json`-shaped objects for the registration tests (made-up people)."""

from __future__ import annotations

from typing import Any


def scan_obj(surname: str = "ROSSI", given: str = "Maria", *, sex: str = "F", born: str = "1985-04-03",
             nationality: str = "FRA", category: str = "passport", number: str | None = "AB1234567",
             issuer: str = "FRA", stay: dict[str, Any] | None = None, **document: Any) -> dict[str, Any]:
    return {
        "source": "x.jpg", "vendor": "local", "outcome": "ok",
        "document": {"category": category, "number": number, "issuing_country": issuer, **document},
        "holder": {"surname": surname, "given_names": given, "sex": sex, "date_of_birth": born,
                   "nationality": nationality},
        **({"stay": stay} if stay is not None else {}),
    }


FULL_STAY: dict[str, Any] = {
    "birth_country": "FRA", "birth_place": "Lyon", "address": "1 rue de la Paix", "city": "Paris",
    "postcode": "75002", "country": "FRA", "phone": "+33 1 23 45 67 89", "email": "guest@example.org",
}
