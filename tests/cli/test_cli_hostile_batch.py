"""`scanstation scan a b c` through the real CLI subprocess with a hostile vendor answer for the middle file:
three JSON lines, the middle one that input's bad_response, the other two read (every vendor, its own fake)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_vendors import CASES, Cli, image  # noqa: F401 (image is a fixture)
from tests.engines.hostile_answers import nested
from tests.fakes.server import Reply

pytestmark = pytest.mark.system

DEEP = Reply(200, ('{"code": 200, "a": ' + nested(5_000) + "}").encode(), {"Content-Type": "application/json"})


@pytest.mark.parametrize("vendor", list(CASES))
def test_hostile_answer_in_the_middle_of_a_batch(cli: Cli, image: Path, vendor: str) -> None:  # noqa: F811
    case = CASES[vendor]
    files = []
    for index in range(3):
        path = cli.home / f"card-{index}.jpg"
        path.write_bytes(image.read_bytes())
        files.append(str(path))
    with case.make_fake() as fake:
        name = cli.set_up(case, fake, case.secrets(fake))
        fake.scripted = [None, DEEP, None]
        done = cli("scan", *files, "--engine", name, "--json", *case.scan_args)
        assert fake.accepted == 3  # the file after the hostile answer was read too
    assert "Traceback" not in done.stdout + done.stderr
    assert done.returncode == 1
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["source"] for line in lines] == files
    first, middle, last = lines
    case.check(first)
    case.check(last)
    assert middle["outcome"] == "failed"
    assert middle["error"]["category"] == "bad_response"
    assert middle["error"]["message"]
    assert done.stderr.count("scanstation: ") == 1  # one line for the one failed input


def test_td_quality_type_list_no_longer_aborts(cli: Cli, image: Path) -> None:  # noqa: F811
    from tests.engines.hostile_answers import td_valid

    body = td_valid()
    body["image_quality_info"]["list"][0]["type"] = [0]
    case = CASES["td"]
    with case.make_fake() as fake:
        name = cli.set_up(case, fake, case.secrets(fake))
        fake.hostile = Reply(200, json.dumps(body).encode(), {"Content-Type": "application/json"})
        done = cli("scan", str(image), "--engine", name, "--json")
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(text) for text in done.stdout.splitlines()]
    case.check(line)
