"""The engine registry: which engine a profile makes, missing secrets, the base URL rule, a shared client."""

from __future__ import annotations

import httpx
import pytest

from desktop_app.engines.accuauth import AccuAuthEngine
from desktop_app.engines.base import SECRET_NAMES, Profile, ScanOptions
from desktop_app.engines.errors import EngineError
from desktop_app.engines.registry import base_url_problem, create_engine, is_loopback_host
from desktop_app.engines.structocr import StructOcrEngine


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("127.9.9.9", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("LOCALHOST", True), ("10.0.0.1", False), ("localhost.example.com", False), ("example.com", False),
    # glibc sends *.localhost (and the absolute "localhost.") to DNS, which may answer with any address
    ("api.localhost", False), ("foo.localhost", False), ("localhost.", False), ("127.0.0.1.nip.io", False),
])
def test_loopback_hosts(host, loopback):
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(("url", "ok"), [
    ("https://api.structocr.com/v1", True), ("http://127.0.0.1:8080", True), ("http://[::1]:9/x", True),
    ("http://localhost", True), ("http://foo.localhost:8080", False), ("https://foo.localhost", True),
    ("http://example.com", False), ("https://u:p@example.com", False),
    ("https://example.com/?k=1", False), ("https://example.com:99999", False), ("file:///etc/passwd", False),
    ("example.com", False),
])
def test_base_url_rule(url, ok):
    assert (base_url_problem(url) is None) is ok


async def test_makes_vendor_engines_on_a_shared_client():
    async with httpx.AsyncClient() as client:
        structocr = create_engine(Profile(name="s", vendor="structocr"), {"api_key": "k"}, client)
        accuauth = create_engine(Profile(name="a", vendor="accuauth", country="ecuador"),
                                 {"api_id": "i", "api_secret": "s"}, client)
        assert isinstance(structocr, StructOcrEngine)
        assert isinstance(accuauth, AccuAuthEngine)
        assert structocr.transport.client is client
        assert accuauth.transport.client is client
        assert accuauth.url == "https://cloudapi.ecuador.accuauth.com/ocr/idcard"
        await structocr.aclose()
        await accuauth.aclose()
        assert not client.is_closed  # a shared client belongs to the caller


@pytest.mark.parametrize("vendor", ["td", "tencent"])
def test_makes_the_other_vendor_engines(vendor):
    pytest.importorskip(f"desktop_app.engines.{vendor}")
    secrets = {name: "value" for name in SECRET_NAMES[vendor]}
    engine = create_engine(Profile(name="x", vendor=vendor, country="PH" if vendor == "td" else None), secrets)
    assert engine.profile.vendor == vendor


@pytest.mark.parametrize("vendor", ["structocr", "td", "tencent", "accuauth"])
def test_missing_secrets_are_an_auth_error_with_a_sentence(vendor):
    with pytest.raises(EngineError) as info:
        create_engine(Profile(name="desk", vendor=vendor), {})
    err = info.value
    assert err.category == "auth"
    assert "scanstation keys set desk" in str(err)
    assert "Traceback" not in str(err)


def test_bad_base_url_is_a_config_error():
    with pytest.raises(EngineError) as info:
        create_engine(Profile(name="desk", vendor="structocr", base_url="http://api.example.com"), {"api_key": "k"})
    assert info.value.category == "config"
    assert "plain http" in str(info.value)


def test_unknown_accuauth_country_is_a_config_error():
    with pytest.raises(EngineError) as info:
        create_engine(Profile(name="desk", vendor="accuauth", country="peru"), {"api_id": "i", "api_secret": "s"})
    assert info.value.category == "config"


async def test_structocr_scan_of_an_unreachable_host_is_a_network_error(still):
    import socket

    from desktop_app.engines.transport import RetryPolicy

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    profile = Profile(name="s", vendor="structocr", base_url=f"http://127.0.0.1:{port}/v1")
    engine = StructOcrEngine(profile, {"api_key": "k"}, policy=RetryPolicy(backoff_s=(0.01,)))
    with pytest.raises(EngineError) as info:
        await engine.scan(still, ScanOptions())
    await engine.aclose()
    assert info.value.category == "network"
    assert info.value.billed == "no"
