"""Alloggiati Web files read back against the tracciato record: every field at its offset and length."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.registration import alloggiati
from desktop_app.domain.registration.guest import Stay, guest_from_scan
from desktop_app.domain.registration.tables import alloggiati_states
from tests.domain.registration.builders import FULL_STAY, scan_obj

# (field, 0-based offset, length), typed in from the specification (not computed from the code under test)
SPEC = [
    ("TipoAlloggiato", 0, 2), ("DataArrivo", 2, 10), ("GiorniPermanenza", 12, 2), ("Cognome", 14, 50),
    ("Nome", 64, 30), ("Sesso", 94, 1), ("DataNascita", 95, 10), ("ComuneNascita", 105, 9),
    ("ProvinciaNascita", 114, 2), ("StatoNascita", 116, 9), ("Cittadinanza", 125, 9), ("TipoDocumento", 134, 5),
    ("NumeroDocumento", 139, 20), ("LuogoRilascio", 159, 9),
]
STAY = Stay.from_nights(dt.date(2026, 7, 1), 3)


def fields(line: str) -> dict[str, str]:
    return {name: line[start:start + length] for name, start, length in SPEC}


def read_back(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    return text.split("\r\n")[:-1]


def test_the_spec_table_covers_168_characters() -> None:
    assert SPEC[-1][1] + SPEC[-1][2] == 168 == alloggiati.LINE_LENGTH
    for (_, start, length), (_, following, _) in itertools.pairwise(SPEC):
        assert start + length == following


def test_a_family_head_then_member_with_blank_document_fields() -> None:
    head = guest_from_scan(scan_obj("MÜLLER", "Jürgen", sex="M", nationality="DEU", issuer="DEU",
                                    stay={**FULL_STAY, "role": "head_family", "birth_country": "DEU"}), 0)
    single = guest_from_scan(scan_obj("SMITH", "Ann", nationality="USA", issuer="USA", category="national_id",
                                      stay={**FULL_STAY, "birth_country": "USA"}), 1)
    member = guest_from_scan(scan_obj("MÜLLER", "Lena", nationality="DEU", category="national_id",
                                      stay={"role": "member", "head": 0, "birth_country": "DEU"}), 2)
    assert [alloggiati.missing(g) for g in (head, single, member)] == [[], [], []]
    (data,) = alloggiati.files([head, single, member], STAY)
    lines = read_back(data)
    assert [len(line) for line in lines] == [168, 168, 168]
    first, second, third = (fields(line) for line in lines)
    assert first == {
        "TipoAlloggiato": "17", "DataArrivo": "01/07/2026", "GiorniPermanenza": "03",
        "Cognome": "MÜLLER".ljust(50), "Nome": "Jürgen".ljust(30), "Sesso": "1", "DataNascita": "03/04/1985",
        "ComuneNascita": " " * 9, "ProvinciaNascita": "  ", "StatoNascita": "100000216", "Cittadinanza": "100000216",
        "TipoDocumento": "PASOR", "NumeroDocumento": "AB1234567".ljust(20), "LuogoRilascio": "100000216",
    }
    assert second["TipoAlloggiato"] == "19"  # the member follows its head, before the later single guest
    assert (second["Cognome"].rstrip(), second["Sesso"]) == ("MÜLLER", "2")
    assert second["TipoDocumento"] + second["NumeroDocumento"] + second["LuogoRilascio"] == " " * 34
    assert (third["TipoAlloggiato"], third["TipoDocumento"], third["Cittadinanza"]) == ("16", "IDENT", "100000536")


def test_group_members_are_type_20_and_born_in_italy_needs_comune_and_province() -> None:
    leader = guest_from_scan(scan_obj(nationality="ITA", issuer="ITA", category="national_id",
                                      stay={"role": "head_group", "birth_country": "ITA", "birth_place": "403015146",
                                            "birth_province": "mi", "issue_place": "412058091"}), 0)
    member = guest_from_scan(scan_obj("BIANCHI", stay={"role": "member", "head": 0, "birth_country": "ITA"}), 1)
    assert alloggiati.missing(member) == ["birth_place (9-digit comune code)", "birth_province"]
    lines = read_back(alloggiati.files([leader, member], STAY)[0])
    head_fields, member_fields = fields(lines[0]), fields(lines[1])
    assert (head_fields["TipoAlloggiato"], member_fields["TipoAlloggiato"]) == ("18", "20")
    assert (head_fields["ComuneNascita"], head_fields["ProvinciaNascita"]) == ("403015146", "MI")
    assert (head_fields["StatoNascita"], head_fields["LuogoRilascio"]) == ("100000100", "412058091")


def test_short_let_variant_adds_the_apartment_id() -> None:
    guest = guest_from_scan(scan_obj(stay=FULL_STAY), 0)
    (line,) = read_back(alloggiati.files([guest], STAY, apartment="42")[0])
    assert len(line) == 174 == alloggiati.SHORT_LET_LINE_LENGTH
    assert line[168:] == "000042"


def test_at_most_1000_lines_per_file_and_families_kept_together() -> None:
    singles = [guest_from_scan(scan_obj(f"G{i}", stay=FULL_STAY), i) for i in range(998)]
    head = guest_from_scan(scan_obj("HEAD", stay={**FULL_STAY, "role": "head_family"}), 998)
    members = [guest_from_scan(scan_obj("KID", stay={"role": "member", "head": 998, "birth_country": "FRA"}), i)
               for i in (999, 1000)]
    files = alloggiati.files([*singles, head, *members], STAY)
    assert [len(read_back(f)) for f in files] == [998, 3]
    assert [fields(line)["TipoAlloggiato"] for line in read_back(files[1])] == ["17", "19", "19"]


def test_stays_beyond_30_nights_are_refused() -> None:
    assert alloggiati.stay_problem(Stay.from_nights(dt.date(2026, 1, 1), 31)) is not None
    assert alloggiati.stay_problem(Stay.from_nights(dt.date(2026, 1, 1), 30)) is None


def test_what_is_missing_is_named() -> None:
    guest = guest_from_scan(scan_obj(sex="X", category="visa", number=None, stay={"role": "single"}), 0)
    assert alloggiati.missing(guest) == [
        "sex (M or F)", "birth_country", "document_type (identity card, passport or driving licence)",
        "document_number"]


names = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "Zs", "Pd", "Cc")), max_size=90)
countries = st.sampled_from(sorted(alloggiati_states()))


@settings(max_examples=150, deadline=None)
@given(surname=names, given_names=names, sex=st.sampled_from(["M", "F"]),
       born=st.dates(dt.date(1900, 1, 1), dt.date(2026, 1, 1)), nationality=countries, issuer=countries,
       birth=countries, category=st.sampled_from(["passport", "national_id", "driver_license"]),
       number=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<", min_size=1, max_size=30),
       nights=st.integers(1, 30), member=st.booleans())
def test_random_guests_never_shift_a_column(surname: str, given_names: str, sex: str, born: dt.date,
                                            nationality: str, issuer: str, birth: str, category: str, number: str,
                                            nights: int, member: bool) -> None:
    stay_keys = {"birth_country": birth, "birth_place": "403015146", "birth_province": "MI",
                 "issue_place": "412058091"}
    head = guest_from_scan(scan_obj(surname, given_names, sex=sex, born=born.isoformat(), nationality=nationality,
                                    issuer=issuer, category=category, number=number,
                                    stay={**stay_keys, "role": "head_family" if member else "single"}), 0)
    guests = [head]
    if member:
        guests.append(guest_from_scan(scan_obj(surname, given_names, sex=sex, born=born.isoformat(),
                                               nationality=nationality,
                                               stay={**stay_keys, "role": "member", "head": 0}), 1))
    stay = Stay.from_nights(dt.date(2026, 3, 9), nights)
    lines = read_back(alloggiati.files(guests, stay)[0])
    assert [len(line) for line in lines] == [168] * len(guests)
    for line, guest in zip(lines, guests, strict=True):
        got = fields(line)
        assert got["DataArrivo"] == "09/03/2026"
        assert got["GiorniPermanenza"] == f"{nights:02d}"
        assert got["Cognome"] == (guest.surname or "")[:50].ljust(50)
        assert got["Nome"] == (guest.given_names or "")[:30].ljust(30)
        assert got["Sesso"] == {"M": "1", "F": "2"}[sex]
        assert got["DataNascita"] == born.strftime("%d/%m/%Y")
        assert got["Cittadinanza"] == alloggiati_states()[nationality]
        assert got["StatoNascita"] == alloggiati_states()[birth]
        if birth == "ITA":
            assert (got["ComuneNascita"], got["ProvinciaNascita"]) == ("403015146", "MI")
        else:
            assert got["ComuneNascita"] + got["ProvinciaNascita"] == " " * 11
        if guest.role == "member":
            assert got["TipoAlloggiato"] == "19"
            assert got["TipoDocumento"] + got["NumeroDocumento"] + got["LuogoRilascio"] == " " * 34
        else:
            assert got["TipoAlloggiato"] == ("17" if member else "16")
            assert got["TipoDocumento"] == {"passport": "PASOR", "national_id": "IDENT",
                                            "driver_license": "PATEN"}[category]
            assert got["NumeroDocumento"] == number[:20].ljust(20)
            assert got["LuogoRilascio"] == ("412058091" if issuer == "ITA" else alloggiati_states()[issuer])


@pytest.mark.parametrize(("code", "alpha3"), [("100000100", "ITA"), ("100000216", "DEU"), ("100000536", "USA"),
                                              ("100000219", "GBR"), ("100000239", "ESP"), ("100000245", "RUS")])
def test_state_codes_known_from_the_portal(code: str, alpha3: str) -> None:
    assert alloggiati_states()[alpha3] == code
