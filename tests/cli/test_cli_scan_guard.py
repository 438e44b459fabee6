"""The `scan` loop's last guard per input: an exception nobody foresaw (here from an engine that breaks its
contract by raising something other than EngineError) becomes that input's failed line, never a traceback;
a result that cannot be printed becomes a failed line too; odd characters still print as valid JSON."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from desktop_app import cli
from desktop_app.domain.schema import ScanResult
from desktop_app.engines.base import Profile, ScanOptions
from desktop_app.imaging.intake import Still
from tests.engines.conftest import make_jpeg


class BrokenEngine:
    """An engine that breaks the `Engine` contract: it raises `exc` instead of an EngineError."""

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
        self.calls = 0

    @property
    def profile(self) -> Profile:
        return Profile(name="broken", vendor="td")

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        self.calls += 1
        raise self.exc

    async def aclose(self) -> None:
        return None


def test_unexpected_engine_exception_is_that_inputs_failed_result(tmp_path: Path) -> None:
    path = tmp_path / "card.jpg"
    path.write_bytes(make_jpeg())
    for exc in (TypeError("unhashable type: 'list'"), RecursionError("maximum recursion depth exceeded")):
        engine = BrokenEngine(exc)
        result = asyncio.run(cli._read_one(engine, str(path), ScanOptions(), gate=False))  # the engine's fault
        assert engine.calls == 1
        assert result.outcome == "failed"
        assert result.error is not None
        assert result.error.category == "bad_response"
        assert result.error.message.startswith(f"Unexpected error ({type(exc).__name__}) while reading the document")


def test_unreadable_file_is_bad_image(tmp_path: Path) -> None:
    path = tmp_path / "not-an-image.jpg"
    path.write_bytes(b"\xff\xd8 not really")
    engine = BrokenEngine(TypeError())
    result = asyncio.run(cli._read_one(engine, str(path), ScanOptions(), gate=False))  # the engine's fault
    assert engine.calls == 0
    assert result.error is not None
    assert result.error.category == "bad_image"


def test_result_that_cannot_be_printed_becomes_a_failed_line() -> None:
    result = ScanResult(vendor="td", vendor_action="ocr", outcome="ok", raw={"x": object()})
    line, written = cli._result_line("a.jpg", result, include_raw=True)
    data = json.loads(line)
    assert written.outcome == "failed"
    assert (data["source"], data["outcome"], data["error"]["category"]) == ("a.jpg", "failed", "bad_response")


def test_lone_surrogate_still_prints_valid_json() -> None:
    result = ScanResult(vendor="td", vendor_action="ocr", outcome="ok")
    result.holder.surname = "ANNA\ud800"
    line, written = cli._result_line("a.jpg", result, include_raw=False)
    line.encode("utf-8")
    assert written is result
    assert json.loads(line)["holder"]["surname"] == "ANNA\ud800"
