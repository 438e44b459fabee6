"""Every cloud vendor through the real CLI subprocess: `profiles add` -> `keys set` (stdin) -> `scan` -> JSON.

Table driven: a vendor is one `VendorCase` in `CASES` (its fake, profile arguments, key lines, a wrong key and
what the JSON must hold). The fakes run in this process on 127.0.0.1; the CLI runs as `python -m desktop_app`
with a private HOME/XDG tree per test and the session's keyring:
`dbus-run-session -- tools/in-test-session tests/cli -q`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT
from tests.fakes.accuauth_fake import AccuAuthFake
from tests.fakes.server import FakeVendor
from tests.fakes.structocr_fake import StructOcrFake

pytestmark = pytest.mark.system

Json = dict[str, Any]


@dataclass(frozen=True)
class VendorCase:
    vendor: str
    make_fake: Callable[[], FakeVendor]
    profile_args: Callable[[Any], list[str]]  # after `profiles add NAME --vendor V`
    secrets: Callable[[Any], dict[str, str]]  # the right keys for the fake
    wrong: dict[str, str]  # keys that the fake rejects (merged over the right ones)
    check: Callable[[Json], None]  # asserts on a successful scan's JSON
    scan_args: list[str] = field(default_factory=list)
    wrong_code: str | None = None  # expected error.vendor_code for the wrong key


def _check_structocr(result: Json) -> None:
    assert (result["vendor"], result["vendor_action"], result["outcome"]) == ("structocr", "passport", "ok")
    assert result["document"]["number"] == "L898902C3"
    assert result["document"]["date_of_expiry"] == "2032-04-15"
    assert result["holder"]["surname"] == "ERIKSSON"
    assert result["holder"]["nationality"] == "UTO"
    assert result["checks"]["expiry_local"] == "pass"
    assert result["checks"]["overall_vendor"] == "unavailable"
    assert result["timing"]["attempts"] == 1


def _check_accuauth(result: Json) -> None:
    assert (result["vendor"], result["vendor_action"], result["outcome"]) == ("accuauth", "ocr/idcard", "ok")
    assert result["request_id"].startswith("TID")
    assert result["document"]["number"] == "1712345678"
    assert result["document"]["issuing_country"] == "ECU"
    assert (result["holder"]["surname"], result["holder"]["name_split"]) == ("PEREZ LOPEZ", "heuristic")
    assert result["holder"]["date_of_birth"] == "1985-03-14"
    assert result["images"]["portrait"]["source"] == "local_crop"
    assert result["images"]["face_region"]


CASES: dict[str, VendorCase] = {
    "structocr": VendorCase(
        vendor="structocr", make_fake=StructOcrFake,
        profile_args=lambda fake: ["--base-url", fake.api_url],
        secrets=lambda fake: {"api_key": fake.api_key},
        wrong={"api_key": "sk_wrong+/=Key-0001"}, check=_check_structocr, wrong_code="UNAUTHORIZED"),
    "accuauth": VendorCase(
        vendor="accuauth", make_fake=AccuAuthFake,
        profile_args=lambda fake: ["--base-url", fake.base_url, "--country", "ecuador"],
        secrets=lambda fake: {"api_id": fake.api_id, "api_secret": fake.api_secret},
        wrong={"api_secret": "wrong+/=Secret-0002"}, check=_check_accuauth, wrong_code="UNAUTHORIZED"),
}


def _add_td_and_tencent() -> None:
    """TD and Tencent (fakes by the TD/Tencent engineer): same table, their own expectations."""
    try:
        from tests.fakes.td_fake import PARTNER_CODE, PARTNER_KEY, TdFake
        from tests.fakes.tencent_fake import SECRET_ID, SECRET_KEY, TencentFake
    except ImportError:  # not there yet
        return

    def check(vendor: str) -> Callable[[Json], None]:
        def _check(result: Json) -> None:
            assert result["vendor"] == vendor
            assert result["outcome"] in ("ok", "partial")
            assert result["document"]["number"] == "L898902C3"
        return _check

    CASES["td"] = VendorCase(
        vendor="td", make_fake=TdFake, profile_args=lambda fake: ["--base-url", fake.url, "--country", "GB"],
        secrets=lambda fake: {"partner_code": PARTNER_CODE, "partner_key": PARTNER_KEY},
        wrong={"partner_key": "not-the-key+/=&x"}, check=check("td"), wrong_code="11340")
    CASES["tencent"] = VendorCase(
        vendor="tencent", make_fake=TencentFake, profile_args=lambda fake: ["--base-url", fake.base_url],
        secrets=lambda fake: {"secret_id": SECRET_ID, "secret_key": SECRET_KEY},
        wrong={"secret_key": "wrongSecret+/=0000"}, check=check("tencent"), scan_args=["--document", "passport"],
        wrong_code="AuthFailure.SignatureFailure")


_add_td_and_tencent()


# ---------------------------------------------------------------------------------------------- harness


def keyring_usable() -> bool:
    from tests.station.test_credentials import _secret_service_ready

    return _secret_service_ready()


class Cli:
    """Runs `python -m desktop_app` with a private HOME; records every output for the leak checks."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.home = root / "home"
        self.home.mkdir(parents=True, exist_ok=True)
        self.env = {**os.environ, "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.home / ".config"),
                    "XDG_DATA_HOME": str(self.home / ".local/share"), "XDG_CACHE_HOME": str(self.home / ".cache"),
                    "XDG_CONFIG_DIRS": str(root / "etc-xdg"), "QT_QPA_PLATFORM": "offscreen",
                    "PYTHONIOENCODING": "utf-8", "TMPDIR": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
        self.outputs: list[str] = []
        self.profiles: list[str] = []

    def argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "desktop_app", *args]

    def __call__(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        if args[:2] == ("profiles", "add"):
            self.profiles.append(args[2])
        done = subprocess.run(self.argv(*args), input=stdin, capture_output=True, text=True, encoding="utf-8",
                              cwd=REPO_ROOT, env=self.env, timeout=180, check=False)
        self.outputs += [done.stdout, done.stderr]
        return done

    def popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(self.argv(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                encoding="utf-8", cwd=REPO_ROOT, env=self.env)

    def set_up(self, case: VendorCase, fake: Any, keys: dict[str, str]) -> str:
        name = f"{case.vendor}-{uuid.uuid4().hex[:8]}"
        added = self("profiles", "add", name, "--vendor", case.vendor, *case.profile_args(fake))
        assert added.returncode == 0, added.stderr
        stored = self("keys", "set", name, stdin="".join(f"{k}={v}\n" for k, v in keys.items()))
        assert stored.returncode == 0, stored.stderr
        return name


@pytest.fixture
def image(cli: Cli) -> Path:
    """A generated passport page (no real person) inside the test HOME: it passes the station's image gate."""
    from tests.ui.helpers import sample_png

    path = cli.home / "card.png"
    path.write_bytes(sample_png())
    return path


def one_json(stdout: str) -> Json:
    lines = [line for line in stdout.splitlines() if line.strip()]
    assert len(lines) == 1, stdout
    data: Json = json.loads(lines[0])
    return data


def assert_clean_failure(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr + done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("scanstation: ")


# ---------------------------------------------------------------------------------------------- tests


@pytest.mark.parametrize("vendor", list(CASES))
def test_scan_through_the_cli(cli: Cli, image: Path, vendor: str) -> None:
    case = CASES[vendor]
    with case.make_fake() as fake:
        name = cli.set_up(case, fake, case.secrets(fake))
        status = cli("keys", "status", name)
        assert status.returncode == 0
        assert all(line.endswith(": set") for line in status.stdout.splitlines())
        done = cli("scan", str(image), "--engine", name, "--json", *case.scan_args)
        assert "Traceback" not in done.stderr
        assert done.returncode == 0, done.stderr
    result = one_json(done.stdout)
    assert result["source"] == str(image)
    case.check(result)
    assert "raw" not in result  # only with --raw


@pytest.mark.parametrize("vendor", list(CASES))
def test_wrong_key_is_auth(cli: Cli, image: Path, vendor: str) -> None:
    case = CASES[vendor]
    with case.make_fake() as fake:
        name = cli.set_up(case, fake, {**case.secrets(fake), **case.wrong})
        done = cli("scan", str(image), "--engine", name, "--json", "--raw", *case.scan_args)
    assert done.returncode == 1
    assert_clean_failure(done)
    result = one_json(done.stdout)
    assert result["outcome"] == "failed"
    assert result["error"]["category"] == "auth"
    if case.wrong_code:
        assert result["error"]["vendor_code"] == case.wrong_code
    for value in case.wrong.values():
        assert value not in done.stdout + done.stderr


def test_missing_keys_say_what_to_run(cli: Cli, image: Path) -> None:
    with StructOcrFake() as fake:
        name = f"structocr-{uuid.uuid4().hex[:8]}"
        assert cli("profiles", "add", name, "--vendor", "structocr", "--base-url", fake.api_url).returncode == 0
        done = cli("scan", str(image), "--engine", name)
        assert fake.requests == []
    assert done.returncode == 1
    assert_clean_failure(done)
    assert f"scanstation keys set {name}" in done.stderr
    assert one_json(done.stdout)["error"]["category"] == "keyring"


def test_profile_add_refuses_plain_http_to_a_remote_host(cli: Cli) -> None:
    done = cli("profiles", "add", "remote", "--vendor", "structocr", "--base-url", "http://api.structocr.com/v1")
    assert done.returncode == 2
    assert_clean_failure(done)
    assert "use https" in done.stderr
    listed = cli("profiles", "list")
    assert listed.stdout.strip() == ""


def test_keys_set_rejects_unknown_names_without_echoing(cli: Cli) -> None:
    name = f"structocr-{uuid.uuid4().hex[:8]}"
    assert cli("profiles", "add", name, "--vendor", "structocr").returncode == 0
    done = cli("keys", "set", name, stdin="apikey=sk_live_DoNotEcho123\n")
    assert done.returncode == 2
    assert_clean_failure(done)
    assert "structocr profiles take: api_key" in done.stderr
    assert "sk_live_DoNotEcho123" not in done.stderr + done.stdout


def test_remove_profile_deletes_keys(cli: Cli) -> None:
    case = CASES["structocr"]
    with case.make_fake() as fake:
        name = cli.set_up(case, fake, case.secrets(fake))
    assert cli("profiles", "remove", name).returncode == 0
    assert cli("profiles", "list").stdout.strip() == ""
    from desktop_app.engines.base import Profile
    from desktop_app.station.credentials import status

    assert status(Profile(name=name, vendor="structocr")) == {"api_key": False}
