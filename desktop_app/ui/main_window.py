"""The operator's window: picture on the left, this shift's scans below it, the review on the right.

Keyboard: Space captures (or opens a file when no camera runs), from the start: the Capture button has the
focus. Enter confirms, Ctrl+O opens files,
Ctrl+V pastes an image, Ctrl+R retries, Delete rejects, Ctrl+, opens Settings, F1 lists the keys.
With a hot folder set (Settings, Capture), every image file saved into it becomes a scan, like a dropped file.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QWindow,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.station.camera_feed import CameraFeed
from desktop_app.station.credits import CreditWatch
from desktop_app.station.notice_texts import operator_text
from desktop_app.station.pairing import SidePairing
from desktop_app.station.review_fields import EditError
from desktop_app.station.session import ScanSession
from desktop_app.station.settings import SettingsStore, StationSettings
from desktop_app.station.shown_quality import shown_quality
from desktop_app.station.sources import SourceHub
from desktop_app.ui import theme
from desktop_app.ui.batch_bar import BatchBar
from desktop_app.ui.kiosk import GatedCombo, Sounds, ask_pin
from desktop_app.ui.live_view import LiveView
from desktop_app.ui.police_export import PoliceFileButton
from desktop_app.ui.review_panel import ReviewPanel
from desktop_app.ui.session_list import SessionList
from desktop_app.ui.sides_bar import SidesBar
from desktop_app.ui.station_status import CreditsLabel, ExportTarget
from desktop_app.ui.stay_panel import stay_section

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff", ".bmp", ".gif", ".pdf"}
ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.Wheel}


class _ActivityFilter(QObject):
    """Any key, click or touch in one of the station's windows restarts the session's idle countdown.

    It watches top-level windows (each from the moment it first gets focus, which also counts as activity), not
    the application: an application-wide Python filter runs for every event to every object (timers, paints,
    queued calls) and took a visible share of the GUI thread during a batch."""

    def __init__(self, session: ScanSession, app: QGuiApplication) -> None:
        super().__init__(session)
        self._session = session
        app.focusWindowChanged.connect(self.watch)

    def watch(self, window: QWindow | None) -> None:
        if window is None:
            return
        window.installEventFilter(self)  # installing twice keeps one filter
        self._session.touch()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self._session.touch()
        return False


class MainWindow(QMainWindow):
    """Wires the live view, the session list and the review panel to a `ScanSession`."""

    settings_changed = Signal()

    def __init__(self, session: ScanSession, store: SettingsStore, *, kiosk: bool = False,
                 profiles: Any = None, defer_profiles: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.kiosk = kiosk
        self._profiles = profiles
        self._allow_close = False
        self.sounds = Sounds(self)
        self.sources = SourceHub(self)  # the camera feed, the hot folder and the scanner
        self.pairing = SidePairing(session, self)  # a document's two sides as one record
        self._drawn_feed: CameraFeed | None = None  # the camera feed whose signals the window draws
        self._queue_timer = QTimer(self)  # the queue label is recounted once, at the end of an event-loop turn
        self._queue_timer.setSingleShot(True)
        self._queue_timer.setInterval(0)
        self._queue_timer.timeout.connect(self._count_queue)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("ID Scan Station"))
        from desktop_app.paths import resources_dir

        self.setWindowIcon(QIcon(str(resources_dir() / "icons" / "station.svg")))
        self.setAcceptDrops(True)
        self._build()
        self._wire()
        self.apply_settings(store.load(), load_profiles=not defer_profiles)
        app = QGuiApplication.instance()
        self._activity_filter = _ActivityFilter(session, app) if isinstance(app, QGuiApplication) else None

    # --------------------------------------------------------------------------------------- layout
    def _build(self) -> None:
        central = QWidget()
        root = QVBoxLayout(central)
        root.setContentsMargins(8, 8, 8, 4)

        bar = QHBoxLayout()
        profile_label = QLabel(self.tr("&Engine:"))
        self.profile_combo = GatedCombo()
        self.profile_combo.setObjectName("profileCombo")
        self.profile_combo.setAccessibleName(self.tr("Engine profile"))
        self.profile_combo.setMinimumWidth(200)
        profile_label.setBuddy(self.profile_combo)
        self.capture_button = QPushButton(self.tr("Capture  (Space)"))
        self.capture_button.setObjectName("primary")
        self.capture_button.setAccessibleName(self.tr("Capture the document"))
        self.open_button = QPushButton(self.tr("&Open files…"))
        self.open_button.setAccessibleName(self.tr("Open document image files"))
        self.scan_button = QPushButton(self.tr("Scan  (F5)"))
        self.scan_button.setAccessibleName(self.tr("Scan a page with the scanner"))
        self.scan_button.setVisible(False)
        self.paste_button = QPushButton(self.tr("&Paste"))
        self.paste_button.setAccessibleName(self.tr("Paste an image from the clipboard"))
        self.clear_button = QPushButton(self.tr("C&lear session"))
        self.clear_button.setAccessibleName(self.tr("Forget every scan in this session"))
        self.settings_button = QPushButton(self.tr("&Settings"))
        self.settings_button.setAccessibleName(self.tr("Open settings"))
        bar.addWidget(profile_label)
        bar.addWidget(self.profile_combo)
        bar.addSpacing(12)
        bar.addWidget(self.capture_button)
        bar.addWidget(self.scan_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.paste_button)
        bar.addStretch()
        self.police_button = PoliceFileButton(self.session.guests, self.settings, self.show_status)
        bar.addWidget(self.police_button)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.settings_button)
        root.addLayout(bar)

        self.live_view = LiveView()
        self.session_list = SessionList(self.session)
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.live_view)
        left.addWidget(self.session_list)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        self.review = ReviewPanel()
        self.sides_bar = SidesBar(self.session, self.pairing)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.sides_bar)
        right_box.addWidget(self.review, 1)
        self.review.stay_section = stay_section(self.session.guests, self.settings)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([460, 820] if self.kiosk else [540, 740])  # kiosk fonts: the review needs the room
        left.setSizes([560, 220])
        root.addWidget(split, 1)
        self.setCentralWidget(central)
        if self.kiosk:  # a guest may capture; the engine, files and the session are the desk's
            self.profile_combo.gate = lambda: self._admin_ok(self.tr("Enter the PIN to change the engine."))
        self.capture_button.setFocus()  # Space captures from the start (the engine list would take it)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        # the message takes the room the permanent parts leave (a long one is cut, whole in its tooltip); its text
        # width must not squeeze the batch counter or the CSV path
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(160)
        self.statusBar().addWidget(self.status_label, 1)
        self.queue_label = QLabel()
        self.statusBar().addPermanentWidget(self.queue_label)
        self.credits_label = CreditsLabel()
        self.statusBar().addPermanentWidget(self.credits_label)
        self.export_target = ExportTarget(self.store)
        self.statusBar().addPermanentWidget(self.export_target)
        if self.kiosk:  # where guests' records go is the desk's choice
            self.export_target.gate = lambda: self._admin_ok(self.tr("Enter the PIN to change the CSV file."))
        self.credit_watch = CreditWatch(self.session.engines, self.store.load, self)
        self.batch_bar = BatchBar(self.session)  # many files: progress and a Cancel for the batch alone
        self.statusBar().addPermanentWidget(self.batch_bar)
        self.resize(1280, 800)

    def _wire(self) -> None:
        self.capture_button.clicked.connect(self.capture)
        self.open_button.clicked.connect(self.open_files)
        self.scan_button.clicked.connect(self.scan_page)
        self.sources.still_ready.connect(lambda still: self.session.submit_still(still, still.name,
                                                                                self.current_profile()))
        self.sources.failed_scan.connect(self.session.submit_failed)
        self.sources.message.connect(lambda text: self.show_status(operator_text(text), error=True))
        self.sources.scanner_busy.connect(lambda busy: self.scan_button.setEnabled(not busy))
        self.sources.scanned.connect(lambda pages: self.show_status(
            self.tr("%1 page(s) scanned.").replace("%1", str(pages))))
        self.paste_button.clicked.connect(self.paste)
        self.clear_button.clicked.connect(self.clear_session)
        self.settings_button.clicked.connect(self.open_settings)
        self.session_list.selected.connect(self._select)
        self.session.item_changed.connect(self._item_changed)
        self.session.item_added.connect(self._update_queue)
        self.session.item_removed.connect(self._item_removed)
        self.session.notice.connect(self.show_status)
        self.session.idle_cleared.connect(self._idle_cleared)
        self.review.confirm_requested.connect(self.confirm)
        self.review.reject_requested.connect(self.reject)
        self.review.retry_requested.connect(self.session.retry)
        self.review.send_requested.connect(self.session.send_to)
        self.review.save_again_requested.connect(self.session.retry_export)
        self.session.export_finished.connect(self._export_finished)
        self.batch_bar.ended.connect(self._batch_ended)
        self.review.copy_requested.connect(self._copy_pending)
        self.review.send_anyway_requested.connect(self.session.send_anyway)
        self.credit_watch.changed.connect(self.credits_label.show_credits)
        self.credit_watch.hidden.connect(self.credits_label.hide)
        self.session.item_changed.connect(
            lambda item_id: self.credit_watch.scan_changed(self.session.item(item_id)))
        self.profile_combo.currentIndexChanged.connect(self._profile_picked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(self.review.request_confirm)
        self._shortcut(QKeySequence.StandardKey.Open, self.open_files)
        self._shortcut(QKeySequence.StandardKey.Paste, self.paste)
        self._shortcut(QKeySequence("Ctrl+R"), lambda: self.session.retry(self.review.item_id()))
        self._shortcut(QKeySequence("Ctrl+,"), self.open_settings)
        self._shortcut(QKeySequence(Qt.Key.Key_F1), self.show_keys)
        self._shortcut(QKeySequence(Qt.Key.Key_F5), self.scan_page)
        self._shortcut(QKeySequence("Ctrl+Shift+Delete"), self.clear_session)
        quit_action = QAction(self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _shortcut(self, seq: QKeySequence | QKeySequence.StandardKey, slot: Any) -> None:
        shortcut = QShortcut(QKeySequence(seq) if isinstance(seq, QKeySequence.StandardKey) else seq, self)
        shortcut.activated.connect(slot)

    # ------------------------------------------------------------------------------------- settings
    def settings(self) -> StationSettings:
        return self.store.load()

    def apply_settings(self, settings: StationSettings, *, load_profiles: bool = True) -> None:
        self.sounds.enabled = settings.sounds
        self.export_target.show_settings(settings)
        self.sources.apply(settings)
        self.scan_button.setVisible(self.sources.has_scanner)
        self.police_button.apply(settings)
        if load_profiles:
            self.reload_profiles(settings.default_profile)
        else:  # start-up: show the window first; `reload_profiles` fills the list right after
            self.profile_combo.clear()
            self.profile_combo.addItem(self.tr("Offline engine (no network)"), "local")
            if settings.default_profile != "local":
                self.profile_combo.addItem(settings.default_profile, settings.default_profile)
                self.profile_combo.setCurrentIndex(1)
        self.session.touch()

    @property
    def hot_folder(self) -> Any:
        """The running hot folder (capture.hotfolder.HotFolder) or None."""
        return self.sources.hot_folder

    def stop_hot_folder(self) -> None:
        self.sources.stop_hot_folder()

    def profile_names(self) -> list[str]:
        names = ["local"]
        try:
            if self._profiles is None:
                from desktop_app.station.profiles import ProfileStore

                self._profiles = ProfileStore()
            names += [p.name for p in self._profiles.list() if p.name != "local"]
        except Exception as err:  # a broken profiles file must not stop the station
            log.warning("profiles not loaded: %s", type(err).__name__)
        return names

    def reload_profiles(self, select: str | None = None) -> None:
        names = self.profile_names()
        current = select or self.current_profile()
        self.profile_combo.blockSignals(True)
        self.profile_combo.clear()
        for name in names:
            self.profile_combo.addItem(self.tr("Offline engine (no network)") if name == "local" else name, name)
        index = self.profile_combo.findData(current)
        self.profile_combo.setCurrentIndex(max(0, index))
        self.profile_combo.blockSignals(False)
        self.review.set_profiles(names)
        self.credit_watch.watch(self.current_profile())

    def current_profile(self) -> str:
        return str(self.profile_combo.currentData() or "local")

    def _profile_picked(self, _index: int) -> None:
        self.session.touch()
        self.credit_watch.watch(self.current_profile())

    # ---------------------------------------------------------------------------------------- input
    def submit_bytes(self, data: bytes, name: str) -> int:
        return self.session.submit_bytes(data, name, self.current_profile())

    def submit_paths(self, paths: list[str]) -> list[int]:
        """Files (opened, dropped): one goes through the hub's file source (decoded in a worker, then read); several
        are a batch (a queue of paths fed to the session a few at a time, with its progress and Cancel in the status
        bar). Returns []: the scans are made as the files are ready."""
        if len(paths) == 1:
            self.sources.open_paths(paths, long_side=self.session.decode_hint(self.current_profile()))
        elif paths:
            self.batch_bar.submit(paths, self.current_profile())
        return []

    def _admin_ok(self, reason: str) -> bool:
        """Kiosk mode: the admin PIN guards the desk's controls (no PIN set: allowed)."""
        if not self.kiosk or ask_pin(self, self.settings().kiosk_pin_hash, reason):
            return True
        self.show_status(self.tr("Wrong PIN."), error=True)
        return False

    def open_files(self) -> None:
        if not self._admin_ok(self.tr("Enter the PIN to open files.")):
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open document images"), "",
            self.tr("Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)"))
        if paths:
            self.submit_paths(paths)

    def paste(self) -> None:
        """Ctrl+V / Paste: the clipboard's image data or copied image files, through the hub's file source."""
        if not self.sources.paste(QGuiApplication.clipboard().mimeData(),
                                  long_side=self.session.decode_hint(self.current_profile())):
            self.show_status(self.tr("The clipboard holds no image and no image file; copy a picture or an image "
                                     "file first."), error=True)

    def capture(self) -> None:
        """Space: take the camera's current frame, or open files when no camera runs."""
        feed = self.camera
        if feed is not None and feed.active():
            taken = feed.capture_now()
            if taken is not None:
                self._camera_still(*taken)
                return
        if self.kiosk:  # a guest's Space does not open the file dialog (nor its PIN prompt)
            self.show_status(self.tr("No camera is running; ask the front desk."), error=True)
            return
        self.open_files()

    def start_feed(self, sink: Any = None) -> bool:
        """Show live video with quality hints: from `sink` (tests, a video file) or the configured camera."""
        feed = self.sources.start_camera(self.settings(), sink)
        if feed is None:
            return False
        if feed is not self._drawn_feed:  # a new feed: draw its frames and hints, read its stills
            self._drawn_feed = feed
            feed.showing = self.live_view.isVisible
            feed.frame_ready.connect(lambda image: self.live_view.show_image(image, self.tr("Live")))
            feed.report_changed.connect(self.live_view.set_report)
            feed.captured.connect(self._camera_still)
            feed.message.connect(lambda text: self.show_status(operator_text(text), error=True))
        return True

    @property
    def camera(self) -> CameraFeed | None:
        """The running camera feed, if any."""
        return self.sources.camera

    def scan_page(self) -> None:
        """F5: scan with the chosen scanner (SANE, eSCL or WIA); every page becomes a scan in the session."""
        if not self.sources.has_scanner:
            self.show_status(self.tr("No scanner is set up; choose one in Settings, Capture."), error=True)
            return
        if self.sources.scan():
            self.show_status(self.tr("Scanning…"))

    def stop_feed(self) -> None:
        self.sources.stop_camera()

    def _camera_still(self, still: Any, report: Any) -> int:
        """A camera frame with its live quality report (the live-only checks apply to it)."""
        return self.session.submit_still(still, "camera", self.current_profile(), live_quality=report, live=True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        paths = [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]
        if paths:
            self.submit_paths(paths)  # read in the workers, not here
        else:
            # image data dragged from another program
            self.sources.paste(mime, long_side=self.session.decode_hint(self.current_profile()))
        event.acceptProposedAction()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Space reaches the window only when no focused control used it (buttons, text fields keep theirs).
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            self.capture()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------------ decisions
    def confirm(self, item_id: int, edits: dict[str, str]) -> None:
        try:
            outcome = self.session.confirm(item_id, edits)
        except EditError as err:
            self.review.show_edit_error(err)
            return
        if not outcome.pending:
            self._export_finished(item_id, outcome.saved)
        self._advance(item_id)

    def _export_finished(self, item_id: int, saved: bool) -> None:
        """A confirm's export ended (the CSV append runs in the background): the sound, and why not if it failed."""
        self.sounds.play("success" if saved else "failure")
        item = self.session.item(item_id)
        if not saved and item is not None:
            self.show_status(operator_text(item.message), error=True)

    def reject(self, item_id: int) -> None:
        self.session.reject(item_id)
        self._advance(item_id)

    def _advance(self, done_id: int) -> None:
        """After a decision, go to the next scan that needs a look (oldest first)."""
        waiting = [i for i in self.session.items() if i.id != done_id and i.status in ("needs_review", "failed")]
        if waiting:
            self.session_list.select(min(waiting, key=lambda i: i.id).id)
        else:
            self._select(self.session_list.current_id())
            self.live_view.clear()

    def _copy_pending(self, item_id: int) -> None:
        if self.session.copy_pending(item_id):
            self.show_status(self.tr("The record was copied to the clipboard."))

    def _batch_ended(self, done: int, total: int, cancelled: bool) -> None:
        if cancelled:
            self.show_status(self.tr("Batch cancelled: %1 of %2 files read; the scans read stay.").replace(
                "%1", str(done)).replace("%2", str(total)))
        else:
            self.show_status(self.tr("Batch done: %1 files read.").replace("%1", str(total)))

    def clear_session(self) -> None:
        if not self._admin_ok(self.tr("Enter the PIN to clear the session.")):
            return
        if self.session.items() and not self.kiosk:
            answer = QMessageBox.question(self, self.tr("Clear session"), self.tr(
                "Forget every scan in this session? Records that are confirmed but not saved are kept."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.batch_bar.cancel()  # the files not read yet are not read after the clear
        kept = self.session.clear()
        self.live_view.clear()
        self.review.show_item(None)
        if kept:
            self.show_status(self.tr("Session cleared; %1 unsaved record(s) kept.").replace("%1", str(kept)),
                             error=True)
        else:
            self.show_status(self.tr("Session cleared."))

    def _idle_cleared(self) -> None:
        self.live_view.clear()
        self._select(self.session_list.current_id())
        self.show_status(self.tr("The session was cleared after a period of inactivity."))

    # -------------------------------------------------------------------------------------- display
    def _select(self, item_id: int) -> None:
        host_id = self.pairing.host_of(item_id) if item_id else 0
        if host_id != item_id:  # the other side of a record: the record is reviewed
            self.session_list.select(host_id)
            return
        self.sides_bar.show_for(item_id)
        self.session.view(item_id)  # a file's picture is decoded again when it was dropped after its read
        item = self.session.item(item_id) if item_id else None
        self.review.show_item(item)
        if item is not None and item.status == "needs_review":
            self.session.ensure_quality(item.id)
        if self.camera is not None and self.camera.active():
            return  # the live picture stays; the review shows the scan's own crops
        if item is not None and item.still is not None:
            self.live_view.show_rgb(item.still.rgb, self.tr("Scan %1").replace("%1", str(item.id)))
            self.live_view.set_report(shown_quality(item))
        elif item is not None and item.picture_gone:
            self.live_view.clear(self.tr("The picture of scan %1 could not be opened again: %2 was moved, deleted "
                                         "or changed. The fields read from it stay.").replace(
                "%1", str(item.id)).replace("%2", item.source))
        else:
            self.live_view.clear()

    def _item_changed(self, item_id: int) -> None:
        self._update_queue()
        item = self.session.item(item_id)
        if item is None:
            return
        if item_id == self.session_list.current_id():
            self._select(item_id)
        if item.status == "failed":
            self.sounds.play("failure")

    def _item_removed(self, _item_id: int) -> None:
        self._update_queue()
        self._select(self.session_list.current_id())

    def _update_queue(self, *_: Any) -> None:
        """Count the queue once per event-loop turn (a batch changes hundreds of items in one turn)."""
        if not self._queue_timer.isActive():
            self._queue_timer.start()

    def _count_queue(self) -> None:
        items = self.session.items()
        busy = sum(1 for i in items if i.busy)
        review = sum(1 for i in items if i.status == "needs_review")
        unsaved = sum(1 for i in items if i.status == "unsaved")
        parts = []
        if busy:
            parts.append(self.tr("%1 reading").replace("%1", str(busy)))
        if review:
            parts.append(self.tr("%1 to review").replace("%1", str(review)))
        if unsaved:
            parts.append(self.tr("%1 NOT saved").replace("%1", str(unsaved)))
        self.queue_label.setText(" · ".join(parts))

    def show_status(self, text: str, *, error: bool = False) -> None:
        theme.set_tone(self.status_label, "bad" if error else "")
        self.status_label.setText(text)
        self.status_label.setToolTip(text)

    def show_keys(self) -> None:
        """F1: the About box (version, engines, privacy) with the keyboard list."""
        from desktop_app import __version__

        QMessageBox.about(self, self.tr("About ID Scan Station"), self.tr(
            "<h3>ID Scan Station {version}</h3>"
            "<p>Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and "
            "AccuAuth vendors.</p>"
            "<p>Images and personal data stay in memory; keys stay in the system keyring.</p>"
            "<p><b>Keys</b><br>Space: capture<br>Enter: confirm<br>Ctrl+O: open files<br>Ctrl+V: paste an image<br>"
            "Ctrl+R: retry<br>Delete (in the list): remove a scan<br>Ctrl+,: settings<br>"
            "Ctrl+Shift+Delete: clear session</p>").replace("{version}", __version__))

    # ------------------------------------------------------------------------------------- settings
    def open_settings(self) -> None:
        if not self._admin_ok(self.tr("Enter the PIN to open Settings.")):
            return
        from desktop_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.store, profiles=self._profiles, parent=self)
        dialog.profiles_changed.connect(self._profiles_changed)
        if dialog.exec():
            self.apply_settings(self.store.load())
            self.settings_changed.emit()

    def _profiles_changed(self, names: list[str]) -> None:
        from desktop_app.station.runner import spawn

        for name in names:
            spawn(self.session.engines.forget(name))
        self.reload_profiles()

    # ---------------------------------------------------------------------------------------- close
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._activity_filter is not None:  # watched from the first show, before it ever gets focus
            self._activity_filter.watch(self.windowHandle())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_event(event)
        if event.isAccepted():
            self.stop_feed()
            self.sources.stop()

    def _close_event(self, event: QCloseEvent) -> None:
        if self.kiosk and not self._allow_close:
            settings = self.settings()
            if not ask_pin(self, settings.kiosk_pin_hash, self.tr("Enter the PIN to leave kiosk mode.")):
                event.ignore()
                return
        unsaved = len(self.session.unsaved()) + self.session.guests.held_count()  # the police file's too
        if unsaved and not self._allow_close:
            answer = QMessageBox.warning(
                self, self.tr("Records not saved"),
                self.tr("%1 confirmed record(s) are not saved yet and will be lost. Close anyway?").replace(
                    "%1", str(unsaved)),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        event.accept()

    def force_close(self) -> None:
        """Close without prompts (tests, the self-test, shutdown by the OS)."""
        self._allow_close = True
        QTimer.singleShot(0, self.close)
