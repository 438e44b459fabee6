"""What every engine is: bytes in, `ScanResult` out, `EngineError` on failure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

from desktop_app.domain.schema import ScanResult, Vendor
from desktop_app.imaging.intake import Still

DocumentHint = Literal["auto", "passport", "national_id", "driver_license"]


@dataclass(frozen=True, slots=True)
class Profile:
    """A configured engine: non-secret settings only (secrets live in the keyring)."""

    name: str
    vendor: Vendor
    base_url: str | None = None
    action: str | None = None  # vendor endpoint/action, e.g. "passport", "MLIDPassportOCR", "ocr/idcard"
    country: str | None = None  # TD: alpha-2; AccuAuth: host country ("ecuador")
    region: str | None = None  # Tencent X-TC-Region
    options: dict[str, str] = field(default_factory=dict)
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    rate_limit_per_s: float | None = None
    retry_after_read_timeout: bool = False


@dataclass(frozen=True, slots=True)
class ScanOptions:
    document: DocumentHint = "auto"
    side: Literal["front", "back"] | None = None


# The key names each vendor needs in the keyring (`scanstation keys set NAME` reads KEY=VALUE lines).
SECRET_NAMES: dict[Vendor, tuple[str, ...]] = {
    "structocr": ("api_key",),
    "td": ("partner_code", "partner_key"),
    "tencent": ("secret_id", "secret_key"),
    "accuauth": ("api_id", "api_secret"),
    "local": (),
}


class Engine(Protocol):
    """An OCR engine bound to one profile. Implementations raise `EngineError`, never anything else."""

    @property
    def profile(self) -> Profile: ...

    async def scan(self, still: Still, options: ScanOptions) -> ScanResult:
        """Read one decoded still; vendor engines fit it to their limits (imaging.fit) before sending."""
        ...

    async def aclose(self) -> None: ...
