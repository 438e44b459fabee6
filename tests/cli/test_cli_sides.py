"""`scanstation scan --sides FRONT BACK`: one merged object per document, through the real CLI subprocess.

AccuAuth through its loopback fake (front then back, the requests counted on the fake's side) and the offline
engine on a generated TD1 card whose MRZ is on the back. A one-sided read prints what it printed before.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli_vendors import CASES, Cli, image  # noqa: F401  (fixtures)
from tests.conftest import REPO_ROOT
from tests.datagen.sides import card_sides, jpeg
from tests.engines.conftest import make_jpeg
from tests.fakes.accuauth_fake import AccuAuthFake

pytestmark = pytest.mark.system

TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def _lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_accuauth_front_and_back_are_one_record(cli: Cli, tmp_path: Path) -> None:
    front, back, single = cli.home / "front.jpg", cli.home / "back.jpg", cli.home / "other.jpg"
    front.write_bytes(make_jpeg(seed=1))
    back.write_bytes(make_jpeg(seed=2))
    single.write_bytes(make_jpeg(seed=3))
    out_csv = cli.home / "guests.csv"
    with AccuAuthFake() as fake:
        fake.back_mrz = TD1
        fake.scenarios = ["front", "front", "back"]  # the single file, then the pair's front and back
        name = cli.set_up(CASES["accuauth"], fake, {"api_id": fake.api_id, "api_secret": fake.api_secret})
        done = cli("scan", str(single), "--sides", str(front), str(back), "--engine", name, "--json", "--no-gate",
                   "--csv", str(out_csv))
        requests = len([r for r in fake.requests if r.path == "/ocr/idcard"])
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    assert requests == 3  # one per side, none for the merge
    one, pair = _lines(done.stdout)
    assert one["source"] == str(single)
    assert "sides" not in one
    assert pair["source"] == str(front)
    sides = pair["sides"]
    assert [(s["side"], s["source"], s["outcome"]) for s in sides] == [
        ("front", str(front), "ok"), ("back", str(back), "ok")]  # the back's names come from its MRZ
    assert pair["outcome"] == "ok"
    holder, document, mrz = pair["holder"], pair["document"], pair["mrz"]
    assert holder["surname"] == "PEREZ LOPEZ"  # printed, from the front
    assert document["number"] == "1712345678"
    assert document["date_of_issue"] == "2021-02-02"  # only on the back
    assert holder["extra"] == {"marital_status": "CASADO", "profession": "INGENIERO", "education": "SUPERIOR",
                               "mother_name": "LOPEZ MARIA", "father_name": "PEREZ JOSE"}
    assert mrz["lines"] == TD1
    assert mrz["local_check"] == "pass"
    images = pair["images"]
    assert images["portrait"]["source"] == "local_crop"
    assert "images.portrait" in sides[0]["took"]
    assert "mrz" in sides[1]["took"]
    with out_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2  # the single file and the pair: one row per document
    assert rows[1]["surname"] == "PEREZ LOPEZ"
    assert rows[1]["document_number"] == "1712345678"
    assert rows[1]["request_id"].count("TID") == 2


def test_a_back_alone_has_its_names_from_the_mrz(cli: Cli, image: Path) -> None:  # noqa: F811
    with AccuAuthFake() as fake:
        fake.back_mrz, fake.scenario = TD1, "back"
        name = cli.set_up(CASES["accuauth"], fake, {"api_id": fake.api_id, "api_secret": fake.api_secret})
        done = cli("scan", str(image), "--engine", name, "--json", "--side", "back", "--no-gate")
    assert done.returncode == 0, done.stderr
    (result,) = _lines(done.stdout)
    holder = result["holder"]
    assert (holder["surname"], holder["given_names"], holder["name_split"]) == ("ERIKSSON", "ANNA MARIA", "mrz")
    assert result["outcome"] == "ok"


def test_a_side_the_vendor_refuses_is_listed_with_its_error(cli: Cli, tmp_path: Path) -> None:
    front, back = cli.home / "front.jpg", cli.home / "back.jpg"
    front.write_bytes(make_jpeg(seed=1))
    back.write_bytes(make_jpeg(seed=2))
    with AccuAuthFake() as fake:
        fake.faults = ["", "no_card"]  # the front is read, the back is not a card
        name = cli.set_up(CASES["accuauth"], fake, {"api_id": fake.api_id, "api_secret": fake.api_secret})
        done = cli("scan", "--sides", str(front), str(back), "--engine", name, "--json", "--no-gate")
        requests = len([r for r in fake.requests if r.path == "/ocr/idcard"])
    assert done.returncode == 0, done.stderr  # the document was read (from its front)
    assert requests == 2  # DETECTION_FAILED is not retried
    (pair,) = _lines(done.stdout)
    sides = pair["sides"]
    assert [s["outcome"] for s in sides] == ["ok", "failed"]
    assert sides[1]["error"]["category"] == "bad_image"
    assert pair["outcome"] == "ok"


def test_usage_needs_an_input() -> None:
    done = subprocess.run([sys.executable, "-m", "desktop_app", "scan", "--engine", "local"], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stderr.startswith("scanstation: ")
    assert "--sides" in done.stderr


@pytest.mark.slow
def test_local_engine_reads_a_td1_card_from_its_back(tmp_path: Path) -> None:
    front_rgb, back_rgb, truth = card_sides()
    front, back = tmp_path / "front.jpg", tmp_path / "back.jpg"
    front.write_bytes(jpeg(front_rgb))
    back.write_bytes(jpeg(back_rgb))
    done = subprocess.run([sys.executable, "-m", "desktop_app", "scan", "--sides", str(front), str(back),
                           "--engine", "local", "--json"], cwd=REPO_ROOT, capture_output=True, text=True,
                          timeout=300, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert "Traceback" not in done.stderr
    assert done.returncode == 0, done.stderr
    (pair,) = _lines(done.stdout)
    sides = pair["sides"]
    assert [(s["side"], s["outcome"]) for s in sides] == [("front", "failed"), ("back", "ok")]
    assert sides[0]["error"]["category"] == "bad_image"  # no MRZ on the front
    assert pair["outcome"] == "ok"
    document, holder = pair["document"], pair["holder"]
    assert document["number"] == truth["number"]
    assert holder["surname"] == truth["surname"]
    assert "mrz" in sides[1]["took"]
