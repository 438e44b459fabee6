"""Mews-shaped and generic JSON, and which Meldeschein forms the law asks for."""

from __future__ import annotations

import datetime as dt

from desktop_app.domain.registration import meldeschein, pms
from desktop_app.domain.registration.checks import missing_fields
from desktop_app.domain.registration.guest import Stay, guest_from_scan
from tests.domain.registration.builders import FULL_STAY, scan_obj

STAY = Stay.from_nights(dt.date(2026, 5, 1), 2)


def test_mews_identity_document_uses_alpha2_and_iso_dates() -> None:
    guest = guest_from_scan(scan_obj("DOE", "Jane", issuer="D", nationality="GBR", date_of_issue="2019-06-01",
                                     date_of_expiry="2029-05-31"), 0)
    doc = pms.mews_object(guest)
    assert doc["IdentityDocument"] == {"Type": "Passport", "Number": "AB1234567", "IssuanceDate": "2019-06-01",
                                       "ExpirationDate": "2029-05-31", "IssuingCountryCode": "DE"}
    assert doc["Customer"]["NationalityCode"] == "GB"


def test_generic_json_has_both_country_codes() -> None:
    guest = guest_from_scan(scan_obj(stay=FULL_STAY), 0)
    obj = pms.generic_object(guest, STAY)
    assert obj["nationality"] == {"alpha2": "FR", "alpha3": "FRA"}
    assert obj["stay"] == {"arrival": "2026-05-01", "departure": "2026-05-03", "nights": 2, "role": "single",
                           "head": None}


def test_germans_are_exempt_and_a_family_shares_one_form() -> None:
    german = guest_from_scan(scan_obj("MEIER", nationality="DEU", stay=FULL_STAY), 0)
    head = guest_from_scan(scan_obj("ROSSI", nationality="ITA", stay={**FULL_STAY, "role": "head_family"}), 1)
    kid = guest_from_scan(scan_obj("ROSSI", "Leo", nationality="ITA", stay={"role": "member", "head": 1}), 2)
    forms = meldeschein.forms([german, head, kid])
    assert [(f.guest.surname, len(f.fellow_travellers)) for f in forms] == [("ROSSI", 1)]
    rows = dict(meldeschein.rows(forms[0], STAY))
    assert rows["Zahl der Mitreisenden / Fellow travellers"] == "1 (ITA)"
    assert rows["Pass- oder Ausweisnummer / Passport or ID number"] == "AB1234567"
    assert missing_fields("meldeschein", [german, head, kid], STAY) == []


def test_a_large_group_registers_on_the_leaders_form_a_small_one_per_guest() -> None:
    def group(size: int) -> list:
        leader = guest_from_scan(scan_obj("LEAD", stay={**FULL_STAY, "role": "head_group"}), 0)
        return [leader] + [guest_from_scan(scan_obj(f"M{i}", stay={**FULL_STAY, "role": "member", "head": 0}), i)
                           for i in range(1, size)]

    assert len(meldeschein.forms(group(11))) == 1
    assert len(meldeschein.forms(group(10))) == 10


def test_a_foreign_guest_without_passport_number_or_address_is_reported() -> None:
    guest = guest_from_scan(scan_obj("ROSSI", nationality="ITA", number=None), 0)
    (item,) = missing_fields("meldeschein", [guest], STAY)
    assert item.fields == ("address", "postcode", "city", "country", "document_number")
