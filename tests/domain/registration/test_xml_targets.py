"""SES.Hospedajes and SIBA files validated against the schemas shipped in resources/registration (written from the
ministries' documentation; see their headers), plus the rules the schemas cannot say."""

from __future__ import annotations

import datetime as dt
from xml.etree import ElementTree as ET

import pytest

from desktop_app.domain.registration import ses, siba
from desktop_app.domain.registration.checks import missing_fields
from desktop_app.domain.registration.guest import Stay, guest_from_scan
from desktop_app.domain.registration.tables import schema_path
from tests.domain.registration.builders import FULL_STAY, scan_obj
from tests.domain.registration.xsd_subset import Schema

STAY = Stay.from_nights(dt.date(2026, 8, 10), 4)
CONTRACT = ses.Contract("0000012345", "R-2026-0001", dt.date(2026, 8, 1), "TARJT")
UNIT = siba.HotelUnit("123456789", "1", "Hotel Exemplo", "EXEMPLO", "Rua Direita 1", "Lisboa", "1100", "148",
                      "213000000", "Ana Gerente", "reservas@example.pt")
NS = {"alt": ses.NAMESPACE, "ba": siba.NAMESPACE}


def ses_guests() -> list:
    spanish = guest_from_scan(scan_obj("GARCÍA", "José", sex="M", nationality="ESP", issuer="ESP",
                                       category="national_id", number="12345678Z",
                                       stay={**FULL_STAY, "country": "ESP", "municipality_code": "28079",
                                             "second_surname": "LÓPEZ", "document_support": "ABC123456",
                                             "role": "head_family"}), 0)
    child = guest_from_scan(scan_obj("GARCÍA", "Lucía", born="2019-02-02", nationality="ESP", number=None,
                                     stay={**FULL_STAY, "country": "ESP", "municipality_code": "28079",
                                           "role": "member", "head": 0, "kinship": "HJ"}), 1)
    french = guest_from_scan(scan_obj("DUPONT", "Claire", stay=FULL_STAY), 2)
    return [spanish, child, french]


def test_ses_parte_is_valid_and_carries_the_travellers() -> None:
    guests = ses_guests()
    assert missing_fields("ses", guests, STAY) == []
    data = ses.parte_xml(guests, STAY, CONTRACT)
    assert Schema(schema_path("ses")).errors(data) == []
    root = ET.fromstring(data)
    assert root.tag == f"{{{ses.NAMESPACE}}}peticion"
    deal = root.find("solicitud/comunicacion/contrato")
    assert deal is not None
    assert (deal.findtext("fechaEntrada"), deal.findtext("fechaSalida")) == ("2026-08-10T14:00:00",
                                                                            "2026-08-14T12:00:00")
    assert (deal.findtext("numPersonas"), deal.findtext("pago/tipoPago")) == ("3", "TARJT")
    people = root.findall("solicitud/comunicacion/persona")
    assert [p.findtext("tipoDocumento") for p in people] == ["NIF", None, "PAS"]
    assert [p.findtext("sexo") for p in people] == ["H", "M", "M"]
    assert people[0].findtext("apellido2") == "LÓPEZ"
    assert people[0].findtext("soporteDocumento") == "ABC123456"
    assert people[0].findtext("direccion/codigoMunicipio") == "28079"
    assert people[2].findtext("direccion/nombreMunicipio") == "Paris"
    assert people[1].findtext("parentesco") == "HJ"


def test_the_request_body_holds_the_same_parte_zipped_and_encoded() -> None:
    data = ses.parte_xml(ses_guests(), STAY, CONTRACT)
    body = ses.request_body(data, "0000000001")
    root = ET.fromstring(body)
    assert root.findtext("peticion/cabecera/tipoComunicacion") == "PV"
    assert root.findtext("peticion/cabecera/tipoOperacion") == "A"
    assert ses.parte_from_request(body) == data


def test_ses_rules_beyond_the_schema_are_reported() -> None:
    spanish = guest_from_scan(scan_obj("GARCÍA", "José", nationality="ESP", issuer="ESP", category="national_id",
                                       stay={"address": "Calle Mayor 1", "postcode": "28013", "country": "ESP"}), 0)
    (item,) = missing_fields("ses", [spanish], STAY)
    assert item.fields == ("second_surname", "document_support", "municipality_code (INE, 5 digits)",
                           "phone or email")
    assert item.sentence().startswith("#1 GARCÍA José: missing second_surname")


def test_the_validator_rejects_a_broken_parte() -> None:
    """The schema check can fail: a wrong code, a missing element and a wrong order are each caught."""
    schema = Schema(schema_path("ses"))
    good = ses.parte_xml(ses_guests(), STAY, CONTRACT).decode("utf-8")
    assert schema.errors(good.replace("<tipoPago>TARJT", "<tipoPago>CASH").encode())
    assert schema.errors(good.replace("<rol>VI</rol>", "", 1).encode())
    assert schema.errors(good.replace("<fechaContrato>", "<fechaX>", 1).replace("</fechaContrato>", "</fechaX>", 1)
                         .encode())


def test_siba_bulletins_for_foreigners_only_and_valid() -> None:
    portuguese = guest_from_scan(scan_obj("SILVA", "João", nationality="PRT", issuer="PRT", stay=FULL_STAY), 0)
    foreign = guest_from_scan(scan_obj("SMITH", "Ann", nationality="GBR", issuer="GBR", category="national_id",
                                       stay={**FULL_STAY, "country": "GBR", "city": "London"}), 1)
    assert missing_fields("siba", [portuguese, foreign], STAY) == []
    data = siba.bulletins_xml([portuguese, foreign], STAY, UNIT, 7, dt.datetime(2026, 8, 10, 9, 30))
    assert Schema(schema_path("siba")).errors(data) == []
    root = ET.fromstring(data)
    bulletins = root.findall("ba:Boletim_Alojamento", NS)
    assert [b.findtext("ba:Apelido", namespaces=NS) for b in bulletins] == ["SMITH"]
    (bulletin,) = bulletins
    assert bulletin.findtext("ba:Tipo_Documento", namespaces=NS) == "B"
    assert bulletin.findtext("ba:Data_Entrada", namespaces=NS) == "2026-08-10T00:00:00"
    assert bulletin.findtext("ba:Local_Residencia_Origem", namespaces=NS) == "London"
    assert root.findtext("ba:Envio/ba:Numero_Ficheiro", namespaces=NS) == "7"
    broken = data.replace(b"<Tipo_Documento>B<", b"<Tipo_Documento>X<")
    assert Schema(schema_path("siba")).errors(broken)


def test_siba_with_only_portuguese_guests_writes_nothing() -> None:
    portuguese = guest_from_scan(scan_obj(nationality="PRT", stay=FULL_STAY), 0)
    with pytest.raises(ValueError, match="Portuguese"):
        siba.bulletins_xml([portuguese], STAY, UNIT, 1, dt.datetime(2026, 8, 10))


def test_a_minor_without_a_document_needs_no_nif_extras() -> None:
    child = guest_from_scan(scan_obj("GARCÍA", "Lucía", born="2019-02-02", nationality="ESP", issuer="ESP",
                                     category="national_id", number=None,
                                     stay={**FULL_STAY, "country": "ESP", "municipality_code": "28079"}), 0)
    (item,) = missing_fields("ses", [child], STAY)
    assert item.fields == ("kinship (SES code, for a minor)",)
