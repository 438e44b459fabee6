"""The GUI's engines: one per profile, made by the station's `EngineFactory`, sharing one HTTP client."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop_app.engines.profile import Profile
from desktop_app.station.engine_factory import EngineFactory
from desktop_app.station.settings import StationSettings

if TYPE_CHECKING:
    import asyncio

    from desktop_app.engines.base import Engine


class EnginePool:
    """One engine per profile, all on the one shared HTTP client; made on first use (by the station's one
    `EngineFactory`), closed together."""

    def __init__(self, *, profiles: Any = None, client: Any = None,
                 settings: Callable[[], StationSettings] | None = None,
                 factory: EngineFactory | None = None) -> None:
        self.factory = factory or EngineFactory(profiles=profiles, settings=settings)
        self._client = client
        self._own_client = client is None
        self._engines: dict[str, Engine] = {}
        self._lock_: asyncio.Lock | None = None

    @property
    def _lock(self) -> asyncio.Lock:
        if self._lock_ is None:
            import asyncio  # lazily: the window shows before the event-loop machinery loads

            self._lock_ = asyncio.Lock()
        return self._lock_

    def profile(self, name: str) -> Profile:
        return self.factory.profile(name)

    async def engine(self, name: str) -> Engine:
        async with self._lock:
            engine = self._engines.get(name)
            if engine is not None:
                return engine
            if self._client is None and self.profile(name).vendor != "local":
                import asyncio

                from desktop_app.engines.transport import make_client

                # Loading the CA bundle takes 20-35 ms: off the GUI thread.
                self._client = await asyncio.to_thread(make_client)
            engine = await self.factory.engine_for(name, client=self._client)
            self._engines[name] = engine
            return engine

    async def forget(self, name: str) -> None:
        """Drop a cached engine (its profile or keys changed)."""
        engine = self._engines.pop(name, None)
        if engine is not None:
            await engine.aclose()

    async def aclose(self) -> None:
        engines, self._engines = list(self._engines.values()), {}
        for engine in engines:
            with contextlib.suppress(Exception):
                await engine.aclose()
        if self._own_client and self._client is not None:
            await self._client.aclose()
            self._client = None
