"""The operator's words for stay keys and for what a police file lacks (the checks in
`domain/registration` name fields as `key (hint)` in English; this turns them into the operator's language)."""

from __future__ import annotations

from desktop_app.station.texts import translate

# Fields that come from the document read: filled in the review before confirming, not in the stay details.
DOCUMENT_KEYS: frozenset[str] = frozenset({"surname", "given_names", "date_of_birth", "sex", "nationality",
                                           "document_type", "document_number", "issuing_country"})


def field_label(key: str) -> str:
    """A stay key or document field as the operator calls it (translated)."""
    labels = {
        "surname": translate("StayFields", "surname"),
        "given_names": translate("StayFields", "given names"),
        "date_of_birth": translate("StayFields", "date of birth"),
        "sex": translate("StayFields", "sex"),
        "nationality": translate("StayFields", "nationality"),
        "document_type": translate("StayFields", "document type"),
        "document_number": translate("StayFields", "document number"),
        "issuing_country": translate("StayFields", "issuing country"),
        "role": translate("StayFields", "role"),
        "head": translate("StayFields", "head of family or group"),
        "nights": translate("StayFields", "nights"),
        "birth_place": translate("StayFields", "place of birth"),
        "birth_country": translate("StayFields", "country of birth"),
        "birth_province": translate("StayFields", "province of birth"),
        "issue_place": translate("StayFields", "place of issue"),
        "address": translate("StayFields", "address"),
        "city": translate("StayFields", "city"),
        "postcode": translate("StayFields", "postcode"),
        "country": translate("StayFields", "country of residence"),
        "phone": translate("StayFields", "phone"),
        "email": translate("StayFields", "e-mail"),
        "second_surname": translate("StayFields", "second surname"),
        "municipality_code": translate("StayFields", "municipality code"),
        "document_support": translate("StayFields", "document support number"),
        "kinship": translate("StayFields", "kinship"),
        "record": translate("StayFields", "record"),
        "members": translate("StayFields", "members of the family or group"),
    }
    return labels.get(key, key)


def _hint(hint: str) -> str:
    hints = {
        "M or F": translate("StayFields", "M or F"),
        "no Alloggiati state code": translate("StayFields", "no Alloggiati state code"),
        "no Alloggiati code": translate("StayFields", "no Alloggiati code"),
        "9-digit comune code": translate("StayFields", "9-digit comune code"),
        "identity card, passport or driving licence": translate("StayFields",
                                                                "identity card, passport or driving licence"),
        "identity card, passport or residence permit": translate("StayFields",
                                                                 "identity card, passport or residence permit"),
        "SES code, for a minor": translate("StayFields", "SES code, for a minor"),
        "INE, 5 digits": translate("StayFields", "INE, 5 digits"),
        "confirm the head's scan first": translate("StayFields", "confirm the head's scan first"),
        "not a head of family or group": translate("StayFields", "not a head of family or group"),
        "Alloggiati: 1 to 30": translate("StayFields", "Alloggiati: 1 to 30"),
        "unknown country": translate("StayFields", "unknown country"),
        "still in review: confirm them first": translate("StayFields", "still in review: confirm them first"),
        "unreadable country code": translate("StayFields", "unreadable country code"),
    }
    return hints.get(hint, hint)


def field_key(missing: str) -> str:
    """The key a check's `key (hint)` names ("phone or email" is the phone's)."""
    if missing == "phone or email":
        return "phone"
    return missing.split(" ", 1)[0]


def missing_text(missing: str) -> str:
    """One missing field as the operator reads it: `country of birth (no Alloggiati code)`."""
    if missing == "phone or email":
        return translate("StayFields", "phone or e-mail")
    key, _, rest = missing.partition(" ")
    text = field_label(key)
    hint = rest.strip().strip("()")
    if hint:
        text += f" ({_hint(hint)})"
    if key in DOCUMENT_KEYS:
        text += " " + translate("StayFields", "[from the document]")
    return text
