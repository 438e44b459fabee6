"""PMS hand-off: a JSON object per guest shaped like Mews' identity documents, and a generic one.

Mews: Mews Systems, "Connector API", operation identityDocuments/add (IdentityDocumentsAddData) and the Customer
object, https://mews-systems.gitbook.io/connector-api/operations/identitydocuments (IdentityDocument type enum:
IdentityCard, Passport, Visa, DriversLicense; dates ISO 8601; IssuingCountryCode ISO 3166-1 alpha-2); mirrored as
JSON Schema in api-evangelist/mews (json-schema/mews-identitydocumentsadddata-schema.json). We write the document
and the customer's name fields; Mews' own ids (CustomerId) are the PMS's to add.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.countries import alpha3_to_alpha2
from desktop_app.domain.registration.guest import Guest, Stay

MEWS_TYPES = {"national_id": "IdentityCard", "passport": "Passport", "visa": "Visa",
              "driver_license": "DriversLicense", "residence_permit": "IdentityCard"}


def _iso(value: object) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else None


def missing_mews(guest: Guest) -> list[str]:
    lacking = [name for name in ("surname", "document_number") if getattr(guest, name) is None]
    if guest.document_category not in MEWS_TYPES:
        lacking.append("document_type")
    return lacking


def mews_object(guest: Guest) -> dict[str, Any]:
    return {
        "Customer": {
            "LastName": guest.surname,
            "FirstName": guest.given_names,
            "SecondLastName": guest.second_surname,
            "BirthDate": _iso(guest.date_of_birth),
            "NationalityCode": alpha3_to_alpha2(guest.nationality),
            "Sex": {"M": "Male", "F": "Female"}.get(guest.sex or ""),
            "Email": guest.email,
            "Phone": guest.phone,
        },
        "IdentityDocument": {
            "Type": MEWS_TYPES.get(guest.document_category),
            "Number": guest.document_number,
            "IssuanceDate": _iso(guest.date_of_issue),
            "ExpirationDate": _iso(guest.date_of_expiry),
            "IssuingCountryCode": alpha3_to_alpha2(guest.issuing_country),
        },
    }


def generic_object(guest: Guest, stay: Stay) -> dict[str, Any]:
    """Everything the station knows, countries as both alpha-2 and alpha-3."""

    def country(code: str | None) -> dict[str, str | None]:
        return {"alpha2": alpha3_to_alpha2(code), "alpha3": code}

    return {
        "surname": guest.surname, "second_surname": guest.second_surname, "given_names": guest.given_names,
        "sex": guest.sex, "date_of_birth": _iso(guest.date_of_birth), "nationality": country(guest.nationality),
        "birth_place": guest.birth_place, "birth_country": country(guest.birth_country),
        "document": {"category": guest.document_category, "number": guest.document_number,
                     "issuing_country": country(guest.issuing_country), "date_of_issue": _iso(guest.date_of_issue),
                     "date_of_expiry": _iso(guest.date_of_expiry)},
        "address": {"street": guest.address, "city": guest.city, "postcode": guest.postcode,
                    "country": country(guest.country)},
        "phone": guest.phone, "email": guest.email,
        "stay": {"arrival": stay.arrival.isoformat(), "departure": stay.departure.isoformat(), "nights": stay.nights,
                 "role": guest.role, "head": guest.head},
    }


def missing_generic(guest: Guest) -> list[str]:
    return [name for name in ("surname", "document_number") if getattr(guest, name) is None]
