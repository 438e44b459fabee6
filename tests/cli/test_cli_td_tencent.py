"""TD and Tencent through the real CLI subprocess: `profiles add` -> `keys set` (stdin) -> `scan` -> JSON.

The vendor fakes run in this process on 127.0.0.1; the CLI runs as `python -m desktop_app` with a private
HOME/XDG tree per test and the session's keyring (run under `dbus-run-session -- tools/in-test-session`).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from desktop_app.engines.base import Profile
from tests.conftest import REPO_ROOT, require_system
from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake

pytestmark = pytest.mark.system


def _keyring_usable() -> bool:
    from desktop_app.station.credentials import CredentialError, status

    try:
        status(Profile(name="probe-keyring", vendor="td"))
    except CredentialError:
        return False
    return True


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Any]:
    require_system("a Secret Service keyring (run under dbus-run-session -- tools/in-test-session)",
                   _keyring_usable())
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local/share"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_CONFIG_DIRS": str(tmp_path / "etc-xdg"), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONIOENCODING": "utf-8", "TMPDIR": str(tmp_path)}
    profiles: list[str] = []

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        if len(args) > 2 and args[:2] == ("profiles", "add"):
            profiles.append(args[2])
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin, capture_output=True,
                              text=True, encoding="utf-8", cwd=REPO_ROOT, env=env, timeout=180, check=False)

    yield run
    for name in profiles:  # the keyring outlives the test: leave nothing behind
        run("keys", "delete", name)


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated passport page (synthetic identity), as a JPEG file."""
    from tests.datagen import FontMissing, clean_document

    try:
        doc = clean_document(3, "td3")
    except FontMissing:
        pytest.skip("fonts-ocr-b is missing")
    image = Image.fromarray(doc.rgb)
    image.thumbnail((1400, 1400))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=88)
    path = tmp_path_factory.mktemp("doc") / "passport.jpg"
    path.write_bytes(buffer.getvalue())
    return path


def _one_json(stdout: str) -> dict[str, Any]:
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert len(lines) == 1, stdout
    data: dict[str, Any] = json.loads(lines[0])
    return data


def _no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr
    assert "Traceback" not in done.stdout


def _name(vendor: str) -> str:
    return f"{vendor}-{uuid.uuid4().hex[:8]}"


def test_td_scan_through_the_cli(cli: Any, document: Path) -> None:
    with TdFake() as fake:
        assert isinstance(fake, TdFake)
        name = _name("td")
        added = cli("profiles", "add", name, "--vendor", "td", "--base-url", fake.url, "--country", "GB")
        assert added.returncode == 0, added.stderr
        keys = cli("keys", "set", name, stdin=f"partner_code={PARTNER_CODE}\npartner_key={PARTNER_KEY}\n")
        assert keys.returncode == 0, keys.stderr
        assert PARTNER_KEY not in keys.stderr + keys.stdout
        done = cli("scan", str(document), "--engine", name, "--json")
        _no_traceback(done)
        assert done.returncode == 0, done.stderr
        result = _one_json(done.stdout)
        assert len(fake.requests) == 1
        assert fake.requests[0].json()["country"] == "GB"
    assert result["source"] == str(document)
    assert (result["vendor"], result["outcome"]) == ("td", "ok")
    assert result["document"]["number"] == "L898902C3"
    assert result["holder"]["date_of_birth"] == "1974-08-12"
    assert result["mrz"]["vendor_check"] == "pass"
    assert result["mrz"]["local_check"] == "pass"  # computed by the pipeline after the engine
    assert result["checks"]["expiry_local"] == "pass"
    assert result["images"]["portrait"]["mime"] == "image/jpeg"
    assert result["forgery"]["verdict"] == "pass"
    assert result["timing"]["attempts"] == 1
    assert PARTNER_KEY not in done.stdout + done.stderr


def test_td_wrong_key_is_auth(cli: Any, document: Path) -> None:
    with TdFake() as fake:
        assert isinstance(fake, TdFake)
        name = _name("td")
        assert cli("profiles", "add", name, "--vendor", "td", "--base-url", fake.url, "--country", "GB").returncode == 0
        wrong = "not-the-key+/="
        assert cli("keys", "set", name, stdin=f"partner_code={PARTNER_CODE}\npartner_key={wrong}\n").returncode == 0
        done = cli("scan", str(document), "--engine", name, "--json", "--raw")
    _no_traceback(done)
    assert done.returncode == 1
    result = _one_json(done.stdout)
    assert result["outcome"] == "failed"
    assert result["error"]["category"] == "auth"
    assert result["error"]["vendor_code"] == "11340"
    assert len(done.stderr.strip().splitlines()) == 1
    assert wrong not in done.stdout + done.stderr


def test_tencent_scan_through_the_cli(cli: Any, document: Path) -> None:
    with TencentFake() as fake:
        name = _name("tencent")
        added = cli("profiles", "add", name, "--vendor", "tencent", "--base-url", fake.base_url)
        assert added.returncode == 0, added.stderr
        keys = cli("keys", "set", name, stdin=f"secret_id={SECRET_ID}\nsecret_key={SECRET_KEY}\n")
        assert keys.returncode == 0, keys.stderr
        done = cli("scan", str(document), "--engine", name, "--json", "--document", "passport")
        _no_traceback(done)
        assert done.returncode == 0, done.stderr
        result = _one_json(done.stdout)
        assert fake.verdicts == ["ok"]  # the fake verified the TC3 signature
    assert (result["vendor"], result["vendor_action"], result["outcome"]) == ("tencent", "MLIDPassportOCR", "ok")
    assert result["document"]["number"] == "L898902C3"
    assert result["holder"]["nationality"] == "UTO"
    assert result["mrz"]["local_check"] == "pass"
    assert result["images"]["portrait"]["mime"] == "image/jpeg"
    assert result["request_id"]
    assert SECRET_KEY not in done.stdout + done.stderr


def test_tencent_wrong_key_is_auth(cli: Any, document: Path) -> None:
    with TencentFake() as fake:
        name = _name("tencent")
        assert cli("profiles", "add", name, "--vendor", "tencent", "--base-url", fake.base_url).returncode == 0
        wrong = "wrongSecret+/=0000"
        assert cli("keys", "set", name, stdin=f"secret_id={SECRET_ID}\nsecret_key={wrong}\n").returncode == 0
        done = cli("scan", str(document), "--engine", name, "--json")
        assert fake.verdicts == ["AuthFailure.SignatureFailure"]
    _no_traceback(done)
    assert done.returncode == 1
    result = _one_json(done.stdout)
    assert result["outcome"] == "failed"
    assert (result["error"]["category"], result["error"]["vendor_code"]) == ("auth", "AuthFailure.SignatureFailure")
    assert len(done.stderr.strip().splitlines()) == 1
    assert wrong not in done.stdout + done.stderr
