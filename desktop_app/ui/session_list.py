"""This shift's scans, newest first, with a status line each (and a moving busy mark while reading)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from desktop_app.station.notice_texts import operator_text
from desktop_app.station.scan_item import ScanItem
from desktop_app.station.session import ScanSession
from desktop_app.ui import i18n, theme
from desktop_app.ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SPINNER = ("◐", "◓", "◑", "◒")


_status_texts: dict[str, dict[str, str]] = {}  # language -> status -> text


def status_text(item: ScanItem) -> str:
    if item.status == "failed" and item.blocked:  # held back by the image gate: nothing was spent
        return translate("SessionList", "Not sent")
    cached = _status_texts.get(i18n.language())
    if cached:
        return cached[item.status]
    texts = {
        "decoding": translate("SessionList", "Opening the image…"),
        "reading": translate("SessionList", "Reading…"),
        "retrying": translate("SessionList", "Retrying…"),
        "needs_review": translate("SessionList", "Needs review"),
        "confirmed": translate("SessionList", "Confirmed"),
        "unsaved": translate("SessionList", "Confirmed, NOT saved"),
        "rejected": translate("SessionList", "Rejected"),
        "failed": translate("SessionList", "Failed"),
        "linked": translate("SessionList", "Other side of a record"),
    }
    _status_texts[i18n.language()] = texts
    return texts[item.status]


def status_color(item: ScanItem) -> str:
    c = theme.colors()
    if item.status == "failed" and item.blocked:
        return c.warn
    if item.status in ("failed", "unsaved"):
        return c.bad
    if item.status == "needs_review":
        return c.warn if item.duplicate else c.accent
    if item.status == "confirmed":
        return c.ok
    return c.muted


def title_text(item: ScanItem) -> str:
    result = item.result
    who = ""
    if result is not None and item.status == "needs_review":
        holder = result.holder
        who = holder.full_name or " ".join(p for p in (holder.surname, holder.given_names) if p) or ""
    name = who or item.source
    return f"{item.id}. {name}"


class SessionList(QListWidget):
    """Shows `ScanSession` items; emits `selected(id)` when the operator picks one."""

    selected = Signal(int)

    def __init__(self, session: ScanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionList")
        self.setAccessibleName(self.tr("Scans in this session"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)  # two lines per row; long messages are elided (full text in the tooltip)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        self._session = session
        self._rows: dict[int, QListWidgetItem] = {}
        self._tick = 0
        self._newest: int | None = None  # added this event-loop turn, not yet followed
        self._follow = QTimer(self)
        self._follow.setSingleShot(True)
        self._follow.setInterval(0)
        self._follow.timeout.connect(self._follow_newest)
        self._spinner = QTimer(self)
        self._spinner.setInterval(250)
        self._spinner.timeout.connect(self._spin)
        session.item_added.connect(self._added)
        session.item_changed.connect(self._refresh)
        session.item_removed.connect(self._removed)
        self.currentItemChanged.connect(self._current_changed)

    def _added(self, item_id: int) -> None:
        row = QListWidgetItem()
        row.setData(ID_ROLE, item_id)
        self.insertItem(0, row)
        self._rows[item_id] = row
        self._refresh(item_id)
        self._newest = item_id  # a 200-file batch adds 200 rows in one turn: follow the newest once, after it
        if not self._follow.isActive():
            self._follow.start()

    def _follow_newest(self) -> None:
        """Select the newest scan, unless the operator is looking at one that needs them."""
        newest, self._newest = self._newest, None
        row = self._rows.get(newest) if newest is not None else None
        current = self._session.item(self.current_id())
        if row is not None and (current is None or current.status not in ("needs_review", "unsaved", "failed")):
            self.setCurrentItem(row)

    def _removed(self, item_id: int) -> None:
        row = self._rows.pop(item_id, None)
        if row is not None:
            self.takeItem(self.row(row))

    def _refresh(self, item_id: int) -> None:
        item, row = self._session.item(item_id), self._rows.get(item_id)
        if item is None or row is None:
            return
        status = status_text(item)
        if item.busy:
            status = f"{SPINNER[self._tick % len(SPINNER)]} {status}"
        extra = ""
        if item.duplicate and item.status == "needs_review":
            extra = " · " + self.tr("duplicate number")
        if item.status in ("failed", "unsaved") and item.message:
            extra = " · " + operator_text(item.message)
        if item.linked_to is not None:
            extra += " · " + self.tr("sides joined with scan %1").replace("%1", str(item.linked_to))
        answered = item.result.answered_by if item.result is not None else None
        profile = self.tr("offline") if item.profile == "local" else answered or item.profile
        row.setText(f"{title_text(item)}\n{status} · {profile}{extra}")
        row.setForeground(QColor(status_color(item)) if item.status != "needs_review" or item.duplicate
                          else self.palette().text().color())
        row.setToolTip(operator_text(item.message) or status)
        row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title_text(item)}, {status_text(item)}")
        if item.busy and not self._spinner.isActive():
            self._spinner.start()

    def _spin(self) -> None:
        """Move the busy marks of the rows in view (a 200-file batch must not repaint 200 rows)."""
        self._tick += 1
        busy = [item for item in self._session.items() if item.busy]
        if not busy:
            self._spinner.stop()
            return
        top = self.indexAt(QPoint(2, 2)).row()
        bottom = self.indexAt(QPoint(2, self.viewport().height() - 2)).row()
        if top < 0:
            return
        bottom = self.count() - 1 if bottom < 0 else bottom
        for item in busy:
            row = self._rows.get(item.id)
            if row is not None and top <= self.row(row) <= bottom:
                self._refresh(item.id)

    def refresh_all(self) -> None:
        for item_id in list(self._rows):
            self._refresh(item_id)

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch: the rows' status colours are set per row, so they are set again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.refresh_all()

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.selected.emit(int(current.data(ID_ROLE)) if current is not None else 0)

    def current_id(self) -> int:
        row = self.currentItem()
        return int(row.data(ID_ROLE)) if row is not None else 0

    def select(self, item_id: int) -> None:
        row = self._rows.get(item_id)
        if row is not None:
            self.setCurrentItem(row)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.viewport().rect().adjusted(8, 8, -8, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.tr("This shift's scans appear here (kept in memory only)."))
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            item_id = self.current_id()
            if item_id:
                self._session.remove(item_id)
            return
        super().keyPressEvent(event)
