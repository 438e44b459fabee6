"""The Linux bundle's diet, on PyInstaller's TOC entries `(dest, src, typecode)` (used by scanstation.spec).

- `without_unlinked`: leave out the libraries that no kept file links any more, directly or through other bundled
  libraries (the GTK stack once its Qt theme plugin is gone; libxml2, ICU and libusb once libsane is the system's).
- `without_dangling_links`: drop PyInstaller's symlinks whose target was left out.
- `debug_stripped`: strip the debug info of a file that carries it, unless auditwheel repaired the file (patched
  files sit in a `*.libs` folder or find one through an `$ORIGIN` rpath; stripping those is what breaks numpy's
  OpenBLAS under PyInstaller's own strip=True).

Needs binutils (`readelf`, `strip`), which PyInstaller needs on Linux anyway.
"""

from __future__ import annotations

import functools
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

Entry = tuple[str, str, str]  # (dest inside the bundle, source file or symlink target, typecode)
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")


@functools.cache
def _elf(src: str) -> tuple[frozenset[str], bool]:
    """The libraries `src` links directly (DT_NEEDED), and whether its debug info may be stripped."""
    out = subprocess.run(["readelf", "--dynamic", "--section-headers", "--wide", src],  # noqa: S603, S607 binutils
                         capture_output=True, text=True, check=True).stdout
    repaired = "$ORIGIN" in out or f".libs{os.sep}" in src
    return frozenset(_NEEDED.findall(out)), " .debug_info " in out and not repaired


def needed(src: str) -> frozenset[str]:
    return _elf(src)[0]


def strippable(src: str) -> bool:
    return _elf(src)[1]


def without_unlinked(files: list[Entry], symlinks: list[Entry],
                     prunable: Callable[[Entry], bool]) -> tuple[list[Entry], list[Entry]]:
    """(kept, left out): every file that is not `prunable` is kept, and so is every library it links, directly or
    through kept libraries; a symlink's name stands for its target. A library only something outside the bundle
    links (a system library's own dependency) is left out: the system package brings its own."""
    by_name = {os.path.basename(entry[0]): entry for entry in files}
    by_name |= {os.path.basename(name): by_name[os.path.basename(target)] for name, target, _kind in symlinks
                if os.path.basename(target) in by_name}
    todo = [entry for entry in files if not prunable(entry)]
    linked: set[str] = set()
    while todo:
        for name in needed(todo.pop()[1]) - linked:
            linked.add(name)
            if name in by_name:
                linked.add(os.path.basename(by_name[name][0]))
                todo.append(by_name[name])
    kept = [entry for entry in files if not prunable(entry) or os.path.basename(entry[0]) in linked]
    return kept, [entry for entry in files if entry not in kept]


def without_dangling_links(toc: list[Entry], bundled: list[Entry]) -> list[Entry]:
    """`toc` without the symlinks whose target is not among `bundled`."""
    dests = {Path(entry[0]).as_posix() for entry in bundled}
    return [entry for entry in toc if entry[2] != "SYMLINK" or Path(entry[1]).as_posix() in dests]


def debug_stripped(entry: Entry, folder: Path) -> Entry:
    """`entry`, or a copy of it in `folder` without debug info when `strippable`."""
    dest, src, kind = entry
    if kind == "SYMLINK" or not strippable(src):
        return entry
    copy = folder / dest
    copy.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["strip", "--strip-debug", "-o", str(copy), src], check=True)  # noqa: S603, S607 binutils
    return dest, str(copy), kind
