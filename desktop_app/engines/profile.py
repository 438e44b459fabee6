"""What configures a read: a `Profile` (non-secret engine settings) and `ScanOptions`.

Plain data with no numpy, Pillow or HTTP import, so station and ui code can import it at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from desktop_app.domain.schema import Vendor

DocumentHint = Literal["auto", "passport", "national_id", "driver_license"]
LOCAL_PROFILE = "local"  # the offline engine: always there, needs no profile entry and no keys
LOCAL_WORK_LONG_SIDE = 1600  # the offline engine reads every image from a copy at most this long (engines/local)


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
    failover: tuple[str, ...] = ()  # profiles that read the scan, in order, when this one cannot (busy, down...)


@dataclass(frozen=True, slots=True)
class ScanOptions:
    document: DocumentHint = "auto"
    side: Literal["front", "back"] | None = None


def decode_long_side(profile: Profile) -> int | None:
    """The most pixels on an image's longer side that a read with `profile` uses (the intake may decode a large
    JPEG smaller, `imaging.intake.decode_still`), or None: vendors are sent the picture as the file holds it."""
    return LOCAL_WORK_LONG_SIDE if profile.vendor == "local" else None


# What the operator calls each vendor (Settings, the profile list).
VENDOR_LABELS: dict[Vendor, str] = {"structocr": "StructOCR", "td": "TrustDecision (TD)", "tencent": "Tencent Cloud",
                                    "accuauth": "AccuAuth", "local": "offline"}

# AccuAuth's host countries: profile value -> (ICAO alpha-3, the document it reads).
ACCUAUTH_COUNTRIES: dict[str, tuple[str, str]] = {
    "ecuador": ("ECU", "Ecuador cédula"),
    "philippine": ("PHL", "Philippines ID"),
    "mexico": ("MEX", "Mexico INE/IFE voter card"),
    "nigeria": ("NGA", "Nigeria ID"),
}

# The key names each vendor needs in the keyring (`scanstation keys set NAME` reads KEY=VALUE lines).
SECRET_NAMES: dict[Vendor, tuple[str, ...]] = {
    "structocr": ("api_key",),
    "td": ("partner_code", "partner_key"),
    "tencent": ("secret_id", "secret_key"),
    "accuauth": ("api_id", "api_secret"),
    "local": (),
}
