"""The shared transport with real sockets: retries, Retry-After, timeouts, connect errors, rate limit, redaction."""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import random
import socket

import httpx
import pytest

from desktop_app.engines.base import Profile
from desktop_app.engines.errors import EngineError
from desktop_app.engines.transport import (
    RateLimiter,
    Redactor,
    RetryPolicy,
    Transport,
    make_client,
    make_timing,
    parse_retry_after,
    redact_raw,
)
from tests.fakes.server import FakeVendor, Reply, ScriptedFake

PROFILE = Profile(name="t", vendor="td")


def _classify(response: httpx.Response) -> EngineError | None:
    if response.status_code == 200:
        return None
    if response.status_code in (429, 503):
        return EngineError("rate_limited" if response.status_code == 429 else "server_error", retryable=True,
                           billed="no", http_status=response.status_code)
    return EngineError("invalid_request", billed="no", http_status=response.status_code,
                       detail=response.text)


def _policy(*steps: float) -> RetryPolicy:
    return RetryPolicy(backoff_s=steps or (0.05, 0.1, 0.2), max_delay_s=1.0)


async def _send(fake: FakeVendor, transport: Transport, *, path: str = "/x", **kw: object):
    attempts_built: list[int] = []

    def build(attempt: int) -> httpx.Request:
        attempts_built.append(attempt)
        return transport.client.build_request("POST", fake.base_url + path, content=b"{}")

    try:
        response, attempts = await transport.send(build, _classify, **kw)  # type: ignore[arg-type]
    finally:
        await transport.aclose()
    assert attempts_built == list(range(1, attempts + 1))
    return response, attempts


# ---------------------------------------------------------------------------------------------- policy


def test_backoff_steps_with_jitter_bounds():
    policy = RetryPolicy(rng=random.Random(7))
    for attempt, base in ((1, 1.0), (2, 2.0), (3, 4.0), (4, 4.0)):
        delays = [policy.delay(attempt) for _ in range(200)]
        assert all(base * 0.8 <= d <= base * 1.2 for d in delays)
        assert max(delays) - min(delays) > base * 0.2  # jitter really varies


def test_retry_after_bounded_by_max_delay():
    policy = RetryPolicy(max_delay_s=5.0)
    assert policy.delay(1, 2.5) == 2.5
    assert policy.delay(1, 120.0) == 5.0


def test_parse_retry_after():
    now = dt.datetime(2026, 11, 21, 8, 0, 0, tzinfo=dt.UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("0.5") == 0.5
    assert parse_retry_after("Sat, 21 Nov 2026 08:00:07 GMT", now=now) == 7.0
    assert parse_retry_after("Sat, 21 Nov 2026 07:59:00 GMT", now=now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("-1") is None


def test_make_timing():
    timing = make_timing(2)
    assert timing.attempts == 2
    assert timing.latency_ms is None


def test_make_client_defaults():
    client = make_client()
    assert client.timeout.connect == 10.0
    assert client.timeout.read == 30.0
    assert not client.follow_redirects


# ---------------------------------------------------------------------------------------------- retries


async def test_retries_503_then_succeeds():
    with ScriptedFake(Reply.json({}, 503), Reply.json({}, 503), Reply.json({"ok": True})) as fake:
        response, attempts = await _send(fake, Transport(PROFILE, policy=_policy()))
    assert response.json() == {"ok": True}
    assert attempts == 3
    a, b, c = (r.arrived for r in fake.requests)
    assert b - a >= 0.04 - 0.005
    assert c - b >= 0.08 - 0.005


async def test_gives_up_after_max_attempts():
    with ScriptedFake(Reply.json({}, 429)) as fake, pytest.raises(EngineError) as info:
        await _send(fake, Transport(PROFILE, policy=_policy()))
    assert info.value.category == "rate_limited"
    assert len(fake.requests) == 3
    assert info.value.attempts == 3


async def test_503_three_times_reports_three_attempts():
    with ScriptedFake(Reply.json({}, 503)) as fake, pytest.raises(EngineError) as info:
        await _send(fake, Transport(PROFILE, policy=_policy()))
    assert (info.value.category, info.value.http_status, info.value.attempts) == ("server_error", 503, 3)
    assert len(fake.requests) == 3


async def test_non_retryable_is_not_repeated():
    with ScriptedFake(Reply.json({}, 400)) as fake, pytest.raises(EngineError) as info:
        await _send(fake, Transport(PROFILE, policy=_policy()))
    assert info.value.category == "invalid_request"
    assert info.value.attempts == 1
    assert len(fake.requests) == 1


async def test_retry_after_http_date_is_honoured():
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
    header = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    with ScriptedFake(Reply.json({}, 503, headers={"Retry-After": header}), Reply.json({})) as fake:
        await _send(fake, Transport(PROFILE, policy=_policy()))
    first, second = fake.requests
    # the date has one-second resolution: at least one second must pass (backoff alone is 50 ms)
    assert second.arrived - first.arrived >= 0.9


async def test_connect_error_is_network_and_retried():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    transport = Transport(PROFILE, policy=_policy(0.01, 0.01))
    built: list[int] = []

    def build(attempt: int) -> httpx.Request:
        built.append(attempt)
        return transport.client.build_request("GET", f"http://127.0.0.1:{port}/")

    with pytest.raises(EngineError) as info:
        await transport.send(build, _classify)
    await transport.aclose()
    assert info.value.category == "network"
    assert info.value.retryable
    assert info.value.billed == "no"
    assert built == [1, 2, 3]


async def test_read_timeout_not_repeated_by_default():
    with ScriptedFake(Reply.json({}, delay_s=1.0)) as fake, pytest.raises(EngineError) as info:
        await _send(fake, Transport(Profile(name="t", vendor="td", read_timeout_s=0.2), policy=_policy()))
    assert (info.value.category, info.value.billed) == ("timeout", "unknown")
    assert len(fake.requests) == 1


async def test_read_timeout_repeated_once_when_vendor_does_not_bill():
    with ScriptedFake(Reply.json({}, delay_s=1.0)) as fake, pytest.raises(EngineError) as info:
        await _send(fake, Transport(Profile(name="t", vendor="td", read_timeout_s=0.2), policy=_policy()),
                    retry_read_timeout=True)
    assert info.value.category == "timeout"
    assert len(fake.requests) == 2


async def test_read_timeout_then_success():
    with ScriptedFake(Reply.json({}, delay_s=1.0), Reply.json({"ok": 1})) as fake:
        _, attempts = await _send(fake, Transport(Profile(name="t", vendor="td", read_timeout_s=0.2,
                                                          retry_after_read_timeout=True), policy=_policy()))
    assert attempts == 2


# ---------------------------------------------------------------------------------------------- rate limit


async def test_rate_limiter_spaces_requests_on_the_server_side():
    with ScriptedFake(Reply.json({})) as fake:
        transport = Transport(PROFILE, limiter=RateLimiter(10.0, burst=1), policy=_policy())
        for _ in range(6):
            await transport.send(lambda _a: transport.client.build_request("GET", fake.base_url), _classify)
        await transport.aclose()
    arrivals = [r.arrived for r in fake.requests]
    # The bucket spaces the sends 100 ms apart; what the server sees also carries each request's own path
    # latency (the first one opens the connection), so check the span over the later ones and that no two
    # came as a burst.
    assert arrivals[-1] - arrivals[1] >= 4 * 0.1 - 0.03
    assert all(b - a >= 0.05 for a, b in itertools.pairwise(arrivals))


def test_rate_limiter_reservations():
    now = [0.0]
    limiter = RateLimiter(5.0, burst=2, clock=lambda: now[0])
    assert [limiter.reserve() for _ in range(4)] == pytest.approx([0.0, 0.0, 0.2, 0.4])
    now[0] = 10.0
    assert limiter.reserve() == 0.0


def test_profile_rate_limit_wins():
    transport = Transport(Profile(name="r", vendor="tencent", rate_limit_per_s=2.0), default_rate_per_s=5.0)
    assert transport.limiter is not None
    assert transport.limiter.rate_per_s == 2.0
    assert Transport(Profile(name="r2", vendor="tencent"), default_rate_per_s=5.0).limiter.rate_per_s == 5.0  # type: ignore[union-attr]


# ---------------------------------------------------------------------------------------------- redaction


def test_redactor_forms():
    secret = "k/y+z= &x"
    red = Redactor([secret], query_params=["partner_key"])
    text = f"raw {secret} quoted k%2Fy%2Bz%3D+%26x pct k%2Fy%2Bz%3D%20%26x json {secret!r}"
    out = red.text(text)
    assert "k/y" not in out
    assert "k%2F" not in out
    url = "https://sg.apitd.net/ocr/v1?partner_code=hotel&partner_key=abcdef123&x=1"
    assert red.url(url) == "https://sg.apitd.net/ocr/v1?partner_code=hotel&partner_key=<redacted>&x=1"
    assert red.value({"a": [secret, {"b": f"x{secret}y"}], "n": 3}) == {"a": ["<redacted>", {"b": "x<redacted>y"}],
                                                                         "n": 3}


def test_redact_raw_summarises_base64():
    red = Redactor(["topsecretvalue"])
    blob = "QUJD" * 300
    raw = {"image": blob, "uri": "data:image/jpeg;base64," + blob, "note": "topsecretvalue", "short": "QUJD",
           "list": [{"x": blob}], "n": None}
    out = redact_raw(raw, red)
    assert out["image"] == "<base64 900 bytes>"
    assert out["uri"] == "<base64 900 bytes>"
    assert out["note"] == "<redacted>"
    assert out["short"] == "QUJD"
    assert out["list"][0]["x"] == "<base64 900 bytes>"
    assert raw["image"] == blob  # a copy, the input is untouched


async def test_query_secret_redacted_from_httpx_logs_and_errors(caplog):
    caplog.set_level(logging.DEBUG)
    secret = "PK-very-secret-0042"
    with ScriptedFake(Reply.json({}, 400, headers={}), Reply.json({})) as fake:
        fake.replies = [Reply(400, f"bad key {secret}".encode())]
        transport = Transport(PROFILE, redactor=Redactor([secret], query_params=["partner_key"]), policy=_policy())

        def build(attempt: int) -> httpx.Request:
            return transport.client.build_request("POST", fake.base_url + "/ocr",
                                                  params={"partner_code": "c", "partner_key": secret})

        with pytest.raises(EngineError) as info:
            await transport.send(build, _classify)
        await transport.aclose()
    assert fake.requests[0].query["partner_key"] == [secret]  # it did go out
    assert any("HTTP Request" in r.getMessage() for r in caplog.records)  # httpx logged the URL...
    assert secret not in caplog.text  # ...redacted
    assert "partner_key=<redacted>" in caplog.text
    assert secret not in (info.value.detail or "")
    assert secret not in str(info.value)


async def test_a_classifier_crash_is_a_bad_response():
    def crash(response: httpx.Response) -> EngineError | None:
        return response.json()["missing"]  # type: ignore[no-any-return]

    with ScriptedFake(Reply.json({"x": 1})) as fake:
        transport = Transport(PROFILE, policy=_policy())
        with pytest.raises(EngineError) as info:
            await transport.send(lambda _a: transport.client.build_request("GET", fake.base_url), crash)
        await transport.aclose()
    assert info.value.category == "bad_response"
    assert info.value.detail == "unreadable answer (KeyError)"
    assert len(fake.requests) == 1


async def test_a_sent_body_is_forgotten_once_the_answer_is_in_and_each_retry_sends_it_whole():
    body = b"data:image/jpeg;base64," + b"A" * 200_000
    with ScriptedFake(Reply.json({}, 503), Reply.json({"ok": True})) as fake:
        transport = Transport(PROFILE, policy=_policy())

        def build(attempt: int) -> httpx.Request:
            return transport.client.build_request("POST", fake.base_url + "/x", content=body)

        try:
            response, attempts = await transport.send(build, _classify)
        finally:
            await transport.aclose()
    assert attempts == 2
    assert [len(r.body) for r in fake.requests] == [len(body), len(body)]
    assert response.json() == {"ok": True}
    assert response.request.content == b""  # the image no longer lives on in httpx's request/response cycle
