"""What every source of stills is to the station: a QObject with these signals and `start()` / `stop()`.

- `still_ready(Still)`: a decoded document (its `name` says where it came from: a file name, "scanner", ...).
- `failed(name, sentence)`: one document could not be read (it becomes a failed scan in the list).
- `error(sentence)`: the source itself has a problem (a folder gone, a scanner switched off).
The hot folder (`hotfolder.HotFolder`) and the scanner (`scanner_source.ScannerSource`) are sources; the
station's `SourceHub` owns them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import SignalInstance


class StillSource(Protocol):
    still_ready: SignalInstance
    failed: SignalInstance
    error: SignalInstance

    def start(self) -> None:
        """Begin delivering stills (watch a folder; scan the pages in a scanner)."""
        ...

    def stop(self) -> None:
        """Stop and let go of the device or folder; no signal follows."""
        ...
