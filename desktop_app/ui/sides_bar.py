"""The two-sides bar above the review: asks for a card's other side, shows what a two-sided record holds, and
lets the operator link or unlink two scans. Draws `station.pairing.SidePairing`; sends its intents back."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QWidget

from desktop_app.station.pairing import SidePairing
from desktop_app.station.session import ScanSession
from desktop_app.ui import theme
from desktop_app.ui.i18n import fill, translate
from desktop_app.ui.review_panel import field_label


def side_name(side: str) -> str:
    return translate("SidesBar", "front") if side == "front" else translate("SidesBar", "back")


def outcome_name(outcome: str) -> str:
    return {"ok": translate("SidesBar", "read"), "partial": translate("SidesBar", "partly read"),
            "failed": translate("SidesBar", "not read")}.get(outcome, outcome)


def part_name(key: str) -> str:
    """A merged record's part ("holder.surname", "mrz", "images.portrait") in the operator's words."""
    special = {"mrz": translate("SidesBar", "MRZ"), "images.portrait": translate("SidesBar", "portrait"),
               "images.signature": translate("SidesBar", "signature"),
               "images.document": translate("SidesBar", "document picture"),
               "document.number": field_label("document_number"),
               "document.category": field_label("document_category")}
    if key in special:
        return special[key]
    return field_label(key.split(".", 1)[-1])


# what the bar says about the parts, in this order (the rest of what a side gave is in the fields table)
_SHOWN_PARTS = ("mrz", "images.portrait", "holder.surname", "document.number", "holder.date_of_birth",
                "document.date_of_expiry", "document.date_of_issue", "holder.address")


class SidesBar(QFrame):
    """One line: the ask for the other side, a two-sided record's summary, or the link button."""

    def __init__(self, session: ScanSession, pairing: SidePairing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidesBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._session = session
        self._pairing = pairing
        self._item_id = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAccessibleName(self.tr("Document sides"))
        self.skip_button = QPushButton(self.tr("Not needed"))
        self.skip_button.setAccessibleName(self.tr("Do not scan the other side"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setAccessibleName(self.tr("Split this record into its two scans"))
        self.link_button = QToolButton()
        self.link_button.setText(self.tr("Link the other side…"))
        self.link_button.setAccessibleName(self.tr("Join this scan with the scan of the document's other side"))
        self.link_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.link_menu = QMenu(self.link_button)
        self.link_button.setMenu(self.link_menu)
        row.addWidget(self.text, 1)
        for button in (self.skip_button, self.unlink_button, self.link_button):
            row.addWidget(button)
        self.skip_button.clicked.connect(pairing.skip)
        self.unlink_button.clicked.connect(lambda: pairing.unlink(self._item_id))
        self.link_menu.aboutToShow.connect(self._fill_menu)
        self._later = QTimer(self)  # redrawn once per event-loop turn (a batch changes hundreds of scans at once)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self.refresh)
        # bound methods, not lambdas: Qt drops the connections when the bar goes (the session may outlive it)
        pairing.asking.connect(self.refresh)
        pairing.linked.connect(self._refresh_soon)
        session.item_changed.connect(self._refresh_soon)
        session.item_removed.connect(self._refresh_soon)
        self.setVisible(False)

    def _refresh_soon(self, _item_id: int = 0) -> None:
        self._later.start()

    def show_for(self, item_id: int) -> None:
        self._item_id = self._pairing.host_of(item_id) if item_id else 0
        self.refresh()

    def refresh(self) -> None:
        ask = self._pairing.ask
        buttons = {self.skip_button: False, self.unlink_button: False, self.link_button: False}
        tone = ""
        if ask is not None:
            asked = self._session.item(ask.item_id)
            source = asked.source if asked is not None else ""
            if ask.side == "back":
                text = fill(self.tr("Scan %1 (%2) is the front of a card: now scan or open its back, and both "
                                    "sides become one record."), ask.item_id, source)
            else:
                text = fill(self.tr("Scan %1 (%2) is the back of a card: now scan or open its front (for the "
                                    "portrait), and both sides become one record."), ask.item_id, source)
            buttons[self.skip_button] = True
            tone = "warn"
        elif self._pairing.is_host(self._item_id):
            text = self._summary()
            buttons[self.unlink_button] = True
        elif self._pairing.offers_link(self._item_id) and self._pairing.candidates(self._item_id):
            text = self.tr("Two scans of one document (a card's front and back, a passport and its visa page)?")
            buttons[self.link_button] = True
        else:
            self.setVisible(False)
            return
        theme.set_tone(self.text, tone, strong=False)
        self.text.setText(text)
        for button, visible in buttons.items():
            button.setVisible(visible)
        self.setVisible(True)

    def _summary(self) -> str:
        item = self._session.item(self._item_id)
        result = item.result if item is not None else None
        if result is None or not result.sides:
            return ""
        parts = [fill(self.tr("%1: %2 (%3)"), side_name(s.side), s.source, outcome_name(s.outcome))
                 for s in result.sides]
        lines = [fill(self.tr("One record from two scans. %1."), "; ".join(parts))]
        for side in result.sides:
            took = [part_name(key) for key in _SHOWN_PARTS if key in side.took]
            if took:
                lines.append(fill(self.tr("From the %1: %2."), side_name(side.side), ", ".join(took)))
        return "\n".join(lines)

    def _fill_menu(self) -> None:
        self.link_menu.clear()
        for other in self._pairing.candidates(self._item_id):
            action = self.link_menu.addAction(fill(self.tr("Scan %1 (%2)"), other.id, other.source))
            action.triggered.connect(lambda _checked=False, other_id=other.id: self._link(other_id))

    def _link(self, other_id: int) -> None:
        self._pairing.link(self._item_id, other_id)
        self.show_for(self._item_id)
