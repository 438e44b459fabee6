"""`scanstation scan <sample> --engine local --json` in a subprocess: the contract outside checks rely on."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

SAMPLES = sorted((REPO_ROOT / "resources" / "samples").glob("*.jpg"))


def _truth(sample: Path) -> dict[str, object]:
    data = json.loads(sample.with_suffix(".json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.mark.slow
def test_scan_samples_with_the_local_engine() -> None:
    assert len(SAMPLES) >= 4
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "scan", *map(str, SAMPLES), "--engine", "local", "--json"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["source"] for r in rows] == [str(s) for s in SAMPLES]
    for row, sample in zip(rows, SAMPLES, strict=True):
        truth = _truth(sample)
        assert row["vendor"] == "local"
        assert row["outcome"] == "ok"
        assert row["mrz"]["local_check"] == "pass"
        assert row["mrz"]["lines"] == truth["mrz_lines"]
        assert row["document"]["number"] == truth["number"]
        assert row["holder"]["surname"] == truth["surname"]
        assert row["holder"]["date_of_birth"] == truth["date_of_birth"]
        assert row["document"]["date_of_expiry"] == truth["date_of_expiry"]
        assert row["checks"]["expiry_local"] == ("fail" if truth["expired"] else "pass")
        portrait = row["images"]["portrait"]
        assert portrait is not None
        assert portrait["mime"] == "image/jpeg"
        assert portrait["source"] == "local_crop"
        assert "raw" not in row


@pytest.mark.slow
def test_local_scan_leaves_nothing_in_tmpdir(tmp_path: Path) -> None:
    """onnxruntime's telemetry would write a session id to $TMPDIR/.ses; the engine switches it off."""
    spy_tmp = tmp_path / "tmp"
    spy_tmp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "ORT_DISABLE_TELEMETRY"}  # the engine must set it itself
    env |= {"TMPDIR": str(spy_tmp), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8",
            "PYTHONDONTWRITEBYTECODE": "1"}
    out = subprocess.run(
        [sys.executable, "-m", "desktop_app", "scan", str(SAMPLES[0]), "--engine", "local", "--json"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False, env=env,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[0])["outcome"] == "ok"
    assert sorted(p.name for p in spy_tmp.iterdir()) == []
