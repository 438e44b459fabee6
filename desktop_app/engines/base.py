"""What every engine is: bytes in, `ScanResult` out, `EngineError` on failure.

`Profile`, `ScanOptions` and `SECRET_NAMES` live in `engines.profile` (no numpy); re-exported here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from desktop_app.engines.profile import SECRET_NAMES, DocumentHint, Profile, ScanOptions

if TYPE_CHECKING:
    from desktop_app.domain.schema import ScanResult
    from desktop_app.imaging.intake import Still

__all__ = ["SECRET_NAMES", "DocumentHint", "Engine", "Profile", "ScanOptions"]


class Engine(Protocol):
    """An OCR engine bound to one profile. Implementations raise `EngineError`, never anything else."""

    @property
    def profile(self) -> Profile: ...

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        """Read one decoded still; vendor engines fit it to their limits (imaging.fit) before sending."""
        ...

    async def aclose(self) -> None: ...
