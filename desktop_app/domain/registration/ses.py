"""Spain, SES.Hospedajes: the traveller part ("parte de viajeros", PV) XML and the web service's request body.

Specification: Ministerio del Interior, "SES.HOSPEDAJES - Especificaciones del servicio web de comunicaciones"
(MIR-HOSPE-DSI-WS), version 3.1.x (2024), operation "alta de parte de hospedaje" (tipoComunicacion PV, schema
altaParteHospedaje.xsd, namespace http://www.neg.hospedajes.mir.es/altaParteHospedaje); law: Real Decreto 933/2021,
de 26 de octubre (BOE-A-2021-17461), anexo I. The schema we validate against is written from that document
(`resources/registration/ses_altaParteHospedaje.xsd`, see its header). The web service carries the same XML
ZIP-compressed and Base64-encoded in `<solicitud>` of a `comunicacionRequest`; `request_body` builds it (sending it
is a later step).

Rules beyond the schema (the document's "observaciones"): an adult (18 or over on arrival) gives a document; a NIF
needs the second surname; NIF and NIE need the support number (soporteDocumento); an address in Spain needs the
municipality code (INE, 5 digits), elsewhere the municipality name; each traveller gives a phone or an e-mail; a
minor gives the kinship (parentesco) to an adult of the stay.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree as ET

from desktop_app.domain.registration.guest import Guest, Stay, in_groups
from desktop_app.domain.registration.tables import ses_codes

NAMESPACE = "http://www.neg.hospedajes.mir.es/altaParteHospedaje"
SERVICE_NAMESPACE = "http://www.soap.servicios.hospedajes.mir.es/comunicacion"
SPAIN = "ESP"
ADULT_AGE = 18
_MUNICIPALITY = re.compile(r"\d{5}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
LIMITS = {"nombre": 50, "apellido1": 50, "apellido2": 50, "numeroDocumento": 15, "soporteDocumento": 9,
          "direccion": 100, "nombreMunicipio": 100, "codigoPostal": 20, "telefono": 20, "referencia": 50}


@dataclass(frozen=True, slots=True)
class Contract:
    """The stay's contract as the ministry asks for it."""

    establishment: str  # codigoEstablecimiento, given by SES.Hospedajes when the establishment registered
    reference: str
    contract_date: dt.date
    payment: str = "EFECT"  # tipoPago
    rooms: int | None = None
    check_in: dt.time = dt.time(14, 0)
    check_out: dt.time = dt.time(12, 0)


def document_type(guest: Guest) -> str | None:
    """NIF (a Spanish identity card), NIE (a residence permit), PAS (passport), OTRO (another identity card)."""
    if guest.document_category == "passport":
        return "PAS"
    if guest.document_category == "national_id":
        return "NIF" if SPAIN in (guest.nationality, guest.issuing_country) else "OTRO"
    if guest.document_category == "residence_permit":
        return "NIE" if guest.issuing_country == SPAIN else "OTRO"
    if guest.document_category == "driver_license":
        return "OTRO"
    return None


def missing(guest: Guest, stay: Stay) -> list[str]:
    lacking = [name for name in ("given_names", "surname", "date_of_birth", "address", "postcode", "country")
               if getattr(guest, name) is None]
    age = guest.age_on(stay.arrival)
    adult = age is None or age >= ADULT_AGE
    kind = document_type(guest)
    if adult:
        if kind is None:
            lacking.append("document_type (identity card, passport or residence permit)")
        if guest.document_number is None:
            lacking.append("document_number")
    elif guest.kinship not in _KINSHIP:
        lacking.append("kinship (SES code, for a minor)")
    sends_document = kind is not None and (adult or guest.document_number is not None)
    if sends_document and kind == "NIF" and guest.second_surname is None:
        lacking.append("second_surname")
    if sends_document and kind in ("NIF", "NIE") and guest.document_support is None:
        lacking.append("document_support")
    if guest.country == SPAIN:
        if not (guest.municipality_code and _MUNICIPALITY.fullmatch(guest.municipality_code)):
            lacking.append("municipality_code (INE, 5 digits)")
    elif guest.city is None:
        lacking.append("city")
    if guest.phone is None and not (guest.email and _EMAIL.fullmatch(guest.email)):
        lacking.append("phone or email")
    return lacking


_KINSHIP = ("AB", "BA", "BN", "CD", "CY", "CN", "HJ", "HR", "NI", "PM", "SB", "SG", "TI", "TU", "YN", "OT")


def _add(parent: ET.Element, tag: str, value: object) -> None:
    if value is None or value == "":
        return
    text = str(value)
    limit = LIMITS.get(tag)
    ET.SubElement(parent, tag).text = text[:limit] if limit else text


def parte_xml(guests: list[Guest], stay: Stay, contract: Contract) -> bytes:
    """The PV file for manual upload: one communication with the contract and every traveller (UTF-8 XML)."""
    if contract.payment not in ses_codes("tipoPago"):
        raise ValueError(f"unknown SES payment type {contract.payment!r}")
    ET.register_namespace("alt", NAMESPACE)
    root = ET.Element(f"{{{NAMESPACE}}}peticion")
    request = ET.SubElement(root, "solicitud")
    _add(request, "codigoEstablecimiento", contract.establishment)
    communication = ET.SubElement(request, "comunicacion")
    deal = ET.SubElement(communication, "contrato")
    _add(deal, "referencia", contract.reference)
    _add(deal, "fechaContrato", contract.contract_date.isoformat())
    _add(deal, "fechaEntrada", dt.datetime.combine(stay.arrival, contract.check_in).isoformat(timespec="seconds"))
    _add(deal, "fechaSalida", dt.datetime.combine(stay.departure, contract.check_out).isoformat(timespec="seconds"))
    ordered = [guest for group in in_groups(guests) for guest in group]
    _add(deal, "numPersonas", len(ordered))
    _add(deal, "numHabitaciones", contract.rooms)
    payment = ET.SubElement(deal, "pago")
    _add(payment, "tipoPago", contract.payment)
    for guest in ordered:
        _person(communication, guest, stay)
    ET.indent(root)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _person(parent: ET.Element, guest: Guest, stay: Stay) -> None:
    person = ET.SubElement(parent, "persona")
    _add(person, "rol", "VI")
    _add(person, "nombre", guest.given_names)
    _add(person, "apellido1", guest.surname)
    _add(person, "apellido2", guest.second_surname)
    age = guest.age_on(stay.arrival)
    if age is None or age >= ADULT_AGE or guest.document_number:
        kind = document_type(guest)
        if kind and guest.document_number:
            _add(person, "tipoDocumento", kind)
            _add(person, "numeroDocumento", guest.document_number)
            if kind in ("NIF", "NIE"):
                _add(person, "soporteDocumento", guest.document_support)
    _add(person, "fechaNacimiento", guest.date_of_birth.isoformat() if guest.date_of_birth else None)
    _add(person, "nacionalidad", guest.nationality if guest.nationality and len(guest.nationality) == 3 else None)
    _add(person, "sexo", {"M": "H", "F": "M", "X": "O"}.get(guest.sex or ""))
    address = ET.SubElement(person, "direccion")
    _add(address, "direccion", guest.address)
    if guest.country == SPAIN:
        _add(address, "codigoMunicipio", guest.municipality_code)
    else:
        _add(address, "nombreMunicipio", guest.city)
    _add(address, "codigoPostal", guest.postcode)
    _add(address, "pais", guest.country)
    _add(person, "telefono", guest.phone)
    _add(person, "correo", guest.email if guest.email and _EMAIL.fullmatch(guest.email) else None)
    if age is not None and age < ADULT_AGE:
        _add(person, "parentesco", guest.kinship)


def request_body(parte: bytes, landlord: str, application: str = "ID Scan Station") -> bytes:
    """The web service's `comunicacionRequest`: the PV XML compressed (ZIP, one entry) and Base64-encoded in
    `<solicitud>`, with the header naming the landlord's code (arrendador), the application, operation A (alta)
    and communication type PV."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo("parte.xml", date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, parte)
    ET.register_namespace("com", SERVICE_NAMESPACE)
    root = ET.Element(f"{{{SERVICE_NAMESPACE}}}comunicacionRequest")
    request = ET.SubElement(root, "peticion")
    header = ET.SubElement(request, "cabecera")
    _add(header, "arrendador", landlord)
    _add(header, "aplicacion", application)
    _add(header, "tipoOperacion", "A")
    _add(header, "tipoComunicacion", "PV")
    _add(request, "solicitud", base64.b64encode(buffer.getvalue()).decode("ascii"))
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def parte_from_request(body: bytes) -> bytes:
    """The PV XML inside a request body (the reverse of `request_body`, for checks and tests)."""
    root = ET.fromstring(body)  # noqa: S314 - our own output
    encoded = root.findtext("peticion/solicitud") or ""
    with zipfile.ZipFile(io.BytesIO(base64.b64decode(encoded))) as archive:
        return archive.read(archive.namelist()[0])
