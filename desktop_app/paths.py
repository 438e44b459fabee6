"""Where the bundled read-only resources are: the source tree, an installed wheel, or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder (samples, translations, sounds, icons)."""
    bundle_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if bundle_root:
        return Path(bundle_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_documents() -> list[Path]:
    """The bundled sample documents (generated, not real people)."""
    folder = resources_dir() / "samples"
    return sorted(p for p in folder.glob("*") if p.suffix.lower() in {".jpg", ".jpeg", ".png"})
