"""The English label of each normalized field key (the ui translates them: `ui.review_panel.field_label`)."""

from __future__ import annotations

FIELD_LABELS: dict[str, str] = {
    "document_category": "Document type",
    "document_number": "Document number",
    "surname": "Surname",
    "given_names": "Given names",
    "full_name": "Full name",
    "sex": "Sex",
    "date_of_birth": "Date of birth",
    "nationality": "Nationality",
    "issuing_country": "Issuing country",
    "date_of_issue": "Date of issue",
    "date_of_expiry": "Date of expiry",
    "personal_number": "Personal number",
    "place_of_birth": "Place of birth",
    "issuing_authority": "Issuing authority",
    "place_of_issue": "Place of issue",
    "address": "Address",
}
