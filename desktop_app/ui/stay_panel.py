"""The stay details of one guest (issue 13, item 1): dates, role, a member's head and what the police file needs.

A view of the session's `GuestBook`: every change is stored there at once (in memory, with the session's record),
so a rebuilt review or the police-file dialog shows the same details. Which text fields show depends on the police
file set up in Settings (`station.stay.TARGET_KEYS`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.station.guest_book import GuestBook
from desktop_app.station.scan_item import ScanItem
from desktop_app.station.settings import StationSettings
from desktop_app.station.stay import MAX_NIGHTS, TARGET_KEYS, StayDetails
from desktop_app.station.stay_texts import field_key, field_label

MISSING_STYLE = "border: 2px solid #c62828;"


def target_title(target: str) -> str:
    """The police file as the operator knows it (translated)."""
    titles = {
        "alloggiati": QCoreApplication.translate("StayPanel", "Alloggiati Web (Italy)"),
        "ses": QCoreApplication.translate("StayPanel", "SES.Hospedajes (Spain)"),
        "siba": QCoreApplication.translate("StayPanel", "SIBA (Portugal)"),
        "meldeschein": QCoreApplication.translate("StayPanel", "Meldeschein (Germany)"),
    }
    return titles.get(target, target)


class _HeadCombo(QComboBox):
    """The head picker: its list is made again each time it opens (scans arrive and leave meanwhile)."""

    about_to_open = Signal()

    def showPopup(self) -> None:
        self.about_to_open.emit()
        super().showPopup()


class StayPanel(QGroupBox):
    """Edits `book.stay(item_id)`; `highlight` marks the fields a police file lacks."""

    def __init__(self, book: GuestBook, item_id: int, target: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Stay"), parent)
        self.setObjectName("stayPanel")
        self.setAccessibleName(self.tr("Stay details"))
        self._book = book
        self._item_id = item_id
        self._target = target
        self._loading = False
        stay = book.stay(item_id)
        form = QFormLayout(self)
        self._form = form
        self.arrival = QDateEdit()
        self.arrival.setCalendarPopup(True)
        self.arrival.setDisplayFormat("dd/MM/yyyy")
        self.arrival.setAccessibleName(self.tr("Arrival date"))
        self.nights = QSpinBox()
        self.nights.setRange(1, MAX_NIGHTS)
        self.nights.setAccessibleName(self.tr("Nights"))
        self.departure = QDateEdit()
        self.departure.setCalendarPopup(True)
        self.departure.setDisplayFormat("dd/MM/yyyy")
        self.departure.setAccessibleName(self.tr("Departure date"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role in the party"))
        for role, label in (("single", self.tr("Single guest")), ("head_family", self.tr("Head of family")),
                            ("head_group", self.tr("Head of group")),
                            ("member", self.tr("Member of a family or group"))):
            self.role.addItem(label, role)
        self.head = _HeadCombo()
        self.head.setAccessibleName(self.tr("Head of the family or group"))
        self.head.about_to_open.connect(self._fill_heads)
        book.changed.connect(self._fill_heads)  # a guest confirmed, dropped or made head elsewhere
        self._dates_note = QLabel(self.tr("A member's dates are the head's."))
        self._dates_note.setObjectName("muted")
        form.addRow(self.tr("Arrival"), self.arrival)
        form.addRow(self.tr("Nights"), self.nights)
        form.addRow(self.tr("Departure"), self.departure)
        form.addRow(self._dates_note)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Head"), self.head)
        self.edits: dict[str, QLineEdit] = {}
        hints = self._hints()
        for key in TARGET_KEYS.get(target, ()):
            edit = QLineEdit()
            label = field_label(key)
            edit.setAccessibleName(label)
            edit.setPlaceholderText(hints.get(key, ""))
            if key in ("birth_country", "country"):
                edit.setMaxLength(3)
            edit.textEdited.connect(lambda text, k=key: self._store(self._stay().with_value(k, text)))
            self.edits[key] = edit
            form.addRow(label[:1].upper() + label[1:], edit)
        self._show(stay)
        self.arrival.dateChanged.connect(self._arrival_changed)
        self.nights.valueChanged.connect(self._nights_changed)
        self.departure.dateChanged.connect(self._departure_changed)
        self.role.currentIndexChanged.connect(self._role_changed)
        self.head.currentIndexChanged.connect(self._head_changed)

    def _hints(self) -> dict[str, str]:
        return {
            "birth_country": self.tr("alpha-3, e.g. ITA"),
            "country": self.tr("alpha-3, e.g. ESP"),
            "birth_place": self.tr("Italy: 9-digit comune code; else the town"),
            "birth_province": self.tr("two letters, e.g. RM"),
            "issue_place": self.tr("9-digit comune code (Italian documents)"),
            "municipality_code": self.tr("INE code, 5 digits (addresses in Spain)"),
            "kinship": self.tr("SES code for a minor, e.g. HJ"),
            "document_support": self.tr("support number of a DNI or NIE"),
        }

    # ----------------------------------------------------------------------------------------- state
    def _stay(self) -> StayDetails:
        return self._book.stay(self._item_id)

    def _store(self, stay: StayDetails) -> None:
        if not self._loading:
            self._book.set_stay(self._item_id, stay)
            self._show(stay)

    def _show(self, stay: StayDetails) -> None:
        self._loading = True
        try:
            self.arrival.setDate(QDate(stay.arrival.year, stay.arrival.month, stay.arrival.day))
            self.nights.setValue(stay.nights)
            self.departure.setMinimumDate(QDate(stay.arrival.year, stay.arrival.month, stay.arrival.day).addDays(1))
            self.departure.setDate(QDate(stay.departure.year, stay.departure.month, stay.departure.day))
            self.role.setCurrentIndex(max(0, self.role.findData(stay.role)))
            self._fill_heads()
            member = stay.role == "member"
            for widget in (self.arrival, self.nights, self.departure):
                widget.setEnabled(not member)
            self._dates_note.setVisible(member)
            self.head.setEnabled(member)
            for key, edit in self.edits.items():
                if edit.text() != stay.value(key):
                    edit.setText(stay.value(key))
        finally:
            self._loading = False

    def _fill_heads(self) -> None:
        stay = self._stay()
        was = self._loading
        self._loading = True
        try:
            self.head.clear()
            self.head.addItem(self.tr("(choose the head)"), 0)
            for person in self._book.people(exclude=self._item_id):
                self.head.addItem(person.label, person.item_id)
            self.head.setCurrentIndex(max(0, self.head.findData(stay.head_item or 0)))
        finally:
            self._loading = was

    @staticmethod
    def _day(date: QDate) -> dt.date:
        return dt.date(date.year(), date.month(), date.day())

    def _arrival_changed(self, date: QDate) -> None:
        self._store(self._stay().with_dates(self._day(date), self.nights.value()))

    def _nights_changed(self, nights: int) -> None:
        self._store(self._stay().with_dates(self._stay().arrival, nights))

    def _departure_changed(self, date: QDate) -> None:
        stay = self._stay()
        self._store(stay.with_dates(stay.arrival, (self._day(date) - stay.arrival).days))

    def _role_changed(self, _index: int) -> None:
        stay = self._stay()
        self._store(stay.with_role(self.role.currentData(), stay.head_item))

    def _head_changed(self, _index: int) -> None:
        head = int(self.head.currentData() or 0) or None
        self._store(self._stay().with_role("member", head) if self._stay().role == "member" else self._stay())

    # ---------------------------------------------------------------------------------------- public
    def item_id(self) -> int:
        return self._item_id

    def highlight(self, fields: Iterable[str]) -> None:
        """Mark the stay fields a check named (`key (hint)` texts) and put the cursor in the first one."""
        keys = {field_key(name) for name in fields}
        widgets: dict[str, QWidget] = {**self.edits, "head": self.head, "nights": self.nights}
        first: QWidget | None = None
        for key, widget in widgets.items():
            missing = key in keys
            widget.setStyleSheet(MISSING_STYLE if missing else "")
            if missing and first is None:
                first = widget
        if first is not None:
            first.setFocus()


def stay_section(book: GuestBook, settings: Callable[[], StationSettings]) -> Callable[[ScanItem], QWidget | None]:
    """The review's hook: a stay panel for a scan in review when a police file is set up, else nothing."""

    def section(item: ScanItem) -> QWidget | None:
        target = settings().registration_target
        if not target or item.status != "needs_review":
            return None
        return StayPanel(book, item.id, target)

    return section
