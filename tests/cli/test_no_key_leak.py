"""No vendor secret may appear in argv, output, errors, the raw answer or any file under the user's HOME.

For every vendor in `test_cli_vendors.CASES`: set a profile up through the CLI, run a scan against a slowed
fake while sampling `/proc/<pid>/cmdline` (and `environ`) of the CLI and all its descendants, then a `--raw`
scan, a wrong-key scan, `keys status` and `profiles list`; finally grep every stdout/stderr and every file
under the test HOME for the secrets (raw, URL-encoded, base64 and JSON-escaped).
"""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from tests.cli.test_cli_vendors import CASES, Cli, image, one_json  # noqa: F401 (fixtures)
from tests.fakes.server import Reply, Request

pytestmark = pytest.mark.system

SLOW_S = 2.5


def _forms(secret: str) -> set[bytes]:
    return {form.encode() for form in (secret, quote(secret, safe=""), quote_plus(secret),
                                       json.dumps(secret)[1:-1], base64.b64encode(secret.encode()).decode())}


def _descendants(pid: int) -> set[int]:
    """`pid` and every process below it (from /proc/*/stat)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text.rsplit(")", 1)[1].split()[1])
        parents[int(stat.parent.name)] = ppid
    found, frontier = {pid}, [pid]
    while frontier:
        current = frontier.pop()
        for child, parent in parents.items():
            if parent == current and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def _process_texts(pid: int) -> list[bytes]:
    texts = []
    for proc in _descendants(pid):
        for part in ("cmdline", "environ"):
            try:
                texts.append((Path("/proc") / str(proc) / part).read_bytes())
            except OSError:
                continue
    return texts


def _slowed(make_fake: Any) -> Any:
    """The vendor's fake, answering every request after SLOW_S seconds."""
    fake = make_fake()
    original = fake.handle

    def handle(request: Request) -> Reply:
        reply: Reply = original(request)
        reply.delay_s = max(reply.delay_s, SLOW_S)
        return reply

    fake.handle = handle
    return fake


@pytest.mark.parametrize("vendor", list(CASES))
def test_no_secret_anywhere(cli: Cli, image: Path, vendor: str) -> None:  # noqa: F811
    case = CASES[vendor]
    sampled: list[bytes] = []
    with _slowed(case.make_fake) as fake:
        secrets = case.secrets(fake)
        name = cli.set_up(case, fake, secrets)

        process = cli.popen("scan", str(image), "--engine", name, "--json", "--raw", *case.scan_args)
        samples_during_call = 0
        while process.poll() is None:
            before = len(fake.requests)
            sampled += _process_texts(process.pid)
            if before:  # the request is out and the CLI is waiting for the answer
                samples_during_call += 1
            time.sleep(0.05)
        stdout, stderr = process.communicate(timeout=60)
        cli.outputs += [stdout, stderr]
        assert process.returncode == 0, stderr
        assert samples_during_call > 0
        result = one_json(stdout)
        assert "raw" in result

        wrong = cli.set_up(case, fake, {**secrets, **case.wrong})
        assert cli("scan", str(image), "--engine", wrong, "--raw", *case.scan_args).returncode == 1
        cli("keys", "status", name)
        cli("profiles", "list")
        sent = b"".join(r.body + repr(r.headers).encode() + repr(r.query).encode() for r in fake.requests)

    values = [v for v in {**secrets, **case.wrong}.values() if len(v) >= 6]
    assert any(v.encode() in sent or quote_plus(v).encode() in sent for v in values)  # the fake did see keys
    public_ids = ("partner_code", "secret_id")  # account identifiers, sent in the clear by design
    secret_values = [v for k, v in {**secrets, **case.wrong}.items() if k not in public_ids]
    secret_values += [v for k, v in secrets.items() if k not in public_ids]
    for secret in secret_values:
        for form in _forms(secret):
            for text in sampled:
                assert form not in text, "secret in a child process's argv or environment"
            for output in cli.outputs:
                assert form not in output.encode(), "secret in the CLI's output"
            for path in cli.root.rglob("*"):
                if path.is_file():
                    assert form not in path.read_bytes(), f"secret in {path.relative_to(cli.root)}"
