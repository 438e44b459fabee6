"""The transport's limits against hostile servers on 127.0.0.1 (issue 12): a whole-call deadline, bounded
answers, certificates and TLS, redirects, and the four vendors agreeing on an HTML 502."""

from __future__ import annotations

import json
import ssl
import subprocess
import sys
import time

import httpx
import pytest

from desktop_app.engines.accuauth import AccuAuthEngine
from desktop_app.engines.base import Engine, Profile
from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.structocr import StructOcrEngine
from desktop_app.engines.td import TdEngine
from desktop_app.engines.tencent import TencentEngine
from desktop_app.engines.transport import CERTIFICATE_SENTENCE, TLS_SENTENCE, RetryPolicy, Transport
from desktop_app.imaging.intake import Still
from tests.conftest import REPO_ROOT
from tests.engines.helpers import scan_error_once
from tests.fakes.hostile import BombServer, DripServer, TlsServer, gzip_bomb, self_signed_certificate
from tests.fakes.server import Reply, ScriptedFake

PROFILE = Profile(name="t", vendor="structocr")


def _policy(deadline_s: float = 45.0) -> RetryPolicy:
    return RetryPolicy(backoff_s=(0.05, 0.1, 0.2), max_delay_s=1.0, deadline_s=deadline_s)


def _accept(response: httpx.Response) -> EngineError | None:
    return None


async def _call(transport: Transport, url: str) -> httpx.Response:
    try:
        response, _ = await transport.send(lambda _a: transport.client.build_request("POST", url, content=b"{}"),
                                           _accept)
    finally:
        await transport.aclose()
    return response


async def _call_error(transport: Transport, url: str) -> EngineError:
    with pytest.raises(EngineError) as info:
        await _call(transport, url)
    return info.value


# ---------------------------------------------------------------------------------------------- deadline


async def test_a_slow_drip_ends_as_timeout_within_the_deadline():
    """One byte every 0.5 s never trips the 3 s per-read timeout; the 2.5 s deadline ends the call anyway."""
    profile = Profile(name="t", vendor="structocr", read_timeout_s=3.0)
    with DripServer(interval_s=0.5) as server:
        t0 = time.monotonic()
        err = await _call_error(Transport(profile, policy=_policy(deadline_s=2.5)), server.base_url + "/ocr")
        elapsed = time.monotonic() - t0
    assert err.category == "timeout"
    assert str(err) == OPERATOR_SENTENCES["timeout"]
    assert err.billed == "unknown"
    assert err.attempts == 1
    assert 2.5 <= elapsed < 3.5
    assert server.bytes_sent >= 3  # it really was dripping: no single read waited 3 s
    assert server.connections == 1


async def test_the_deadline_covers_retries_and_their_backoff():
    """A 503 with Retry-After 2 s would mean 3 attempts over 4 s: with a 1 s deadline the wait is not even begun."""
    with ScriptedFake(Reply.json({}, 503, headers={"Retry-After": "2"})) as fake:
        policy = RetryPolicy(backoff_s=(0.05,), max_delay_s=30.0, deadline_s=1.0)
        transport = Transport(PROFILE, policy=policy)
        t0 = time.monotonic()
        with pytest.raises(EngineError) as info:
            await transport.send(lambda _a: transport.client.build_request("GET", fake.base_url),
                                 lambda r: EngineError("server_error", retryable=True, http_status=r.status_code))
        await transport.aclose()
    assert time.monotonic() - t0 < 0.8
    assert (info.value.category, info.value.attempts) == ("server_error", 1)  # the real cause, not "timeout"
    assert len(fake.requests) == 1


# ---------------------------------------------------------------------------------------------- size


def test_a_gzip_bomb_is_refused_with_bounded_memory():
    """1 MB of gzip that expands to 1 GB: one request, `bad_response`, and the process grows by far less than
    the bomb (it grew ~2 GB before: the answer was decoded whole). httpx unpacks one 64 KB network read at a
    time (zlib expands at most ~1000 times), so the peak stays near the cap plus one read's expansion."""
    run = subprocess.run([sys.executable, "-m", "tests.engines.bomb_probe", "1024"], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=120, check=True)
    outcome = json.loads(run.stdout)
    assert outcome["category"] == "bad_response"
    assert outcome["sentence"].startswith("The service sent an answer larger than 32 MB")
    assert outcome["requests"] == 1
    assert outcome["attempts"] == 1
    assert outcome["bomb_bytes"] < 2 * 1024 * 1024
    assert outcome["peak_rss_growth_mb"] < 200, outcome


async def test_the_cap_counts_decoded_bytes_and_smaller_answers_pass():
    bomb = gzip_bomb(4 * 1024 * 1024)
    with BombServer(bomb) as server:
        big = await _call_error(Transport(PROFILE, policy=_policy(), max_answer_bytes=1024 * 1024),
                                server.base_url)
        whole = await _call(Transport(PROFILE, policy=_policy(), max_answer_bytes=8 * 1024 * 1024), server.base_url)
    assert big.category == "bad_response"
    assert "larger than 1 MB" in str(big)
    assert whole.content == bytes(4 * 1024 * 1024)  # decoded, usable as before
    assert "content-encoding" not in whole.headers
    assert len(server.requests) == 2  # the refused answer was not asked for again


async def test_a_declared_length_past_the_cap_is_not_read():
    with ScriptedFake(Reply(200, b"x" * 5000, {"Content-Type": "application/json"})) as fake:
        err = await _call_error(Transport(PROFILE, policy=_policy(), max_answer_bytes=1000), fake.base_url)
    assert (err.category, err.attempts, len(fake.requests)) == ("bad_response", 1, 1)


@pytest.mark.parametrize(("coding", "body"), [
    ("gzip, gzip", gzip_bomb(1024)),  # stacked codings multiply the expansion of one read
    ("gzip", b"this is not gzip at all"),  # undecodable: an EngineError, never an httpx exception
])
async def test_answers_that_cannot_be_unpacked_safely_are_bad_responses(coding, body):
    with BombServer(body, coding=coding) as server:
        err = await _call_error(Transport(PROFILE, policy=_policy()), server.base_url)
    assert (err.category, err.retryable, err.attempts) == ("bad_response", False, 1)
    assert str(err) == OPERATOR_SENTENCES["bad_response"]
    assert len(server.requests) == 1


# ---------------------------------------------------------------------------------------------- TLS


async def test_a_self_signed_certificate_is_named_and_not_retried(tmp_path):
    cert, key = self_signed_certificate(tmp_path)
    with TlsServer(cert, key) as server:
        err = await _call_error(Transport(PROFILE, policy=_policy()), server.base_url + "/ocr")
        # The same server with its certificate trusted answers: the refusal was the certificate's alone.
        async with httpx.AsyncClient(verify=ssl.create_default_context(cafile=str(cert))) as trusting:
            ok = await _call(Transport(PROFILE, client=trusting, policy=_policy()), server.base_url + "/ocr")
    assert err.category == "network"
    assert str(err) == CERTIFICATE_SENTENCE
    assert "certificate" in str(err)
    assert "check the network" not in str(err)
    assert (err.retryable, err.attempts, err.billed) == (False, 1, "no")
    assert "self-signed" in (err.detail or "")
    assert server.connections == 2  # exactly one try for the refused call, one for the trusted one
    assert server.handshakes_failed == 1
    assert server.requests == 1  # only the trusted client ever sent a request
    assert ok.json() == {"ok": True}


async def test_https_to_a_plain_http_port_is_a_tls_problem_not_retried():
    with ScriptedFake(Reply.json({})) as fake:
        err = await _call_error(Transport(PROFILE, policy=_policy()), fake.base_url.replace("http:", "https:"))
    assert (err.category, str(err), err.attempts) == ("network", TLS_SENTENCE, 1)


# ---------------------------------------------------------------------------------------------- vendors


def _engine(vendor: str, base_url: str) -> Engine:
    policy = _policy()
    if vendor == "structocr":
        return StructOcrEngine(Profile(name="s", vendor="structocr", base_url=base_url), {"api_key": "k-1"},
                               policy=policy)
    if vendor == "td":
        return TdEngine(Profile(name="d", vendor="td", base_url=base_url, country="GB"),
                        {"partner_code": "pc", "partner_key": "pk-1"}, policy=policy)
    if vendor == "tencent":
        return TencentEngine(Profile(name="c", vendor="tencent", base_url=base_url),
                             {"secret_id": "AKIDtest", "secret_key": "sk-1"}, policy=policy)
    return AccuAuthEngine(Profile(name="a", vendor="accuauth", base_url=base_url, country="ecuador"),
                          {"api_id": "id-1", "api_secret": "as-1"}, policy=policy)


VENDORS = ("structocr", "td", "tencent", "accuauth")


@pytest.mark.parametrize("status", [302, 307])
@pytest.mark.parametrize("vendor", VENDORS)
async def test_a_redirect_says_check_the_base_url(vendor, status, still: Still):
    with ScriptedFake(Reply(status, b"", {"Location": "https://elsewhere.example/ocr"})) as fake:
        err = await scan_error_once(_engine(vendor, fake.base_url), still)
    assert (err.category, err.http_status, err.retryable, err.attempts) == ("config", status, False, 1)
    assert "redirected" in str(err)
    assert "base URL" in str(err)
    assert "did not accept" not in str(err)
    assert len(fake.requests) == 1  # never followed, never repeated


@pytest.mark.parametrize("vendor", VENDORS)
async def test_an_html_502_is_a_server_error_retried_by_every_vendor(vendor, still: Still):
    page = Reply(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", {"Content-Type": "text/html"})
    with ScriptedFake(page) as fake:
        err = await scan_error_once(_engine(vendor, fake.base_url), still)
    assert (err.category, err.http_status, err.retryable, err.attempts) == ("server_error", 502, True, 3)
    assert str(err) == OPERATOR_SENTENCES["server_error"]
    assert len(fake.requests) == 3
