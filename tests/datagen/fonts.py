"""Locate system fonts (never shipped in the repo): OCR-B from Debian's fonts-ocr-b, a sans for the visual zone."""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

from PIL import ImageFont

_OCRB_CANDIDATES = ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", "/usr/share/fonts/opentype/ocr-b/OCRBS.otf")
_SANS_CANDIDATES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                    "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf")
_SANS_BOLD_CANDIDATES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                         "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf")


class FontMissing(RuntimeError):
    pass


def _fc_match(pattern: str) -> str | None:
    if shutil.which("fc-match") is None:
        return None
    out = subprocess.run(["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, check=False)
    return out.stdout.strip() or None


@functools.cache
def ocrb_paths() -> tuple[str, ...]:
    """All installed OCR-B faces suitable for an MRZ (regular and sharp)."""
    found = tuple(p for p in _OCRB_CANDIDATES if Path(p).exists())
    if not found:
        match = _fc_match("OCR B")
        if match and "ocr" in match.lower():
            found = (match,)
    return found


def ocrb_available() -> bool:
    return bool(ocrb_paths())


@functools.cache
def _path(candidates: tuple[str, ...], pattern: str) -> str | None:
    for p in candidates:
        if Path(p).exists():
            return p
    return _fc_match(pattern)


@functools.cache
def font(kind: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """kind: 'ocrb', 'ocrb_sharp', 'sans', 'sans_bold'."""
    if kind.startswith("ocrb"):
        paths = ocrb_paths()
        if not paths:
            raise FontMissing("OCR-B font not found: install Debian's fonts-ocr-b")
        path = paths[-1] if kind == "ocrb_sharp" else paths[0]
        return ImageFont.truetype(path, size)
    path = _path(_SANS_BOLD_CANDIDATES if kind == "sans_bold" else _SANS_CANDIDATES,
                 "sans:bold" if kind == "sans_bold" else "sans")
    if path is None:
        return ImageFont.load_default(size)
    return ImageFont.truetype(path, size)
