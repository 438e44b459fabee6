"""`scanstation register` in a subprocess: exit 0 writes the file, 1 names the missing fields per guest and writes
nothing, 2 for usage errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.domain.registration.builders import FULL_STAY, scan_obj


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", "register", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120, check=False, env={**os.environ, "PYTHONPATH": str(REPO_ROOT)})


def records(tmp_path: Path, *objs: dict[str, Any]) -> str:
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return str(path)


def complete(tmp_path: Path) -> str:
    return records(tmp_path,
                   scan_obj("MÜLLER", "Jürgen", sex="M", nationality="AUT", issuer="AUT",
                            stay={**FULL_STAY, "role": "head_family", "birth_country": "AUT"}),
                   scan_obj("MÜLLER", "Eva", nationality="AUT", stay={**FULL_STAY, "role": "member", "head": 0,
                                                                      "birth_country": "AUT"}))


@pytest.mark.parametrize(("target", "extra", "magic"), [
    ("alloggiati", [], b"17"), ("ses", ["--establishment", "0000012345"], b"<?xml"),
    ("mews", [], b"["), ("json", [], b"["), ("meldeschein", [], b"%PDF"),
])
def test_exit_0_writes_the_file(tmp_path: Path, target: str, extra: list[str], magic: bytes) -> None:
    out = tmp_path / f"out.{target}"
    done = run(target, complete(tmp_path), "--arrival", "2026-10-01", "--nights", "2", "--out", str(out), *extra,
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    assert out.read_bytes().startswith(magic)


def test_alloggiati_line_from_the_cli(tmp_path: Path) -> None:
    out = tmp_path / "a.txt"
    done = run("alloggiati", complete(tmp_path), "--arrival", "2026-10-01", "--departure", "2026-10-04",
               "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = out.read_bytes().decode("utf-8").split("\r\n")
    assert [line[:14] for line in lines[:2]] == ["1701/10/202603", "1901/10/202603"]


def test_exit_1_names_each_guest_and_writes_nothing(tmp_path: Path) -> None:
    path = records(tmp_path, scan_obj("ROSSI", "Anna", stay={"role": "single"}),
                   scan_obj("BIANCHI", "Luca", sex="M", stay={**FULL_STAY}),
                   scan_obj("VERDI", "Ada", number=None, stay={"birth_country": "FRA"}))
    out = tmp_path / "a.txt"
    done = run("alloggiati", path, "--arrival", "2026-10-01", "--nights", "1", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[:2] == ["scanstation: #1 ROSSI Anna: missing birth_country",
                         "scanstation: #3 VERDI Ada: missing document_number"]
    assert "nothing was written" in lines[2]
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [Path(path)]


def test_exit_1_when_the_file_already_exists(tmp_path: Path) -> None:
    out = tmp_path / "a.txt"
    out.write_text("mine")
    done = run("alloggiati", complete(tmp_path), "--arrival", "2026-10-01", "--nights", "1", "--out", str(out),
               cwd=tmp_path)
    assert done.returncode == 1
    assert "already exists" in done.stderr
    assert out.read_text() == "mine"


@pytest.mark.parametrize("args", [
    ["alloggiati", "{records}", "--arrival", "01/10/2026", "--nights", "1"],
    ["alloggiati", "{records}", "--arrival", "2026-10-01"],
    ["alloggiati", "{records}", "--arrival", "2026-10-01", "--nights", "31"],
    ["ses", "{records}", "--arrival", "2026-10-01", "--nights", "1"],
    ["siba", "{records}", "--arrival", "2026-10-01", "--nights", "1"],
    ["nowhere", "{records}", "--arrival", "2026-10-01", "--nights", "1"],
    ["alloggiati", "missing.jsonl", "--arrival", "2026-10-01", "--nights", "1"],
])
def test_exit_2_for_usage_errors(tmp_path: Path, args: list[str]) -> None:
    path = complete(tmp_path)
    done = run(*(a.replace("{records}", path) for a in args), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.jsonl"]


def test_exit_2_for_a_bad_stay_object(tmp_path: Path) -> None:
    path = records(tmp_path, scan_obj(stay={"role": "member", "head": 5}))
    done = run("json", path, "--arrival", "2026-10-01", "--nights", "1", cwd=tmp_path)
    assert done.returncode == 2
    assert "head 5" in done.stderr


def test_siba_from_the_property_presets_and_the_ses_request_body(tmp_path: Path) -> None:
    presets = tmp_path / "property.json"
    presets.write_text(json.dumps({"siba": {
        "nipc": "123456789", "establishment": "1", "name": "Hotel Exemplo", "abbreviation": "EXEMPLO",
        "address": "Rua Direita 1", "locality": "Lisboa", "postcode": "1100", "postal_zone": "148",
        "phone": "213000000", "contact_name": "Ana", "contact_email": "a@example.pt", "file_number": 3},
        "ses": {"establishment": "0000012345", "payment": "PLATF"}}), encoding="utf-8")
    path = complete(tmp_path)
    done = run("siba", path, "--arrival", "2026-10-01", "--nights", "2", "--property", str(presets),
               "--out", str(tmp_path / "b.xml"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert b"<Numero_Ficheiro>3</Numero_Ficheiro>" in (tmp_path / "b.xml").read_bytes()
    done = run("ses", path, "--arrival", "2026-10-01", "--nights", "2", "--property", str(presets),
               "--out", str(tmp_path / "p.xml"), "--ses-request", str(tmp_path / "req.xml"), "--landlord", "0000001",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    from desktop_app.domain.registration.ses import parte_from_request

    assert parte_from_request((tmp_path / "req.xml").read_bytes()) == (tmp_path / "p.xml").read_bytes()
    assert b"<tipoPago>PLATF</tipoPago>" in (tmp_path / "p.xml").read_bytes()
