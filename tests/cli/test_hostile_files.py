"""The hostile-file corpus through the real CLI: `python -m desktop_app scan FILE... --engine local --json`.

Contract: exit 0 or 1; stdout holds one JSON object per input, in order; stderr one line per failed input;
no traceback anywhere; no temp file left behind. Two generated passports (one stored sideways with an
EXIF orientation, one as a PDF) must be read correctly in the same run. The same corpus is read directly
with `decode_still` in `tests/imaging/test_intake_hostile.py`.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO_ROOT, require_system
from tests.imaging.test_intake_hostile import Case, hostile_corpus

# Sentence openings only intake produces: a decodable file must never be answered with one of them.
INTAKE_REFUSALS = ("The file is empty", "The image file is incomplete", "The file is not an image",
                   "The image is too large", "too small to contain a readable document", "The file looks like a",
                   "HEIC/AVIF photos are not supported", "The file was not found", "This is a folder")


def _local_engine_importable() -> bool:
    try:
        module = importlib.import_module("desktop_app.engines.local")
    except ImportError:
        return False
    return hasattr(module, "LocalEngine")


def _passports(corpus_dir: Path) -> dict[str, str]:
    """Real reads: a generated passport stored sideways with EXIF orientation 6, and the same page as a PDF.

    Returns {path: expected document number}.
    """
    import numpy as np
    from PIL import Image

    from tests.datagen import FontMissing, clean_document

    try:
        doc = clean_document(3, "td3")
    except FontMissing:
        require_system("fonts-ocr-b (the generated passport)", False)
        raise
    upright = Image.fromarray(doc.rgb)
    exif = Image.Exif()
    exif[0x0112] = 6  # the viewer rotates 90° clockwise: store it rotated 90° counter-clockwise
    rotated = corpus_dir / "passport-exif-rotated.jpg"
    Image.fromarray(np.ascontiguousarray(np.rot90(doc.rgb, 1))).save(rotated, "JPEG", quality=90, exif=exif)
    pdf = corpus_dir / "passport.pdf"
    upright.save(pdf, "PDF", resolution=150.0)
    number = str(doc.truth["number"])
    return {str(rotated): number, str(pdf): number}


def _run_cli(paths: list[str], tmpdir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop_app", "scan", *paths, "--engine", "local", "--json"],
                          capture_output=True, text=True, encoding="utf-8", cwd=REPO_ROOT, env=env, timeout=600,
                          check=False)


@pytest.mark.slow
def test_hostile_corpus_through_the_cli(tmp_path: Path) -> None:
    require_system("the offline engine (desktop_app.engines.local.LocalEngine)", _local_engine_importable())
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    cases: list[Case] = hostile_corpus(large=True)
    paths: list[str] = []
    for case in cases:
        path = corpus_dir / case.name
        path.write_bytes(case.data)
        paths.append(str(path))
    passports = _passports(corpus_dir)
    paths += list(passports)
    extra_refusals = {str(corpus_dir / "missing.jpg"): "not found", str(corpus_dir): "folder"}
    paths += list(extra_refusals)
    spy_tmp = tmp_path / "tmp"
    spy_tmp.mkdir()

    done = _run_cli(paths, spy_tmp)

    assert "Traceback" not in done.stdout
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 1), done.stderr
    assert done.returncode == 1  # the corpus holds refusals
    outputs: list[dict[str, Any]] = [json.loads(line) for line in done.stdout.splitlines()]
    assert [o["source"] for o in outputs] == paths
    expected: dict[str, str | None] = {str(corpus_dir / c.name): c.refuse for c in cases}
    expected |= dict.fromkeys(passports) | extra_refusals
    failed = 0
    for out in outputs:
        refusal = expected[out["source"]]
        error = out.get("error")
        failed += out["outcome"] == "failed"
        if refusal is not None:
            assert out["outcome"] == "failed", out["source"]
            assert error["category"] == "bad_image"
            assert any(word in error["message"].lower() for word in refusal.lower().split("|")), error["message"]
            assert error["message"].endswith(".")
            assert "\n" not in error["message"]
        elif out["source"] in passports:  # read correctly: upright (EXIF applied) and the PDF page rendered
            assert out["outcome"] != "failed", (out["source"], error)
            assert out["document"]["number"] == passports[out["source"]]
        elif error is not None:  # the engine may find no document, but intake must have read the file
            assert not any(phrase in error["message"] for phrase in INTAKE_REFUSALS), (out["source"], error)
    stderr_lines = done.stderr.splitlines()
    assert len(stderr_lines) == failed
    assert all(line.startswith("scanstation: ") for line in stderr_lines)
    # No temp file: images never touch the disk (and the offline engine switches off onnxruntime's telemetry,
    # which would leave a session id in $TMPDIR/.ses).
    assert sorted(p.name for p in spy_tmp.iterdir()) == []
