"""Settings: profiles (add, edit, remove, test connection, keys), export, capture and the station itself.

Keys are typed into masked fields and go straight to the OS keyring; the dialog only ever shows whether
each key is "set" or "not set". Values the administrator's preset locks are shown but disabled.

Every keyring call (key status, storing keys, removing a profile with its keys) runs in a worker thread and
reports back through a queued signal: a keyring that never answers costs the operator a message after
`credentials.KEYRING_TIMEOUT_S`, never a frozen window.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.schema import VENDORS
from desktop_app.station.engine_factory import SECRET_NAMES, VENDOR_LABELS, Profile
from desktop_app.station.notice_texts import error_text
from desktop_app.station.settings import CLIPBOARD_FORMATS, SettingsStore, StationSettings, hash_pin
from desktop_app.ui import theme
from desktop_app.ui.i18n import LANGUAGES, translate
from desktop_app.ui.registration_settings import RegistrationTab
from desktop_app.ui.review_panel import field_label

log = logging.getLogger(__name__)




def column_label(column: str) -> str:
    """An export column (its CSV header name) for people."""
    labels = {
        "confirmed_at": translate("SettingsDialog", "Confirmed at"), "engine": translate("SettingsDialog", "Engine"),
        "mrz_check": translate("SettingsDialog", "MRZ check digits"),
        "expiry_check": translate("SettingsDialog", "Expiry check"),
        "forgery_verdict": translate("SettingsDialog", "Forgery verdict"),
        "request_id": translate("SettingsDialog", "Request id"),
        "corrected_fields": translate("SettingsDialog", "Corrected fields"),
    }
    return labels.get(column) or field_label(column)

class KeyringCalls(QObject):
    """Runs keyring calls in daemon threads; each outcome (a value or the exception) comes back to the GUI thread."""

    done = Signal(object, object)  # callback, outcome

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = 0
        self.done.connect(self._deliver)

    def start(self, call: Callable[[], object], callback: Callable[[object], None]) -> None:
        self.running += 1

        def work() -> None:
            try:
                outcome: object = call()
            except Exception as exc:  # CredentialError, ProfileError...: shown as a sentence
                outcome = exc
            with contextlib.suppress(RuntimeError):  # the dialog is gone: nobody to tell
                self.done.emit(callback, outcome)

        threading.Thread(target=work, name="settings-keyring", daemon=True).start()

    @Slot(object, object)
    def _deliver(self, callback: Callable[[object], None], outcome: object) -> None:
        self.running -= 1
        callback(outcome)


class SettingsDialog(QDialog):
    """Edits a `StationSettings` copy; OK saves it. Profile changes are saved at once (Save profile)."""

    profiles_changed = Signal(list)  # names whose engine must be rebuilt

    def __init__(self, store: SettingsStore, *, profiles: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.resize(760, 560)
        self._store = store
        self._settings = store.load()
        if profiles is None:
            from desktop_app.station.profiles import ProfileStore

            profiles = ProfileStore()
        self._profiles = profiles
        self._key_edits: dict[str, QLineEdit] = {}
        self._key_badges: dict[str, QLabel] = {}
        self._keys_generation = 0  # a key-status answer for rows since rebuilt is dropped
        self.keyring = KeyringCalls(self)
        self._test_task: asyncio.Future[Any] | None = None
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Settings pages"))
        layout.addWidget(self.tabs)
        self.tabs.addTab(self._profiles_tab(), self.tr("&Profiles"))
        self.tabs.addTab(self._export_tab(), self.tr("&Export"))
        self.tabs.addTab(self._capture_tab(), self.tr("&Capture"))
        self.tabs.addTab(self._station_tab(), self.tr("S&tation"))
        self.registration = RegistrationTab(self._settings)
        self._lockable.update(self.registration.lockable)
        self.tabs.addTab(self.registration, self.tr("&Registration"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._apply_locks()
        self._reload_profiles()

    # ------------------------------------------------------------------------------------- profiles
    def _profiles_tab(self) -> QWidget:
        page = QWidget()
        row = QHBoxLayout(page)
        left = QVBoxLayout()
        self.profile_list = QListWidget()
        self.profile_list.setAccessibleName(self.tr("Profiles"))
        self.profile_list.currentItemChanged.connect(self._profile_selected)
        new = QPushButton(self.tr("&New profile"))
        new.setAccessibleName(self.tr("Add a new profile"))
        new.clicked.connect(self._new_profile)
        left.addWidget(self.profile_list, 1)
        left.addWidget(new)
        row.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.p_name = QLineEdit()
        self.p_name.setAccessibleName(self.tr("Profile name"))
        self.p_vendor = QComboBox()
        self.p_vendor.setAccessibleName(self.tr("Vendor"))
        for vendor in VENDORS:
            if vendor != "local":
                self.p_vendor.addItem(VENDOR_LABELS.get(vendor, vendor), vendor)
        self.p_vendor.currentIndexChanged.connect(lambda _i: self._rebuild_keys(None))
        self.p_base_url = QLineEdit()
        self.p_base_url.setPlaceholderText(self.tr("the vendor's default"))
        self.p_base_url.setAccessibleName(self.tr("Base URL"))
        self.p_action = QLineEdit()
        self.p_action.setPlaceholderText(self.tr("e.g. passport"))
        self.p_action.setAccessibleName(self.tr("Action"))
        self.p_country = QLineEdit()
        self.p_country.setPlaceholderText(self.tr("TD: two letters (ES); AccuAuth: ecuador"))
        self.p_country.setAccessibleName(self.tr("Country"))
        self.p_region = QLineEdit()
        self.p_region.setPlaceholderText("ap-singapore")
        self.p_region.setAccessibleName(self.tr("Region"))
        self.p_failover = QLineEdit()
        self.p_failover.setPlaceholderText(self.tr("other profiles, in order, e.g. backup, local"))
        self.p_failover.setAccessibleName(self.tr("Fallback profiles, in order"))
        self.p_failover.setToolTip(self.tr("They read the scan when this profile is busy, down or out of credits."))
        form.addRow(self.tr("Name"), self.p_name)
        form.addRow(self.tr("Vendor"), self.p_vendor)
        form.addRow(self.tr("Base URL"), self.p_base_url)
        form.addRow(self.tr("Action"), self.p_action)
        form.addRow(self.tr("Country"), self.p_country)
        form.addRow(self.tr("Region"), self.p_region)
        form.addRow(self.tr("Fail over to"), self.p_failover)
        right.addLayout(form)
        self.keys_box = QGroupBox(self.tr("Keys (stored only in the system keyring)"))
        self.keys_form = QFormLayout(self.keys_box)
        right.addWidget(self.keys_box)
        buttons = QHBoxLayout()
        self.p_save = QPushButton(self.tr("Sa&ve profile"))
        self.p_save.setObjectName("primary")
        self.p_save.clicked.connect(self._save_profile)
        self.p_test = QPushButton(self.tr("&Test connection"))
        self.p_test.clicked.connect(self._test_connection)
        self.p_remove = QPushButton(self.tr("&Remove"))
        self.p_remove.setAccessibleName(self.tr("Remove the profile and its keys"))
        self.p_remove.clicked.connect(self._remove_profile)
        for b in (self.p_save, self.p_test, self.p_remove):
            buttons.addWidget(b)
        right.addLayout(buttons)
        self.p_status = QLabel()
        self.p_status.setWordWrap(True)
        self.p_status.setAccessibleName(self.tr("Profile status"))
        right.addWidget(self.p_status)
        right.addStretch()
        row.addLayout(right, 2)
        self._rebuild_keys(None)
        return page

    def _reload_profiles(self, select: str | None = None) -> None:
        self.profile_list.blockSignals(True)
        self.profile_list.clear()
        try:
            profiles = self._profiles.list()
        except Exception as err:
            profiles = []
            self._status(error_text(err), error=True)
        for profile in profiles:
            item = QListWidgetItem(f"{profile.name}  ({VENDOR_LABELS.get(profile.vendor, profile.vendor)})")
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.profile_list.addItem(item)
            if profile.name == select:
                self.profile_list.setCurrentItem(item)
        self.profile_list.blockSignals(False)
        self._profile_selected(self.profile_list.currentItem(), None)
        self._refresh_default_profiles()

    def _current_profile(self) -> Profile | None:
        item = self.profile_list.currentItem()
        if item is None:
            return None
        return self._profiles.get(str(item.data(Qt.ItemDataRole.UserRole)))  # type: ignore[no-any-return]

    def _profile_selected(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        profile = self._current_profile() if item is not None else None
        self.p_name.setText(profile.name if profile else "")
        self.p_name.setReadOnly(profile is not None)
        if profile is not None:
            self.p_vendor.setCurrentIndex(max(0, self.p_vendor.findData(profile.vendor)))
        self.p_base_url.setText(profile.base_url or "" if profile else "")
        self.p_action.setText(profile.action or "" if profile else "")
        self.p_country.setText(profile.country or "" if profile else "")
        self.p_region.setText(profile.region or "" if profile else "")
        self.p_failover.setText(", ".join(profile.failover) if profile else "")
        self.p_remove.setEnabled(profile is not None)
        self.p_test.setEnabled(profile is not None)
        self._rebuild_keys(profile)

    def _new_profile(self) -> None:
        self.profile_list.setCurrentRow(-1)
        self._profile_selected(None, None)
        self.p_name.setReadOnly(False)
        self.p_name.setFocus()

    def _rebuild_keys(self, profile: Profile | None) -> None:
        while self.keys_form.rowCount():
            self.keys_form.removeRow(0)
        self._key_edits, self._key_badges = {}, {}
        self._keys_generation += 1
        vendor = profile.vendor if profile else str(self.p_vendor.currentData() or "structocr")
        for key in SECRET_NAMES.get(vendor, ()):  # type: ignore[call-overload]
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(key)
            edit.setObjectName(f"key_{key}")
            badge = QLabel()
            badge.setObjectName(f"key_badge_{key}")
            row = QWidget()
            lay = QHBoxLayout(row)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.addWidget(edit, 1)
            lay.addWidget(badge)
            self.keys_form.addRow(key, row)
            self._key_edits[key] = edit
            self._key_badges[key] = badge
        if profile is None or not self._key_edits:
            self._show_key_status({})
            return
        for badge in self._key_badges.values():
            badge.setText(self.tr("checking…"))
        from desktop_app.station.credentials import status as key_status

        generation = self._keys_generation
        self.keyring.start(lambda: key_status(profile), lambda outcome: self._key_status_arrived(generation, outcome))

    def _key_status_arrived(self, generation: int, outcome: object) -> None:
        if generation != self._keys_generation:
            return  # another profile is shown now
        if isinstance(outcome, Exception):  # keyring locked, missing or not answering: say so, stay usable
            self._status(error_text(outcome), error=True)
            for badge in self._key_badges.values():
                badge.setText(self.tr("unknown"))
            return
        self._show_key_status(outcome if isinstance(outcome, dict) else {})

    def _show_key_status(self, status: dict[str, bool]) -> None:
        colors = theme.colors()
        for key, edit in self._key_edits.items():
            is_set = status.get(key, False)
            edit.setPlaceholderText(self.tr("set: type to replace") if is_set else self.tr("not set"))
            badge = self._key_badges[key]
            badge.setText(("✓ " + self.tr("set")) if is_set else self.tr("not set"))
            badge.setStyleSheet(f"color: {colors.ok if is_set else colors.muted}; font-weight: bold;")

    def _form_profile(self) -> Profile:
        return Profile(name=self.p_name.text().strip(), vendor=self.p_vendor.currentData(),
                       base_url=self.p_base_url.text().strip() or None, action=self.p_action.text().strip() or None,
                       country=self.p_country.text().strip() or None, region=self.p_region.text().strip() or None,
                       failover=tuple(n.strip() for n in self.p_failover.text().split(",") if n.strip()))

    def _save_profile(self) -> None:
        from desktop_app.station.profiles import ProfileError

        try:
            profile = self._profiles.add(self._form_profile())
        except ProfileError as err:
            self._status(self.tr("Not saved: %1.").replace("%1", error_text(err)), error=True)
            return
        keys = {k: e.text() for k, e in self._key_edits.items() if e.text()}
        for edit in self._key_edits.values():
            edit.clear()  # the keys never stay in the widgets
        if not keys:
            self._profile_saved(profile, None)
            return
        from desktop_app.station.credentials import set_secrets

        self.p_save.setEnabled(False)
        self._status(self.tr("Storing the keys of %1 in the system keyring…").replace("%1", profile.name))
        self.keyring.start(lambda: set_secrets(profile, keys), lambda outcome: self._profile_saved(profile, outcome))

    def _profile_saved(self, profile: Profile, outcome: object) -> None:
        self.p_save.setEnabled(True)
        if isinstance(outcome, Exception):
            self._status(self.tr("The profile was saved but its keys were not: %1").replace("%1", error_text(outcome)),
                         error=True)
            return
        self._reload_profiles(profile.name)
        self.profiles_changed.emit([profile.name])
        self._status(self.tr("Profile %1 saved.").replace("%1", profile.name))

    def _remove_profile(self) -> None:
        profile = self._current_profile()
        if profile is None:
            return
        self.p_remove.setEnabled(False)
        self._status(self.tr("Removing %1 and its keys…").replace("%1", profile.name))
        self.keyring.start(lambda: self._profiles.remove(profile.name),  # deletes the keys too: not on this thread
                           lambda outcome: self._profile_removed(profile, outcome))

    def _profile_removed(self, profile: Profile, outcome: object) -> None:
        self._reload_profiles()
        self.profiles_changed.emit([profile.name])
        if isinstance(outcome, Exception):
            self._status(error_text(outcome), error=True)
            return
        self._status(self.tr("Profile %1 and its keys were removed.").replace("%1", profile.name))

    def _test_connection(self) -> None:
        profile = self._current_profile()
        if profile is None:
            return
        self._status(self.tr("Testing %1…").replace("%1", profile.name))
        self.p_test.setEnabled(False)
        from desktop_app.station.runner import spawn

        self._test_task = spawn(self._run_test(profile))

    async def _run_test(self, profile: Profile) -> None:
        from desktop_app.station.engine_factory import EngineError, EngineFactory

        engine: Any = None
        try:
            factory = EngineFactory(profiles=self._profiles, settings=self._store.load)
            engine = await factory.engine_for(profile.name)  # the same engine a scan gets, defaults included
            balance = getattr(engine, "balance", None)
            if balance is None:
                message = self.tr("The keys are set. This vendor has no free test call; the first scan will show "
                                  "whether they work.")
            else:
                credits = await balance()
                message = self.tr("Connected. Credits left: %1.").replace(
                    "%1", str(credits) if credits is not None else self.tr("unknown"))
            self._status(message)
        except EngineError as err:
            self._status(error_text(err), error=True)
        except Exception as err:
            log.warning("test connection failed: %s", type(err).__name__)
            self._status(self.tr("The test failed unexpectedly; check the base URL and the network."), error=True)
        finally:
            if engine is not None:
                await engine.aclose()
            self.p_test.setEnabled(True)

    def _status(self, text: str, *, error: bool = False) -> None:
        colors = theme.colors()
        self.p_status.setStyleSheet(f"color: {colors.bad if error else colors.ok}; font-weight: bold;")
        self.p_status.setText(text)

    # --------------------------------------------------------------------------------------- export
    def _export_tab(self) -> QWidget:
        from desktop_app.domain.export_rows import DEFAULT_COLUMNS

        s = self._settings
        page = QWidget()
        form = QFormLayout(page)
        self.csv_enabled = QCheckBox(self.tr("Append every confirmed scan to a CSV file"))
        self.csv_enabled.setChecked(s.csv_enabled)
        self.csv_path = QLineEdit(s.csv_path)
        self.csv_path.setAccessibleName(self.tr("CSV file"))
        self.csv_path.setPlaceholderText(self.tr("choose a file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the CSV file"))
        browse.clicked.connect(self._browse_csv)
        path_row = self._path_row(self.csv_path, browse)
        self.clipboard_format = QComboBox()
        self.clipboard_format.setAccessibleName(self.tr("Clipboard format"))
        labels = {"tsv": self.tr("Tab-separated row (spreadsheets)"), "json": self.tr("JSON object"),
                  "off": self.tr("Do not copy")}
        for fmt in CLIPBOARD_FORMATS:
            self.clipboard_format.addItem(labels[fmt], fmt)
        self.clipboard_format.setCurrentIndex(max(0, self.clipboard_format.findData(s.clipboard_format)))
        self.columns = QListWidget()
        self.columns.setAccessibleName(self.tr("Columns"))
        chosen = set(s.columns or DEFAULT_COLUMNS)
        for column in DEFAULT_COLUMNS:
            item = QListWidgetItem(column_label(column))
            item.setData(Qt.ItemDataRole.UserRole, column)
            item.setToolTip(self.tr("Column “%1” in the CSV file").replace("%1", column))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if column in chosen else Qt.CheckState.Unchecked)
            self.columns.addItem(item)
        form.addRow(self.csv_enabled)
        form.addRow(self.tr("CSV file"), path_row)
        form.addRow(self.tr("Clipboard"), self.clipboard_format)
        form.addRow(self.tr("Columns"), self.columns)
        self._lockable = {"csv_enabled": self.csv_enabled, "csv_path": path_row,
                          "clipboard_format": self.clipboard_format, "columns": self.columns}
        return page

    @staticmethod
    def _path_row(edit: QWidget, browse: QPushButton) -> QWidget:
        row = QWidget()
        lay = QHBoxLayout(row)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(edit, 1)
        lay.addWidget(browse)
        return row

    def _browse_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("CSV file for confirmed scans"), self.csv_path.text(),
                                              self.tr("CSV files (*.csv)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.csv_path.setText(path)

    # -------------------------------------------------------------------------------------- capture
    def _capture_tab(self) -> QWidget:
        s = self._settings
        page = QWidget()
        form = QFormLayout(page)
        self.camera = QComboBox()
        self.camera.setAccessibleName(self.tr("Camera"))
        self.camera.addItem(self.tr("System default"), "")
        self.camera.addItem(self.tr("No camera"), "none")
        try:
            from desktop_app.station.camera_feed import cameras

            for camera_id, name in cameras():
                self.camera.addItem(name, camera_id)
        except Exception as err:
            log.info("cameras not listed: %s", type(err).__name__)
        self.camera.setCurrentIndex(max(0, self.camera.findData(s.camera_id)))
        self.scanner = QComboBox()
        self.scanner.setEditable(True)  # a network scanner is chosen by typing its address
        self.scanner.setAccessibleName(self.tr("Scanner device"))
        self.scanner.addItem(self.tr("No scanner"), "")
        if s.scanner_device:
            self.scanner.addItem(s.scanner_device, s.scanner_device)
        self.scanner.setCurrentIndex(self.scanner.findData(s.scanner_device))
        line = self.scanner.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("a scanner from the list, or a network scanner's address "
                                            "(http://…/eSCL)"))
        self.find_scanners = QPushButton(self.tr("&Find scanners"))
        self.find_scanners.setAccessibleName(self.tr("Find the scanners connected to this computer"))
        self.find_scanners.clicked.connect(self._find_scanners)
        scanner_row = self._path_row(self.scanner, self.find_scanners)
        self.auto_capture = QSpinBox()
        self.auto_capture.setRange(0, 60)
        self.auto_capture.setSpecialValueText(self.tr("off"))
        self.auto_capture.setSuffix(self.tr(" good frames"))
        self.auto_capture.setValue(s.auto_capture_frames)
        self.auto_capture.setAccessibleName(self.tr("Auto-capture after this many good frames"))
        self.hot_folder = QLineEdit(s.hot_folder)
        self.hot_folder.setAccessibleName(self.tr("Hot folder"))
        self.hot_folder.setPlaceholderText(self.tr("empty: off"))
        self.hot_folder.setToolTip(self.tr("Every image or PDF saved into this folder (e.g. by a scanner) is read "
                                           "automatically."))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the hot folder"))
        browse.clicked.connect(self._browse_hot_folder)
        hot_row = self._path_row(self.hot_folder, browse)
        self.hot_folder_delete = QCheckBox(self.tr("Delete each file from the hot folder once it has been read"))
        self.hot_folder_delete.setChecked(s.hot_folder_delete)
        form.addRow(self.tr("Camera"), self.camera)
        form.addRow(self.tr("Scanner"), scanner_row)
        form.addRow(self.tr("Auto-capture"), self.auto_capture)
        form.addRow(self.tr("Hot folder"), hot_row)
        form.addRow(self.hot_folder_delete)
        self._lockable.update({"camera_id": self.camera, "scanner_device": scanner_row,
                               "auto_capture_frames": self.auto_capture, "hot_folder": hot_row,
                               "hot_folder_delete": self.hot_folder_delete})
        return page

    def _find_scanners(self) -> None:
        from desktop_app.station.sources import list_scanners

        self.find_scanners.setEnabled(False)
        self.keyring.start(list_scanners, self._scanners_found)  # the drivers can take seconds: not here

    def _scanners_found(self, outcome: object) -> None:
        self.find_scanners.setEnabled(True)
        found = outcome if isinstance(outcome, list) else []
        for choice, label in found:
            if self.scanner.findData(choice) < 0:
                self.scanner.addItem(label, choice)
        if found and self.isVisible():
            self.scanner.showPopup()

    def scanner_value(self) -> str:
        """The chosen scanner as stored in the settings."""
        from desktop_app.station.sources import scanner_choice

        text = self.scanner.currentText().strip()
        index = self.scanner.findText(text)
        if index >= 0:
            return str(self.scanner.itemData(index) or "")
        return scanner_choice(text)

    def _browse_hot_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Hot folder"), self.hot_folder.text())
        if path:
            self.hot_folder.setText(path)

    # -------------------------------------------------------------------------------------- station
    def _station_tab(self) -> QWidget:
        s = self._settings
        page = QWidget()
        form = QFormLayout(page)
        self.default_profile = QComboBox()
        self.default_profile.setAccessibleName(self.tr("Default profile"))
        self.td_country = QLineEdit(s.default_td_country)
        self.td_country.setMaxLength(2)
        self.td_country.setPlaceholderText("ES")
        self.td_country.setAccessibleName(self.tr("Default country for TD"))
        self.second_opinion = QCheckBox(self.tr("Re-read the MRZ offline after a vendor answer"))
        self.second_opinion.setChecked(s.second_opinion)
        self.sounds = QCheckBox(self.tr("Play a sound on success and failure"))
        self.sounds.setChecked(s.sounds)
        self.idle = QSpinBox()
        self.idle.setRange(0, 3600)
        self.idle.setSingleStep(30)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setSuffix(self.tr(" s"))
        self.idle.setValue(s.idle_timeout_s)
        self.idle.setAccessibleName(self.tr("Clear the session after this many idle seconds"))
        self.low_credits = QSpinBox()
        self.low_credits.setRange(0, 1_000_000)
        self.low_credits.setSingleStep(10)
        self.low_credits.setSpecialValueText(self.tr("never warn"))
        self.low_credits.setValue(s.low_credit_warning)
        self.low_credits.setAccessibleName(self.tr("Warn when the vendor credits are at or below"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.kiosk = QCheckBox(self.tr("Start in kiosk mode (full screen, PIN to leave)"))
        self.kiosk.setChecked(s.kiosk)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("New kiosk PIN"))
        self.pin.setPlaceholderText(self.tr("PIN is set: type to change") if s.kiosk_pin_hash else self.tr("no PIN"))
        form.addRow(self.tr("Default profile"), self.default_profile)
        form.addRow(self.tr("Default TD country"), self.td_country)
        form.addRow(self.second_opinion)
        form.addRow(self.sounds)
        form.addRow(self.tr("Idle timeout"), self.idle)
        form.addRow(self.tr("Low-credit warning at"), self.low_credits)
        form.addRow(self.tr("Language (after restart)"), self.language)
        form.addRow(self.kiosk)
        form.addRow(self.tr("Kiosk PIN"), self.pin)
        self._lockable.update({"default_profile": self.default_profile, "default_td_country": self.td_country,
                               "second_opinion": self.second_opinion, "sounds": self.sounds,
                               "idle_timeout_s": self.idle, "language": self.language, "kiosk": self.kiosk,
                               "low_credit_warning": self.low_credits,
                               "kiosk_pin_hash": self.pin})
        return page

    def _refresh_default_profiles(self) -> None:
        current = str(self.default_profile.currentData() or self._settings.default_profile)
        self.default_profile.clear()
        self.default_profile.addItem(self.tr("Offline engine (no network)"), "local")
        try:
            for profile in self._profiles.list():
                self.default_profile.addItem(profile.name, profile.name)
        except Exception as err:
            log.info("profiles not listed: %s", type(err).__name__)
        self.default_profile.setCurrentIndex(max(0, self.default_profile.findData(current)))

    def _apply_locks(self) -> None:
        for key, widget in self._lockable.items():
            if self._settings.is_locked(key):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by the administrator"))

    # ---------------------------------------------------------------------------------------- save
    def result_settings(self) -> StationSettings:
        columns = tuple(str(self.columns.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.columns.count())
                        if self.columns.item(i).checkState() == Qt.CheckState.Checked)
        from desktop_app.domain.export_rows import DEFAULT_COLUMNS

        s = replace(
            self._settings,
            csv_enabled=self.csv_enabled.isChecked(), csv_path=self.csv_path.text().strip(),
            clipboard_format=self.clipboard_format.currentData(),
            columns=() if columns == tuple(DEFAULT_COLUMNS) else columns,
            camera_id=str(self.camera.currentData() or ""), scanner_device=self.scanner_value(),
            auto_capture_frames=self.auto_capture.value(), hot_folder=self.hot_folder.text().strip(),
            hot_folder_delete=self.hot_folder_delete.isChecked(),
            default_profile=str(self.default_profile.currentData() or "local"),
            default_td_country=self.td_country.text().strip().upper(),
            second_opinion=self.second_opinion.isChecked(), sounds=self.sounds.isChecked(),
            idle_timeout_s=self.idle.value(), language=str(self.language.currentData() or ""),
            low_credit_warning=self.low_credits.value(),
            kiosk=self.kiosk.isChecked(), **self.registration.values(),
        )
        if self.pin.text():
            s = replace(s, kiosk_pin_hash=hash_pin(self.pin.text()))
        return s

    def accept(self) -> None:
        self._store.save(self.result_settings())
        self.pin.clear()
        super().accept()
