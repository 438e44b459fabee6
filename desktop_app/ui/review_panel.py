"""The selected scan: every field in an editable form with its validity, the pictures, the checks and the
vendor's raw answer; Confirm (Enter), Reject, Re-scan and Send to another profile.

Validity and verdicts always show as text AND colour. Anything a vendor did not provide reads "not provided
by vendor" in grey (never a green tick).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.station.notice_texts import operator_text
from desktop_app.station.quality_texts import hint_text
from desktop_app.station.review_fields import (
    CATEGORIES,
    REVIEW_FIELDS,
    SEX_VALUES,
    EditError,
    FieldSpec,
    field_text,
    raw_reading,
    validate_edit,
    validity_of,
)
from desktop_app.station.scan_item import ScanItem
from desktop_app.station.shown_quality import LIVE_ONLY_CHECKS, shown_quality
from desktop_app.ui import theme
from desktop_app.ui.i18n import fill, translate

if TYPE_CHECKING:
    from desktop_app.domain.schema import CheckStatus, ScanResult

NAME_PARTS = ("surname", "given_names")  # the Full name field follows these while the operator does not type in it
KEY_FIELDS = frozenset({"document_category", "document_number", "surname", "given_names", "sex", "date_of_birth",
                        "nationality", "issuing_country", "date_of_expiry"})
EXPIRY_WARNING_DAYS = 183
IMAGE_HEIGHT = 104  # px: portrait, signature and document crops; with it the key fields fit above the fold


def field_label(key: str) -> str:
    labels = {
        "document_category": translate("Fields", "Document type"),
        "document_number": translate("Fields", "Document number"),
        "surname": translate("Fields", "Surname"),
        "given_names": translate("Fields", "Given names"),
        "full_name": translate("Fields", "Full name"),
        "sex": translate("Fields", "Sex"),
        "date_of_birth": translate("Fields", "Date of birth"),
        "nationality": translate("Fields", "Nationality"),
        "issuing_country": translate("Fields", "Issuing country"),
        "date_of_issue": translate("Fields", "Date of issue"),
        "date_of_expiry": translate("Fields", "Date of expiry"),
        "personal_number": translate("Fields", "Personal number"),
        "place_of_birth": translate("Fields", "Place of birth"),
        "issuing_authority": translate("Fields", "Issuing authority"),
        "place_of_issue": translate("Fields", "Place of issue"),
        "address": translate("Fields", "Address"),
    }
    return labels.get(key, key.replace("_", " ").capitalize())


def extra_label(key: str) -> str:
    """The label of a holder's extra field (a vendor's key; the ones the engines keep are translated)."""
    labels = {
        "marital_status": translate("Fields", "Marital status"), "profession": translate("Fields", "Profession"),
        "education": translate("Fields", "Education"), "mother_name": translate("Fields", "Mother's name"),
        "father_name": translate("Fields", "Father's name"), "voter_id": translate("Fields", "Voter ID"),
        "blood_type": translate("Fields", "Blood type"), "middle_name": translate("Fields", "Middle name"),
    }
    return labels.get(key, key.replace("_", " ").capitalize())


def category_label(category: str) -> str:
    labels = {
        "passport": translate("Fields", "Passport"), "national_id": translate("Fields", "National ID card"),
        "driver_license": translate("Fields", "Driver's license"),
        "residence_permit": translate("Fields", "Residence permit"),
        "voter_id": translate("Fields", "Voter ID"), "visa": translate("Fields", "Visa"),
        "other": translate("Fields", "Other document"),
        "unknown": translate("Fields", "Unknown document"),
    }
    return labels.get(category, category)


def validity_badge(validity: str) -> tuple[str, str]:
    """(text, tone) for a field's validity; a tone is "ok", "bad", "warn" or "muted" (see `theme.set_tone`)."""
    if validity == "valid":
        return "✓ " + translate("ReviewPanel", "valid"), "ok"
    if validity == "invalid":
        return "✗ " + translate("ReviewPanel", "invalid"), "bad"
    return translate("ReviewPanel", "not checked"), "muted"


def check_badge(status: CheckStatus | str, *, vendor: bool = True) -> tuple[str, str]:
    if status == "pass":
        return "✓ " + translate("ReviewPanel", "pass"), "ok"
    if status == "fail":
        return "✗ " + translate("ReviewPanel", "fail"), "bad"
    if status == "not_performed":
        return translate("ReviewPanel", "not performed"), "muted"
    if vendor:
        return translate("ReviewPanel", "not provided by vendor"), "muted"
    return translate("ReviewPanel", "not available"), "muted"


def forgery_badge(verdict: str) -> tuple[str, str]:
    if verdict == "pass":
        return "✓ " + translate("ReviewPanel", "no sign of forgery"), "ok"
    if verdict == "fail":
        return "✗ " + translate("ReviewPanel", "forgery detected"), "bad"
    if verdict == "suspected":
        return "⚠ " + translate("ReviewPanel", "forgery suspected"), "warn"
    if verdict == "not_performed":
        return translate("ReviewPanel", "not performed"), "muted"
    return translate("ReviewPanel", "not provided by vendor"), "muted"


def quality_label(name: str) -> str:
    """A quality check's name for people (the checks of imaging.quality and the vendors' image-quality items)."""
    labels = {
        "exposure": translate("ReviewPanel", "Exposure"),
        "bounds": translate("ReviewPanel", "Framing"),
        "resolution": translate("ReviewPanel", "Resolution"),
        "perspective": translate("ReviewPanel", "Perspective"),
        "focus": translate("ReviewPanel", "Focus"),
        "glare": translate("ReviewPanel", "Glare"),
        "colorness": translate("ReviewPanel", "Colour (not a photocopy)"),
        "screen_capture": translate("ReviewPanel", "Not a photo of a screen"),
        "portrait": translate("ReviewPanel", "Face photo"),
        "motion": translate("ReviewPanel", "Steadiness"),
        "occlusion": translate("ReviewPanel", "Nothing covering the document"),
        "reflection": translate("ReviewPanel", "Reflections"),
        "blur": translate("ReviewPanel", "Sharpness"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def reason_text(reason: str) -> str:
    texts = {
        "photocopy_bw": translate("ReviewPanel", "black-and-white photocopy"),
        "photocopy": translate("ReviewPanel", "photocopy"),
        "screen_capture": translate("ReviewPanel", "photo of a screen"),
        "tampered": translate("ReviewPanel", "tampered"),
        "other": translate("ReviewPanel", "other reason"),
    }
    return texts.get(reason, reason)


def expiry_state(expiry: dt.date | None, today: dt.date | None = None) -> tuple[str, str]:
    if expiry is None:
        return translate("ReviewPanel", "no expiry date read"), "muted"
    today = today or dt.date.today()
    if expiry < today:
        return "✗ " + fill(translate("ReviewPanel", "EXPIRED on %1"), expiry.isoformat()), "bad"
    if (expiry - today).days <= EXPIRY_WARNING_DAYS:
        return "⚠ " + fill(translate("ReviewPanel", "expires soon: %1 (within 6 months)"), expiry.isoformat()), "warn"
    return "✓ " + fill(translate("ReviewPanel", "valid until %1"), expiry.isoformat()), "ok"


def failover_reason(category: str) -> str:
    """Why a profile passed a scan on to its fallback, in a few words."""
    return {
        "rate_limited": translate("ReviewPanel", "busy or rate-limited"),
        "quota_exhausted": translate("ReviewPanel", "out of credits"),
        "network": translate("ReviewPanel", "network down"),
        "timeout": translate("ReviewPanel", "no answer in time"),
        "server_error": translate("ReviewPanel", "server error"),
    }.get(category, category)


def _colored(label: QLabel, text: str, tone: str, *, bold: bool = True) -> QLabel:
    """Set `text` in the colour of `tone` ("ok", "bad", "warn", "muted"). The colour comes from the application's
    style sheet, so the label follows a light/dark switch without being rebuilt."""
    theme.set_tone(label, tone, strong=bold)
    label.setText(text)
    return label


def _cell(text: str, tone: str) -> QLabel:
    """A quality table's value: word-wrapped, so a long hint (kiosk fonts, Spanish) wraps instead of widening the
    review past the window's edge."""
    label = _colored(QLabel(), text, tone, bold=False)
    label.setWordWrap(True)
    return label


def _chips_html(chips: list[tuple[str, str, str]]) -> str:
    """The summary line: "name: verdict" chips, each verdict in its tone's colour for the current scheme."""
    muted = theme.tone_color("muted")
    return " &nbsp; ".join(f"<span style='color:{muted}'>{name}:</span>&nbsp;<b style='color:{theme.tone_color(tone)}'>"
                           f"{text.replace(' ', '&nbsp;')}</b>" for name, text, tone in chips)


def _attr(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


class _ImageBox(QLabel):
    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._caption = caption
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(96, IMAGE_HEIGHT)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(caption)
        self.set_data(None)

    def set_data(self, data: bytes | None, height: int = 150) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.setPixmap(pixmap.scaledToHeight(height, Qt.TransformationMode.SmoothTransformation))
            self.setToolTip(self._caption)
        else:
            self.setPixmap(QPixmap())
            self.setText(self._caption + "\n" + translate("ReviewPanel", "not provided"))
            self.setObjectName("muted")


class ReviewPanel(QWidget):
    """Shows one `ScanItem`; the main window connects the *_requested signals to the session."""

    confirm_requested = Signal(int, dict)
    reject_requested = Signal(int)
    retry_requested = Signal(int)
    send_requested = Signal(int, str)
    save_again_requested = Signal(int)
    copy_requested = Signal(int)
    send_anyway_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.setAccessibleName(self.tr("Review"))
        self._item_id = 0
        self._original: dict[str, str] = {}
        self._editors: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self._badges: dict[str, tuple[QLabel, str, str]] = {}  # key -> its validity label, text and tone
        self._full_name_typed = False  # the operator typed in Full name: it stops following the name parts
        self._given_first = False  # the read Full name put the given names first
        self._rendered_result: ScanResult | None = None  # the result the review page shows
        self._rest_of: ScanItem | None = None  # the scan whose lower sections are still to be built
        self._item_parts: dict[str, QWidget] = {}  # its sections that follow the item (see _parts_of_item)
        self._profiles: list[str] = []
        self.stay_section: Callable[[ScanItem], QWidget | None] | None = None  # the stay panel (ui/stay_panel.py)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._stack = QStackedWidget(self)
        layout.addWidget(self._stack)
        self._build_empty()
        self._build_busy()
        self._build_message()
        self._build_review()

    # ------------------------------------------------------------------------------------------- pages
    def _build_empty(self) -> None:
        page = QLabel(self.tr("No scan selected.\nScan a document, or pick one from the list."))
        page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.setObjectName("muted")
        page.setWordWrap(True)
        self._empty = page
        self._stack.addWidget(page)

    def _build_busy(self) -> None:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch()
        self._busy_label = QLabel(self.tr("Reading the document…"))
        self._busy_label.setObjectName("heading")
        self._busy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setAccessibleName(self.tr("Reading in progress"))
        bar.setMaximumWidth(320)
        box.addWidget(self._busy_label)
        box.addWidget(bar, 0, Qt.AlignmentFlag.AlignHCenter)
        box.addStretch()
        self._busy = page
        self._stack.addWidget(page)

    def _build_message(self) -> None:
        """Failed scans and confirmed records: a sentence and the buttons that make sense."""
        page = QWidget()
        box = QVBoxLayout(page)
        box.addStretch()
        self._msg_title = QLabel()
        self._msg_title.setObjectName("heading")
        self._msg_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._msg_text = QLabel()
        self._msg_text.setWordWrap(True)
        self._msg_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._msg_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setContentsMargins(48, 12, 48, 12)
        box.addWidget(self._msg_title)
        box.addWidget(self._msg_text)
        row = QHBoxLayout()
        row.addStretch()
        self._msg_retry = self._button(self.tr("&Retry"), self.tr("Retry this scan"), self.retry_requested,
                                       primary=True)
        self._msg_send = self._send_button()
        self._msg_anyway = self._button(self.tr("Send &anyway"), self.tr("Send the picture to the service anyway"),
                                        self.send_anyway_requested)
        self._msg_reject = self._button(self.tr("Discard"), self.tr("Discard this scan"), self.reject_requested)
        self._msg_save = self._button(self.tr("&Save again"), self.tr("Try saving the record to the CSV file again"),
                                      self.save_again_requested, primary=True)
        self._msg_copy = self._button(self.tr("&Copy record"), self.tr("Copy the record to the clipboard"),
                                      self.copy_requested)
        for w in (self._msg_retry, self._msg_anyway, self._msg_send, self._msg_save, self._msg_copy, self._msg_reject):
            row.addWidget(w)
            w.hide()  # _render_message shows the ones that apply: all five side by side made the window wider
            #           than 1280 px in Spanish kiosk mode
        row.addStretch()
        box.addLayout(row)
        box.addStretch()
        self._message = page
        self._stack.addWidget(page)

    def _build_review(self) -> None:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll
        outer.addWidget(scroll, 1)
        self._content_host = QWidget()
        scroll.setWidget(self._content_host)
        self._content = QVBoxLayout(self._content_host)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 8)
        self._confirm = self._button(self.tr("Confirm  (Enter)"), self.tr("Confirm and export this scan"), None,
                                     primary=True)
        self._confirm.clicked.connect(self.request_confirm)
        self._reject = self._button(self.tr("Reject"), self.tr("Reject this scan and forget it"),
                                    self.reject_requested)
        self._rescan = self._button(self.tr("Re-read"), self.tr("Read the same picture again"), self.retry_requested)
        self._send = self._send_button()
        self._edit_error = QLabel()
        self._edit_error.setObjectName("error")
        self._edit_error.setWordWrap(True)
        self._edit_error.hide()
        bar.addWidget(self._confirm, 2)
        bar.addWidget(self._rescan)
        bar.addWidget(self._send)
        bar.addWidget(self._reject)
        outer.addWidget(self._edit_error)
        outer.addLayout(bar)
        self._review = page
        self._stack.addWidget(page)

    def _button(self, text: str, accessible: str, request: SignalInstance | None, *,
                primary: bool = False) -> QPushButton:
        """A push button; a click emits `request` with the shown scan's id."""
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        if primary:
            button.setObjectName("primary")
        if request is not None:
            button.clicked.connect(lambda: request.emit(self._item_id))
        return button

    def _send_button(self) -> QToolButton:
        """The "Send to…" button: a menu of profiles (`set_profiles` fills it)."""
        button = QToolButton()
        button.setText(self.tr("Send to…"))
        button.setObjectName("action")
        button.setAccessibleName(self.tr("Read with another profile"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        return button

    # ----------------------------------------------------------------------------------------- public
    def set_profiles(self, names: list[str]) -> None:
        self._profiles = list(names)
        for button in (self._send, self._msg_send):
            menu = QMenu(button)
            for name in names:
                label = self.tr("Offline engine") if name == "local" else name
                action = menu.addAction(label)
                action.triggered.connect(lambda _=False, n=name: self.send_requested.emit(self._item_id, n))
            button.setMenu(menu)
            button.setEnabled(bool(names))

    def item_id(self) -> int:
        return self._item_id

    def is_reviewing(self) -> bool:
        """The review page shows a scan, lower sections included."""
        return self._stack.currentWidget() is self._review and self._item_id != 0 and self._rest_of is None

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch: the tone labels follow the style sheet; the summary's rich text is recoloured."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for line in self.findChildren(QLabel, "summaryLine"):
                line.setText(_chips_html(line.property("chips")))

    def show_item(self, item: ScanItem | None) -> None:
        """Render `item` (None: the empty page). Rebuilding drops every reference to the previous scan."""
        same = item is not None and item.id == self._item_id and self.is_reviewing()
        self._item_id = item.id if item is not None else 0
        if item is None:
            self._clear_review()
            self._stack.setCurrentWidget(self._empty)
            return
        if item.busy:
            self._clear_review()
            self._busy_label.setText({"decoding": self.tr("Opening the image…"),
                                      "retrying": self.tr("Reading the document again…")}.get(
                                          item.status, self.tr("Reading the document…")))
            self._stack.setCurrentWidget(self._busy)
            return
        if item.status == "needs_review" and item.result is not None:
            if same and item.result is self._rendered_result and len(self._item_parts) == 3:
                self._refresh_item_parts(item, item.result)  # the form, its focus and typing stay untouched
                return
            edits = self.edits() if same else {}
            self._render_review(item, item.result)
            for key, text in edits.items():  # a second-opinion update must not wipe typing in progress
                self._set_editor_text(key, text)
            self._stack.setCurrentWidget(self._review)
            if not same:
                self._confirm.setFocus()
            return
        self._clear_review()
        self._render_message(item)
        self._stack.setCurrentWidget(self._message)

    # ------------------------------------------------------------------------------------- messages
    def _render_message(self, item: ScanItem) -> None:
        show = {w: False for w in (self._msg_retry, self._msg_anyway, self._msg_send, self._msg_save, self._msg_copy,
                                   self._msg_reject)}
        if item.status == "failed" and item.blocked:
            _colored(self._msg_title, "⚠ " + self.tr("The picture was not sent"), "warn")
            self._msg_text.setText(item.message)
            show[self._msg_anyway] = item.still is not None
            show[self._msg_send] = item.still is not None and bool(self._profiles)
            show[self._msg_reject] = True
            self._msg_reject.setFocus()
        elif item.status == "failed":
            _colored(self._msg_title, "✗ " + self.tr("The scan failed"), "bad")
            self._msg_text.setText(operator_text(item.message))
            show[self._msg_retry] = item.still is not None
            show[self._msg_send] = item.still is not None and bool(self._profiles)
            show[self._msg_reject] = True
            if item.still is not None:
                self._msg_retry.setFocus()
        elif item.status == "unsaved":
            _colored(self._msg_title, "⚠ " + self.tr("Confirmed, but NOT saved"), "bad")
            self._msg_text.setText(operator_text(item.message) + "\n" + self.tr(
                "The record is kept in memory until it is saved; do not close the station."))
            show[self._msg_save] = True
            show[self._msg_copy] = True
            self._msg_save.setFocus()
        elif item.status == "confirmed":
            _colored(self._msg_title, "✓ " + self.tr("Confirmed and exported"), "ok")
            self._msg_text.setText(self.tr("The picture and the fields were removed from this computer's memory."))
        else:
            _colored(self._msg_title, self.tr("Rejected"), "muted")
            self._msg_text.setText(self.tr("The picture and the fields were removed from this computer's memory."))
        for widget, visible in show.items():
            widget.setVisible(visible)

    # --------------------------------------------------------------------------------------- review
    def _clear_review(self) -> None:
        self._editors = {}
        self._badges = {}
        self._full_name_typed = False
        self._original = {}
        self._rendered_result = None
        self._item_parts = {}
        self._rest_of = None
        self._edit_error.hide()
        while self._content.count():
            child = self._content.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()

    def _render_review(self, item: ScanItem, result: ScanResult) -> None:
        """What the operator checks first (header, verdicts, images, fields) now; the checks, the second opinion
        and the raw answer in the next event-loop turn, below the fold: a whole review built in one turn held
        the GUI thread ~14 ms, on top of whatever else that turn had to do."""
        self._clear_review()
        header = self._header(item, result)
        self._content.addWidget(header)
        self._content.addWidget(self._summary(item, result))
        self._content.addWidget(self._images(result))
        self._content.addWidget(self._form(result))
        stay = self.stay_section(item) if self.stay_section is not None else None
        if stay is not None:
            self._content.addWidget(stay)
        extra = self._extra(result)
        if extra is not None:
            self._content.addWidget(extra)
        self._rendered_result = result
        self._item_parts = {"header": header}
        self._rest_of = item
        QTimer.singleShot(0, self._render_rest)

    def _render_rest(self) -> None:
        item, self._rest_of = self._rest_of, None
        result = self._rendered_result
        if item is None or result is None or item.result is not result:
            return  # another scan (or none) is shown by now
        self._item_parts["checks"] = self._checks(item, result)
        self._item_parts["second_opinion"] = self._second_opinion(item)
        self._content.addWidget(self._item_parts["checks"])
        self._content.addWidget(self._item_parts["second_opinion"])
        self._content.addWidget(self._raw(result))
        self._content.addStretch()

    def _parts_of_item(self, item: ScanItem, result: ScanResult) -> dict[str, QWidget]:
        """The sections that change while the same result is reviewed: the duplicate warning, this station's
        quality verdict (checked after the read) and the second opinion (read after it)."""
        return {"header": self._header(item, result), "checks": self._checks(item, result),
                "second_opinion": self._second_opinion(item)}

    def _refresh_item_parts(self, item: ScanItem, result: ScanResult) -> None:
        """Rebuild only the sections that depend on the item, not the images and the form (a full rebuild took
        ~14 ms of GUI thread and moved the operator's focus out of the field being typed in)."""
        fresh = self._parts_of_item(item, result)
        for name, new in fresh.items():
            old = self._item_parts[name]
            self._content.replaceWidget(old, new)
            old.deleteLater()
        self._item_parts = fresh

    def _header(self, item: ScanItem, result: ScanResult) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(4, 4, 4, 0)
        doc = result.document
        title = category_label(doc.category)
        if doc.issuing_country:
            title += f" · {doc.issuing_country}"
        heading = QLabel(title)
        heading.setObjectName("heading")
        lay.addWidget(heading)
        engine = self.tr("offline engine") if result.vendor == "local" else \
            f"{result.answered_by or item.profile} ({result.vendor})"
        parts = [self.tr("Read by %1").replace("%1", engine)]
        if result.timing.latency_ms is not None:
            parts.append(self.tr("%1 s").replace("%1", f"{result.timing.latency_ms / 1000:.1f}"))
        if result.request_id:
            parts.append(self.tr("request id %1").replace("%1", result.request_id))
        sub = QLabel(" · ".join(parts))
        sub.setObjectName("muted")
        sub.setWordWrap(True)  # a merged record's two request ids would widen the review past the window
        sub.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(sub)
        notes: list[tuple[str, str]] = []
        for step in result.failover:
            notes.append(("↪ " + self.tr("%1 did not read it (%2); %3 answered instead.").replace(
                "%1", step.profile).replace("%2", failover_reason(step.category)).replace(
                "%3", result.answered_by or item.profile), "warn"))
        if item.duplicate:
            notes.append(("⚠ " + self.tr("This document number was already scanned in this session."), "warn"))
        if result.outcome == "partial":
            notes.append(("⚠ " + self.tr("Some key fields are missing; check them against the document."), "warn"))
        notes.extend(("⚠ " + operator_text(warning), "warn") for warning in result.warnings)
        for text, tone in notes:
            note = _colored(QLabel(), text, tone)
            note.setWordWrap(True)
            lay.addWidget(note)
        return box

    def _summary(self, item: ScanItem, result: ScanResult) -> QWidget:
        """The verdicts at a glance, above the fold: MRZ, expiry, forgery, image quality."""
        box = QFrame()
        box.setObjectName("summary")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QHBoxLayout(box)
        lay.setContentsMargins(8, 4, 8, 4)
        mrz = result.mrz.local_check
        chips: list[tuple[str, str, str]] = [
            (self.tr("MRZ"), *({"pass": ("✓ " + self.tr("check digits correct"), "ok"),
                                 "fail": ("✗ " + self.tr("check digit wrong"), "bad")}.get(
                                     mrz, (self.tr("not read"), "muted")))),
            (self.tr("Expiry"), *expiry_state(result.document.date_of_expiry)),
        ]
        if result.vendor != "local":
            chips.append((self.tr("Forgery"), *forgery_badge(result.forgery.verdict)))
        image_text, image_tone = check_badge(result.checks.image_quality.overall, vendor=result.vendor != "local")
        failed = [quality_label(str(q.check)) for q in result.checks.image_quality.items if q.status == "fail"]
        if result.checks.image_quality.overall == "fail" and failed:
            image_text += ": " + ", ".join(failed).lower()
        chips.append((self.tr("Image"), image_text, image_tone))
        line = QLabel(_chips_html(chips))
        line.setObjectName("summaryLine")
        line.setProperty("chips", chips)  # to recolour the line on a light/dark switch
        line.setTextFormat(Qt.TextFormat.RichText)
        line.setWordWrap(True)
        line.setAccessibleName("; ".join(f"{name}: {text}" for name, text, _ in chips))
        lay.addWidget(line, 1)
        return box

    def _images(self, result: ScanResult) -> QWidget:
        box = QWidget()
        lay = QHBoxLayout(box)
        lay.setContentsMargins(4, 0, 4, 0)
        images = result.images
        for caption, blob in ((self.tr("Portrait"), images.portrait), (self.tr("Signature"), images.signature),
                              (self.tr("Document"), images.document)):
            column = QVBoxLayout()
            label = _ImageBox(caption)
            label.set_data(blob.data if blob is not None else None, height=IMAGE_HEIGHT)
            title = QLabel(caption)
            title.setObjectName("muted")
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
            column.addWidget(title)
            lay.addLayout(column)
        lay.addStretch()
        return box

    def _editor(self, spec: FieldSpec, text: str) -> QLineEdit | QComboBox | QPlainTextEdit:
        editor: QLineEdit | QComboBox | QPlainTextEdit
        if spec.kind == "sex":
            editor = QComboBox()
            editor.addItem(self.tr("(blank)"), "")
            for value in SEX_VALUES:
                editor.addItem(value, value)
            index = editor.findData(text)
            editor.setCurrentIndex(max(0, index))
        elif spec.kind == "category":
            editor = QComboBox()
            for value in CATEGORIES:
                editor.addItem(category_label(value), value)
            editor.setCurrentIndex(max(0, editor.findData(text or "unknown")))
        elif spec.kind == "multiline":
            editor = QPlainTextEdit(text)
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(64)
        else:
            editor = QLineEdit(text)
            if spec.kind == "date":
                editor.setPlaceholderText("YYYY-MM-DD")
            elif spec.kind == "country":
                editor.setPlaceholderText("ESP")
                editor.setMaxLength(3)
        if isinstance(editor, QComboBox):  # as wide as the column, not as its longest item (kiosk fonts, Spanish)
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(8)
        editor.setAccessibleName(field_label(spec.key))
        editor.setObjectName(f"field_{spec.key}")
        return editor

    def _form(self, result: ScanResult) -> QWidget:
        group = QGroupBox(self.tr("Fields"))
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)  # the key fields fit above the fold at 1280x800, kiosk fonts included
        grid.setContentsMargins(6, 4, 6, 4)
        row = 0
        for spec in REVIEW_FIELDS:
            text = field_text(result, spec)
            if not text and spec.key not in KEY_FIELDS:
                continue
            editor = self._editor(spec, text)
            self._editors[spec.key] = editor
            self._original[spec.key] = self._editor_text(spec.key)
            label = QLabel(field_label(spec.key))
            label.setBuddy(editor)
            validity = validity_of(result, spec.key)
            badge_text, tone = validity_badge(validity)
            badge = _colored(QLabel(), badge_text, tone)
            badge.setAccessibleName(f"{field_label(spec.key)}: {badge_text}")
            badge.setObjectName(f"validity_{spec.key}")
            self._badges[spec.key] = (badge, badge_text, tone)
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(badge, row, 2)
            reading = raw_reading(result, spec.key)
            if reading is not None:
                value, source = reading
                raw_label = QLabel(fill(self.tr("MRZ: %1") if source == "mrz" else self.tr("as read: %1"), value))
                raw_label.setObjectName("muted")
                raw_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                raw_label.setAccessibleName(fill(self.tr("%1 in the MRZ: %2") if source == "mrz" else
                                                 self.tr("%1 as read: %2"), field_label(spec.key), value))
                grid.addWidget(raw_label, row, 3)
            row += 1
        self._watch_edits()
        return group

    def _watch_edits(self) -> None:
        """Mark each field the operator changes, and let Full name follow Surname and Given names."""
        parts = [self._original.get(k, "").strip() for k in NAME_PARTS]
        full = self._original.get("full_name", "").strip().upper()
        self._given_first = bool(full) and full == " ".join(p for p in reversed(parts) if p).upper() and \
            full != " ".join(p for p in parts if p).upper()
        for key, editor in self._editors.items():
            if isinstance(editor, QComboBox):
                editor.currentIndexChanged.connect(lambda _i=0, k=key: self._mark_edited(k))
            else:
                editor.textChanged.connect(lambda *_a, k=key: self._mark_edited(k))
            if key in NAME_PARTS and isinstance(editor, QLineEdit):
                editor.textChanged.connect(self._follow_name)
        full_editor = self._editors.get("full_name")
        if isinstance(full_editor, QLineEdit):
            full_editor.textEdited.connect(self._full_name_edited)

    def _full_name_edited(self, _text: str) -> None:
        self._full_name_typed = True

    def _follow_name(self) -> None:
        full = self._editors.get("full_name")
        if not isinstance(full, QLineEdit) or self._full_name_typed:
            return
        keys = tuple(reversed(NAME_PARTS)) if self._given_first else NAME_PARTS
        parts = [self._editor_text(k).strip() for k in keys if k in self._editors]
        full.setText(" ".join(p for p in parts if p))

    def _mark_edited(self, key: str) -> None:
        """An edited field says so (text and colour) instead of the validity of the value it replaced."""
        entry = self._badges.get(key)
        if entry is None or key not in self._editors:
            return
        badge, text, tone = entry
        edited = self._editor_text(key).strip() != self._original.get(key, "").strip()
        if edited:
            text, tone = "✎ " + self.tr("edited"), "warn"
        _colored(badge, text, tone)
        badge.setAccessibleName(f"{field_label(key)}: {text}")
        self._editors[key].setProperty("edited", edited)

    def is_edited(self, key: str) -> bool:
        return bool(key in self._editors and self._editors[key].property("edited"))

    def _extra(self, result: ScanResult) -> QWidget | None:
        extra = result.holder.extra
        known = {spec.key for spec in REVIEW_FIELDS}
        others = [(operator_text(f.label or f.key), f.value or "") for f in result.fields
                  if f.key not in known and f.value and not f.key.startswith("mrz")]
        if not extra and not others:
            return None
        group = QGroupBox(self.tr("Other fields (read only)"))
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        rows = [(extra_label(k), v) for k, v in extra.items()] + others
        for i, (name, value) in enumerate(rows[:40]):
            grid.addWidget(QLabel(name), i, 0)
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, i, 1)
        return group

    def _checks(self, item: ScanItem, result: ScanResult) -> QWidget:
        group = QGroupBox(self.tr("Checks"))
        grid = QGridLayout(group)
        grid.setColumnStretch(1, 1)
        row = 0

        def add(name: str, text: str, tone: str, detail: str = "") -> None:
            nonlocal row
            grid.addWidget(QLabel(name), row, 0)
            value = _colored(QLabel(), text + (f" — {detail}" if detail else ""), tone)
            value.setWordWrap(True)
            value.setAccessibleName(f"{name}: {text}")
            value.setObjectName(f"check_row_{row}")
            grid.addWidget(value, row, 1, 1, 2)
            row += 1

        mrz = result.mrz
        if mrz.local_check == "pass":
            add(self.tr("MRZ check digits"), "✓ " + self.tr("all correct"), "ok")
        elif mrz.local_check == "fail":
            detail = mrz.local_check_detail
            wrong = [field_label(k) for k, v in (("document_number", detail.document_number),
                                                   ("date_of_birth", detail.date_of_birth),
                                                   ("date_of_expiry", detail.date_of_expiry)) if v is False]
            if detail.composite is False:
                wrong.append(self.tr("composite"))
            add(self.tr("MRZ check digits"), "✗ " + self.tr("wrong"), "bad", ", ".join(wrong))
        else:
            add(self.tr("MRZ check digits"), self.tr("no MRZ read"), "muted")
        if result.vendor != "local":
            text, color = check_badge(mrz.vendor_check)
            add(self.tr("Vendor's MRZ check"), text, color)
        text, color = expiry_state(result.document.date_of_expiry)
        add(self.tr("Expiry"), text, color)
        if result.vendor != "local":
            text, color = check_badge(result.checks.overall_vendor)
            add(self.tr("Vendor's overall verdict"), text, color)
            text, color = forgery_badge(result.forgery.verdict)
            reasons = ", ".join(reason_text(r) for r in result.forgery.reasons)
            add(self.tr("Forgery check"), text, color, reasons)
        else:
            add(self.tr("Forgery check"), self.tr("not performed by the offline engine"), "muted")
        grid.addWidget(self._quality_table(item, result), row, 0, 1, 3)
        return group

    def _quality_table(self, item: ScanItem, result: ScanResult) -> QWidget:
        """Vendor image-quality results next to our own live-quality verdict; an offline read's checks once (the
        offline engine's are the station's own)."""
        offline = result.vendor == "local"
        if offline and item.live_quality is None:
            return self._engine_quality_table(item)
        box = QGroupBox(self.tr("Image quality: offline engine / this station") if offline else
                        self.tr("Image quality: vendor / this station"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        header_vendor = QLabel(self.tr("Offline engine") if offline else self.tr("Vendor"))
        header_ours = QLabel(self.tr("This station"))
        for h in (header_vendor, header_ours):
            h.setObjectName("muted")
        grid.addWidget(header_vendor, 0, 1)
        grid.addWidget(header_ours, 0, 2)
        vendor_items: dict[str, str] = {str(q.check): str(q.status) for q in result.checks.image_quality.items}
        ours: dict[str, tuple[str, str]] = {}
        report = shown_quality(item)
        for check in list(_attr(report, "checks") or []) if report is not None else []:
            status = str(_attr(check, "status") or "")
            ours[str(_attr(check, "name"))] = (status, hint_text(check))
        names = list(dict.fromkeys([*vendor_items, *ours]))
        row = 1
        overall_v = check_badge(result.checks.image_quality.overall, vendor=result.vendor != "local")
        if report is not None:
            all_pass = bool(_attr(report, "all_pass"))
            overall_o = ("✓ " + self.tr("pass"), "ok") if all_pass else ("✗ " + self.tr("problems"), "bad")
        else:
            overall_o = (self.tr("not checked"), "muted")
        camera_only = (self.tr("only for camera pictures"), "muted")
        for name, (vt, vc), (ot, oc) in [(self.tr("Overall"), overall_v, overall_o)] + [
            (quality_label(n), check_badge(vendor_items.get(n, "unavailable"), vendor=not offline),
             camera_only if n in LIVE_ONLY_CHECKS and not item.live else self._our_badge(ours.get(n)))
                for n in names]:
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(_cell(vt, vc), row, 1)
            grid.addWidget(_cell(ot, oc), row, 2)
            row += 1
        return box

    def _engine_quality_table(self, item: ScanItem) -> QWidget:
        """The offline engine's quality checks of the still, with their hints: one column, computed once."""
        box = QGroupBox(self.tr("Image quality (checked by the offline engine)"))
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        report = shown_quality(item)
        checks = list(_attr(report, "checks") or []) if report is not None else []
        if report is None:
            overall = (self.tr("not checked"), "muted")
        elif bool(_attr(report, "all_pass")):
            overall = ("✓ " + self.tr("pass"), "ok")
        else:
            overall = ("✗ " + self.tr("problems"), "bad")
        rows = [(self.tr("Overall"), overall)] + [
            (quality_label(str(_attr(c, "name"))), self._our_badge((str(_attr(c, "status") or ""), hint_text(c))))
            for c in checks]
        for row, (name, (text, tone)) in enumerate(rows):
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(_cell(text, tone), row, 1)
        return box

    def _our_badge(self, entry: tuple[str, str] | None) -> tuple[str, str]:
        if entry is None:
            return self.tr("not checked"), "muted"
        status, hint = entry
        if status in ("pass", "ok"):
            return "✓ " + self.tr("pass"), "ok"
        if status in ("fail", "bad"):
            return "✗ " + (hint or self.tr("fail")), "bad"
        if status in ("warn", "warning"):
            return "⚠ " + (hint or self.tr("check")), "warn"
        return status or self.tr("not checked"), "muted"

    def _second_opinion(self, item: ScanItem) -> QWidget:
        """Three plain states: differences (listed), agrees (the compared fields named), could not re-read (why)."""
        group = QGroupBox(self.tr("Second opinion (offline MRZ re-read)"))
        group.setObjectName("secondOpinion")
        lay = QVBoxLayout(group)
        result = item.result
        verdict = item.second_opinion
        if result is None or result.vendor == "local":
            lines = [(self.tr("not needed: the offline engine read this scan"), "muted")]
        elif verdict is None:
            lines = [(self.tr("not done for this scan"), "muted")]
        elif verdict.state == "differences":
            lines = [("⚠ " + self.tr("The offline re-read differs from the vendor on these fields:"), "warn")]
            for diff in verdict.differences:
                lines.append(("• " + self.tr("%1: vendor read “%2”, offline read “%3”").replace(
                    "%1", field_label(diff.key)).replace("%2", diff.vendor_value or "").replace(
                    "%3", diff.local_value or ""), "warn"))
        elif verdict.state == "agrees":
            lines = [("✓ " + self.tr("The offline re-read agrees on: %1").replace(
                "%1", ", ".join(field_label(key) for key in verdict.compared)), "ok")]
        else:
            lines = [("✗ " + self.tr("Could not re-read offline: %1").replace(
                "%1", self._no_opinion_reason(verdict.reason or "")), "bad")]
        for text, tone in lines:
            label = _colored(QLabel(), text, tone, bold=tone != "muted")
            label.setWordWrap(True)
            lay.addWidget(label)
        return group

    def _no_opinion_reason(self, reason: str) -> str:
        return {
            "no_mrz": self.tr("no machine-readable zone (MRZ) was found in the picture, so nothing was compared"),
            "unsure": self.tr("the MRZ read offline fails its check digits, so it is no evidence either way"),
            "nothing_in_common": self.tr("the vendor's answer and the MRZ share no field to compare"),
            "failed": self.tr("the offline engine failed on this picture"),
            "not_installed": self.tr("the offline engine is not installed"),
        }.get(reason, reason)

    def _raw(self, result: ScanResult) -> QWidget:
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        toggle = QToolButton()
        toggle.setText(self.tr("Raw answer (redacted)"))
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAccessibleName(self.tr("Show the service's raw answer"))
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("Raw answer"))
        text.setMinimumHeight(160)
        raw = result.raw
        text.setPlainText(raw if isinstance(raw, str) else json.dumps(raw, indent=2, ensure_ascii=False, default=str)
                          if raw is not None else self.tr("(no raw answer)"))
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.hide()

        def flip(on: bool) -> None:
            text.setVisible(on)
            toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

        toggle.toggled.connect(flip)
        lay.addWidget(toggle)
        lay.addWidget(text)
        return box

    # ---------------------------------------------------------------------------------------- edits
    def _editor_text(self, key: str) -> str:
        editor = self._editors[key]
        if isinstance(editor, QComboBox):
            return str(editor.currentData() or "")
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        return editor.text()

    def _set_editor_text(self, key: str, text: str) -> None:
        editor = self._editors.get(key)
        if editor is None:
            return
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(text)))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def editor(self, key: str) -> QLineEdit | QComboBox | QPlainTextEdit | None:
        return self._editors.get(key)

    def edits(self) -> dict[str, str]:
        """The fields the operator changed: {key: new text}."""
        return {key: self._editor_text(key) for key in self._editors
                if self._editor_text(key).strip() != self._original.get(key, "").strip()}

    def request_confirm(self) -> None:
        if not self.is_reviewing():
            return
        edits = self.edits()
        from desktop_app.station.review_fields import FIELD_BY_KEY

        try:
            for key, text in edits.items():
                validate_edit(FIELD_BY_KEY[key], text)
        except EditError as err:
            self.show_edit_error(err)
            return
        self._edit_error.hide()
        self.confirm_requested.emit(self._item_id, edits)

    def show_edit_error(self, err: EditError) -> None:
        self._edit_error.setText(str(err))
        self._edit_error.show()
        editor = self._editors.get(err.key)
        if editor is not None:
            editor.setFocus()
