"""The `cli` fixture: the scanstation CLI in a private HOME with the real keyring; the profiles it added are
deleted from the keyring afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli.test_cli_vendors import Cli, keyring_usable
from tests.conftest import require_system


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[Cli]:
    require_system("gnome-keyring Secret Service (run under dbus-run-session -- tools/in-test-session)",
                   keyring_usable())
    runner = Cli(tmp_path)
    yield runner
    for name in runner.profiles:  # the keyring outlives the test: leave nothing behind
        runner("keys", "delete", name)
