"""Portugal, SIBA: the accommodation bulletins ("boletins de alojamento") XML, one bulletin per foreign guest.

Specification: SEF (since 2023 AIMA), "SIBA - Sistema de Informacao de Boletins de Alojamento: manual de integracao"
(web service EntregaBoletinsAlojamento, XML MovimentoBAL in namespace http://sef.pt/BAws), https://siba.sef.pt; law:
Lei n.o 23/2007, de 4 de julho, artigos 15.o e 16.o (the bulletin of every foreign citizen, EU citizens included,
within three working days of arrival). Portuguese citizens get no bulletin. The schema we validate against is written
from that manual (`resources/registration/siba_boletins.xsd`, see its header).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from desktop_app.domain.registration.guest import Guest, Stay

NAMESPACE = "http://sef.pt/BAws"
PORTUGAL = "PRT"
LIMITS = {"Apelido": 40, "Nome": 40, "Local_Nascimento": 30, "Documento_Identificacao": 16,
          "Local_Residencia_Origem": 30, "Morada": 40, "Localidade": 30, "Abreviatura": 15, "Nome_Contacto": 40}


@dataclass(frozen=True, slots=True)
class HotelUnit:
    """The establishment as registered with SIBA (Unidade_Hoteleira)."""

    nipc: str  # Codigo_Unidade_Hoteleira: the NIPC, 9 digits
    establishment: str  # Estabelecimento number
    name: str
    abbreviation: str
    address: str
    locality: str
    postcode: str  # 4 digits
    postal_zone: str  # 3 digits
    phone: str
    contact_name: str
    contact_email: str


def needs_bulletin(guest: Guest) -> bool:
    return guest.nationality != PORTUGAL


def document_type(guest: Guest) -> str:
    return {"passport": "P", "national_id": "B"}.get(guest.document_category, "O")


def missing(guest: Guest) -> list[str]:
    if not needs_bulletin(guest):
        return []
    return [name for name in ("surname", "given_names", "nationality", "date_of_birth", "document_number",
                              "issuing_country", "country", "city") if getattr(guest, name) is None]


def _add(parent: ET.Element, tag: str, value: object) -> None:
    if value is None or value == "":
        return
    text = str(value)
    limit = LIMITS.get(tag)
    ET.SubElement(parent, f"{{{NAMESPACE}}}{tag}").text = text[:limit] if limit else text


def _midnight(day: dt.date) -> str:
    return dt.datetime.combine(day, dt.time()).isoformat(timespec="seconds")


def bulletins_xml(guests: list[Guest], stay: Stay, unit: HotelUnit, file_number: int,
                  moved_at: dt.datetime) -> bytes:
    """MovimentoBAL with one Boletim_Alojamento per foreign guest (ValueError when there is none)."""
    foreign = [guest for guest in guests if needs_bulletin(guest)]
    if not foreign:
        raise ValueError("SIBA takes bulletins of foreign guests only, and every guest here is Portuguese")
    ET.register_namespace("", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}MovimentoBAL")
    hotel = ET.SubElement(root, f"{{{NAMESPACE}}}Unidade_Hoteleira")
    for tag, value in (("Codigo_Unidade_Hoteleira", unit.nipc), ("Estabelecimento", unit.establishment),
                       ("Nome", unit.name), ("Abreviatura", unit.abbreviation), ("Morada", unit.address),
                       ("Localidade", unit.locality), ("Codigo_Postal", unit.postcode),
                       ("Zona_Postal", unit.postal_zone), ("Telefone", unit.phone),
                       ("Nome_Contacto", unit.contact_name), ("Email_Contacto", unit.contact_email)):
        _add(hotel, tag, value)
    for guest in foreign:
        bulletin = ET.SubElement(root, f"{{{NAMESPACE}}}Boletim_Alojamento")
        _add(bulletin, "Apelido", guest.surname)
        _add(bulletin, "Nome", guest.given_names)
        _add(bulletin, "Nacionalidade", guest.nationality)
        _add(bulletin, "Data_Nascimento", _midnight(guest.date_of_birth) if guest.date_of_birth else None)
        _add(bulletin, "Local_Nascimento", guest.birth_place)
        _add(bulletin, "Documento_Identificacao", guest.document_number)
        _add(bulletin, "Pais_Emissor_Documento", guest.issuing_country)
        _add(bulletin, "Tipo_Documento", document_type(guest))
        _add(bulletin, "Data_Entrada", _midnight(stay.arrival))
        _add(bulletin, "Data_Saida", _midnight(stay.departure))
        _add(bulletin, "Pais_Residencia_Origem", guest.country)
        _add(bulletin, "Local_Residencia_Origem", guest.city)
    envio = ET.SubElement(root, f"{{{NAMESPACE}}}Envio")
    _add(envio, "Numero_Ficheiro", file_number)
    _add(envio, "Data_Movimento", moved_at.replace(microsecond=0, tzinfo=None).isoformat())
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))
