"""Registration files on disk: never half written, never over an existing file; the Meldeschein PDF rendered and
its text read back."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pypdfium2
import pytest

from desktop_app.domain.registration import meldeschein
from desktop_app.domain.registration.guest import Stay, guest_from_scan
from desktop_app.station.export import ExportError
from desktop_app.station.registration_files import RegistrationOptions, build, numbered_paths, write_new_files
from desktop_app.station.registration_pdf import meldeschein_pdf
from tests.domain.registration.builders import FULL_STAY, scan_obj

STAY = Stay.from_nights(dt.date(2026, 9, 1), 5)


def test_files_are_written_whole_private_and_nothing_is_left_beside_them(tmp_path: Path) -> None:
    paths = numbered_paths(tmp_path / "out.txt", 2)
    assert [p.name for p in paths] == ["out.txt", "out-2.txt"]
    write_new_files(paths, [b"one\r\n", b"two\r\n"])
    assert [p.read_bytes() for p in paths] == [b"one\r\n", b"two\r\n"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-2.txt", "out.txt"]
    if os.name == "posix":
        assert (paths[0].stat().st_mode & 0o777) == 0o600


def test_an_existing_file_is_never_replaced_and_a_failed_set_leaves_nothing(tmp_path: Path) -> None:
    taken = tmp_path / "out-2.txt"
    taken.write_bytes(b"the operator's")
    with pytest.raises(ExportError, match="already exists"):
        write_new_files(numbered_paths(tmp_path / "out.txt", 2), [b"one", b"two"])
    assert taken.read_bytes() == b"the operator's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out-2.txt"]  # the first file was taken back


def test_a_missing_folder_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        write_new_files([tmp_path / "nowhere" / "x.xml"], [b"<x/>"])


def test_meldeschein_pdf_text_reads_back(qapp: object) -> None:
    head = guest_from_scan(scan_obj("ROSSI", "Giulia", nationality="ITA", issuer="ITA", number="YA1234567",
                                    stay={**FULL_STAY, "role": "head_family", "city": "Milano"}), 0)
    kid = guest_from_scan(scan_obj("ROSSI", "Leo", nationality="ITA", stay={"role": "member", "head": 0}), 1)
    single = guest_from_scan(scan_obj("NOWAK", "Piotr", sex="M", nationality="POL", number="EZ9988776",
                                      stay=FULL_STAY), 2)
    pdf = meldeschein_pdf(meldeschein.forms([head, kid, single]), STAY)
    assert pdf.startswith(b"%PDF")
    document = pypdfium2.PdfDocument(pdf)
    assert len(document) == 2
    first = document[0].get_textpage().get_text_range()
    second = document[1].get_textpage().get_text_range()
    for text in ("Meldeschein", "01.09.2026", "06.09.2026", "ROSSI", "Giulia", "YA1234567", "Milano",
                 "Unterschrift", "ROSSI Leo (ITA)"):
        assert text in first, text
    assert "NOWAK" in second
    assert "EZ9988776" in second
    assert "ROSSI" not in second


def test_build_asks_for_the_presets_a_target_needs() -> None:
    from desktop_app.station.registration_files import PresetError

    guest = guest_from_scan(scan_obj(stay=FULL_STAY), 0)
    with pytest.raises(PresetError, match="establishment code"):
        build("ses", [guest], STAY, RegistrationOptions())
    with pytest.raises(PresetError, match="needs the establishment"):
        build("siba", [guest], STAY, RegistrationOptions())
