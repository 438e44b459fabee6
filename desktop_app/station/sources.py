"""The station's sources of stills: the camera feed, the hot folder, the scanner and the documents the operator
opens, drops or pastes, made, restarted and stopped as the settings say. The window asks the hub (`start_camera()`,
`scan()`, `open_paths()`, `paste()`) and gets its signals; it builds no source itself.

```
HotFolder ─────┐                      still_ready(Still, live=False) ──> the window submits it to the session
ScannerSource ─┼─> SourceHub ──> failed_scan(name, sentence)      ──> a failed scan in the list
FileSource ────┘                   message(sentence)              ──> the status bar
```
Sentences are `Notice`s where the station made them (`station.notice_texts` shows them translated).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal

from desktop_app.capture.files import NAMED
from desktop_app.domain.notices import Notice

if TYPE_CHECKING:
    from desktop_app.capture.hotfolder import HotFolder
    from desktop_app.capture.scanner_source import ScannerSource
    from desktop_app.station.camera_feed import CameraFeed
    from desktop_app.station.settings import StationSettings


def list_scanners() -> list[tuple[str, str]]:
    """(choice, label) of each scanner the system's drivers list (SANE; WIA on Windows) and each network (eSCL)
    scanner mDNS announces. Blocking: run it in a worker thread. A network scanner can also be chosen by its
    address (`scanner_choice`)."""
    from desktop_app.capture.scanner_choice import choice_of, local_scanners

    return [(choice_of(device), device.label) for device in local_scanners()]


def scanner_choice(text: str) -> str:
    """The stored choice for what the operator typed: an http(s) address is an eSCL network scanner; anything
    else is kept as typed (a choice from the list, or a SANE device name)."""
    from desktop_app.capture.scanner_choice import escl_choice

    return escl_choice(text) or text.strip()


class SourceHub(QObject):
    still_ready = Signal(object)  # Still: its `name` is the source shown in the list
    failed_scan = Signal(str, object)  # name, sentence: a document that could not be opened
    message = Signal(object)  # one sentence about a source (a folder gone, a scanner off, a file kept)
    scanner_busy = Signal(bool)
    scanned = Signal(int)  # pages of the scan that just ended

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hot_folder: HotFolder | None = None
        self.scanner: ScannerSource | None = None
        self.camera: CameraFeed | None = None
        self._scanner_choice = ""
        self._hot_last = ""  # name of the last hot-folder file that became a scan
        from desktop_app.capture.file_source import FileSource

        self.files = FileSource(parent=self)
        self.files.still_ready.connect(self.still_ready.emit)
        self.files.failed.connect(self.failed_scan.emit)
        self.files.error.connect(self.message.emit)
        self.files.start()

    # -- settings
    def apply(self, settings: StationSettings) -> None:
        """Start, restart or stop each source as the settings say."""
        if self.scanner is not None and self._scanner_choice != settings.scanner_device:
            self.scanner.stop()
            self.scanner = None
        self._scanner_choice = settings.scanner_device
        self._apply_hot_folder(settings)

    @property
    def has_scanner(self) -> bool:
        return bool(self._scanner_choice)

    # -- camera
    def start_camera(self, settings: StationSettings, sink: Any = None) -> CameraFeed | None:
        """The camera feed, started on `sink` (a video sink: tests, a video file) or the chosen camera; None when
        this station has no camera (files, paste and the scanner still work) or it could not start."""
        from desktop_app.station.camera_feed import CameraFeed, cameras

        if sink is None and (settings.camera_id == "none" or (not settings.camera_id and not cameras())):
            return None
        if self.camera is None:
            self.camera = CameraFeed(auto_capture_frames=settings.auto_capture_frames, parent=self)
        if sink is not None:
            self.camera.attach(sink)
            return self.camera
        return self.camera if self.camera.start_camera(settings.camera_id) else None

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.camera.deleteLater()
            self.camera = None

    # -- files the operator hands over
    def open_paths(self, paths: list[str], *, long_side: int | None = None) -> None:
        """Opened or dropped files (and folders' files): decoded in workers, each a still or a failed scan;
        `long_side` is the reader's size hint (`ScanSession.decode_hint`), None to decode them in full."""
        self.files.add_paths(paths, long_side=long_side)

    def paste(self, mime: QMimeData | None, *, long_side: int | None = None) -> bool:
        """The clipboard's (or a drop's) file URLs and image data; False when it holds neither."""
        return self.files.add_mime(mime, long_side=long_side)

    # -- scanner
    def scan(self) -> bool:
        """Scan with the chosen scanner; False when none is chosen or a scan runs."""
        if not self._scanner_choice:
            return False
        if self.scanner is None:
            from desktop_app.capture.scanner_source import ScannerSource

            self.scanner = ScannerSource(self._scanner_choice, parent=self)
            self.scanner.still_ready.connect(self.still_ready)
            self.scanner.error.connect(self.message.emit)
            self.scanner.busy_changed.connect(self.scanner_busy)
            self.scanner.scanned.connect(self.scanned)
        if self.scanner.busy:
            return False
        self.scanner.start()
        return self.scanner.busy  # False when the scanner could not even be made (`message` said why)

    # -- hot folder
    def _apply_hot_folder(self, settings: StationSettings) -> None:
        hot = self.hot_folder
        if hot is not None and str(hot.folder) == settings.hot_folder and \
                hot.delete_after_read == settings.hot_folder_delete:
            return
        self.stop_hot_folder()
        if not settings.hot_folder:
            return
        from desktop_app.capture.hotfolder import HotFolder

        # Files already there are read at start only when read files are deleted: otherwise they were read before.
        hot = HotFolder(settings.hot_folder, delete_after_read=settings.hot_folder_delete,
                        include_existing=settings.hot_folder_delete, parent=self)
        hot.still_ready.connect(self._hot_still)
        hot.failed.connect(self._hot_failed)
        hot.error.connect(self.message.emit)
        self.hot_folder = hot
        hot.start()

    def stop_hot_folder(self) -> None:
        if self.hot_folder is not None:
            self.hot_folder.stop()
            self.hot_folder.deleteLater()
            self.hot_folder = None

    def _hot_still(self, still: Any) -> None:
        self._hot_last = still.name  # a `failed` for the same read follows at once, or not at all
        QTimer.singleShot(0, self._forget_hot_last)
        self.still_ready.emit(still)

    def _forget_hot_last(self) -> None:
        self._hot_last = ""

    def _hot_failed(self, name: str, sentence: object) -> None:
        if name == self._hot_last:  # read, but not deleted: the scan is in the list; say why the file stays
            self.message.emit(Notice(NAMED, name, sentence))
        else:  # could not be opened: a failed scan in the list, like a dropped file that is not an image
            self.failed_scan.emit(name, sentence)

    def stop(self) -> None:
        """Stop every source (the window closes)."""
        self.stop_camera()
        self.stop_hot_folder()
        self.files.stop()
        if self.scanner is not None:
            self.scanner.stop()
            self.scanner = None
