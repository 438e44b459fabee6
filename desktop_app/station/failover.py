"""A scan read by a profile and, when that one cannot answer, by its fallback profiles in order; with the image
gate in front of the first vendor call. The GUI's session and the CLI both read through `read_scan`.

Moving on: the service is busy or rate-limited after the transport's retries, out of credits, unreachable, too
slow, or failing on its side. Never on a bad key, a bad image, a profile that is not set up or an answer the
station does not understand: another vendor would not fix those, and the operator must see them. The result
says which profile answered (`answered_by`) and why each one before it passed the scan on (`failover`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING, Any

from desktop_app.engines.profile import Profile, ScanOptions
from desktop_app.station.texts import fill, translate

if TYPE_CHECKING:
    from desktop_app.domain.schema import ErrorCategory, ScanResult
    from desktop_app.engines.base import Engine
    from desktop_app.imaging.intake import Still
    from desktop_app.station.gate import GateVerdict

FAILOVER_CATEGORIES: frozenset[ErrorCategory] = frozenset(
    {"rate_limited", "quota_exhausted", "network", "timeout", "server_error"})

EngineGetter = Callable[[str], Awaitable["Engine"]]
GateCheck = Callable[[Profile], Awaitable["GateVerdict"]]
Guard = Callable[["Engine"], AbstractAsyncContextManager[Any]]


def chain_of(profile: Profile) -> list[str]:
    """The profiles that may read a scan sent to `profile`, in order (itself first, no repeats)."""
    names = [profile.name]
    for name in profile.failover:
        if name not in names:
            names.append(name)
    return names


def gate_sentence(verdict: GateVerdict, profile_name: str) -> str:
    """Why the picture was not sent, in the operator's language, naming every failed check."""
    from desktop_app.station.gate import BLANK, NO_MRZ
    from desktop_app.station.quality_texts import hint_text

    reasons: list[str] = []
    for code in verdict.failed:
        if code == NO_MRZ:
            reasons.append(translate("Gate", "no machine-readable zone (MRZ) found on the passport"))
            continue
        if code == BLANK:
            reasons.append(translate("Gate", "the page is blank: there is nothing to read"))
            continue
        check = verdict.report.check(code) if verdict.report is not None else None
        reasons.append(hint_text(check) if check is not None and hint_text(check) else code)
    return fill(translate("Gate", "The picture was not sent to %1 (no credit spent): %2. Retake it, or send it "
                                  "anyway."), profile_name, "; ".join(reasons))


def blocked_result(profile: Profile, verdict: GateVerdict) -> ScanResult:
    from desktop_app.domain.schema import ErrorInfo, failed_result

    info = ErrorInfo(category="bad_image", message=gate_sentence(verdict, profile.name), billed="no",
                     checks=list(verdict.failed))
    return failed_result(profile.vendor, profile.action or profile.vendor, info)


def _failed(profile: Profile, err: Exception) -> ScanResult:
    from desktop_app.domain.schema import failed_result
    from desktop_app.engines.errors import EngineError

    assert isinstance(err, EngineError)
    return failed_result(profile.vendor, profile.action or profile.vendor, err.to_error_info())


async def read_scan(get_engine: EngineGetter, first: str, still: Still, options: ScanOptions | None = None, *,
                    gate: GateCheck | None = None, guard: Guard | None = None,
                    today: dt.date | None = None) -> ScanResult:
    """Read `still` with profile `first`, then its fallbacks while the failure is one another service may not
    have. `get_engine(name)` makes (or hands out) a profile's engine, EngineError when it cannot; `gate` judges
    the picture before the first vendor call (None: send it anyway); `guard(engine)` is entered around each
    read (the session's concurrency limits). EngineError from making the first engine is the caller's."""
    from desktop_app.domain.schema import FailoverStep
    from desktop_app.engines.errors import EngineError
    from desktop_app.station.pipeline import read_document

    options = options or ScanOptions()
    steps: list[FailoverStep] = []
    engine = await get_engine(first)
    names = chain_of(engine.profile)
    result: ScanResult | None = None
    for index, name in enumerate(names):
        last = index == len(names) - 1
        if index > 0:
            try:
                engine = await get_engine(name)
            except EngineError as err:  # a fallback that cannot be made (no key, no such profile): say so
                result = _failed(Profile(name=name, vendor=engine.profile.vendor), err)
                result.answered_by = name
                break
        profile = engine.profile
        if profile.vendor != "local" and gate is not None:
            verdict = await gate(profile)
            gate = None  # judged once: the same picture goes to every fallback
            if not verdict.passed:
                result = blocked_result(profile, verdict)
                break
        async with guard(engine) if guard is not None else contextlib.nullcontext():
            result = await read_document(engine, still, options, today=today)
        result.answered_by = name
        error = result.error
        if result.outcome == "failed" and error is not None and error.category in FAILOVER_CATEGORIES and not last:
            steps.append(FailoverStep(name, error.category, error.message))
            continue
        break
    assert result is not None
    result.failover = steps
    return result
