"""One read: still -> engine -> local checks. Used by the CLI and the GUI alike."""

from __future__ import annotations

import datetime as dt
import time

from desktop_app.domain.checks import finalize
from desktop_app.domain.schema import ScanResult, failed_result
from desktop_app.engines.base import Engine, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.intake import Still


async def read_document(engine: Engine, still: Still, options: ScanOptions | None = None,
                        *, today: dt.date | None = None) -> ScanResult:
    """Run the engine, turn an `EngineError` into a failed result, add local checks and timing."""
    started = dt.datetime.now(dt.UTC)
    t0 = time.perf_counter()
    profile = engine.profile
    try:
        result = await engine.scan(still, options or ScanOptions())
    except EngineError as err:
        result = failed_result(profile.vendor, profile.action or profile.vendor, err.to_error_info())
        if err.attempts is not None:
            result.timing.attempts = err.attempts
    result.timing.started_at = started
    result.timing.latency_ms = round((time.perf_counter() - t0) * 1000)
    return finalize(result, today=today or dt.date.today())
