"""The registration code tables, read from `resources/registration/` (each file's header and `SOURCES.md` cite it).

Read once, on first use. ISO 3166-1 alpha-2/alpha-3 come from `domain.countries` (pycountry), not from a copy here.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

from desktop_app.paths import resources_dir


def registration_dir() -> Path:
    return resources_dir() / "registration"


def _rows(name: str) -> list[dict[str, str]]:
    text = (registration_dir() / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines))


@cache
def alloggiati_states() -> dict[str, str]:
    """ISO alpha-3 -> Alloggiati Web 9-digit state code (Tabella Stati)."""
    return {row["alpha3"]: row["code"] for row in _rows("alloggiati_stati.csv") if row["alpha3"]}


@cache
def alloggiati_state_names() -> dict[str, str]:
    """Alloggiati Web 9-digit state code -> Italian name."""
    return {row["code"]: row["name_it"] for row in _rows("alloggiati_stati.csv")}


@cache
def alloggiati_documents() -> dict[str, str]:
    """Scan document category -> Alloggiati Web 5-letter document code (Tabella Documenti)."""
    return {row["category"]: row["code"] for row in _rows("alloggiati_documenti.csv")}


@cache
def _code_lists(name: str) -> dict[str, dict[str, str]]:
    lists: dict[str, dict[str, str]] = {}
    for row in _rows(name):
        lists.setdefault(row["list"], {})[row["code"]] = row["meaning"]
    return lists


def ses_codes(list_name: str) -> dict[str, str]:
    """A SES.Hospedajes code list (tipoDocumento, sexo, rol, tipoPago): code -> meaning."""
    return _code_lists("ses_codes.csv")[list_name]


def siba_codes(list_name: str) -> dict[str, str]:
    """A SIBA code list (Tipo_Documento): code -> meaning."""
    return _code_lists("siba_codes.csv")[list_name]


def schema_path(target: str) -> Path:
    """The XML schema a target's file is validated against (ses, siba)."""
    return registration_dir() / {"ses": "ses_altaParteHospedaje.xsd", "siba": "siba_boletins.xsd"}[target]
