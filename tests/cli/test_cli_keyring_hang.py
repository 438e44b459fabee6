"""`scanstation keys status|set` and `scan` against a Secret Service that owns its name and never answers:
each returns within a few seconds with exit 1, one line on stderr and no traceback; the profile is kept and
the keys can be stored once a keyring answers (run: dbus-run-session -- tools/in-test-session tests/cli)."""

from __future__ import annotations

import json
import os
import time
import uuid
from pathlib import Path

import pytest

from desktop_app.station.credentials import KEYRING_TIMEOUT_S
from tests.cli.test_cli_vendors import Cli
from tests.conftest import require_system
from tests.engines.conftest import make_jpeg
from tests.fakes.secret_impostor import HungSecretService
from tests.station.test_credentials import _secret_service_ready

pytestmark = pytest.mark.system

SENTENCE = (f"scanstation: the system keyring did not answer within {KEYRING_TIMEOUT_S:g} s (it may be waiting to "
            "be unlocked, or its service is stuck); unlock it or log out and in again, then try again")
PROMPT_BOUND_S = KEYRING_TIMEOUT_S + 10  # the keyring's wait plus a Python start-up on a busy 2-core machine
SECRET = "sk_live_never-lost-0042"


def _one_line_error(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_keys_and_scan_give_up_on_a_hung_keyring(tmp_path: Path) -> None:
    cli = Cli(tmp_path)
    real_bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    name = f"hang-{uuid.uuid4().hex[:6]}"
    added = cli("profiles", "add", name, "--vendor", "structocr", "--base-url", "http://127.0.0.1:9/v1")
    assert added.returncode == 0, added.stderr
    image = tmp_path / "card.jpg"
    image.write_bytes(make_jpeg())

    with HungSecretService(tmp_path) as hung:
        cli.env["DBUS_SESSION_BUS_ADDRESS"] = hung.address
        for args, stdin in ((("keys", "status", name), None), (("keys", "set", name), f"api_key={SECRET}\n")):
            t0 = time.monotonic()
            done = cli(*args, stdin=stdin)
            assert time.monotonic() - t0 < PROMPT_BOUND_S
            assert done.returncode == 1
            assert _one_line_error(done.stderr) == SENTENCE
            assert done.stdout == ""

        t0 = time.monotonic()
        scanned = cli("scan", str(image), "--engine", name)
        assert time.monotonic() - t0 < PROMPT_BOUND_S
        assert scanned.returncode == 1
        assert _one_line_error(scanned.stderr) == SENTENCE
        result = json.loads(scanned.stdout)
        assert (result["outcome"], result["error"]["category"]) == ("failed", "keyring")
        assert result["error"]["message"] == SENTENCE.removeprefix("scanstation: ")
        assert len(hung.calls()) >= 3, "the commands never reached the impostor"
    assert all(SECRET not in text for text in cli.outputs)

    # Nothing was lost: the profile is still there, and the keys go in once a keyring answers.
    cli.env["DBUS_SESSION_BUS_ADDRESS"] = real_bus
    listed = cli("profiles", "list")
    assert name in [json.loads(line)["name"] for line in listed.stdout.splitlines()]
    require_system("gnome-keyring Secret Service (run under dbus-run-session -- tools/in-test-session)",
                   _secret_service_ready())
    try:
        stored = cli("keys", "set", name, stdin=f"api_key={SECRET}\n")
        assert stored.returncode == 0, stored.stderr
        status = cli("keys", "status", name)
        assert (status.returncode, status.stdout) == (0, "api_key: set\n")
    finally:
        cli("keys", "delete", name)
