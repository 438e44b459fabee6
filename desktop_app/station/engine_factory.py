"""The one way to make an engine from a profile name: the GUI's `EnginePool`, the Settings connection test and
the CLI all call `EngineFactory.engine_for`, so the same file and profile read the same everywhere.

What it adds to `engines.registry.create_engine`: the profile looked up by name (`local` needs none), the
station's defaults (a TD profile without a country gets `default_td_country`) and the keys read from the
keyring off the calling thread (injectable: tests and tools pass their own reader).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from desktop_app.engines.errors import OPERATOR_SENTENCES, EngineError
from desktop_app.engines.profile import LOCAL_PROFILE, SECRET_NAMES, VENDOR_LABELS, Profile

if TYPE_CHECKING:
    import httpx

    from desktop_app.engines.base import Engine
    from desktop_app.station.profiles import ProfileStore
    from desktop_app.station.settings import StationSettings

# The engine facts the ui shows (Settings), passed on so the ui imports the station only.
__all__ = ["OPERATOR_SENTENCES", "SECRET_NAMES", "VENDOR_LABELS", "EngineError", "EngineFactory", "Profile",
           "UnknownProfile", "keyring_secrets"]

SecretReader = Callable[[Profile], Mapping[str, str]]


class UnknownProfile(EngineError):
    """No profile has that name (the CLI turns it into a usage error, the GUI into a failed scan)."""

    def __init__(self, name: str) -> None:
        super().__init__("config", f"There is no profile named {name!r}; choose another one in Settings.")
        self.name = name


def keyring_secrets(profile: Profile) -> Mapping[str, str]:
    """The profile's keys from the OS keyring; EngineError("keyring") with the sentence when they are missing."""
    from desktop_app.station.credentials import CredentialError, get_secrets

    try:
        return get_secrets(profile)
    except CredentialError as err:
        raise EngineError("keyring", err.message) from err


class EngineFactory:
    """Profiles by name with the station's defaults applied, and engines made from them."""

    def __init__(self, *, profiles: ProfileStore | None = None,
                 settings: Callable[[], StationSettings] | None = None,
                 read_secrets: SecretReader = keyring_secrets) -> None:
        self._profiles = profiles
        self._settings = settings
        self._read_secrets = read_secrets

    def _station_settings(self) -> StationSettings:
        if self._settings is None:
            from desktop_app.station.settings import SettingsStore

            self._settings = SettingsStore().load
        return self._settings()

    def profile(self, name: str) -> Profile:
        """The named profile with the station's defaults filled in; UnknownProfile when there is none."""
        if name == LOCAL_PROFILE:
            return Profile(name=LOCAL_PROFILE, vendor="local")
        if self._profiles is None:
            from desktop_app.station.profiles import ProfileStore

            self._profiles = ProfileStore()
        found = self._profiles.get(name)
        if found is None:
            raise UnknownProfile(name)
        if found.vendor == "td" and not found.country:
            country = self._station_settings().default_td_country
            if country:  # TD needs a country per request; the station's default fills a profile without one
                found = dataclasses.replace(found, country=country)
        return found

    async def engine_for(self, name: str, *, client: httpx.AsyncClient | None = None) -> Engine:
        """The engine for profile `name`; EngineError ("config", "auth", "keyring") with one sentence when it
        cannot be made. `client` is a shared HTTP client; without one a vendor engine makes and owns its own."""
        import asyncio  # here: the window shows before the event-loop machinery loads

        from desktop_app.engines.registry import create_engine

        profile = self.profile(name)
        secrets: Mapping[str, str] = {}
        if profile.vendor != "local":
            secrets = await asyncio.to_thread(self._read_secrets, profile)
        if client is None and profile.vendor != "local":
            # The engine's own client loads the CA bundle too: off the calling (GUI) thread.
            return await asyncio.to_thread(create_engine, profile, secrets)
        return create_engine(profile, secrets, client=client)

