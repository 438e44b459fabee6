"""Make the engine a profile names: `create_engine(profile, secrets, client=None) -> Engine`.

Vendor modules are imported lazily, so the offline engine starts without the cloud code and the reverse.
The rule for base URLs lives in `engines.base_url` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from desktop_app.domain.notices import QT_TRANSLATE_NOOP, Notice
from desktop_app.engines.base import SECRET_NAMES, Engine, Profile
from desktop_app.engines.base_url import base_url_problem, is_loopback_host
from desktop_app.engines.errors import PROFILE_PROBLEM, EngineError

if TYPE_CHECKING:  # the vendor modules (and httpx) load only when an engine is made
    import httpx

__all__ = ["base_url_problem", "create_engine", "is_loopback_host"]


def _require(profile: Profile, secrets: Mapping[str, str]) -> None:
    missing = [key for key in SECRET_NAMES[profile.vendor] if not secrets.get(key)]
    if missing:
        raise EngineError("auth", Notice(QT_TRANSLATE_NOOP("Notices", "The profile %1 has no %2; set the keys with "
                                                                     "'scanstation keys set %3' or in Settings."),
                                         repr(profile.name), ", ".join(missing), profile.name))


def create_engine(profile: Profile, secrets: Mapping[str, str], client: httpx.AsyncClient | None = None) -> Engine:
    """The engine for `profile`; EngineError("config"/"auth") with a sentence when it cannot be made."""
    if profile.base_url is not None:
        problem = base_url_problem(profile.base_url)
        if problem:
            raise EngineError("config", Notice(PROFILE_PROBLEM, repr(profile.name), problem))
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
        raise EngineError("config", Notice(QT_TRANSLATE_NOOP("Notices", "Profile %1 names an unknown vendor %2."),
                                           repr(profile.name), repr(profile.vendor)))
    return engine
