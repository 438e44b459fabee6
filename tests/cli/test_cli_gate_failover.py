"""The image gate and failover through the real CLI subprocess and real loopback fakes (request counts are
taken on each fake's side): a black page is not sent (`--no-gate` sends it), a passport without an MRZ is not
sent, a busy or empty account hands the scan to the next profile, a wrong key never does.

Run with the keyring: `dbus-run-session -- tools/in-test-session tests/cli/test_cli_gate_failover.py -q`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from tests.cli.test_cli_vendors import Cli, one_json
from tests.fakes.structocr_fake import StructOcrFake

pytestmark = pytest.mark.system


def _png(path: Path, rgb: np.ndarray) -> Path:
    ok, buf = cv2.imencode(".png", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))
    assert ok
    path.write_bytes(bytes(buf))
    return path


def black_page(cli: Cli) -> Path:
    """What a scanner with its lid open in a dark room (or a SANE page of nothing) delivers."""
    return _png(cli.home / "black.png", np.zeros((1100, 850, 3), np.uint8))


def passport(cli: Cli) -> Path:
    from tests.ui.helpers import sample_png

    path = cli.home / "passport.png"
    path.write_bytes(sample_png())
    return path


def add_structocr(cli: Cli, fake: StructOcrFake, name: str, *extra: str, key: str | None = None) -> str:
    added = cli("profiles", "add", name, "--vendor", "structocr", "--base-url", fake.api_url, *extra)
    assert added.returncode == 0, added.stderr
    stored = cli("keys", "set", name, stdin=f"api_key={key or fake.api_key}\n")
    assert stored.returncode == 0, stored.stderr
    return name


def test_a_black_page_is_not_sent_unless_no_gate(cli: Cli) -> None:
    with StructOcrFake() as fake:
        name = add_structocr(cli, fake, "desk-gate")
        image = black_page(cli)
        done = cli("scan", str(image), "--engine", name, "--json")
        assert done.returncode == 1
        result = one_json(done.stdout)
        assert result["outcome"] == "failed"
        assert result["error"]["category"] == "bad_image"
        assert result["error"]["checks"] == ["exposure"]
        assert result["error"]["billed"] == "no"
        assert "Too dark" in result["error"]["message"]
        assert "--no-gate" in done.stderr
        assert len(fake.ocr_requests()) == 0  # no credit spent

        sent = cli("scan", str(image), "--engine", name, "--json", "--no-gate")
        assert len(fake.ocr_requests()) == 1
        assert one_json(sent.stdout)["answered_by"] == name


def test_a_passport_without_an_mrz_is_not_sent(cli: Cli) -> None:
    from tests.datagen import clean_document

    rgb = clean_document(3, "td3").rgb
    top = _png(cli.home / "no-mrz.png", rgb[: int(rgb.shape[0] * 0.62)].copy())
    with StructOcrFake() as fake:
        name = add_structocr(cli, fake, "desk-mrz")
        done = cli("scan", str(top), "--engine", name, "--document", "passport", "--json")
        result = one_json(done.stdout)
        assert (done.returncode, result["error"]["category"], result["error"]["checks"]) == (1, "bad_image", ["mrz"])
        assert len(fake.ocr_requests()) == 0
        whole = cli("scan", str(passport(cli)), "--engine", name, "--document", "passport", "--json")
        assert whole.returncode == 0, whole.stderr
        assert len(fake.ocr_requests()) == 1


def _scan(cli: Cli, image: Path, name: str) -> tuple[int, dict[str, Any]]:
    done = cli("scan", str(image), "--engine", name, "--json")
    return done.returncode, one_json(done.stdout)


@pytest.mark.parametrize(("fault", "category"), [("busy", "rate_limited"), ("credits", "quota_exhausted"),
                                                 ("server_error", "server_error")])
def test_failover_to_the_next_profile(cli: Cli, fault: str, category: str) -> None:
    with StructOcrFake() as first, StructOcrFake() as second, StructOcrFake() as third:
        if fault == "credits":
            first.credits = 0
        else:
            first.mode = fault
            first.retry_after = "0"
        add_structocr(cli, third, "desk-c")
        add_structocr(cli, second, "desk-b")
        add_structocr(cli, first, "desk-a", "--failover", "desk-b,desk-c")
        listed = [json.loads(line) for line in cli("profiles", "list").stdout.splitlines()]
        assert {p["name"]: p["failover"] for p in listed}["desk-a"] == ["desk-b", "desk-c"]

        code, result = _scan(cli, passport(cli), "desk-a")
        assert code == 0
        assert result["outcome"] == "ok"
        assert result["answered_by"] == "desk-b"
        assert [step["profile"] for step in result["failover"]] == ["desk-a"]
        assert result["failover"][0]["category"] in (category, "rate_limited", "server_error")
        assert len(first.ocr_requests()) >= 1
        assert len(second.ocr_requests()) == 1
        assert len(third.ocr_requests()) == 0


def test_no_failover_on_a_wrong_key_or_a_bad_image(cli: Cli) -> None:
    with StructOcrFake() as first, StructOcrFake() as second:
        add_structocr(cli, second, "desk-y")
        add_structocr(cli, first, "desk-x", "--failover", "desk-y", key="sk_wrong_key")
        code, result = _scan(cli, passport(cli), "desk-x")
        assert (code, result["error"]["category"], result["failover"]) == (1, "auth", [])
        assert len(first.ocr_requests()) == 1
        assert len(second.ocr_requests()) == 0
        code, result = _scan(cli, black_page(cli), "desk-x")
        assert (code, result["error"]["category"]) == (1, "bad_image")
        assert len(first.ocr_requests()) == 1  # the gate held it back: neither fake saw it
        assert len(second.ocr_requests()) == 0


def test_failover_to_an_unknown_profile_is_a_usage_error(cli: Cli) -> None:
    with StructOcrFake() as fake:
        done = cli("profiles", "add", "desk-z", "--vendor", "structocr", "--base-url", fake.api_url,
                   "--failover", "nobody")
        assert done.returncode == 2
        assert "nobody" in done.stderr


def test_failover_when_the_network_is_down(cli: Cli) -> None:
    with StructOcrFake() as spare:
        down = StructOcrFake().start()
        add_structocr(cli, spare, "desk-up")
        add_structocr(cli, down, "desk-down", "--failover", "desk-up")
        down.stop()  # nothing listens on its port any more: connection refused
        code, result = _scan(cli, passport(cli), "desk-down")
        assert code == 0
        assert result["answered_by"] == "desk-up"
        assert [(s["profile"], s["category"]) for s in result["failover"]] == [("desk-down", "network")]
        assert len(spare.ocr_requests()) == 1
