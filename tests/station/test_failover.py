"""`station.failover.read_scan`: which failures move a scan on to the next profile, and what the result says."""

from __future__ import annotations

import asyncio

import numpy as np
import pytest

from desktop_app.engines.base import Profile
from desktop_app.engines.errors import EngineError
from desktop_app.imaging.intake import Still
from desktop_app.station.engine_factory import UnknownProfile
from desktop_app.station.failover import read_scan
from tests.ui.helpers import ScriptedEngine

STILL = Still(np.full((400, 600, 3), 128, np.uint8), b"", "image/png")


def engines(*names: str, failover: tuple[str, ...] = ()) -> dict[str, ScriptedEngine]:
    made = {name: ScriptedEngine(name) for name in names}
    first = made[names[0]]
    first._profile = Profile(name=names[0], vendor="structocr", failover=failover)
    return made


def run(made: dict[str, ScriptedEngine], first: str):
    async def get(name: str) -> ScriptedEngine:
        if name not in made:
            raise UnknownProfile(name)
        return made[name]

    return asyncio.run(read_scan(get, first, STILL))


@pytest.mark.parametrize("category", ["rate_limited", "quota_exhausted", "network", "timeout", "server_error"])
def test_a_vendor_that_cannot_answer_hands_on(category):
    made = engines("a", "b", failover=("b",))
    made["a"].errors = [EngineError(category)]
    result = run(made, "a")
    assert (result.outcome, result.answered_by) == ("ok", "b")
    assert [(s.profile, s.category) for s in result.failover] == [("a", category)]
    assert (made["a"].calls, made["b"].calls) == (1, 1)


@pytest.mark.parametrize("category", ["auth", "bad_image", "config", "keyring", "bad_response", "invalid_request"])
def test_what_another_vendor_would_not_fix_stays(category):
    made = engines("a", "b", failover=("b",))
    made["a"].errors = [EngineError(category)]
    result = run(made, "a")
    assert (result.outcome, result.error.category, result.answered_by, result.failover) == (
        "failed", category, "a", [])
    assert made["b"].calls == 0


def test_the_last_profile_s_failure_is_the_answer_and_the_trail_is_kept():
    made = engines("a", "b", "c", failover=("b", "a", "c", "b"))  # repeats and itself are ignored
    made["a"].errors = [EngineError("server_error")]
    made["b"].errors = [EngineError("network")]
    made["c"].errors = [EngineError("timeout")]
    result = run(made, "a")
    assert (result.outcome, result.error.category, result.answered_by) == ("failed", "timeout", "c")
    assert [s.profile for s in result.failover] == ["a", "b"]
    assert [e.calls for e in made.values()] == [1, 1, 1]


def test_a_fallback_that_does_not_exist_is_said():
    made = engines("a", failover=("ghost",))
    made["a"].errors = [EngineError("quota_exhausted")]
    result = run(made, "a")
    assert (result.error.category, result.answered_by) == ("config", "ghost")
    assert "ghost" in result.error.message
    assert [s.profile for s in result.failover] == ["a"]
