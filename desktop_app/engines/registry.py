"""Make the engine a profile names: `create_engine(profile, secrets, client=None) -> Engine`.

Vendor modules are imported lazily, so the offline engine starts without the cloud code and the reverse.
Also the one rule for base URLs: https, or http only to a loopback host (fakes, a local proxy).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from desktop_app.engines.base import SECRET_NAMES, Engine, Profile
from desktop_app.engines.errors import EngineError

if TYPE_CHECKING:  # the vendor modules (and httpx) load only when an engine is made
    import httpx

VENDOR_LABELS = {"structocr": "StructOCR", "td": "TD", "tencent": "Tencent Cloud", "accuauth": "AccuAuth",
                 "local": "offline"}


def is_loopback_host(host: str) -> bool:
    """A loopback IP literal (127.0.0.0/8, ::1) or the literal name `localhost`.

    `localhost` is answered from the hosts file (Linux, macOS) or by the resolver itself (Windows) on every
    system the station runs on, so it never leaves the computer. `*.localhost` is NOT: glibc sends such names
    to DNS, which may answer with any address, and the keys would then travel in plain http."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def base_url_problem(url: str) -> str | None:
    """None when `url` is an acceptable base URL, else a sentence saying what is wrong."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        _ = parts.port  # raises ValueError on a bad port
    except ValueError:
        return f"the base URL {url!r} is not a valid URL"
    if parts.scheme not in ("https", "http") or not host:
        return f"the base URL {url!r} must start with https:// and name a host"
    if parts.username or parts.password:
        return "the base URL must not contain a user name or password; keys go in the keyring ('scanstation keys set')"
    if parts.query or parts.fragment:
        return "the base URL must not contain a query string or fragment; keys go in the keyring"
    if parts.scheme == "http" and not is_loopback_host(host):
        return (f"the base URL {url!r} uses plain http; use https (http is only allowed to this computer, "
                "e.g. http://127.0.0.1:8080)")
    return None


def _require(profile: Profile, secrets: Mapping[str, str]) -> None:
    missing = [key for key in SECRET_NAMES[profile.vendor] if not secrets.get(key)]
    if missing:
        raise EngineError(
            "auth", f"The profile {profile.name!r} has no {', '.join(missing)}; set the keys with "
                    f"'scanstation keys set {profile.name}' or in Settings.")


def create_engine(profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None) -> Engine:
    """The engine for `profile`; EngineError("config"/"auth") with a sentence when it cannot be made."""
    if profile.base_url is not None:
        problem = base_url_problem(profile.base_url)
        if problem:
            raise EngineError("config", f"Profile {profile.name!r}: {problem}.")
    _require(profile, secrets)
    engine: Engine
    if profile.vendor == "structocr":
        from desktop_app.engines.structocr import StructOcrEngine

        engine = StructOcrEngine(profile, secrets, client)
    elif profile.vendor == "accuauth":
        from desktop_app.engines.accuauth import AccuAuthEngine

        engine = AccuAuthEngine(profile, secrets, client)
    elif profile.vendor == "td":
        from desktop_app.engines.td import TdEngine

        engine = TdEngine(profile, secrets, client)
    elif profile.vendor == "tencent":
        from desktop_app.engines.tencent import TencentEngine

        engine = TencentEngine(profile, secrets, client)
    elif profile.vendor == "local":
        from desktop_app.engines.local import LocalEngine

        engine = LocalEngine(profile)
    else:
        raise EngineError("config", f"Profile {profile.name!r} names an unknown vendor {profile.vendor!r}.")
    return engine
